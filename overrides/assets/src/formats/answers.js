/* Checks shared by everything that reads answers from outside this browser (files and links). */
import { FormatProblem } from "./vocabulary.js";

// An ISO 8601 date and time, as toISOString() writes it (seconds and fraction optional, Z or an offset).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
export const isDateTime = (value) =>
  typeof value === "string" && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));

/* One saved entry in the store's shape: only what is filled in, always with a date; nothing when empty. */
export function putEntry(answers, id, answer, note, changed) {
  const entry = { changed };
  if (answer) entry.answer = answer;
  if (note) entry.note = note;
  if (answer || note) answers[id] = entry;
}

/* Answers to items this checklist does not know are kept (an item may have been removed, or the file comes from
   a newer checklist), but only as many as could be real: a file or link full of made-up ids is refused. */
export function checkUnknown(answers, known, vocab) {
  const highest = Math.max(...[...known].map((id) => parseInt(id, 10)));
  const unknown = Object.keys(answers).filter((id) => !known.has(id) && !vocab.retired.has(id));
  if (unknown.length > vocab.limits.unknown_items || unknown.some((id) => parseInt(id, 10) > highest + 10)) {
    throw new FormatProblem("unknown", { n: unknown.length });
  }
}
