"""The projects the bench builds besides our own: plain Material with the same pages and text."""

from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from .core import ROOT

CONTENT = Path("content", "criteria.yaml")


def _content(project: Path) -> dict:
    return yaml.safe_load((project / CONTENT).read_text(encoding="utf-8"))


def statements(project: Path) -> int:
    return sum(len(criterion["items"]) for theme in _content(project)["themes"] for criterion in theme["criteria"])


def page_types(project: Path = ROOT) -> dict[str, str]:
    """A page of each type, as a URL path: the first theme and its first criterion stand for the others."""
    content = _content(project)
    theme = content["themes"][0]
    pages = {page["id"]: page["file"].removesuffix(".md") + "/" for page in content["pages"]}
    return {
        "home": "",
        "theme": f"{theme['slug']}/",
        "criterion": f"{theme['slug']}/{theme['criteria'][0]['slug']}/",
        "overview": pages["overview"],
        "compare": pages["compare"],
    }


def plain_material_project(site: Path, project: Path) -> Path:
    """A plain Material project with a page for each page of our built site, holding the same text (headings and
    paragraphs, no macros, no overrides); returns its mkdocs.yml."""
    docs = project / "docs"
    for html in site.rglob("index.html"):
        article = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").article
        blocks = article.select("h1, h2, h3, p, li, legend, label") if article else []
        markdown = "\n\n".join(
            "#" * int(block.name[1]) + " " + block.get_text(" ", strip=True)
            if block.name[0] == "h"
            else block.get_text(" ", strip=True)
            for block in blocks
        )
        page = docs / html.relative_to(site).parent / "index.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(markdown + "\n", encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(
        "site_name: Bare Material\ntheme: {name: material, language: nl, font: false}\nplugins: [search]\n",
        encoding="utf-8",
    )
    return config
