"""Load content/criteria.yaml into typed objects, or fail with every problem and where it is."""

from pathlib import Path

import yaml
from pydantic import ValidationError

from . import rules
from .rules import Place, Problem
from .schema import Checklist

# libyaml's loader where PyYAML was built with it: the same safe subset, ten times faster.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ContentError(Exception):
    """The content file cannot be used; the message names the file, each place and what is wrong."""


def load(path: Path) -> Checklist:
    """Read, parse and validate the content file; raise ContentError listing every problem found."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ContentError(f"{path}: cannot read the content file: {error.strerror}") from None
    try:
        data = yaml.load(text, Loader=_SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise ContentError(f"{where}: YAML syntax error: {error.problem or error.context}") from None
    except yaml.YAMLError as error:
        raise ContentError(f"{path}: YAML syntax error: {error}") from None

    try:
        checklist = Checklist.model_validate(data)
    except ValidationError as error:
        problems = [_describe(detail) for detail in error.errors()]
    else:
        problems = rules.check(checklist)
    if problems:
        # The node tree (with line numbers) is only needed to point at problems.
        raise ContentError(_report(path, yaml.compose(text, Loader=_SafeLoader), problems))
    return checklist


def _describe(detail: dict) -> Problem:
    """Turn one pydantic error into a place and a message an editor understands."""
    place, kind, value = tuple(detail["loc"]), detail["type"], detail.get("input")
    if place and place[-1] == "[key]":
        return place[:-2], f"'{place[-2]}' is not a valid name: use lowercase letters, digits and _"
    if kind == "missing":
        return place[:-1], f"required key '{place[-1]}' is missing"
    if kind == "extra_forbidden":
        return place[:-1], f"unknown key '{place[-1]}'"
    if kind == "string_too_short":
        return place, "must not be empty"
    if kind == "string_pattern_mismatch":
        return place, f"{_pattern_hint(place, detail['msg'])}, found {value!r}"
    if kind == "literal_error":
        return place, f"{detail['msg'].replace('Input should be', 'must be')}, found {value!r}"
    if kind in ("model_type", "dict_type"):
        return place, f"must be a mapping of keys and values, found {type(value).__name__}"
    return place, f"{detail['msg']}, found {value!r}"


def _pattern_hint(place: Place, fallback: str) -> str:
    if "items" in place and (place[-1] == "id" or isinstance(place[-1], int)):
        return "must be a criterion number followed by one letter, like '4b'"
    key = next((part for part in reversed(place) if isinstance(part, str)), "")
    return _PATTERN_HINTS.get(key, fallback)


_PATTERN_HINTS = {
    "id": "must be lowercase letters, digits and hyphens, like 'school-regio'",
    "slug": "must be lowercase letters, digits and hyphens, like 'sense-of-belonging'",
    "value": "must be lowercase letters, digits and hyphens, like 'deels'",
    "scope": "must be lowercase letters, digits and hyphens, like 'school-regio'",
    "roles": "must be lowercase letters, digits and hyphens, like 'klas'",
    "url": "must be a full address starting with https://",
    "email": "must be an e-mail address, like 'info@example.org'",
    "code": "must be one lowercase letter",
    "file": "must be a path in docs/ ending in .md, like 'over.md'",
}


def _report(path: Path, root: yaml.Node | None, problems: list[Problem]) -> str:
    lines = [f"{path}: {len(problems)} problem{'s' if len(problems) != 1 else ''} in the content:"]
    for place, message in problems:
        line = _line_of(root, place)
        where = f"{path}:{line}" if line else str(path)
        lines.append(f"  {where}: {format_place(place) or '(top level)'}: {message}")
    return "\n".join(lines)


def format_place(place: Place) -> str:
    """('themes', 1, 'criteria', 0, 'id') -> 'themes[1].criteria[0].id'."""
    text = ""
    for part in place:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text


def _line_of(node: yaml.Node | None, place: Place) -> int | None:
    """The 1-based line of the deepest YAML node that exists along place."""
    line = None
    for part in place:
        if node is None:
            break
        line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if key.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            node = None
    if node is not None:
        line = node.start_mark.line + 1
    return line
