/* Parts: code that only some readers need (the plan dialog, managing lists, the compare view …), fetched at its
   first use (a click, a share link in the address, the reader getting near), so that every page loads less. A
   part is a script of its own (parts/<name>.js, built into assets/gk/<name>.js) that hands what it exports to
   define(). Classic scripts, like the bundles: modules are blocked on file://.
   Components reach part() and fromPart() through their context (main.js); parts import define(). */

// Shared by main.js and the parts (each bundle has its own copy of this module): each part is fetched once.
window.gkParts ??= { loading: {}, exports: {}, styles: {} };
const parts = window.gkParts;
// The folder of our scripts: this code runs inside one of them (main.js), at its first run.
const folder = document.currentScript?.src;

export function define(name, exports) {
  parts.exports[name] = exports;
}

// A <script> or <link> added to <head>, once it has loaded; one that failed is taken away again (to try later).
function fetched($element) {
  return new Promise((resolve, reject) => {
    $element.addEventListener("load", resolve);
    $element.addEventListener("error", () => {
      $element.remove();
      reject(new Error("not fetched"));
    });
    document.head.append($element);
  });
}

// A part's own stylesheet (its entry imports CSS: assets/gk/<name>.css), added at every use where it is missing:
// instant navigation keeps only the <head> elements that the next page has too.
function stylesheet(name) {
  const href = new URL(`${name}.css`, folder).href;
  if (!parts.styles[name] || !document.querySelector(`link[href="${href}"]`)) {
    parts.styles[name] = fetched(Object.assign(document.createElement("link"), { rel: "stylesheet", href }));
  }
  return parts.styles[name];
}

// The part's exports (with its styles loaded, if it has styles); null after telling the user that it could not be
// fetched (offline, say), to try again later.
export function part(name, { announce, t }, { styles = false } = {}) {
  parts.loading[name] ??= fetched(
    Object.assign(document.createElement("script"), { src: new URL(`${name}.js`, folder).href }),
  ).then(() => parts.exports[name]);
  return Promise.all([parts.loading[name], styles && stylesheet(name)])
    .then(([exports]) => exports)
    .catch(() => {
      delete parts.loading[name];
      announce(t("common.part_failed"));
      return null;
    });
}

// What a component makes from a part (a dialog, say), at its first use: fromPart(…)() gives the same one each time,
// or null when the part could not be fetched (the next call tries again) or the page has been left.
export function fromPart(name, context, make) {
  let made = null;
  return async () => {
    made ??= part(name, context).then((exports) => exports && make(exports));
    const thing = await made;
    if (!thing) made = null;
    return context.signal.aborted ? null : thing;
  };
}
