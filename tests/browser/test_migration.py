"""From today's site to this one (issue 11): the document saved by the site before the action plan (schema 1) opens
with nothing lost, and a file of version 1 still reads. The migration itself is unit-tested
(tests/unit/js/store.test.js); here what a returning user sees."""

import json

from playwright.sync_api import expect

from tests.helpers import (
    KEY,
    PAGE,
    answer,
    answers,
    as_file,
    choose,
    entry,
    export_file,
    name_the_list,
    option,
    reach,
    saved,
    seed,
    ui,
    version_1_document,
)

ANSWERS = {"1a": entry("ja", "Met de sectie"), "4b": entry("deels"), "99z": entry("nee", "Oude uitspraak")}
MEASUREMENTS = [
    {"id": "m1", "name": "schooljaar 2024/25", "date": "2025-06-30T10:00:00.000Z", "answers": {"1a": entry("nee")}},
    {
        "id": "m2",
        "name": "schooljaar 2025/26",
        "date": "2026-06-30T10:00:00.000Z",
        "answers": {"1a": entry("deels"), "4b": entry("nee", "Nog niets")},
    },
]


def test_todays_saved_document_opens_with_nothing_lost(context):
    seed(context, {KEY: version_1_document(ANSWERS, MEASUREMENTS)})
    page = context.new_page()
    page.goto("overzicht/")
    expect(option(page, "1a", "ja")).to_be_checked()
    expect(page.get_by_label(ui("item.note_label", id="1a"))).to_have_value("Met de sectie")
    assert answers(page) == ANSWERS, "answers to statements no longer in the checklist are kept too"
    tools = reach(page.locator("[data-module=gk-measurements]"))
    expect(tools.locator("[data-list] li")).to_have_count(2)
    assert page.evaluate("GK.store.measurements().map(m => [m.id, m.name, m.date, m.answers, m.plan])") == [
        [m["id"], m["name"], m["date"], m["answers"], {}] for m in MEASUREMENTS
    ]
    assert page.evaluate("GK.store.plan()") == []

    # The first change writes the new document: the same answers and measurements, and an empty plan.
    answer(page, "9a", "nee")
    doc = saved(page)
    assert doc["schema"] == 2 and "profiles" not in doc
    [list_] = doc["lists"]
    assert (list_["id"], list_["name"], list_["named"], list_["plan"]) == ("p1", "Mijn checklist", False, [])
    assert list_["answers"]["1a"] == ANSWERS["1a"] and list_["answers"]["99z"] == ANSWERS["99z"]
    assert page.evaluate("GK.store.measurements().map(m => m.answers)") == [m["answers"] for m in MEASUREMENTS]

    # "Mijn checklist" was the default name then: it is asked before the list leaves the browser.
    page.get_by_role("button", name=ui("exchange.share")).click()
    name_the_list(page, "Mavo Noord")
    expect(page.get_by_role("dialog", name=ui("exchange.share")).get_by_label(ui("exchange.share_name"))).to_have_value(
        "Mavo Noord"
    )
    page.goto(PAGE["plan"])
    expect(page.locator("[data-empty]")).to_be_visible()


def test_a_file_of_version_1_still_reads(page):
    page.goto("overzicht/")
    page.evaluate("GK.store.putPlan({id: 's1', item: '4b', step: 'Gastles', status: GK.config.statuses[0].value})")
    file = export_file("Mavo Zuid", {"1a": "ja", "2a": "nee"}, {"2a": "Met de mentor"}, version=1)
    assert file["version"] == 1 and "plan" not in file
    choose(page, ui("exchange.read_file"), as_file("mavo-zuid.json", json.dumps(file).encode()))
    dialog = page.get_by_role("dialog", name=ui("exchange.import_title"))
    expect(dialog).to_contain_text(ui("exchange.summary", 2, name="Mavo Zuid"))
    expect(dialog).not_to_contain_text(ui("exchange.summary_more", plan=0, measurements=0))
    dialog.get_by_role("button", name=ui("exchange.import"), exact=True).click()
    got = answers(page)
    assert (got["1a"]["answer"], got["2a"]["answer"], got["2a"]["note"]) == ("ja", "nee", "Met de mentor")
    assert [step["id"] for step in page.evaluate("GK.store.plan()")] == ["s1"], "merging keeps this list's plan"
    expect(option(page, "2a", "nee")).to_be_checked()
