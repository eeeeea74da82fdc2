/* Taking answers along and working together: export (JSON, CSV) and import, share links, several checklists,
   measurements and the compare view. Everything happens in this browser; saving is GK.store's job.

   Text from a file or a link is only ever added as text (Element.append of a string, textContent), never
   parsed as HTML. The words shown come from the templates ([data-gk-text]), the checklist from [data-gk-checklist].
   A classic script (file:// blocks modules); every [data-gk] element is started once, also after Material's
   instant navigation swaps the page (document$). The export format: formats/README.md. */
(() => {
  "use strict";
  const GK = (window.GK = window.GK || {});
  const store = GK.store;
  if (GK.exchange || !store) return;
  GK.exchange = {};

  const FORMAT = "gelijke-kansen/export";
  const MAX = 1e6; // bytes; a full export with long notes is some 20 KB
  const ID = /^[1-9]\d{0,2}[a-z]$/; // an item id; also keeps keys like __proto__ out of our objects
  const CODES = "-ndjo"; // share link, one character per item: none, then store.ANSWERS in order

  const $$ = (selector, $root) => [...($root || document).querySelectorAll(selector)];
  // Elements the script works with have an id "gk-…": each component is on a page at most once.
  const el = (name) => document.getElementById("gk-" + name);
  // An element with text and elements inside; strings become text nodes.
  const h = (tag, className, ...kids) => {
    const $el = document.createElement(tag);
    $el.className = className || "";
    $el.append(...kids.flat(2).filter(Boolean));
    return $el;
  };
  // A text from the templates, with {name} and the like filled in.
  const t = (key, values) => Object.assign({}, ...$$("[data-gk-text]").map(($el) => ($el.gkText ||= JSON.parse($el.getAttribute("data-gk-text")))))[key]
    .replace(/\{(\w+)\}/g, (all, name) => values[name]);
  const isObject = (value) => value && typeof value == "object" && !Array.isArray(value);
  const now = () => new Date().toISOString();
  // "2026-11-27 09:05" in local time: Swedish writes dates the ISO way, and Excel reads that as a date.
  const local = (time) => new Date(time).toLocaleString("sv").slice(0, 16);
  // FNV-1a: enough to notice a link that was cut off or edited by hand (not a protection against forgery).
  const checksum = (text) => {
    let x = 2166136261;
    for (let i = 0; i < text.length; i++) x = Math.imul(x ^ text.charCodeAt(i), 16777619);
    return (x >>> 0).toString(36);
  };
  const problem = (error) => t(typeof error == "string" ? error : "json") + t("kept");

  // The checklist as the build wrote it into the page (macros/exchange.py), with flat lists added.
  function checklist() {
    const $data = document.querySelector("[data-gk-checklist]");
    if (!$data.gkData) {
      const data = ($data.gkData = JSON.parse($data.getAttribute("data-gk-checklist")));
      data.criteria = data.themes.flatMap((theme) => theme.criteria.map((c) => Object.assign(c, { theme: theme.title })));
      data.items = data.criteria.flatMap((c) => c.items.map((item) => Object.assign(item, { c })));
    }
    return $data.gkData;
  }

  // One saved entry, in the store's shape: only what is filled in, always with a date.
  function put(answers, id, answer, note, changed) {
    const entry = { changed };
    if (answer) entry.answer = answer;
    if (note) entry.note = note;
    if (answer || note) answers[id] = entry;
  }

  /* A file or a link gives {name, answers} or throws the key of its message: all is checked before the user
     gets a choice, and nothing is saved before they make it. */
  function readExport(text) {
    let doc;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      throw "json";
    }
    if (!isObject(doc) || doc.format !== FORMAT) throw "format";
    if (doc.version > 1) throw "newer";
    if (doc.version !== 1 || typeof doc.profile != "string" || !Array.isArray(doc.items)) throw "shape";
    const answers = {};
    const seen = new Set();
    doc.items.forEach((item) => {
      const { id, answer = null, note = "", changed = doc.exported || now() } = isObject(item) ? item : {};
      if (!ID.test(id) || seen.has(id) || (answer !== null && !store.ANSWERS.includes(answer)) ||
        (note !== null && typeof note != "string") || typeof changed != "string") throw "shape";
      seen.add(id);
      put(answers, id, answer, note, changed);
    });
    return { name: doc.profile.trim().slice(0, 80) || t("imported"), answers };
  }

  // Answers per criterion, one character per item (a, b, c …), criteria joined by ".": ids are stable when
  // items are added, so an older link still means the same.
  function pack(answers) {
    const groups = [];
    Object.keys(answers).forEach((id) => {
      if (!ID.test(id) || !answers[id].answer) return;
      const group = (groups[parseInt(id, 10) - 1] ||= []);
      group[id.charCodeAt(id.length - 1) - 97] = CODES[store.ANSWERS.indexOf(answers[id].answer) + 1];
    });
    return Array.from(groups, (group) => Array.from(group || [], (code) => code || "-").join("")).join(".");
  }

  // The fragment (after #) is never sent to a server. s is the checksum of everything before it.
  function shareLink(name, answers, withNotes) {
    const params = new URLSearchParams({ gk: 1, c: checklist().version, n: name, a: pack(answers) });
    const notes = {};
    Object.keys(answers).forEach((id) => answers[id].note && ID.test(id) && (notes[id] = answers[id].note));
    if (withNotes && Object.keys(notes).length) params.set("t", JSON.stringify(notes));
    params.set("s", checksum(String(params)));
    return location.href.split("#")[0] + "#" + params;
  }

  function readLink(link) {
    const params = new URLSearchParams(link.slice(link.indexOf("#") + 1));
    const sum = params.get("s");
    if (params.get("gk") > 1) throw "newer";
    params.delete("s");
    if (params.get("gk") !== "1" || sum !== checksum(String(params))) throw "link";
    try {
      const codes = {};
      const notes = JSON.parse(params.get("t") || "{}");
      const answers = {};
      params.get("a").split(".").forEach((group, c) => [...group].forEach((code, i) => {
        if (i > 25 || CODES.indexOf(code) < 0) throw 0;
        codes[c + 1 + String.fromCharCode(97 + i)] = store.ANSWERS[CODES.indexOf(code) - 1];
      }));
      if (!isObject(notes)) throw 0;
      Object.keys(Object.assign({}, codes, notes)).forEach((id) => {
        if (!ID.test(id) || typeof (notes[id] || "") != "string") throw 0;
        put(answers, id, codes[id], notes[id], now());
      });
      return { name: (params.get("n") || "").trim().slice(0, 80) || t("shared"), answers };
    } catch (e) {
      throw "link";
    }
  }

  // The active checklist in checklist order; answers to items no longer in it follow, so nothing is lost.
  function rows() {
    const mine = store.all();
    const known = checklist().items.map((item) => item.id);
    return checklist().items.concat(Object.keys(mine).filter((id) => !known.includes(id) && ID.test(id)).map((id) => ({ id })))
      .map((item) => [item, mine[item.id] || {}]);
  }

  const EXPORTS = {
    json: () => JSON.stringify({
      format: FORMAT, version: 1, checklist: checklist().version, profile: store.active().name, exported: now(),
      items: rows().map(([item, entry]) => ({ id: item.id, text: item.text, ...entry })) // answer, note, changed
    }, null, 2),
    // For Dutch Excel: BOM (else it reads ANSI), ";" (the Dutch list separator), CRLF. A leading = + - @ would
    // make Excel run the cell as a formula, so such a cell starts with ' instead.
    csv: () => "\ufeff" + [t("csv").split(";")].concat(
      rows().map(([item, e]) => [item.id, item.c && item.c.theme, item.c && item.c.number + ". " + item.c.title, item.text,
        checklist().answers[e.answer], e.note, e.changed && local(e.changed)])
    ).map((row) => row.map((cell) => {
      cell = String(cell || "").replace(/^[=+\-@\t\r]/, "'$&");
      return /[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    }).join(";")).join("\r\n") + "\r\n"
  };

  // store.onChange for an element that instant navigation may remove: it stops listening once it is gone.
  function watch($el, listener) {
    const stop = store.onChange((event) => ($el.isConnected ? listener(event) : stop()));
  }

  /* A component's status line (a polite live region) and "Ongedaan maken" after a change made with act().
     Any later change, here or elsewhere, takes the undo away: restoring then would throw away newer work. */
  function status($root, prefix) {
    const $status = el(prefix + "status");
    const $undo = el(prefix + "undo");
    let before, busy;
    const say = (text, snapshot) => {
      $status.textContent = text;
      before = snapshot;
      if ($undo) $undo.hidden = !snapshot;
    };
    if ($undo) $undo.onclick = () => {
      store.restore(before);
      say(t("undone"));
      $status.focus();
    };
    watch($root, () => busy || !before || say($status.textContent));
    const act = (change, text) => {
      const snapshot = store.snapshot();
      busy = 1;
      try {
        change();
      } finally {
        busy = 0;
      }
      say(text(), snapshot);
    };
    return { say, act, $status };
  }

  // A native modal dialog keeps the focus inside and closes with Escape; focus then goes back to where it was.
  function modal(name, done) {
    const $back = document.activeElement;
    const $dialog = el(name);
    $dialog.returnValue = "";
    $dialog.showModal();
    $dialog.addEventListener("close", () => {
      if ($back) $back.focus();
      if (done && $dialog.returnValue) done();
    }, { once: true });
  }

  function confirmThen(text, yes) {
    el("confirm-text").textContent = text;
    modal("confirm", yes);
  }

  // "Naam", or "Naam (2)" when that is taken: in a list of names each must be told apart.
  function unique(name, taken) {
    let free = name;
    for (let n = 2; taken.includes(free); n++) free = `${name} (${n})`;
    return free;
  }
  const uniqueProfile = (name) => unique(name, store.profiles().map((p) => p.name));

  /* Sources side by side: first the items where they differ most, then per criterion a bar with the counts
     per answer and per item each answer and note. With delta the second source is a later state of the first
     (a measurement and now): the list says what changed, and each criterion how it moved. */
  function compare($out, sources, level, delta) {
    const data = checklist();
    const label = (answer) => data.answers[answer] || t("empty");
    const answers = (item) => sources.map((source) => (source.answers[item.id] || {}).answer || "");
    const counts = (c, x) => {
      const n = { "": 0 };
      store.ANSWERS.forEach((answer) => (n[answer] = 0));
      c.items.forEach((item) => n[answers(item)[x]]++);
      return n;
    };
    const heading = (text) => Object.assign(h("h" + level, "", text), { tabIndex: -1 });
    const th = (scope, ...kids) => Object.assign(h("th", "", kids), { scope });
    $out.textContent = "";
    if (!sources.length) return;
    if (sources[1]) {
      const differ = data.items.map((item) => {
        const given = answers(item).filter((answer) => delta || answer);
        let pairs = 0; // pairs of sources that answered differently
        given.forEach((a, x) => given.forEach((b, y) => (pairs += x < y && a != b)));
        return { item, pairs, text: delta ? answers(item).map(label).join(" → ") : store.ANSWERS
          .map((answer) => [label(answer), sources.filter((s, x) => answers(item)[x] == answer).map((s) => s.name)])
          .filter(([, names]) => names[0]).map(([answer, names]) => `${answer}: ${names.join(", ")}`).join("; ") };
      }).filter((d) => d.pairs).sort((a, b) => b.pairs - a.pairs);
      $out.append(
        heading(delta ? t("since", sources[0]) : t("most")),
        differ[0]
          ? h("ol", "", differ.slice(0, 10).map((d) => h("li", "", h("strong", "", d.item.id), ` ${d.item.text} — ${d.text}`)))
          : h("p", "", t("same")));
    }
    const $scroll = h("div", "gk-scroll", h("table", "gk-table",
      h("thead", "", h("tr", "", th("col", t("item")), sources.map((s) => th("col", s.name)))),
      data.criteria.map((c) => h("tbody", "",
        h("tr", "gk-criterion", th("rowgroup", `${c.number}. ${c.title}`), sources.map((s, x) => {
          const n = counts(c, x);
          const was = delta && x && counts(c, 0);
          const moved = was && store.ANSWERS.filter((a) => n[a] != was[a])
            .map((a) => `${label(a).toLowerCase()} ${n[a] > was[a] ? "+" : "−"}${Math.abs(n[a] - was[a])}`);
          const kinds = store.ANSWERS.concat("").filter((a) => n[a]);
          return h("td", "",
            h("span", "gk-chart", kinds.map((a) => Object.assign(h("span", "gk-" + (a || "leeg")), { style: `flex-grow:${n[a]}` }))),
            kinds.map((a) => `${n[a]} ${label(a).toLowerCase()}`).join(", "),
            moved && h("span", "gk-moved", t("moved", { list: moved.join(", ") || t("none") })));
        })),
        c.items.map((item) => {
          const given = answers(item);
          const differs = new Set(given).size > 1;
          return h("tr", differs ? "gk-differs" : "",
            th("row", h("strong", "", item.id), " " + item.text, differs && h("strong", "", t(delta ? "changed" : "differs"))),
            sources.map((s, x) => h("td", "", h("span", "gk-mark gk-" + (given[x] || "leeg")), label(given[x]),
              (s.answers[item.id] || {}).note && h("small", "", s.answers[item.id].note))));
        })
      ))
    ));
    // A wide table scrolls in its own box (by keyboard too), so the page never scrolls sideways.
    Object.assign($scroll, { tabIndex: 0, role: "region" }).setAttribute("aria-label", t("all"));
    $out.append(heading(t("all")), $scroll);
  }

  let onHash; // what the current page does with a share link in its address
  window.addEventListener("hashchange", () => onHash && onHash());

  const MODULES = {
    // The open checklist, on every page: switch, create, rename, delete (with confirm and undo).
    profiles($root) {
      const { say, act } = status($root, "bar-");
      const $select = el("profile");
      const render = () => {
        const active = store.active();
        $select.replaceChildren(...store.profiles().map((p) => new Option(p.name, p.id, false, p.id == active.id)));
        $$("[data-gk-active]", $root).forEach(($el) => ($el.textContent = active.name));
      };
      render();
      watch($root, render);
      $select.onchange = () => {
        store.switchProfile($select.value);
        say(t("switched", store.active()));
      };
      el("manage").onclick = () => {
        el("rename").value = store.active().name;
        modal("manage-dialog");
      };
      $root.onsubmit = (event) => {
        const $form = event.target;
        const name = { name: $form.elements[0].value.trim() };
        if (!$form.id) return; // "Sluiten" closes the dialog
        event.preventDefault();
        if (!name.name) return $form.elements[0].focus();
        el("manage-dialog").close();
        $form.reset();
        const { id } = store.active();
        name.name = unique(name.name, store.profiles().filter((p) => p.id != id || $form.id == "gk-create").map((p) => p.name));
        act(() => ($form.id == "gk-create" ? store.createProfile(name.name) : store.renameProfile(id, name.name)),
          () => t($form.id == "gk-create" ? "made" : "renamed", name));
      };
      el("delete").onclick = () => {
        const { id, name } = store.active();
        confirmThen(t("deleteProfile", { name }), () => {
          el("manage-dialog").close();
          act(() => store.deleteProfile(id), () => t("deleted", { name, active: store.active().name }));
        });
      };
    },

    // On the overview: export, import, share link, a shared link read-only, measurements.
    exchange($root) {
      const { say, act, $status } = status($root, "");
      const $mode = el("import-dialog").querySelector("form").elements["gk-mode"];
      let theirs, measured;

      $$("[data-gk-export]", $root).forEach(($button) => ($button.onclick = () => {
        const kind = $button.getAttribute("data-gk-export");
        const slug = store.active().name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
          .replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "checklist";
        const $a = h("a");
        $a.download = `gelijke-kansen-${slug}-${local(Date.now()).slice(0, 10)}.${kind}`;
        $a.href = URL.createObjectURL(new Blob([EXPORTS[kind]()], { type: kind == "csv" ? "text/csv" : "application/json" }));
        $a.click();
        setTimeout(() => URL.revokeObjectURL($a.href), 1e4); // time for the browser to start the download
        say(t("downloaded", { name: $a.download }));
      }));

      // The user sees what an import changes and chooses how; it can be undone afterwards.
      const offer = (incoming, mode) => {
        const mine = store.all();
        const ids = Object.keys(incoming.answers);
        const differ = (id) => mine[id].answer != incoming.answers[id].answer || mine[id].note != incoming.answers[id].note;
        el("summary").textContent = t("summary", {
          name: incoming.name, count: ids.length, mine: store.active().name,
          fresh: ids.filter((id) => !mine[id]).length, other: ids.filter((id) => mine[id] && differ(id)).length,
          only: Object.keys(mine).filter((id) => !incoming.answers[id]).length
        });
        $mode.value = mode;
        el("import-name").value = uniqueProfile(incoming.name);
        modal("import-dialog", () => {
          const name = uniqueProfile(el("import-name").value.trim() || incoming.name);
          const how = $mode.value;
          const current = store.all();
          act(() => how == "new" ? store.createProfile(name, incoming.answers) : store.replaceAll(how == "replace"
            ? incoming.answers
            : how == "mine" ? Object.assign({}, incoming.answers, current) : Object.assign({}, current, incoming.answers)),
          () => t(how == "new" ? "created" : "merged", { name, from: incoming.name, mine: store.active().name }));
          $status.focus();
        });
      };

      el("import").onchange = async ({ target }) => {
        const file = target.files[0];
        let incoming;
        target.value = ""; // choosing the same file again is a new choice
        try {
          if (file.size > MAX) throw "big";
          incoming = readExport(await file.text());
        } catch (error) {
          return say(problem(error));
        }
        offer(incoming, "mine");
      };

      const link = () => {
        el("copy-status").textContent = "";
        el("share-link").value = shareLink(el("share-name").value.trim() || store.active().name, store.all(), el("notes").checked);
      };
      el("share-dialog").oninput = link;
      el("share").onclick = () => {
        el("share-name").value = store.active().name;
        el("notes").checked = false;
        link();
        modal("share-dialog");
      };
      el("copy").onclick = () => {
        const done = (key) => (el("copy-status").textContent = t(key));
        // No clipboard (refused, or a page not served over https): the link is selected to copy by hand.
        Promise.resolve().then(() => navigator.clipboard.writeText(el("share-link").value)).then(() => done("copied"), () => {
          el("share-link").select();
          done("copyFailed");
        });
      };

      const showShared = () => theirs && compare(el("shared-out"), [theirs].concat(
        el("with-mine").checked ? { name: t("mine"), answers: store.all() } : []), 3);
      onHash = () => {
        if (!$root.isConnected || !/gk=/.test(location.hash)) return;
        try {
          theirs = readLink(location.hash);
        } catch (error) {
          say(problem(error));
          return $status.focus();
        }
        el("shared-name").textContent = theirs.name;
        el("shared").hidden = false;
        showShared();
        el("shared-title").focus();
      };
      onHash();
      el("with-mine").onchange = showShared;
      el("take").onclick = () => offer(theirs, "new");
      el("close-shared").onclick = () => {
        theirs = null;
        el("shared").hidden = true;
        history.replaceState(history.state, "", location.pathname + location.search);
        document.getElementById("bewaren-en-delen").focus();
      };

      const measurements = () => {
        const list = store.measurements();
        const shown = list.find((m) => m.id == measured);
        el("measure").replaceChildren(...list.map((m) => new Option(`${m.name} (${new Date(m.date).toLocaleDateString("nl")})`, m.id)));
        if (!list[0]) el("measure").append(new Option(t("noMeasurements")));
        ["measure", "compare-measure", "delete-measure"].forEach((name) => (el(name).disabled = !list[0]));
        if (shown) el("measure").value = shown.id;
        compare(el("measure-out"), shown ? [shown, { name: t("now"), answers: store.all() }] : [], 4, 1);
      };
      const year = new Date().getFullYear() - (new Date().getMonth() < 7); // a school year starts in August
      el("measure-name").value = t("year", { from: year, to: year + 1 });
      el("measure-form").onsubmit = (event) => {
        const name = { name: el("measure-name").value.trim() };
        event.preventDefault();
        act(() => store.saveMeasurement(name.name), () => t("measured", name));
      };
      el("compare-measure").onclick = () => {
        measured = el("measure").value;
        measurements();
        el("measure-out").firstChild.focus();
      };
      el("delete-measure").onclick = () => {
        const m = store.measurements().find((m) => m.id == el("measure").value);
        confirmThen(t("deleteMeasurement", m), () => act(() => store.deleteMeasurement(m.id), () => t("deletedMeasurement", m)));
      };
      measurements();
      watch($root, () => {
        measurements();
        showShared();
      });
    },

    // /vergelijken/: exports and links side by side, optionally with checklists from this browser.
    compare($root) {
      const { say, $status } = status($root, "");
      const sources = [];
      let shownProfiles;
      const add = (source, from) => sources.push(Object.assign(source, { from, name: unique(source.name, sources.map((s) => s.name)) }));
      const render = () => {
        const profiles = store.snapshot().profiles;
        const checked = $$("input:checked", el("mine")).map(($box) => $box.value);
        // Rebuilt only when the checklists change: a rebuilt checkbox would lose the keyboard focus.
        if (shownProfiles != (shownProfiles = JSON.stringify(profiles.map((p) => [p.id, p.name])))) {
          $$("label", el("mine")).forEach(($label) => $label.remove());
          profiles.forEach((p) => el("mine").append(h("label", "sc-choice",
            Object.assign(h("input"), { type: "checkbox", value: p.id, checked: checked.includes(p.id) }), " " + p.name)));
        }
        el("sources").replaceChildren(...sources.map((source) => h("li", "", `${source.name} (${source.from}) `,
          Object.assign(h("button", "sc-button", t("remove"), h("span", "sc-visually-hidden", ": " + source.name)), {
            type: "button",
            onclick() {
              sources.splice(sources.indexOf(source), 1);
              render();
              say(t("removed", source));
              $status.focus();
            }
          }))));
        compare(el("out"), profiles.filter((p) => checked.includes(p.id))
          .map((p) => ({ name: t("here", p), answers: p.answers })).concat(sources), 2);
      };
      el("mine").onchange = render;
      el("files").onchange = async ({ target }) => {
        const files = [...target.files];
        const problems = [];
        target.value = "";
        for (const file of files) {
          try {
            if (file.size > MAX) throw "big";
            add(readExport(await file.text()), file.name);
          } catch (error) {
            problems.push(`${file.name}: ${problem(error)}`);
          }
        }
        render();
        say([t("loaded", { count: files.length - problems.length })].concat(problems).join(" "));
      };
      const addLink = (link) => {
        try {
          add(readLink(link), t("fromLink"));
        } catch (error) {
          return say(problem(error));
        }
        render();
        say(t("added", sources[sources.length - 1]));
        return true;
      };
      el("add-link").onsubmit = (event) => {
        event.preventDefault();
        if (addLink(el("link").value)) el("link").value = "";
      };
      el("print").onclick = () => print();
      onHash = () => $root.isConnected && /gk=/.test(location.hash) && addLink(location.hash);
      onHash();
      render();
      watch($root, render);
    }
  };

  function start() {
    $$("[data-gk]").forEach(($el) => {
      if ($el.hasAttribute("data-gk-init")) return;
      $el.setAttribute("data-gk-init", "");
      // Errors stay with their component: a broken one must not stop the rest of the page.
      try {
        MODULES[$el.getAttribute("data-gk")]($el);
      } catch (error) {
        console.error(error);
      }
    });
    // Saved by a newer version of the site: the store shows it but changes nothing, so offer nothing that would.
    if (store.status().problem == "newer") {
      $$("#gk-import, #gk-manage, #gk-take, #gk-measure-form button").forEach(($el) => ($el.disabled = true));
    }
  }
  start();
  if (window.document$) document$.subscribe(start);
})();
