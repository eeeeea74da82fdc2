"""What every measurement shares: the table row, progress on stderr, a gzip static server, mkdocs builds, and the
Bench object that builds, serves and caches the sites (ours, plain Material, ours scaled to N statements)."""

import gzip
import io
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Chromium's own background traffic (updates, sync) is refused on this closed network; keep it quiet.
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
NPM_BIN = ROOT / "node_modules" / ".bin"
PYTHON = sys.executable
_START = time.perf_counter()


@dataclass
class Row:
    measure: str
    figure: str
    target: str = ""
    ok: bool | None = None  # None: no target, a figure to read


MEASUREMENTS: list[tuple[str, str, Callable[["Bench"], list["Row"]]]] = []


def measurement(name: str, title: str):
    """Register a measurement: `name` selects it (`make bench BENCH_ARGS="--only name"`), `title` heads its rows."""

    def register(function):
        MEASUREMENTS.append((name, title, function))
        return function

    return register


def progress(message: str) -> None:
    """A line on stderr, so a long run shows where it is; the table goes to stdout."""
    print(f"[bench {time.perf_counter() - _START:5.0f} s] {message}", file=sys.stderr, flush=True)


def spread(values: list[float], unit: str = "", digits: int = 0) -> str:
    """'96 (94–98)': the median, then the lowest and highest value; one value alone without the range."""
    show = lambda value: f"{value:,.{digits}f}"  # noqa: E731
    median = show(statistics.median(values)) + unit
    return median if len(values) == 1 else f"{median} ({show(min(values))}–{show(max(values))})"


def kb(size: float, digits: int = 1) -> str:
    return f"{size / 1024:,.{digits}f} KB"


def table(sections: list[tuple[str, list[Row]]]) -> str:
    rows = [row for _, section in sections for row in section]
    width = max(len(row.measure) for row in rows)
    figure = max(len(row.figure) for row in rows)
    target = max(len(row.target) for row in rows)
    mark = {True: "pass", False: "FAIL", None: ""}
    lines = []
    for title, section in sections:
        lines += ["", f"## {title}"]
        lines += [
            f"{row.measure:<{width}}  {row.figure:>{figure}}  {row.target:<{target}}  {mark[row.ok]}".rstrip()
            for row in section
        ]
    return "\n".join(lines).lstrip("\n")


class GzipHandler(SimpleHTTPRequestHandler):
    """Serves files gzipped (level 9, compressed once and kept) when the browser accepts it, as static hosts such
    as GitHub Pages do; so what the browser receives is what a visitor's browser would."""

    cache: ClassVar[dict] = {}  # (path, mtime, size) → gzipped bytes; shared by every server of the run

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().send_head()  # directory redirects, 404s and uncompressed requests
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
        if key not in self.cache:
            self.cache[key] = gzip.compress(path.read_bytes(), 9)
        body = self.cache[key]
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
    directory.mkdir(parents=True, exist_ok=True)
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
    result = subprocess.run(
        [PYTHON, "-m", "mkdocs", "build", "--quiet", "--strict", "-f", str(config), "-d", str(site_dir)],
        env=env,
        cwd=config.parent,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build -f {config} failed:\n{result.stderr.strip()}")
    return seconds


@dataclass
class Site:
    """A built site, served: its project (where mkdocs.yml is), its folder, its URL and how long it took to build."""

    name: str
    project: Path
    directory: Path
    url: str
    build_seconds: float
    facts: dict = field(default_factory=dict)  # what made it: statements, pages …


class Bench:
    """One run: a work folder, the sites (built and served once, when a measurement first asks for them), one
    Chromium for Playwright, and results that measurements share (`shared`)."""

    def __init__(self, workdir: Path, runs: int, scale: tuple[int, ...]):
        self.workdir = workdir
        self.runs = runs  # Lighthouse runs per page type and site
        self.scale = scale  # statement counts of the scale measurements
        self.shared: dict = {}
        self._sites: dict[str, Site] = {}
        self._stack = ExitStack()
        self._browser = None

    def close(self) -> None:
        self._stack.close()

    def serve(self, directory: Path) -> str:
        return self._stack.enter_context(served(directory))

    def site(self, name: str) -> Site:
        """'ours', 'plain' (bare Material, the same pages and text), 'material' (the same, with our theme settings)
        or 'scaled-N' (ours, N statements)."""
        if name not in self._sites:
            from . import projects  # projects imports this module

            if name == "ours":
                self._sites[name] = self._built(name, ROOT, {"statements": projects.statements(ROOT)})
            elif name in ("plain", "material"):
                # plain: bare Material; material: Material with our theme settings (palette, instant navigation …).
                theme = projects.our_theme() if name == "material" else None
                project = self.workdir / f"{name}-project"
                config = projects.plain_material_project(self.site("ours").directory, project, theme)
                self._sites[name] = self._built(name, config.parent, {}, site_url=name == "material")
            elif name.startswith("scaled-"):
                n = int(name.removeprefix("scaled-"))
                project = self.workdir / f"project-{n}"
                progress(f"copying the project with the content multiplied to {n} statements")
                facts = projects.scaled_project(n, project)
                self._sites[name] = self._built(name, project, facts)
            else:
                raise ValueError(name)
        return self._sites[name]

    def _built(self, name: str, project: Path, facts: dict, site_url: bool = True) -> Site:
        directory = self.workdir / f"site-{name}"
        url = self.serve(directory)
        progress(f"building {name}")
        seconds = build(project / "mkdocs.yml", directory, site_url=url if site_url else "")
        facts["pages"] = sum(1 for _ in (project / "docs").rglob("*.md"))
        return Site(name, project, directory, url, seconds, facts)

    def browser(self):
        """One Chromium (Playwright) for the whole run."""
        if self._browser is None:
            from playwright.sync_api import sync_playwright

            playwright = self._stack.enter_context(sync_playwright())
            self._browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS[1:])
            self._stack.callback(self._browser.close)
        return self._browser
