"""The site navigation, from the content: the fixed pages (`pages:`) with the theme sections after the first."""

from collections.abc import Iterator
from pathlib import Path

from .schema import Checklist


def navigation(checklist: Checklist) -> list:
    """MkDocs' nav: the first fixed page, one section per theme, then the other fixed pages."""
    fixed = [{page.title: page.file} for page in checklist.pages]
    sections = [
        {
            theme.title: [theme.page]
            + [
                {f"{criterion.number}. {criterion.title}": theme.criterion_page(criterion)}
                for criterion in theme.criteria
            ]
        }
        for theme in checklist.themes
    ]
    return fixed[:1] + sections + fixed[1:]


def page_problems(docs_dir: Path, nav: list) -> list[str]:
    """Pages missing from docs/, or in docs/ but not in the navigation."""
    listed = set(_pages(nav))
    present = {path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*.md")}
    return [
        f"docs/{page} is missing: each page, theme and criterion in content/criteria.yaml needs one;"
        " create it with the single line {{ guide_page() }}"
        for page in sorted(listed - present)
    ] + [
        f"docs/{page} is not in the navigation: remove it, or add it to pages in content/criteria.yaml"
        for page in sorted(present - listed)
    ]


def _pages(nav: list | dict | str) -> Iterator[str]:
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _pages(value)
    else:
        for entry in nav:
            yield from _pages(entry)
