/* /vergelijken/: files, share links, backups and lists from this browser side by side, as a heatmap
   (components/heatmap.js). What is loaded stays in this page's memory; nothing is sent or saved. Fetched when
   the page is first used (parts/compare-view.js); components/compare-page.js draws the lists to choose from.

   A school is a list's name: files of one list from different years, and the measurements inside them, become one
   school's columns, oldest first, each labelled with its date or the measurement's name. The total (Regio) takes
   the newest column of each school. In the mode "team" every list is a colleague of its own: no time series, the
   total is the team's, and each statement says whether they agree. */
import { h } from "../core/dom.js";
import { download, fileName } from "../core/download.js";
import { feedback } from "../core/feedback.js";
import { isBackup, readBackup } from "../formats/backup.js";
import { csv } from "../formats/csv.js";
import { readExportFile } from "../formats/exportfile.js";
import { cleanName, uniqueName } from "../formats/names.js";
import { comparisonTable, groupSources, isTable } from "../formats/region.js";
import { checksum, isShareFragment, readShareFragment } from "../formats/sharelink.js";
import { FormatProblem } from "../formats/vocabulary.js";
import { unpackMeasurements } from "../store/document.js";
import { problemText } from "./files.js";
import { renderHeatmap } from "./heatmap.js";

const PHONE = "(max-width: 40em)";
// "27 nov 2026", or with the time where one day is not enough. Each formatter is made once, at its first use:
// making one costs more than the rest of the page's start.
const formats = {};
const day = (date, time = false) => {
  formats[time] ??= new Intl.DateTimeFormat("nl", { dateStyle: "medium", timeStyle: time ? "short" : undefined });
  return formats[time].format(new Date(date));
};

