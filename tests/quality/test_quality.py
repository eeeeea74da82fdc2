"""Quality gates on every built page: accessible, private, valid, linked, usable on a phone and calm.

The tests marked slow open every page in Chromium; `make test PYTEST_ARGS="-m 'not slow'"` skips them.
"""

import json
import os
import subprocess
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urldefrag

import pytest
from bs4 import BeautifulSoup

from tests.helpers import ROOT
from tools.sitelinks import links, local_file

JAVA = os.environ.get("JAVA", "java")
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Nu HTML checker errors we accept: (exact message, a piece of the markup it is about) -> why. Each is in markup from
# Material's own templates, which we do not override; the same message about any other markup still fails.
VNU_IGNORED = {
    (
        "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, “email”,"
        " “hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, “url”, or “week”.",
        'class="md-toggle"',
    ): "Material's base.html sets autocomplete=off on its hidden checkbox toggles (drawer, search) so that"
    " Firefox does not restore them as open on reload.",
    (
        "The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control.",
        'for="__toc"',
    ): "Material's toc.html labels the __toc toggle, which its nav-item.html leaves out on a section's index page"
    " (navigation.indexes): our theme pages.",
}

# Our controls, which must be easy to hit on a touch screen (WCAG 2.2, 2.5.8: at least 24 by 24 CSS pixels).
CONTROLS = ".gk-option, .md-content button, .gk-statement__tools a, .gk-statement__tools summary"


def visit(page, paths, wait_until="load"):
    """Open each page in turn and yield its path once it has loaded."""
    for path in paths:
        page.goto(path, wait_until=wait_until)
        yield path


def use_controls(page) -> int:
    """Answer every statement and open every note, so the page is checked as someone uses it; how many there were."""
    return page.evaluate(
        """() => {
            const notes = [...document.querySelectorAll("details:not([open])")];
            const radios = [...document.querySelectorAll("fieldset")]
                .map(set => set.querySelector("input[type=radio]"));
            notes.forEach(details => details.open = true);
            radios.forEach(radio => radio?.click());
            return notes.length + radios.filter(Boolean).length;
        }"""
    )


def report(found: dict[str, list[str]]) -> str:
    """Problems per page, a page a paragraph; pages without problems are left out."""
    return "\n".join(f"/{path}:\n  " + "\n  ".join(problems) for path, problems in found.items() if problems)


@pytest.fixture(params=["light", "dark"])
def scheme_page(request, new_context):
    """A page in a browser that prefers the light or the dark colour scheme; Material follows that preference."""
    return new_context(color_scheme=request.param).new_page()


@pytest.fixture
def phone(new_context):
    """A page on a 320 px wide touch screen (WCAG 1.4.10: content reflows without scrolling sideways)."""
    return new_context(viewport={"width": 320, "height": 640}, has_touch=True).new_page()


@pytest.mark.slow
def test_axe_finds_nothing_on_any_page_as_loaded_and_in_use(scheme_page, built_pages, axe):
    found = {}
    for path in visit(scheme_page, built_pages):
        found[path] = axe(scheme_page)
        if use_controls(scheme_page):
            found[path] += [f"in use: {line}" for line in axe(scheme_page) if line not in found[path]]
    assert not any(found.values()), report(found)


def test_axe_finds_nothing_in_search_results(scheme_page, axe, search):
    scheme_page.goto("")
    search(scheme_page, "meiden")
    assert axe(scheme_page) == []


def test_axe_finds_nothing_in_the_navigation_drawer_on_a_phone(phone, axe):
    phone.goto("")
    phone.locator("label.md-header__button[for=__drawer]").click()
    phone.locator("nav.md-nav--primary").wait_for()
    assert axe(phone) == []


@pytest.mark.slow
def test_every_page_and_search_use_the_site_alone_and_set_no_cookies(
    page, context, foreign_requests, built_pages, search
):
    """Every request stays on the site's own server and gets what it asked for; nothing leaves a cookie."""
    failed = []
    page.on("response", lambda response: response.status < 400 or failed.append(f"{response.status} {response.url}"))
    # Wait until the network is quiet: requests a page makes after it has loaded count too.
    for _ in visit(page, built_pages, wait_until="networkidle"):
        pass
    search(page, "meiden")
    assert foreign_requests == []
    assert failed == []
    assert context.cookies() == []


