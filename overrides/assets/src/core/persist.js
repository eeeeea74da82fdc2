/* After the first answer, ask the browser once to keep this site's data (navigator.storage.persist()): without
   that, a browser may clear it when space runs short. Chromium decides by itself, without a question, for sites
   people use; Firefox may ask them; Safari ignores it (and clears a site's data after 7 days without a visit: the
   overview says so, beside the backup). Asked once per browser: the day it was asked is kept under the key plus
   ".persist". When the browser has answered, "gk-persist" is dispatched on document, for the overview to show. */
export function persistAfterFirstAnswer({ store, local, key, storage = navigator.storage }) {
  const flag = `${key}.persist`;
  const asked = () => {
    try {
      return local.getItem(flag) !== null;
    } catch {
      return true; // nothing can be remembered: never ask
    }
  };
  if (!local || typeof storage?.persist !== "function" || asked()) return;
  const stop = new AbortController();
  store.subscribe((change) => {
    if (change.source !== "local" || !change.items?.length || store.status().problem) return;
    stop.abort();
    if (asked()) return; // another tab asked meanwhile
    try {
      local.setItem(flag, new Date().toISOString());
    } catch {
      return;
    }
    Promise.resolve(storage.persisted?.())
      .then((kept) => kept || storage.persist())
      .catch(() => false)
      .then(() => document.dispatchEvent(new Event("gk-persist")));
  }, stop.signal);
}
