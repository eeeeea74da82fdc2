/* The overview on paper (report.html): the head with the list's name, the view and today's date, and the table
   of statements with each answer and note, for the statements of the view. The rows follow the store (only those
   a change touches); the date is written when the page is printed, as making the date formatter is the slowest
   step of the overview's start. */
import { $$, h } from "../core/dom.js";
import { longDate } from "../formats/dates.js";

export class Report {
  static moduleName = "gk-report";

  constructor($root, { store, view, t, vocab, config, signal }) {
    const $rows = new Map($$("tr[data-item]", $root).map(($row) => [$row.dataset.item, $row]));
    const set = (selector, text) => {
      for (const $el of $$(selector, $root)) $el.textContent = text;
    };
    const drawRow = ($row, answers) => {
      const { answer, note } = answers[$row.dataset.item] || {};
      $row
        .querySelector("[data-answer-cell]")
        .replaceChildren(
          h("span", { className: "gk-mark", "data-answer": vocab.label[answer] ? answer : "" }),
          vocab.label[answer] || vocab.unanswered.label,
        );
      $row.querySelector("[data-note-cell]").textContent = note || "";
    };
    const drawView = () => {
      const role = config.roles.find((r) => r.id === view.role);
      set("[data-view]", role ? role.view : t("overview.all"));
      for (const $row of $rows.values()) {
        $row.hidden = Boolean(role) && !$row.dataset.roles.split(" ").includes(role.id);
      }
      for (const $group of $$("tbody:not(.gk-report__theme)", $root))
        $group.hidden = !$group.querySelector("tr[data-item]:not([hidden])");
      for (const $theme of $$("tbody.gk-report__theme", $root)) {
        $theme.hidden = !$root.querySelector(
          `tbody[data-theme="${$theme.dataset.theme}"]:not(.gk-report__theme):not([hidden])`,
        );
      }
    };
    const drawList = (ids = null) => {
      const list = store.list();
      set("[data-name]", list.name);
      for (const id of ids ?? $rows.keys()) if ($rows.has(id)) drawRow($rows.get(id), list.answers);
    };
    const drawDate = () => set("[data-date]", longDate(new Date()));

    drawList();
    drawView();
    view.subscribe(drawView);
    store.subscribe((change) => (change.items !== undefined || change.lists) && drawList(change.items), signal);
    // beforeprint for "Druk af"; the media query as well, for a PDF made without that event (a browser's tools).
    window.addEventListener("beforeprint", drawDate, { signal });
    window.matchMedia("print").addEventListener("change", (event) => event.matches && drawDate(), { signal });
  }
}
