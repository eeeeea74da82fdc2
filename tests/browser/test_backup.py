"""Backups (issue 11): everything this site keeps in this browser in one file, and back, with a preview, merge or
replace, and undo. The format's checks are unit tests (tests/unit/js/formats.test.js); here a person's round trip."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.helpers import (
    CHECKLIST,
    KEY,
    as_file,
    choose,
    download,
    entry,
    export_file,
    fill,
    plan_step,
    reach,
    saved,
    saved_document,
    seed,
    stored,
    ui,
)

READ = ui("backup.read")
BUSY = CHECKLIST.statuses[1].value


def tools(page):
    return reach(page.locator("[data-module=gk-backup]"))


def restore(page, choice: str | None = None):
    dialog = page.get_by_role("dialog", name=ui("backup.restore_title"))
    if choice:
        dialog.get_by_label(choice).check()
    dialog.get_by_role("button", name=ui("backup.restore"), exact=True).click()
    expect(tools(page).get_by_role("button", name=ui("common.undo"))).to_be_visible()


def fill_two_lists(page):
    """Two lists with answers, notes, plans and three measurements between them, and a chosen view."""
    page.goto("overzicht/")
    page.get_by_label(next(role.view for role in CHECKLIST.roles if role.id == "school"), exact=True).check()
    fill(page, {"1a": "nee", "4b": "deels"}, {"4b": "Met de sectie"})
    page.evaluate(
        """async ([planned, busy]) => {
        const s = GK.store;
        s.renameList(s.list().id, "Mavo Noord");
        s.putPlan({ id: "s1", item: "4b", step: "Gastles", who: "Anna", when: "2027-03-01",
                    done_when: "Datum staat", status: planned });
        s.saveMeasurement("2026");
        s.answer("1a", "ja");
        s.putPlan({ ...s.plan()[0], status: busy });
        s.saveMeasurement("2027");
        s.createList("Mavo Zuid");
        s.answer("9a", "onbekend");
        s.note("9b", "Vraag de cijfers op");
        s.putPlan({ id: "s2", item: "9a", step: "Cijfers opvragen", who: "", when: "", done_when: "",
                    status: planned });
        s.saveMeasurement("nulmeting");
        s.answer("9b", "nee");
        await s.settled();
    }""",
        [CHECKLIST.statuses[0].value, BUSY],
    )


def meaning(page) -> dict:
    """Everything the site keeps, as it means it: the document without the names of its writes, and the view."""
    doc = saved(page)
    doc.pop("writes", None)
    return {"document": doc, "view": stored(page).get(KEY + ".view", "")}


def test_a_backup_brings_back_everything_in_a_new_browser(page, tmp_path):
    fill_two_lists(page)
    before = meaning(page)
    assert [len(list_["measurements"]) for list_ in before["document"]["lists"]] == [2, 1]
    assert before["view"] == "school"

    name, data = download(page, ui("backup.save"))
    assert name.startswith(f"gelijke-kansen-{ui('backup.file_name')}-") and name.endswith(".json")
    expect(tools(page).locator(".gk-status")).to_have_text(ui("backup.made", name=name, lists=ui("backup.lists", 2)))
    print(f"\nbackup of two lists, three measurements, two plan steps: {len(data)} bytes")  # for the closing note
    (tmp_path / name).write_bytes(data)

    page.evaluate("localStorage.clear(); sessionStorage.clear()")  # a new browser: nothing kept
    page.goto("overzicht/")
    assert page.evaluate("GK.store.lists().length") == 1
    choose(page, READ, tmp_path / name)
    dialog = page.get_by_role("dialog", name=ui("backup.restore_title"))
    expect(dialog.locator("[data-lists] li")).to_have_count(2)
    expect(dialog.locator("[data-lists] li").first).to_contain_text(
        f"Mavo Noord: {ui('backup.answered', 2)}, {ui('plan.count', 1)}, {ui('backup.measurements', 2)}"
    )
    restore(page, ui("backup.replace"))
    expect(tools(page).locator(".gk-status")).to_have_text(ui("backup.replaced"))
    page.reload()
    assert meaning(page) == before
    assert page.evaluate("GK.store.measurements().map(m => [m.name, m.plan])") == [
        ["nulmeting", {"s2": CHECKLIST.statuses[0].value}]
    ]


def test_merging_a_backup_into_a_new_browser_gives_the_same_lists(page, tmp_path):
    fill_two_lists(page)
    before = meaning(page)["document"]["lists"]
    name, data = download(page, ui("backup.save"))
    (tmp_path / name).write_bytes(data)
    page.evaluate("localStorage.clear(); sessionStorage.clear()")
    page.goto("overzicht/")
    choose(page, READ, tmp_path / name)
    dialog = page.get_by_role("dialog", name=ui("backup.restore_title"))
    expect(dialog.get_by_label(ui("backup.keep_mine"))).to_be_checked()  # the safe choice comes first
    # The new browser's one empty list has the id of the backup's first list: they become one.
    expect(dialog.locator("[data-lists] li").first).to_contain_text(ui("backup.same_list", name=ui("lists.default")))
    expect(dialog.locator("[data-lists] li").last).to_contain_text(ui("backup.new_list"))
    restore(page)
    expect(tools(page).locator(".gk-status")).to_have_text(ui("backup.merged"))
    assert meaning(page)["document"]["lists"] == before
    assert meaning(page)["view"] == "school", "the view comes along where none was chosen"


def test_merge_keeps_or_takes_answers_and_can_be_undone(context, page, tmp_path):
    mine = saved_document(
        lists=[
            {"id": "p1", "name": "Mavo Noord", "answers": {"1a": entry("ja"), "2a": entry("nee")}, "plan": []},
        ]
    )
    backup = {
        "format": "gelijke-kansen/backup",
        "version": 1,
        "made": "2026-11-30T12:00:00.000Z",
        "view": "klas",
        "document": {
            **json.loads(mine),
            "lists": [
                {
                    "id": "p1",
                    "name": "Mavo Noord",
                    "named": True,
                    "measurements": [],
                    "answers": {"1a": entry("nee"), "3a": entry("deels")},
                    "plan": [plan_step("s9", "3a", "Groepjes")],
                },
                {"id": "p7", "name": "Klas 2", "named": True, "answers": {}, "plan": [], "measurements": []},
            ],
        },
    }
    seed(context, {KEY: mine})
    page.goto("overzicht/")
    before = stored(page)
    undo = tools(page).get_by_role("button", name=ui("common.undo"))

    choose(page, READ, as_file("reservekopie.json", backup))
    restore(page)
    got = page.evaluate("GK.store.checkpoint().lists")
    assert {id: e["answer"] for id, e in got[0]["answers"].items()} == {"1a": "ja", "2a": "nee", "3a": "deels"}
    assert [s["id"] for s in got[0]["plan"]] == ["s9"]
    assert [list_["name"] for list_ in got] == ["Mavo Noord", "Klas 2"]
    undo.click()
    page.evaluate("GK.store.settled()")
    assert json.loads(stored(page)[KEY])["lists"] == json.loads(before[KEY])["lists"]

    choose(page, READ, as_file("reservekopie.json", backup))
    restore(page, ui("backup.take_theirs"))
    assert page.evaluate("GK.store.list().answers['1a'].answer") == "nee"
    undo.click()
    assert page.evaluate("GK.store.list().answers['1a'].answer") == "ja"


def test_cancelling_a_restore_changes_nothing(context, page):
    seed(context, {KEY: saved_document({"1a": entry("nee")})})
    page.goto("overzicht/")
    before = stored(page)
    backup = {
        "format": "gelijke-kansen/backup",
        "version": 1,
        "made": "2026-11-30T12:00:00.000Z",
        "view": "",
        "document": json.loads(saved_document({"1a": entry("ja")})),
    }
    choose(page, READ, as_file("reservekopie.json", backup))
    page.get_by_role("dialog", name=ui("backup.restore_title")).wait_for()
    page.keyboard.press("Escape")
    expect(page.locator("dialog[open]")).to_have_count(0)
    assert stored(page) == before


NEWER = {"format": "gelijke-kansen/backup", "version": 2, "document": {}}
BAD_BACKUPS = {
    "not json": (b"{kapot", ui("problems.json") + ui("common.no_change")),
    "newer version": (json.dumps(NEWER).encode(), ui("problems.newer") + ui("common.no_change")),
    "a broken document": (
        json.dumps(
            {**NEWER, "version": 1, "document": {"format": "gelijke-kansen/zelfcheck", "schema": 2, "lists": []}}
        ).encode(),
        ui("problems.shape") + ui("common.no_change"),
    ),
    "one list's file": (
        json.dumps(export_file("Mavo", {"1a": "ja"}, version=2)).encode(),
        ui("backup.is_list") + ui("common.no_change"),
    ),
}


@pytest.mark.parametrize("content, message", BAD_BACKUPS.values(), ids=BAD_BACKUPS.keys())
def test_a_bad_backup_changes_nothing_and_says_why(page, content, message):
    page.goto("overzicht/")
    fill(page, {"1a": "nee"})
    before = stored(page)
    choose(page, READ, as_file("reservekopie.json", content))
    expect(tools(page).locator(".gk-status")).to_have_text(message)
    expect(tools(page).locator(".gk-status")).to_be_focused()
    expect(page.locator("dialog[open]")).to_have_count(0)
    assert stored(page) == before


def test_a_backup_picked_in_the_one_list_reader_says_which_button_to_use(page, tmp_path):
    page.goto("overzicht/")
    fill(page, {"1a": "nee"})
    name, data = download(page, ui("backup.save"))
    before = stored(page)
    choose(page, ui("exchange.read_file"), as_file(name, data))
    expect(page.locator("[data-module=gk-files] .gk-status")).to_have_text(
        ui("backup.is_backup") + ui("common.no_change")
    )
    assert stored(page) == before


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_in_the_backup_preview_the_name_question_and_a_comparison(new_context, axe, scheme, tmp_path):
    page = new_context(color_scheme=scheme).new_page()
    fill_two_lists(page)
    name, data = download(page, ui("backup.save"))
    choose(page, READ, as_file(name, data))
    expect(page.get_by_role("dialog", name=ui("backup.restore_title"))).to_be_visible()
    assert axe(page) == []
    page.keyboard.press("Escape")

    form = page.locator("[data-module=gk-measurements]").get_by_role("group", name=ui("measurements.compare"))
    form.get_by_role("button", name=ui("measurements.compare_button")).click()
    expect(page.locator("[data-module=gk-measurements] [data-out] table")).to_be_visible()
    page.mouse.move(0, 0)  # (a hovered .gk-button is a state of its own, not checked here)
    assert axe(page) == []

    page.evaluate("GK.store.createList(GK.t('lists.default') + ' 2', { named: false })")
    page.get_by_role("button", name=re.compile("^" + re.escape(ui("exchange.save_file")))).click()
    expect(page.get_by_role("dialog", name=ui("name_prompt.title"))).to_be_visible()
    assert axe(page) == []
