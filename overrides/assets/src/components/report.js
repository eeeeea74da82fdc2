/* The overview on paper (report.html): the head with the list's name, the view and today's date, and the table
   of statements with each answer and note, for the statements of the view. Kept up to date, and again just
   before printing (the date). */
import { $$, h } from "../core/dom.js";

export class Report {
  static moduleName = "gk-report";

  constructor($root, { store, view, t, vocab, config, signal }) {
    const $rows = $$("tr[data-item]", $root);
    const set = (selector, text) => {
      for (const $el of $$(selector, $root)) $el.textContent = text;
    };
    const render = () => {
      const list = store.list();
      const role = config.roles.find((r) => r.id === view.role);
      set("[data-name]", list.name);
      set("[data-view]", role ? role.view : t("overview.all"));
      set(
        "[data-date]",
        new Date().toLocaleDateString(document.documentElement.lang, {
          day: "numeric",
          month: "long",
          year: "numeric",
        }),
      );
      for (const $row of $rows) {
        const { answer, note } = list.answers[$row.dataset.item] || {};
        $row.hidden = Boolean(role) && !$row.dataset.roles.split(" ").includes(role.id);
        $row
          .querySelector("[data-answer-cell]")
          .replaceChildren(
            h("span", { className: "gk-mark", "data-answer": vocab.label[answer] ? answer : "" }),
            vocab.label[answer] || vocab.unanswered.label,
          );
        $row.querySelector("[data-note-cell]").textContent = note || "";
      }
      for (const $group of $$("tbody:not(.gk-report__theme)", $root))
        $group.hidden = !$group.querySelector("tr[data-item]:not([hidden])");
      for (const $theme of $$("tbody.gk-report__theme", $root)) {
        $theme.hidden = !$root.querySelector(
          `tbody[data-theme="${$theme.dataset.theme}"]:not(.gk-report__theme):not([hidden])`,
        );
      }
    };
    render();
    view.subscribe(render);
    store.subscribe((change) => (change.items !== undefined || change.lists) && render(), signal);
    window.addEventListener("beforeprint", render, { signal });
  }
}
