/* The store without a browser: the saved document's migrations and merges, and several "tabs" sharing one
   storage and one lock, in orders that lost answers before. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { packMeasurements, readDocument, unpackMeasurements } from "../../../overrides/assets/src/store/document.js";
import { MERGES, mergeAnswers } from "../../../overrides/assets/src/store/merges.js";
import { createStore } from "../../../overrides/assets/src/store/store.js";
import { memoryStorage, sharedLocks } from "./fixture.js";

const KEY = "gelijke-kansen@/";
const NAMES = ["Mijn invullijst", "Mijn checklist"];
const at = (day) => `2026-01-${String(day).padStart(2, "0")}T00:00:00.000Z`;
const entry = (answer, note, day = 1) => ({ changed: at(day), ...(answer && { answer }), ...(note && { note }) });

// A tab: a store on the shared storage, with its own session storage; storage events are delivered by hand. It
// knows the merges, as it does on the overview.
function tab(local, locks = null, { session = memoryStorage() } = {}) {
  const store = createStore({ key: KEY, names: NAMES, local, session, locks });
  store.learn(MERGES);
  const heard = [];
  store.subscribe((change) => heard.push(change));
  return Object.assign(store, { heard });
}
const saved = (local) => JSON.parse(local.getItem(KEY));

// A schema 1 document as main wrote it before this version.
const VERSION_1 = {
  format: "gelijke-kansen/zelfcheck",
  schema: 1,
  active: "p1",
  profiles: [
    {
      id: "p1",
      name: "Mijn checklist",
      answers: { "1a": entry("ja", "Met de sectie"), "99z": entry("nee") },
      measurements: [
        { id: "m1", name: "schooljaar 2025-2026", date: at(1), answers: { "1a": entry("nee") } },
        { id: "m2", name: "schooljaar 2026-2027", date: at(2), answers: { "1a": entry("ja"), "2a": entry("deels") } },
      ],
    },
    { id: "p2", name: "Klas 3b", answers: {}, measurements: [] },
  ],
};

describe("the saved document", () => {
  test("a version 1 document migrates with nothing lost", () => {
    const { doc } = readDocument(JSON.stringify(VERSION_1), NAMES);
    assert.equal(doc.schema, 2);
    assert.deepEqual(
      doc.lists.map((list) => [list.id, list.name, list.named]),
      [
        ["p1", "Mijn checklist", false],
        ["p2", "Klas 3b", true],
      ],
    );
    assert.deepEqual(doc.lists[0].answers, VERSION_1.profiles[0].answers);
    assert.deepEqual(
      unpackMeasurements(doc.lists[0].measurements).map((m) => [m.id, m.name, m.date, m.answers]),
      VERSION_1.profiles[0].measurements.map((m) => [m.id, m.name, m.date, m.answers]),
    );
    assert.deepEqual(doc.lists[0].measurements[1].delta, { "1a": entry("ja"), "2a": entry("deels") });
  });

  test("measurements keep only what changed, and unpack to every answer", () => {
    const full = [1, 2, 3].map((n) => ({
      id: `m${n}`,
      name: `${n}`,
      date: at(n),
      answers: { "1a": entry("ja", "lang verhaal"), ...(n > 1 && { "2a": entry("nee") }) },
    }));
    const packed = packMeasurements(full);
    assert.deepEqual(packed[2].delta, {});
    assert.deepEqual(unpackMeasurements(packed), full);
    const gone = packMeasurements([full[1], { ...full[2], answers: {} }]);
    assert.deepEqual(gone[1].delta, { "1a": null, "2a": null });
  });

  for (const raw of ["{not json", '{"answers": {"1a": "ja"}}', JSON.stringify({ ...VERSION_1, profiles: [] })]) {
    test(`unreadable: ${raw.slice(0, 20)}`, () => assert.ok(readDocument(raw, NAMES).unreadable));
  }

  test("any document from a newer version is read-only, whatever its shape", () => {
    assert.ok(
      readDocument(JSON.stringify({ format: "gelijke-kansen/zelfcheck", schema: 3, whatever: [1] }), NAMES).newer,
    );
    const newer = {
      format: "gelijke-kansen/zelfcheck",
      schema: 3,
      active: "p1",
      lists: [{ id: "p1", name: "Klas", answers: { "1a": entry("ja") }, plan: [], measurements: [] }],
    };
    const read = readDocument(JSON.stringify(newer), NAMES);
    assert.ok(read.newer);
    assert.equal(read.doc.lists[0].answers["1a"].answer, "ja");
  });

  test("answers with values this version does not know are kept", () => {
    const doc = {
      format: "gelijke-kansen/zelfcheck",
      schema: 2,
      active: "p1",
      lists: [{ id: "p1", name: "Klas", answers: { "1a": entry("misschien") }, plan: [], measurements: [] }],
    };
    assert.equal(readDocument(JSON.stringify(doc), NAMES).doc.lists[0].answers["1a"].answer, "misschien");
  });

  test("merging keeps the answer and the note apart", () => {
    const mine = { "1a": entry(null, "mijn notitie", 1), "1b": entry("ja", null, 1) };
    const theirs = { "1a": entry("deels", null, 2), "1b": entry("nee", "hun notitie", 2), "1c": entry("ja", null, 2) };
    assert.deepEqual(mergeAnswers(mine, theirs, "theirs"), {
      "1a": { changed: at(2), note: "mijn notitie", answer: "deels" },
      "1b": { changed: at(2), answer: "nee", note: "hun notitie" },
      "1c": entry("ja", null, 2),
    });
    assert.deepEqual(mergeAnswers(mine, theirs, "mine"), {
      "1a": { changed: at(2), note: "mijn notitie", answer: "deels" },
      "1b": { changed: at(2), answer: "ja", note: "hun notitie" },
      "1c": entry("ja", null, 2),
    });
  });
});

describe("two tabs", () => {
  const rounds = 25;

  test(`answers on different items in two tabs are both kept (${rounds} rounds, any order)`, async () => {
    for (let round = 0; round < rounds; round++) {
      const local = memoryStorage();
      const locks = sharedLocks();
      const a = tab(local, locks);
      const b = tab(local, locks);
      // Each answers before seeing the other's write; storage events arrive late, in a shuffled order.
      a.answer("1a", "ja");
      b.answer("2a", "nee");
      if (round % 2) await a.settled();
      b.received();
      a.received();
      await Promise.all([a.settled(), b.settled()]);
      a.received();
      b.received();
      const stored = saved(local).lists[0].answers;
      assert.deepEqual([stored["1a"]?.answer, stored["2a"]?.answer], ["ja", "nee"], `round ${round}`);
      assert.equal(a.get("2a")?.answer, "nee");
      assert.equal(b.get("1a")?.answer, "ja");
    }
  });

  test("without the Web Locks API the same holds (each write is read-change-write)", async () => {
    const local = memoryStorage();
    const a = tab(local);
    const b = tab(local);
    a.answer("1a", "ja");
    b.answer("2a", "nee");
    await Promise.all([a.settled(), b.settled()]);
    b.received();
    assert.deepEqual(Object.keys(saved(local).lists[0].answers).sort(), ["1a", "2a"]);
  });

  test("a late storage event never replaces newer answers", async () => {
    const local = memoryStorage();
    const a = tab(local);
    const b = tab(local);
    b.answer("2a", "nee");
    await b.settled();
    a.answer("1a", "ja");
    await a.settled();
    a.received(); // the event of b's write arrives after a wrote
    assert.equal(a.get("1a").answer, "ja");
    assert.equal(saved(local).lists[0].answers["1a"].answer, "ja");
  });

  test("a tab that writes on a late copy of the storage does not wipe another tab's answer", async () => {
    // Browsers pass localStorage between tabs with a delay: each tab reads its own copy, brought up to date later.
    const shared = memoryStorage();
    const copyOf = () => {
      const own = memoryStorage();
      return Object.assign(own, {
        setItem(key, value) {
          own.data.set(key, value);
          shared.setItem(key, value);
        },
        sync: () => {
          for (const [key, value] of shared.data) own.data.set(key, value);
        },
      });
    };
    const [localA, localB] = [copyOf(), copyOf()];
    const a = tab(localA);
    const b = tab(localB);
    a.answer("1a", "ja");
    await a.settled();
    b.answer("2a", "nee"); // B's copy does not have A's write yet
    await b.settled();
    assert.equal(saved(shared).lists[0].answers["1a"], undefined, "B wrote over it");
    localA.sync();
    a.received(); // A sees a document that never saw its write: it writes its answer again
    await a.settled();
    localB.sync();
    b.received();
    assert.deepEqual(Object.keys(saved(shared).lists[0].answers).sort(), ["1a", "2a"]);
    assert.equal(b.get("1a").answer, "ja");
    assert.equal(a.get("2a").answer, "nee");
  });

  test("each tab keeps its own list", async () => {
    const local = memoryStorage();
    const a = tab(local);
    a.createList("Klas 3b");
    await a.settled();
    const b = tab(local, null);
    assert.equal(b.list().name, "Klas 3b", "a new tab opens the last chosen list");
    b.switchList(b.lists()[0].id);
    await b.settled();
    a.received();
    assert.equal(a.list().name, "Klas 3b", "a stays where it was");
    a.answer("1a", "ja");
    await a.settled();
    assert.equal(saved(local).lists.find((list) => list.name === "Klas 3b").answers["1a"].answer, "ja");
  });

  test("a note changed in another tab is not written over: it comes back as a conflict", async () => {
    const local = memoryStorage();
    const a = tab(local);
    const b = tab(local);
    a.note("1a", "van tab A", "");
    await a.settled();
    b.received();
    b.note("1a", "van tab Avan tab B", "van tab A");
    await b.settled();
    // a types on, from the text it had: refused.
    const result = a.note("1a", "van tab A, verder", "van tab A");
    await a.settled();
    a.received();
    assert.equal(saved(local).lists[0].answers["1a"].note, "van tab Avan tab B");
    const conflicts = a.heard.filter((change) => change.conflict);
    assert.ok(result.conflict || conflicts.length, "the conflict is reported");
    assert.deepEqual(conflicts.at(-1)?.conflict ?? result.conflict, {
      item: "1a",
      mine: "van tab A, verder",
      theirs: "van tab Avan tab B",
    });
  });

  test("with storage full, another tab's write does not wipe this tab's unsaved answers", async () => {
    const local = memoryStorage();
    const a = tab(local);
    const b = tab(local);
    const setItem = local.setItem;
    local.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    a.answer("1a", "ja");
    await a.settled();
    assert.equal(a.status().problem, "full");
    local.setItem = setItem;
    b.answer("2a", "nee");
    await b.settled();
    a.received();
    assert.equal(a.get("1a").answer, "ja", "still on screen");
    assert.equal(a.get("2a").answer, "nee");
    a.answer("3a", "deels"); // room again: everything this tab had is written
    await a.settled();
    assert.deepEqual(Object.keys(saved(local).lists[0].answers).sort(), ["1a", "2a", "3a"]);
  });

  test("newer data from another tab makes this tab read-only at once, keeping what it shows", async () => {
    const local = memoryStorage();
    const a = tab(local);
    a.answer("1a", "ja");
    await a.settled();
    local.setItem(KEY, JSON.stringify({ format: "gelijke-kansen/zelfcheck", schema: 3 }));
    a.received();
    assert.ok(a.status().readOnly);
    assert.ok(a.heard.at(-1).status);
    assert.equal(a.get("1a").answer, "ja");
    assert.equal(a.answer("1b", "ja"), null, "nothing changes");
    assert.equal(JSON.parse(local.getItem(KEY)).schema, 3, "and nothing is written");
  });

  test("a list deleted in another tab is kept here until the user chooses", async () => {
    const local = memoryStorage();
    const a = tab(local);
    a.createList("Klas 3b");
    a.answer("1a", "ja");
    await a.settled();
    const b = tab(local);
    b.deleteList(a.list().id);
    await b.settled();
    a.received();
    assert.equal(a.status().problem, "orphaned");
    assert.equal(a.list().answers["1a"].answer, "ja");
    a.keepOrphan();
    await a.settled();
    assert.ok(saved(local).lists.some((list) => list.name === "Klas 3b" && list.answers["1a"]));
  });
});

describe("one tab", () => {
  test("a file's list merges field by field, plan steps by id, measurements by id", () => {
    const store = tab(memoryStorage());
    store.answer("1a", "nee");
    store.putPlan({ id: "s1", item: "1a", step: "Mijn stap", status: "bezig" });
    store.saveMeasurement("eerst");
    const incoming = {
      answers: { "1a": entry("ja", "hun notitie"), "2a": entry("deels") },
      plan: [
        { id: "s1", item: "1a", step: "Hun stap", status: "klaar" },
        { id: "s2", item: "2a", step: "Nieuw", status: "gepland" },
      ],
      measurements: [{ id: "mx", name: "van hen", date: at(1), answers: { "2a": entry("nee") }, plan: {} }],
    };
    store.mergeList(incoming, "mine");
    assert.deepEqual(
      [store.get("1a").answer, store.get("1a").note, store.get("2a").answer],
      ["nee", "hun notitie", "deels"],
    );
    assert.deepEqual(
      store.plan().map((s) => [s.id, s.step]),
      [
        ["s1", "Mijn stap"],
        ["s2", "Nieuw"],
      ],
    );
    assert.deepEqual(
      store.measurements().map((m) => m.name),
      ["van hen", "eerst"],
      "in order of date",
    );
    store.mergeList(incoming, "theirs");
    assert.deepEqual(
      store.plan().map((s) => [s.id, s.step]),
      [
        ["s1", "Hun stap"],
        ["s2", "Nieuw"],
      ],
    );
    assert.equal(store.measurements().length, 2, "a measurement is added once");
  });

  test("a backup's lists merge by id; an unnamed list here takes the backup's name, a named one keeps its own", () => {
    const store = tab(memoryStorage());
    store.answer("1a", "nee");
    const backup = [
      { id: "p0", name: "Mavo Noord", named: true, answers: { "2a": entry("ja") }, plan: [], measurements: [] },
      { id: "p9", name: "Klas 2", named: true, answers: {}, plan: [], measurements: [] },
    ];
    store.mergeLists(backup, "mine");
    assert.deepEqual(
      store.lists().map((l) => [l.id, l.name, l.named, l.count]),
      [
        ["p0", "Mavo Noord", true, 2],
        ["p9", "Klas 2", true, 0],
      ],
    );
    store.renameList("p0", "Mijn school");
    store.mergeLists(backup, "theirs");
    assert.equal(store.list().name, "Mijn school");
  });

  test("a measurement remembers where each step of the plan stood", () => {
    const store = tab(memoryStorage());
    store.putPlan({ id: "s1", item: "1a", step: "Stap", status: "bezig" });
    store.saveMeasurement("nu");
    store.putPlan({ id: "s1", item: "1a", step: "Stap", status: "klaar" });
    assert.deepEqual(store.measurements()[0].plan, { s1: "bezig" });
  });

  test("unreadable data is set aside once, then saving goes on normally", async () => {
    const local = memoryStorage();
    local.setItem(KEY, "{not json");
    const first = tab(local);
    assert.equal(first.status().problem, "corrupt");
    const backups = () => [...local.data.keys()].filter((key) => key.startsWith(`${KEY}.backup.`));
    assert.equal(local.getItem(backups()[0]), "{not json");
    first.answer("1a", "ja");
    await first.settled();
    const second = tab(local);
    assert.equal(second.status().problem, null);
    assert.equal(second.get("1a").answer, "ja");
    assert.equal(backups().length, 1);
  });

  test("unreadable data that cannot be set aside is left alone, and nothing is written", async () => {
    const local = memoryStorage();
    local.setItem(KEY, "{not json");
    const setItem = local.setItem;
    local.setItem = (key, value) => {
      if (key.includes(".backup.")) throw new Error("QuotaExceededError");
      setItem(key, value);
    };
    const store = tab(local);
    assert.equal(store.status().problem, "corrupt_kept");
    store.answer("1a", "ja");
    await store.settled();
    assert.equal(local.getItem(KEY), "{not json");
    assert.equal(store.get("1a").answer, "ja", "kept in memory for this visit");
  });

  test("blocked storage: everything works in memory", () => {
    const store = createStore({ key: KEY, names: NAMES, local: null, session: null, locks: null });
    assert.equal(store.status().problem, "blocked");
    store.answer("1a", "ja");
    assert.equal(store.get("1a").answer, "ja");
  });

  test("undo restores exactly, and the last list cannot disappear", async () => {
    const local = memoryStorage();
    const store = tab(local);
    store.answer("1a", "ja");
    const before = store.checkpoint();
    store.deleteList(store.list().id);
    assert.deepEqual(
      store.lists().map((list) => [list.name, list.count]),
      [["Mijn invullijst", 0]],
    );
    store.restore(before);
    await store.settled();
    assert.equal(store.get("1a").answer, "ja");
    assert.deepEqual(saved(local).lists, before.lists);
  });

  test("a measurement keeps the answers of now, and the document stays small", async () => {
    const local = memoryStorage();
    const store = tab(local);
    const long = "x".repeat(150);
    for (let c = 1; c <= 40; c++) for (let i = 0; i < 25; i++) store.note(`${c}${String.fromCharCode(97 + i)}`, long);
    for (let n = 1; n <= 5; n++) store.saveMeasurement(`meting ${n}`);
    await store.settled();
    assert.deepEqual(
      store.measurements().map((m) => Object.keys(m.answers).length),
      [1000, 1000, 1000, 1000, 1000],
    );
    assert.ok(local.getItem(KEY).length < 1e6 / 2, `${local.getItem(KEY).length} characters`);
  });
});
