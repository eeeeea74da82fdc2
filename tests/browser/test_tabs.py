"""Nothing lost with several tabs, faults and newer versions (issue 9): each case as a user meets it in Chromium.
The store's merge and lock logic is also unit-tested without a browser (tests/unit/js/store.test.js)."""

import json

import pytest
from playwright.sync_api import expect

from tests.helpers import (
    ITEMS,
    KEY,
    answer,
    answers,
    as_file,
    choose,
    entry,
    export_file,
    fill,
    option,
    reach,
    saved,
    saved_document,
    seed,
    statement,
    stored,
    ui,
)

ROUNDS = 20


def two_tabs(context, path="overzicht/"):
    a, b = context.new_page(), context.new_page()
    for tab in (a, b):
        tab.goto(path)
        expect(tab.locator("html[data-gk-ready]")).to_have_count(1)
    return a, b


def test_two_tabs_answering_different_statements_keep_both_answers_when_one_is_busy(context):
    a, b = two_tabs(context)
    # B is busy for a second (a long task) and ends by answering 2a; meanwhile A answers 1a.
    b.evaluate("""() => setTimeout(() => {
        const end = performance.now() + 1000;
        while (performance.now() < end) {}
        document.querySelector("[name='antwoord-2a'][value='nee']").click();
    }, 0)""")
    answer(a, "1a", "ja")
    for tab in (a, b):
        expect(option(tab, "1a", "ja")).to_be_checked()
        expect(option(tab, "2a", "nee")).to_be_checked()
    stored_answers = saved(a)["lists"][0]["answers"]
    assert (stored_answers["1a"]["answer"], stored_answers["2a"]["answer"]) == ("ja", "nee")


def test_two_tabs_clicking_at_the_same_moment_lose_nothing(context):
    """ROUNDS rounds, the two clicks 0–5 ms apart, each round on two new statements."""
    a, b = two_tabs(context)
    # Pairs of different statements, each statement in two rounds: once as the first click, once as the second.
    pairs = [*zip(ITEMS[0::2], ITEMS[1::2], strict=False), *zip(ITEMS[1::2], ITEMS[0::2], strict=False)]
    for round, (first, second) in enumerate(pairs[:ROUNDS]):
        delay = round % 6  # ms
        value = ("ja", "deels", "nee")[round % 3]
        # Both clicks are scheduled in their tabs first, then fire at nearly the same time.
        at = a.evaluate("performance.timeOrigin + performance.now() + 150")
        for tab, id, wait in ((a, first, 0), (b, second, delay)):
            tab.evaluate(
                """([id, value, at, wait]) => setTimeout(
                () => document.querySelector(`[name='antwoord-${id}'][value='${value}']`).click(),
                at - performance.timeOrigin - performance.now() + wait)""",
                [id, value, at, wait],
            )
        for name, tab in (("A", a), ("B", b)):
            for id in (first, second):
                expect(option(tab, id, value), f"round {round}: {id} in tab {name}").to_be_checked()
        got = saved(a)["lists"][0]["answers"]
        assert (got[first]["answer"], got[second]["answer"]) == (value, value), f"round {round}"


def test_each_tab_keeps_the_list_it_shows(context):
    a, b = two_tabs(context, "overzicht/")
    b.evaluate("GK.store.createList('Klas 3b')")
    expect(b.locator(".gk-lists__name [data-list-name]")).to_have_text("Klas 3b")
    a.wait_for_timeout(200)
    expect(a.locator(".gk-lists__name [data-list-name]")).to_have_text(ui("lists.default"))
    answer(a, "1a", "ja")
    lists = {kept["name"]: kept["answers"] for kept in saved(a)["lists"]}
    assert "1a" in lists[ui("lists.default")] and lists["Klas 3b"] == {}
    new = context.new_page()
    new.goto("overzicht/")
    expect(new.locator(".gk-lists__name [data-list-name]")).to_have_text("Klas 3b")  # the last chosen


