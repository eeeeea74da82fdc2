/* The overview's filters: whose statements (the view, also in the address) and "only what is left to do".
   Statements, and the criteria and themes with none left, are hidden; the view is applied when it changes, not
   on every answer, so a statement never vanishes while it is being answered. */
import { $$ } from "../core/dom.js";

export class ViewFilter {
  static moduleName = "gk-view-filter";

  constructor($root, { view, store, t, announce, vocab, signal }) {
    const $todo = $root.querySelector("[name=todo]");
    const apply = () => {
      const role = view.role;
      const answers = store.list().answers;
      let shown = 0;
      for (const $statement of $$(".gk-statement", $root)) {
        const show =
          (!role || $statement.dataset.roles.split(" ").includes(role)) &&
          !($todo.checked && vocab.done.has(answers[$statement.dataset.item]?.answer));
        $statement.hidden = !show;
        shown += show;
      }
      for (const $group of $$(".gk-criterion, .gk-theme", $root)) {
        $group.hidden = !$group.querySelector(".gk-statement:not([hidden])");
      }
      $root.querySelector(".gk-empty").hidden = shown > 0;
      return shown;
    };

    for (const $radio of $$("[name=view]", $root)) $radio.checked = $radio.value === view.role;
    view.showInAddress();
    apply();
    $root.addEventListener(
      "change",
      (event) => {
        if (event.target.name === "view") view.set(event.target.value);
        else if (event.target === $todo) announce(t("overview.shown", { n: apply() }));
      },
      { signal },
    );
    view.subscribe(() => announce(t("overview.shown", { n: apply() })));
    // After clearing all or undoing it, "left to do" means something else: filter again.
    store.subscribe((change) => change.items === null && change.source !== "other-tab" && apply(), signal);
  }
}
