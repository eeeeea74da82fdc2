/* "Zet op het actieplan" on the statement cards of a criterion page or the overview: the plan dialog for that
   statement, with the tips of its criterion as ideas; the step goes on the plan of the open list. The cards say
   how many steps they have (components/statements.js, which every page with statements loads). The dialog's
   code comes with the first click (core/parts.js). */

// The statement as its card shows it, without its number and scope.
function statementText($statement) {
  const $legend = $statement.querySelector("legend").cloneNode(true);
  for (const $extra of $legend.querySelectorAll(".gk-statement__id, .gk-tag")) $extra.remove();
  return $legend.textContent.trim();
}

export class PlanSteps {
  static moduleName = "gk-plan-steps";

  constructor($root, context) {
    const { store, t, announce, signal } = context;
    const editor = context.fromPart(
      "plan-editor",
      ({ PlanEditor }) => new PlanEditor($root.querySelector("[data-dialog=plan]"), context),
    );
    const readOnly = () => {
      for (const $button of $root.querySelectorAll("[data-plan]")) $button.disabled = store.status().readOnly;
    };

    $root.addEventListener(
      "click",
      async (event) => {
        const $statement = event.target.closest("[data-plan]")?.closest(".gk-statement");
        if (!$statement) return;
        const item = $statement.dataset.item;
        const dialog = await editor();
        const step = dialog && (await dialog.ask({ item, text: statementText($statement) }));
        if (step) announce(t(store.putPlan(step) ? "plan.added" : "common.not_done", { id: item }));
      },
      { signal },
    );
    readOnly();
    store.subscribe((change) => change.status && readOnly(), signal);
  }
}
