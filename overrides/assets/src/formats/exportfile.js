/* The file of one list ("Bewaar als bestand"): what it holds, how it is read back. formats/README.md has the
   format; formats/export-v1.schema.json its schema. Everything is checked before the user gets a choice. */
import { checkUnknown, isDateTime, putEntry } from "./answers.js";
import { FormatProblem } from "./vocabulary.js";

export const FORMAT = "gelijke-kansen/export";
const VERSION = 1;

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

// The list's answers in checklist order, then answers to items no longer in the checklist (kept, never dropped).
export function rows(checklist, answers, vocab) {
  const extra = Object.keys(answers).filter((id) => !checklist.byId.has(id) && vocab.itemId.test(id)).sort();
  return [...checklist.items, ...extra.map((id) => ({ id }))].map((item) => [item, answers[item.id] || {}]);
}

export function exportFile({ name, answers, exported }, checklist, vocab) {
  return JSON.stringify({
    format: FORMAT,
    version: VERSION,
    checklist: vocab.version,
    profile: name,
    exported,
    items: rows(checklist, answers, vocab).map(([item, entry]) => ({ id: item.id, text: item.text, ...entry })),
  }, null, 2);
}

/* { name, answers } from a file's text, or a FormatProblem naming what is wrong. name may be "". */
export function readExportFile(text, checklist, vocab) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new FormatProblem("json");
  }
  if (!isObject(doc) || doc.format !== FORMAT) throw new FormatProblem("format");
  if (typeof doc.version === "number" && doc.version > VERSION) throw new FormatProblem("newer");
  if (doc.version !== VERSION || typeof doc.profile !== "string" || !Array.isArray(doc.items)) {
    throw new FormatProblem("shape");
  }
  const fallback = isDateTime(doc.exported) ? doc.exported : null;
  const answers = {};
  const seen = new Set();
  for (const item of doc.items) {
    const { id, answer = null, note = null, changed = fallback } = isObject(item) ? item : {};
    if (typeof id !== "string" || !vocab.itemId.test(id) || seen.has(id) ||
      (answer !== null && !vocab.known.has(answer)) || (note !== null && typeof note !== "string") ||
      ((answer || note) && !isDateTime(changed))) {
      throw new FormatProblem("shape");
    }
    seen.add(id);
    putEntry(answers, id, answer, note, changed);
  }
  checkUnknown(answers, new Set(checklist.byId.keys()), vocab);
  return { name: doc.profile, answers };
}
