/* Saved answers: one versioned document in localStorage under this site's own key, shared by every tab.

   How saving works: a change is applied at once to what this tab shows, and queued. Under a lock that all tabs
   share, the queue is written by reading what is stored now, applying just the queued changes to it and writing
   the result, so two tabs never undo each other's work. When another tab writes, this tab reads the stored
   document again (never the event's copy, which may be older) and re-applies what it has not written yet.
   Each change remembers the part of the document it was made on (document.js, replayChange): it is applied where
   that part is unchanged, and gives way where another tab changed the same part; a note is then held back as a
   conflict for the user to settle. Browsers pass localStorage between tabs with a small delay, even under the
   lock, so another tab may write over a change it has not seen yet. So each write is named in the document
   (`writes`, the last few), and this tab keeps what it wrote until a document from another tab names that write
   (it was seen there); a document that does not is missing it, and it is applied and written again.

   Each tab keeps the list it shows (sessionStorage); the document's `active` list is what a new tab opens.
   Nothing here throws or speaks: problems are in status(), and the page says them in its own words.
   Several sites can share an origin (every file:// page shares one), so the key holds the site's base path, and
   only keys that start with it are touched: never localStorage.clear(). */

import {
  addChanges,
  emptyDocument,
  findList,
  newId,
  newList,
  packMeasurements,
  readDocument,
  region,
  replayChange,
  unpackMeasurements,
} from "./document.js";
import { withLock } from "./lock.js";

const copy = (value) => JSON.parse(JSON.stringify(value));
const withDefaults = ({ answers = {}, plan = [], measurements = [] }) => ({ answers, plan, measurements });
const HISTORY = 10; // writes named in the document: enough for the tabs of one person
const KEEP = 60000; // ms after which a write of this tab counts as seen everywhere
const listNames = (doc) => JSON.stringify(doc.lists.map((list) => [list.id, list.name]));

/* key: the storage key; names: the default list name, then older ones (lists with those were never named);
   local, session: Storage objects, or null where the browser blocks them; locks: navigator.locks or null. */
