"""Invullijsten (components/lists.js) and measurements (components/measurements.js) in Chromium."""

import re

from playwright.sync_api import expect

from tests.helpers import CRITERION_4, answers, fill, reach, ui


def open_lists(page):
    page.locator("[data-module=gk-lists]").get_by_role(
        "button", name=re.compile(re.escape(ui("lists.switch_hint")))
    ).click()
    return page.get_by_role("dialog", name=ui("lists.manage_title"))


def lists_status(page):
    return page.locator("[data-module=gk-lists] .gk-status")


def test_the_list_in_use_is_one_quiet_line_under_the_title(page):
    page.goto(CRITERION_4)
    line = page.locator(".gk-lists__line")
    expect(line).to_have_text(f"{ui('lists.label')} {ui('lists.default')}{ui('lists.switch_hint')}")
    assert line.evaluate("e => e.closest('.gk-lists').previousElementSibling.tagName") == "H1"
    for path in ("over/", "toegankelijkheid/", "verder-lezen/", ""):
        page.goto(path)
        expect(page.locator(".gk-lists")).to_have_count(0)


def test_create_rename_switch_and_survive_a_reload(page):
    page.goto(CRITERION_4)
    fill(page, {"1a": "ja"})
    dialog = open_lists(page)
    expect(dialog.get_by_label(ui("lists.rename", name=ui("lists.default")))).to_be_focused()  # the first need
    dialog.get_by_label(ui("lists.new")).fill("Mavo Zuid")
    dialog.get_by_role("button", name=ui("lists.new_button")).click()
    expect(lists_status(page)).to_have_text(ui("lists.made", name="Mavo Zuid"))
    assert answers(page) == {}
    fill(page, {"1a": "nee"})

    dialog = open_lists(page)
    dialog.get_by_label(ui("lists.rename", name="Mavo Zuid")).fill("Mavo Zuid 3b")
    dialog.get_by_role("button", name=ui("lists.rename_button")).click()
    expect(lists_status(page)).to_have_text(ui("lists.renamed", name="Mavo Zuid 3b"))

    dialog = open_lists(page)
    dialog.get_by_label(ui("lists.new")).fill(ui("lists.default"))
    dialog.get_by_role("button", name=ui("lists.new_button")).click()
    assert page.evaluate("GK.store.list().name") == ui("lists.default") + " (2)", "names stay apart"

    dialog = open_lists(page)
    dialog.get_by_role("group", name=ui("lists.choose")).get_by_label(re.compile("^ ?Mavo Zuid 3b")).check()
    dialog.get_by_role("button", name=ui("lists.choose_button")).click()
    expect(lists_status(page)).to_have_text(ui("lists.switched", name="Mavo Zuid 3b"))
    expect(page.locator(".gk-lists__name [data-list-name]")).to_have_text("Mavo Zuid 3b")
    page.reload()
    expect(page.locator(".gk-lists__name [data-list-name]")).to_have_text("Mavo Zuid 3b")
    assert answers(page)["1a"]["answer"] == "nee"
    page.goto("overzicht/")
    expect(page.locator(".gk-lists__name [data-list-name]")).to_have_text("Mavo Zuid 3b")


def test_deleting_asks_first_and_can_be_undone(page):
    page.goto("overzicht/")
    page.evaluate("GK.store.createList('School B', {answers: {'1a': {answer: 'ja', changed: '2026-01-01T00:00:00Z'}}})")
    before = page.evaluate("GK.store.settled().then(() => GK.store.checkpoint())")

    open_lists(page).get_by_role("button", name=ui("lists.delete", name="School B")).click()
    confirm = page.get_by_role("dialog").filter(has_text=ui("lists.confirm_delete", name="School B"))
    expect(confirm.get_by_role("button", name=ui("common.cancel"))).to_be_focused()
    confirm.get_by_role("button", name=ui("common.cancel")).click()
    assert page.evaluate("GK.store.checkpoint()") == before

    open_lists(page).get_by_role("button", name=ui("lists.delete", name="School B")).click()
    confirm.get_by_role("button", name=ui("lists.confirm_yes")).click()
    expect(lists_status(page)).to_have_text(ui("lists.deleted", name="School B", active=ui("lists.default")))
    assert page.evaluate("GK.store.lists().map(l => l.name)") == [ui("lists.default")]
    expect(page.locator("dialog[open]")).to_have_count(0)
    page.locator("[data-module=gk-lists]").get_by_role("button", name=ui("common.undo")).click()
    assert page.evaluate("GK.store.settled().then(() => GK.store.checkpoint())") == before
    page.reload()
    assert page.evaluate("GK.store.list().name") == "School B"


def test_a_double_click_saves_one_measurement(page):
    page.goto("overzicht/")
    tools = page.locator("[data-module=gk-measurements]")
    reach(tools.get_by_label(ui("measurements.name"))).fill("meting")
    tools.get_by_role("button", name=ui("measurements.save")).dblclick()
    page.wait_for_timeout(300)
    assert page.evaluate("GK.store.measurements().map(m => m.name)") == ["meting"]
    tools.get_by_label(ui("measurements.name")).fill("meting")
    page.wait_for_timeout(1200)
    tools.get_by_role("button", name=ui("measurements.save")).click()
    assert page.evaluate("GK.store.measurements().map(m => m.name)") == ["meting", "meting (2)"], "told apart"
