/* The action plan's pure parts: order by theme and date, what is late, filters, and the rows of its table. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { dayOf, longDate } from "../../../overrides/assets/src/formats/dates.js";
import { byTheme, filterSteps, isLate, people, planRows } from "../../../overrides/assets/src/formats/plan.js";
import { checklist, config } from "./fixture.js";

const [planned, busy] = config.statuses.map((status) => status.value);
const done = config.statuses.find((status) => status.done).value;
const step = (id, item, when = "", status = planned, who = "") => ({
  id,
  item,
  step: `Stap ${id}`,
  who,
  when,
  done_when: "",
  status,
  changed: "2026-11-01T10:00:00.000Z",
});
const TODAY = "2026-11-30";

describe("the action plan", () => {
  test("by theme in checklist order, soonest first, undated last, unknown statements at the end", () => {
    const steps = [
      step("a", "9a"),
      step("b", "4b", "2027-01-01"),
      step("c", "1a"),
      step("d", "4a", "2026-12-01"),
      step("e", "77z", "2026-01-01"),
      step("f", "3a"),
    ];
    const themeOf = (id) => checklist.byId.get(id).criterion.theme;
    assert.equal(themeOf("3a"), themeOf("4b"), "the test needs 3a, 4a and 4b in one theme");
    const groups = byTheme(steps, checklist);
    assert.deepEqual(
      groups.map((g) => g.theme),
      [themeOf("1a"), themeOf("4b"), themeOf("9a"), null],
    );
    assert.deepEqual(
      groups[1].steps.map((s) => s.id),
      ["d", "b", "f"],
    );
    assert.deepEqual(
      groups.at(-1).steps.map((s) => s.id),
      ["e"],
    );
  });

  test("late: a day that has passed, unless done; today is not late", () => {
    assert.equal(isLate(step("a", "1a", "2026-11-29"), TODAY, config.statuses), true);
    assert.equal(isLate(step("a", "1a", "2026-11-29", busy), TODAY, config.statuses), true);
    assert.equal(isLate(step("a", "1a", "2026-11-29", done), TODAY, config.statuses), false);
    assert.equal(isLate(step("a", "1a", TODAY), TODAY, config.statuses), false);
    assert.equal(isLate(step("a", "1a", ""), TODAY, config.statuses), false);
  });

  test("filters by status, by who (or nobody) and to what is late", () => {
    const steps = [
      step("a", "1a", "2026-01-01", planned, "Anna"),
      step("b", "1b", "", busy, "Bas"),
      step("c", "1c", "2026-01-01", done),
    ];
    const ids = (filter) => filterSteps(steps, filter, TODAY, config.statuses).map((s) => s.id);
    assert.deepEqual(ids({}), ["a", "b", "c"]);
    assert.deepEqual(ids({ status: busy }), ["b"]);
    assert.deepEqual(ids({ who: "Anna" }), ["a"]);
    assert.deepEqual(ids({ who: null }), ["c"]);
    assert.deepEqual(ids({ late: true }), ["a"]);
    assert.deepEqual(people([...steps, step("d", "1d", "", planned, "Émile"), step("e", "1e", "", planned, "anna")]), [
      "anna",
      "Anna",
      "Bas",
      "Émile",
    ]);
  });

  test("dates: a day is read in local time, not as UTC midnight", () => {
    assert.equal(
      longDate("2027-03-01"),
      new Date(2027, 2, 1).toLocaleDateString("nl", { day: "numeric", month: "long", year: "numeric" }),
    );
    assert.equal(dayOf(new Date(2027, 2, 1, 23, 30)), "2027-03-01");
  });

  test("the table's rows: statement, theme, criterion, the step, and whose and of when the table is", () => {
    const rows = planRows([step("a", "4b", "2027-03-01", busy, "Anna")], {
      checklist,
      statuses: config.statuses,
      name: "Mavo Noord",
      made: new Date(2026, 10, 30),
      localTime: () => "T",
    });
    const item = checklist.byId.get("4b");
    assert.deepEqual(rows, [
      [
        "4b",
        item.criterion.theme.title,
        `${item.criterion.number}. ${item.criterion.title}`,
        item.text,
        "Stap a",
        "Anna",
        "2027-03-01",
        "",
        config.statuses[1].label,
        "T",
        "Mavo Noord",
        "2026-11-30",
      ],
    ]);
  });
});
