/* Interface texts by name ("lists.made"), from `ui:` in content/criteria.yaml; {name} and the like are filled in.
   A text with `one` and `other` forms takes the form for values.n. A missing text is a bug: it throws. */
export function translator(texts) {
  return function t(key, values = {}) {
    let text = key.split(".").reduce((group, name) => group?.[name], texts);
    if (text && typeof text === "object") text = text[values.n === 1 ? "one" : "other"];
    if (typeof text !== "string") throw new Error(`No text "${key}" in ui: of content/criteria.yaml`);
    return text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
  };
}
