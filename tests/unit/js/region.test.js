/* The compare page's figures (formats/region.js): weakest first, "differs strongly", agreement, time series and the
   table for Excel. Plain functions, with the real vocabulary; the scores come from the scale (ja 2, deels 1, nee 0). */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { csv } from "../../../overrides/assets/src/formats/csv.js";
import {
  agreement,
  comparisonTable,
  differing,
  groupScore,
  groupSources,
  isTable,
  meanScore,
  STEP,
  weakestFirst,
} from "../../../overrides/assets/src/formats/region.js";
import { checklist, vocab } from "./fixture.js";

const NOW = "2026-11-30T12:00:00.000Z";
// A source from answers written as "1a:ja 1b:nee".
const source = (text, extra = {}) => ({
  answers: Object.fromEntries(
    text
      .split(" ")
      .filter(Boolean)
      .map((pair) => {
        const [id, answer] = pair.split(":");
        return [id, { answer, changed: NOW }];
      }),
  ),
  ...extra,
});
const score = (value) => vocab.answers.find((answer) => answer.value === value).score;
const C1 = checklist.criteria[0].items.map((item) => item.id);

describe("scores", () => {
  test("the scale gives ja, deels and nee a score, one step apart, and weet ik niet none", () => {
    assert.deepEqual(["ja", "deels", "nee"].map(score), [2, 1, 0]);
    assert.equal(score("onbekend") ?? null, null);
    assert.equal(STEP, score("ja") - score("deels"));
  });

  test("a source's mean leaves out weet ik niet and no answer; none at all is null", () => {
    assert.equal(meanScore(["1a", "1b", "1c", "1d"], source("1a:ja 1b:nee 1c:onbekend"), vocab), 1);
    assert.equal(meanScore(["1a", "1b"], source("1a:onbekend"), vocab), null);
  });

  test("every school counts once in the group's score, however much it answered", () => {
    const many = source("1a:ja 1b:ja 1c:ja 1d:ja");
    const one = source("1a:nee");
    assert.equal(groupScore(["1a", "1b", "1c", "1d"], [many, one], vocab), 1);
    assert.equal(groupScore(["1a"], [source(""), source("1a:onbekend")], vocab), null);
  });
});

describe("weakest first", () => {
  const criteria = checklist.criteria;
  const ids = (criterion) => criterion.items.map((item) => item.id);

  test("criteria by the region's score, lowest first; unanswered last; ties in checklist order", () => {
    const schools = [source("2a:nee 3a:deels 4a:ja 5a:nee"), source("2a:nee 3a:deels 4a:ja 5a:nee 1a:onbekend")];
    const order = weakestFirst(criteria, ids, schools, vocab).map((criterion) => criterion.number);
    assert.deepEqual(order, [2, 5, 3, 4, 1, 6, 7, 8, 9]);
  });

  test("statements too, with the same rule", () => {
    const items = checklist.criteria[0].items;
    const order = weakestFirst(items, (item) => [item.id], [source("1c:nee 1a:deels 1b:ja")], vocab);
    assert.deepEqual(order.map((item) => item.id).slice(0, 3), ["1c", "1a", "1b"]);
  });
});

describe("differs strongly", () => {
  // Criterion 1 has 6 statements. Five schools say ja to all of it, one school:
  const all = (answer) => source(C1.map((id) => `${id}:${answer}`).join(" "));
  const five = Array.from({ length: 5 }, () => all("ja"));

  test("a school a whole step below the middle on average is marked, with how far", () => {
    assert.deepEqual(differing(C1, [...five, all("deels")], vocab), [{ index: 5, by: -1 }]);
  });

  test("a school less than a step away is not", () => {
    const mostly = source(C1.map((id, x) => `${id}:${x < 1 ? "ja" : "deels"}`).join(" "));
    assert.deepEqual(differing(C1, [...five, mostly], vocab), []);
  });

  test("above the middle counts too; the middle is the median school, which far-off schools do not move", () => {
    const low = Array.from({ length: 3 }, () => all("nee"));
    assert.deepEqual(differing(C1, [...low, all("deels"), all("ja")], vocab), [
      { index: 3, by: 1 },
      { index: 4, by: 2 },
    ]);
    const twoLow = [
      ...five.slice(0, 4),
      all("nee"),
      source(C1.map((id, x) => `${id}:${x < 2 ? "deels" : "nee"}`).join(" ")),
    ];
    assert.deepEqual(
      differing(C1, twoLow, vocab).map(({ index }) => index),
      [4, 5],
      "both far-off schools",
    );
  });

  test("of two schools neither is 'the rest'; schools that answered less than half are left out; a split region marks no one", () => {
    assert.deepEqual(differing(C1, [all("ja"), all("nee")], vocab), []);
    assert.deepEqual(differing(C1, [all("ja"), all("nee"), all("onbekend")], vocab), []);
    assert.deepEqual(differing(C1, [all("ja"), all("ja"), all("nee"), source("")], vocab), [{ index: 2, by: -2 }]);
    const fewAnswers = source(
      C1.slice(0, 2)
        .map((id) => `${id}:nee`)
        .join(" "),
    );
    assert.deepEqual(
      differing(C1, [all("ja"), all("ja"), all("ja"), fewAnswers], vocab),
      [],
      "2 of 6 answered say too little",
    );
    const halfAnswered = source(
      C1.slice(0, 3)
        .map((id) => `${id}:nee`)
        .join(" "),
    );
    assert.deepEqual(differing(C1, [all("ja"), all("ja"), all("ja"), halfAnswered], vocab), [{ index: 3, by: -2 }]);
    const split = [all("ja"), all("deels"), all("ja"), all("deels")];
    assert.deepEqual(differing(C1, split, vocab), []);
  });
});

