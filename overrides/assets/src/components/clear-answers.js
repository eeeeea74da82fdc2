/* What "Wis alles" does once it is used (components/clear-all.js): asks first, naming the list, then clears the
   answers and notes of this list, with undo. Other lists and the measurements stay. */
import { showDialog } from "../core/dialog.js";
import { feedback } from "../core/feedback.js";

export class ClearAnswers {
  constructor($root, { store, t, announce, signal }) {
    this.context = { store, t, announce };
    this.$confirm = $root.querySelector("dialog");
    this.$undo = $root.querySelector("[data-undo]");
    this.status = feedback({ $status: $root.querySelector(".gk-status"), $undo: this.$undo, store, t, signal });
  }

  async ask() {
    const { store, t, announce } = this.context;
    this.$confirm.querySelector("[data-name]").textContent = store.list().name;
    if (!(await showDialog(this.$confirm))) return;
    this.status.act(
      () => store.replaceAnswers({}),
      () => t("overview.cleared"),
    );
    this.$undo.focus();
    announce(t("overview.cleared_hint"));
  }
}
