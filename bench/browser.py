"""What the measurements run inside Chromium (Playwright): first loads, layout shifts, answers and the store."""

import json
from urllib.parse import urlparse

from playwright.sync_api import TimeoutError as PlaywrightTimeout

from .core import progress

PHONE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1350, "height": 940}}
SETTLE_MS = 3500  # after load: past main.html's 3 s fallback that shows the statements if our script never ran


def first_load(browser, url: str) -> dict:
    """What opening url with an empty cache fetches: requests, bytes over the wire (headers and gzipped bodies), and
    the gzipped bodies of our own scripts and stylesheets (those under assets/gk/) as the browser received them."""
    context = browser.new_context()
    finished = []
    context.on("requestfinished", lambda request: finished.append(request))
    context.new_page().goto(url, wait_until="networkidle")
    figures = {"requests": 0, "bytes": 0, "js": 0, "css": 0, "ours": []}
    for request in finished:
        sizes = request.sizes()
        figures["requests"] += 1
        figures["bytes"] += sizes["responseHeadersSize"] + sizes["responseBodySize"]
        path = urlparse(request.url).path
        if "/assets/gk/" in path:
            kind = {"script": "js", "stylesheet": "css"}.get(request.resource_type)
            if kind:
                figures[kind] += sizes["responseBodySize"]
                figures["ours"].append((kind, path.rsplit("/", 1)[-1]))
    context.close()
    return figures


# Layout shifts without recent input, summed as CLS sums them (over the whole visit; no session windows), with the
# elements that moved (tag.class, where from and to).
SHIFTS = """() => new Promise((resolve) => {
    let total = 0;
    const moved = [];
    const name = (node) => !node ? "?" : node.nodeType !== 1 ? name(node.parentElement) + " text"
        : node.tagName.toLowerCase() + [...node.classList].map((c) => "." + c).join("");
    const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
            if (entry.hadRecentInput) continue;
            total += entry.value;
            const at = (rect) => `${Math.round(rect.x)},${Math.round(rect.y)}`;
            for (const s of entry.sources) {
                moved.push(`${name(s.node)} ${at(s.previousRect)} → ${at(s.currentRect)} (${entry.value.toFixed(4)})`);
            }
        }
    });
    observer.observe({ type: "layout-shift", buffered: true });
    setTimeout(() => { observer.disconnect(); resolve({ total, moved }); }, 100);
})"""


# A mid-range phone on a slow mobile network, as Lighthouse's mobile preset has them (applied, not simulated): so
# the page paints before the scripts have run, and what they fill in late shows as a shift.
SLOW_4G = {
    "offline": False,
    "latency": 150,
    "downloadThroughput": 1.6 * 1024 * 1024 / 8 * 0.9,
    "uploadThroughput": 750 * 1024 / 8 * 0.9,
}
CPU_SLOWDOWN = 4


def layout_shift(context, url: str) -> float:
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", SLOW_4G)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    page.goto(url, wait_until="load", timeout=120_000)
    page.wait_for_timeout(SETTLE_MS)
    shifts = page.evaluate(SHIFTS)
    page.close()
    for moved in shifts["moved"]:
        progress(f"layout shift on {url}: {moved}")
    return shifts["total"]


