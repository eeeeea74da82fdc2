/* Answers to statements that are no longer in the checklist: kept in the store, and listed here so nothing is
   lost without the user seeing it. */
import { $$, h } from "../core/dom.js";

export class Orphans {
  static moduleName = "gk-orphans";

  constructor($root, { store, t, vocab, signal }) {
    const known = new Set($$(".gk-statement").map(($el) => $el.dataset.item));
    const render = () => {
      const answers = store.list().answers;
      const ids = Object.keys(answers)
        .filter((id) => !known.has(id))
        .sort();
      $root.querySelector("ul").replaceChildren(
        ...ids.map((id) => {
          const { answer, note } = answers[id];
          return h(
            "li",
            {},
            `${id}: ${vocab.label[answer] || vocab.unanswered.label}`,
            note && t("overview.orphan_note") + note,
          );
        }),
      );
      $root.hidden = !ids.length;
    };
    render();
    store.subscribe(
      (change) => (change.items === null || change.items?.some((id) => !known.has(id))) && render(),
      signal,
    );
  }
}
