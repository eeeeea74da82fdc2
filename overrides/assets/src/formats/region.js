/* The region at a glance (the compare page): schools in columns, each school's files and measurements side by
   side, which criteria are weakest, which school differs strongly from the rest, where colleagues agree, and the
   whole as a table for Excel. No DOM: a source is { answers }, rows are the checklist's criteria and items. */
import { answerOf } from "./compare.js";
import { answerCounts, countsText } from "./results.js";

// How far an answer is: its `score` from the scale (ja 2, deels 1, nee 0). Answers without a score (weet ik niet)
// and no answer say nothing about that: undefined.
const scoreOf = (vocab, answer) => vocab.answers.find((a) => a.value === answer)?.score ?? undefined;

// The scores of one source's answers to the statements ids, leaving out answers without a score.
const scored = (ids, source, vocab) =>
  ids.map((id) => scoreOf(vocab, answerOf(source, id))).filter((score) => typeof score === "number");

const mean = (values) => {
  const known = values.filter((value) => value !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
};

// The mean score of one source's answers to the statements ids; null when none of them has a score.
export const meanScore = (ids, source, vocab) => mean(scored(ids, source, vocab));

// The mean of the sources' mean scores: every school counts once, however many statements it answered. null when
// no source has a score there.
export const groupScore = (ids, sources, vocab) => mean(sources.map((source) => meanScore(ids, source, vocab)));

/* "Zwakste punten eerst": rows (criteria or statements; idsOf(row) gives a row's statement ids) by groupScore,
   lowest first; rows without any score last; rows with the same score in the checklist's order. */
export function weakestFirst(rows, idsOf, sources, vocab) {
  const scored = rows.map((row, index) => ({ row, index, score: groupScore(idsOf(row), sources, vocab) }));
  const rank = ({ score }) => (score === null ? Infinity : score);
  return scored.sort((a, b) => rank(a) - rank(b) || a.index - b.index).map(({ row }) => row);
}

/* "Wijkt sterk af": the sources whose mean score on the statements ids lies at least STEP (one step of the scale,
   as from ja to deels) above or below the median of all sources' mean scores: the middle school, which one or two
   far-off schools do not pull along. A source counts when it gave an answer with a score to at least half of the
   statements (one answer out of six says too little), and only with at least 3 such sources: of two, neither is
   "the rest". [{ index, by }] in the sources' order; by is the signed difference (below 0: lower than the middle). */
export const STEP = 1;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length >> 1;
  return sorted.length % 2 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
}

export function differing(ids, sources, vocab) {
  const scores = sources.map((source) => {
    const given = scored(ids, source, vocab);
    return given.length * 2 >= ids.length ? mean(given) : null;
  });
  const known = scores.filter((score) => score !== null);
  if (known.length < 3) return [];
  const middle = median(known);
  return scores.flatMap((score, index) =>
    score !== null && Math.abs(score - middle) >= STEP - 1e-9 ? [{ index, by: score - middle }] : [],
  );
}

// Per answer value, how many of the sources gave it to statement id ("" for no answer), as answerCounts does.
export const itemCounts = (id, sources, vocab) =>
  answerCounts(
    sources.map((_, x) => x),
    Object.fromEntries(sources.map((source, x) => [x, source.answers[id]])),
    vocab,
  );

/* Whether the sources agree on statement id: true when all that answered gave the same answer, false when not,
   null with fewer than 2 answers (nothing to agree on). "Weet ik niet" is an answer here: one colleague who knows
   and one who does not, do not agree. */
export function agreement(id, sources, vocab) {
  const counts = itemCounts(id, sources, vocab);
  const given = vocab.answers.filter((answer) => counts[answer.value]);
  const answered = sources.length - counts[""];
  return answered < 2 ? null : given.length === 1;
}

/* Columns: the sources grouped by school, groups in the order they came, each group's sources oldest first (a
   date is ISO text; no date counts as now). key(source) names a source's school, or null for a source that stands
   alone (a name that is no school's own, such as the default "Mijn invullijst"). [{ key, sources }] */
export function groupSources(sources, key) {
  const groups = new Map();
  sources.forEach((source, x) => {
    const name = key(source);
    const id = name === null ? `\u0000${x}` : name;
    if (!groups.has(id)) groups.set(id, { key: name, sources: [] });
    groups.get(id).sources.push(source);
  });
  const time = (source) => (source.date ? Date.parse(source.date) : Infinity);
  return [...groups.values()].map((group) => ({ ...group, sources: group.sources.sort((a, b) => time(a) - time(b)) }));
}

/* The comparison as a table for Excel (formats/csv.js): the header, then a row per statement in checklist order
   with its number, theme, criterion and text, the answer of each column (empty when not answered) and the
   counts of the total. columns: [{ title, source }]; total: { title, sources } or null. */
export function comparisonTable({ checklist, columns, total, header, vocab }) {
  return [
    [...header, ...columns.map((column) => column.title), ...(total ? [total.title] : [])],
    ...checklist.items.map((item) => [
      item.id,
      item.criterion.theme.title,
      `${item.criterion.number}. ${item.criterion.title}`,
      item.text,
      ...columns.map((column) => vocab.label[answerOf(column.source, item.id)] || ""),
      ...(total
        ? [countsText(itemCounts(item.id, total.sources, vocab), vocab, { unanswered: vocab.unanswered.count })]
        : []),
    ]),
  ];
}

// A table where a list's file was meant (from "Bewaar als tabel voor Excel", or saved again by Excel): by its
// name, or by a first line that is not JSON but has cells split by ";" or a tab.
export const isTable = (name, text) =>
  /\.(csv|tsv|txt|xlsx?|ods)$/i.test(name) || /^\ufeff?[^{[\r\n]*[;\t]/.test(text.slice(0, 500));