def restyles(browser, url: str) -> tuple[int, int, int, float]:
    """How much styling and layout the browser did while loading url, from Chromium's trace: the elements it styled
    in all (UpdateLayoutTree's elementCount, summed), how many of those times it styled nearly the whole page (at
    least 80% of the most it styled at once), how many times it laid the page out, and the milliseconds it spent
    matching selectors (Chromium's selector stats, as DevTools shows them). The first three are counts: they do
    not depend on the machine's speed. A class change on <html> or a rule like "x ~ *" restyles the whole page; a
    textarea in a closed <details> made Chromium lay out the whole page once more for each; on the overview each
    time costs more than our scripts do. Why selectors cost: css/base.css."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    categories = ["devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-blink.debug"]
    browser.start_tracing(page=page, categories=categories)
    page.goto(url, wait_until="load")
    page.wait_for_timeout(1000)
    events = json.loads(browser.stop_tracing())["traceEvents"]
    context.close()
    done = [event for event in events if event.get("ph") == "X"]
    counts = [event["args"].get("elementCount") or 0 for event in done if event["name"] == "UpdateLayoutTree"]
    layouts = sum(event["name"] == "Layout" for event in done)
    stats = [event["args"]["selector_stats"] for event in events if "selector_stats" in event.get("args", {})]
    matching = sum(timing["elapsed (us)"] for stat in stats for timing in stat["selector_timings"]) / 1000
    return sum(counts), sum(count >= 0.8 * max(counts) for count in counts), layouts, matching


# Fills the store through its API (window.GK.store): every statement answered and given a note of 150 characters,
# `rounds` times over (each round changes every answer and note); a measurement after each of the first
# `measurements` rounds, then the rest of the measurements in a row.
FILL = """async ({ ids, rounds, measurements }) => {
    const store = GK.store;
    const values = GK.config.answers.map((answer) => answer.value);
    const text = "wat we al doen, wat de volgende stap is en wie hem zet. ".repeat(4);
    const note = (id, round) => `Ronde ${round + 1}, ${id}: ${text}`.slice(0, 150);
    let saved = 0;
    for (let round = 0; round < rounds; round++) {
        ids.forEach((id, i) => {
            store.answer(id, values[(i + round) % values.length]);
            store.note(id, note(id, round));
        });
        await store.settled();
        if (saved < measurements) { store.saveMeasurement(`Meting ${++saved}`); await store.settled(); }
    }
    while (saved < measurements) { store.saveMeasurement(`Meting ${++saved}`); await store.settled(); }
    return localStorage.getItem(store.key).length;
}"""

# The synchronous part of a change and of its save, as the store does them: store.answer() (applied, shown, queued)
# and store.flushNow() (the store's flush(): read what is stored, compare, JSON.stringify, localStorage.setItem).
SAVES = """({ ids }) => {
    const store = GK.store;
    const change = [], save = [];
    ids.forEach((id, i) => {
        const t0 = performance.now();
        store.answer(id, GK.config.answers[i % 2].value);
        const t1 = performance.now();
        store.flushNow();
        const t2 = performance.now();
        change.push(t1 - t0);
        save.push(t2 - t1);
    });
    const size = localStorage.getItem(store.key).length;
    const t0 = performance.now();
    store.saveMeasurement("Nog een meting");
    const t1 = performance.now();
    store.flushNow();
    const t2 = performance.now();
    return { change, save, size, measurement: t1 - t0, measurementSave: t2 - t1 };
}"""

# Installed before any script of the page: for each answer clicked, the time from the click to the next animation
# frame after its change event and the time of the change event's handlers (between a capturing and a bubbling
# listener on window); Chromium's Event Timing entries (what INP is made of: input to next paint, per interaction);
# and long tasks and start-up (data-gk-ready) while the page loads.
FRAMES = """(() => {
    const bench = (window.__bench = { answers: [], events: [], longTasks: [], ready: null });
    let pending = null;
    addEventListener("click", (event) => {
        if (!pending && event.target.closest?.(".gk-option")) pending = { click: event.timeStamp };
    }, true);
    addEventListener("change", () => { if (pending) pending.start = performance.now(); }, true);
    addEventListener("change", () => {
        const answer = pending;
        if (!answer) return;
        pending = null;
        answer.end = performance.now();
        requestAnimationFrame(() => { answer.frame = performance.now(); bench.answers.push(answer); });
    });
    new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
            if (entry.interactionId) bench.events.push({ id: entry.interactionId, duration: entry.duration });
        }
    }).observe({ type: "event", durationThreshold: 16, buffered: true });
    new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: true });
    new MutationObserver(() => {
        const ready = document.documentElement.hasAttribute("data-gk-ready");
        if (bench.ready === null && ready) bench.ready = performance.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-gk-ready"] });
})()"""


def answers_to_frame(page, count: int) -> dict:
    """Click an answer of `count` statements spread over the page, one at a time, with the mouse as a visitor does:
    point, press, release 100 ms later (page.mouse: no Playwright checks run in the page meanwhile). Per answer:
    click → frame and the handler's time (ms); and the interactions as Event Timing measured them (input to next
    paint; entries under 16 ms are not reported, and count as 16)."""
    ids = page.eval_on_selector_all(".gk-statement", "els => els.map((el) => el.dataset.item)")
    step = max(1, len(ids) // count)
    for n, id_ in enumerate(ids[step // 2 :: step][:count]):
        # One that is not chosen yet: clicking the chosen answer changes nothing.
        option = page.locator(f"[id='{id_}'] .gk-option:has(input:not(:checked))").nth(n % 3)
        for attempt in range(3):  # the page may still move under the pointer (e.g. content rendered lazily)
            option.scroll_into_view_if_needed()
            page.wait_for_timeout(300)
            box = option.bounding_box()
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            page.wait_for_timeout(100)
            page.mouse.down()
            page.wait_for_timeout(100)  # as long as a finger or a mouse button is held down
            page.mouse.up()
            try:
                page.wait_for_function("n => window.__bench.answers.length >= n", arg=n + 1, timeout=5000)
                break
            except PlaywrightTimeout:
                progress(f"the click on {id_} missed its answer (attempt {attempt + 1})")
        else:
            raise RuntimeError(f"three clicks on an answer of {id_} changed nothing")
        page.evaluate("() => GK.store.settled()")
    page.wait_for_timeout(500)  # Event Timing reports after the next paint
    figures = page.evaluate("() => window.__bench")
    interactions = {}
    for event in figures["events"]:
        interactions[event["id"]] = max(interactions.get(event["id"], 16), event["duration"])
    return {
        "frame": [a["frame"] - a["click"] for a in figures["answers"]],
        "handler": [a["end"] - a["start"] for a in figures["answers"]],
        "interaction": list(interactions.values()) + [16] * (len(figures["answers"]) - len(interactions)),
    }


def open_page(context, url: str):
    """A page with FRAMES installed, opened at url and settled; its start-up figures."""
    page = context.new_page()
    page.add_init_script(FRAMES)
    page.goto(url, wait_until="load", timeout=120_000)
    page.wait_for_function("() => window.__bench.ready !== null", timeout=120_000)
    page.wait_for_timeout(1000)
    startup = page.evaluate("""() => ({ ready: window.__bench.ready,
        longTasks: window.__bench.longTasks.reduce((a, b) => a + b, 0),
        longest: Math.max(0, ...window.__bench.longTasks) })""")
    return page, startup


def fill(page, rounds: int, measurements: int) -> int:
    """Fill the store of page's site (see FILL); the stored document's length in characters."""
    ids = page.eval_on_selector_all(".gk-statement", "els => els.map((el) => el.dataset.item)")
    if not ids:
        ids = page.evaluate("""() => JSON.parse(document.getElementById("gk-checklist").textContent).themes
            .flatMap((t) => t.criteria).flatMap((c) => c.items).map((i) => i.id)""")
    progress(f"filling the store: {len(ids)} statements, {rounds} round(s), {measurements} measurements")
    return page.evaluate(FILL, {"ids": ids, "rounds": rounds, "measurements": measurements})


def saves(page, count: int) -> dict:
    ids = page.eval_on_selector_all(".gk-statement", "els => els.map((el) => el.dataset.item)")
    return page.evaluate(SAVES, {"ids": ids[:count]})
