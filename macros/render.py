"""Render pages of the guide from the checklist; the markup lives in overrides/partials/checklist/."""

import posixpath
from pathlib import Path
from types import SimpleNamespace

import jinja2
from markupsafe import Markup
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from .schema import Checklist
from .text import Marks


def fill(text: str, **values) -> str:
    """An interface text with its {placeholders} filled in, as the page scripts do it (i18n.js).

    Escaped text (Markup) stays escaped: its values are escaped too, unless they are Markup themselves (a link)."""
    for name, value in values.items():
        text = text.replace("{" + name + "}", value if isinstance(value, str) else str(value))
    return text


def attributes(texts: dict):
    """Groups of texts with attribute access for the templates: `ui.item.clear` must find the text "clear", not
    the dict method of that name (Jinja tries attributes first). Plurals ({one, other}) stay dicts."""
    if not isinstance(texts, dict) or texts.keys() == {"one", "other"}:
        return texts
    return SimpleNamespace(**{key: attributes(value) for key, value in texts.items()})


def plural(forms: dict, n: int, **values) -> str:
    """The Dutch singular or plural form of an interface text, with {n} and other placeholders filled in."""
    return fill(forms["one" if n == 1 else "other"], n=n, **values)


class Renderer:
    def __init__(self, checklist: Checklist, templates: Path):
        self.checklist = checklist
        self.marks = Marks(checklist.site.publisher)
        self.jinja = jinja2.Environment(
            loader=jinja2.FileSystemLoader(templates),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        # Also inside imported macros (progress.html, cards.html), which see no render context.
        self.jinja.globals.update(checklist=checklist, ui=attributes(checklist.ui))
        self.jinja.filters.update(
            text=self.marks.html,  # a plain-text field of the content
            md=self.marks.markdown,  # a Markdown field of the content
            fill=fill,
            plural=plural,
        )

    def render(self, template: str, page: Page, files: Files, **context) -> str:
        """Markdown (with HTML blocks) for one page; links are relative to page."""

        def url(src_uri: str, anchor: str = "") -> str:
            target = files.get_file_from_path(src_uri)
            if target is None:
                raise ValueError(f"{page.file.src_uri} links to {src_uri}, which is not in docs/")
            return target.url_relative_to(page.file) + (f"#{anchor}" if anchor else "")

        def source(src_uri: str) -> str:
            """A Markdown link target: MkDocs checks it and turns it into the page's URL."""
            return posixpath.relpath(src_uri, posixpath.dirname(page.file.src_uri) or ".")

        def page_url(page_id: str, anchor: str = "") -> str:
            return url(self.checklist.page(page_id).file, anchor)

        return self.jinja.get_template(template).render(
            url=url,
            page_url=page_url,
            source=source,
            raw=Markup,
            **context,
        )
