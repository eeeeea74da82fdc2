"""The shape of content/criteria.yaml, as strict pydantic models.

Pydantic checks each value where it stands (required, type, format, no unknown keys);
macros/rules.py checks what needs the whole tree (unique slugs, item numbering).
"""

from itertools import groupby
from operator import attrgetter
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
ItemId = Annotated[str, StringConstraints(pattern=r"^[1-9][0-9]*[a-z]$")]
Url = Annotated[str, StringConstraints(pattern=r"^https://\S+$")]
Scope = Literal["klas", "school-regio", "school", "regio"]

# Which overview filter ("klas", "school", "regio") shows an item of each scope.
SCOPE_FILTERS: dict[str, tuple[str, ...]] = {
    "klas": ("klas",),
    "school-regio": ("school", "regio"),
    "school": ("school",),
    "regio": ("regio",),
}


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Section(Model):
    title: Text
    body: Text


class Item(Model):
    id: ItemId
    scope: Scope
    text: Text


class Criterion(Model):
    number: Annotated[int, Field(ge=1)]
    slug: Slug
    title: Text
    term: Text | None = None
    summary: Text
    explanation: Text
    tips: Annotated[list[Text], Field(min_length=1)]
    items: Annotated[list[Item], Field(min_length=1)]

    def scope_groups(self) -> list[tuple[str, list[Item]]]:
        """Items under one heading per scope, in YAML order."""
        return [(scope, list(items)) for scope, items in groupby(self.items, key=attrgetter("scope"))]


class Theme(Model):
    slug: Slug
    title: Text
    summary: Text
    intro: Text
    criteria: Annotated[list[Criterion], Field(min_length=1)]

    @property
    def items(self) -> list[Item]:
        return [item for criterion in self.criteria for item in criterion.items]

    @property
    def page(self) -> str:
        return f"{self.slug}/index.md"

    def criterion_page(self, criterion: Criterion) -> str:
        return f"{self.slug}/{criterion.slug}.md"


class Link(Model):
    title: Text
    url: Url
    description: Text


class Site(Model):
    title: Text
    description: Text


class Home(Model):
    lead: Text
    sections: Annotated[list[Section], Field(min_length=1)]


class Resources(Model):
    intro: Text
    links: Annotated[list[Link], Field(min_length=1)]


class About(Model):
    sections: Annotated[list[Section], Field(min_length=1)]


class Accessibility(About):
    """The accessibility statement (toegankelijkheidsverklaring): sections, like About."""


class Checklist(Model):
    version: Text
    site: Site
    home: Home
    scopes: dict[Scope, Text]
    themes: Annotated[list[Theme], Field(min_length=1)]
    resources: Resources
    about: About
    accessibility: Accessibility

    @property
    def items(self) -> list[Item]:
        return [item for theme in self.themes for item in theme.items]

    def page_of(self, src_uri: str) -> tuple[Theme, Criterion | None] | None:
        """The theme (and criterion) whose page lives at src_uri, if any."""
        for theme in self.themes:
            if src_uri == theme.page:
                return theme, None
            for criterion in theme.criteria:
                if src_uri == theme.criterion_page(criterion):
                    return theme, criterion
        return None
