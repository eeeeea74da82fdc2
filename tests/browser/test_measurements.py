"""Measurements (components/measurements.js, issue 11): each with a name and a date; any two moments compared, or
one with now, per statement and per criterion, with a summary and arrows; deleting with undo."""

import re

from playwright.sync_api import expect

from tests.helpers import CHECKLIST, COUNT, LABEL, fill, reach, ui

CHANGE = {kind: ui(f"measurements.change.{kind}") for kind in ("better", "worse", "same", "different")}
NOW = ui("measurements.now", date="DAY").split("DAY")[0]  # the start of the label of now
ARROW = {kind: ui(f"measurements.arrow.{kind}") for kind in CHANGE}
DATE = r"\d{1,2} \w+ \d{4}"


def dated(text: str):
    """The whole text, with any date where it says DAY."""
    return re.compile("^" + re.escape(text).replace("DAY", DATE) + "$")


def tools(page):
    return reach(page.locator("[data-module=gk-measurements]"))


def save(page, name):
    box = tools(page).get_by_label(ui("measurements.name"))
    box.fill(name)
    tools(page).get_by_role("button", name=ui("measurements.save")).click()
    expect(tools(page).locator(".gk-status")).to_have_text(ui("measurements.saved", name=name))
    page.wait_for_timeout(1000)  # the button rests a moment after each save


def compare(page, first, second):
    form = tools(page).get_by_role("group", name=ui("measurements.compare"))
    for label, start in ((ui("measurements.from"), first), (ui("measurements.to"), second)):
        select = form.get_by_label(label, exact=True)
        select.select_option(
            select.locator("option").filter(has_text=re.compile("^" + re.escape(start))).get_attribute("value")
        )
    form.get_by_role("button", name=ui("measurements.compare_button")).click()
    return tools(page).locator("[data-out]")


def summary(better=0, worse=0, same=0, different=0):
    parts = [f"{better} {CHANGE['better']}", f"{worse} {CHANGE['worse']}", f"{same} {CHANGE['same']}"]
    return ", ".join(parts + ([f"{different} {CHANGE['different']}"] if different else []))


def test_compare_two_measurements_per_statement_and_per_criterion(page):
    page.goto("overzicht/")
    fill(page, {"1a": "nee", "1b": "ja", "2a": "deels", "3a": "onbekend"})
    save(page, "2026")
    fill(page, {"1a": "ja", "1b": "deels", "3a": "ja", "4a": "nee"})
    save(page, "2027")
    fill(page, {"1a": "deels"})
    page.reload()

    saved = tools(page).locator("[data-list] li")
    expect(saved).to_have_count(2)
    expect(saved.first).to_have_text(re.compile(rf"^2026 \({DATE}\) {ui('measurements.delete')}"))
    out = compare(page, "2026", "2027")
    heading = out.get_by_role("heading")
    expect(heading).to_have_text(dated(ui("measurements.compared", **{"from": "2026 (DAY)", "to": "2027 (DAY)"})))
    expect(heading).to_be_focused()
    # 1a nee → ja is better, 1b ja → deels worse; 3a from "don't know" and 4a from nothing cannot be called either.
    expect(out.locator(".gk-changes__total")).to_have_text(summary(better=1, worse=1, same=21, different=2))
    expect(out.get_by_text(ui("measurements.different_hint"))).to_be_visible()
    table = out.get_by_role("table")
    expect(table.get_by_role("columnheader")).to_have_text(
        [ui("compare.item"), re.compile("^2026 "), re.compile("^2027 "), ui("measurements.change_column")]
    )
    row = lambda id: table.get_by_role("row").filter(has=page.get_by_role("rowheader", name=re.compile(f"^{id} ")))  # noqa: E731
    expect(row("1a").get_by_role("cell")).to_have_text(
        [LABEL["nee"], LABEL["ja"], f"{ARROW['better']} {CHANGE['better']}"]
    )
    expect(row("1b").get_by_role("cell").last).to_have_text(f"{ARROW['worse']} {CHANGE['worse']}")
    expect(row("2a").get_by_role("cell").last).to_have_text(f"{ARROW['same']} {CHANGE['same']}")
    expect(row("4a").get_by_role("cell")).to_have_text(
        [CHECKLIST.unanswered.label, LABEL["nee"], f"{ARROW['different']} {CHANGE['different']}"]
    )
    # The arrow is for the eye; a screen reader hears the word.
    assert row("1a").get_by_role("cell").last.locator("[aria-hidden=true]").inner_text() == ARROW["better"]
    criterion_1 = table.get_by_role("row").filter(
        has=page.get_by_role("rowheader", name=f"1. {CHECKLIST.themes[0].criteria[0].title}")
    )
    expect(criterion_1.get_by_role("cell").last).to_have_text(
        f"{ARROW['same']} 1 {CHANGE['better']}, 1 {CHANGE['worse']}, 4 {CHANGE['same']}"
    )
    expect(criterion_1.get_by_role("cell").first).to_have_text(
        f"1 {COUNT['ja']}, 1 {COUNT['nee']}, 4 {CHECKLIST.unanswered.count}"
    )

    # One with now: "Nu" says which day it is.
    out = compare(page, "2027", NOW)
    expect(out.get_by_role("columnheader").nth(2)).to_have_text(dated(ui("measurements.now", date="DAY")))
    expect(out.locator(".gk-changes__total")).to_have_text(summary(worse=1, same=24))