def test_html_of_every_page_is_valid(site):
    result = subprocess.run(
        [JAVA, "-jar", str(VNU), "--format", "json", "--verbose", "--skip-non-html", str(site)],
        capture_output=True,
        text=True,
        check=False,
    )
    # --verbose names each file checked on stdout; the messages come as JSON on stderr.
    checked = sorted(Path(line).relative_to(site) for line in result.stdout.splitlines())
    assert checked == sorted(path.relative_to(site) for path in site.rglob("*.html"))
    errors = [
        f"{Path(m['url'].removeprefix('file:')).relative_to(site)}:{m.get('lastLine')}: "
        f"{m['message']} {m.get('extract')!r}"
        for m in json.loads(result.stderr)["messages"]
        if m["type"] == "error" and not ignored(m["message"], m.get("extract", ""))
    ]
    assert errors == []


def ignored(message: str, extract: str) -> bool:
    return any(message == known and part in extract for known, part in VNU_IGNORED)


@cache
def ids_in(path: Path) -> frozenset[str]:
    doc = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return frozenset(element["id"] for element in doc.select("[id]"))


def test_every_internal_link_and_anchor_resolves(site, base_url):
    broken = []
    for page, url in links(site, base_url):
        if not url.startswith(base_url):
            continue
        target = local_file(site, base_url, url)
        fragment = unquote(urldefrag(url).fragment)
        if target is None:
            broken.append(f"/{page} links to {url}: no such page")
        elif fragment and fragment not in ids_in(target):
            broken.append(f"/{page} links to {url}: no element with id '{fragment}' there")
    assert broken == []


@pytest.mark.slow
def test_no_sideways_scrolling_at_320_px_and_touch_targets_of_24_px(phone, built_pages):
    found, measured = {}, 0
    for path in visit(phone, built_pages):
        use_controls(phone)
        result = phone.evaluate(SMALL_SCREEN_PROBLEMS, CONTROLS)
        found[path], measured = result["problems"], measured + result["measured"]
    assert not any(found.values()), report(found)
    assert measured >= 2 * 4 * 25, "each of the 25 statements shows its 4 answers on its page and in the overview"


# Whether the page is wider than the screen, and every visible control below 24 × 24 px.
SMALL_SCREEN_PROBLEMS = """selector => {
    const problems = [], width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
        problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} px wide on a ${width} px screen`);
    const visible = [...document.querySelectorAll(selector)].filter(element => element.getClientRects().length);
    for (const element of visible) {
        const box = element.getBoundingClientRect();
        const size = `${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`;
        if (box.width < 24 || box.height < 24) problems.push(`${element.outerHTML.split(">")[0]}> is ${size}`);
    }
    return { problems, measured: visible.length };
}"""


@pytest.mark.slow
def test_our_styles_add_no_motion_when_reduced_motion_is_asked(new_context, built_pages):
    page = new_context(reduced_motion="reduce").new_page()
    found = {}
    for path in visit(page, built_pages):
        use_controls(page)
        found[path] = page.evaluate(MOTION_ADDED_BY_OUR_STYLES)
    assert not any(found.values()), report(found)


# Elements (and their ::before/::after) that move with our stylesheets on but not with them off: our transitions,
# animations and smooth scrolling. Material's own stylesheets (assets/stylesheets/) stay on throughout.
MOTION_ADDED_BY_OUR_STYLES = """() => {
    const ours = [...document.styleSheets].filter(sheet => sheet.href && !sheet.href.includes("/assets/stylesheets/"));
    const targets = [...document.querySelectorAll("*")].flatMap(el => [[el, null], [el, "::before"], [el, "::after"]]);
    const motion = ([el, pseudo]) => {
        const style = getComputedStyle(el, pseudo);
        const moves = [style.transitionDuration, style.animationDuration].some(d => d.split(",").some(parseFloat));
        return moves || style.scrollBehavior === "smooth"
            ? [style.transitionProperty, style.transitionDuration, style.animationName, style.scrollBehavior].join(" ")
            : "";
    };
    const withOurs = targets.map(motion);
    ours.forEach(sheet => sheet.disabled = true);
    const without = targets.map(motion);
    ours.forEach(sheet => sheet.disabled = false);
    return targets.flatMap(([el, pseudo], i) => withOurs[i] && withOurs[i] !== without[i]
        ? [`${el.outerHTML.split(">")[0]}>${pseudo || ""}: ${withOurs[i]}`] : []);
}"""
