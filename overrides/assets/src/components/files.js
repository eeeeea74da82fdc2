/* "Bewaren en delen" on the overview: the open list as a file (to read in elsewhere or compare) and as a table
   for Excel, and reading a file back in. Before anything changes the user sees what the file holds and chooses
   how: merge (keeping mine or theirs where both have something), replace, or a new list; then undo is offered. */
import { showDialog } from "../core/dialog.js";
import { download, fileName } from "../core/download.js";
import { feedback } from "../core/feedback.js";
import { isBackup } from "../formats/backup.js";
import { csv, localTime } from "../formats/csv.js";
import { dayOf } from "../formats/dates.js";
import { exportFile, readExportFile, rows } from "../formats/exportfile.js";
import { cleanName, uniqueName } from "../formats/names.js";
import { FormatProblem } from "../formats/vocabulary.js";
import { MERGES } from "../store/merges.js";
import { askName } from "./name-prompt.js";

const parsed = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

// The text for what is wrong with a file or link, and that nothing changed.
export const problemText = (error, t) =>
  error instanceof FormatProblem ? t(`problems.${error.code}`, error.values) + t("common.no_change") : String(error);

export class Files {
  static moduleName = "gk-files";

  constructor($root, context) {
    const { store, t, signal } = context;
    store.learn(MERGES); // store.mergeList and replaceList
    const $ = (selector) => $root.querySelector(selector);
    this.context = context;
    this.$root = $root;
    this.$dialog = $("[data-dialog=import]");
    this.feedback = feedback({ $status: $(".gk-status"), $undo: $("[data-undo]"), store, t, signal });
    this.$status = $(".gk-status");

    $("[data-save=json]").addEventListener("click", () => this.save("json"), { signal });
    $("[data-save=csv]").addEventListener("click", () => this.save("csv"), { signal });
    $("input[type=file]").addEventListener("change", (event) => this.read(event.target), { signal });
    const readOnly = () => {
      $("input[type=file]").disabled = store.status().readOnly;
    };
    readOnly();
    store.subscribe((change) => change.status && readOnly(), signal);
  }

  async save(kind) {
    const { store, checklist, vocab, t } = this.context;
    // A list nobody named is asked its name first: the name travels with the file.
    if (!(await askName(this.$root, this.context))) return;
    const list = { ...store.list(), measurements: store.measurements() };
    const made = new Date();
    const text =
      kind === "json"
        ? exportFile(list, { exported: made.toISOString(), checklist, vocab })
        : csv([
            t("exchange.csv_header").split(";"),
            ...rows(checklist, list.answers, vocab).map(([item, entry]) => [
              item.id,
              item.criterion?.theme.title,
              item.criterion && `${item.criterion.number}. ${item.criterion.title}`,
              item.text,
              vocab.label[entry.answer],
              entry.note,
              entry.changed && localTime(entry.changed),
              list.name,
              dayOf(made),
            ]),
          ]);
    const name = download(fileName(list.name, kind, made), text, kind === "json" ? "application/json" : "text/csv");
    this.feedback.say(t("exchange.downloaded", { name }));
  }

  async read($input) {
    const { checklist, vocab, t } = this.context;
    const [file] = $input.files;
    $input.value = ""; // choosing the same file again is a new choice
    if (!file) return;
    try {
      if (file.size > vocab.limits.import_bytes) throw new FormatProblem("big");
      const text = await file.text();
      if (isBackup(parsed(text))) {
        this.feedback.say(t("backup.is_backup") + t("common.no_change"));
        return this.$status.focus();
      }
      this.offer(readExportFile(text, checklist, vocab));
    } catch (error) {
      this.feedback.say(problemText(error, t));
      this.$status.focus();
    }
  }

  // The user sees what an import changes and chooses how; it can be undone afterwards.
  async offer(incoming) {
    const { store, t, vocab } = this.context;
    const mine = store.list();
    const name = cleanName(incoming.name, vocab.limits.name_length) || t("exchange.imported");
    const ids = Object.keys(incoming.answers);
    const differs = (id) => ["answer", "note"].some((field) => mine.answers[id][field] !== incoming.answers[id][field]);
    this.$dialog.querySelector("[data-summary]").textContent = [
      t("exchange.summary", { name, n: ids.length }),
      incoming.plan.length + incoming.measurements.length
        ? t("exchange.summary_more", { plan: incoming.plan.length, measurements: incoming.measurements.length })
        : "",
      t("exchange.summary_compare", {
        mine: mine.name,
        fresh: ids.filter((id) => !mine.answers[id]).length,
        other: ids.filter((id) => mine.answers[id] && differs(id)).length,
        only: Object.keys(mine.answers).filter((id) => !incoming.answers[id]).length,
      }),
    ]
      .filter(Boolean)
      .join(" ");
    const $form = this.$dialog.querySelector("form");
    $form.elements.mode.value = "mine";
    const $name = $form.elements["new-name"];
    $name.value = uniqueName(
      name,
      store.lists().map((list) => list.name),
    );
    if (!(await showDialog(this.$dialog))) return;
    const how = $form.elements.mode.value;
    const newName = uniqueName(
      cleanName($name.value, vocab.limits.name_length) || name,
      store.lists().map((list) => list.name),
    );
    this.feedback.act(
      () =>
        how === "new"
          ? store.createList(newName, incoming)
          : how === "replace"
            ? store.replaceList(incoming)
            : store.mergeList(incoming, how),
      () =>
        how === "new"
          ? t("exchange.created", { name: newName, from: name })
          : t("exchange.merged", { name, mine: store.list().name }),
    );
    this.$status.focus();
  }
}
