"""make bench: how fast the site builds and how light its pages are, beside the targets of issue 5.

Prints one table (measure, figure, target, pass/fail). These are figures, not tests: they depend on the machine and
its load, so they are not part of `make test`. Needs the test venv, npm's tools and Chromium (make installs them).
"""

import gzip
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bs4 import BeautifulSoup
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from macros import CONTENT  # noqa: E402  (the project root must be on the path first)
from macros.content import load  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
NPM_BIN = ROOT / "node_modules" / ".bin"
BUILDS = 3


@dataclass
class Row:
    measure: str
    figure: str
    target: str = ""
    ok: bool | None = None  # None: no target


def page_types() -> dict[str, str]:
    """A page of each type, as a URL path: the first theme and its first criterion stand for the others."""
    theme = load(ROOT / CONTENT).themes[0]
    criterion = theme.criteria[0]
    return {"home": "", "theme": f"{theme.slug}/", "criterion": f"{theme.slug}/{criterion.slug}/", "overview": "overzicht/"}


class GzipHandler(SimpleHTTPRequestHandler):
    """Serves files gzipped when the browser accepts it, as static hosts such as GitHub Pages do."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().send_head()  # directory redirects, 404s and uncompressed requests
        body = gzip.compress(path.read_bytes(), 9)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format, *args):
        pass


@contextmanager
def served(directory: Path):
    """The directory on a free port of 127.0.0.1; yields its URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(GzipHandler, directory=str(directory)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def build(config: Path, site_dir: Path, site_url: str = "") -> float:
    """Seconds for one `mkdocs build` of config into site_dir, as the command line does it (a new process)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **({"SITE_URL": site_url} if site_url else {})}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--strict", "-f", str(config), "-d", str(site_dir)],
        check=True, env=env, cwd=config.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def median_build(config: Path, site_dir: Path) -> float:
    return statistics.median(build(config, site_dir) for _ in range(BUILDS))


def bare_material_project(site: Path, project: Path) -> Path:
    """A plain Material project with a page for each page of our built site, holding the same text (headings and
    paragraphs, no macros, no overrides); returns its mkdocs.yml."""
    docs = project / "docs"
    for html in site.rglob("index.html"):
        article = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").article
        blocks = article.select("h1, h2, h3, p, li, legend, label") if article else []
        markdown = "\n\n".join(
            "#" * int(block.name[1]) + " " + block.get_text(" ", strip=True) if block.name[0] == "h"
            else block.get_text(" ", strip=True)
            for block in blocks
        )
        page = docs / html.relative_to(site).parent / "index.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(markdown + "\n", encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(
        "site_name: Bare Material\n"
        "theme: {name: material, language: nl, font: false}\n"
        "plugins: [search]\n",
        encoding="utf-8",
    )
    return config


def build_rows(workdir: Path) -> list[Row]:
    ours = median_build(ROOT / "mkdocs.yml", workdir / "ours")
    bare_config = bare_material_project(workdir / "ours", workdir / "bare")
    bare = median_build(bare_config, workdir / "bare-site")
    pages = len(list((workdir / "bare" / "docs").rglob("*.md")))
    return [
        Row(f"build, whole site ({pages} pages, median of {BUILDS})", f"{ours:.2f} s"),
        Row("build, bare Material site with the same pages and text", f"{bare:.2f} s"),
        Row("build time, ours / bare", f"{ours / bare:.2f}×", "≤ 1.5×", ours / bare <= 1.5),
    ]


def first_load(browser, url: str) -> tuple[int, int]:
    """Requests and bytes over the wire (headers and gzipped bodies) when a page is opened with an empty cache."""
    context = browser.new_context()
    finished = []
    context.on("requestfinished", lambda request: finished.append(request))
    context.new_page().goto(url, wait_until="networkidle")
    sizes = [request.sizes() for request in finished]
    context.close()
    return len(sizes), sum(size["responseHeadersSize"] + size["responseBodySize"] for size in sizes)


def page_rows(url: str) -> list[Row]:
    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS[1:])
        for name, path in page_types().items():
            count, size = first_load(browser, url + path)
            rows.append(Row(f"first load, {name} (/{path}), gzipped", f"{count} requests, {size / 1024:.0f} KB"))
        browser.close()
    return rows


def minified_gzipped(paths: list[Path]) -> int:
    """Bytes of the files minified by esbuild, joined and gzipped at level 9."""
    minified = b"".join(
        subprocess.run([NPM_BIN / "esbuild", "--minify", str(path)], check=True, capture_output=True).stdout
        for path in paths
    )
    return len(gzip.compress(minified, 9))


def asset_rows() -> list[Row]:
    assets = ROOT / "overrides" / "assets"
    js = minified_gzipped(sorted(assets.rglob("*.js")))
    css = minified_gzipped(sorted(assets.rglob("*.css")))
    return [
        Row("our JavaScript, minified + gzip -9", f"{js / 1024:.1f} KB", "≤ 10 KB", js <= 10 * 1024),
        Row("our CSS, minified + gzip -9", f"{css / 1024:.1f} KB", "≤ 4 KB", css <= 4 * 1024),
    ]


def lighthouse(url: str, desktop: bool, report: Path) -> dict:
    """Lighthouse's JSON report for one page, in the system Chromium."""
    preset = ["--preset=desktop"] if desktop else []
    subprocess.run(
        [NPM_BIN / "lighthouse", url, *preset, "--quiet", "--no-enable-error-reporting", "--output=json",
         f"--output-path={report}", f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}"],
        check=True, env={**os.environ, "CHROME_PATH": CHROMIUM},
    )
    return json.loads(report.read_text(encoding="utf-8"))


def lighthouse_rows(url: str, workdir: Path) -> list[Row]:
    rows = []
    for name, path in page_types().items():
        if name == "theme":
            continue
        for device, desktop in (("mobile", False), ("desktop", True)):
            result = lighthouse(url + path, desktop, workdir / f"lighthouse-{name}-{device}.json")
            scores = {key: round(category["score"] * 100) for key, category in result["categories"].items()}
            audits = result["audits"]
            lcp, tbt = audits["largest-contentful-paint"]["numericValue"], audits["total-blocking-time"]["numericValue"]
            cls = audits["cumulative-layout-shift"]["numericValue"]
            label = f"Lighthouse {device}, {name}"
            performance_target = 95 if device == "mobile" else None
            rows += [
                Row(
                    f"{label}: performance", str(scores["performance"]),
                    f"≥ {performance_target}" if performance_target else "",
                    scores["performance"] >= performance_target if performance_target else None,
                ),
                *(
                    Row(f"{label}: {category}", str(scores[category]), "100", scores[category] == 100)
                    for category in ("accessibility", "best-practices", "seo")
                ),
                Row(f"{label}: LCP, TBT", f"{lcp / 1000:.1f} s, {tbt:.0f} ms"),
                # Lighthouse shows CLS to 3 decimals; it finds shifts of a few millionths that no element causes.
                Row(f"{label}: CLS", f"{cls:.3f}", "0", round(cls, 3) == 0),
            ]
    return rows


def table(rows: list[Row]) -> str:
    width = max(len(row.measure) for row in rows)
    figure = max(len(row.figure) for row in rows)
    target = max(len(row.target) for row in rows)
    mark = {True: "pass", False: "FAIL", None: ""}
    return "\n".join(
        f"{row.measure:<{width}}  {row.figure:>{figure}}  {row.target:<{target}}  {mark[row.ok]}".rstrip()
        for row in rows
    )


def main() -> None:
    from compare_page import compare_rows  # bench/compare_page.py: the compare page with many schools (it imports this)

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        workdir = Path(tmp)
        rows = build_rows(workdir)
        site = workdir / "served"
        with served(site) as url:
            build(ROOT / "mkdocs.yml", site, site_url=url)  # instant navigation needs the URL it is served from
            rows += page_rows(url) + compare_rows(url, workdir) + asset_rows() + lighthouse_rows(url, workdir)
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; pages served gzipped from 127.0.0.1\n")
    print(table(rows))


if __name__ == "__main__":
    main()