export function createStore({ key, names, local, session, locks, now = () => new Date().toISOString() }) {
  const listeners = new Set();
  let pending = []; // changes shown here but not yet written
  let recent = []; // { change, write, at }: written by this tab, not yet seen in another tab's document
  let lastRaw = null; // the stored text as this tab last read or wrote it
  let writing = false;
  let state = { problem: local ? null : "blocked", saving: Boolean(local), backup: null, orphan: null };
  let doc;
  let tabList = null;

  function emit(change) {
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch (error) {
        console.error(error);
      }
    }
  }

  const readOnly = () => state.problem === "newer" || state.problem === "orphaned";
  // The list this tab shows; while it is deleted elsewhere and the user has not chosen, the copy kept here.
  const current = () => state.orphan || findList(doc, tabList) || findList(doc, doc.active);

  function readStored() {
    try {
      return { raw: local.getItem(key) };
    } catch {
      return { failed: true };
    }
  }

  function write() {
    const name = newId("w");
    doc.writes = [...(doc.writes || []).slice(1 - HISTORY), name];
    const text = JSON.stringify(doc);
    try {
      local.setItem(key, text);
    } catch {
      state = { ...state, problem: "full" };
      return null;
    }
    lastRaw = text;
    if (state.problem === "full") state = { ...state, problem: null };
    return name;
  }

  // Unreadable data is copied aside once (the same text is never copied twice); then a fresh document replaces
  // it, so the next page view starts cleanly. Where no copy can be made, nothing is written at all.
  function setAside(raw) {
    const prefix = `${key}.backup.`;
    try {
      for (let i = 0; i < local.length; i++) {
        const name = local.key(i);
        if (name.startsWith(prefix) && local.getItem(name) === raw) return name;
      }
      const name = prefix + now();
      local.setItem(name, raw);
      return name;
    } catch {
      return null;
    }
  }

  function open() {
    doc = emptyDocument(names[0]);
    if (!local) return;
    try {
      // Probe once, so the user hears before typing that nothing will be kept.
      local.setItem(`${key}.probe`, "1");
      local.removeItem(`${key}.probe`);
    } catch {
      state = { ...state, problem: "full" };
    }
    const { raw, failed } = readStored();
    if (failed || raw === null) return;
    lastRaw = raw;
    const read = readDocument(raw, names);
    if (read.unreadable) {
      const backup = setAside(raw);
      state = backup ? { ...state, problem: "corrupt", backup } : { ...state, problem: "corrupt_kept", saving: false };
      if (backup) write();
      return;
    }
    doc = read.doc;
    if (read.newer) state = { ...state, problem: "newer" };
  }

  /* Apply this tab's changes to a document another tab wrote: the written ones it has not seen (they go back in
     the queue), then the queue. Notes that another tab changed meanwhile come back as conflicts (and leave the
     queue); changes that give way, or to a list that is gone, leave it too. */
  function replay() {
    const seen = new Set(doc.writes || []);
    const since = Date.now() - KEEP;
    recent = recent.filter((entry) => !seen.has(entry.write) && entry.at > since);
    const conflicts = [];
    const keep = (change) => {
      const touched = replayChange(doc, change);
      if (touched?.conflict) conflicts.push(touched.conflict);
      return touched && !touched.reflected && !touched.conflict;
    };
    pending = [...recent.map(({ change }) => change).filter(keep), ...pending.filter(keep)];
    recent = [];
    return conflicts;
  }

  // What changed in this tab's list between two versions: to redraw only that.
  function changedItems(before, after) {
    if (!before || before.id !== after.id) return null;
    const ids = new Set([...Object.keys(before.answers), ...Object.keys(after.answers)]);
    return [...ids].filter((id) => JSON.stringify(before.answers[id]) !== JSON.stringify(after.answers[id]));
  }

  // Another tab stored raw: take its document, with this tab's queue on top. False when this tab must stop.
  function rebase(raw) {
    const read = readDocument(raw, names);
    if (read.newer) {
      // Keep what is on screen, but change nothing more: the newer version may hold what this one cannot.
      state = { ...state, problem: "newer" };
      emit({ source: "other-tab", status: true });
      return false;
    }
    if (read.unreadable) return true; // not written by this site's scripts: the next write replaces it
    const before = copy(current());
    const names_ = listNames(doc);
    lastRaw = raw;
    doc = read.doc;
    const conflicts = replay();
    if (pending.length) schedule();
    if (!findList(doc, tabList) && tabList === before.id) {
      // This tab's list was deleted in another tab: keep it here, with what was typed, until the user chooses.
      state = { ...state, problem: "orphaned", orphan: before };
      emit({ source: "other-tab", status: true, lists: true });
      return false;
    }
    emit({
      source: "other-tab",
      list: current().id,
      items: changedItems(before, current()),
      lists: names_ !== listNames(doc),
      measurements: true,
    });
    for (const conflict of conflicts)
      emit({ source: "conflict", list: current().id, items: [conflict.item], conflict });
    return true;
  }

  // Write the queue: read what is stored, apply the queue to it, write. Synchronous, so it fits in a lock.
  function flush() {
    if (!pending.length || !state.saving || readOnly()) return;
    const { raw, failed } = readStored();
    if (failed) return;
    if (raw !== lastRaw && raw !== null && !rebase(raw)) return;
    const name = write();
    if (name) {
      const at = Date.now();
      recent.push(...pending.map((change) => ({ change, write: name, at })));
      pending = [];
    } else {
      emit({ source: "local", status: true });
    }
  }

  function schedule() {
    if (writing || !state.saving) return;
    writing = true;
    withLock(locks, key, flush)
      .catch((error) => console.error(error))
      .finally(() => {
        writing = false;
        // A full storage is tried again at the next change, not in a loop.
        if (pending.length && state.problem !== "full") schedule();
      });
  }

  function change(type, args) {
    if (readOnly()) return null;
    const entry = { type, ...args, time: now() };
    // What it is made on: for a note, the text the user started from; otherwise what this tab shows now.
    if (entry.base === undefined) entry.base = region(doc, entry);
    const touched = replayChange(doc, entry);
    if (!touched || touched.reflected) return touched;
    if (touched.conflict) {
      emit({ source: "conflict", ...touched });
      return touched;
    }
    pending.push(entry);
    emit({ source: "local", ...touched });
    schedule();
    return touched;
  }

  function remember(listId) {
    tabList = listId;
    try {
      session.setItem(`${key}.list`, listId);
    } catch {
      // No sessionStorage: this tab follows the default list.
    }
  }

  open();
  try {
    tabList = session.getItem(`${key}.list`);
  } catch {
    tabList = null;
  }
  if (!findList(doc, tabList)) tabList = doc.active;

  let measured = { packed: null, unpacked: [] };

  const store = {
    key,
    status: () => ({ ...state, readOnly: readOnly() }),
    list: () => current(),
    get: (id) => current().answers[id],
    lists: () =>
      doc.lists.map((list) => ({
        id: list.id,
        name: list.name,
        named: Boolean(list.named),
        count: Object.keys(list.answers).length,
      })),
    measurements() {
      const packed = current().measurements;
      if (measured.packed !== packed) measured = { packed, unpacked: unpackMeasurements(packed) };
      return measured.unpacked;
    },

    // listener(change) after every change; it stops when signal aborts (the page is left).
    subscribe(listener, signal) {
      listeners.add(listener);
      signal?.addEventListener("abort", () => listeners.delete(listener), { once: true });
    },
    subscribers: () => listeners.size,
    // More kinds of change, from code that comes later (store/merges.js): kept in this page's document.js.
    learn: addChanges,

    answer: (item, value) => change("answer", { list: current().id, item, value }),
    // base: the stored text the user started from; without it, the note is written whatever is stored.
    note: (item, text, base) => change("note", { list: current().id, item, text, base }),
    replaceAnswers: (answers) => change("replaceAnswers", { list: current().id, answers }),
    // content: { answers, plan, measurements } as a file holds them (measurements each with all its answers).
    // These three are changes of store/merges.js, which the code that calls them teaches the store first.
    mergeList: (content, prefer) => change("mergeList", { list: current().id, content: withDefaults(content), prefer }),
    replaceList: (content) => change("replaceList", { list: current().id, content: withDefaults(content) }),
    mergeLists: (lists, prefer) => change("mergeLists", { lists, prefer }),
    plan: () => current().plan,
    putPlan: (entry) => change("putPlan", { list: current().id, entry: { ...entry, changed: now() } }),
    deletePlan: (id) => change("deletePlan", { list: current().id, plan: id }),
    renameList: (id, name) => change("renameList", { list: id, name }),

    createList(name, { answers = {}, plan = [], measurements = [], named = true } = {}) {
      const list = {
        ...newList(name, named),
        answers: copy(answers),
        plan: copy(plan),
        measurements: packMeasurements(measurements),
      };
      return change("createList", { list }) && store.switchList(list.id) && list.id;
    },
    deleteList(id) {
      if (!change("deleteList", { list: id, replacement: newList(names[0]) })) return null;
      if (!findList(doc, tabList)) store.switchList(doc.active);
      return true;
    },
    switchList(id) {
      if (readOnly() || !findList(doc, id)) return null;
      remember(id);
      return change("setDefault", { list: id });
    },

    saveMeasurement(name) {
      const list = current();
      const measurement = {
        id: newId("m"),
        name,
        date: now(),
        answers: copy(list.answers),
        plan: Object.fromEntries(list.plan.map((entry) => [entry.id, entry.status])),
      };
      return change("addMeasurement", { list: list.id, measurement }) && measurement.id;
    },
    deleteMeasurement: (id) => change("deleteMeasurement", { list: current().id, measurement: id }),

    // Everything this site keeps in this browser, for a backup.
    everything: () => copy(doc),
    // Undo: every list as it is now, and the one this tab shows; restore() puts that back.
    checkpoint: () => ({ lists: copy(doc.lists), list: current().id }),
    restore(checkpoint) {
      if (readOnly()) return null;
      remember(checkpoint.list);
      return change("restoreLists", { lists: checkpoint.lists });
    },

    // This tab's list was deleted in another tab: put it back as it was here, or go on in the default list.
    keepOrphan() {
      const { orphan } = state;
      state = { ...state, problem: null, orphan: null };
      change("restoreList", { list: orphan });
    },
    dropOrphan() {
      state = { ...state, problem: null, orphan: null };
      remember(doc.active);
      emit({ source: "local", list: tabList, items: null, lists: true, status: true, measurements: true });
    },

    // Another tab may have written (a storage event, a page back from the back/forward cache).
    received() {
      const { raw, failed } = local ? readStored() : { failed: true };
      if (!failed && raw !== null && raw !== lastRaw && state.problem !== "newer") rebase(raw);
    },
    // Leaving the page: write now, without waiting for the lock, so the last keystroke is kept.
    flushNow: flush,
    // Resolves when what is queued now has been written (or cannot be).
    settled: () =>
      new Promise(function wait(resolve) {
        if (!writing && !(pending.length && state.saving && state.problem !== "full")) resolve();
        else setTimeout(() => wait(resolve), 5);
      }),
  };
  return store;
}
