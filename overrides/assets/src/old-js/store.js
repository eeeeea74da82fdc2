/* Saved answers: one versioned document in localStorage under this site's own key, nothing else.
   Several sites can share an origin (and every file:// page shares one), so the key holds the site's base
   path, and we never call localStorage.clear() or touch other keys. Nothing here throws: when storage is
   blocked or full the answers live in memory for this visit and status() says why. */
(function () {
  "use strict";
  var GK = (window.GK = window.GK || {});
  if (GK.store) return;

  var FORMAT = "gelijke-kansen/zelfcheck";
  var SCHEMA = 1;
  var ANSWERS = ["nee", "deels", "ja", "onbekend"];
  // Material's __md_scope is the site root, also on file:// and under a sub-path.
  var KEY = "gelijke-kansen@" + (window.__md_scope ? __md_scope.pathname : "/");
  // Older documents are upgraded step by step: MIGRATIONS[n] turns schema n into n + 1.
  var MIGRATIONS = {};

  var storage = null;
  var doc;
  var state = { persistent: false, problem: null, backupKey: null };
  var listeners = [];

  function now() {
    return new Date().toISOString();
  }

  function newId(prefix) {
    return prefix + Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
  }

  function newProfile(name, answers) {
    return { id: newId("p"), name: name, answers: answers || {}, measurements: [] };
  }

  function emptyDoc() {
    var profile = newProfile("Mijn checklist");
    return { format: FORMAT, schema: SCHEMA, active: profile.id, profiles: [profile] };
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function validAnswers(answers) {
    return isObject(answers) && Object.keys(answers).every(function (id) {
      var entry = answers[id];
      return isObject(entry) && typeof entry.changed === "string" &&
        (entry.answer === undefined || ANSWERS.indexOf(entry.answer) >= 0) &&
        (entry.note === undefined || typeof entry.note === "string");
    });
  }

  function validProfile(profile) {
    return isObject(profile) && typeof profile.id === "string" && typeof profile.name === "string" &&
      validAnswers(profile.answers) && Array.isArray(profile.measurements) &&
      profile.measurements.every(function (m) {
        return isObject(m) && typeof m.id === "string" && typeof m.name === "string" &&
          typeof m.date === "string" && validAnswers(m.answers);
      });
  }

  function validDoc(value) {
    return isObject(value) && value.format === FORMAT && value.schema === SCHEMA &&
      Array.isArray(value.profiles) && value.profiles.length > 0 && value.profiles.every(validProfile) &&
      value.profiles.some(function (p) { return p.id === value.active; });
  }

  /* The saved document, or null when it cannot be used; a newer schema (a page from an old cache next to
     data saved by a newer version) is used read-only so this page cannot overwrite what it doesn't know. */
  function parse(raw) {
    var value;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      return null;
    }
    if (isObject(value) && value.format === FORMAT && typeof value.schema === "number") {
      if (value.schema > SCHEMA) {
        state.problem = "newer";
        return readOnlyView(value);
      }
      while (value.schema < SCHEMA && MIGRATIONS[value.schema]) {
        value = MIGRATIONS[value.schema](value);
      }
    }
    return validDoc(value) ? value : null;
  }

  // What this version can show of a newer document: its active checklist, if that still has our shape.
  function readOnlyView(value) {
    var profiles = Array.isArray(value.profiles) ? value.profiles : [];
    var active = profiles.filter(function (p) { return isObject(p) && p.id === value.active; })[0] || profiles[0];
    return validProfile(active) ? { format: FORMAT, schema: SCHEMA, active: active.id, profiles: [active] } : null;
  }

  function openStorage() {
    try {
      storage = window.localStorage;
      // Probe once, so the user hears before typing that nothing will be kept.
      storage.setItem(KEY + ".probe", "1");
      storage.removeItem(KEY + ".probe");
      state.persistent = true;
    } catch (e) {
      state.problem = storage ? "full" : "blocked";
    }
  }

  function load() {
    var raw = null;
    if (storage) {
      try {
        raw = storage.getItem(KEY);
      } catch (e) {
        state.problem = "blocked";
      }
    }
    doc = raw === null ? null : parse(raw);
    if (raw !== null && !doc) {
      keepBackup(raw);
    }
    if (!doc) doc = emptyDoc();
  }

  // Unreadable data is copied aside before anything else; if even that fails, we stop saving so the
  // original stays where it is.
  function keepBackup(raw) {
    var key = KEY + ".backup." + now();
    state.problem = "corrupt";
    try {
      storage.setItem(key, raw);
      state.backupKey = key;
    } catch (e) {
      state.persistent = false;
    }
  }

  function save() {
    if (!state.persistent) return;
    try {
      storage.setItem(KEY, JSON.stringify(doc));
    } catch (e) {
      state.persistent = false;
      state.problem = "full";
    }
  }

  function changed(source) {
    listeners.slice().forEach(function (listener) {
      try {
        listener({ source: source });
      } catch (e) {
        if (window.console) console.error(e);
      }
    });
  }

  function commit(source) {
    save();
    changed(source || "local");
  }

  function activeProfile() {
    return doc.profiles.filter(function (p) { return p.id === doc.active; })[0];
  }

  function profileById(id) {
    return doc.profiles.filter(function (p) { return p.id === id; })[0];
  }

  function copy(value) {
    return JSON.parse(JSON.stringify(value));
  }

  function update(id, field, value) {
    var answers = activeProfile().answers;
    var entry = answers[id] || {};
    if (value === null || value === "") delete entry[field];
    else entry[field] = value;
    entry.changed = now();
    if (entry.answer === undefined && entry.note === undefined) delete answers[id];
    else answers[id] = entry;
    commit();
  }

  openStorage();
  load();

  function adopt(raw, source) {
    var next = raw === null || state.problem === "newer" ? null : parse(raw);
    if (next && raw !== JSON.stringify(doc)) {
      doc = next;
      changed(source);
    }
  }

  window.addEventListener("storage", function (event) {
    if (event.key === KEY) adopt(event.newValue, "other-tab");
  });
  // A page restored from the back/forward cache missed the storage events of its time away.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted || !state.persistent) return;
    try {
      adopt(storage.getItem(KEY), "other-tab");
    } catch (e) {
      // Storage went away while the page slept: keep what is shown.
    }
  });

  // Data from a newer version is shown, never changed: its shape may hold more than this page knows.
  function writable(change) {
    return function () {
      if (state.problem !== "newer") return change.apply(null, arguments);
    };
  }

  GK.store = {
    KEY: KEY,
    ANSWERS: ANSWERS,
    get: function (id) {
      var entry = activeProfile().answers[id];
      return entry && copy(entry);
    },
    all: function () {
      return copy(activeProfile().answers);
    },
    setAnswer: writable(function (id, answer) {
      if (answer === null || ANSWERS.indexOf(answer) >= 0) update(id, "answer", answer);
    }),
    setNote: writable(function (id, text) {
      update(id, "note", String(text));
    }),
    replaceAll: writable(function (answers) {
      activeProfile().answers = copy(answers);
      commit();
    }),
    status: function () {
      return copy(state);
    },
    onChange: function (listener) {
      listeners.push(listener);
      return function () {
        listeners = listeners.filter(function (l) { return l !== listener; });
      };
    },
    profiles: function () {
      return doc.profiles.map(function (p) {
        return { id: p.id, name: p.name, count: Object.keys(p.answers).length };
      });
    },
    active: function () {
      return { id: doc.active, name: activeProfile().name };
    },
    createProfile: writable(function (name, answers) {
      var profile = newProfile(name, answers && copy(answers));
      doc.profiles.push(profile);
      doc.active = profile.id;
      commit("profile");
      return profile.id;
    }),
    renameProfile: writable(function (id, name) {
      var profile = profileById(id);
      if (profile && name) {
        profile.name = name;
        commit("profile");
      }
    }),
    // The last checklist cannot go: it is emptied into a fresh one instead, so there is always one to fill in.
    deleteProfile: writable(function (id) {
      doc.profiles = doc.profiles.filter(function (p) { return p.id !== id; });
      if (!doc.profiles.length) doc.profiles.push(newProfile("Mijn checklist"));
      if (!profileById(doc.active)) doc.active = doc.profiles[0].id;
      commit("profile");
    }),
    switchProfile: writable(function (id) {
      if (profileById(id)) {
        doc.active = id;
        commit("profile");
      }
    }),
    measurements: function () {
      return copy(activeProfile().measurements);
    },
    saveMeasurement: writable(function (name) {
      var measurement = { id: newId("m"), name: name, date: now(), answers: copy(activeProfile().answers) };
      activeProfile().measurements.push(measurement);
      commit();
      return measurement.id;
    }),
    deleteMeasurement: writable(function (id) {
      var profile = activeProfile();
      profile.measurements = profile.measurements.filter(function (m) { return m.id !== id; });
      commit();
    }),
    // Undo for any change: take a snapshot before, restore it after.
    snapshot: function () {
      return copy(doc);
    },
    restore: writable(function (snapshot) {
      if (validDoc(snapshot)) {
        doc = copy(snapshot);
        commit("profile");
      }
    })
  };
})();
