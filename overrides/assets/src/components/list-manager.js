/* The dialog of "Wissel van invullijst" (components/lists.js), fetched at its first use: it renames this list
   (first, as that is what most people need), switches to another, makes a new one or, quietly, deletes this one
   (with a confirmation, and undo). */
import { showDialog } from "../core/dialog.js";
import { h } from "../core/dom.js";
import { feedback } from "../core/feedback.js";
import { cleanName, uniqueName } from "../formats/names.js";

export class ListManager {
  constructor($root, context) {
    const { store, t, signal, vocab } = context;
    const $ = (selector) => $root.querySelector(selector);
    this.context = context;
    this.$root = $root;
    this.$dialog = $("[data-dialog=manage]");
    this.feedback = feedback({ $status: $(".gk-status"), $undo: $("[data-undo]"), store, t, signal });
    const max = vocab.limits.name_length;

    this.$dialog.addEventListener(
      "submit",
      (event) => {
        const $form = event.target;
        if ($form.method === "dialog") return; // Sluit
        event.preventDefault();
        const $name = $form.querySelector("input:not([type])");
        const value = $name ? cleanName($name.value, max) : $form.querySelector(":checked")?.value;
        if (!value) return $name?.focus();
        this.$dialog.close();
        $form.reset();
        this[$form.dataset.form](value);
      },
      { signal },
    );
    $("[data-delete]").addEventListener("click", () => this.confirmDelete(), { signal });
    store.subscribe((change) => change.lists && this.render(), signal);
  }

  open() {
    this.render();
    this.$dialog.querySelector("[name=rename]").value = this.context.store.list().name;
    showDialog(this.$dialog);
  }

  // The other lists to switch to (kept up to date while the dialog is open: another tab may add one).
  render() {
    const { store, t } = this.context;
    const active = store.list();
    const others = store.lists().filter((list) => list.id !== active.id);
    const $choose = this.$dialog.querySelector("[data-form=choose]");
    $choose.hidden = !others.length;
    $choose
      .querySelector("fieldset")
      .replaceChildren(
        h("legend", {}, t("lists.choose")),
        ...others.map((list, i) =>
          h(
            "label",
            { className: "gk-choice" },
            h("input", { type: "radio", name: "list", value: list.id, required: true, checked: i === 0 }),
            ` ${list.name} `,
            h("span", { className: "gk-hint" }, t("lists.filled", { n: list.count })),
          ),
        ),
      );
  }

  others(exceptId) {
    return this.context.store
      .lists()
      .filter((list) => list.id !== exceptId)
      .map((list) => list.name);
  }

  rename(name) {
    const { store, t } = this.context;
    const { id } = store.list();
    const unique = uniqueName(name, this.others(id));
    this.feedback.act(
      () => store.renameList(id, unique),
      () => t("lists.renamed", { name: unique }),
    );
  }

  create(name) {
    const { store, t } = this.context;
    const unique = uniqueName(name, this.others(null));
    this.feedback.act(
      () => store.createList(unique),
      () => t("lists.made", { name: unique }),
    );
  }

  choose(id) {
    const { store, t } = this.context;
    if (store.switchList(id)) this.feedback.say(t("lists.switched", { name: store.list().name }));
  }

  async confirmDelete() {
    const { store, t } = this.context;
    const { id, name } = store.list();
    const $confirm = this.$root.querySelector("[data-dialog=confirm]");
    $confirm.querySelector("p").textContent = t("lists.confirm_delete", { name });
    this.$dialog.close();
    if (await showDialog($confirm)) {
      this.feedback.act(
        () => store.deleteList(id),
        () => t("lists.deleted", { name, active: store.list().name }),
      );
    }
  }
}
