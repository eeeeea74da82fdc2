/* The view: whose statements a page shows, as a role from the vocabulary ("klas", "school", "regio") or ""
   for all of them. It is in the address of the overview (?voor=klas), so a view can be bookmarked and shared,
   and remembered in this browser, so that other pages can offer "the next statement for you". */
export function createView({ roles, local, key, signal }) {
  const known = new Set(roles.map((role) => role.id));
  const listeners = new EventTarget();
  const remembered = () => {
    try {
      return local?.getItem(`${key}.view`) || "";
    } catch {
      return "";
    }
  };
  const remember = (value) => {
    try {
      local?.setItem(`${key}.view`, value);
    } catch {
      // Not remembered: the address still has it.
    }
  };
  const asked = new URLSearchParams(location.search).get("voor");
  // A view in the address (a start path, a shared link) becomes the one remembered: the next statement for you.
  if (known.has(asked) && asked !== remembered()) remember(asked);
  let role = known.has(asked) ? asked : known.has(remembered()) ? remembered() : "";

  return {
    get role() {
      return role;
    },
    // The role remembered in this browser (a backup carries it), whatever the address says.
    get remembered() {
      return known.has(remembered()) ? remembered() : "";
    },
    // The role in the address of this page, without a new history entry (and only when it changes: on a long
    // page replaceState takes tens of milliseconds).
    showInAddress() {
      const url = new URL(location.href);
      if (role) url.searchParams.set("voor", role);
      else url.searchParams.delete("voor");
      if (url.href !== location.href) history.replaceState(history.state, "", url);
    },
    set(next) {
      role = known.has(next) ? next : "";
      remember(role);
      this.showInAddress();
      listeners.dispatchEvent(new Event("change"));
    },
    subscribe(listener) {
      listeners.addEventListener("change", listener, { signal });
    },
  };
}
