/* The list the answers go in: "Je antwoorden staan in: Mijn invullijst · Wissel van invullijst", under the title
   of pages with statements. "Wissel" opens the dialog that manages the lists (components/list-manager.js),
   whose code comes with that first click (core/parts.js). */
import { $$ } from "../core/dom.js";

export class Lists {
  static moduleName = "gk-lists";

  constructor($root, context) {
    const { store, signal } = context;
    const manager = context.fromPart("list-manager", ({ ListManager }) => new ListManager($root, context));
    const show = () => {
      for (const $name of $$("[data-list-name]", $root)) $name.textContent = store.list().name;
    };

    $root.querySelector("[data-open]").addEventListener("click", async () => (await manager())?.open(), { signal });
    show();
    store.subscribe((change) => change.lists && show(), signal);
  }
}
