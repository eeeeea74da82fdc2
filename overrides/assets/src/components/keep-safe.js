/* On the overview, beside the privacy text: whether this browser keeps the site's data for good
   (navigator.storage.persisted()), with a link to when a backup is wise. The browser is asked after the first
   answer (core/persist.js); its answer shows here as soon as it comes. */
export class KeepSafe {
  static moduleName = "gk-keep-safe";

  constructor($root, { t, signal }) {
    const $state = $root.querySelector("[data-persisted]");
    const show = () => {
      if (typeof navigator.storage?.persisted !== "function") return; // stays "onbekend"
      navigator.storage
        .persisted()
        .then((kept) => {
          if (!signal.aborted) $state.textContent = t(kept ? "persist.kept" : "persist.not_kept");
        })
        .catch(() => {});
    };
    show();
    document.addEventListener("gk-persist", show, { signal });
  }
}
