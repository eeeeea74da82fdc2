/* /actieplan/: the steps of the open list's action plan, by theme, soonest first, with what is late. Filtered by
   status, by who and to what is late; printed as a meeting document (a line with the list's name and the date,
   one row per step) and saved as a table for Excel. A step can be changed (in the same dialog as on the
   statements) or taken off, with undo. The whole plan is drawn again on each change: 200 steps take a few ms. */
import { h } from "../core/dom.js";
import { feedback } from "../core/feedback.js";
import { dayOf, longDate } from "../formats/dates.js";
import { byTheme, filterSteps, isLate, people, statusLabel } from "../formats/plan.js";

const NOBODY = "\u0000"; // the "(nog niemand)" choice: no name can hold it (cleanName drops control characters)
const COLUMNS = ["item", "step", "who", "when", "done_when", "status"];

export class PlanPage {
  static moduleName = "gk-plan";

  constructor($root, context) {
    const { store, t, announce, signal } = context;
    const $ = (selector) => $root.querySelector(selector);
    this.context = context;
    this.$root = $root;
    this.$filters = $(".gk-filters");
    this.$who = this.$filters.querySelector("[name=who]");
    this.$out = $("[data-out]");
    this.$status = $(".gk-status");
    // The plan dialog, and printing and downloading, come with their first use (core/parts.js).
    this.editor = context.fromPart("plan-editor", ({ PlanEditor }) => new PlanEditor($("[data-dialog=plan]"), context));
    const out = context.fromPart("plan-out", ({ planOut }) => planOut);
    this.feedback = feedback({ $status: this.$status, $undo: $("[data-undo]"), store, t, signal });

    this.$filters.addEventListener("change", () => announce(this.render()), { signal });
    // A list nobody named is asked its name first: it heads the paper and goes into the table.
    $("[data-print]").addEventListener("click", async () => (await out())?.("print", $root, context), { signal });
    $("[data-save=csv]").addEventListener(
      "click",
      async () => {
        const name = await (await out())?.("csv", $root, context);
        if (name) this.feedback.say(t("exchange.downloaded", { name }));
      },
      { signal },
    );
    this.$out.addEventListener("click", (event) => this.clicked(event), { signal });
    store.subscribe(
      (change) =>
        (change.plan || change.lists || change.items === null || change.status || change.source === "other-tab") &&
        this.render(),
      signal,
    );
    this.render();
  }

  filters() {
    return {
      status: this.$filters.querySelector("[name=status]:checked").value,
      who: this.$who.value === NOBODY ? null : this.$who.value,
      late: this.$filters.querySelector("[name=late]").checked,
    };
  }

  // Draws the plan as the filters let it through; returns how many steps that shows, to be said.
  render() {
    const { store, t, checklist, config } = this.context;
    const $ = (selector) => this.$root.querySelector(selector);
    const steps = store.plan();
    const today = dayOf();
    this.showPeople(steps);
    const shown = filterSteps(steps, this.filters(), today, config.statuses);
    const late = steps.filter((step) => isLate(step, today, config.statuses)).length;
    const counts = config.statuses
      .map((status) => [status.label, steps.filter((step) => step.status === status.value).length])
      .filter(([, n]) => n)
      .map(([label, n]) => `${label} ${n}`);

    $("[data-head]").textContent = t("plan.head", { name: store.list().name, date: longDate(today) });
    // On paper too it says when not every step is shown.
    const filtered = shown.length < steps.length ? t("plan.shown", { n: shown.length }) : "";
    $("[data-summary]").textContent = steps.length
      ? [
          `${t("plan.steps", { n: steps.length })}: ${counts.join(", ")}.`,
          late && t("plan.late", { n: late }),
          filtered,
        ]
          .filter(Boolean)
          .join(" ")
      : "";
    $("[data-empty]").hidden = steps.length > 0;
    $("[data-none-shown]").hidden = !steps.length || shown.length > 0;
    for (const $control of this.$root.querySelectorAll("[data-print], [data-save]")) $control.disabled = !steps.length;
    this.$out.replaceChildren(...byTheme(shown, checklist).map((group) => this.section(group, today)));
    return t("plan.shown", { n: shown.length });
  }

