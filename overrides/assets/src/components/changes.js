/* Two moments of one list side by side (two measurements, or one and now): a summary ("8 beter, 1 minder,
   16 gelijk"), where the action plan stood, and a table per criterion and per statement with each answer and which
   way it went. The way is an arrow and a word: never colour alone. */
import { h } from "../core/dom.js";
import { changes, direction, KINDS } from "../formats/changes.js";
import { criterionCounts } from "../formats/compare.js";
import { countsText } from "../formats/results.js";

// pair: [from, to], each { label, answers, plan: { step id: status } }; null shows nothing.
export function renderChanges($out, pair, { level, checklist, vocab, config, t }) {
  $out.replaceChildren();
  if (!pair) return;
  const [from, to] = pair;
  const found = changes(checklist, from, to, vocab);
  const summary = (counts, all = false) =>
    KINDS.filter((kind) => counts[kind] || (all && kind !== "different"))
      .map((kind) => `${counts[kind]} ${t(`measurements.change.${kind}`)}`)
      .join(", ");
  const way = (kind, text = t(`measurements.change.${kind}`)) =>
    h(
      "span",
      { className: `gk-change gk-change--${kind}` },
      h("span", { "aria-hidden": "true" }, t(`measurements.arrow.${kind}`)),
      " ",
      text,
    );
  const label = (answer) => vocab.label[answer] || vocab.unanswered.label;
  const planLine = (moment) => {
    const statuses = Object.values(moment.plan || {});
    const counts = config.statuses
      .map((status) => [status.label, statuses.filter((value) => value === status.value).length])
      .filter(([, n]) => n)
      .map(([name, n]) => `${name} ${n}`);
    return counts.length
      ? h("li", {}, t("measurements.plan", { name: moment.label, counts: counts.join(", ") }))
      : null;
  };
  const plans = [planLine(from), planLine(to)].filter(Boolean);

  const $table = h(
    "table",
    { className: "gk-table gk-changes" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, t("compare.item")),
        h("th", { scope: "col" }, from.label),
        h("th", { scope: "col" }, to.label),
        h("th", { scope: "col" }, t("measurements.change_column")),
      ),
    ),
    checklist.criteria.map((criterion) => {
      const counts = found.criteria.get(criterion.number);
      return h(
        "tbody",
        {},
        h(
          "tr",
          { className: "gk-table__criterion" },
          h("th", { scope: "rowgroup" }, `${criterion.number}. ${criterion.title}`),
          [from, to].map((moment) =>
            h(
              "td",
              {},
              countsText(criterionCounts(criterion, moment, vocab), vocab, { unanswered: vocab.unanswered.count }),
            ),
          ),
          h("td", {}, way(direction(counts), summary(counts))),
        ),
        criterion.items.map((item) => {
          const kind = found.items.get(item.id);
          return h(
            "tr",
            { className: kind === "same" ? "" : "gk-table__differs" },
            h("th", { scope: "row" }, h("strong", {}, item.id), ` ${item.text}`),
            [from, to].map((moment) => {
              const answer = moment.answers[item.id]?.answer || "";
              return h("td", {}, h("span", { className: "gk-mark", "data-answer": answer }), label(answer));
            }),
            h("td", {}, way(kind)),
          );
        }),
      );
    }),
  );

  $out.append(
    h(`h${level}`, { tabIndex: -1 }, t("measurements.compared", { from: from.label, to: to.label })),
    h("p", { className: "gk-changes__total" }, h("strong", {}, summary(found.total, true))),
    found.total.different ? h("p", { className: "gk-hint" }, t("measurements.different_hint")) : null,
    plans.length ? h("ul", {}, plans) : null,
    // A wide table scrolls in its own box (by keyboard too), so the page never scrolls sideways.
    h(
      "div",
      {
        className: "gk-scroll",
        tabIndex: 0,
        role: "region",
        "aria-label": t("measurements.compared", { from: from.label, to: to.label }),
      },
      $table,
    ),
  );
}