def test_a_list_deleted_in_another_tab_is_said_and_kept_until_the_user_chooses(context):
    a, b = two_tabs(context)
    a.evaluate("GK.store.createList('Klas 3b')")
    answer(a, "1a", "ja")
    statement(a, "1b").locator("summary").click()
    a.get_by_label(ui("item.note_label", id="1b")).fill("half getypt")
    b.reload()
    # B deletes the list once it has what A saved (the note is saved after a pause in typing): a delete made on an
    # older copy of the list gives way to A's newer write, by design, and nothing would be deleted.
    b.wait_for_function("JSON.stringify(GK.store.everything()).includes('half getypt')")
    b.evaluate(
        "GK.store.settled().then(() => GK.store.deleteList(GK.store.lists().find(l => l.name === 'Klas 3b').id))"
    )
    notice = a.locator(".gk-notice")
    expect(notice).to_contain_text(ui("notice.orphaned", name="Klas 3b"))
    expect(a.get_by_label(ui("item.note_label", id="1b"))).to_have_value("half getypt")
    expect(statement(a, "1c").get_by_role("radio").first).to_be_disabled()
    notice.get_by_role("button", name=ui("notice.keep_orphan", name="Klas 3b")).click()
    expect(notice).to_be_empty()
    a.get_by_label(ui("item.note_label", id="1b")).press("End")
    a.get_by_label(ui("item.note_label", id="1b")).press_sequentially(" en af")
    a.get_by_label(ui("item.note_label", id="1b")).blur()
    kept = {kept["name"]: kept["answers"] for kept in saved(a)["lists"]}["Klas 3b"]
    assert kept["1a"]["answer"] == "ja" and kept["1b"]["note"] == "half getypt en af"


def test_a_note_changed_in_another_tab_is_shown_and_the_user_chooses(context):
    a, b = two_tabs(context, "keuzebegeleiding/voorlichting/")
    label = ui("item.note_label", id="1a")
    for tab in (a, b):
        statement(tab, "1a").locator("summary").click()
    a.get_by_label(label).press_sequentially("van tab A")
    a.get_by_label(label).blur()
    expect(b.get_by_label(label)).to_have_value("van tab A")  # not being edited there: it follows
    # A types on; before its pause is over, B's text is saved.
    a.get_by_label(label).press_sequentially(", verder")
    b.get_by_label(label).press("End")
    b.get_by_label(label).press_sequentially("van tab B")
    b.get_by_label(label).blur()
    conflict = statement(a, "1a").locator(".gk-conflict")
    expect(conflict).to_contain_text("van tab Avan tab B")
    expect(a.get_by_label(label)).to_have_value("van tab A, verder")  # what A typed stays in front of A
    a.get_by_label(label).press_sequentially("!")  # and typing on writes nothing over B's text
    a.wait_for_timeout(600)
    assert answers(a)["1a"]["note"] == "van tab Avan tab B"
    conflict.get_by_role("button", name=ui("item.conflict_both")).click()
    expect(conflict).to_have_count(0)
    expect(a.get_by_label(label)).to_have_value("van tab Avan tab B\n\nvan tab A, verder!")
    expect(b.get_by_label(label)).to_have_value("van tab Avan tab B\n\nvan tab A, verder!")


def test_with_storage_full_another_tab_does_not_wipe_what_this_tab_shows(context):
    context.add_init_script("""const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (window.full) throw new DOMException("full", "QuotaExceededError");
          return setItem.call(this, key, value);
        };""")
    a, b = two_tabs(context)
    a.evaluate("window.full = true")
    answer(a, "1a", "ja")
    expect(a.locator(".gk-notice")).to_contain_text(ui("notice.full")[:40])
    answer(b, "2a", "nee")  # B can still write: A hears of it
    expect(option(a, "2a", "nee")).to_be_checked()
    expect(option(a, "1a", "ja")).to_be_checked()
    a.evaluate("window.full = false")
    answer(a, "3a", "deels")
    got = saved(a)["lists"][0]["answers"]
    assert {id: e["answer"] for id, e in got.items()} == {"1a": "ja", "2a": "nee", "3a": "deels"}


def test_a_large_unreadable_value_is_set_aside_once_and_saving_goes_on(context):
    raw = "{" + "x" * 1_800_000
    seed(context, {KEY: raw})
    page = context.new_page()
    page.goto("keuzebegeleiding/voorlichting/")
    expect(page.locator(".gk-notice")).to_contain_text(ui("notice.corrupt"))
    page.reload()
    expect(page.locator(".gk-notice")).to_be_empty()
    answer(page, "1a", "ja")
    assert [value for key, value in stored(page).items() if key.startswith(KEY + ".backup.")] == [raw]
    assert saved(page)["lists"][0]["answers"]["1a"]["answer"] == "ja"


def test_newer_data_from_another_tab_makes_this_tab_read_only_at_once(context):
    a, b = two_tabs(context)
    answer(a, "1a", "ja")
    b.evaluate(f"localStorage.setItem({json.dumps(KEY)}, {json.dumps(saved_document({}, schema=3))})")
    expect(a.locator(".gk-notice")).to_contain_text(ui("notice.newer"))
    expect(statement(a, "1b").get_by_role("radio").first).to_be_disabled()
    expect(option(a, "1a", "ja")).to_be_checked()  # what was on screen stays
    expect(reach(a.get_by_label(ui("exchange.read_file")))).to_be_disabled()
    expect(a.get_by_role("button", name=ui("overview.clear_all"))).to_be_disabled()


