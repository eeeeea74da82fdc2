"""The shape of content/criteria.yaml, as strict pydantic models.

Pydantic checks each value where it stands (required, type, format, no unknown keys);
macros/rules.py checks what needs the whole tree (unique ids and slugs, share codes, retired ids).
"""

from itertools import groupby
from operator import attrgetter
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# An item id: its criterion's number and a letter ("4b"). At most 3 digits, so share links and imports can bound
# what they accept; the letter is the item's place in a share link, so a criterion has at most 26 items.
ITEM_ID = r"^[1-9][0-9]{0,2}[a-z]$"

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
ItemId = Annotated[str, StringConstraints(pattern=ITEM_ID)]
Url = Annotated[str, StringConstraints(pattern=r"^https://\S+$")]
Email = Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[a-z]+$")]
Code = Annotated[str, StringConstraints(pattern=r"^[a-z]$")]
Positive = Annotated[int, Field(ge=1)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Answer(Model):
    """One value of the answer scale. `value` is what is saved and exported; `code` its letter in share links."""

    value: Slug
    label: Text  # on the option: "Nog niet"
    count: Text  # in running text and counts: "3 nog niet"
    code: Code
    done: bool = False  # nothing left to do: "Alleen wat nog te doen is" hides it
    score: int | None = None  # how far along, to tell better from worse; none for "don't know"
    colour: Annotated[str, StringConstraints(pattern=r"^#[0-9a-f]{6}$")]  # in bars and marks, beside the words


class Status(Model):
    """Where a step of the action plan stands; `value` is saved and exported."""

    value: Slug
    label: Text
    done: bool = False


class Unanswered(Model):
    label: Text
    count: Text


class Scope(Model):
    """Who a statement is about; `roles` are the views (start paths, filters) that show it."""

    id: Slug
    heading: Text  # above its group on a criterion page: "In mijn klas"
    roles: Annotated[list[Slug], Field(min_length=1)]


class Role(Model):
    """A start path and view: `id` is its value in the address (/overzicht/?voor=klas)."""

    id: Slug
    who: Text  # "Docent"
    view: Text  # the filter option: "De klas"
    intro: Text  # what the path offers, on the home page
    noun: Text  # in totals: "18 school-uitspraken"
    compare: bool = False  # the start path also leads to the compare page (collecting the schools' answers)


class Limits(Model):
    name_length: Positive  # characters in the name of a list or measurement
    import_bytes: Positive  # largest file the import reads
    backup_bytes: Positive  # largest backup read back: more than a browser lets a site keep, so every backup reads
    link_length: Positive  # longest share link offered: every browser opens it
    unknown_items: Positive  # answers to ids not in the checklist that one import may add
    seconds_per_item: Positive  # to say how long a start path takes


class Retired(Model):
    """Ids and codes that were used once: they stay in old saved data, files and links, so they are never reused."""

    items: list[ItemId] = []
    answers: list[Answer] = []


class Page(Model):
    """A page with a fixed place in the menu; `id` says which page macro it calls (macros/pages.py)."""

    id: Slug
    file: Annotated[str, StringConstraints(pattern=r"^([a-z0-9-]+/)*[a-z0-9-]+\.md$")]
    title: Text


class Section(Model):
    title: Text
    body: Text


class Item(Model):
    id: ItemId
    scope: Slug
    text: Text


class Criterion(Model):
    number: Positive
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


class Publisher(Model):
    """Who publishes the site and answers mail about it; texts refer to them as {publisher} and {contact}."""

    name: Text
    email: Email
    url: Url


class Site(Model):
    title: Text
    description: Text
    publisher: Publisher


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


# Texts of the interface by name, in groups; a group with the keys `one` and `other` is a text with a plural.
# Their names and shape are checked by macros/rules.py, which can say where a problem is.
Texts = dict[str, object]


class Checklist(Model):
    version: Text
    site: Site
    home: Home
    answers: Annotated[list[Answer], Field(min_length=2)]
    unanswered: Unanswered
    statuses: Annotated[list[Status], Field(min_length=1)]
    scopes: Annotated[list[Scope], Field(min_length=1)]
    roles: Annotated[list[Role], Field(min_length=1)]
    limits: Limits
    retired: Retired = Retired()
    themes: Annotated[list[Theme], Field(min_length=1)]
    resources: Resources
    about: About
    accessibility: Accessibility
    pages: Annotated[list[Page], Field(min_length=1)]
    ui: Texts

    @property
    def items(self) -> list[Item]:
        return [item for theme in self.themes for item in theme.items]

    @property
    def criteria(self) -> list[tuple[Theme, Criterion]]:
        return [(theme, criterion) for theme in self.themes for criterion in theme.criteria]

    def scope(self, scope_id: str) -> Scope:
        return next(scope for scope in self.scopes if scope.id == scope_id)

    def role_items(self, role_id: str) -> list[Item]:
        """The items of a role's view (the start path, ?voor=<role>), in checklist order."""
        return [item for item in self.items if role_id in self.scope(item.scope).roles]

    def next_item(self, item: Item, role_id: str) -> tuple[Theme, Criterion, Item] | None:
        """The item after this one in a role's view, with its theme and criterion; None after the last."""
        items = self.role_items(role_id)
        following = items[items.index(item) + 1 :] if item in items else []
        return next(((t, c, i) for t, c in self.criteria for i in c.items if following and i == following[0]), None)

    def next_items(self, item: Item, roles: list[str]) -> list[tuple[list[str], tuple[Theme, Criterion, Item] | None]]:
        """The roles' next items (next_item), each with the roles it is next for: one link serves them all."""
        nexts: dict = {}
        for role in roles:
            following = self.next_item(item, role)
            nexts.setdefault(following[2].id if following else role, (following, []))[1].append(role)
        return [(roles_, following) for following, roles_ in nexts.values()]

    def minutes(self, items: list[Item]) -> int:
        """About how long answering items takes, in whole minutes, rounded up (limits.seconds_per_item)."""
        return -(-len(items) * self.limits.seconds_per_item // 60)

    def page(self, page_id: str) -> Page:
        return next(page for page in self.pages if page.id == page_id)

    def page_of(self, src_uri: str) -> tuple[Theme, Criterion | None] | None:
        """The theme (and criterion) whose page lives at src_uri, if any."""
        for theme in self.themes:
            if src_uri == theme.page:
                return theme, None
            for criterion in theme.criteria:
                if src_uri == theme.criterion_page(criterion):
                    return theme, criterion
        return None
