/* Components, as GOV.UK Frontend has them: a class with a static moduleName, started once (data-module-init) on
   each element with that data-module, with everything scoped to that element. One AbortController per page:
   when instant navigation replaces the page, all that the page's components registered (listeners, store
   subscriptions, timers) is let go with it. An error stays with its element. */
const registry = new Map();
let controller = null;

export function register(...components) {
  for (const Component of components) registry.set(Component.moduleName, Component);
}

// context(): what every component gets (store, texts …); signal is added per page.
export function startPage(context) {
  controller?.abort();
  controller = new AbortController();
  const shared = { ...context(), signal: controller.signal };
  for (const $root of document.querySelectorAll("[data-module]")) {
    const Component = registry.get($root.dataset.module);
    if (!Component || $root.hasAttribute("data-module-init")) continue;
    $root.setAttribute("data-module-init", "");
    try {
      new Component($root, shared);
    } catch (error) {
      console.error(error);
    }
  }
}

// A timeout that is cleared when the page is left.
export function later(signal, callback, ms) {
  const timer = setTimeout(callback, ms);
  signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
  return timer;
}
