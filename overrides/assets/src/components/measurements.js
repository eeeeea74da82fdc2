/* Measurements: the answers of now kept under a name (say, each school year), each with its date, to see later what
   changed. Any two moments compare (two measurements, or one and now), per statement and per criterion, with a
   summary such as "8 beter, 1 minder, 16 gelijk" (components/changes.js). A measurement can be deleted, with undo. */
import { showDialog } from "../core/dialog.js";
import { h } from "../core/dom.js";
import { feedback } from "../core/feedback.js";
import { later } from "../core/lifecycle.js";
import { longDate } from "../formats/dates.js";
import { cleanName, uniqueName } from "../formats/names.js";
import { renderChanges } from "./changes.js";

const NOW = "now"; // the value of "Nu" among the moments: measurement ids start with "m"

export class Measurements {
  static moduleName = "gk-measurements";

  constructor($root, context) {
    const { store, t, vocab, signal } = context;
    const $ = (selector) => $root.querySelector(selector);
    const status = feedback({ $status: $(".gk-status"), $undo: $("[data-undo]"), store, t, signal });
    const $save = $("[data-form=save]");
    const $compare = $("[data-form=compare]");
    const $out = $("[data-out]");
    let compared = null; // [from, to]: the ids of what is compared, shown again after each change
    let picked = false; // whether the user chose the moments to compare

    // Every moment, oldest first: the measurements, then now; each with a name that says when it is.
    const moments = () => [
      ...store
        .measurements()
        .map((m) => ({ ...m, label: t("measurements.when", { name: m.name, date: longDate(m.date) }) })),
      {
        id: NOW,
        label: t("measurements.now", { date: longDate(new Date().toISOString()) }),
        answers: store.list().answers,
        plan: Object.fromEntries(store.plan().map((step) => [step.id, step.status])),
      },
    ];
    const suggest = () => {
      const today = new Date();
      const year = today.getFullYear() - (today.getMonth() < 7); // a school year starts in August
      const taken = store.measurements().map((m) => m.name);
      $save.elements.name.value = uniqueName(
        t("measurements.year", { from: year, to: String(year + 1).slice(2) }),
        taken,
      );
    };
    const render = () => {
      const all = moments();
      const saved = all.slice(0, -1);
      $("[data-none]").hidden = saved.length > 0;
      $("[data-some]").hidden = !saved.length;
      $save.querySelector("button").disabled = store.status().readOnly;
      $("[data-list]").replaceChildren(
        ...saved.map((m) =>
          h(
            "li",
            {},
            m.label,
            " ",
            h(
              "button",
              { type: "button", className: "gk-link", "data-delete": m.id },
              t("measurements.delete"),
              h("span", { className: "gk-visually-hidden" }, t("measurements.delete_hint", m)),
            ),
          ),
        ),
      );
      // What the user chose stays chosen; until then, the last measurement and now.
      const [from, to] = ["from", "to"].map((name) => $compare.elements[name]);
      const chosen = picked ? [from.value, to.value] : [];
      for (const $select of [from, to])
        $select.replaceChildren(...all.map((m) => h("option", { value: m.id }, m.label)));
      const known = (id) => all.some((m) => m.id === id);
      from.value = known(chosen[0]) ? chosen[0] : (all.at(-2)?.id ?? NOW);
      to.value = known(chosen[1]) ? chosen[1] : NOW;
      const shown = compared?.map((id) => all.find((m) => m.id === id));
      if (shown && !shown.every(Boolean)) compared = null; // a moment that was compared is gone
      renderChanges($out, compared ? shown : null, { level: 4, ...context });
    };

    $save.addEventListener(
      "submit",
      (event) => {
        event.preventDefault();
        const name = uniqueName(
          cleanName($save.elements.name.value, vocab.limits.name_length),
          store.measurements().map((m) => m.name),
        );
        if (!name) return $save.elements.name.focus();
        status.act(
          () => store.saveMeasurement(name),
          () => t("measurements.saved", { name }),
        );
        suggest();
        // A double-click must not save twice: the button rests for a moment.
        const $button = $save.querySelector("button");
        $button.disabled = true;
        later(signal, () => ($button.disabled = store.status().readOnly), 1000);
      },
      { signal },
    );
    $compare.addEventListener("change", () => (picked = true), { signal });
    $compare.addEventListener(
      "submit",
      (event) => {
        event.preventDefault();
        const ids = [$compare.elements.from.value, $compare.elements.to.value];
        if (ids[0] === ids[1]) {
          compared = null;
          render();
          status.say(t("measurements.same_moment"));
          return $(".gk-status").focus();
        }
        compared = ids;
        status.say("");
        render();
        $out.firstChild?.focus();
      },
      { signal },
    );
    $("[data-list]").addEventListener(
      "click",
      async (event) => {
        const id = event.target.closest("[data-delete]")?.dataset.delete;
        const measurement = store.measurements().find((m) => m.id === id);
        if (!measurement) return;
        const $confirm = $("[data-dialog=confirm]");
        $confirm.querySelector("p").textContent = t("measurements.confirm_delete", measurement);
        if (await showDialog($confirm)) {
          status.act(
            () => store.deleteMeasurement(measurement.id),
            () => t("measurements.deleted", measurement),
          );
          $(".gk-status").focus();
        }
      },
      { signal },
    );

    suggest();
    render();
    store.subscribe(
      (change) => (change.measurements || change.plan || change.items !== undefined || change.status) && render(),
      signal,
    );
  }
}
