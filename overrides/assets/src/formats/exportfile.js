/* The file of one list ("Bewaar als bestand"): its answers, action plan and measurements, and how it is read
   back. formats/README.md has the format, formats/export-v2.schema.json its schema. Files of version 1 (answers
   only) still read. Everything is checked before the user gets a choice. */
import { checkUnknown, isDateTime, putEntry } from "./answers.js";
import { FormatProblem } from "./vocabulary.js";

export const FORMAT = "gelijke-kansen/export";
const VERSION = 2;

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
const isText = (value) => typeof value === "string";
const ID = /^[a-z0-9]{1,40}$/; // a plan step or measurement, as the store makes them
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// The list's answers in checklist order, then answers to items no longer in the checklist (kept, never dropped).
export function rows(checklist, answers, vocab) {
  const extra = Object.keys(answers)
    .filter((id) => !checklist.byId.has(id) && vocab.itemId.test(id))
    .sort();
  return [...checklist.items, ...extra.map((id) => ({ id }))].map((item) => [item, answers[item.id] || {}]);
}

const filled = (answers) => Object.entries(answers).map(([id, entry]) => ({ id, ...entry }));

// list: { name, answers, plan, measurements (each with all its answers) }.
export function exportFile(list, { exported, checklist, vocab }) {
  return JSON.stringify(
    {
      format: FORMAT,
      version: VERSION,
      checklist: vocab.version,
      profile: list.name,
      exported,
      items: rows(checklist, list.answers, vocab).map(([item, entry]) => ({ id: item.id, text: item.text, ...entry })),
      plan: list.plan,
      measurements: list.measurements.map(({ id, name, date, answers, plan }) => ({
        id,
        name,
        date,
        items: filled(answers),
        plan,
      })),
    },
    null,
    2,
  );
}

/* Answers from a file's list of items; a FormatProblem("shape") for anything that is not as the site writes it.
   fallback: the date for items without one (the file's date). */
function readItems(items, vocab, fallback) {
  if (!Array.isArray(items)) throw new FormatProblem("shape");
  const answers = {};
  const seen = new Set();
  for (const item of items) {
    const { id, answer = null, note = null, changed = fallback } = isObject(item) ? item : {};
    if (
      !isText(id) ||
      !vocab.itemId.test(id) ||
      seen.has(id) ||
      (answer !== null && !vocab.known.has(answer)) ||
      (note !== null && !isText(note)) ||
      ((answer || note) && !isDateTime(changed))
    ) {
      throw new FormatProblem("shape");
    }
    seen.add(id);
    putEntry(answers, id, answer, note, changed);
  }
  return answers;
}

function readPlan(plan, vocab) {
  if (!Array.isArray(plan)) throw new FormatProblem("shape");
  const seen = new Set();
  return plan.map((step) => {
    if (
      !isObject(step) ||
      !isText(step.id) ||
      !ID.test(step.id) ||
      seen.has(step.id) ||
      !isText(step.item) ||
      !vocab.itemId.test(step.item) ||
      !isText(step.step) ||
      !step.step.trim() ||
      !["who", "done_when"].every((field) => step[field] === undefined || isText(step[field])) ||
      !(
        step.when === undefined ||
        step.when === "" ||
        (isText(step.when) && DATE.test(step.when) && !Number.isNaN(Date.parse(step.when)))
      ) ||
      !vocab.statuses.has(step.status) ||
      !isDateTime(step.changed)
    ) {
      throw new FormatProblem("shape");
    }
    seen.add(step.id);
    const { id, item, who = "", when = "", done_when = "", status, changed } = step;
    return { id, item, step: step.step, who, when, done_when, status, changed };
  });
}

function readMeasurements(measurements, vocab) {
  if (!Array.isArray(measurements)) throw new FormatProblem("shape");
  const seen = new Set();
  return measurements.map((m) => {
    if (
      !isObject(m) ||
      !isText(m.id) ||
      !ID.test(m.id) ||
      seen.has(m.id) ||
      !isText(m.name) ||
      !isDateTime(m.date) ||
      !isObject(m.plan) ||
      !Object.values(m.plan).every((status) => vocab.statuses.has(status))
    ) {
      throw new FormatProblem("shape");
    }
    seen.add(m.id);
    return { id: m.id, name: m.name, date: m.date, answers: readItems(m.items, vocab, m.date), plan: { ...m.plan } };
  });
}

/* { name, exported, answers, plan, measurements } from a file's text, or a FormatProblem naming what is wrong.
   name may be "". */
export function readExportFile(text, checklist, vocab) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new FormatProblem("json");
  }
  if (!isObject(doc) || doc.format !== FORMAT) throw new FormatProblem("format");
  if (typeof doc.version === "number" && doc.version > VERSION) throw new FormatProblem("newer");
  if (![1, VERSION].includes(doc.version) || !isText(doc.profile)) throw new FormatProblem("shape");
  const exported = isDateTime(doc.exported) ? doc.exported : null;
  const answers = readItems(doc.items, vocab, exported);
  const known = new Set(checklist.byId.keys());
  checkUnknown(answers, known, vocab);
  return {
    name: doc.profile,
    exported,
    answers,
    plan: doc.version === 1 ? [] : readPlan(doc.plan, vocab),
    measurements: doc.version === 1 ? [] : readMeasurements(doc.measurements, vocab),
  };
}
