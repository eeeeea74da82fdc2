/* "Reservekopie" on the overview: everything this site keeps in this browser in one file (formats/backup.js), and
   reading such a file back. Before anything changes the user sees what the backup holds and where each list goes
   (into the list with the same id here, or added), and chooses: merge keeping this browser's answers, merge
   taking the backup's, or replace everything; then undo is offered. The one-list file has its own reader: picked
   here, it is named and nothing changes. */
import { showDialog } from "../core/dialog.js";
import { h } from "../core/dom.js";
import { download, fileName } from "../core/download.js";
import { feedback } from "../core/feedback.js";
import { isDateTime } from "../formats/answers.js";
import { backupFile, readBackup } from "../formats/backup.js";
import { longDate } from "../formats/dates.js";
import { FORMAT as LIST_FORMAT } from "../formats/exportfile.js";
import { FormatProblem } from "../formats/vocabulary.js";
import { MERGES } from "../store/merges.js";
import { problemText } from "./files.js";

export class Backup {
  static moduleName = "gk-backup";

  constructor($root, context) {
    const { store, t, signal } = context;
    store.learn(MERGES); // store.mergeLists
    const $ = (selector) => $root.querySelector(selector);
    this.context = context;
    this.$dialog = $("[data-dialog=restore]");
    this.$status = $(".gk-status");
    this.feedback = feedback({ $status: this.$status, $undo: $("[data-undo]"), store, t, signal });
    const $input = $("input[type=file]");

    $("[data-backup]").addEventListener("click", () => this.save(), { signal });
    $input.addEventListener("change", () => this.read($input), { signal });
    const readOnly = () => ($input.disabled = store.status().readOnly);
    readOnly();
    store.subscribe((change) => change.status && readOnly(), signal);
  }

  save() {
    const { store, view, t } = this.context;
    const made = new Date();
    const document = store.everything();
    const name = download(
      fileName(t("backup.file_name"), "json", made),
      backupFile({ document, view: view.remembered, made: made.toISOString() }),
      "application/json",
    );
    this.feedback.say(t("backup.made", { name, lists: t("backup.lists", { n: document.lists.length }) }));
  }

  async read($input) {
    const { vocab, t } = this.context;
    const [file] = $input.files;
    $input.value = ""; // choosing the same file again is a new choice
    if (!file) return;
    try {
      if (file.size > vocab.limits.backup_bytes) return this.say(t("backup.big") + t("common.no_change"));
      let value;
      try {
        value = JSON.parse(await file.text());
      } catch {
        throw new FormatProblem("json");
      }
      if (value?.format === LIST_FORMAT) return this.say(t("backup.is_list") + t("common.no_change"));
      await this.offer(readBackup(value, [t("lists.default"), t("lists.default_before")]));
    } catch (error) {
      this.say(problemText(error, t));
    }
  }

  say(text) {
    this.feedback.say(text);
    this.$status.focus();
  }

  // What the backup holds, list by list, and where each would go; then the user's choice.
  async offer({ document, view: role, made }) {
    const { store, view, t } = this.context;
    const here = new Map(store.lists().map((list) => [list.id, list]));
    this.$dialog.querySelector("[data-made]").textContent = [
      isDateTime(made) && t("backup.restore_made", { date: longDate(made) }),
      t("backup.restore_contents"),
    ]
      .filter(Boolean)
      .join(" ");
    this.$dialog
      .querySelector("[data-lists]")
      .replaceChildren(
        ...document.lists.map((list) =>
          h(
            "li",
            {},
            h("strong", {}, list.name),
            ": ",
            [
              t("backup.answered", { n: Object.values(list.answers).filter((entry) => entry.answer).length }),
              t("plan.count", { n: list.plan.length }),
              t("backup.measurements", { n: list.measurements.length }),
            ].join(", "),
            " ",
            here.has(list.id) ? t("backup.same_list", { name: here.get(list.id).name }) : t("backup.new_list"),
          ),
        ),
      );
    const $form = this.$dialog.querySelector("form");
    $form.elements.mode.value = "mine";
    if (!(await showDialog(this.$dialog))) return;
    const how = $form.elements.mode.value;
    // Replacing: every list as in the backup, the backup's open list in this tab and as the default of new tabs.
    const replace = () =>
      store.restore({ lists: document.lists, list: document.active }) && (store.switchList(document.active) || true);
    this.feedback.act(
      () => (how === "replace" ? replace() : store.mergeLists(document.lists, how)),
      () => t(how === "replace" ? "backup.replaced" : "backup.merged"),
    );
    // The chosen view comes along where none was chosen here yet, or when everything is replaced.
    if (role && (how === "replace" || !view.remembered)) view.set(role);
    this.$status.focus();
  }
}