def test_read_only_never_claims_a_change(context):
    seed(
        context,
        {
            KEY: json.dumps(
                {
                    **json.loads(saved_document({})),
                    "schema": 3,
                    "lists": [
                        {
                            "id": "p1",
                            "name": "Klas",
                            "named": True,
                            "answers": {},
                            "plan": [],
                            "measurements": [
                                {
                                    "id": "m1",
                                    "name": "vorig jaar",
                                    "date": "2026-01-01T00:00:00.000Z",
                                    "delta": {},
                                    "plan": {},
                                }
                            ],
                        }
                    ],
                }
            )
        },
    )
    page = context.new_page()
    page.goto("overzicht/")
    tools = reach(page.locator("[data-module=gk-measurements]"))
    tools.get_by_role("button", name=ui("measurements.delete")).click()
    tools.get_by_role("dialog").get_by_role("button", name=ui("lists.confirm_yes")).click()
    expect(tools.locator(".gk-status")).to_have_text(ui("common.not_done"))


def test_a_file_with_a_date_that_is_no_date_is_refused(page):
    page.goto("overzicht/")
    bad = export_file("X", {"1a": "ja"})
    bad["items"][0]["changed"] = "gisteren"
    before = stored(page)
    choose(page, ui("exchange.read_file"), as_file("x.json", bad))
    expect(page.locator("[data-module=gk-files] .gk-status")).to_have_text(
        ui("problems.shape") + ui("common.no_change")
    )
    assert stored(page) == before


def test_a_file_full_of_made_up_statements_is_refused_quickly(page):
    page.goto("overzicht/")
    doc = export_file("X", {})
    doc["items"] = [{"id": f"{c}{chr(97 + i)}", "answer": "ja"} for c in range(10, 1000) for i in range(26)]
    choose(page, ui("exchange.read_file"), as_file("x.json", json.dumps(doc, separators=(",", ":")).encode()))
    expect(page.locator("[data-module=gk-files] .gk-status")).to_have_text(
        ui("problems.unknown", n=len(doc["items"])) + ui("common.no_change")
    )


@pytest.mark.parametrize(
    "typed, kept",
    [
        ("a" * 79 + "😀", "a" * 79),
        ("\u200b\u200b\u2060", None),
        ("    ", None),
    ],
)
def test_names_are_cleaned_and_never_invisible(page, typed, kept):
    page.goto("overzicht/")
    page.evaluate("GK.store.createList('Eerst')")
    dialog_button = page.locator(".gk-lists__name")
    dialog_button.click()
    dialog = page.get_by_role("dialog", name=ui("lists.manage_title"))
    field = dialog.get_by_label(ui("lists.new"))
    field.evaluate("(el, value) => { el.value = value }", typed)
    dialog.get_by_role("button", name=ui("lists.new_button")).click()
    names = page.evaluate("GK.store.lists().map(l => l.name)")
    if kept is None:
        assert names == [ui("lists.default"), "Eerst"], "nothing made of an invisible name"
        expect(dialog).to_be_visible()
    else:
        assert names[-1] == kept


def test_an_old_tab_and_a_page_back_from_the_cache_catch_up(context):
    a, b = two_tabs(context)
    b.evaluate("GK.store.answer('5a', 'ja')")
    expect(option(a, "5a", "ja")).to_be_checked()
    doc = saved(a)
    doc["lists"][0]["answers"]["5b"] = entry("deels")
    a.evaluate("([key, raw]) => localStorage.setItem(key, raw)", [KEY, json.dumps(doc)])
    a.evaluate("dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    expect(option(a, "5b", "deels")).to_be_checked()


def test_keys_of_other_sites_on_the_origin_are_never_touched(context):
    seed(context, {"other-site": "keep me", "other-site.backup": "{not json"})
    page = context.new_page()
    page.goto("overzicht/")
    fill(page, {"1a": "ja"})
    page.evaluate("GK.store.replaceAnswers({})")
    kept = stored(page)
    assert kept["other-site"] == "keep me" and kept["other-site.backup"] == "{not json"
    # The document, and the day the browser was asked to keep it (core/persist.js): nothing else.
    assert {key for key in kept if key.startswith("gelijke-kansen")} == {KEY, KEY + ".persist"}
