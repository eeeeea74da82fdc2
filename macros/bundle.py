"""Bundle the front end with esbuild into the built site: one minified script per entry, one stylesheet.

The sources (overrides/assets/src/) are ES modules and plain CSS files, one per concern. They are left out of the
site (`exclude_docs` in mkdocs.yml); what the pages load is the output here:

- assets/gk/main.js and main.css: on every page (overrides/main.html);
- assets/gk/<bundle>.js: the tools of one kind of page (macros/pages.py), which register more components, and
  <bundle>.css when a page type has styles of its own (the compare page);
- assets/gk/<part>.js: code that only a click needs, fetched at that click (parts/, core/parts.js).

Classic scripts (`--format=iife`), not modules: the offline build runs from file://, where modules are blocked.
"""

import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError

SOURCES = Path("overrides", "assets", "src")
OUTPUT = Path("assets", "gk")
TARGET = "es2020"  # every browser of the last few years: ?. and ?? but no newer syntax


def esbuild(project: Path) -> Path:
    """esbuild's own binary for this platform; npm's launcher (a Node script) takes some 60 ms more per call."""
    native = sorted((project / "node_modules" / "@esbuild").glob("*/bin/esbuild"))
    launcher = project / "node_modules" / ".bin" / "esbuild"
    if native or launcher.exists():
        return native[0] if native else launcher
    raise PluginError("esbuild is missing from node_modules: run `npm ci` (`make serve` and `make test` do it for you)")


def entries(project: Path) -> list[Path]:
    """Each script entry (a .js file at the top of the sources: main.js, tools.js …), each part and the stylesheet."""
    sources = project / SOURCES
    return [*sorted(sources.glob("*.js")), *sorted(sources.glob("parts/*.js")), sources / "css" / "main.css"]


def build_bundles(project: Path, site_dir: Path) -> None:
    command = [
        str(esbuild(project)),
        *map(str, entries(project)),
        "--bundle",
        "--minify",
        "--format=iife",
        f"--target={TARGET}",
        "--entry-names=[name]",
        f"--outdir={site_dir / OUTPUT}",
        "--legal-comments=none",
        "--log-level=warning",
    ]
    result = subprocess.run(command, capture_output=True, text=True, cwd=project)
    if result.returncode != 0:
        raise PluginError(f"esbuild could not bundle the front end:\n{result.stderr.strip()}")
