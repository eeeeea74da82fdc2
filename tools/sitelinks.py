"""Where the links of a built site point: the link test checks the internal ones, `make links` lists the rest.

Usage: python tools/sitelinks.py SITE_DIR — prints every link that leaves the site, with the pages it is on.
"""

import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin

from bs4 import BeautifulSoup


def pages(site: Path) -> Iterator[tuple[str, Path]]:
    """Each built page as (URL path below the site root, file): ('over/', site/over/index.html)."""
    for path in sorted(site.rglob("*.html")):
        yield path.relative_to(site).as_posix().removesuffix("index.html"), path


def links(site: Path, base_url: str) -> Iterator[tuple[str, str]]:
    """(page, absolute URL) for every <a href> of every page, as if the site were served at base_url."""
    for page, path in pages(site):
        doc = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for anchor in doc.select("a[href]"):
            yield page, urljoin(base_url + page, anchor["href"])


def local_file(site: Path, base_url: str, url: str) -> Path | None:
    """The file of site/ that serves an internal URL (without its ?query and #fragment), or None when there is none."""
    path = unquote(urldefrag(url).url.split("?", 1)[0].removeprefix(base_url))
    target = site / path / "index.html" if path == "" or path.endswith("/") else site / path
    return target if target.is_file() else None


def external(site: Path, base_url: str) -> dict[str, list[str]]:
    """Every URL outside base_url that a page links to, with the pages that link to it."""
    found = defaultdict(list)
    for page, url in links(site, base_url):
        if not url.startswith(base_url) and page not in found[url]:
            found[url].append(page)
    return dict(sorted(found.items()))


if __name__ == "__main__":
    # Pages link to each other with relative or root-relative URLs, so any origin tells them from external links.
    for url, linked_from in external(Path(sys.argv[1]), "https://site.invalid/").items():
        print(url)
        print("    on", ", ".join(f"/{page}" for page in linked_from))
