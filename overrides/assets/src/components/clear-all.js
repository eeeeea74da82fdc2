/* "Wis alles" on the overview: clears the answers and notes of this list after a confirmation, with undo.
   Other lists and the measurements stay. */
import { showDialog } from "../core/dialog.js";
import { feedback } from "../core/feedback.js";

export class ClearAll {
  static moduleName = "gk-clear-all";

  constructor($root, { store, t, announce, signal }) {
    const $ = (selector) => $root.querySelector(selector);
    const $confirm = $("dialog");
    const status = feedback({ $status: $(".gk-status"), $undo: $("[data-undo]"), store, t, signal });
    $("[data-print]").addEventListener("click", () => window.print(), { signal });
    $("[data-clear-all]").addEventListener(
      "click",
      async () => {
        $confirm.querySelector("[data-name]").textContent = store.list().name;
        if (await showDialog($confirm)) {
          status.act(
            () => store.replaceAnswers({}),
            () => t("overview.cleared"),
          );
          $("[data-undo]").focus();
          announce(t("overview.cleared_hint"));
        }
      },
      { signal },
    );
    const readOnly = () => ($("[data-clear-all]").disabled = store.status().readOnly);
    readOnly();
    store.subscribe((change) => change.status && readOnly(), signal);
  }
}
