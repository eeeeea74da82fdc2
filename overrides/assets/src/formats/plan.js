/* The action plan as the plan page shows it and its table for Excel holds it: steps by theme, soonest first, what
   is late, who is named. No DOM. A step is { id, item, step, who, when ("YYYY-MM-DD" or ""), done_when, status,
   changed } (formats/README.md). */
import { dayOf } from "./dates.js";

// Late: its day has passed and it is not done. A date in the past may be written down; it is then late at once.
export const isLate = (step, today, statuses) =>
  Boolean(step.when) && step.when < today && !statuses.some((status) => status.done && status.value === step.status);

// Everyone named in the plan, each once, in Dutch alphabetical order.
export const people = (steps) =>
  [...new Set(steps.map((step) => step.who).filter(Boolean))].sort((a, b) => a.localeCompare(b, "nl"));

/* Which steps a filter lets through: status ("" for all), who ("" for everyone, null for steps without anyone),
   late (only what is late). */
export function filterSteps(steps, { status = "", who = "", late = false }, today, statuses) {
  return steps.filter(
    (step) =>
      (!status || step.status === status) &&
      (who === "" || (who === null ? !step.who : step.who === who)) &&
      (!late || isLate(step, today, statuses)),
  );
}

/* The steps by theme, in the checklist's order; within a theme the soonest first (undated last), then by
   statement. Steps on statements no longer in the checklist come last, under theme null.
   [{ theme, steps: [step] }], leaving out themes without steps. */
export function byTheme(steps, checklist) {
  const position = new Map(checklist.items.map((item, i) => [item.id, i]));
  const place = (step) => position.get(step.item) ?? checklist.items.length;
  const sorted = [...steps].sort(
    (a, b) =>
      (a.when || "\uffff").localeCompare(b.when || "\uffff") || place(a) - place(b) || a.item.localeCompare(b.item),
  );
  const groups = [...checklist.themes, null].map((theme) => ({ theme, steps: [] }));
  for (const step of sorted) {
    const theme = checklist.byId.get(step.item)?.criterion.theme;
    groups[theme ? checklist.themes.indexOf(theme) : checklist.themes.length].steps.push(step);
  }
  return groups.filter((group) => group.steps.length);
}

export const statusLabel = (value, statuses) => statuses.find((status) => status.value === value)?.label || value;

/* The rows of the plan's table for Excel (under ui.plan.csv_header), in the page's order: statement, theme,
   criterion, its text, the step's fields, when it last changed (local time), and the list's name and the day the
   table was made, so a table found later, or put beside others, says whose and of when it is. */
export function planRows(steps, { checklist, statuses, name, made, localTime }) {
  return byTheme(steps, checklist)
    .flatMap((group) => group.steps)
    .map((step) => {
      const item = checklist.byId.get(step.item);
      return [
        step.item,
        item?.criterion.theme.title,
        item && `${item.criterion.number}. ${item.criterion.title}`,
        item?.text,
        step.step,
        step.who,
        step.when,
        step.done_when,
        statusLabel(step.status, statuses),
        step.changed && localTime(step.changed),
        name,
        dayOf(made),
      ];
    });
}
