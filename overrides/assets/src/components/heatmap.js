/* The compare page's heatmap: per criterion (and, opened, per statement) the answers of every column and their
   total (the region, or the team). Every cell says it in words and counts; the bars and tints only help, so it
   reads in greyscale too. On a wide screen a table whose header row and first columns stay in view while it
   scrolls; on a phone a card per criterion with the columns inside. The rules (weakest first, "wijkt sterk af",
   agreement) are in formats/region.js.

   view: { mode: "school" | "team", groups: [{ name, columns }], columns: [{ name, label, source, plan }],
           total: { title, columns } | null, order: "themes" | "weakest", open: Set of criterion numbers, phone } */
import { h } from "../core/dom.js";
import { criterionCounts } from "../formats/compare.js";
import { agreement, differing, itemCounts, weakestFirst } from "../formats/region.js";
import { countsText } from "../formats/results.js";

export function renderHeatmap($out, view, { checklist, vocab, t }) {
  const { mode, groups, columns, total, order, open, phone } = view;
  const kinds = [...vocab.answers.map((answer) => answer.value), ""];
  const ids = (criterion) => criterion.items.map((item) => item.id);
  const others = total?.columns.map((column) => column.source) || [];
  const rank = (rows, idsOf) => (order === "weakest" && total ? weakestFirst(rows, idsOf, others, vocab) : rows);
  const title = (criterion) => `${criterion.number}. ${criterion.title}`;
  // The first column of each school: a line sets its columns (its years) apart from the next school's.
  const first = new Set(groups.map((group) => group.columns[0]));
  const at = (column, className = "") => [className, first.has(column) ? "gk-heat__first" : ""].join(" ").trim();

  // A bar of the counts, one segment per answer given in the scale's order, and the same in words.
  const counted = (n) => [
    h(
      "span",
      { className: "gk-chart" },
      kinds.filter((a) => n[a]).map((a) => h("span", { "data-answer": a, style: `flex-grow:${n[a]}` })),
    ),
    countsText(n, vocab, { unanswered: vocab.unanswered.count }),
  ];
  const sum = (list) => Object.fromEntries(kinds.map((a) => [a, list.reduce((x, counts) => x + counts[a], 0)]));
  const steps = (plans, criterion) => {
    const n = plans.flat().filter((step) => criterion.items.some((item) => item.id === step.item)).length;
    return n ? h("span", { className: "gk-heat__steps" }, t("compare.steps", { n })) : null;
  };

  // What each criterion says: the counts per column and in total, who differs strongly, the summary line.
  const criteria = rank(checklist.criteria, ids).map((criterion) => {
    const odd = new Map(differing(ids(criterion), others, vocab).map(({ index, by }) => [total.columns[index], by]));
    const agreed = criterion.items.map((item) => agreement(item.id, others, vocab)).filter((a) => a !== null);
    const oddText = odd.size
      ? t("compare.odd", {
          list: [...odd]
            .map(([column, by]) => `${column.name} (${t(by < 0 ? "compare.lower" : "compare.higher")})`)
            .join(", "),
        })
      : t("compare.odd_none");
    const summary = [
      mode === "team" && agreed.length
        ? t("compare.agreed", { n: agreed.length, agree: agreed.filter(Boolean).length })
        : "",
      others.length >= 3 && (odd.size || mode === "school") ? oddText : "",
    ]
      .filter(Boolean)
      .join(" ");
    return {
      criterion,
      summary,
      odd: (column) => odd.has(column),
      items: rank(criterion.items, (item) => [item.id]),
      cell: (column) => [
        counted(criterionCounts(criterion, column.source, vocab)),
        odd.has(column) &&
          h(
            "strong",
            { className: "gk-heat__odd", "data-odd": odd.get(column) < 0 ? "lower" : "higher" },
            t(odd.get(column) < 0 ? "compare.lower" : "compare.higher"),
          ),
        steps([column.plan], criterion),
      ],
      totalCell: () => [
        counted(sum(others.map((source) => criterionCounts(criterion, source, vocab)))),
        steps(
          total.columns.map((column) => column.plan),
          criterion,
        ),
      ],
    };
  });
  const itemCell = (column, item) => {
    const entry = column.source.answers[item.id];
    return [
      h("span", { className: "gk-mark", "data-answer": entry?.answer || "" }),
      vocab.label[entry?.answer] || vocab.unanswered.label,
      entry?.note && h("small", {}, entry.note),
    ];
  };
  const itemTotal = (item) => {
    const agree = mode === "team" ? agreement(item.id, others, vocab) : null;
    return [
      agree !== null && h("strong", { className: "gk-heat__agree" }, t(agree ? "compare.agree" : "compare.disagree")),
      counted(itemCounts(item.id, others, vocab)),
    ];
  };

  const legend = h(
    "ul",
    { className: "gk-heat__legend" },
    [...vocab.answers, vocab.unanswered].map((answer) =>
      h("li", {}, h("span", { className: "gk-mark", "data-answer": answer.value || "" }), answer.label),
    ),
    others.length >= 3 &&
      h(
        "li",
        {},
        h("strong", { className: "gk-heat__odd", "data-odd": "lower" }, t("compare.lower")),
        " / ",
        h("strong", { className: "gk-heat__odd", "data-odd": "higher" }, t("compare.higher")),
        ": ",
        t("compare.legend_odd"),
      ),
    total && h("li", {}, t(`compare.legend_total_${mode}`)),
  );

  $out.replaceChildren(
    h("h2", { tabIndex: -1 }, t("compare.title")),
    h(
      "p",
      { className: "gk-heat__made" },
      t("compare.made", { date: new Date().toLocaleDateString("nl", { dateStyle: "long" }) }),
    ),
    legend,
    phone ? cards() : table(),
  );

  function table() {
    const th = (props, ...kids) => h("th", props, kids);
    return h(
      "div",
      { className: "gk-heat", role: "region", "aria-label": t("compare.table"), tabIndex: 0 },
      h(
        "table",
        { className: "gk-heat__table", style: `--gk-columns:${columns.length}` },
        h(
          "colgroup",
          {},
          h("col", { className: "gk-heat__label" }),
          total && h("col", { className: "gk-heat__total" }),
        ),
        groups.map((group) => h("colgroup", { span: group.columns.length })),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            th({ scope: "col", rowSpan: 2 }, t("compare.criterion")),
            total && th({ scope: "col", rowSpan: 2, className: "gk-heat__total" }, total.title),
            groups.map((group) => th({ scope: "colgroup", colSpan: group.columns.length }, group.name)),
          ),
          h(
            "tr",
            {},
            columns.map((column) => th({ scope: "col", className: at(column, "gk-heat__when") }, column.label)),
          ),
        ),
        criteria.map(({ criterion, summary, items, odd, cell, totalCell }) => {
          const shown = open.has(criterion.number);
          return h(
            "tbody",
            {},
            h(
              "tr",
              { className: "gk-heat__criterion" },
              th(
                { scope: "rowgroup" },
                h(
                  "button",
                  {
                    type: "button",
                    className: "gk-heat__toggle",
                    "aria-expanded": String(shown),
                    "data-toggle": criterion.number,
                  },
                  title(criterion),
                ),
                summary && h("span", { className: "gk-heat__summary" }, summary),
              ),
              total && h("td", { className: "gk-heat__total" }, totalCell()),
              columns.map((column) =>
                h("td", { className: at(column, odd(column) ? "gk-heat__odd-cell" : "") }, cell(column)),
              ),
            ),
            items.map((item) =>
              h(
                "tr",
                { hidden: !shown, className: "gk-heat__item" },
                th({ scope: "row" }, h("strong", {}, item.id), ` ${item.text}`),
                total && h("td", { className: "gk-heat__total" }, itemTotal(item)),
                columns.map((column) =>
                  h(
                    "td",
                    {
                      className: at(column, "gk-heat__answer"),
                      "data-answer": column.source.answers[item.id]?.answer || "",
                    },
                    itemCell(column, item),
                  ),
                ),
              ),
            ),
          );
        }),
      ),
    );
  }

  function cards() {
    const name = (column) =>
      h(
        "span",
        { className: "gk-heat__name" },
        column.name,
        " ",
        h("span", { className: "gk-heat__when" }, column.label),
      );
    return h(
      "div",
      { className: "gk-heat-cards" },
      criteria.map(({ criterion, summary, items, odd, cell, totalCell }) =>
        h(
          "section",
          { className: "gk-heat-card" },
          h("h3", {}, title(criterion)),
          summary && h("p", { className: "gk-heat__summary" }, summary),
          h(
            "ul",
            {},
            total &&
              h(
                "li",
                { className: "gk-heat__total" },
                h("span", { className: "gk-heat__name" }, total.title),
                totalCell(),
              ),
            columns.map((column) =>
              h("li", { className: odd(column) ? "gk-heat__odd-cell" : "" }, name(column), cell(column)),
            ),
          ),
          h(
            "details",
            { open: open.has(criterion.number) },
            h("summary", { "data-toggle": criterion.number }, t("common.statements", { n: items.length })),
            items.map((item) => [
              h("h4", {}, h("strong", {}, item.id), ` ${item.text}`),
              h(
                "ul",
                {},
                total &&
                  h(
                    "li",
                    { className: "gk-heat__total" },
                    h("span", { className: "gk-heat__name" }, total.title),
                    itemTotal(item),
                  ),
                columns.map((column) => h("li", {}, name(column), itemCell(column, item))),
              ),
            ]),
          ),
        ),
      ),
    );
  }
}
