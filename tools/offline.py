"""make offline: the site as a zip that works when it is unzipped and opened from disk (file://).

Usage: python tools/offline.py ZIP — builds mkdocs.offline.yml and writes ZIP with the site in one folder.
"""

import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.offline.yml"
SHIM = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"
FOLDER = "gelijke-kansen-offline"  # what unzipping creates


def build(site_dir: Path) -> None:
    """The offline site in site_dir, with the iframe-worker shim where its pages load it from."""
    config = load_config(str(CONFIG), site_dir=str(site_dir), strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(config)
    finally:
        config.plugins.on_shutdown()
    (shim,) = config.extra["polyfills"]
    shutil.copyfile(SHIM, site_dir / shim)


def write_zip(site_dir: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(site_dir.rglob("*")):
            if path.is_file():
                archive.write(path, f"{FOLDER}/{path.relative_to(site_dir).as_posix()}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp))
        write_zip(Path(tmp), Path(sys.argv[1]))
    print(f"{sys.argv[1]}: unzip it and open {FOLDER}/index.html in a browser")
