/* Building and finding elements. Text is only ever added as text (never parsed as HTML), so whatever a file,
   a link or a note holds can never become markup. */

export const $$ = (selector, $root = document) => Array.from($root.querySelectorAll(selector));

/* h("li", { className: "x", "aria-label": "…" }, "text", $child, [more], null): properties where the element
   has them (className, hidden, onclick …), attributes otherwise; strings become text, empty children are left out. */
export function h(tag, props = {}, ...children) {
  const $el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name in $el && !name.includes("-")) $el[name] = value;
    else $el.setAttribute(name, value === true ? "" : value);
  }
  $el.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  return $el;
}
