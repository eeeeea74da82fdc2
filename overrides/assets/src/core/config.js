/* What the build wrote into the page's <head> (macros/pagedata.py), parsed once per version of its text:
   the vocabulary and texts on every page, the checklist on the pages whose tools need it. */
import { indexChecklist } from "../formats/checklist.js";

const parsed = new Map();

function read(id, prepare = (value) => value) {
  const text = document.getElementById(id)?.textContent;
  if (!text) return null;
  if (!parsed.has(text)) parsed.set(text, prepare(JSON.parse(text)));
  return parsed.get(text);
}

export const readConfig = () => read("gk-config");
export const readChecklist = () => read("gk-checklist", indexChecklist);
