/* Where you are strong and where the chances are, from the answers to groups of statements (the criteria of a
   view). No DOM: groups are { key, ids } in checklist order, answers the list's answers.

   - strong: more than half of a group's answers are "done" answers (Ja): done × 2 > answered. The highest share
     first, then the most done answers, then checklist order.
   - chances: the other groups with answers that have a score below the top score (Nog niet, Deels), each weighed
     by how far it is from the top (on today's scale Nog niet counts 2, Deels 1). The most first, then checklist
     order. A strong group is never a chance too.
   - unknown: how many answers have no score (Weet ik niet), in all groups.
   - start: the first open statement, where to begin (or go on).
   At most `most` groups each; groups without statements are left out. */
import { answerCounts } from "./results.js";

export function summarize(groups, answers, vocab, most = 3) {
  const scored = vocab.answers.filter((answer) => Number.isFinite(answer.score));
  const top = Math.max(...scored.map((answer) => answer.score));
  const sum = (counts, answers, weight = () => 1) =>
    answers.reduce((n, answer) => n + counts[answer.value] * weight(answer), 0);
  const rated = groups
    .filter((group) => group.ids.length)
    .map((group, order) => {
      const counts = answerCounts(group.ids, answers, vocab);
      return {
        key: group.key,
        counts,
        order,
        answered: group.ids.length - counts[""],
        done: sum(
          counts,
          vocab.answers.filter((answer) => answer.done),
        ),
        gap: sum(counts, scored, (answer) => top - answer.score),
      };
    });
  const isStrong = (group) => group.done * 2 > group.answered;
  const strong = rated
    .filter(isStrong)
    .sort((a, b) => b.done / b.answered - a.done / a.answered || b.done - a.done || a.order - b.order);
  const chances = rated
    .filter((group) => !isStrong(group) && group.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.order - b.order);
  const open = groups.flatMap((group) => group.ids).find((id) => answerCounts([id], answers, vocab)[""]);
  return {
    total: rated.reduce((n, group) => n + group.counts[""] + group.answered, 0),
    answered: rated.reduce((n, group) => n + group.answered, 0),
    unknown: rated.reduce(
      (n, group) =>
        n +
        sum(
          group.counts,
          vocab.answers.filter((answer) => !scored.includes(answer)),
        ),
      0,
    ),
    strong: strong.slice(0, most).map(({ key, counts }) => ({ key, counts })),
    chances: chances.slice(0, most).map(({ key, counts }) => ({ key, counts })),
    start: open || null,
  };
}

// The labels of the answers that count as done ("Ja"), and of those below the top score, worst first ("Nog niet",
// "Deels"): the words of the rule, as the page says it.
export function ruleWords(vocab) {
  const scored = vocab.answers.filter((answer) => Number.isFinite(answer.score));
  const top = Math.max(...scored.map((answer) => answer.score));
  return {
    done: vocab.answers.filter((answer) => answer.done).map((answer) => answer.label),
    todo: scored
      .filter((answer) => answer.score < top)
      .sort((a, b) => a.score - b.score)
      .map((answer) => answer.label),
  };
}
