/* /vergelijken/ at its start: the lists of this browser to choose from, drawn at once (the build held the place
   of the first). The rest of the page's code and the heatmap's styles come at the first use: a file chosen, a
   link added, a list ticked, or a share link in the address (parts/compare-view.js, components/compare-view.js).
   What was done then is handed on: the same file choice or link again, a ticked list as it stands. */
import { h } from "../core/dom.js";
import { isShareFragment } from "../formats/sharelink.js";

export class ComparePage {
  static moduleName = "gk-compare";

  constructor($root, context) {
    const { store, signal } = context;
    const $choices = $root.querySelector("[data-mine] [data-choices]");
    let shown = null;
    const drawChoices = () => {
      const lists = store.lists();
      // Rebuilt only when the lists change: a rebuilt checkbox would lose the keyboard focus.
      const names = JSON.stringify(lists.map((list) => [list.id, list.name]));
      if (names === shown) return;
      shown = names;
      const checked = new Set([...$choices.querySelectorAll(":checked")].map(($box) => $box.value));
      $choices.replaceChildren(
        ...lists.map((list) =>
          h(
            "label",
            { className: "gk-choice" },
            h("input", { type: "checkbox", value: list.id, checked: checked.has(list.id) }),
            ` ${list.name}`,
          ),
        ),
      );
    };
    drawChoices();
    store.subscribe((change) => change.lists && drawChoices(), signal);

    let view = null; // the CompareView, once made (a promise while its code comes)
    let ready = false;
    const use = async (again) => {
      view ??= context
        .part("compare-view", { styles: true })
        .then((exports) => exports && !signal.aborted && new exports.CompareView($root, context));
      if (!(await view))
        view = null; // not fetched: the next use tries again
      else if (!ready) {
        ready = true;
        again?.();
      }
    };
    const first = (event) => {
      if (ready) return;
      const $form = event.target.closest("form");
      if (event.type === "submit") {
        event.preventDefault();
        use(() => $form.requestSubmit());
      } else if (event.target.type === "file") {
        use(() => event.target.dispatchEvent(new Event("change", { bubbles: true })));
      } else if (event.target.closest("[data-mine]")) {
        use();
      }
    };
    $root.addEventListener("submit", first, { signal, capture: true });
    $root.addEventListener("change", first, { signal, capture: true });
    const fromAddress = () => isShareFragment(location.hash) && use();
    window.addEventListener("hashchange", fromAddress, { signal });
    fromAddress();
  }
}
