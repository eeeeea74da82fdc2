"""Bundle the front end with esbuild into the built site: one minified script per entry, one stylesheet.

The sources (overrides/assets/src/) are ES modules and plain CSS files, one per concern. They are left out of the
site (`exclude_docs` in mkdocs.yml); what the pages load is the output here:

- assets/gk/main.js and main.css: on every page (overrides/main.html);
- assets/gk/<bundle>.js: the tools of one kind of page (macros/pages.py), which register more components.

Classic scripts (`--format=iife`), not modules: the offline build runs from file://, where modules are blocked.
"""

import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError

SOURCES = Path("overrides", "assets", "src")
OUTPUT = Path("assets", "gk")
ESBUILD = Path("node_modules", ".bin", "esbuild")
TARGET = "es2020"  # every browser of the last few years: ?. and ?? but no newer syntax


def entries(project: Path) -> list[Path]:
    """Each script entry: a .js file at the top of the sources (main.js, tools.js …)."""
    return sorted((project / SOURCES).glob("*.js"))


def build_bundles(project: Path, site_dir: Path) -> None:
    esbuild = project / ESBUILD
    if not esbuild.exists():
        raise PluginError(f"{ESBUILD} is missing: run `npm ci` (`make serve` and `make test` do it for you)")
    common = ["--bundle", "--minify", f"--target={TARGET}", "--legal-comments=none", "--log-level=warning"]
    commands = [
        [str(esbuild), *map(str, entries(project)), "--format=iife", f"--outdir={site_dir / OUTPUT}", *common],
        [str(esbuild), str(project / SOURCES / "css" / "main.css"), f"--outfile={site_dir / OUTPUT / 'main.css'}",
         *common],
    ]
    for command in commands:
        result = subprocess.run(command, capture_output=True, text=True, cwd=project)
        if result.returncode != 0:
            raise PluginError(f"esbuild could not bundle the front end:\n{result.stderr.strip()}")
