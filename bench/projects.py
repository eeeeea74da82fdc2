"""The projects the bench builds besides our own: plain Material with the same pages and text (bare, or with our
theme settings), our project with its content multiplied to N statements (generated in the work folder, never
committed), and variants of a project's mkdocs.yml."""

import shutil
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from .core import ROOT

CONTENT = Path("content", "criteria.yaml")
STUB = "{{ guide_page() }}\n"  # what every page in docs/ holds
LETTERS = 26  # items per criterion at most: the id's letter


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
        "plan": pages["plan"],
        "compare": pages["compare"],
    }


class _Tolerant(yaml.SafeLoader):
    """Reads our mkdocs.yml, whose !ENV tags only MkDocs resolves."""


_Tolerant.add_constructor("!ENV", lambda loader, node: None)


def our_theme(project: Path = ROOT) -> dict:
    """The theme settings of our mkdocs.yml (language, palette, Material's features …) without our templates."""
    theme = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Tolerant)["theme"]
    return {key: value for key, value in theme.items() if key != "custom_dir"}


def plain_material_project(site: Path, project: Path, theme: dict | None = None) -> Path:
    """A plain Material project with a page for each page of our built site, holding the same text (headings and
    paragraphs, no macros, no overrides); returns its mkdocs.yml. theme: Material's settings (our palette and
    features, say); by default bare Material."""
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
    settings = {
        "site_name": "Bare Material",
        "theme": theme or {"name": "material", "language": "nl", "font": False},
        "plugins": ["search"],
    }
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    return config


def copy_project(target: Path) -> None:
    """The project's files without what is not source (git, venv, builds); node_modules linked, for esbuild."""
    shutil.copytree(
        ROOT,
        target,
        ignore=shutil.ignore_patterns(".git", ".venv", "node_modules", "site", "dist", "__pycache__", ".pytest_cache"),
    )
    (target / "node_modules").symlink_to(ROOT / "node_modules")


def scaled_project(n: int, target: Path) -> dict:
    """Our project in target, with the content's themes copied over and over until it holds n statements.

    Copy k (from 2) of a theme gets the slug `<slug>-k` and the title `<title> (k)`; its criteria get numbers after
    the highest one of the content (so item ids stay `<number><letter>`), and each gets its page in docs/. The last
    copy is cut off after statement n. Returns what the project holds: statements, themes, criteria."""
    copy_project(target)
    content = _content(target)
    themes = content["themes"]
    highest = max(criterion["number"] for theme in themes for criterion in theme["criteria"])
    if highest * -(-n // statements(ROOT)) > 999:
        raise ValueError(f"{n} statements need criterion numbers above 999, which item ids cannot hold")
    docs = target / "docs"
    copies, count, k = [], 0, 0
    while count < n:
        for theme in themes:
            if count >= n:
                break
            slug = theme["slug"] if k == 0 else f"{theme['slug']}-{k + 1}"
            criteria = []
            for criterion in theme["criteria"]:
                if count >= n:
                    break
                number = criterion["number"] + k * highest
                items = [{**item, "id": f"{number}{item['id'][-1]}"} for item in criterion["items"]][: n - count]
                assert len(items) <= LETTERS
                count += len(items)
                criteria.append({**criterion, "number": number, "items": items})
                (docs / slug).mkdir(exist_ok=True)
                (docs / slug / f"{criterion['slug']}.md").write_text(STUB, encoding="utf-8")
            (docs / slug / "index.md").write_text(STUB, encoding="utf-8")
            title = theme["title"] if k == 0 else f"{theme['title']} ({k + 1})"
            copies.append({**theme, "slug": slug, "title": title, "criteria": criteria})
        k += 1
    content["themes"] = copies
    (target / CONTENT).write_text(
        yaml.safe_dump(content, allow_unicode=True, sort_keys=False, width=1_000_000), encoding="utf-8"
    )
    return {"statements": count, "themes": len(copies), "criteria": sum(len(theme["criteria"]) for theme in copies)}


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml's own tags (!ENV) as plain values: enough to read its feature list."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def features(project: Path) -> list[str]:
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    return list(config["theme"].get("features", []))


def with_features(project: Path, name: str, features_: list[str]) -> Path:
    """A config beside the project's mkdocs.yml that inherits it with another list of theme features."""
    config = project / f"mkdocs.{name}.yml"
    config.write_text(
        "INHERIT: mkdocs.yml\ntheme:\n  features:\n" + "".join(f"    - {feature}\n" for feature in features_),
        encoding="utf-8",
    )
    return config
