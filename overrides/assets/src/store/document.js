/* The saved document: its shape, its migrations and the changes that can be made to it (those that take in lists
   from elsewhere are in merges.js), as pure functions.
   No storage, no DOM, no texts: store.js decides when to read and write, and the page says what things are called.

   Shape (schema 2):
   { format, schema: 2, active: <list id, the default for a new tab>,
     lists: [{ id, name, named, answers: { <item id>: { answer?, note?, changed } },
               plan: [<entry>], measurements: [{ id, name, date, delta, plan }] }] }
   A measurement keeps only what differs from the one before it (`delta`, null for "gone"), so that a year of
   measurements costs little more than the answers themselves. Unknown fields are kept as they are. */

export const FORMAT = "gelijke-kansen/zelfcheck";
export const SCHEMA = 2;

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
const isText = (value) => typeof value === "string";

export function newId(prefix) {
  return prefix + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
}

export function newList(name, named = false, id = newId("p")) {
  return { id, name, named, answers: {}, plan: [], measurements: [] };
}

// The document before anything is saved. Its list has a fixed id: two tabs that both start from nothing then
// write into the same list.
export function emptyDocument(defaultName) {
  const list = newList(defaultName, false, "p0");
  return { format: FORMAT, schema: SCHEMA, active: list.id, lists: [list] };
}

// Answers to unknown items and answer values are kept: a newer page may have written them.
function validAnswers(answers) {
  return (
    isObject(answers) &&
    Object.values(answers).every(
      (entry) =>
        isObject(entry) &&
        isText(entry.changed) &&
        (entry.answer === undefined || isText(entry.answer)) &&
        (entry.note === undefined || isText(entry.note)),
    )
  );
}

function validList(list) {
  return (
    isObject(list) &&
    isText(list.id) &&
    isText(list.name) &&
    validAnswers(list.answers) &&
    Array.isArray(list.plan) &&
    list.plan.every((entry) => isObject(entry) && isText(entry.id)) &&
    Array.isArray(list.measurements) &&
    list.measurements.every((m) => isObject(m) && isText(m.id) && isText(m.name) && isText(m.date) && isObject(m.delta))
  );
}

export function isValid(doc) {
  return (
    isObject(doc) &&
    doc.format === FORMAT &&
    doc.schema === SCHEMA &&
    Array.isArray(doc.lists) &&
    doc.lists.length > 0 &&
    doc.lists.every(validList) &&
    doc.lists.some((list) => list.id === doc.active)
  );
}

/* Older documents are upgraded step by step: MIGRATIONS[n] turns schema n into n + 1. A migration returns a new
   document, or null when the old one does not have the shape it should. */
const MIGRATIONS = {
  // 1 → 2: "profiles" become lists with an action plan; measurements keep only what changed.
  1(doc, defaultNames) {
    if (!Array.isArray(doc.profiles)) return null;
    const { profiles, ...rest } = doc;
    return {
      ...rest,
      schema: 2,
      lists: profiles.map((profile) => {
        if (!isObject(profile) || !Array.isArray(profile.measurements)) return profile;
        const { measurements, ...list } = profile;
        return {
          ...list,
          named: !defaultNames.includes(list.name),
          plan: [],
          measurements: packMeasurements(measurements.map((m) => (isObject(m) ? { ...m, plan: {} } : m))),
        };
      }),
    };
  },
};

/* What a stored text holds: { doc } to use, { doc, newer } to show but never change (saved by a newer version of
   the site: its shape may hold more than this page knows), or { unreadable } when it cannot be used at all.
   defaultNames are the names a list gets when nobody named it, now and in the past. */
export function readDocument(raw, defaultNames) {
  try {
    return readDocumentValue(JSON.parse(raw), defaultNames);
  } catch {
    return { unreadable: true };
  }
}

// The same, for a document already parsed (from a backup file).
export function readDocumentValue(doc, defaultNames) {
  if (isObject(doc) && doc.format === FORMAT && typeof doc.schema === "number" && doc.schema > SCHEMA) {
    return { doc: readableView(doc, defaultNames[0]), newer: true };
  }
  try {
    while (isObject(doc) && doc.format === FORMAT && doc.schema < SCHEMA && MIGRATIONS[doc.schema]) {
      doc = MIGRATIONS[doc.schema](doc, defaultNames);
    }
  } catch {
    return { unreadable: true };
  }
  return isValid(doc) ? { doc } : { unreadable: true };
}