  // The names in the plan to filter by; kept as chosen while that name is still there.
  showPeople(steps) {
    const { t } = this.context;
    const names = people(steps);
    const nobody = steps.some((step) => !step.who);
    const shown = JSON.stringify([names, nobody]);
    if (shown === this.people) return;
    this.people = shown;
    const chosen = this.$who.value;
    this.$who.replaceChildren(
      h("option", { value: "" }, t("plan.everyone")),
      ...names.map((name) => h("option", { value: name }, name)),
      nobody && h("option", { value: NOBODY }, t("plan.nobody")),
    );
    this.$who.value = [...this.$who.options].some(($option) => $option.value === chosen) ? chosen : "";
  }

  section({ theme, steps }, today) {
    const { t } = this.context;
    this.columns ||= Object.fromEntries(COLUMNS.map((column) => [column, t(`plan.column_${column}`)]));
    return h(
      "section",
      { className: "gk-plan__theme" },
      h("h2", {}, theme ? theme.title : t("plan.gone")),
      h(
        "table",
        { className: "gk-table gk-plan__table" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            COLUMNS.map((column) => h("th", { scope: "col" }, t(`plan.column_${column}`))),
            h(
              "th",
              { scope: "col", className: "gk-plan__tools" },
              h("span", { className: "gk-visually-hidden" }, t("plan.column_tools")),
            ),
          ),
        ),
        h(
          "tbody",
          {},
          steps.map((step) => this.row(step, today)),
        ),
      ),
    );
  }

  // One step: a row on screen and on paper; below 45em each cell is a line with its column's name (css/plan.css).
  row(step, today) {
    const { t, checklist, config } = this.context;
    const item = checklist.byId.get(step.item);
    const late = isLate(step, today, config.statuses);
    const cell = (column, ...content) => h("td", { "data-label": this.columns[column] }, content);
    const button = (label, action) =>
      h(
        "button",
        { type: "button", className: "gk-button", [action]: "" },
        label,
        h("span", { className: "gk-visually-hidden" }, t("plan.step_for", { id: step.item })),
      );
    return h(
      "tr",
      { "data-step": step.id, className: late ? "gk-plan__late" : "" },
      h(
        "th",
        { scope: "row", "data-label": this.columns.item },
        h("strong", {}, step.item),
        item && ` ${item.text}`,
        item && h("small", {}, `${item.criterion.number}. ${item.criterion.title}`),
      ),
      cell("step", step.step),
      cell("who", step.who),
      cell(
        "when",
        step.when && longDate(step.when),
        late && h("strong", { className: "gk-late" }, ` ${t("plan.late_mark")}`),
      ),
      cell("done_when", step.done_when),
      cell("status", statusLabel(step.status, config.statuses)),
      h(
        "td",
        { className: "gk-plan__tools" },
        button(t("plan.edit"), "data-edit"),
        " ",
        button(t("plan.delete"), "data-delete"),
      ),
    );
  }

  async clicked(event) {
    const { store, t, checklist } = this.context;
    const $button = event.target.closest("[data-edit], [data-delete]");
    const step = $button && store.plan().find((s) => s.id === $button.closest("tr").dataset.step);
    if (!step) return;
    if ($button.hasAttribute("data-delete")) {
      this.feedback.act(
        () => store.deletePlan(step.id),
        () => t("plan.deleted", { id: step.item }),
      );
    } else {
      const editor = await this.editor();
      const changed =
        editor && (await editor.ask({ item: step.item, text: checklist.byId.get(step.item)?.text || "", step }));
      if (!changed) return;
      this.feedback.act(
        () => store.putPlan(changed),
        () => t("plan.changed", { id: step.item }),
      );
    }
    // The row is drawn again: the focus goes to what happened, with its undo beside it.
    this.$status.focus();
  }
}
