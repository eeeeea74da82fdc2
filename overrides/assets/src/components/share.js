/* "Deel mijn antwoorden": a link that carries this list's answers (and notes, if asked). A link longer than
   every browser opens is not offered: then the file is the way. */
import { copyText } from "../core/clipboard.js";
import { showDialog } from "../core/dialog.js";
import { cleanName } from "../formats/names.js";
import { shareFragment } from "../formats/sharelink.js";
import { askName } from "./name-prompt.js";

export class Share {
  static moduleName = "gk-share";

  constructor($root, context) {
    const { store, t, vocab, config, signal } = context;
    const $dialog = $root.querySelector("dialog");
    const $form = $dialog.querySelector("form");
    const { name: $name, notes: $notes, link: $link } = $form.elements;
    const $status = $dialog.querySelector(".gk-status");
    const $copy = $dialog.querySelector("[data-copy]");
    const base = new URL(config.pages.overview, window.__md_scope || location.href).href;

    const update = () => {
      const fragment = shareFragment(
        {
          name: cleanName($name.value, vocab.limits.name_length) || store.list().name,
          answers: store.list().answers,
          withNotes: $notes.checked,
        },
        vocab,
      );
      const link = `${base}#${fragment}`;
      const tooLong = link.length > vocab.limits.link_length;
      $link.value = tooLong ? "" : link;
      $copy.disabled = tooLong;
      $status.textContent = tooLong ? t("exchange.too_long") : "";
    };
    $form.addEventListener("input", update, { signal });
    $root.querySelector("[data-share]").addEventListener(
      "click",
      async () => {
        // A list nobody named is asked its name first: the name travels in the link.
        if (!(await askName($root, context))) return;
        $name.value = store.list().name;
        $notes.checked = false;
        update();
        showDialog($dialog);
      },
      { signal },
    );
    $copy.addEventListener(
      "click",
      async () => {
        if (await copyText($link.value)) {
          $status.textContent = t("exchange.share_copied");
        } else {
          // No clipboard (refused, or a page not served over https): the link is selected to copy by hand.
          $link.select();
          $status.textContent = t("common.copy_failed");
        }
      },
      { signal },
    );
  }
}
