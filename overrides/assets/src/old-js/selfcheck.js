/* The self-check on the page: answers and notes on each item, progress counts, "Mijn overzicht" (totals,
   filters, clear all with undo, print) and "Kopieer link". Saving is store.js's job (GK.store); this file
   only shows what is saved and passes on what the user does.

   A classic script, not a module: the offline build runs from file://, where modules are blocked.
   Listeners are delegated and bound once; Material's instant navigation swaps the content and emits
   document$, and then every [data-module="sc-…"] element on the new page is rendered again. */
(function () {
  "use strict";
  var GK = (window.GK = window.GK || {});
  if (GK.selfcheck) return; // the script included twice: the first copy already listens
  // For the other scripts (exchange.js): draw the page again, and speak through the same live region.
  GK.selfcheck = { render: render, say: say };

  var noop = function () {};
  // Without store.js (failed to load) the page still works for this visit, and the notice says so.
  var store = GK.store || {
    all: function () { return {}; },
    status: function () { return { problem: "blocked" }; },
    setAnswer: noop, setNote: noop, replaceAll: noop, onChange: noop
  };
  // In the order the counts are read out: "2 ja, 1 deels".
  var LABELS = { ja: "ja", deels: "deels", nee: "nog niet", onbekend: "weet ik niet" };
  var NOT_KEPT = "Je antwoorden worden nu niet bewaard: ";
  var LOST = " Je kunt alles invullen, maar als je deze site sluit, ben je het kwijt.";
  var NOTICES = {
    blocked: function () { return NOT_KEPT + "deze browser staat niet toe dat deze site iets opslaat." + LOST; },
    full: function () { return NOT_KEPT + "de opslag van deze browser is vol." + LOST; },
    corrupt: function (status) {
      return "We konden je opgeslagen antwoorden niet lezen. " + (status.backupKey
        ? "We hebben een reservekopie gemaakt (in deze browser, onder de naam " + status.backupKey +
          ") en zijn opnieuw begonnen met een lege lijst."
        : "Er kon geen reservekopie worden gemaakt. Daarom bewaren we nu niets, zodat je oude gegevens blijven staan.");
    },
    newer: function () {
      return "Je antwoorden zijn bewaard door een nieuwere versie van deze site. Je kunt ze hier bekijken, maar niet " +
        "veranderen. Laad de pagina opnieuw om de nieuwste versie te gebruiken.";
    }
  };

  var ITEM = "[data-module=sc-item]";
  var data = {}; // the saved answers, read once per render
  var status = {};
  var pending = {}; // notes typed but not saved yet, by item id
  var timer, undo, $live, lastProblem;

  function $$(selector, $root) {
    return Array.prototype.slice.call(($root || document).querySelectorAll(selector));
  }

  function idOf($el) {
    var $item = $el.closest(ITEM);
    return $item && $item.getAttribute("data-item");
  }

  /* One polite live region for every status message, outside the content that instant navigation swaps.
     Made at start-up: screen readers only follow a region that exists before its text changes. */
  function liveRegion() {
    if (!$live || !$live.isConnected) {
      $live = document.createElement("div");
      $live.className = "sc-visually-hidden";
      $live.setAttribute("role", "status");
      document.body.appendChild($live);
    }
    return $live;
  }

  function say(text) {
    // Emptied first and filled a moment later, so the same message twice is read out twice.
    liveRegion().textContent = "";
    setTimeout(function () { $live.textContent = text; }, 100);
  }

  function count(ids) {
    var counts = { all: 0 };
    ids.forEach(function (id) {
      var answer = (data[id] || {}).answer;
      if (LABELS[answer]) {
        counts[answer] = (counts[answer] || 0) + 1;
        counts.all++;
      }
    });
    return counts;
  }

  function itemIds() {
    return $$(ITEM).map(function ($item) { return $item.getAttribute("data-item"); });
  }

  function showNote($item, text) {
    $item.querySelector(".sc-note__filled").hidden = !text.trim();
    $item.querySelector(".sc-print-note").textContent = text.trim();
  }

  /* Components: render($el, first) draws one element from the saved answers; first is true only the first
     time this element is seen (a new page after instant navigation has new elements). */
  var MODULES = {
    "sc-item": function ($item, first) {
      var id = $item.getAttribute("data-item");
      var entry = data[id] || {};
      var $text = $item.querySelector("textarea");
      var readOnly = status.problem === "newer";
      $$("input", $item).forEach(function ($radio) {
        $radio.checked = $radio.value === entry.answer;
      });
      $item.querySelector("fieldset").disabled = readOnly;
      // Never overwrite what is being typed, e.g. when another tab saves meanwhile.
      if (!(id in pending) && $text !== document.activeElement) $text.value = entry.note || "";
      $text.readOnly = readOnly;
      showNote($item, $text.value);
      // On the overview the notes are part of what you came to see: open the filled ones, once.
      if (first && $text.value && $item.closest("[data-open-notes]")) $item.querySelector("details").open = true;
      $item.classList.toggle("sc-target", location.hash === "#" + id);
    },

    "sc-progress": function ($progress) {
      var ids = $progress.getAttribute("data-progress").split(" ");
      var counts = count(ids);
      var parts = Object.keys(LABELS).filter(function (a) { return counts[a]; }).map(function (a) {
        return counts[a] + " " + LABELS[a];
      });
      $progress.textContent = counts.all + " van " + ids.length + " beantwoord" + (parts.length ? ": " + parts.join(", ") : "");
    },

    "sc-totals": function ($totals) {
      var ids = itemIds();
      var counts = count(ids);
      $$("[data-count]", $totals).forEach(function ($count) {
        var answer = $count.getAttribute("data-count");
        $count.textContent = answer ? counts[answer] || 0 : ids.length - counts.all;
      });
    },

    // Filters apply when they change, not on every answer: an item must not vanish while you answer it.
    "sc-filter": function ($filter, first) {
      if (first) filter($filter);
    },

    // Answers to items that were taken out of the checklist: kept in the store, listed so nothing is lost.
    "sc-orphans": function ($section) {
      var known = {};
      var $list = $section.querySelector("ul");
      itemIds().forEach(function (id) { known[id] = true; });
      var ids = Object.keys(data).filter(function (id) { return !known[id]; }).sort();
      $list.textContent = "";
      ids.forEach(function (id) {
        var entry = data[id];
        var $li = document.createElement("li");
        var answer = LABELS[entry.answer] || "geen antwoord";
        $li.textContent = id + ": " + answer.charAt(0).toUpperCase() + answer.slice(1) +
          (entry.note ? ". Notitie: " + entry.note : "");
        $list.appendChild($li);
      });
      $section.hidden = !ids.length;
    }
  };

  function render() {
    data = store.all();
    status = store.status();
    $$("[data-module^='sc-']").forEach(function ($el) {
      var module = MODULES[$el.getAttribute("data-module")];
      if (!module) return;
      // Errors stay with their element: one broken item must not stop the rest of the page.
      try {
        module($el, !$el.hasAttribute("data-sc-init"));
      } catch (error) {
        if (window.console) console.error(error);
      }
      // Also after an error: the CSS keeps the options hidden until this mark is set.
      $el.setAttribute("data-sc-init", "");
    });
    $$("[data-clear], [data-clear-all]").forEach(function ($button) {
      $button.disabled = status.problem === "newer";
    });
    notice();
  }

  // The storage problem, if any, in a notice at the top of the content; announced when it first appears.
  function notice() {
    var text = NOTICES[status.problem] && NOTICES[status.problem](status);
    var $notice = document.getElementById("sc-notice");
    var $article = document.querySelector(".md-content__inner");
    if (!text || !$article) {
      if ($notice) $notice.remove();
      return;
    }
    if (!$notice) {
      $notice = document.createElement("div");
      $notice.id = "sc-notice";
      $notice.className = "admonition warning";
      $notice.innerHTML = '<p class="admonition-title">Let op</p><p></p>';
      // After the page title, so it is the first thing read on the page.
      var $h1 = $article.querySelector("h1");
      $article.insertBefore($notice, $h1 ? $h1.nextSibling : $article.firstChild);
    }
    $notice.lastChild.textContent = text;
    if (status.problem !== lastProblem) say(text);
    lastProblem = status.problem;
  }

  function filter($filter) {
    var todo = $filter.querySelector("[name=todo]").checked;
    var scope = $filter.querySelector("[name=scope]:checked").value;
    var shown = 0;
    $$(ITEM).forEach(function ($item) {
      var show = !(todo && (data[$item.getAttribute("data-item")] || {}).answer === "ja") &&
        (!scope || $item.getAttribute("data-filters").split(" ").indexOf(scope) >= 0);
      $item.hidden = !show;
      shown += show;
    });
    // Headings of themes and criteria with nothing left under them go too.
    $$(".sc-criterion, .sc-theme").forEach(function ($group) {
      $group.hidden = !$group.querySelector(ITEM + ":not([hidden])");
    });
    document.querySelector(".sc-empty").hidden = shown > 0;
    return shown;
  }

  // After clearing all or undoing, "nog te doen" means something else: apply the filters again.
  function refilter() {
    $$("[data-module=sc-filter]").forEach(filter);
  }

  function saveNotes() {
    var notes = pending;
    clearTimeout(timer);
    pending = {};
    Object.keys(notes).forEach(function (id) { store.setNote(id, notes[id]); });
  }

  function copyLink($link) {
    var url = $link.href; // already absolute: the browser resolves it against the page
    function copied() {
      $link.classList.add("sc-copied");
      setTimeout(function () { $link.classList.remove("sc-copied"); }, 3000);
      say("Link gekopieerd.");
    }
    // Clipboard refused (permission, an http:// address): show the link selected, to copy by hand.
    function refused() {
      var $box = $link.parentNode.querySelector(".sc-copy-box");
      if (!$box) {
        $box = document.createElement("label");
        $box.className = "sc-copy-box";
        $box.innerHTML = "Kopieer deze link zelf: <input readonly>";
        $link.parentNode.insertBefore($box, $link.nextSibling);
      }
      var $input = $box.querySelector("input");
      $input.value = url;
      $input.focus();
      $input.select();
      say("Kopiëren lukte niet. De link staat geselecteerd in het vak. Kopieer hem zelf.");
    }
    try {
      navigator.clipboard.writeText(url).then(copied, refused);
    } catch (error) {
      refused();
    }
  }

  function clearAll() {
    saveNotes();
    var before = store.snapshot();
    store.replaceAll({});
    undo = before; // set after the change above, which would otherwise withdraw it
    refilter();
    var $undo = document.querySelector(".sc-undo");
    $undo.hidden = false;
    $undo.querySelector("button").focus();
    say("Alle antwoorden en notities zijn gewist. Met Ongedaan maken zet je ze terug.");
  }

  document.addEventListener("change", function (event) {
    var $target = event.target;
    var id = idOf($target);
    if (id && $target.type === "radio") {
      store.setAnswer(id, $target.value);
    } else if ($target.closest("[data-module=sc-filter]")) {
      var shown = filter($target.closest("[data-module=sc-filter]"));
      say(shown === 1 ? "1 uitspraak te zien." : shown + " uitspraken te zien.");
    }
  });

  // Notes are saved while typing (after a short pause), and at once when the field or the page is left.
  document.addEventListener("input", function (event) {
    var $target = event.target;
    var id = idOf($target);
    if (!id || $target.tagName !== "TEXTAREA") return;
    pending[id] = $target.value;
    showNote($target.closest(ITEM), $target.value);
    clearTimeout(timer);
    timer = setTimeout(saveNotes, 400);
  });
  document.addEventListener("focusout", saveNotes);
  // pagehide: closing, reloading or entering the back/forward cache; visibilitychange: a phone may end a
  // hidden tab without pagehide.
  window.addEventListener("pagehide", saveNotes);
  document.addEventListener("visibilitychange", saveNotes);

  // While capturing: Material's instant navigation follows links from a listener on <body>, and must not
  // follow a "Kopieer link".
  document.addEventListener("click", function (event) {
    var $target = event.target.closest("[data-clear], [data-copy-link], [data-print], [data-clear-all], [data-undo]");
    if (!$target) return;
    if ($target.hasAttribute("data-clear")) {
      var id = idOf($target);
      store.setAnswer(id, null);
      // The button hides once the answer is gone: keep the focus in the item, on its first option.
      $target.closest(ITEM).querySelector("input").focus();
      say("Antwoord bij " + id + " gewist.");
    } else if ($target.hasAttribute("data-copy-link")) {
      event.preventDefault();
      event.stopPropagation();
      copyLink($target);
    } else if ($target.hasAttribute("data-print")) {
      window.print();
    } else if ($target.hasAttribute("data-clear-all")) {
      var $dialog = document.getElementById("sc-wissen");
      if ($dialog.showModal) {
        $dialog.returnValue = "";
        $dialog.showModal();
      } else if (window.confirm("Alle antwoorden en notities wissen?")) {
        clearAll();
      }
    } else {
      var snapshot = undo;
      undo = null;
      store.restore(snapshot);
      refilter();
      $target.parentNode.hidden = true;
      document.querySelector("[data-clear-all]").focus();
      say("Je antwoorden en notities zijn teruggezet.");
    }
  }, true);

  // The confirmation closes by its buttons or Escape; "close" does not bubble, so listen while capturing.
  document.addEventListener("close", function (event) {
    if (event.target.id !== "sc-wissen") return;
    if (event.target.returnValue === "wissen") clearAll();
    else document.querySelector("[data-clear-all]").focus();
  }, true);

  store.onChange(render); // our own changes, and another tab's
  // Any later change takes "Ongedaan maken" away: restoring then would throw away newer work.
  store.onChange(function () {
    if (!undo) return;
    undo = null;
    $$(".sc-undo").forEach(function ($undo) { $undo.hidden = true; });
  });
  // pageshow: back/forward cache, and after the browser has restored old form values into the radios.
  window.addEventListener("pageshow", render);
  window.addEventListener("hashchange", render);
  liveRegion();
  render(); // now, before the first paint where possible; the DOM above this script is complete
  if (window.document$) document$.subscribe(render);
})();
