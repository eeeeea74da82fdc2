/* "Druk af" and "Wis alles" on the overview. Clearing asks first and offers undo; its code comes with the first
   click (components/clear-answers.js, core/parts.js). */
export class ClearAll {
  static moduleName = "gk-clear-all";

  constructor($root, context) {
    const { store, signal } = context;
    const $clear = $root.querySelector("[data-clear-all]");
    const clearing = context.fromPart("clear-all", ({ ClearAnswers }) => new ClearAnswers($root, context));
    $root.querySelector("[data-print]").addEventListener("click", () => window.print(), { signal });
    $clear.addEventListener("click", async () => (await clearing())?.ask(), { signal });
    const readOnly = () => ($clear.disabled = store.status().readOnly);
    readOnly();
    store.subscribe((change) => change.status && readOnly(), signal);
  }
}