export class CompareView {
  constructor($root, context) {
    const { store, t, vocab, checklist, signal } = context;
    const $ = (selector) => $root.querySelector(selector);
    const $view = $("[data-form=view]");
    const status = feedback({ $status: $(".gk-status"), store, t, signal });
    const phone = window.matchMedia(PHONE);
    const known = new Set(checklist.byId.keys());
    const names = [t("lists.default"), t("lists.default_before")];
    // Names that are no school's own: lists with such a name are never taken for one school.
    const unnamed = new Set(
      [...names, t("exchange.imported"), t("exchange.shared")].map((name) => name.toLocaleLowerCase("nl")),
    );
    const inputs = []; // { key, from, lists: [{ name, exported, answers, plan, measurements }] }
    const open = new Set();
    let view = null;

    // The same file or link twice is one source; name says which, in the message.
    const add = (key, from, lists, name = from) => {
      if (inputs.some((input) => input.key === key)) return t("compare.duplicate", { name });
      inputs.push({ key, from, lists });
      return "";
    };

    // Every column, by school, from what was loaded and the lists chosen in this browser.
    const build = () => {
      const mode = $view.elements.mode.value;
      const chosen = new Set([...$("[data-mine]").querySelectorAll(":checked")].map(($box) => $box.value));
      const mine = store
        .checkpoint()
        .lists.filter((list) => chosen.has(list.id))
        .map((list) => ({
          from: t("compare.here"),
          lists: [{ ...list, measurements: unpackMeasurements(list.measurements) }],
        }));
      const withMeasurements = mode === "school" && $view.elements.measurements.checked;
      const seen = new Set();
      const sources = [...mine, ...inputs].flatMap((input) =>
        input.lists.flatMap((list) => {
          const name = cleanName(list.name, vocab.limits.name_length) || t("exchange.imported");
          const school =
            mode === "school" && !unnamed.has(name.toLocaleLowerCase("nl")) ? name.toLocaleLowerCase("nl") : null;
          const now = {
            name,
            school,
            date: list.exported || null,
            label: list.exported ? day(list.exported) : input.from,
            answers: list.answers,
            plan: list.plan || [],
          };
          const then = (withMeasurements ? list.measurements : [])
            .filter((m) => {
              // The same measurement in two files of one school (last year's and this year's) is one column.
              const key = `${school}\u0000${m.id}\u0000${m.date}`;
              return !(school && seen.has(key)) && seen.add(key);
            })
            .map((m) => ({
              ...now,
              date: m.date,
              label: m.name,
              answers: m.answers,
              plan: now.plan.filter((step) => step.id in m.plan),
            }));
          return [...then, now];
        }),
      );
      const taken = [];
      const groups = groupSources(sources, (source) => source.school).map((group) => {
        const name = uniqueName(group.sources[0].name, taken);
        taken.push(name);
        const labels = group.sources.map((source) => source.label);
        const columns = group.sources.map((source, x) => ({
          name,
          source,
          plan: source.plan,
          // Two columns of one school on the same day: their times tell them apart.
          label:
            source.date && labels.indexOf(source.label) !== labels.lastIndexOf(source.label)
              ? day(source.date, true)
              : labels[x],
        }));
        return { name, columns };
      });
      const columns = groups.flatMap((group) => group.columns);
      const total =
        groups.length > 1
          ? {
              title: t(`compare.total_${mode}`),
              columns: mode === "team" ? columns : groups.map((group) => group.columns.at(-1)),
            }
          : null;
      return { mode, groups, columns, total, order: $view.elements.order.value, open, phone: phone.matches };
    };

    const render = () => {
      const start = performance.now();
      // What each file or link brought: its lists, its date, and how many measurements and plan steps they hold.
      const held = (input, key, text) => {
        const n = input.lists.reduce((sum, list) => sum + (list[key]?.length || 0), 0);
        return n ? t(text, { n }) : "";
      };
      $("[data-sources] ul").replaceChildren(
        ...inputs.map((input) =>
          h(
            "li",
            {},
            `${input.lists.map((list) => list.name).join(", ")} (${[
              input.from,
              input.lists[0]?.exported && day(input.lists[0].exported),
              held(input, "measurements", "compare.measurements"),
              held(input, "plan", "compare.steps"),
            ]
              .filter(Boolean)
              .join(", ")}) `,
            h(
              "button",
              {
                type: "button",
                className: "gk-button",
                onclick() {
                  inputs.splice(inputs.indexOf(input), 1);
                  render();
                  status.say(t("compare.removed", { name: input.from }));
                  $(".gk-status").focus();
                },
              },
              t("compare.remove"),
              h("span", { className: "gk-visually-hidden" }, `: ${input.from}`),
            ),
          ),
        ),
      );
      view = build();
      $("[data-sources]").hidden = !inputs.length;
      $view.hidden = !view.columns.length;
      $view.elements.measurements.disabled = view.mode === "team";
      $("[data-weakest]").textContent = t(`compare.order_weakest_${view.mode}`);
      $("[data-open-all]").textContent = t(
        open.size === checklist.criteria.length ? "compare.close_all" : "compare.open_all",
      );
      if (view.columns.length) renderHeatmap($("[data-out]"), view, context);
      else $("[data-out]").replaceChildren();
      fit();
      // How long drawing took, for the tests and `make bench` (User Timing: nothing is kept or sent).
      performance.clearMeasures("gk-compare-render");
      performance.measure("gk-compare-render", { start });
    };

    // A table wider than its place scrolls in its own box (css/heatmap.css); one that fits keeps the page's scroll.
    const fit = () => {
      const $box = $(".gk-heat");
      if (!$box) return;
      const wide = $box.classList.toggle("gk-heat--wide", $box.scrollWidth > $box.clientWidth);
      $box.tabIndex = wide ? 0 : -1; // a box that scrolls, scrolls by keyboard too
    };
    // The header row stays in view (sticky): a cell that gets the focus must not end up below it.
    const uncover = ({ target }) => {
      const $head = $(".gk-heat thead");
      if (!$head || !target.closest(".gk-heat tbody")) return;
      const covered = $head.getBoundingClientRect().bottom - target.getBoundingClientRect().top;
      if (covered > 0) ($head.closest(".gk-heat--wide") || window).scrollBy(0, -covered - 8);
    };

    const readFile = async (file) => {
      // A table for Excel is known by its name before it is read, or by its first line once JSON fails.
      if (isTable(file.name, "")) throw new FormatProblem("csv");
      if (file.size > vocab.limits.import_bytes) throw new FormatProblem("big");
      const text = await file.text();
      let value;
      try {
        value = JSON.parse(text);
      } catch {
        throw new FormatProblem(isTable("", text) ? "csv" : "json");
      }
      if (!isBackup(value)) return { text, lists: [readExportFile(text, checklist, vocab)] };
      // A backup holds every list of someone's browser: each list with answers joins in.
      const lists = readBackup(value, names)
        .document.lists.filter((list) => Object.keys(list.answers).length)
        .map((list) => ({ ...list, exported: value.made, measurements: unpackMeasurements(list.measurements) }));
      return {
        text,
        lists,
        said: t(lists.length ? "compare.backup" : "compare.backup_empty", { name: file.name, n: lists.length }),
      };
    };

    const addLink = (link) => {
      const fragment = link.slice(link.indexOf("#") + 1);
      let said;
      let name;
      try {
        const list = readShareFragment(fragment, vocab, known, new Date().toISOString());
        name = cleanName(list.name, vocab.limits.name_length) || t("exchange.shared");
        said = add(
          `link\u0000${checksum(fragment)}`,
          t("compare.from_link"),
          [{ ...list, name, exported: null, plan: [], measurements: [] }],
          name,
        );
      } catch (error) {
        status.say(problemText(error, t));
        return false;
      }
      render();
      status.say(said || t("compare.added", { name }));
      return true;
    };

    $("[data-mine]").addEventListener("change", render, { signal });
    $view.addEventListener("change", render, { signal });
    $("input[type=file]").addEventListener(
      "change",
      async ({ target }) => {
        const files = [...target.files];
        const said = [];
        let loaded = 0;
        target.value = ""; // choosing the same files again is a new choice
        performance.clearMeasures("gk-compare-loaded");
        performance.mark("gk-compare-chosen");
        // Read side by side, added in the order chosen.
        const reads = await Promise.allSettled(files.map(readFile));
        reads.forEach((read, x) => {
          if (read.status === "rejected") {
            said.push(`${files[x].name}: ${problemText(read.reason, t)}`);
            return;
          }
          const { text, lists } = read.value;
          const duplicate = add(`file\u0000${text.length}\u0000${checksum(text)}`, files[x].name, lists);
          loaded += !duplicate;
          said.push(duplicate || read.value.said || "");
        });
        render();
        status.say([t("compare.loaded", { count: loaded }), ...said.filter(Boolean)].join(" "));
        // From the choice to the next frame: reading, drawing and the browser's layout, as a user waits for it.
        requestAnimationFrame(() => setTimeout(() => performance.measure("gk-compare-loaded", "gk-compare-chosen")));
      },
      { signal },
    );
    $("[data-form=link]").addEventListener(
      "submit",
      (event) => {
        event.preventDefault();
        const $link = event.target.elements.link;
        if (addLink($link.value)) $link.value = "";
      },
      { signal },
    );
    // Opening or closing a criterion shows or hides its statements in place: the focus stays on its button.
    $("[data-out]").addEventListener(
      "click",
      ({ target }) => {
        const $toggle = target.closest("button[data-toggle]");
        if (!$toggle) return;
        const number = Number($toggle.dataset.toggle);
        const shown = !open.has(number);
        if (shown) open.add(number);
        else open.delete(number);
        $toggle.setAttribute("aria-expanded", String(shown));
        for (const $row of $toggle.closest("tbody").querySelectorAll(".gk-heat__item")) $row.hidden = !shown;
        $("[data-open-all]").textContent = t(
          open.size === checklist.criteria.length ? "compare.close_all" : "compare.open_all",
        );
      },
      { signal },
    );
    // In the cards, <details> opens itself; remember it for the next drawing.
    $("[data-out]").addEventListener(
      "toggle",
      ({ target }) => {
        const number = Number(target.querySelector("[data-toggle]")?.dataset.toggle);
        if (target.open) open.add(number);
        else open.delete(number);
      },
      { signal, capture: true },
    );
    $("[data-open-all]").addEventListener(
      "click",
      () => {
        const all = open.size < checklist.criteria.length;
        for (const criterion of checklist.criteria) all ? open.add(criterion.number) : open.delete(criterion.number);
        render();
      },
      { signal },
    );
    $("[data-save=csv]").addEventListener(
      "click",
      () => {
        const table = comparisonTable({
          checklist,
          vocab,
          header: t("compare.csv_header").split(";"),
          columns: view.columns.map((column) => ({ title: `${column.name} (${column.label})`, source: column.source })),
          total: view.total && { title: view.total.title, sources: view.total.columns.map((column) => column.source) },
        });
        status.say(
          t("exchange.downloaded", { name: download(fileName(t("compare.file_name"), "csv"), csv(table), "text/csv") }),
        );
      },
      { signal },
    );
    $("[data-print]").addEventListener("click", () => window.print(), { signal });
    phone.addEventListener("change", render, { signal });
    window.addEventListener("resize", fit, { signal });
    $("[data-out]").addEventListener("focusin", uncover, { signal });
    const fromAddress = () => isShareFragment(location.hash) && addLink(location.hash);
    window.addEventListener("hashchange", fromAddress, { signal });
    fromAddress();
    render();
    store.subscribe((change) => (change.lists || change.items !== undefined) && render(), signal);
  }
}
