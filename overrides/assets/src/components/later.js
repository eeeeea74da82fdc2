/* Tools further down a page (the overview's "Bewaren en delen") whose code comes when the reader gets near them:
   one screen ahead, or when focus enters (core/parts.js). Until then their controls are inert, so that a click
   cannot land before they work; headings and text stay readable. The part registers its components and starts
   them, as a page's bundle does. */
import { part } from "../core/parts.js";

const CONTROLS = "button, input, select, textarea, a[href]";

export class Later {
  static moduleName = "gk-later";

  constructor($root, context) {
    const { signal } = context;
    const $controls = [...$root.querySelectorAll(CONTROLS)];
    for (const $control of $controls) $control.inert = true;
    const load = async () => {
      observer.disconnect();
      if (await part($root.dataset.part, context)) {
        for (const $control of $controls) $control.inert = false;
      } else if (!signal.aborted) observer.observe($root); // not fetched: try again when it comes into view again
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), {
      rootMargin: "100% 0px",
    });
    observer.observe($root);
    $root.addEventListener("focusin", load, { signal, once: true });
    signal.addEventListener("abort", () => observer.disconnect(), { once: true });
  }
}
