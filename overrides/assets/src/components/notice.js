/* What is wrong with saving, at the top of every page: storage blocked or full, unreadable or newer data, or this
   tab's list deleted in another tab (then: put it back, or go on in another). Announced when it first appears. */
import { h } from "../core/dom.js";

let said = null; // the problem last announced, across pages: each is said once

export class Notice {
  static moduleName = "gk-notice";

  constructor($root, context) {
    this.$root = $root;
    this.context = context;
    this.render();
    context.store.subscribe(() => this.render(), context.signal);
  }

  render() {
    const { store, t, announce } = this.context;
    const { problem, orphan } = store.status();
    if (!problem) {
      this.$root.replaceChildren();
      this.shown = null;
      return;
    }
    if (problem === this.shown) return;
    this.shown = problem;
    const text = problem === "orphaned" ? t("notice.orphaned", { name: orphan.name }) : t(`notice.${problem}`);
    const $notice = h(
      "div",
      { className: "admonition warning" },
      h("p", { className: "admonition-title" }, t("notice.title")),
      h("p", {}, text),
    );
    if (problem === "orphaned") {
      const button = (label, choose) => h("button", { type: "button", className: "gk-button", onclick: choose }, label);
      $notice.append(
        h(
          "p",
          { className: "gk-row" },
          button(t("notice.keep_orphan", { name: orphan.name }), () => store.keepOrphan()),
          button(t("notice.drop_orphan"), () => store.dropOrphan()),
        ),
      );
    }
    this.$root.replaceChildren($notice);
    if (said !== problem) announce(text);
    said = problem;
  }
}
