/* Before a list leaves this browser (a file, a table, a link, paper) under the name nobody gave it ("Mijn
   invullijst"), the site asks once for the name of the class, school or region: that name goes into the file name,
   the file and the compare page, where six schools called "Mijn invullijst" cannot be told apart. The question can
   be skipped; then it is not asked again for that list in this tab (sessionStorage, `.skipped`). Not a component:
   the tools that send a list out call askName() first. */
import { showDialog } from "../core/dialog.js";
import { h } from "../core/dom.js";
import { cleanName, uniqueName } from "../formats/names.js";

const remembered = new Set(); // where sessionStorage is blocked: for as long as this page lives

function skipped(key) {
  try {
    return new Set([...remembered, ...JSON.parse(sessionStorage.getItem(`${key}.skipped`) || "[]")]);
  } catch {
    return remembered;
  }
}

function skip(key, id) {
  remembered.add(id);
  try {
    sessionStorage.setItem(`${key}.skipped`, JSON.stringify([...skipped(key)]));
  } catch {
    // Remembered on this page only.
  }
}

/* Resolves to true to go on (named now, skipped, or no need to ask), false when the question was closed with
   Escape: then nothing is sent. $root: where the dialog goes, inside the page's content (for its styles). */
export async function askName($root, { store, t, vocab, announce }) {
  const list = store.list();
  if (list.named || store.status().readOnly || skipped(store.key).has(list.id)) return true;
  const max = vocab.limits.name_length;
  const $name = h("input", { id: "gk-name-prompt", name: "name", maxLength: max, autocomplete: "off" });
  const $form = h(
    "form",
    { method: "dialog" },
    h("h2", { id: "gk-name-prompt-title" }, t("name_prompt.title")),
    h("p", {}, t("name_prompt.text", { name: list.name })),
    h("div", { className: "gk-field" }, h("label", { htmlFor: "gk-name-prompt" }, t("name_prompt.label")), $name),
    h("button", { className: "gk-button", value: "name" }, t("name_prompt.save")),
    h("button", { className: "gk-button", value: "skip" }, t("name_prompt.skip")),
  );
  const $dialog = h("dialog", { className: "gk-dialog", "aria-labelledby": "gk-name-prompt-title" }, $form);
  // "Bewaar de naam" without a name keeps the dialog open, at the field.
  $form.addEventListener("submit", (event) => {
    if (event.submitter?.value === "name" && !cleanName($name.value, max)) {
      event.preventDefault();
      $name.focus();
    }
  });
  $root.append($dialog);
  const choice = await showDialog($dialog);
  $dialog.remove();
  if (choice === "skip") skip(store.key, list.id);
  if (choice !== "name") return choice === "skip";
  const name = uniqueName(
    cleanName($name.value, max),
    store
      .lists()
      .filter((l) => l.id !== list.id)
      .map((l) => l.name),
  );
  if (store.renameList(list.id, name)) announce(t("lists.renamed", { name }));
  return true;
}
