"""Render pages of the guide from the checklist; the markup lives in overrides/partials/checklist/."""

import posixpath
from pathlib import Path

import jinja2
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from .schema import SCOPE_FILTERS, Checklist

ANSWERS = (  # value stored and exported, label shown
    ("nee", "Nog niet"),
    ("deels", "Deels"),
    ("ja", "Ja"),
    ("onbekend", "Weet ik niet"),
)


class Renderer:
    def __init__(self, checklist: Checklist, templates: Path):
        self.checklist = checklist
        self.jinja = jinja2.Environment(
            loader=jinja2.FileSystemLoader(templates),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
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

        return self.jinja.get_template(template).render(
            checklist=self.checklist,
            answers=ANSWERS,
            scope_filters=SCOPE_FILTERS,
            url=url,
            source=source,
            **context,
        )
