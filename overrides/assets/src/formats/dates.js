/* Dates as people read them, and days as the action plan writes them. No DOM. */

// "2026-11-30": a day as a step's `when` is written, in local time (Swedish writes dates the ISO way).
export const dayOf = (date = new Date()) => date.toLocaleDateString("sv");

// One formatter for every date: making one per call costs more than all else in drawing a plan of 200 steps.
let dutch;

// "1 maart 2027", from "2027-03-01" (read as a local day, not as UTC midnight) or from a date-time.
export function longDate(value) {
  const [year, month, day] = String(value)
    .split("-")
    .map((part) => parseInt(part, 10));
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(year, month - 1, day) : new Date(value);
  dutch ||= new Intl.DateTimeFormat("nl", { day: "numeric", month: "long", year: "numeric" });
  return dutch.format(date);
}
