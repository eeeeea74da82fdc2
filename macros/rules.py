"""Checks on content/criteria.yaml that need more than one value at a time.

Each rule yields (place, message); place is a path into the YAML such as
("themes", 1, "criteria", 0, "items", 2, "id").

Ids, answer values and share codes are promises to users: saved answers, files and links refer to them. So the
rules ask that each is unique and never taken from the retired list, not that they are numbered in order: an
item removed from the middle leaves a gap, and the others keep their ids.
"""

import re
from collections.abc import Iterable, Iterator
from itertools import groupby

from .pages import PAGE_TEMPLATES
from .schema import Checklist, Criterion, Item
from .text import unknown_marks

Place = tuple[str | int, ...]
Problem = tuple[Place, str]


def _duplicates(values: Iterable[tuple[Place, str]], what: str) -> Iterator[Problem]:
    """A problem at each place whose value an earlier place already has."""
    seen: set[str] = set()
    for place, value in values:
        if value in seen:
            yield place, f"{what} '{value}' is used more than once"
        seen.add(value)


def _criterion_places(checklist: Checklist) -> Iterator[tuple[Place, Criterion]]:
    for t, theme in enumerate(checklist.themes):
        for c, criterion in enumerate(theme.criteria):
            yield ("themes", t, "criteria", c), criterion


def _item_places(checklist: Checklist) -> Iterator[tuple[Place, Criterion, Item]]:
    for place, criterion in _criterion_places(checklist):
        for i, item in enumerate(criterion.items):
            yield (*place, "items", i), criterion, item


def _unique_theme_slugs(checklist: Checklist) -> Iterator[Problem]:
    yield from _duplicates(((("themes", t, "slug"), theme.slug) for t, theme in enumerate(checklist.themes)), "slug")


def _unique_criterion_slugs(checklist: Checklist) -> Iterator[Problem]:
    for t, theme in enumerate(checklist.themes):
        places = ((("themes", t, "criteria", c, "slug"), criterion.slug) for c, criterion in enumerate(theme.criteria))
        yield from _duplicates(places, "slug")


def _unique_criterion_numbers(checklist: Checklist) -> Iterator[Problem]:
    places = (((*place, "number"), str(criterion.number)) for place, criterion in _criterion_places(checklist))
    yield from _duplicates(places, "criterion number")


def _unique_item_ids(checklist: Checklist) -> Iterator[Problem]:
    yield from _duplicates((((*place, "id"), item.id) for place, _, item in _item_places(checklist)), "item id")


def _item_ids_start_with_their_criterion(checklist: Checklist) -> Iterator[Problem]:
    for place, criterion, item in _item_places(checklist):
        if item.id[:-1] != str(criterion.number):
            yield (
                (*place, "id"),
                (
                    f"'{item.id}' does not start with the number of its criterion ({criterion.number}); "
                    "give a new item the next unused letter, like "
                    f"'{criterion.number}{chr(ord(max(i.id[-1] for i in criterion.items)) + 1)}'"
                ),
            )


def _retired_item_ids_stay_retired(checklist: Checklist) -> Iterator[Problem]:
    retired = set(checklist.retired.items)
    for place, _, item in _item_places(checklist):
        if item.id in retired:
            yield (
                (*place, "id"),
                (
                    f"'{item.id}' was used before and is retired (retired.items): saved answers, files and links may "
                    "still refer to it; give this item an unused id"
                ),
            )


def _unique_answers(checklist: Checklist) -> Iterator[Problem]:
    answers = list(enumerate(checklist.answers))
    yield from _duplicates(((("answers", a, "value"), answer.value) for a, answer in answers), "answer value")
    yield from _duplicates(((("answers", a, "code"), answer.code) for a, answer in answers), "share code")


def _unique_statuses(checklist: Checklist) -> Iterator[Problem]:
    statuses = enumerate(checklist.statuses)
    yield from _duplicates(((("statuses", s, "value"), status.value) for s, status in statuses), "status")


def _retired_answers_stay_retired(checklist: Checklist) -> Iterator[Problem]:
    values = {answer.value for answer in checklist.retired.answers}
    codes = {answer.code for answer in checklist.retired.answers}
    for a, answer in enumerate(checklist.answers):
        if answer.value in values:
            yield ("answers", a, "value"), f"'{answer.value}' is retired (retired.answers): old answers still use it"
        if answer.code in codes:
            yield (
                ("answers", a, "code"),
                (f"share code '{answer.code}' is retired (retired.answers): old links still use it for another answer"),
            )


