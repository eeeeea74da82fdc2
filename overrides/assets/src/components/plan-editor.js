/* The dialog that puts a step on the action plan for one statement, or changes a step
   (partials/checklist/plan-editor.html). Not a component of its own: the component that holds the dialog (the
   statements' PlanSteps, the plan page) makes one, asks with ask() and saves what comes back. While the step is written, the tips of the
   statement's criterion are there as ideas; "Neem over" copies one into the step.
   A step without "what we will do" is not saved: the dialog stays open and says why. A date in the past is fine
   (a plan written down afterwards); it then shows as late. */
import { showDialog } from "../core/dialog.js";
import { h } from "../core/dom.js";
import { cleanName } from "../formats/names.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/; // what the plan's `when` may hold (formats/README.md)
// A new step's id, made like the store's ids (^[a-z0-9]{1,40}$, formats/README.md); not imported from the store,
// which would bring all of store/document.js into every bundle that has this dialog.
const newStepId = () => `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export class PlanEditor {
  constructor($dialog, context) {
    const { t, signal } = context;
    this.context = context;
    this.$dialog = $dialog;
    this.$form = $dialog.querySelector("form");
    this.$problem = $dialog.querySelector(".gk-problem");
    const $step = this.$form.elements.step;

    this.$form.addEventListener(
      "submit",
      (event) => {
        if (event.submitter?.value === "" || $step.value.trim()) return;
        // Stays open (a dialog form closes on submit), with the reason beside the field.
        event.preventDefault();
        this.$problem.textContent = t("plan.empty_step");
        $step.focus();
      },
      { signal },
    );
    $step.addEventListener(
      "input",
      () => {
        if ($step.value.trim()) this.$problem.textContent = "";
      },
      { signal },
    );
    $dialog.addEventListener(
      "click",
      (event) => {
        const $idea = event.target.closest("[data-idea]");
        if (!$idea) return;
        const tip = $idea.closest("li").querySelector("[data-tip]").textContent;
        $step.value = [$step.value.trim(), tip].filter(Boolean).join("\n");
        this.$problem.textContent = "";
        $step.focus();
      },
      { signal },
    );
  }

  // The criterion's tips, from the checklist data where the page has it; a criterion page has them written in.
  showTips(item) {
    const { checklist, t } = this.context;
    const $tips = this.$dialog.querySelector("[data-tips]");
    const tips = checklist ? checklist.byId.get(item)?.criterion.tips || [] : null;
    if (tips) {
      $tips.replaceChildren(
        ...tips.map((tip) =>
          h(
            "li",
            {},
            h("span", { "data-tip": "" }, tip),
            " ",
            h(
              "button",
              { type: "button", className: "gk-link", "data-idea": "" },
              t("plan.use_idea"),
              h("span", { className: "gk-visually-hidden" }, t("plan.use_idea_hint")),
            ),
          ),
        ),
      );
    }
    this.$dialog.querySelector(".gk-ideas").hidden = !$tips.children.length;
  }

  /* Resolves to the step to save (its id is new for a new step), or null when cancelled. item: the statement's id;
     text: its text as the page shows it; step: the step to change, or nothing for a new one. */
  async ask({ item, text, step = null }) {
    const { t, vocab, config } = this.context;
    const fields = this.$form.elements;
    this.$dialog.querySelector("h2").textContent = t(step ? "plan.edit_title" : "plan.title");
    this.$dialog
      .querySelector("[data-statement]")
      .replaceChildren(h("strong", {}, t("plan.for", { id: item })), ` ${text}`);
    this.showTips(item);
    fields.step.value = step?.step || "";
    fields.who.value = step?.who || "";
    fields.when.value = step?.when || "";
    fields.done_when.value = step?.done_when || "";
    fields.status.value = step?.status || config.statuses[0].value;
    this.$problem.textContent = "";
    if ((await showDialog(this.$dialog)) !== "save") return null;
    return {
      id: step?.id || newStepId(),
      item,
      step: fields.step.value.trim(),
      who: cleanName(fields.who.value, vocab.limits.name_length),
      when: DAY.test(fields.when.value) ? fields.when.value : "",
      done_when: fields.done_when.value.trim(),
      status: fields.status.value,
    };
  }
}
