/* Statements with their answers and notes: a group of statement cards (one scope on a criterion page, one
   criterion on the overview). The cards are plain form controls from the build, so the page reads and prints
   without JavaScript; here they are filled from the store and their changes saved. Only the cards a change
   touches are drawn again.

   A note is saved while typing (after a short pause) and at once when the field or the page is left. It is
   written over the text it was typed on only: when another tab changed it meanwhile, both texts are shown and
   the user chooses. A note being edited is never replaced under the user's hands. */
import { $$, h } from "../core/dom.js";
import { later } from "../core/lifecycle.js";
import { copyLink } from "./copy-link.js";

const PAUSE = 400; // ms of no typing before a note is saved

export class Statements {
  static moduleName = "gk-statements";

  constructor($root, context) {
    const { store, signal } = context;
    this.context = context;
    this.$root = $root;
    this.$statements = new Map($$(".gk-statement", $root).map(($el) => [$el.dataset.item, $el]));
    this.typed = new Map(); // item id → note text typed but not saved yet
    this.bases = new Map(); // item id → the stored note the typing started from
    this.conflicts = new Map(); // item id → the other tab's text, while the user has not chosen
    this.timer = null;

    const on = (type, listener, options = {}) => $root.addEventListener(type, listener, { ...options, signal });
    on("change", (event) => this.changed(event.target));
    on("input", (event) => this.typing(event.target));
    on("focusout", () => this.saveNotes());
    on("click", (event) => this.clicked(event));
    const leave = () => {
      this.saveNotes();
      store.flushNow();
    };
    // pagehide: closing, reloading or entering the back/forward cache; a phone may end a hidden tab without it.
    window.addEventListener("pagehide", leave, { signal });
    document.addEventListener("visibilitychange", () => document.hidden && leave(), { signal });
    signal.addEventListener("abort", () => this.saveNotes(), { once: true });
    window.addEventListener("hashchange", () => this.markTarget(), { signal });
    store.subscribe((change) => this.storeChanged(change), signal);
    // "Volgende uitspraak voor jou": the link of the chosen view, on the statements of that view.
    const showNext = () => {
      for (const $next of $$("[data-for]", $root))
        $next.hidden = !$next.dataset.for.split(" ").includes(context.view.role);
    };
    showNext();
    context.view.subscribe(showNext);

    this.render(null);
    this.renderPlan();
    // On the overview the notes are part of what you came to see: open the filled ones, once.
    if ($root.hasAttribute("data-open-notes")) {
      for (const $statement of this.$statements.values()) {
        if ($statement.querySelector("textarea").value) $statement.querySelector("details").open = true;
      }
    }
    this.markTarget();
  }

  storeChanged(change) {
    if (change.conflict) return this.showConflict(change.conflict);
    if (change.status) this.render(null);
    else if (
      change.items !== undefined &&
      (change.list ?? this.context.store.list().id) === this.context.store.list().id
    ) {
      this.render(change.items);
    }
    if (change.source === "local" && change.items?.length === 1) this.saved(change.items[0]);
    if (change.plan || change.items === null || change.status || change.source === "other-tab") this.renderPlan();
  }

  // "2 stappen op het actieplan" on each card with steps, a link to the plan. Drawn at start, before the first
  // paint, so it moves nothing.
  renderPlan() {
    const { store, t } = this.context;
    const counts = new Map();
    for (const step of store.plan()) counts.set(step.item, (counts.get(step.item) || 0) + 1);
    for (const [id, $statement] of this.$statements) {
      const $count = $statement.querySelector("[data-plan-count]");
      const n = counts.get(id) || 0;
      if (!$count || $count.textContent === (n ? t("plan.count", { n }) : "")) continue;
      $count.hidden = !n;
      $count.textContent = n ? t("plan.count", { n }) : "";
    }
  }

  // ids: the statements to draw again, or null for all of them.
  render(ids) {
    const { store } = this.context;
    const readOnly = store.status().readOnly;
    const list = ids === null ? this.$statements.keys() : ids;
    for (const id of list) {
      const $statement = this.$statements.get(id);
      if (!$statement) continue;
      const entry = store.get(id) || {};
      for (const $radio of $$("input[type=radio]", $statement)) $radio.checked = $radio.value === entry.answer;
      // For CSS ("Wis antwoord" only with an answer): cheaper than :has(:checked), which searches every card.
      $statement.toggleAttribute("data-answered", Boolean(entry.answer));
      $statement.querySelector("fieldset").disabled = readOnly;
      const $text = $statement.querySelector("textarea");
      $text.readOnly = readOnly;
      const stored = entry.note || "";
      if (this.typed.has(id) || this.conflicts.has(id)) {
        // Not replaced while being edited; but if another tab changed it, say so and let the user choose.
        if (stored === $text.value) this.bases.set(id, stored);
        else if (stored !== this.bases.get(id) && !this.conflicts.has(id)) {
          this.showConflict({ item: id, mine: $text.value, theirs: stored });
        }
      } else {
        $text.value = stored;
        this.bases.set(id, stored);
      }
      this.showNote($statement, $text.value);
    }
  }

