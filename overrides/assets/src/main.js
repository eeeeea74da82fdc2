/* Every page: the store, the texts, and the components that every kind of page has (the list's name, progress,
   problems with saving). Started at once (before the first paint, where the browser allows), again by the tools
   of a page (criterion.js, tools.js …) and on Material's document$ (instant navigation). Exposed as window.GK
   for those tools, and for the tests. */

import { Lists } from "./components/lists.js";
import { Notice } from "./components/notice.js";
import { startPalette } from "./components/palette.js";
import { Progress } from "./components/progress.js";
import { createAnnouncer } from "./core/announce.js";
import { readChecklist, readConfig } from "./core/config.js";
import { translator } from "./core/i18n.js";
import { register, start } from "./core/lifecycle.js";
import { fromPart, part } from "./core/parts.js";
import { persistAfterFirstAnswer } from "./core/persist.js";
import { createView } from "./core/view.js";
import { isShareFragment } from "./formats/sharelink.js";
import { vocabulary } from "./formats/vocabulary.js";
import { createStore } from "./store/store.js";

// Reading window.localStorage itself throws where the browser blocks site data.
function storage(name) {
  try {
    return window[name];
  } catch {
    return null;
  }
}

// The vocabulary is the same on every page; the texts are those of the page's own scripts (read at each start).
const config = readConfig();
const t = translator(config.ui);
const vocab = vocabulary(config);
const local = storage("localStorage");
// Material's __md_scope is the site root, also on file:// and under a sub-path.
const root = window.__md_scope || new URL("/", location.href);
const key = config.storage + root.pathname;
const store = createStore({
  key,
  names: [t("lists.default"), t("lists.default_before")],
  local,
  session: storage("sessionStorage"),
  locks: navigator.locks || null,
});
const announce = createAnnouncer();
const pageUrl = (page) => new URL(config.pages[page], root).href;

persistAfterFirstAnswer({ store, local, key });
const $palette = document.querySelector("[data-gk-palette]");
if ($palette) startPalette($palette);
window.addEventListener("storage", (event) => event.key === key && store.received());
// A page back from the back/forward cache missed the storage events of its time away.
window.addEventListener("pageshow", (event) => event.persisted && store.received());

// A share link works on the overview and the compare page; opened anywhere else, it goes to the overview.
function followShareLink() {
  const here = document.querySelector("[data-module=gk-shared], [data-module=gk-compare]");
  if (isShareFragment(location.hash) && !here) location.replace(pageUrl("overview") + location.hash);
}
window.addEventListener("hashchange", followShareLink);

// On a phone, Material locks the page's scrolling while its search covers the screen, and lets go only after a
// result has been followed: the jump to the result's section is lost. Jump once the lock is gone, as a link
// does (so the section is :target, below the header), if the address moved meanwhile.
let lockedAt = null;
new MutationObserver(() => {
  if (document.body.hasAttribute("data-md-scrolllock")) lockedAt ??= location.href;
  else if (lockedAt !== null) {
    if (lockedAt !== location.href && location.hash) {
      const $link = Object.assign(document.createElement("a"), { href: location.hash });
      // Not for Material's instant navigation, which listens on the document.
      $link.addEventListener("click", (event) => event.stopPropagation());
      $link.click();
    }
    lockedAt = null;
  }
}).observe(document.body, { attributes: true, attributeFilter: ["data-md-scrolllock"] });

// bundle: called by the tools of a page (tools.js), which start after this script.
function startPage(bundle = false) {
  followShareLink();
  // What waits for data-gk-ready waits for the page's tools too, when it has them (the view filter, the results).
  // Shown before the components start, in the same task (so nothing paints in between): one that moves the
  // focus at its start (a shared link's heading) finds its element visible.
  if (bundle || !document.querySelector("script[data-gk-bundle]"))
    document.documentElement.setAttribute("data-gk-ready", "");
  start((signal) => {
    const here = readConfig();
    const context = {
      config: here,
      vocab,
      t: translator(here.ui),
      store,
      announce,
      pageUrl,
      checklist: readChecklist(),
      view: createView({ roles: config.roles, local, key, signal }),
      signal,
      // Parts (core/parts.js) through the context, so that the page bundles need no copy of the loader.
      part: (name, options) => part(name, context, options),
      fromPart: (name, make) => fromPart(name, context, make),
    };
    return context;
  });
  // A heading's ¶ link is for the mouse: keyboard users would meet it before every section's content.
  for (const $link of document.querySelectorAll(".headerlink")) $link.tabIndex = -1;
}

register(Progress, Notice, Lists);
window.GK = { register, start: () => startPage(true), store, t, config };
startPage();
window.document$?.subscribe(() => startPage());