def test_one_moment_with_itself_is_no_comparison(page):
    page.goto("overzicht/")
    save(page, "2026")
    out = compare(page, "2026", "2026")
    expect(tools(page).locator(".gk-status")).to_have_text(ui("measurements.same_moment"))
    expect(out).to_be_empty()


def test_a_measurement_remembers_where_the_plan_stood(page):
    page.goto("overzicht/")
    planned, busy = CHECKLIST.statuses[0], CHECKLIST.statuses[1]
    page.evaluate(f"GK.store.putPlan({{id: 's1', item: '4b', step: 'Gastles', status: '{planned.value}'}})")
    save(page, "2026")
    page.evaluate(f"GK.store.putPlan({{...GK.store.plan()[0], status: '{busy.value}'}})")
    out = compare(page, "2026", NOW)
    expect(out.get_by_role("listitem")).to_have_text(
        [
            dated(ui("measurements.plan", name="2026 (DAY)", counts=f"{planned.label} 1")),
            dated(ui("measurements.plan", name=ui("measurements.now", date="DAY"), counts=f"{busy.label} 1")),
        ]
    )


def test_delete_a_measurement_then_undo(page):
    page.goto("overzicht/")
    fill(page, {"1a": "ja"})
    save(page, "schooljaar 2025/26")
    tools(page).get_by_role(
        "button", name=ui("measurements.delete") + ui("measurements.delete_hint", name="schooljaar 2025/26")
    ).click()
    confirm = tools(page).get_by_role("dialog")
    expect(confirm).to_contain_text(ui("measurements.confirm_delete", name="schooljaar 2025/26"))
    confirm.get_by_role("button", name=ui("lists.confirm_yes")).click()
    expect(tools(page).locator(".gk-status")).to_have_text(ui("measurements.deleted", name="schooljaar 2025/26"))
    expect(tools(page).get_by_text(ui("measurements.none"))).to_be_visible()
    assert page.evaluate("GK.store.measurements()") == []
    tools(page).get_by_role("button", name=ui("common.undo")).click()
    assert page.evaluate("GK.store.measurements().map(m => m.name)") == ["schooljaar 2025/26"]
    expect(tools(page).locator("[data-list] li")).to_have_count(1)


def test_at_first_the_last_measurement_is_compared_with_now(page):
    page.goto("overzicht/")
    form = tools(page).get_by_role("group", name=ui("measurements.compare"))
    save(page, "2026")
    fill(page, {"1a": "ja"})
    save(page, "2027")
    fill(page, {"1a": "nee"})
    form.get_by_role("button", name=ui("measurements.compare_button")).click()
    expect(tools(page).locator("[data-out]").get_by_role("heading")).to_have_text(
        dated(ui("measurements.compared", **{"from": "2027 (DAY)", "to": ui("measurements.now", date="DAY")}))
    )
    expect(tools(page).locator(".gk-changes__total")).to_have_text(summary(worse=1, same=24))