// What this version can show of a newer document: the lists that still have a shape it knows, or an empty one.
function readableView(doc, defaultName) {
  const lists = (Array.isArray(doc.lists) ? doc.lists : []).filter(validList);
  if (!lists.length) return emptyDocument(defaultName);
  return {
    format: FORMAT,
    schema: SCHEMA,
    active: lists.some((l) => l.id === doc.active) ? doc.active : lists[0].id,
    lists,
  };
}

export function findList(doc, id) {
  return doc.lists.find((list) => list.id === id);
}

/* Changes. Each takes the document and the change's arguments, changes the document in place and returns what
   it touched: { list, items } (items: the item ids, or null for "all of them"), { lists: true } when lists came
   or went or were renamed, or null when nothing could be done (the list is gone). */

function entryOf(list, id) {
  return list.answers[id] || { changed: "" };
}

function putEntry(list, id, entry) {
  if (entry.answer === undefined && entry.note === undefined) delete list.answers[id];
  else list.answers[id] = entry;
}

export const CHANGES = {
  answer(doc, { list: listId, item, value, time }) {
    const list = findList(doc, listId);
    if (!list) return null;
    const entry = { ...entryOf(list, item), changed: time };
    if (value) entry.answer = value;
    else delete entry.answer;
    putEntry(list, item, entry);
    return { list: listId, items: [item] };
  },

  note(doc, { list: listId, item, text, time }) {
    const list = findList(doc, listId);
    if (!list) return null;
    const entry = { ...entryOf(list, item), changed: time };
    if (text) entry.note = text;
    else delete entry.note;
    putEntry(list, item, entry);
    return { list: listId, items: [item] };
  },

  replaceAnswers(doc, { list: listId, answers }) {
    const list = findList(doc, listId);
    if (!list) return null;
    list.answers = structuredCopy(answers);
    return { list: listId, items: null };
  },

  // A step of the action plan, new or changed (by its id).
  putPlan(doc, { list: listId, entry }) {
    const list = findList(doc, listId);
    if (!list) return null;
    const index = list.plan.findIndex((step) => step.id === entry.id);
    if (index >= 0) list.plan[index] = structuredCopy(entry);
    else list.plan.push(structuredCopy(entry));
    return { list: listId, plan: true };
  },

  deletePlan(doc, { list: listId, plan: id }) {
    const list = findList(doc, listId);
    if (!list?.plan.some((step) => step.id === id)) return null;
    list.plan = list.plan.filter((step) => step.id !== id);
    return { list: listId, plan: true };
  },

  createList(doc, { list }) {
    doc.lists.push(structuredCopy(list));
    return { lists: true, list: list.id, items: null };
  },

  renameList(doc, { list: listId, name }) {
    const list = findList(doc, listId);
    if (!list) return null;
    Object.assign(list, { name, named: true });
    return { lists: true };
  },

  // The last list cannot go: an empty one takes its place, so there is always one to fill in.
  deleteList(doc, { list: listId, replacement }) {
    if (!findList(doc, listId)) return null;
    doc.lists = doc.lists.filter((list) => list.id !== listId);
    if (!doc.lists.length) doc.lists.push(structuredCopy(replacement));
    if (!findList(doc, doc.active)) doc.active = doc.lists[0].id;
    return { lists: true, list: listId, items: null };
  },

  setDefault(doc, { list: listId }) {
    if (!findList(doc, listId)) return null;
    doc.active = listId;
    return { lists: true, list: listId, items: null, measurements: true };
  },

  // A list as it was (and back in its place, if it was deleted meanwhile).
  restoreList(doc, { list }) {
    const index = doc.lists.findIndex((l) => l.id === list.id);
    if (index >= 0) doc.lists[index] = structuredCopy(list);
    else doc.lists.push(structuredCopy(list));
    return { lists: true, list: list.id, items: null };
  },

  // Undo: every list as it was.
  restoreLists(doc, { lists }) {
    doc.lists = structuredCopy(lists);
    if (!findList(doc, doc.active)) doc.active = doc.lists[0].id;
    return { lists: true, items: null, measurements: true };
  },

  addMeasurement(doc, { list: listId, measurement }) {
    const list = findList(doc, listId);
    if (!list) return null;
    const all = unpackMeasurements(list.measurements);
    all.push(measurement);
    list.measurements = packMeasurements(all);
    return { list: listId, measurements: true };
  },

  deleteMeasurement(doc, { list: listId, measurement: id }) {
    const list = findList(doc, listId);
    if (!list?.measurements.some((m) => m.id === id)) return null;
    list.measurements = packMeasurements(unpackMeasurements(list.measurements).filter((m) => m.id !== id));
    return { list: listId, measurements: true };
  },
};

