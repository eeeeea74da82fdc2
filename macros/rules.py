"""Checks on content/criteria.yaml that need more than one value at a time.

Each rule yields (place, message); place is a path into the YAML such as
("themes", 1, "criteria", 0, "items", 2, "id").
"""

from collections.abc import Iterator
from itertools import groupby
from string import ascii_lowercase
from typing import get_args

from .schema import Checklist, Criterion, Scope

Place = tuple[str | int, ...]
Problem = tuple[Place, str]


def _unique_theme_slugs(checklist: Checklist) -> Iterator[Problem]:
    seen: set[str] = set()
    for t, theme in enumerate(checklist.themes):
        if theme.slug in seen:
            yield ("themes", t, "slug"), f"slug '{theme.slug}' is used by another theme"
        seen.add(theme.slug)


def _unique_criterion_slugs(checklist: Checklist) -> Iterator[Problem]:
    for t, theme in enumerate(checklist.themes):
        seen: set[str] = set()
        for c, criterion in enumerate(theme.criteria):
            if criterion.slug in seen:
                yield ("themes", t, "criteria", c, "slug"), (
                    f"slug '{criterion.slug}' is used by another criterion of this theme"
                )
            seen.add(criterion.slug)


def _numbered_criteria(checklist: Checklist) -> Iterator[tuple[Place, int, Criterion]]:
    """Each criterion with its place and the number its position gives it (1, 2, 3 … across themes)."""
    position = 0
    for t, theme in enumerate(checklist.themes):
        for c, criterion in enumerate(theme.criteria):
            position += 1
            yield ("themes", t, "criteria", c), position, criterion


def _criteria_numbered_in_order(checklist: Checklist) -> Iterator[Problem]:
    for place, expected, criterion in _numbered_criteria(checklist):
        if criterion.number != expected:
            yield (*place, "number"), (
                f"expected {expected}, found {criterion.number} (criteria are numbered 1, 2, 3 … in order)"
            )


def _item_ids_follow_criterion(checklist: Checklist) -> Iterator[Problem]:
    for place, number, criterion in _numbered_criteria(checklist):
        for i, (item, letter) in enumerate(zip(criterion.items, ascii_lowercase)):
            if item.id != f"{number}{letter}":
                yield (*place, "items", i, "id"), (
                    f"expected '{number}{letter}', found '{item.id}' "
                    f"(items of criterion {number} are {number}a, {number}b … in order)"
                )
        if len(criterion.items) > len(ascii_lowercase):
            yield (*place, "items"), f"at most {len(ascii_lowercase)} items per criterion"


def _scope_groups_together(checklist: Checklist) -> Iterator[Problem]:
    # Items are shown under one heading per scope, in YAML order, so a scope may not come back later.
    for t, theme in enumerate(checklist.themes):
        for c, criterion in enumerate(theme.criteria):
            seen: set[str] = set()
            position = 0
            for scope, group in groupby(criterion.items, key=lambda item: item.scope):
                if scope in seen:
                    yield ("themes", t, "criteria", c, "items", position, "scope"), (
                        f"scope '{scope}' was used earlier in this criterion; keep items of one scope together"
                    )
                seen.add(scope)
                position += len(list(group))


def _every_scope_has_heading(checklist: Checklist) -> Iterator[Problem]:
    for scope in get_args(Scope):
        if scope not in checklist.scopes:
            yield ("scopes",), f"missing the heading for scope '{scope}'"


RULES = (
    _unique_theme_slugs,
    _unique_criterion_slugs,
    _criteria_numbered_in_order,
    _item_ids_follow_criterion,
    _scope_groups_together,
    _every_scope_has_heading,
)


def check(checklist: Checklist) -> list[Problem]:
    return [problem for rule in RULES for problem in rule(checklist)]
