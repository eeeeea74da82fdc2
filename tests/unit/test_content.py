"""The content file: the real one is complete, and every kind of bad input gets a clear message."""

import copy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from macros.content import ContentError, format_place, load
from macros.navigation import navigation, page_problems

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content" / "criteria.yaml"
REAL = yaml.safe_load(CONTENT.read_text(encoding="utf-8"))

# The source's structure (shared/source/README.md): item ids and their scope heading.
EXPECTED_SCOPES = {
    **dict.fromkeys(["1a", "1b", "1c", "1d", "1e", "1f", "2a"], "school-regio"),
    **dict.fromkeys(["3a", "3b"], "klas"),
    "3c": "school-regio",
    **dict.fromkeys(["4a", "4b"], "klas"),
    **dict.fromkeys(["4c", "4d"], "school-regio"),
    "5a": "klas",
    "5b": "school-regio",
    "6a": "school-regio",
    "7a": "klas",
    **dict.fromkeys(["7b", "7c"], "school-regio"),
    **dict.fromkeys(["8a", "8b", "8c"], "school-regio"),
    "9a": "school",
    "9b": "regio",
}


def test_real_content_has_the_checklist_structure():
    checklist = load(CONTENT)
    assert [theme.title for theme in checklist.themes] == [
        "Keuzebegeleiding",
        "Onderwijs en didactiek",
        "Leerklimaat en cultuur",
        "Organisatie en beleid",
    ]
    assert [c.number for t in checklist.themes for c in t.criteria] == list(range(1, 10))
    assert {item.id: item.scope for item in checklist.items} == EXPECTED_SCOPES


def write(tmp_path: Path, data) -> Path:
    path = tmp_path / "criteria.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def mutated(change):
    data = copy.deepcopy(REAL)
    change(data)
    return data


def item(data, t=1, c=0, i=2):
    return data["themes"][t]["criteria"][c]["items"][i]


BAD = {
    "missing key": (
        lambda d: d["themes"][1]["criteria"][0].pop("summary"),
        "themes[1].criteria[0]: required key 'summary' is missing",
    ),
    "unknown key": (
        lambda d: d["themes"][0].update(colour="blue"),
        "themes[0]: unknown key 'colour'",
    ),
    "empty text": (
        lambda d: item(d).update(text="   "),
        "themes[1].criteria[0].items[2].text: must not be empty",
    ),
    "duplicate theme slug": (
        lambda d: d["themes"][2].update(slug=d["themes"][0]["slug"]),
        "themes[2].slug: slug 'keuzebegeleiding' is used more than once",
    ),
    "duplicate criterion slug": (
        lambda d: d["themes"][1]["criteria"][1].update(slug=d["themes"][1]["criteria"][0]["slug"]),
        "themes[1].criteria[1].slug: slug 'thuisvoelen-in-de-les' is used more than once",
    ),
    "duplicate item id": (
        lambda d: item(d).update(id="3b"),
        "themes[1].criteria[0].items[2].id: item id '3b' is used more than once",
    ),
    "item id of another criterion": (
        lambda d: item(d, 0, 0, 0).update(id="2b"),
        "themes[0].criteria[0].items[0].id: '2b' does not start with the number of its criterion (1);"
        " give a new item the next unused letter, like '1g'",
    ),
    "retired item id used again": (
        lambda d: (item(d, 1, 1, 3).update(id="4e"), d["retired"]["items"].append("4e")),
        "themes[1].criteria[1].items[3].id: '4e' was used before and is retired (retired.items)",
    ),
    "item id badly formed": (
        lambda d: item(d).update(id="3C"),
        "themes[1].criteria[0].items[2].id: must be a criterion number followed by one letter, like '4b', found '3C'",
    ),
    "unknown scope": (
        lambda d: item(d).update(scope="klassen"),
        "themes[1].criteria[0].items[2].scope: unknown scope 'klassen'; use one of: klas, school-regio, school, regio",
    ),
    "unknown role of a scope": (
        lambda d: d["scopes"][0]["roles"].append("ouders"),
        "scopes[0].roles[1]: unknown role 'ouders'; use one of: klas, school, regio",
    ),
    "scope split in two groups": (
        lambda d: item(d, 1, 1, 3).update(scope="klas"),
        "themes[1].criteria[1].items[3].scope: scope 'klas' was used earlier in this criterion;"
        " keep items of one scope together",
    ),
    "duplicate criterion number": (
        lambda d: (
            [d["themes"][1]["criteria"][1].update(number=3)]
            + [item.update(id=f"3{'efgh'[i]}") for i, item in enumerate(d["themes"][1]["criteria"][1]["items"])]
        ),
        "themes[1].criteria[1].number: criterion number '3' is used more than once",
    ),
    "number as text": (
        lambda d: d["themes"][0]["criteria"][0].update(number="1"),
        "themes[0].criteria[0].number: Input should be a valid integer, found '1'",
    ),
    "no items": (
        lambda d: d["themes"][3]["criteria"][1].update(items=[]),
        "themes[3].criteria[1].items: List should have at least 1 item after validation, not 0, found []",
    ),
    "link without https": (
        lambda d: d["resources"]["links"][0].update(url="www.vhto.nl"),
        "resources.links[0].url: must be a full address starting with https://, found 'www.vhto.nl'",
    ),
    "duplicate share code": (
        lambda d: d["answers"][1].update(code="j"),
        "answers[1].code: share code 'j' is used more than once",
    ),
    "duplicate answer value": (
        lambda d: d["answers"][3].update(value="ja"),
        "answers[3].value: answer value 'ja' is used more than once",
    ),
    "retired share code used again": (
        lambda d: (
            d["retired"]["answers"].append({**d["answers"][3], "value": "misschien", "code": "m"})
            or d["answers"][3].update(code="m")
        ),
        "answers[3].code: share code 'm' is retired (retired.answers): old links still use it for another answer",
    ),
    "share code of two letters": (
        lambda d: d["answers"][0].update(code="ja"),
        "answers[0].code: must be one lowercase letter, found 'ja'",
    ),
    "unknown mark in a text": (
        lambda d: d["about"]["sections"][0].update(body="Mail {publsher}."),
        "about.sections[0].body: unknown mark {publsher}: write a term as [words]{lang=en},"
        " or use {publisher}, {contact} or {website}",
    ),
    "plural without its other form": (
        lambda d: d["ui"]["common"]["statements"].pop("other"),
        "ui.common.statements: a plural has exactly the keys 'one' and 'other'",
    ),
    "badly named text": (
        lambda d: d["ui"]["common"].update({"Sluit-knop": "Sluit"}),
        "ui.common: 'Sluit-knop' is not a valid name: use lowercase letters, digits and _",
    ),
    "unknown page": (
        lambda d: d["pages"].append({"id": "forum", "file": "forum.md", "title": "Forum"}),
        f"pages[{len(REAL['pages'])}].id: unknown page 'forum'; use one of:",
    ),
    "page left out": (
        lambda d: d["pages"].remove(next(page for page in d["pages"] if page["id"] == "compare")),
        "pages: missing the page 'compare'",
    ),
    "bad e-mail address": (
        lambda d: d["site"]["publisher"].update(email="vhto.nl"),
        "site.publisher.email: must be an e-mail address, like 'info@example.org', found 'vhto.nl'",
    ),
}


