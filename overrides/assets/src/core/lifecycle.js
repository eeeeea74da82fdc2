/* Components, as GOV.UK Frontend has them: a class with a static moduleName, started once (data-module-init) on
   each element with that data-module, with everything scoped to that element.

   One AbortController per page: when instant navigation replaces the page (Material swaps its container
   element), all that the old page's components registered (listeners, store subscriptions, timers) is let go.
   start() may be called often (at load, by a page's own script, on every document$): it only starts what has
   not started yet. An error stays with its element. */
const registry = new Map();
let page = null; // { $container, controller, context }

export function register(...components) {
  for (const Component of components) registry.set(Component.moduleName, Component);
}

// contextFor(signal): what every component of a page gets (store, texts …); it is made once per page.
export function start(contextFor) {
  const $container = document.querySelector("[data-md-component=container]") || document.body;
  if (page?.$container !== $container) {
    page?.controller.abort();
    const controller = new AbortController();
    page = { $container, controller, context: { ...contextFor(controller.signal), signal: controller.signal } };
  }
  for (const $root of document.querySelectorAll("[data-module]")) {
    const Component = registry.get($root.dataset.module);
    if (!Component || $root.hasAttribute("data-module-init")) continue;
    $root.setAttribute("data-module-init", "");
    try {
      new Component($root, page.context);
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
