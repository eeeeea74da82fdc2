/* The totals of the overview, for the statements of the view: "18 school-uitspraken: 12 ja, 4 deels, 2 niet
   ingevuld". Shown on screen and on paper alike. */
import { $$ } from "../core/dom.js";
import { answerCounts, countsText } from "../formats/results.js";

export class Totals {
  static moduleName = "gk-totals";

  constructor($root, { store, view, t, vocab, config, signal }) {
    const statements = $$(".gk-statement").map(($el) => ({
      id: $el.dataset.item,
      roles: $el.dataset.roles.split(" "),
    }));
    const render = () => {
      const ids = statements.filter((s) => !view.role || s.roles.includes(view.role)).map((s) => s.id);
      const role = config.roles.find((r) => r.id === view.role);
      const counts = answerCounts(ids, store.list().answers, vocab);
      const what = role ? `${ids.length} ${role.noun}` : t("common.statements", { n: ids.length });
      $root.textContent = what + countsText(counts, vocab, { prefix: ": ", unanswered: config.unanswered.count });
    };
    render();
    view.subscribe(render);
    store.subscribe((change) => change.items !== undefined && render(), signal);
  }
}
