"""The measurements of our own site, page type by page type: build time, weight, Lighthouse, layout shifts, and
the browser's styling work."""

import gzip
import statistics
from functools import partial

from bs4 import BeautifulSoup

from . import browser as chromium
from .core import Bench, Row, build, kb, measurement, progress, spread
from .lighthouse import lighthouse
from .projects import page_types

BUILDS = 3  # builds of each site for the build-time ratio (median)
ISSUE_8_PAGES = ("home", "criterion", "overview")  # Lighthouse mobile ≥ 98 (issue 8); every page type ≥ 95
SHIFT_LOADS = 3  # loads of each page for the layout shifts (the highest counts): whether a shift shows is a race


@measurement("build", "Build time (issue 5): ours against plain Material with the same pages and text")
def build_time(bench: Bench) -> list[Row]:
    ours_site, plain_site = bench.site("ours"), bench.site("plain")
    ours, plain = [], []
    for n in range(BUILDS):  # alternating, so a busy moment costs both alike
        progress(f"build time {n + 1}/{BUILDS}")
        ours.append(build(ours_site.project / "mkdocs.yml", bench.workdir / "build-ours"))
        plain.append(build(plain_site.project / "mkdocs.yml", bench.workdir / "build-plain"))
    ratio = statistics.median(ours) / statistics.median(plain)
    return [
        Row(f"build, whole site ({ours_site.facts['pages']} pages, median of {BUILDS})", spread(ours, " s", 2)),
        Row("build, plain Material site with the same pages and text", spread(plain, " s", 2)),
        Row("build time, ours / plain", f"{ratio:.2f}×", "≤ 1.5×", ratio <= 1.5),
    ]


def inline_data(html: str) -> tuple[int, int]:
    """Raw bytes of our JSON in a page (gk-config, gk-checklist), and what it adds to the gzipped page."""
    soup = BeautifulSoup(html, "html.parser")
    scripts = soup.select("script#gk-config, script#gk-checklist")
    raw = sum(len((script.string or "").encode()) for script in scripts)
    for script in scripts:
        script.string = ""
    return raw, len(gzip.compress(html.encode(), 9)) - len(gzip.compress(str(soup).encode(), 9))


@measurement("weight", "Page weight (issues 5, 8): first load with an empty cache, and our files as served (gzipped)")
def page_weight(bench: Bench) -> list[Row]:
    site = bench.site("ours")
    rows = []
    for name, path in page_types().items():
        progress(f"first load of {name}")
        load = chromium.first_load(bench.browser(), site.url + path)
        raw, gz = inline_data((site.directory / path / "index.html").read_text(encoding="utf-8"))
        files = {kind: " + ".join(sorted(name for k, name in load["ours"] if k == kind)) for kind in ("js", "css")}
        rows += [
            Row(f"{name} (/{path}): first load", f"{load['requests']} requests, {kb(load['bytes'], 0)}"),
            Row(f"{name}: our JS as served ({files['js']})", kb(load["js"]), "≤ 10 KB", load["js"] <= 10 * 1024),
            Row(f"{name}: our CSS as served ({files['css']})", kb(load["css"]), "≤ 4 KB", load["css"] <= 4 * 1024),
            Row(f"{name}: our JSON inlined in the HTML (gk-config, gk-checklist)", f"{kb(raw)}, +{kb(gz)} gz"),
        ]
    return rows


def _median(runs, key: str) -> float:
    return statistics.median(getattr(run, key) for run in runs)


def _each(trio, key: str, unit: str = "", digits: int = 0, scale: float = 1) -> str:
    """A figure of each site's runs, "ours | Material | bare", each its median (min–max)."""
    return " | ".join(spread([getattr(run, key) / scale for run in runs], unit, digits) for runs in trio)


@measurement(
    "lighthouse",
    "Lighthouse mobile (issues 8, 14): ours, Material with our theme settings, and bare Material, taken in turn; "
    "median (min–max)",
)
def lighthouse_mobile(bench: Bench) -> list[Row]:
    """Ratios are against Material with our theme settings (palette and its toggle, instant navigation, toc.follow
    …): what our templates, styles and scripts add. Bare Material is shown beside it: what those settings cost."""
    sites = (bench.site("ours"), bench.site("material"), bench.site("plain"))
    types = page_types()
    results = {(site.name, name): [] for site in sites for name in types}
    for run in range(bench.runs):
        for name, path in types.items():
            for site in sites:
                progress(f"Lighthouse mobile {run + 1}/{bench.runs}: {name}, {site.name}")
                report = bench.workdir / f"lighthouse-mobile-{name}-{site.name}-{run + 1}.json"
                results[site.name, name].append(lighthouse(site.url + path, report))
    bench.shared.setdefault("benchmark", []).extend(r.benchmark for rs in results.values() for r in rs)
    rows = []
    for name in types:
        trio = [results[site.name, name] for site in sites]
        ours, material, plain = trio
        score = _median(ours, "performance")
        lcp, lcp_bare = _median(ours, "lcp") / _median(material, "lcp"), _median(ours, "lcp") / _median(plain, "lcp")
        tbt = _median(ours, "tbt")
        cls = max(r.cls for r in ours)
        each = partial(_each, trio)
        rows += [
            Row(f"{name}: performance, ours | Material | bare", each("performance"), "≥ 95", score >= 95),
            *(
                [Row(f"{name}: performance, ours (issue 8)", f"{score:.0f}", "≥ 98", score >= 98)]
                if name in ISSUE_8_PAGES
                else []
            ),
            Row(
                f"{name}: LCP ours / Material (ours / bare); s",
                f"{lcp:.2f}× ({lcp_bare:.2f}×); {each('lcp', digits=2, scale=1000)}",
                "≤ 1.2×",
                lcp <= 1.2,
            ),
            Row(f"{name}: blocking time (TBT), ours | Material | bare", each("tbt", " ms"), "≤ 150 ms", tbt <= 150),
            # Lighthouse shows CLS to 3 decimals; it finds shifts of a few millionths that no element causes.
            Row(
                f"{name}: CLS, highest of {len(ours)}, ours | Material | bare",
                " | ".join(f"{max(r.cls for r in runs):.3f}" for runs in (ours, material, plain)),
                "0",
                round(cls, 3) == 0,
            ),
        ]
    return rows


