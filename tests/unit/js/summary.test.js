/* The summary of the results (formats/summary.js): where you are strong, where the chances are, with the real
   answer scale. Groups are criteria (their item ids) in checklist order. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ruleWords, summarize } from "../../../overrides/assets/src/formats/summary.js";
import { checklist, vocab } from "./fixture.js";

const entry = (answer) => ({ changed: "2026-11-30T12:00:00.000Z", answer });
const given = (values) => Object.fromEntries(Object.entries(values).map(([id, value]) => [id, entry(value)]));
const groups = checklist.criteria.map((criterion) => ({
  key: criterion.number,
  ids: criterion.items.map((item) => item.id),
}));
const keys = (found) => found.map((group) => group.key);

describe("summary of the results", () => {
  test("nothing answered: no strong points, no chances, and the first statement to begin with", () => {
    const summary = summarize(groups, {}, vocab);
    assert.deepEqual(
      { ...summary, strong: keys(summary.strong), chances: keys(summary.chances) },
      { total: 25, answered: 0, unknown: 0, strong: [], chances: [], start: "1a" },
    );
  });

  test("strong: more than half of the answers are Ja, the highest share first", () => {
    const summary = summarize(
      groups,
      given({
        "3a": "ja",
        "3b": "ja",
        "3c": "ja", // 3/3
        "4a": "ja",
        "4b": "ja",
        "4c": "nee", // 2/3
        "5a": "ja",
        "5b": "deels", // 1/2: half is not more than half
        "6a": "ja", // 1/1, fewer Ja than criterion 3
      }),
      vocab,
    );
    assert.deepEqual(keys(summary.strong), [3, 6, 4]);
    assert.deepEqual(summary.strong[0].counts, { ja: 3, deels: 0, nee: 0, onbekend: 0, "": 0 });
    assert.equal(summary.start, "1a");
  });

  test("at most three each; with equal shares the most answers first, then checklist order", () => {
    const all = (value) => given(Object.fromEntries(checklist.items.map((item) => [item.id, value])));
    const sizes = groups.map((group) => group.ids.length);
    assert.deepEqual(sizes, [6, 1, 3, 4, 2, 1, 3, 3, 2], "the checklist these figures are about");
    assert.deepEqual(keys(summarize(groups, all("ja"), vocab).strong), [1, 4, 3]); // 6, 4, then 3 before 7 and 8
    assert.deepEqual(keys(summarize(groups, all("nee"), vocab).chances), [1, 4, 3]);
    assert.deepEqual(keys(summarize(groups, all("nee"), vocab, 9).chances), [1, 4, 3, 7, 8, 5, 9, 2, 6]);
  });

  test("chances: the most Nog niet and Deels, Nog niet weighing more; never a strong criterion too", () => {
    const summary = summarize(
      groups,
      given({
        "1a": "deels",
        "1b": "deels",
        "1c": "deels", // 3 × deels: weight 3
        "7a": "nee",
        "7b": "nee", // 2 × nog niet: weight 4
        "8a": "deels", // weight 1
        "3a": "ja",
        "3b": "ja",
        "3c": "nee", // strong (2 of 3), so not a chance
      }),
      vocab,
    );
    assert.deepEqual(keys(summary.chances), [7, 1, 8]);
    assert.deepEqual(keys(summary.strong), [3]);
  });

  test("Weet ik niet is counted apart: it makes a criterion neither strong nor a chance", () => {
    const summary = summarize(
      groups,
      given({ "2a": "onbekend", "6a": "onbekend", "5a": "ja", "5b": "onbekend" }),
      vocab,
    );
    assert.equal(summary.unknown, 3);
    assert.deepEqual(keys(summary.strong), []); // 5: 1 Ja of 2 answers is not more than half
    assert.deepEqual(keys(summary.chances), []);
    assert.equal(summary.answered, 4);
  });

  test("only the groups given count: a view leaves out statements and empty groups", () => {
    const klas = checklist.criteria.map((criterion) => ({
      key: criterion.number,
      ids: criterion.items.filter((item) => item.scope === "klas").map((item) => item.id),
    }));
    const summary = summarize(klas, given({ "3a": "ja", "1a": "nee" }), vocab);
    assert.equal(summary.total, klas.flatMap((group) => group.ids).length);
    assert.equal(summary.answered, 1);
    assert.deepEqual(keys(summary.chances), [], "1a is not a class statement");
    assert.equal(summary.start, "3b");
  });

  test("answers from a newer version count as open, as in the totals", () => {
    const summary = summarize(groups, given({ "1a": "misschien" }), vocab);
    assert.equal(summary.answered, 0);
    assert.equal(summary.start, "1a");
  });

  test("the words of the rule come from the scale", () => {
    assert.deepEqual(ruleWords(vocab), { done: ["Ja"], todo: ["Nog niet", "Deels"] });
  });
});
