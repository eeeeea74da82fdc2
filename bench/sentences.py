"""Average sentence length (words per sentence) of the site's content text, to compare before and after an edit.

    python bench/sentences.py                      # content/criteria.yaml
    git show <commit>:content/criteria.yaml | python bench/sentences.py -
    python bench/sentences.py --long 20            # also list the sentences of more than 20 words

Counts every text field of the YAML except the interface texts (`ui:`) and values that are not text for a reader
(ids, slugs, a statement's scope, codes, addresses, numbers, limits). Markdown, the term mark `[words]{lang=en}`
and HTML are stripped; {publisher}, {contact} and {website} are filled in from `site.publisher`. A sentence ends at
. ! or ? followed by a space, or at the end of a line: a list item, heading or label without a full stop counts as
one sentence. Prints the figure for all text, for running text alone (no titles or labels) and per block.
"""

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_BLOCKS = {"ui", "limits", "retired", "version"}
NOT_TEXT = {"id", "slug", "scope", "code", "value", "url", "email", "file", "number", "done"}
# Fields that hold sentences rather than names: the "running text" figure uses only these.
RUNNING = {"lead", "body", "intro", "explanation", "summary", "tips", "text", "description"}
# Dutch abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = ("bijv.", "bv.", "o.a.", "d.w.z.", "m.a.w.", "e.d.", "enz.", "nr.", "ca.", "evt.", "incl.")

TERM = re.compile(r"\[([^\[\]]+)\]\{lang=[a-z]{2}\}")
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
PLACEHOLDER = re.compile(r"\{(publisher|contact|website)\}")
WORD = re.compile(r"[^\W_]", re.UNICODE)


def fields(node, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """(path, text) for every text value under node, leaving out what is not text for a reader."""
    if isinstance(node, dict):
        for key, value in node.items():
            if (not path and key in SKIPPED_BLOCKS) or key in NOT_TEXT or (path[:1] == ("scopes",) and key == "roles"):
                continue
            yield from fields(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from fields(value, (*path, index))
    elif isinstance(node, str):
        yield path, node


def plain(text: str, values: dict[str, str]) -> str:
    """The words a reader sees: marks filled in or removed, Markdown and HTML stripped."""
    text = PLACEHOLDER.sub(lambda match: values.get(match[1], match[1]), text)
    text = TERM.sub(r"\1", text)
    text = LINK.sub(r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"^\s*(#+|[-*+]|\d+\.)\s+", "", text, flags=re.MULTILINE)
    return text


def sentences(text: str) -> list[str]:
    found = []
    for line in text.splitlines():
        for abbreviation in ABBREVIATIONS:
            line = line.replace(abbreviation, abbreviation.replace(".", "\u2024"))
        for part in re.split(r"(?<=[.!?])[\"'”’)]*\s+", line):
            if WORD.search(part):
                found.append(part.replace("\u2024", ".").strip())
    return found


def words(sentence: str) -> int:
    return sum(1 for token in sentence.split() if WORD.search(token))


def measure(data: dict) -> dict[str, list[tuple[tuple, str]]]:
    """Sentences per top-level block, each with the path of its field."""
    publisher = (data.get("site") or {}).get("publisher") or {}
    values = {
        "publisher": publisher.get("name", ""),
        "contact": publisher.get("email", ""),
        "website": publisher.get("url", ""),
    }
    blocks: dict[str, list[tuple[tuple, str]]] = {}
    for path, text in fields(data):
        blocks.setdefault(path[0], []).extend((path, sentence) for sentence in sentences(plain(text, values)))
    return blocks


def row(name: str, found: list[tuple[tuple, str]]) -> str:
    total = sum(words(sentence) for _, sentence in found)
    average = total / len(found) if found else 0.0
    return f"{name:<22} {len(found):>9} {total:>7} {average:>9.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "file",
        nargs="?",
        default=str(ROOT / "content" / "criteria.yaml"),
        help="the content file, or - for standard input",
    )
    parser.add_argument("--long", type=int, metavar="N", help="also list the sentences of more than N words")
    args = parser.parse_args()
    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    blocks = measure(yaml.safe_load(text))
    everything = [entry for found in blocks.values() for entry in found]
    running = [(path, s) for path, s in everything if [p for p in path if isinstance(p, str)][-1] in RUNNING]

    print(f"{'':<22} {'sentences':>9} {'words':>7} {'words/sen':>9}")
    print(row("all text", everything))
    print(row("running text", running))
    for name, found in blocks.items():
        print(row(f"  {name}", found))
    if args.long:
        print(f"\nSentences of more than {args.long} words:")
        for path, sentence in everything:
            if words(sentence) > args.long:
                where = ".".join(str(part) for part in path)
                print(f"  {words(sentence):>3}  {where}: {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
