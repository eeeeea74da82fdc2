"""The list as a file and as a table for Excel, and reading a file back in (components/files.js), with real
downloads and real file choosers. The checks of a file's content are unit tests (tests/unit/js); here one case
each proves the wiring."""

import csv
import json
import re
from datetime import datetime

import jsonschema
import pytest
from playwright.sync_api import expect

from tests.helpers import (
    CHECKLIST,
    ITEMS,
    KEY,
    LABEL,
    ROOT,
    answers,
    as_file,
    choose,
    download,
    entry,
    export_file,
    fill,
    reach,
    saved_document,
    seed,
    stored,
    ui,
)

SCHEMA = json.loads((ROOT / "formats" / "export-v2.schema.json").read_text(encoding="utf-8"))
READ = ui("exchange.read_file")


def tools(page):
    return page.locator("[data-module=gk-files]")


def run_import(page, choice: str | None = None):
    dialog = page.get_by_role("dialog", name=ui("exchange.import_title"))
    if choice:
        dialog.get_by_label(choice).check()
    dialog.get_by_role("button", name=ui("exchange.import"), exact=True).click()
    expect(tools(page).get_by_role("button", name=ui("common.undo"))).to_be_visible()


def test_save_then_clear_then_read_back_gives_the_same_answers(page, tmp_path):
    page.goto("overzicht/")
    fill(page, {"1a": "ja", "4b": "deels", "9b": "onbekend"}, {"4b": 'Met de sectie, ë en "aanhalingstekens"\nregel 2'})
    reach(page.get_by_label(READ))  # where the store learns to merge (components/files.js)
    page.evaluate(
        "GK.store.mergeList({answers: {'12z': {answer: 'nee', changed: '2025-01-01T00:00:00.000Z'}}}, 'mine')"
    )
    page.evaluate("GK.store.renameList(GK.store.list().id, 'Mavo Noord 3b')")
    before = answers(page)

    name, data = download(page, ui("exchange.save_file"))
    assert re.fullmatch(r"gelijke-kansen-mavo-noord-3b-\d{4}-\d\d-\d\d\.json", name)
    doc = json.loads(data.decode("utf-8"))
    jsonschema.validate(doc, SCHEMA, format_checker=jsonschema.FormatChecker())
    assert (doc["format"], doc["version"], doc["checklist"], doc["profile"]) == (
        "gelijke-kansen/export",
        2,
        CHECKLIST.version,
        "Mavo Noord 3b",
    )
    assert [item["id"] for item in doc["items"]] == [*ITEMS, "12z"], "checklist order, then unknown ids"
    for stamp in [doc["exported"]] + [item["changed"] for item in doc["items"] if "changed" in item]:
        datetime.fromisoformat(stamp)
    assert doc["items"][0]["text"] == CHECKLIST.items[0].text

    page.evaluate("GK.store.replaceAnswers({})")
    (tmp_path / name).write_bytes(data)
    choose(page, READ, tmp_path / name)
    dialog = page.get_by_role("dialog", name=ui("exchange.import_title"))
    expect(dialog).to_contain_text(ui("exchange.summary", 4, name="Mavo Noord 3b"))
    expect(dialog).to_contain_text(ui("exchange.summary_compare", mine="Mavo Noord 3b", fresh=4, other=0, only=0))
    run_import(page, ui("exchange.replace"))
    assert answers(page) == before
    expect(tools(page).locator(".gk-status")).to_contain_text("Mavo Noord 3b")


def test_table_opens_in_dutch_excel(page, tmp_path):
    page.goto("overzicht/")
    note = 'Eén; "twee"\nen drie'
    fill(page, {"1a": "ja", "2a": "nee", "9b": "onbekend"}, {"2a": note, "9b": "=1+1 is geen formule"})
    name, data = download(page, ui("exchange.save_csv"), naming="")
    assert re.fullmatch(rf"gelijke-kansen-{ui('lists.default').lower().replace(' ', '-')}-\d{{4}}-\d\d-\d\d\.csv", name)
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    assert data.endswith(b"\r\n")
    (tmp_path / name).write_bytes(data)
    with open(tmp_path / name, encoding="utf-8-sig", newline="") as file:  # as Excel reads it
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0] == ui("exchange.csv_header").split(";")
    assert [row[0] for row in rows[1:]] == ITEMS
    by_id = {row[0]: row for row in rows[1:]}
    theme = CHECKLIST.themes[0]
    assert by_id["1a"][1:5] == [theme.title, f"1. {theme.criteria[0].title}", CHECKLIST.items[0].text, LABEL["ja"]]
    assert by_id["2a"][4:6] == [LABEL["nee"], note]
    assert by_id["9b"][4:6] == [LABEL["onbekend"], "'=1+1 is geen formule"], "a formula never runs"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", by_id["1a"][6])
    assert by_id["1b"][4:7] == ["", "", ""]
    assert {tuple(row[7:]) for row in rows[1:]} == {(ui("lists.default"), name[-14:-4])}, "whose, and of which day"


BAD_FILES = {
    "not json": (b"{dit is geen json", "json"),
    "newer version": (json.dumps(export_file("X", {}, version=3)).encode(), "newer"),
    "too large": (json.dumps({**export_file("X", {"1a": "ja"}), "padding": "x" * 1_000_001}).encode(), "big"),
}


