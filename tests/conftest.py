"""Shared fixtures: the site built once per session and served on 127.0.0.1, one Chromium, and a fresh context
and page per test (closed by the fixture)."""

import os
import shutil
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Chromium's own background traffic (updates, sync) is refused on this closed network; keep it quiet.
CHROMIUM_ARGS = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def build_site(config_file: Path, site_dir: Path, url: str) -> None:
    """The site as `mkdocs build --strict` makes it, for the exact URL it is served from (instant navigation
    only works there)."""
    config = load_config(str(config_file), site_dir=str(site_dir), site_url=url, strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


class Served:
    """A static file server on a free port of 127.0.0.1."""

    def __init__(self, directory: Path):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(directory)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def served_site(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    server = Served(site)
    build_site(ROOT / "mkdocs.yml", site, server.url)
    yield site, server.url
    server.close()


@pytest.fixture(scope="session")
def site(served_site) -> Path:
    """The site, built once with the project's mkdocs.yml in strict mode."""
    return served_site[0]


@pytest.fixture(scope="session")
def base_url(served_site) -> str:
    return served_site[1]


@pytest.fixture(scope="session")
def variant_site(tmp_path_factory):
    """variant(change) -> the URL of the site built from a copy of the content that change(data) edited."""
    servers = []

    def make(change) -> str:
        project = tmp_path_factory.mktemp("variant")
        for name in ("content", "docs", "macros", "overrides"):
            shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(ROOT / "mkdocs.yml", project)
        (project / "node_modules").symlink_to(ROOT / "node_modules")
        content = project / "content" / "criteria.yaml"
        data = yaml.safe_load(content.read_text(encoding="utf-8"))
        change(data)
        content.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        site = project / "site"
        site.mkdir()
        server = Served(site)
        servers.append(server)
        build_site(project / "mkdocs.yml", site, server.url)
        return server.url

    yield make
    for server in servers:
        server.close()


@pytest.fixture(scope="session")
def html(site):
    """Parsed HTML of a built page, by its path below site/ (e.g. 'index.html')."""

    def parse(path: str) -> BeautifulSoup:
        return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")

    return parse


@pytest.fixture(scope="session")
def built_pages(site) -> list[str]:
    """Every built HTML page as a URL path below the server's root: '', 'over/', '404.html' …"""
    paths = sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))
    return [path.removesuffix("index.html") for path in paths]


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_context(browser, base_url):
    """new_context(**options) -> a browser context for the site, closed after the test."""
    contexts = []

    def make(**options):
        context = browser.new_context(base_url=options.pop("base_url", base_url), **options)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def context(new_context):
    return new_context()


def watch_errors(page) -> list:
    errors = []
    page.on("pageerror", lambda error: errors.append(error))
    return errors


@pytest.fixture
def page(context):
    """A page that fails the test on any uncaught script error."""
    page = context.new_page()
    errors = watch_errors(page)
    yield page
    assert not errors, f"uncaught errors in the page: {errors}"


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: visits every built page in the browser (deselect with -m 'not slow')")


# What "accessible" means here: axe-core's rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA, and its best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

# The only findings we accept: a rule on elements of Material's own markup (a CSS selector), which we do not override.
# The rule stays on for every other element, so our own markup is always held to it.
AXE_MATERIAL_EXCEPTIONS = {
    ("landmark-unique", "nav.md-nav[aria-labelledby^='__nav_']"): "With navigation.indexes, Material labels each"
    " section's <nav> by a label that holds only the expand icon, so the sections share one (empty) name.",
}

# Let running transitions and animations end (colours are checked as they end up, not halfway through a fade),
# run axe-core, and drop the violating elements that an exception (rule, selector) covers.
_RUN_AXE = """async ([options, exceptions]) => {
    const ending = document.getAnimations()
        .filter(animation => isFinite(animation.effect?.getComputedTiming().endTime));
    await Promise.all(ending.map(animation => animation.finished.catch(() => null)));
    const excepted = (rule, node) => node.target.length === 1 && exceptions.some(
        ([id, selector]) => id === rule && document.querySelector(node.target[0])?.matches(selector));
    const { violations } = await axe.run(document, options);
    return violations
        .map(violation => ({ ...violation, nodes: violation.nodes.filter(node => !excepted(violation.id, node)) }))
        .filter(violation => violation.nodes.length);
}"""


@pytest.fixture(scope="session")
def axe():
    """axe(page) -> the axe-core violations on the page, one readable line each; assert it equals []."""
    source = (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}

    def run(page) -> list[str]:
        if not page.evaluate("typeof window.axe === 'object'"):
            page.add_script_tag(content=source)
        return [
            f"{v['id']} ({v['impact']}): {v['help']}: {', '.join(' '.join(map(str, n['target'])) for n in v['nodes'])}"
            for v in page.evaluate(_RUN_AXE, [options, list(AXE_MATERIAL_EXCEPTIONS)])
        ]

    return run


@pytest.fixture(scope="session")
def search():
    """search(page, words) types into Material's search box and returns the result items once there are some."""

    def run(page, words: str):
        # Type key by key: Material reads the box on keyup (fill() alone is missed once the index is ready).
        page.get_by_role("textbox", name="Zoeken").press_sequentially(words)
        results = page.locator(".md-search-result__item")
        results.first.wait_for()
        return results

    return run


def same_origin(url: str, base_url: str) -> bool:
    """Whether a request stays on the site's server; data: URLs and the page's own blobs never leave the browser."""
    return url.startswith("data:") or url.removeprefix("blob:").startswith(base_url)


@pytest.fixture
def foreign_requests(context, base_url) -> list[str]:
    """The URL of every request in this test's browser context that leaves the site's server; assert it stays []."""
    requests: list[str] = []
    context.on("request", lambda request: same_origin(request.url, base_url) or requests.append(request.url))
    return requests