@measurement("categories", "Lighthouse categories (mobile, every page type) and desktop (ours, one run each)")
def lighthouse_categories(bench: Bench) -> list[Row]:
    site = bench.site("ours")
    rows = []
    for name, path in page_types().items():
        for device, desktop in (("mobile", False), ("desktop", True)):
            if desktop and name not in ISSUE_8_PAGES:
                continue
            progress(f"Lighthouse {device}, all categories: {name}")
            report = bench.workdir / f"lighthouse-{device}-categories-{name}.json"
            result = lighthouse(
                site.url + path,
                report,
                desktop=desktop,
                categories=("performance", "accessibility", "best-practices", "seo"),
            )
            others = [result.scores[key] for key in ("accessibility", "best-practices", "seo")]
            rows.append(
                Row(
                    f"{name}, {device}: accessibility, best practices, SEO",
                    ", ".join(map(str, others)),
                    "100 each",
                    all(score == 100 for score in others),
                )
            )
            if desktop:
                rows += [
                    Row(
                        f"{name}, desktop: performance; LCP, TBT",
                        f"{result.performance}; {result.lcp / 1000:.1f} s, {result.tbt:.0f} ms",
                    ),
                    Row(f"{name}, desktop: CLS", f"{result.cls:.3f}", "0", round(result.cls, 3) == 0),
                ]
    return rows


@measurement("shifts", "Layout shifts in Chromium (phone, slow 4G, CPU / 4: from load until 3.5 s after it)")
def layout_shifts(bench: Bench) -> list[Row]:
    """Lighthouse opens every page with nothing saved; a returning visitor has answers and notes, which our scripts
    fill in (counts, open notes on the overview): that must not move anything either."""
    site = bench.site("ours")
    context = bench.browser().new_context(**chromium.PHONE)
    rows = []
    try:
        shifts = lambda path: max(chromium.layout_shift(context, site.url + path) for _ in range(SHIFT_LOADS))  # noqa: E731
        first = {name: shifts(path) for name, path in page_types().items()}
        page, _ = chromium.open_page(context, site.url + page_types()["overview"])
        chromium.fill(page, rounds=1, measurements=1)
        page.close()
        progress("layout shifts with saved answers")
        back = {name: shifts(path) for name, path in page_types().items()}
    finally:
        context.close()
    for name in page_types():
        rows.append(
            Row(
                f"{name}: CLS (highest of {SHIFT_LOADS}), nothing saved | all answered, with notes",
                f"{first[name]:.4f} | {back[name]:.4f}",
                "0",
                max(first[name], back[name]) == 0,
            )
        )
    return rows


def _restyles(bench: Bench, url: str) -> tuple[int, int, int, str]:
    runs = [chromium.restyles(bench.browser(), url) for _ in range(bench.runs)]
    return (*runs[0][:3], spread([run[3] for run in runs], " ms"))


@measurement(
    "restyle", "Styling and layout while loading (Chromium trace, phone): ours against Material with our theme settings"
)
def restyling(bench: Bench) -> list[Row]:
    """Where blocking time came from on the overview (issue 14): each whole-page restyle (Material's palette, a
    class change on <html>, a :has() or "~ *" rule) cost more than our scripts, and so did the layouts of the whole
    page that each note's textarea brought. The counts from the first load; the time spent matching selectors, a
    time, as the median of the runs."""
    sites = (bench.site("ours"), bench.site("material"))
    rows = []
    for name, path in page_types().items():
        (ours, ours_whole, ours_layouts, ours_ms), (material, material_whole, material_layouts, material_ms) = (
            _restyles(bench, s.url + path) for s in sites
        )
        rows.append(
            Row(
                f"{name}: elements styled; whole-page restyles; layouts, ours | Material",
                f"{ours:,}; {ours_whole}; {ours_layouts} | {material:,}; {material_whole}; {material_layouts}",
                "whole-page ≤ Material's",
                ours_whole <= material_whole,
            )
        )
        rows.append(Row(f"{name}: matching selectors, ours | Material", f"{ours_ms} | {material_ms}"))
    return rows
