/* The config and checklist the build writes into the pages, from the real content file: written by
   tests/unit/test_frontend.py (GK_FIXTURE), so these tests use the same vocabulary as the site. */
import { readFileSync } from "node:fs";
import { translator } from "../../../overrides/assets/src/core/i18n.js";
import { indexChecklist } from "../../../overrides/assets/src/formats/checklist.js";
import { vocabulary } from "../../../overrides/assets/src/formats/vocabulary.js";

const fixture = JSON.parse(readFileSync(process.env.GK_FIXTURE, "utf-8"));

export const config = fixture.config;
export const checklist = indexChecklist(fixture.checklist);
export const vocab = vocabulary(config);
export const t = translator(config.ui);
export const known = new Set(checklist.byId.keys());

// A Storage like the browser's, in memory; shared by the "tabs" of a test.
export function memoryStorage() {
  const data = new Map();
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (key) => (data.has(key) ? data.get(key) : null),
    setItem(key, value) {
      data.set(key, String(value));
    },
    removeItem: (key) => data.delete(key),
    data,
  };
}

// navigator.locks for several tabs: one holder at a time, in the order asked, each grant in a later task.
export function sharedLocks() {
  let queue = Promise.resolve();
  return {
    request(_name, callback) {
      const run = queue.then(() => new Promise((resolve) => setTimeout(resolve, 0))).then(callback);
      queue = run.catch(() => {});
      return run;
    },
  };
}