  showNote($statement, text) {
    $statement.querySelector(".gk-note__filled").hidden = !text.trim();
    $statement.querySelector(".gk-print-note").textContent = text.trim();
  }

  markTarget() {
    for (const [id, $statement] of this.$statements)
      $statement.classList.toggle("gk-target", location.hash === `#${id}`);
  }

  changed($target) {
    const id = $target.closest(".gk-statement")?.dataset.item;
    if (id && $target.type === "radio") this.context.store.answer(id, $target.value);
  }

  typing($target) {
    const $statement = $target.closest(".gk-statement");
    if (!$statement || $target.tagName !== "TEXTAREA") return;
    const id = $statement.dataset.item;
    if (!this.bases.has(id)) this.bases.set(id, this.context.store.get(id)?.note || "");
    this.typed.set(id, $target.value);
    this.showNote($statement, $target.value);
    clearTimeout(this.timer);
    this.timer = later(this.context.signal, () => this.saveNotes(), PAUSE);
  }

  saveNotes() {
    clearTimeout(this.timer);
    for (const [id, text] of this.typed) {
      if (this.conflicts.has(id)) continue; // waits for the user's choice
      this.typed.delete(id);
      const result = this.context.store.note(id, text, this.bases.get(id));
      if (result && !result.conflict) this.bases.set(id, text);
    }
  }

  // "Bewaard" for a moment after each change of this statement; its place is kept, so nothing moves. Said
  // politely too, but not while a note is being typed: that would talk over the typing.
  saved(id) {
    const { store, announce, t, signal } = this.context;
    const $saved = this.$statements.get(id)?.querySelector(".gk-saved");
    if (!$saved || store.status().problem) return;
    $saved.classList.add("gk-saved--shown");
    later(signal, () => $saved.classList.remove("gk-saved--shown"), 2000);
    if (document.activeElement?.tagName !== "TEXTAREA") announce(t("item.saved"));
  }

  showConflict({ item, mine, theirs }) {
    const { t, announce } = this.context;
    const $statement = this.$statements.get(item);
    if (!$statement) return;
    const $text = $statement.querySelector("textarea");
    this.conflicts.set(item, theirs);
    this.typed.set(item, mine);
    $statement.querySelector("details").open = true;
    $statement.querySelector(".gk-conflict")?.remove();
    // What "mine" is, is read when the user chooses: typing may go on meanwhile.
    const button = (label, text) =>
      h(
        "button",
        { type: "button", className: "gk-button", onclick: () => this.settle(item, text($text.value)) },
        label,
      );
    $statement.querySelector(".gk-note").append(
      h(
        "div",
        { className: "gk-conflict", role: "group", "aria-label": t("item.conflict_title", { id: item }) },
        h("p", {}, t("item.conflict", { id: item })),
        h("blockquote", {}, theirs || t("item.conflict_empty")),
        button(t("item.conflict_theirs"), () => theirs),
        button(t("item.conflict_mine"), (text) => text),
        button(t("item.conflict_both"), (text) => [theirs, text].filter(Boolean).join("\n\n")),
      ),
    );
    announce(t("item.conflict", { id: item }));
  }

  // The user chose a text for a note in conflict: it is written over the other tab's text.
  settle(id, text) {
    const $statement = this.$statements.get(id);
    const theirs = this.conflicts.get(id);
    this.conflicts.delete(id);
    this.typed.delete(id);
    $statement.querySelector(".gk-conflict")?.remove();
    const $text = $statement.querySelector("textarea");
    $text.value = text;
    this.showNote($statement, text);
    $text.focus();
    const result = this.context.store.note(id, text, theirs);
    if (result && !result.conflict) this.bases.set(id, text);
  }

  clicked(event) {
    const { store, t, announce } = this.context;
    const $target = event.target.closest("[data-clear], [data-copy-link]");
    if (!$target) return;
    const $statement = $target.closest(".gk-statement");
    if ($target.hasAttribute("data-copy-link")) {
      // Material's instant navigation would follow the link: stop the click before it bubbles up to <body>.
      event.preventDefault();
      event.stopPropagation();
      copyLink($target, this.context);
      return;
    }
    const id = $statement.dataset.item;
    if (!store.answer(id, null)) return;
    // The button hides once the answer is gone: keep the focus in the statement, on its first option.
    $statement.querySelector("input").focus();
    announce(t("item.cleared", { id }));
  }
}
