"""The site navigation: fixed pages from mkdocs.yml, theme sections from the content."""

from collections.abc import Iterator
from pathlib import Path

from .schema import Checklist


def with_themes(nav: list, checklist: Checklist) -> list:
    """mkdocs.yml's nav with one section per theme inserted after its first entry (the home page)."""
    sections = [
        {
            theme.title: [theme.page]
            + [{f"{criterion.number}. {criterion.title}": theme.criterion_page(criterion)} for criterion in theme.criteria]
        }
        for theme in checklist.themes
    ]
    return nav[:1] + sections + nav[1:]


def page_problems(docs_dir: Path, nav: list) -> list[str]:
    """Pages missing from docs/, or in docs/ but not in the navigation."""
    listed = set(_pages(nav))
    present = {path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*.md")}
    return [
        f"docs/{page} is missing: each theme and criterion in content/criteria.yaml needs a page;"
        f" create it with the single line {_STUB[page.endswith('/index.md')]}"
        for page in sorted(listed - present)
    ] + [
        f"docs/{page} is not in the navigation: remove it, or add it to nav in mkdocs.yml"
        for page in sorted(present - listed)
    ]


_STUB = {True: "{{ theme_page() }}", False: "{{ criterion_page() }}"}


def _pages(nav: list | dict | str) -> Iterator[str]:
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _pages(value)
    else:
        for entry in nav:
            yield from _pages(entry)
