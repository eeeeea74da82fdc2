/* Sources side by side: first the statements where they differ most, then per criterion a bar with the counts
   per answer and per statement each answer and note. With delta the second source is a later state of the
   first (a measurement and now): the list says what changed, and each criterion how it moved. */
import { h } from "../core/dom.js";
import { answerOf, criterionCounts, differences, moves } from "../formats/compare.js";

export function renderComparison($out, sources, { level, delta = false, checklist, vocab, t }) {
  const label = (answer) => vocab.label[answer] || vocab.unanswered.label;
  const count = (answer) => vocab.count[answer] || vocab.unanswered.count;
  const heading = (text) => h(`h${level}`, { tabIndex: -1 }, text);
  const th = (scope, ...kids) => h("th", { scope }, kids);
  $out.replaceChildren();
  if (!sources.length) return;
  if (sources[1]) {
    const differ = differences(checklist, sources, { delta }).slice(0, 10);
    const says = (item) =>
      delta
        ? sources.map((source) => label(answerOf(source, item.id))).join(" → ")
        : vocab.answers
            .map((answer) => [answer.label, sources.filter((source) => answerOf(source, item.id) === answer.value)])
            .filter(([, given]) => given.length)
            .map(([name, given]) => `${name}: ${given.map((s) => s.name).join(", ")}`)
            .join("; ");
    $out.append(
      heading(delta ? t("compare.since", sources[0]) : t("compare.most")),
      differ.length
        ? h(
            "ol",
            {},
            differ.map(({ item }) => h("li", {}, h("strong", {}, item.id), ` ${item.text} — ${says(item)}`)),
          )
        : h("p", {}, t("compare.same")),
    );
  }
  const kinds = [...vocab.answers.map((answer) => answer.value), ""];
  const $table = h(
    "table",
    { className: "gk-table" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        th("col", t("compare.item")),
        sources.map((source) => th("col", source.name)),
      ),
    ),
    checklist.criteria.map((criterion) =>
      h(
        "tbody",
        {},
        h(
          "tr",
          { className: "gk-table__criterion" },
          th("rowgroup", `${criterion.number}. ${criterion.title}`),
          sources.map((source, x) => {
            const n = criterionCounts(criterion, source, vocab);
            const moved =
              delta &&
              x > 0 &&
              moves(criterionCounts(criterion, sources[0], vocab), n, vocab).map(
                ([answer, by]) => `${count(answer)} ${by > 0 ? "+" : "−"}${Math.abs(by)}`,
              );
            const given = kinds.filter((answer) => n[answer]);
            return h(
              "td",
              {},
              h(
                "span",
                { className: "gk-chart" },
                given.map((answer) => h("span", { "data-answer": answer, style: `flex-grow:${n[answer]}` })),
              ),
              given.map((answer) => `${n[answer]} ${count(answer)}`).join(", "),
              moved &&
                h(
                  "span",
                  { className: "gk-moved" },
                  t("compare.moved", { list: moved.join(", ") || t("compare.none") }),
                ),
            );
          }),
        ),
        criterion.items.map((item) => {
          const given = sources.map((source) => answerOf(source, item.id));
          const differs = new Set(given).size > 1;
          return h(
            "tr",
            { className: differs ? "gk-table__differs" : "" },
            th(
              "row",
              h("strong", {}, item.id),
              ` ${item.text}`,
              differs && h("strong", {}, t(delta ? "compare.changed" : "compare.differs")),
            ),
            sources.map((source, x) =>
              h(
                "td",
                {},
                h("span", { className: "gk-mark", "data-answer": given[x] }),
                label(given[x]),
                source.answers[item.id]?.note && h("small", {}, source.answers[item.id].note),
              ),
            ),
          );
        }),
      ),
    ),
  );
  // A wide table scrolls in its own box (by keyboard too), so the page never scrolls sideways.
  $out.append(
    heading(t("compare.table")),
    h("div", { className: "gk-scroll", tabIndex: 0, role: "region", "aria-label": t("compare.table") }, $table),
  );
}