describe("agreement", () => {
  test("all the same answer agrees, any other does not; no answer is left out", () => {
    assert.equal(agreement("1a", [source("1a:ja"), source("1a:ja"), source("")], vocab), true);
    assert.equal(agreement("1a", [source("1a:ja"), source("1a:deels")], vocab), false);
    assert.equal(agreement("1a", [source("1a:ja"), source("1a:onbekend")], vocab), false);
    assert.equal(agreement("1a", [source("1a:ja"), source("")], vocab), null);
  });
});

describe("time series", () => {
  test("a school's sources side by side, oldest first; no date is now; a source without a school stands alone", () => {
    const list = [
      { name: "Brug", date: "2026-11-01T00:00:00Z" },
      { name: "Noord", date: null },
      { name: "Brug", date: null },
      { name: "Brug", date: "2025-11-01T00:00:00Z" },
      { name: "Mijn invullijst" },
      { name: "Mijn invullijst" },
    ];
    const groups = groupSources(list, (s) => (s.name === "Mijn invullijst" ? null : s.name));
    assert.deepEqual(
      groups.map((g) => [g.key, g.sources.map((s) => s.date ?? "now")]),
      [
        ["Brug", ["2025-11-01T00:00:00Z", "2026-11-01T00:00:00Z", "now"]],
        ["Noord", ["now"]],
        [null, ["now"]],
        [null, ["now"]],
      ],
    );
  });
});

describe("the comparison for Excel", () => {
  test("a row per statement, a column per source and the total's counts", () => {
    const a = source("1a:ja 1b:nee");
    const b = source("1a:ja");
    const rows = comparisonTable({
      checklist,
      vocab,
      header: ["Nummer", "Thema", "Criterium", "Uitspraak"],
      columns: [
        { title: "A (2025)", source: a },
        { title: "B", source: b },
      ],
      total: { title: "Regio", sources: [a, b] },
    });
    assert.equal(rows.length, checklist.items.length + 1);
    assert.deepEqual(rows[0], ["Nummer", "Thema", "Criterium", "Uitspraak", "A (2025)", "B", "Regio"]);
    const [first, second] = [rows[1], rows[2]];
    const c1 = checklist.criteria[0];
    assert.deepEqual(first.slice(0, 4), ["1a", c1.theme.title, `1. ${c1.title}`, c1.items[0].text]);
    assert.deepEqual(first.slice(4), [vocab.label.ja, vocab.label.ja, `2 ${vocab.count.ja}`]);
    assert.deepEqual(second.slice(4), [vocab.label.nee, "", `1 ${vocab.count.nee}, 1 ${vocab.unanswered.count}`]);
    assert.ok(csv(rows).startsWith("\ufeffNummer;Thema;Criterium;Uitspraak;A (2025);B;Regio\r\n"));
  });
});

describe("a table where a file was meant", () => {
  test("known by its name or its first line", () => {
    assert.ok(isTable("vmbo-de-brug.csv", ""));
    assert.ok(isTable("Regio.XLSX", ""));
    assert.ok(isTable("x", "\ufeffNummer;Thema;Criterium\r\n1a;…"));
    assert.ok(!isTable("x.json", '{"format": "gelijke-kansen/export", "a": "b;c"}'));
    assert.ok(!isTable("x.json", "{kapot"));
  });
});