export function applyChange(doc, change) {
  return CHANGES[change.type](doc, change);
}

/* The part of the document a change reads and writes, as a value that can be compared: to tell whether another
   tab's copy of the document already has the change, still lacks it, or changed that part itself meanwhile. */
const planPart = (doc, list, id) => JSON.stringify(findList(doc, list)?.plan.find((step) => step.id === id) ?? null);
export const listPart =
  (pick) =>
  (doc, { list }) => {
    const found = findList(doc, typeof list === "string" ? list : list.id);
    return found ? pick(found) : null;
  };
const REGIONS = {
  answer: (doc, { list, item }) => findList(doc, list)?.answers[item]?.answer ?? null,
  note: (doc, { list, item }) => findList(doc, list)?.answers[item]?.note ?? "",
  replaceAnswers: listPart((list) => JSON.stringify(list.answers)),
  putPlan: (doc, { list, entry }) => planPart(doc, list, entry.id),
  deletePlan: (doc, { list, plan }) => planPart(doc, list, plan),
  createList: listPart(JSON.stringify),
  deleteList: listPart(JSON.stringify),
  restoreList: listPart(JSON.stringify),
  renameList: listPart((list) => list.name),
  setDefault: (doc) => doc.active,
  restoreLists: (doc) => JSON.stringify(doc.lists),
  addMeasurement: listPart((list) => JSON.stringify(list.measurements)),
  deleteMeasurement: listPart((list) => JSON.stringify(list.measurements)),
};

export const region = (doc, change) => REGIONS[change.type](doc, change);

/* Changes that only some tools make join the tables when their code comes (store/merges.js: a list from a file or
   a backup taken in; store.learn), so that every page need not carry them. kinds: { <type>: { apply, region } }.
   Only the tab that makes a change applies it (another tab reads the stored document), so a page without those
   tools never needs them. */
export function addChanges(kinds) {
  for (const [type, kind] of Object.entries(kinds)) {
    CHANGES[type] = kind.apply;
    REGIONS[type] = kind.region;
  }
}

/* Apply a change made on `base` (the value of its region it was made on). Where the document still has that
   base, the change is applied; where it has the change's result already, nothing is done; where it has
   something else, another tab changed that part meanwhile: a note then comes back as a conflict (neither text is
   lost, the user chooses), any other change gives way. Returns what was touched, or null. */
export function replayChange(doc, change) {
  const now = region(doc, change);
  if (change.result !== undefined && now === change.result) return { reflected: true };
  if (now !== change.base) {
    if (change.type === "note")
      return {
        list: change.list,
        items: [change.item],
        conflict: { item: change.item, mine: change.text, theirs: now },
      };
    return null;
  }
  const touched = applyChange(doc, change);
  if (touched) change.result = region(doc, change);
  return touched;
}

export function structuredCopy(value) {
  return JSON.parse(JSON.stringify(value));
}

// Measurements, each with its full answers (oldest first) → each with only what changed since the one before.
export function packMeasurements(measurements) {
  let previous = {};
  return measurements.map(({ answers = {}, ...measurement }) => {
    const delta = {};
    for (const id of new Set([...Object.keys(previous), ...Object.keys(answers)])) {
      if (!answers[id]) delta[id] = null;
      else if (JSON.stringify(answers[id]) !== JSON.stringify(previous[id])) delta[id] = answers[id];
    }
    previous = answers;
    return { ...measurement, delta };
  });
}

export function unpackMeasurements(packed) {
  let answers = {};
  return packed.map(({ delta, ...measurement }) => {
    answers = { ...answers };
    for (const [id, entry] of Object.entries(delta)) {
      if (entry === null) delete answers[id];
      else answers[id] = entry;
    }
    return { ...measurement, answers };
  });
}