@pytest.mark.parametrize("content, problem", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_file_changes_nothing_and_says_why(page, content, problem):
    page.goto("overzicht/")
    fill(page, {"1a": "nee", "3b": "ja"}, {"3b": "mijn notitie"})
    page.evaluate("GK.store.saveMeasurement('vorig jaar'); GK.store.settled()")
    before = stored(page)
    choose(page, READ, as_file("bestand.json", content))
    expect(tools(page).locator(".gk-status")).to_have_text(ui(f"problems.{problem}") + ui("common.no_change"))
    expect(page.locator("dialog[open]")).to_have_count(0)
    assert stored(page) == before


def test_merge_field_by_field_replace_or_new_and_undo(page):
    page.goto("overzicht/")
    fill(page, {"1a": "nee", "1b": "ja"}, {"2a": "mijn notitie"})
    mine = answers(page)
    incoming = as_file(
        "school.json", export_file("Mavo Zuid", {"1a": "ja", "2a": "deels", "3a": "ja"}, {"1b": "hun notitie"})
    )
    undo = tools(page).get_by_role("button", name=ui("common.undo"))

    choose(page, READ, incoming)
    dialog = page.get_by_role("dialog", name=ui("exchange.import_title"))
    expect(dialog).to_contain_text(ui("exchange.summary", 4, name="Mavo Zuid"))
    expect(dialog.get_by_label(ui("exchange.keep_mine"))).to_be_checked()  # the safe choice comes first
    run_import(page)
    got = answers(page)
    assert {id: (e.get("answer"), e.get("note")) for id, e in got.items()} == {
        "1a": ("nee", None),
        "1b": ("ja", "hun notitie"),
        "2a": ("deels", "mijn notitie"),
        "3a": ("ja", None),
    }
    expect(tools(page).locator(".gk-status")).to_have_text(
        ui("exchange.merged", name="Mavo Zuid", mine=ui("lists.default"))
    )
    undo.click()
    assert answers(page) == mine

    choose(page, READ, incoming)
    run_import(page, ui("exchange.take_theirs"))
    got = answers(page)
    assert {id: (e.get("answer"), e.get("note")) for id, e in got.items()} == {
        "1a": ("ja", None),
        "1b": ("ja", "hun notitie"),
        "2a": ("deels", "mijn notitie"),
        "3a": ("ja", None),
    }
    undo.click()

    choose(page, READ, incoming)
    dialog.get_by_label(ui("exchange.make_new")).check()
    expect(dialog.get_by_label(ui("exchange.new_name"))).to_have_value("Mavo Zuid")
    run_import(page)
    assert page.evaluate("GK.store.list().name") == "Mavo Zuid"
    assert page.evaluate("GK.store.lists().map(l => l.name)") == [ui("lists.default"), "Mavo Zuid"]
    undo.click()
    assert page.evaluate("GK.store.lists().map(l => l.name)") == [ui("lists.default")]
    assert answers(page) == mine


def test_cancelling_an_import_changes_nothing(page):
    page.goto("overzicht/")
    fill(page, {"1a": "nee"})
    before = stored(page)
    choose(page, READ, as_file("a.json", export_file("A", {"1a": "ja"})))
    page.get_by_role("dialog", name=ui("exchange.import_title")).wait_for()  # the file is read asynchronously
    page.keyboard.press("Escape")
    expect(page.locator("dialog[open]")).to_have_count(0)
    assert stored(page) == before
    expect(page.get_by_label(READ)).to_be_focused()


def test_undo_is_withdrawn_after_a_later_change(page):
    page.goto("overzicht/")
    choose(page, READ, as_file("a.json", export_file("A", {"1a": "ja"})))
    run_import(page)
    undo = tools(page).get_by_role("button", name=ui("common.undo"))
    fill(page, {"2a": "nee"})
    expect(undo).to_be_hidden()


def test_data_from_a_newer_version_offers_no_changes(context):
    seed(context, {KEY: saved_document({"1a": entry("ja")}, schema=3)})
    page = context.new_page()
    page.goto("overzicht/")
    for control in [
        reach(page.get_by_label(READ)),
        reach(page.get_by_role("button", name=ui("measurements.save"))),
        page.get_by_role("button", name=ui("overview.clear_all")),
    ]:
        expect(control).to_be_disabled()
    expect(page.locator("[data-save=json]")).to_be_enabled()


XSS = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script> & "quotes"'


def test_html_in_a_note_stays_text_everywhere(page, tmp_path):
    opened = []
    page.on("dialog", lambda dialog: (opened.append(dialog.message), dialog.dismiss()))
    page.goto("overzicht/")
    fill(page, {"1a": "ja"}, {"1a": XSS})
    name, data = download(page, ui("exchange.save_file"), naming="")
    (tmp_path / name).write_bytes(data)
    reach(page.get_by_role("button", name=ui("exchange.share"))).click()
    page.get_by_label(ui("exchange.share_notes")).check()
    link = page.get_by_label(ui("exchange.share_link"), exact=True).input_value()
    page.keyboard.press("Escape")

    shared = page.context.new_page()
    shared.goto(link)
    expect(shared.locator("[data-module=gk-shared] small").first).to_have_text(XSS)
    compare = page.context.new_page()
    compare.goto("vergelijken/")
    choose(compare, ui("compare.files"), tmp_path / name)
    expect(compare.locator("[data-module=gk-compare] [data-out] small").first).to_have_text(XSS)
    for p in (page, shared, compare):
        assert p.evaluate("window.hacked") is None
        assert p.locator("img[src=x]").count() == 0
    assert opened == []
