/* Parts: code that only a click needs (the plan dialog, managing lists), fetched the first time someone clicks,
   so that every page loads less. A part is a script of its own (parts/<name>.js, built into assets/gk/<name>.js)
   that hands what it exports to define(). Classic scripts, like the bundles: modules are blocked on file://. */

// Shared by every bundle that imports this module: each part is fetched once per page load.
window.gkParts ??= { loading: {}, exports: {} };
const parts = window.gkParts;
// The folder of our scripts: this code runs inside one of them (main.js, tools.js …), at its first run.
const folder = document.currentScript?.src;

export function define(name, exports) {
  parts.exports[name] = exports;
}

// The part's exports; null after telling the user that it could not be fetched (offline, say), to try again later.
export function part(name, { announce, t }) {
  parts.loading[name] ??= new Promise((resolve, reject) => {
    const $script = Object.assign(document.createElement("script"), { src: new URL(`${name}.js`, folder).href });
    $script.addEventListener("load", () => resolve(parts.exports[name]));
    $script.addEventListener("error", () => {
      $script.remove();
      reject(new Error(`${name} could not be fetched`));
    });
    document.head.append($script);
  });
  return parts.loading[name].catch(() => {
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
