/* Names of lists and measurements: what people type or files bring, made safe to show and tell apart. */

// Characters that show nothing and could hide a name or turn text around: zero-width spaces, direction marks
// and controls. The zero-width joiner stays: emoji sequences need it.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

// The name cleaned up and cut to at most max characters, never inside a character as people see it (an emoji
// with its skin tone stays whole). "" when nothing visible is left: the caller then uses its default.
export function cleanName(text, max) {
  const clean = String(text ?? "")
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!VISIBLE.test(clean)) return "";
  const parts =
    typeof Intl.Segmenter === "function"
      ? Array.from(new Intl.Segmenter("nl", { granularity: "grapheme" }).segment(clean), (part) => part.segment)
      : Array.from(clean);
  let name = "";
  for (const part of parts) {
    if (name.length + part.length > max) break;
    name += part;
  }
  return name.trim();
}

// "Naam", or "Naam (2)" when that is taken: in a list of names each must be told apart.
export function uniqueName(name, taken) {
  const names = new Set(taken);
  let free = name;
  for (let n = 2; names.has(free); n++) free = `${name} (${n})`;
  return free;
}
