/* "3 van 6 ingevuld: 2 ja, 1 deels", with a bar of the answers, for the statements a page, theme or criterion
   card names; without JavaScript it still says how many statements there are. */
import { $$ } from "../core/dom.js";
import { answerCounts, countsText } from "../formats/results.js";

export class Progress {
  static moduleName = "gk-progress";

  constructor($root, { store, t, vocab, signal }) {
    const ids = $root.dataset.items.split(" ");
    const mine = new Set(ids);
    const $text = $root.querySelector("[data-text]") || $root;
    const render = () => {
      const counts = answerCounts(ids, store.list().answers, vocab);
      $text.textContent =
        t("progress.answered", { answered: ids.length - counts[""], total: ids.length }) +
        countsText(counts, vocab, { prefix: ": " });
      for (const $part of $$("[data-answer]", $root)) $part.style.flexGrow = counts[$part.dataset.answer] || 0;
    };
    render();
    store.subscribe((change) => {
      if (change.items === null || change.items?.some((id) => mine.has(id))) render();
    }, signal);
  }
}
