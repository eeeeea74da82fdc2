/* How one list moved between two moments (two measurements, or a measurement and now): per statement better,
   worse, the same or different, and those counted per criterion and in all. No DOM.

   An answer's `score` (content/criteria.yaml) tells better from worse. The same answer on both sides, or no answer
   on both, is the same. A change to or from no answer, or to or from an answer without a score ("Weet ik niet"),
   cannot be called better or worse: it is different. */

export const KINDS = ["better", "worse", "same", "different"];

export function changeOf(was = "", now = "", scores) {
  if (was === now) return "same";
  const [before, after] = [scores[was], scores[now]];
  if (typeof before !== "number" || typeof after !== "number") return "different";
  return after > before ? "better" : after < before ? "worse" : "same";
}

const none = () => Object.fromEntries(KINDS.map((kind) => [kind, 0]));

/* from, to: { answers }. { items: Map(item id → kind), criteria: Map(criterion number → counts), total: counts },
   counts being { better, worse, same, different }. */
export function changes(checklist, from, to, vocab) {
  const scores = Object.fromEntries(vocab.answers.map((answer) => [answer.value, answer.score]));
  const items = new Map();
  const criteria = new Map();
  const total = none();
  for (const criterion of checklist.criteria) {
    const counts = none();
    for (const item of criterion.items) {
      const kind = changeOf(from.answers[item.id]?.answer, to.answers[item.id]?.answer, scores);
      items.set(item.id, kind);
      counts[kind]++;
      total[kind]++;
    }
    criteria.set(criterion.number, counts);
  }
  return { items, criteria, total };
}

// Which way a set of counts went: more better than worse is better, more worse is worse, else the same.
export const direction = (counts) =>
  counts.better > counts.worse ? "better" : counts.worse > counts.better ? "worse" : "same";
