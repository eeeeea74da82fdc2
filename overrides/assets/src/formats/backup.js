/* A backup ("Maak een reservekopie"): everything this site keeps in this browser, in one file: every list with
   its answers, notes, action plan and measurements, which list is open, and the chosen view. It is the saved
   document itself (store/document.js), so nothing is left out and reading it back uses the same checks and
   migrations as the browser's own copy. formats/README.md has the format. */
import { readDocumentValue } from "../store/document.js";
import { FormatProblem } from "./vocabulary.js";

export const FORMAT = "gelijke-kansen/backup";
const VERSION = 1;

export function backupFile({ document, view, made }) {
  return JSON.stringify({ format: FORMAT, version: VERSION, made, view, document }, null, 2);
}

export const isBackup = (value) => value !== null && typeof value === "object" && value.format === FORMAT;

// { document, view, made } from a backup's parsed JSON, or a FormatProblem.
export function readBackup(value, names) {
  if (!isBackup(value)) throw new FormatProblem("format");
  if (typeof value.version === "number" && value.version > VERSION) throw new FormatProblem("newer");
  if (value.version !== VERSION) throw new FormatProblem("shape");
  const read = readDocumentValue(value.document, names);
  if (read.newer) throw new FormatProblem("newer");
  if (read.unreadable) throw new FormatProblem("shape");
  return { document: read.doc, view: typeof value.view === "string" ? value.view : "", made: value.made };
}
