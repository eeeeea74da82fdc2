/* Two moments of one list compared: better, worse, the same or different, by each answer's score. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { changeOf, changes, direction } from "../../../overrides/assets/src/formats/changes.js";
import { checklist, vocab } from "./fixture.js";

const scores = Object.fromEntries(vocab.answers.map((answer) => [answer.value, answer.score]));
const [best, middle, worst] = vocab.answers
  .filter((answer) => typeof answer.score === "number")
  .sort((a, b) => b.score - a.score)
  .map((answer) => answer.value);
const unscored = vocab.answers.find((answer) => typeof answer.score !== "number").value;
const answers = (given) => ({
  answers: Object.fromEntries(Object.entries(given).map(([id, answer]) => [id, { answer, changed: "" }])),
});

describe("changes between two moments", () => {
  const cases = [
    [worst, best, "better"],
    [middle, best, "better"],
    [best, middle, "worse"],
    [best, best, "same"],
    [undefined, undefined, "same"],
    [unscored, unscored, "same"],
    [undefined, best, "different"],
    [best, undefined, "different"],
    [unscored, best, "different"],
    [worst, unscored, "different"],
    ["iets-nieuws", best, "different"],
  ];
  for (const [was, now, kind] of cases) {
    test(`${was ?? "(none)"} → ${now ?? "(none)"} is ${kind}`, () => assert.equal(changeOf(was, now, scores), kind));
  }

  test("counted per criterion and in all; a criterion goes the way with the most", () => {
    const found = changes(
      checklist,
      answers({ "1a": worst, "1b": best, "2a": middle, "9a": unscored }),
      answers({ "1a": best, "1b": middle, "2a": best, "9a": best }),
      vocab,
    );
    assert.deepEqual(found.total, { better: 2, worse: 1, same: checklist.items.length - 4, different: 1 });
    assert.deepEqual(found.criteria.get(1), { better: 1, worse: 1, same: 4, different: 0 });
    assert.equal(direction(found.criteria.get(1)), "same");
    assert.equal(direction(found.criteria.get(2)), "better");
    assert.equal(found.items.get("9a"), "different");
  });
});
