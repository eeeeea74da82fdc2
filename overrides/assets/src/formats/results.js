/* Counting answers: per value of the scale, for any set of statements. */

// { ja: 2, deels: 1, nee: 0, onbekend: 0, "": 3 } — "" is the unanswered ones; values outside the scale (from a
// newer version) count as unanswered here, as nothing can be said about them.
export function answerCounts(ids, answers, vocab) {
  const counts = { "": 0 };
  for (const answer of vocab.answers) counts[answer.value] = 0;
  for (const id of ids) {
    const value = answers[id]?.answer;
    counts[value && Object.hasOwn(counts, value) ? value : ""]++;
  }
  return counts;
}

// "2 ja, 1 deels" in the order of the scale, leaving out what is 0; "" when nothing is answered.
export function countsText(counts, vocab, { prefix = "", unanswered = null } = {}) {
  const parts = vocab.answers
    .filter((answer) => counts[answer.value])
    .map((answer) => `${counts[answer.value]} ${answer.count}`);
  if (unanswered && counts[""]) parts.push(`${counts[""]} ${unanswered}`);
  return parts.length ? prefix + parts.join(", ") : "";
}