def _known_scopes_and_roles(checklist: Checklist) -> Iterator[Problem]:
    scopes = list(enumerate(checklist.scopes))
    yield from _duplicates(((("scopes", s, "id"), scope.id) for s, scope in scopes), "scope")
    yield from _duplicates(((("roles", r, "id"), role.id) for r, role in enumerate(checklist.roles)), "role")
    roles = [role.id for role in checklist.roles]
    for s, scope in scopes:
        for r, role in enumerate(scope.roles):
            if role not in roles:
                yield ("scopes", s, "roles", r), f"unknown role '{role}'; use one of: {', '.join(roles)}"
    known = [scope.id for scope in checklist.scopes]
    for place, _, item in _item_places(checklist):
        if item.scope not in known:
            yield (*place, "scope"), f"unknown scope '{item.scope}'; use one of: {', '.join(known)}"


def _scope_groups_together(checklist: Checklist) -> Iterator[Problem]:
    # Items are shown under one heading per scope, in YAML order, so a scope may not come back later.
    for place, criterion in _criterion_places(checklist):
        seen: set[str] = set()
        position = 0
        for scope, group in groupby(criterion.items, key=lambda item: item.scope):
            if scope in seen:
                yield (
                    (*place, "items", position, "scope"),
                    (f"scope '{scope}' was used earlier in this criterion; keep items of one scope together"),
                )
            seen.add(scope)
            position += len(list(group))


def _texts_are_well_formed(checklist: Checklist) -> Iterator[Problem]:
    # Names as the scripts can write them (t("lists.made")); a group with `one` or `other` is a text with a plural,
    # for which t() needs both forms.
    def walk(place: Place, texts: dict) -> Iterator[Problem]:
        if {"one", "other"} & texts.keys() and texts.keys() != {"one", "other"}:
            yield place, "a plural has exactly the keys 'one' and 'other'"
        for key, value in texts.items():
            if not re.fullmatch(r"[a-z][a-z0-9_]*", str(key)):
                yield place, f"'{key}' is not a valid name: use lowercase letters, digits and _"
            elif isinstance(value, dict):
                yield from walk((*place, key), value)
            elif not isinstance(value, str) or not value.strip():
                yield (*place, key), "must be a text, or a group of texts"

    yield from walk(("ui",), checklist.ui)


def _known_pages(checklist: Checklist) -> Iterator[Problem]:
    pages = list(enumerate(checklist.pages))
    yield from _duplicates(((("pages", p, "id"), page.id) for p, page in pages), "page")
    yield from _duplicates(((("pages", p, "file"), page.file) for p, page in pages), "file")
    for p, page in pages:
        if page.id not in PAGE_TEMPLATES:
            yield ("pages", p, "id"), f"unknown page '{page.id}'; use one of: {', '.join(PAGE_TEMPLATES)}"
    for missing in PAGE_TEMPLATES.keys() - {page.id for page in checklist.pages}:
        yield ("pages",), f"missing the page '{missing}'"


def _known_marks(checklist: Checklist) -> Iterator[Problem]:
    # The interface texts have placeholders of their own ({name}), filled in by the scripts.
    def walk(place: Place, value) -> Iterator[Problem]:
        if isinstance(value, str):
            for mark in unknown_marks(value):
                yield (
                    place,
                    (
                        f"unknown mark {mark}: write a term as [words]{{lang=en}}, "
                        "or use {publisher}, {contact} or {website}"
                    ),
                )
        elif isinstance(value, dict):
            for key, inner in value.items():
                yield from walk((*place, key), inner)
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                yield from walk((*place, index), inner)

    yield from walk((), checklist.model_dump(exclude={"ui"}))


RULES = (
    _unique_theme_slugs,
    _unique_criterion_slugs,
    _unique_criterion_numbers,
    _unique_item_ids,
    _item_ids_start_with_their_criterion,
    _retired_item_ids_stay_retired,
    _unique_answers,
    _retired_answers_stay_retired,
    _unique_statuses,
    _known_scopes_and_roles,
    _scope_groups_together,
    _texts_are_well_formed,
    _known_pages,
    _known_marks,
)


def check(checklist: Checklist) -> list[Problem]:
    return [problem for rule in RULES for problem in rule(checklist)]
