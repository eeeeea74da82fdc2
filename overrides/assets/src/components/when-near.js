/* Tools further down a page (the overview's "Bewaren en delen") whose code comes when the reader gets near them:
   one screen ahead, or when focus enters (core/parts.js). Until then their controls are inert, so that a click
   cannot land before they work; headings and text stay readable. The part registers its components and starts
   them, as a page's bundle does. whenNear("gk-exchange", "exchange"): the component for data-module="gk-exchange",
   which fetches parts/exchange.js (named here, so that the build gives the page that part's texts). */

const CONTROLS = "button, input, select, textarea, a[href]";

export const whenNear = (moduleName, partName) =>
  class WhenNear {
    static moduleName = moduleName;

    constructor($root, context) {
      const { signal } = context;
      const $controls = [...$root.querySelectorAll(CONTROLS)];
      for (const $control of $controls) $control.inert = true;
      // A failed fetch is tried again once the tools have left the screen and come back (or focus enters), not at
      // once: re-observing would report "in view" straight away, and fetch and fail in a loop while offline.
      let ready = true;
      const load = async () => {
        ready = false;
        if (await context.part(partName)) {
          observer.disconnect();
          for (const $control of $controls) $control.inert = false;
        }
      };
      const observer = new IntersectionObserver(
        (entries) => {
          const near = entries.some((entry) => entry.isIntersecting);
          if (near && ready) load();
          if (!near) ready = true;
        },
        { rootMargin: "100% 0px" },
      );
      observer.observe($root);
      $root.addEventListener("focusin", () => ready && load(), { signal });
      signal.addEventListener("abort", () => observer.disconnect(), { once: true });
    }
  };
