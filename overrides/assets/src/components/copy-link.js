/* "Kopieer link": copy the address of a statement or a page. Where the browser refuses, the link is shown
   selected in a box, to copy by hand. */
import { copyText } from "../core/clipboard.js";
import { h } from "../core/dom.js";
import { later } from "../core/lifecycle.js";

export async function copyLink($link, { t, announce, signal }) {
  const url = $link.href; // already absolute: the browser resolves it against the page
  if (await copyText(url)) {
    $link.dataset.copied = t("common.copied_mark");
    $link.classList.add("gk-copied");
    later(signal, () => $link.classList.remove("gk-copied"), 3000);
    announce(t("common.copied"));
    return;
  }
  let $box = $link.parentNode.querySelector(".gk-copy-box");
  if (!$box) {
    $box = h("label", { className: "gk-copy-box" }, t("common.copy_box"), " ", h("input", { readOnly: true }));
    $link.after($box);
  }
  const $input = $box.querySelector("input");
  $input.value = url;
  $input.focus();
  $input.select();
  announce(t("common.copy_failed"));
}

// The "Kopieer link" of a page (in the head of a criterion).
export class CopyLink {
  static moduleName = "gk-copy-link";

  constructor($root, context) {
    // Material's instant navigation would follow the link: stop the click here, before it bubbles up to <body>.
    $root.addEventListener(
      "click",
      (event) => {
        event.preventDefault();
        event.stopPropagation();
        copyLink($root, context);
      },
      { signal: context.signal },
    );
  }
}
