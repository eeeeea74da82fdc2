/* The pure formats: share links, the list file, CSV, names and counts. No browser: these are plain functions. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { backupFile, readBackup } from "../../../overrides/assets/src/formats/backup.js";
import { csv } from "../../../overrides/assets/src/formats/csv.js";
import { exportFile, readExportFile } from "../../../overrides/assets/src/formats/exportfile.js";
import { cleanName, uniqueName } from "../../../overrides/assets/src/formats/names.js";
import { answerCounts, countsText } from "../../../overrides/assets/src/formats/results.js";
import {
  checksum,
  packAnswers,
  readShareFragment,
  shareFragment,
} from "../../../overrides/assets/src/formats/sharelink.js";
import { FormatProblem } from "../../../overrides/assets/src/formats/vocabulary.js";
import { checklist, config, known, vocab } from "./fixture.js";

const NOW = "2026-11-30T12:00:00.000Z";
const entry = (answer, note) => ({ changed: NOW, ...(answer && { answer }), ...(note && { note }) });
const problem = (code) => (error) => error instanceof FormatProblem && error.code === code;

describe("share links", () => {
  const answers = {
    "1a": entry("ja"),
    "1c": entry("nee", "Met de sectie"),
    "4b": entry("deels"),
    "9b": entry("onbekend"),
  };

  test("round trip keeps every answer, and notes only when asked", () => {
    const read = readShareFragment(shareFragment({ name: "Vmbo De Brug", answers }, vocab), vocab, known, NOW);
    assert.equal(read.name, "Vmbo De Brug");
    assert.deepEqual(read.answers, {
      "1a": entry("ja"),
      "1c": entry("nee"),
      "4b": entry("deels"),
      "9b": entry("onbekend"),
    });
    const withNotes = readShareFragment(
      shareFragment({ name: "x", answers, withNotes: true }, vocab),
      vocab,
      known,
      NOW,
    );
    assert.deepEqual(withNotes.answers["1c"], entry("nee", "Met de sectie"));
  });

  test("letters come from each answer's code, positions from the item ids", () => {
    assert.equal(packAnswers(answers, vocab), "j-n...-d.....-o");
    assert.equal(new URLSearchParams(shareFragment({ name: "x", answers }, vocab)).get("a"), "j-n...-d.....-o");
  });

  test("a link made with today's format still reads (old links keep their meaning)", () => {
    // Made on main before the vocabulary moved into the content file: n nee, d deels, j ja, o onbekend.
    const old = "gk=1&c=2025-1&n=Klas+3b&a=jjdnno.j.jjj.jjjj.jj.j.jjj.jjj.jj";
    const params = new URLSearchParams(old);
    const link = `${old}&s=${checksum(String(params))}`;
    const { answers: read } = readShareFragment(link, vocab, known, NOW);
    assert.deepEqual(
      Object.fromEntries(
        Object.entries(read)
          .slice(0, 6)
          .map(([id, e]) => [id, e.answer]),
      ),
      { "1a": "ja", "1b": "ja", "1c": "deels", "1d": "nee", "1e": "nee", "1f": "onbekend" },
    );
    assert.equal(Object.keys(read).length, 25);
  });

  const tamper = {
    "cut off": (link) => link.slice(0, -8),
    "answer edited": (link) => link.replace("a=j", "a=n"),
    "checksum edited": (link) => link.replace(/s=\w+/, "s=abc"),
    "unknown letter": (link) => {
      const params = new URLSearchParams(link);
      params.set("a", "jx");
      params.delete("s");
      return `${params}&s=${checksum(String(params))}`;
    },
    "27 items in a criterion": (link) => {
      const params = new URLSearchParams(link);
      params.set("a", "j".repeat(27));
      params.delete("s");
      return `${params}&s=${checksum(String(params))}`;
    },
    "notes not an object": (link) => {
      const params = new URLSearchParams(link);
      params.delete("s");
      params.set("t", "[1]");
      return `${params}&s=${checksum(String(params))}`;
    },
    "a note that is not text": (link) => {
      const params = new URLSearchParams(link);
      params.delete("s");
      params.set("t", '{"1a": 5}');
      return `${params}&s=${checksum(String(params))}`;
    },
    "a note on a key that is not an item id": (link) => {
      const params = new URLSearchParams(link);
      params.delete("s");
      params.set("t", '{"__proto__": "x"}');
      return `${params}&s=${checksum(String(params))}`;
    },
  };
  for (const [name, change] of Object.entries(tamper)) {
    test(`a tampered link is refused: ${name}`, () => {
      const link = change(shareFragment({ name: "x", answers }, vocab));
      assert.throws(() => readShareFragment(link, vocab, known, NOW), problem("link"));
    });
  }

  test("a link from a newer version says so", () => {
    assert.throws(() => readShareFragment("gk=2&a=j&s=x", vocab, known, NOW), problem("newer"));
  });

  test("a link full of made-up ids is refused", () => {
    const params = new URLSearchParams({ gk: 1, c: "x", n: "x", a: Array(200).fill("j".repeat(26)).join(".") });
    params.set("s", checksum(String(params)));
    assert.throws(() => readShareFragment(String(params), vocab, known, NOW), problem("unknown"));
  });
});

describe("the list file", () => {
  const file = (doc) =>
    JSON.stringify({
      format: "gelijke-kansen/export",
      version: 2,
      checklist: "2025-1",
      profile: "Klas 3b",
      exported: NOW,
      items: [],
      plan: [],
      measurements: [],
      ...doc,
    });
  const step = {
    id: "s1",
    item: "4b",
    step: "Gastles plannen",
    who: "Anna",
    when: "2027-03-01",
    done_when: "Datum staat",
    status: "gepland",
    changed: NOW,
  };

  test("round trip of answers, plan and measurements, with answers to items no longer in the checklist kept", () => {
    const answers = { "1a": entry("ja", "Met de sectie"), "4b": entry("deels"), "4z": entry("nee") };
    const measurements = [
      { id: "m1", name: "2026", date: NOW, answers: { "1a": entry("nee") }, plan: { s1: "gepland" } },
    ];
    const text = exportFile(
      { name: "Klas 3b", answers, plan: [step], measurements },
      { exported: NOW, checklist, vocab },
    );
    const doc = JSON.parse(text);
    assert.equal(doc.version, 2);
    assert.equal(doc.items.length, checklist.items.length + 1);
    assert.deepEqual(doc.items.at(-1), { id: "4z", changed: NOW, answer: "nee" });
    assert.deepEqual(readExportFile(text, checklist, vocab), {
      name: "Klas 3b",
      exported: NOW,
      answers,
      plan: [step],
      measurements,
    });
  });

  test("a file of version 1 (answers only) still reads", () => {
    const v1 = file({
      version: 1,
      items: [{ id: "1a", text: "…", answer: "ja", note: "x", changed: NOW }],
      plan: undefined,
      measurements: undefined,
    });
    assert.deepEqual(readExportFile(v1, checklist, vocab), {
      name: "Klas 3b",
      exported: NOW,
      answers: { "1a": entry("ja", "x") },
      plan: [],
      measurements: [],
    });
  });

  const bad = {
    json: ["{not json", "json"],
    format: [JSON.stringify({ format: "iets anders" }), "format"],
    "the browser's own document": [JSON.stringify({ format: "gelijke-kansen/zelfcheck", schema: 2 }), "format"],
    newer: [file({ version: 3 }), "newer"],
    "no items": [file({ items: null }), "shape"],
    "unknown answer": [file({ items: [{ id: "1a", answer: "misschien", changed: NOW }] }), "shape"],
    "answer 'constructor'": [file({ items: [{ id: "1a", answer: "constructor", changed: NOW }] }), "shape"],
    "id twice": [file({ items: [{ id: "1a" }, { id: "1a" }] }), "shape"],
    "not an item id": [file({ items: [{ id: "__proto__", answer: "ja", changed: NOW }] }), "shape"],
    "note not text": [file({ items: [{ id: "1a", note: 5, changed: NOW }] }), "shape"],
    "changed not a date": [file({ items: [{ id: "1a", answer: "ja", changed: "gisteren" }] }), "shape"],
    "impossible date": [file({ items: [{ id: "1a", answer: "ja", changed: "2026-13-45T99:00:00Z" }] }), "shape"],
    "25,740 made-up ids": [
      file({
        items: Array.from({ length: 990 }, (_, c) =>
          Array.from({ length: 26 }, (_, i) => ({
            id: `${c + 10}${String.fromCharCode(97 + i)}`,
            answer: "ja",
            changed: NOW,
          })),
        ).flat(),
      }),
      "unknown",
    ],
    "an id of a criterion far beyond": [file({ items: [{ id: "99a", answer: "ja", changed: NOW }] }), "unknown"],
    "a plan step without a step": [file({ plan: [{ ...step, step: " " }] }), "shape"],
    "a plan step with an unknown status": [file({ plan: [{ ...step, status: "misschien" }] }), "shape"],
    "a plan step with a date that is no date": [file({ plan: [{ ...step, when: "volgende week" }] }), "shape"],
    "a plan step on no statement": [file({ plan: [{ ...step, item: "x" }] }), "shape"],
    "a plan step twice": [file({ plan: [step, step] }), "shape"],
    "a measurement without a date": [file({ measurements: [{ id: "m1", name: "x", items: [], plan: {} }] }), "shape"],
    "a measurement with a bad answer": [
      file({ measurements: [{ id: "m1", name: "x", date: NOW, items: [{ id: "1a", answer: "?" }], plan: {} }] }),
      "shape",
    ],
  };
  for (const [name, [text, code]] of Object.entries(bad)) {
    test(`a bad file is refused with its reason: ${name}`, () => {
      assert.throws(() => readExportFile(text, checklist, vocab), problem(code));
    });
  }

  test("a date missing on an item falls back to the file's date", () => {
    const { answers } = readExportFile(file({ items: [{ id: "1a", answer: "ja" }] }), checklist, vocab);
    assert.deepEqual(answers, { "1a": entry("ja") });
  });
});

describe("backups", () => {
  const names = ["Mijn invullijst", "Mijn checklist"];
  const document = {
    format: "gelijke-kansen/zelfcheck",
    schema: 2,
    active: "p1",
    writes: ["w1"],
    lists: [{ id: "p1", name: "Klas 3b", named: true, answers: { "1a": entry("ja") }, plan: [], measurements: [] }],
  };

  test("round trip: the whole document, the view and the date", () => {
    const read = readBackup(JSON.parse(backupFile({ document, view: "klas", made: NOW })), names);
    assert.deepEqual(read, { document, view: "klas", made: NOW });
  });

  test("a backup of an older document is migrated", () => {
    const old = {
      format: "gelijke-kansen/zelfcheck",
      schema: 1,
      active: "p1",
      profiles: [{ id: "p1", name: "Klas", answers: { "1a": entry("ja") }, measurements: [] }],
    };
    assert.equal(
      readBackup({ format: "gelijke-kansen/backup", version: 1, document: old }, names).document.lists[0].name,
      "Klas",
    );
  });

  for (const [name, value, code] of [
    ["newer backup", { format: "gelijke-kansen/backup", version: 2, document }, "newer"],
    ["newer document", { format: "gelijke-kansen/backup", version: 1, document: { ...document, schema: 9 } }, "newer"],
    ["broken document", { format: "gelijke-kansen/backup", version: 1, document: { ...document, lists: [] } }, "shape"],
    ["a list file", { format: "gelijke-kansen/export", version: 2 }, "format"],
  ]) {
    test(`a bad backup is refused: ${name}`, () => assert.throws(() => readBackup(value, names), problem(code)));
  }
});

describe("CSV for Dutch Excel", () => {
  test("BOM, semicolons, CRLF, quoting, and no formulas", () => {
    const text = csv([["a;b", 'zei "ja"', "=SUM(A1)", "-1", "@x", "+1", "regel\nnieuw", null]]);
    assert.equal(text, '\ufeff"a;b";"zei ""ja""";\'=SUM(A1);\'-1;\'@x;\'+1;"regel\nnieuw";\r\n');
  });
});

describe("names", () => {
  test("cut at the limit between characters as people see them", () => {
    const family = "👨‍👩‍👧";
    const name = cleanName("a".repeat(75) + family + family, 80);
    assert.equal(name, "a".repeat(75));
    assert.equal(cleanName(`${"a".repeat(72) + family}b`, 80), "a".repeat(72) + family);
    assert.ok(!/[\ud800-\udbff]$/.test(cleanName(`${"a".repeat(79)}😀`, 80)), "no lone half of an emoji");
  });

  test("invisible and empty names become empty (the caller's default applies)", () => {
    assert.equal(cleanName("\u200b\u200b\u2060", 80), "");
    assert.equal(cleanName("   ", 80), "");
    assert.equal(cleanName("  Klas\u200b 3b \n", 80), "Klas 3b");
  });

  test("unique names", () => {
    assert.equal(uniqueName("Klas 3b", ["Klas 3b", "Klas 3b (2)"]), "Klas 3b (3)");
    assert.equal(uniqueName("Klas 3c", ["Klas 3b"]), "Klas 3c");
  });
});

describe("counts", () => {
  test("per answer in the scale's order, unknown values as unanswered", () => {
    const answers = { "1a": entry("ja"), "1b": entry("deels"), "1c": entry("constructor"), "1d": entry(null, "x") };
    const counts = answerCounts(["1a", "1b", "1c", "1d", "1e"], answers, vocab);
    assert.deepEqual(counts, { "": 3, ja: 1, deels: 1, nee: 0, onbekend: 0 });
    assert.equal(
      countsText(counts, vocab, { unanswered: config.unanswered.count }),
      `1 ${vocab.count.ja}, 1 ${vocab.count.deels}, 3 ${config.unanswered.count}`,
    );
  });
});
