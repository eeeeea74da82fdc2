/* "3 van 6 beantwoord: 2 ja, 1 deels" for the statements a page, theme or criterion card names; without
   JavaScript it still says how many statements there are. */
import { answerCounts, countsText } from "../formats/results.js";

export class Progress {
  static moduleName = "gk-progress";

  constructor($root, { store, t, vocab, signal }) {
    const ids = $root.dataset.items.split(" ");
    const mine = new Set(ids);
    const render = () => {
      const counts = answerCounts(ids, store.list().answers, vocab);
      $root.textContent = t("progress.answered", { answered: ids.length - counts[""], total: ids.length }) +
        countsText(counts, vocab, { prefix: ": " });
    };
    render();
    store.subscribe((change) => {
      if (change.items === null || change.items?.some((id) => mine.has(id))) render();
    }, signal);
  }
}
