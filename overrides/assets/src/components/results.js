/* The results on the overview, for the statements of the view (as the totals): per theme and criterion a bar
   with its numbers in words, and a summary in words: where you are strong and where the chances are
   (formats/summary.js), each criterion a link to its page. Themes and criteria without statements in the view
   are left out. The markup is the build's (results.html); here only numbers, shares and the summary change. */
import { $$, h } from "../core/dom.js";
import { answerCounts, countsText } from "../formats/results.js";
import { ruleWords, summarize } from "../formats/summary.js";

export class Results {
  static moduleName = "gk-results";

  constructor($root, { store, view, t, vocab, signal }) {
    const roles = new Map($$(".gk-statement").map(($el) => [$el.dataset.item, $el.dataset.roles.split(" ")]));
    const rows = $$("[data-items]", $root).map(($row) => ({ $row, ids: $row.dataset.items.split(" ") }));
    const $list = $root.querySelector("[data-list]");
    const $summary = $root.querySelector("[data-summary]");
    const words = ruleWords(vocab);
    const join = (labels, key) => labels.join(t(key));

    const render = () => {
      const answers = store.list().answers;
      const groups = [];
      for (const { $row, ids: all } of rows) {
        const ids = all.filter((id) => !view.role || roles.get(id)?.includes(view.role));
        const counts = answerCounts(ids, answers, vocab);
        $row.hidden = !ids.length;
        for (const $part of $row.querySelectorAll(":scope > .gk-chart > [data-answer]")) {
          $part.style.flexGrow = counts[$part.dataset.answer] || 0;
        }
        $row.querySelector(":scope > [data-counts]").textContent = countsText(counts, vocab, {
          unanswered: vocab.unanswered.count,
        });
        if ($row.hasAttribute("data-criterion")) groups.push({ key: $row, ids });
      }
      const summary = summarize(groups, answers, vocab);
      $list.hidden = !summary.answered;
      $summary.replaceChildren(...this.sentences(summary, { t, vocab, words, join }));
    };

    render();
    view.subscribe(render);
    store.subscribe((change) => change.items !== undefined && render(), signal);
  }

  sentences({ answered, strong, chances, unknown, start }, { t, vocab, words, join }) {
    if (!answered) {
      const [before, after] = t("results.none").split("{id}");
      return [h("p", {}, before, h("a", { href: `#${start}` }, start), after)];
    }
    // A criterion in the summary: its link (as in its row) and what was answered there.
    const criteria = (found) =>
      h(
        "ul",
        {},
        found.map(({ key, counts }) =>
          h("li", {}, key.querySelector("a").cloneNode(true), ` (${countsText(counts, vocab)})`),
        ),
      );
    return [
      ...(strong.length
        ? [h("p", {}, t("results.strong")), criteria(strong)]
        : [h("p", {}, t("results.no_strong", { done: join(words.done, "results.or") }))]),
      ...(chances.length
        ? [h("p", {}, t("results.chances")), criteria(chances)]
        : [h("p", {}, t("results.no_chances", { todo: join(words.todo, "results.or") }))]),
      unknown ? h("p", {}, t("results.unknown", { n: unknown })) : null,
    ];
  }
}
