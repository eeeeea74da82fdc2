/* Share links: the answers of one list in the fragment of a link (after #, which browsers never send to a
   server). The layout is in formats/README.md: per criterion one letter per item, criteria joined by ".". Letters
   come from the answer scale's `code`, positions from the item ids: a link made years ago means the same. */
import { checkUnknown, putEntry } from "./answers.js";
import { FormatProblem } from "./vocabulary.js";

const VERSION = 1;
const NONE = "-";

// FNV-1a, in base 36: enough to notice a link that was cut off or edited by hand (not a protection from forgery).
export function checksum(text) {
  let x = 2166136261;
  for (let i = 0; i < text.length; i++) x = Math.imul(x ^ text.charCodeAt(i), 16777619);
  return (x >>> 0).toString(36);
}

export function packAnswers(answers, vocab) {
  const groups = [];
  for (const [id, entry] of Object.entries(answers)) {
    if (!vocab.itemId.test(id) || !vocab.code[entry.answer]) continue;
    const criterion = parseInt(id, 10) - 1;
    groups[criterion] ??= [];
    groups[criterion][id.charCodeAt(id.length - 1) - 97] = vocab.code[entry.answer];
  }
  return Array.from(groups, (group) => Array.from(group || [], (code) => code || NONE).join("")).join(".");
}

// The fragment for a list's answers (and notes, if asked): "gk=1&c=…&n=…&a=…[&t=…]&s=…".
export function shareFragment({ name, answers, withNotes }, vocab) {
  const params = new URLSearchParams({ gk: VERSION, c: vocab.version, n: name, a: packAnswers(answers, vocab) });
  const notes = Object.fromEntries(
    Object.entries(answers)
      .filter(([id, entry]) => entry.note && vocab.itemId.test(id))
      .map(([id, entry]) => [id, entry.note]),
  );
  if (withNotes && Object.keys(notes).length) params.set("t", JSON.stringify(notes));
  params.set("s", checksum(String(params)));
  return String(params);
}

export const isShareFragment = (fragment) => /(^|&)gk=/.test(fragment.replace(/^#/, ""));

/* { name, answers } from a fragment, or a FormatProblem: "newer" for a later version of the layout, "link" for
   anything cut off, edited or malformed, "unknown" for answers to ids that cannot be real. name may be "". */
export function readShareFragment(fragment, vocab, known, now) {
  const params = new URLSearchParams(fragment.replace(/^#/, ""));
  const sum = params.get("s");
  if (Number(params.get("gk")) > VERSION) throw new FormatProblem("newer");
  params.delete("s");
  if (params.get("gk") !== String(VERSION) || sum !== checksum(String(params))) throw new FormatProblem("link");
  const codes = {};
  let notes;
  try {
    notes = JSON.parse(params.get("t") || "{}");
  } catch {
    throw new FormatProblem("link");
  }
  for (const [c, group] of (params.get("a") || "").split(".").entries()) {
    for (const [i, code] of [...group].entries()) {
      if (i > 25 || (code !== NONE && !vocab.value[code])) throw new FormatProblem("link");
      if (code !== NONE) codes[`${c + 1}${String.fromCharCode(97 + i)}`] = vocab.value[code];
    }
  }
  if (!notes || typeof notes !== "object" || Array.isArray(notes)) throw new FormatProblem("link");
  const answers = {};
  for (const id of new Set([...Object.keys(codes), ...Object.keys(notes)])) {
    if (!vocab.itemId.test(id) || (notes[id] !== undefined && typeof notes[id] !== "string")) {
      throw new FormatProblem("link");
    }
    putEntry(answers, id, codes[id], notes[id], now);
  }
  checkUnknown(answers, known, vocab);
  return { name: params.get("n") || "", answers };
}