@pytest.mark.parametrize(("change", "message"), BAD.values(), ids=BAD.keys())
def test_bad_content_names_file_line_place_and_problem(tmp_path, change, message):
    path = write(tmp_path, mutated(change))
    with pytest.raises(ContentError) as error:
        load(path)
    report = str(error.value)
    assert report.startswith(f"{path}: 1 problem in the content:\n")
    assert f": {message}" in report
    line = report.splitlines()[1].strip()
    assert line.startswith(f"{path}:") and line.split(":")[1].isdigit(), "the line number is given"


def test_every_problem_is_reported_at_once(tmp_path):
    def two_problems(data):
        item(data).update(text="")
        data["themes"][0].pop("intro")

    with pytest.raises(ContentError, match="2 problems in the content"):
        load(write(tmp_path, mutated(two_problems)))


def test_line_number_points_at_the_bad_value(tmp_path):
    path = write(tmp_path, mutated(lambda d: item(d).update(id="3b")))
    with pytest.raises(ContentError) as error:
        load(path)
    line = int(str(error.value).splitlines()[1].split(":")[1])
    assert path.read_text(encoding="utf-8").splitlines()[line - 1].strip() == "- id: 3b"


def test_ids_need_not_be_consecutive_so_an_item_can_be_removed(tmp_path):
    """Removing 4b leaves a gap; the other items keep their ids, and 4b may never come back."""

    def remove_4b(data):
        data["themes"][1]["criteria"][1]["items"].pop(1)
        data["retired"]["items"].append("4b")

    checklist = load(write(tmp_path, mutated(remove_4b)))
    assert [item.id for item in checklist.themes[1].criteria[1].items] == ["4a", "4c", "4d"]


def test_yaml_syntax_error_gives_line_and_column(tmp_path):
    path = tmp_path / "criteria.yaml"
    path.write_text("version: '1'\nthemes:\n  - slug: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError, match=rf"^{path}:4:1: YAML syntax error: "):
        load(path)


@pytest.mark.parametrize("document", ["", "- a list\n", "just text\n"])
def test_document_that_is_not_a_mapping(tmp_path, document):
    path = tmp_path / "criteria.yaml"
    path.write_text(document, encoding="utf-8")
    with pytest.raises(ContentError, match=r"\(top level\): must be a mapping of keys and values"):
        load(path)


def test_missing_file(tmp_path):
    with pytest.raises(ContentError, match="cannot read the content file: No such file or directory"):
        load(tmp_path / "criteria.yaml")


def test_format_place():
    assert format_place(("themes", 1, "criteria", 0, "items", 2, "id")) == "themes[1].criteria[0].items[2].id"
    assert format_place(()) == ""


def test_every_theme_and_criterion_needs_a_page(tmp_path):
    docs = tmp_path / "docs"
    (docs / "keuzebegeleiding").mkdir(parents=True)
    for page in ["index.md", "keuzebegeleiding/index.md", "keuzebegeleiding/oud.md"]:
        (docs / page).write_text("{{ x() }}", encoding="utf-8")
    problems = page_problems(docs, navigation(load(CONTENT)))
    assert any(p.startswith("docs/keuzebegeleiding/voorlichting.md is missing") for p in problems)
    assert problems[-1] == (
        "docs/keuzebegeleiding/oud.md is not in the navigation: remove it, or add it to pages in content/criteria.yaml"
    )


def test_mkdocs_build_stops_with_the_message_and_no_traceback(tmp_path):
    """The real command line: bad content stops the build with one readable message."""
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".venv", "node_modules", "site", ".git", "*.pyc"))
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    write(project / "content", mutated(lambda d: item(d).update(id="3b")))
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(tmp_path / "out")],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "themes[1].criteria[0].items[2].id: item id '3b' is used more than once" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "out" / "index.html").exists(), "nothing half-built"
