"""Marks inside the content's text: English terms and the publisher's details.

- `[growth mindset]{lang=en}` is a term in another language: on the page it becomes
  `<span lang="en">growth mindset</span>`, so screen readers pronounce it in that language; elsewhere (exports,
  the page scripts' data) it is plain text.
- `{publisher}`, `{contact}` and `{website}` stand for the publisher's name, e-mail address and website
  (`site.publisher`), so that who publishes the site is said in one place.
"""

import re

from markupsafe import Markup, escape

from .schema import Publisher

TERM = re.compile(r"\[([^\[\]]+)\]\{lang=([a-z]{2})\}")
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
PLACEHOLDERS = ("publisher", "contact", "website")


def unknown_marks(text: str) -> list[str]:
    """The {…} in text that are neither a term's language nor a known placeholder."""
    bare = TERM.sub("", text)
    return [
        mark
        for mark in re.findall(r"\{[^{}]*\}", bare)
        if PLACEHOLDER.fullmatch(mark) is None or mark[1:-1] not in PLACEHOLDERS
    ]


class Marks:
    def __init__(self, publisher: Publisher):
        self.values = {"publisher": publisher.name, "contact": publisher.email, "website": publisher.url}

    def _fill(self, text: str) -> str:
        return PLACEHOLDER.sub(lambda match: self.values.get(match[1], match[0]), text)

    def plain(self, text: str) -> str:
        """For places without HTML: the term's words only."""
        return self._fill(TERM.sub(r"\1", text))

    def html(self, text: str) -> Markup:
        """A plain-text field as HTML: escaped, with its terms marked."""
        escaped = str(escape(self._fill(text)))
        return Markup(TERM.sub(r'<span lang="\2">\1</span>', escaped))

    def markdown(self, text: str) -> Markup:
        """A Markdown field as Markdown source, with its terms as inline HTML (Markdown leaves that alone)."""
        return Markup(TERM.sub(r'<span lang="\2">\1</span>', self._fill(text)))
