"""Bundle the front end with esbuild into the built site: one minified script per entry, one stylesheet.

The sources (overrides/assets/src/) are ES modules and plain CSS files, one per concern. They are left out of the
site (`exclude_docs` in mkdocs.yml); what the pages load is the output here:

- assets/gk/main.js and main.css: on every page (overrides/main.html);
- assets/gk/<bundle>.js: the tools of one kind of page (macros/pages.py), which register more components;
- assets/gk/<part>.js: code that only a click needs, fetched at that click (parts/, core/parts.js), and
  <part>.css when the part imports styles of its own (the compare page's heatmap).

Classic scripts (`--format=iife`), not modules: the offline build runs from file://, where modules are blocked.

The bundles are made when the build starts (into a folder of their own, copied into the site at its end), because
each page's config holds only the interface texts its scripts can show: `Bundles.texts()` finds them in the code.
"""

import json
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError

SOURCES = Path("overrides", "assets", "src")
OUTPUT = Path("assets", "gk")
# Every browser since 2021 (Safari 14.1, Chrome 85): class fields and ??= as they are, without esbuild's helpers.
TARGET = "es2022"
MAIN = "main"  # the script of every page

# The group of a text the code names: t("lists.made"), t(`plan.column_${column}`), "results.or" handed to t().
TEXT_GROUP = re.compile(r"""["'`]([a-z_]+)\.[a-z_$]""")
# A part the code fetches: named as a string of its own, part("plan-editor") or whenNear("gk-exchange", "exchange").
STRING = re.compile(r"""["']([a-z][a-z-]*)["']""")


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


@dataclass
class Bundles:
    """The built scripts in their folder; per script, the text groups its code names and the parts it fetches."""

    folder: Path
    groups: dict[str, set[str]] = field(default_factory=dict)
    parts: dict[str, set[str]] = field(default_factory=dict)

    def texts(self, *scripts: str) -> set[str]:
        """The text groups that these scripts, and the parts they fetch (and those parts' parts), can show."""
        seen, todo = set(), list(scripts)
        while todo:
            script = todo.pop()
            if script not in seen:
                seen.add(script)
                todo += self.parts[script]
        return set().union(*(self.groups[script] for script in seen))

    def move_to(self, site_dir: Path) -> None:
        """Into the built site; the temporary folder goes (`mkdocs serve` builds again at every change)."""
        shutil.copytree(self.folder, site_dir / OUTPUT, dirs_exist_ok=True)
        shutil.rmtree(self.folder)


def build_bundles(project: Path) -> Bundles:
    folder = Path(tempfile.mkdtemp(prefix="gk-bundles-"))
    metafile = folder.parent / f"{folder.name}.json"
    command = [
        str(esbuild(project)),
        *map(str, entries(project)),
        "--bundle",
        "--minify",
        "--format=iife",
        f"--target={TARGET}",
        "--entry-names=[name]",
        f"--outdir={folder}",
        f"--metafile={metafile}",
        "--legal-comments=none",
        "--log-level=warning",
    ]
    result = subprocess.run(command, capture_output=True, text=True, cwd=project)
    if result.returncode != 0:
        raise PluginError(f"esbuild could not bundle the front end:\n{result.stderr.strip()}")
    outputs = json.loads(metafile.read_text(encoding="utf-8"))["outputs"]
    metafile.unlink()
    sources = {}
    scripts = {Path(path).stem: output["inputs"] for path, output in outputs.items() if path.endswith(".js")}
    parts = {path.stem for path in (project / SOURCES / "parts").glob("*.js")}
    bundles = Bundles(folder)
    for script, inputs in scripts.items():
        code = [sources.setdefault(path, (project / path).read_text(encoding="utf-8")) for path in inputs]
        bundles.groups[script] = {group for text in code for group in TEXT_GROUP.findall(text)}
        bundles.parts[script] = {name for text in code for name in STRING.findall(text) if name in parts} - {script}
    return bundles
