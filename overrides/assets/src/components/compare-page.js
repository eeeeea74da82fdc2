/* /vergelijken/: files and share links side by side, and lists from this browser if chosen. What is loaded stays
   in this page's memory; nothing is sent or saved. */
import { h } from "../core/dom.js";
import { feedback } from "../core/feedback.js";
import { readExportFile } from "../formats/exportfile.js";
import { cleanName, uniqueName } from "../formats/names.js";
import { isShareFragment, readShareFragment } from "../formats/sharelink.js";
import { FormatProblem } from "../formats/vocabulary.js";
import { renderComparison } from "./comparison.js";
import { problemText } from "./files.js";

export class ComparePage {
  static moduleName = "gk-compare";

  constructor($root, context) {
    const { store, t, vocab, checklist, signal } = context;
    const $ = (selector) => $root.querySelector(selector);
    const status = feedback({ $status: $(".gk-status"), store, t, signal });
    const sources = [];
    const known = new Set(checklist.byId.keys());
    let shownLists = null;

    const add = (source, from) => sources.push({
      ...source, from,
      name: uniqueName(cleanName(source.name, vocab.limits.name_length) || t("exchange.imported"), sources.map((s) => s.name)),
    });
    const render = () => {
      const $mine = $("[data-mine]");
      const lists = store.lists();
      const checked = new Set([...$mine.querySelectorAll(":checked")].map(($box) => $box.value));
      // Rebuilt only when the lists change: a rebuilt checkbox would lose the keyboard focus.
      const names = JSON.stringify(lists.map((list) => [list.id, list.name]));
      if (names !== shownLists) {
        shownLists = names;
        $mine.querySelector("[data-choices]").replaceChildren(...lists.map((list) => h("label", { className: "gk-choice" },
          h("input", { type: "checkbox", value: list.id, checked: checked.has(list.id) }), " " + list.name)));
      }
      $("[data-sources]").replaceChildren(...sources.map((source) => h("li", {}, `${source.name} (${source.from}) `,
        h("button", {
          type: "button",
          className: "gk-button",
          onclick() {
            sources.splice(sources.indexOf(source), 1);
            render();
            status.say(t("compare.removed", source));
            $(".gk-status").focus();
          },
        }, t("compare.remove"), h("span", { className: "gk-visually-hidden" }, ": " + source.name)))));
      const mine = store.checkpoint().lists.filter((list) => checked.has(list.id))
        .map((list) => ({ name: t("compare.here", list), answers: list.answers }));
      renderComparison($("[data-out]"), [...mine, ...sources], { level: 2, checklist, vocab, t });
    };
    const addLink = (link) => {
      try {
        add(readShareFragment(link.slice(link.indexOf("#") + 1), vocab, known, new Date().toISOString()), t("compare.from_link"));
      } catch (error) {
        status.say(problemText(error, t));
        return false;
      }
      render();
      status.say(t("compare.added", sources[sources.length - 1]));
      return true;
    };

    $("[data-mine]").addEventListener("change", render, { signal });
    $("input[type=file]").addEventListener("change", async ({ target }) => {
      const files = [...target.files];
      const problems = [];
      target.value = "";
      for (const file of files) {
        try {
          if (file.size > vocab.limits.import_bytes) throw new FormatProblem("big");
          add(readExportFile(await file.text(), checklist, vocab), file.name);
        } catch (error) {
          problems.push(`${file.name}: ${problemText(error, t)}`);
        }
      }
      render();
      status.say([t("compare.loaded", { count: files.length - problems.length }), ...problems].join(" "));
    }, { signal });
    $("[data-form=link]").addEventListener("submit", (event) => {
      event.preventDefault();
      const $link = event.target.elements.link;
      if (addLink($link.value)) $link.value = "";
    }, { signal });
    $("[data-print]").addEventListener("click", () => window.print(), { signal });
    const fromAddress = () => isShareFragment(location.hash) && addLink(location.hash);
    window.addEventListener("hashchange", fromAddress, { signal });
    fromAddress();
    render();
    store.subscribe((change) => (change.lists || change.items !== undefined) && render(), signal);
  }
}
