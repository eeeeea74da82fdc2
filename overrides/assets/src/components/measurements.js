/* Measurements: the answers of now kept under a name (say, each school year), to see later what changed. */
import { showDialog } from "../core/dialog.js";
import { h } from "../core/dom.js";
import { feedback } from "../core/feedback.js";
import { later } from "../core/lifecycle.js";
import { cleanName, uniqueName } from "../formats/names.js";
import { renderComparison } from "./comparison.js";

export class Measurements {
  static moduleName = "gk-measurements";

  constructor($root, context) {
    const { store, t, vocab, signal } = context;
    const $ = (selector) => $root.querySelector(selector);
    const status = feedback({ $status: $(".gk-status"), $undo: $("[data-undo]"), store, t, signal });
    const $save = $("[data-form=save]");
    const $choose = $("[data-choose]");
    const $out = $("[data-out]");
    let compared = null;

    const suggest = () => {
      const today = new Date();
      const year = today.getFullYear() - (today.getMonth() < 7); // a school year starts in August
      const taken = store.measurements().map((m) => m.name);
      $save.elements.name.value = uniqueName(t("measurements.year", { from: year, to: String(year + 1).slice(2) }), taken);
    };
    const render = () => {
      const list = store.measurements();
      const shown = list.find((m) => m.id === compared);
      $choose.replaceChildren(...(list.length
        ? list.map((m) => h("option", { value: m.id }, `${m.name} (${new Date(m.date).toLocaleDateString("nl")})`))
        : [h("option", {}, t("measurements.none"))]));
      for (const $el of [$choose, $("[data-compare]"), $("[data-delete]")]) $el.disabled = !list.length;
      $save.querySelector("button").disabled = store.status().readOnly;
      if (shown) $choose.value = shown.id;
      renderComparison($out, shown ? [shown, { name: t("measurements.now"), answers: store.list().answers }] : [],
        { level: 4, delta: true, ...context });
    };

    $save.addEventListener("submit", (event) => {
      event.preventDefault();
      const name = uniqueName(cleanName($save.elements.name.value, vocab.limits.name_length), store.measurements().map((m) => m.name));
      if (!name) return $save.elements.name.focus();
      status.act(() => store.saveMeasurement(name), () => t("measurements.saved", { name }));
      suggest();
      // A double-click must not save twice: the button rests for a moment.
      const $button = $save.querySelector("button");
      $button.disabled = true;
      later(signal, () => ($button.disabled = store.status().readOnly), 1000);
    }, { signal });
    $("[data-compare]").addEventListener("click", () => {
      compared = $choose.value;
      render();
      $out.firstChild?.focus();
    }, { signal });
    $("[data-delete]").addEventListener("click", async () => {
      const measurement = store.measurements().find((m) => m.id === $choose.value);
      const $confirm = $("[data-dialog=confirm]");
      $confirm.querySelector("p").textContent = t("measurements.confirm_delete", measurement);
      if (await showDialog($confirm)) {
        status.act(() => store.deleteMeasurement(measurement.id), () => t("measurements.deleted", measurement));
      }
    }, { signal });

    suggest();
    render();
    store.subscribe((change) => (change.measurements || change.items !== undefined || change.status) && render(), signal);
  }
}
