/* Comparing sources (lists, files, links, measurements), each { name, answers }: no DOM, only figures. */
import { answerCounts } from "./results.js";

export const answerOf = (source, id) => source.answers[id]?.answer || "";

export const criterionCounts = (criterion, source, vocab) =>
  answerCounts(
    criterion.items.map((item) => item.id),
    source.answers,
    vocab,
  );

/* The statements where the sources differ, most differing first: pairs counts the pairs of sources that gave
   different answers. With delta (a later state of the same list) an empty answer counts as an answer too. */
export function differences(checklist, sources, { delta = false } = {}) {
  return checklist.items
    .map((item) => {
      const given = sources.map((source) => answerOf(source, item.id)).filter((answer) => delta || answer);
      const pairs = given.reduce((sum, a, x) => sum + given.slice(x + 1).filter((b) => b !== a).length, 0);
      return { item, pairs };
    })
    .filter((d) => d.pairs)
    .sort((a, b) => b.pairs - a.pairs);
}

// Per answer value, how a criterion's counts moved from `was` to `now`: [[value, +2], [value, -1]].
export const moves = (was, now, vocab) =>
  vocab.answers.map((answer) => [answer.value, now[answer.value] - was[answer.value]]).filter(([, n]) => n);
