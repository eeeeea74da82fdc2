/* Lists taken in from elsewhere: a list from a file merged into this one or put in its place, and a backup's lists
   taken back (components/files.js, backup.js). Changes of the saved document like those in document.js, but only
   the tools that read files and backups make them, so those tools teach them to the store (store.learn(MERGES))
   instead of every page carrying them. Pure functions: no storage, no DOM. */
import { findList, listPart, packMeasurements, structuredCopy, unpackMeasurements } from "./document.js";

// { <change type>: { apply, region } }, as document.js's CHANGES and REGIONS have them.
export const MERGES = {
  /* A list from a file or a backup taken into this one: answers field by field (an answer and a note are merged
     separately, so one side's note never drops the other's answer), plan steps by id, measurements added where
     this list does not have them. Where both have something, prefer ("mine" or "theirs") decides. */
  mergeList: {
    apply(doc, { list: listId, content, prefer }) {
      const list = findList(doc, listId);
      if (!list) return null;
      mergeInto(list, content, prefer);
      return { list: listId, items: null, plan: true, measurements: true };
    },
    region: listPart(JSON.stringify),
  },

  // Everything in the list replaced by content (answers, plan, measurements): "Vervang alles".
  replaceList: {
    apply(doc, { list: listId, content }) {
      const list = findList(doc, listId);
      if (!list) return null;
      Object.assign(list, {
        answers: structuredCopy(content.answers),
        plan: structuredCopy(content.plan),
        measurements: packMeasurements(content.measurements),
      });
      return { list: listId, items: null, plan: true, measurements: true };
    },
    region: listPart(JSON.stringify),
  },

  // A backup taken back: its lists added, or merged into the list with the same id.
  mergeLists: {
    apply(doc, { lists, prefer }) {
      for (const incoming of lists) {
        const list = findList(doc, incoming.id);
        if (!list) doc.lists.push(structuredCopy(incoming));
        else mergeInto(list, { ...incoming, measurements: unpackMeasurements(incoming.measurements) }, prefer);
        // A list nobody named here takes the backup's name: a new browser's first list becomes the backup's.
        if (list && !list.named && incoming.named) Object.assign(list, { name: incoming.name, named: true });
      }
      return { lists: true, items: null, plan: true, measurements: true };
    },
    region: (doc) => JSON.stringify(doc.lists),
  },
};

function mergeInto(list, content, prefer) {
  list.answers = mergeAnswers(list.answers, content.answers, prefer);
  const steps = new Map(list.plan.map((step) => [step.id, step]));
  for (const step of content.plan) {
    if (!steps.has(step.id) || prefer === "theirs") steps.set(step.id, structuredCopy(step));
  }
  list.plan = [...steps.values()];
  const measurements = unpackMeasurements(list.measurements);
  const known = new Set(measurements.map((m) => m.id));
  measurements.push(...structuredCopy(content.measurements.filter((m) => !known.has(m.id))));
  list.measurements = packMeasurements(measurements.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date)));
}

/* mine and theirs merged per item and per field; where both have a field, prefer ("mine" or "theirs") decides.
   An item's date is that of the field that was kept last. */
export function mergeAnswers(mine, theirs, prefer) {
  const merged = structuredCopy(mine);
  for (const [id, incoming] of Object.entries(theirs)) {
    const current = merged[id];
    if (!current) {
      merged[id] = structuredCopy(incoming);
      continue;
    }
    const entry = { ...current };
    let took = false;
    for (const field of ["answer", "note"]) {
      if (incoming[field] === undefined) continue;
      if (current[field] === undefined || prefer === "theirs") {
        took = took || entry[field] !== incoming[field];
        entry[field] = incoming[field];
      }
    }
    if (took && incoming.changed > entry.changed) entry.changed = incoming.changed;
    merged[id] = entry;
  }
  return merged;
}
