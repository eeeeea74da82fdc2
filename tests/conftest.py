"""Shared fixtures: the site built once per session and served on 127.0.0.1, and one Chromium."""

import os
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
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


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """A static file server on a free port; the site is built for its exact URL (instant navigation needs it)."""
    site = tmp_path_factory.mktemp("site")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield site, f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def site(server) -> Path:
    """The site, built once with the project's mkdocs.yml in strict mode."""
    site_dir, url = server
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), site_url=url, strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return site_dir


@pytest.fixture(scope="session")
def base_url(site, server) -> str:
    return server[1]


@pytest.fixture(scope="session")
def html(site):
    """Parsed HTML of a built page, by its path below site/ (e.g. 'index.html')."""

    def parse(path: str) -> BeautifulSoup:
        return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")

    return parse


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser, base_url):
    context = browser.new_context(base_url=base_url)
    yield context
    context.close()


@pytest.fixture
def page(context):
    """A page that fails the test on any uncaught script error."""
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(error))
    yield page
    assert not errors, f"uncaught errors in the page: {errors}"


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: visits every built page in the browser (deselect with -m 'not slow')")


@pytest.fixture(scope="session")
def built_pages(site) -> list[str]:
    """Every built HTML page as a URL path below the server's root: '', 'over/', '404.html' …"""
    paths = sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))
    return [path.removesuffix("index.html") for path in paths]


# The axe-core rules that decide what "accessible" means here: WCAG 2.0, 2.1 and 2.2 at levels A and AA,
# plus axe's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

# Rules switched off on every page, each because Material's own markup fails it (never for our markup).
AXE_DISABLED = {
    # Material's search overlay (.md-search) is a role=dialog without a name; its template is not ours to change.
    "aria-dialog-name": "Material's search overlay has role=dialog without an accessible name",
}


@pytest.fixture(scope="session")
def axe():
    """axe(page) -> the axe-core violations on the page as readable lines; assert it equals []."""
    source = (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
    options = {
        "runOnly": {"type": "tag", "values": AXE_TAGS},
        "rules": {rule: {"enabled": False} for rule in AXE_DISABLED},
        "resultTypes": ["violations"],
    }

    def run(page) -> list[str]:
        if not page.evaluate("typeof window.axe === 'object'"):
            page.add_script_tag(content=source)
        violations = page.evaluate("options => axe.run(document, options).then(result => result.violations)", options)
        return [
            f"{v['id']} ({v['impact']}): {v['help']} — {', '.join(' '.join(map(str, n['target'])) for n in v['nodes'])}"
            for v in violations
        ]

    return run


def same_origin(url: str, base_url: str) -> bool:
    """Whether a request stays on the site's server; data: URLs and blobs made by the page never leave it."""
    if url.startswith("data:"):
        return True
    return url.removeprefix("blob:").startswith(base_url)


@pytest.fixture
def foreign_requests(context, base_url) -> list[str]:
    """Every request of this test's browser context that leaves the site's server; assert it stays []."""
    requests: list[str] = []
    context.on("request", lambda request: same_origin(request.url, base_url) or requests.append(request.url))
    return requests
