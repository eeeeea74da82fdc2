/* Someone else's answers from a share link, on the overview: read-only, set apart from the user's own, to
   compare or to keep as a list of one's own (with undo). The link stays in the address until it is closed.
   Made by components/shared-link.js when the address holds a share link (a part: parts/shared-view.js). */
import { feedback } from "../core/feedback.js";
import { cleanName, uniqueName } from "../formats/names.js";
import { isShareFragment, readShareFragment } from "../formats/sharelink.js";
import { renderComparison } from "./comparison.js";
import { problemText } from "./files.js";

export class SharedView {
  constructor($root, context) {
    const { store, t, vocab, checklist, signal } = context;
    const $ = (selector) => $root.querySelector(selector);
    const status = feedback({ $status: $(".gk-status"), $undo: $("[data-undo]"), store, t, signal });
    let theirs = null;

    const show = () => {
      if (!theirs) return;
      const sources = [
        theirs,
        ...($("[data-with-mine]").checked ? [{ name: t("exchange.mine"), answers: store.list().answers }] : []),
      ];
      renderComparison($("[data-out]"), sources, { level: 3, checklist, vocab, t });
    };
    const open = () => {
      if (!isShareFragment(location.hash)) return;
      try {
        const read = readShareFragment(location.hash, vocab, new Set(checklist.byId.keys()), new Date().toISOString());
        theirs = { ...read, name: cleanName(read.name, vocab.limits.name_length) || t("exchange.shared") };
      } catch (error) {
        $root.hidden = false;
        $("[data-shown]").hidden = true;
        status.say(problemText(error, t));
        $(".gk-status").focus();
        return;
      }
      $("[data-shown]").hidden = false;
      $("[data-name]").textContent = theirs.name;
      $root.hidden = false;
      show();
      $("h2").focus();
    };

    $("[data-with-mine]").addEventListener("change", show, { signal });
    $("[data-take]").addEventListener(
      "click",
      () => {
        const name = uniqueName(
          theirs.name,
          store.lists().map((list) => list.name),
        );
        status.act(
          () => store.createList(name, { answers: theirs.answers }),
          () => t("exchange.created", { name, from: theirs.name }),
        );
      },
      { signal },
    );
    $("[data-close]").addEventListener(
      "click",
      () => {
        theirs = null;
        $root.hidden = true;
        history.replaceState(history.state, "", location.pathname + location.search);
        document.getElementById("bewaren-en-delen")?.focus();
      },
      { signal },
    );
    window.addEventListener("hashchange", open, { signal });
    store.subscribe((change) => change.items !== undefined && show(), signal);
    open();
  }
}
