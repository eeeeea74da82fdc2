"""Mijn overzicht in Chromium: the view (also in the address), totals that follow it, old answers, clearing all
with undo, and printing."""

import re

import pytest
from playwright.sync_api import expect

from tests.helpers import (
    CHECKLIST,
    CRITERION_4,
    ITEMS,
    KEY,
    LABEL,
    answer,
    answers,
    entry,
    option,
    saved_document,
    seed,
    statement,
    status_message,
    ui,
)

ROLE_ITEMS = {
    role.id: [item.id for item in CHECKLIST.items if role.id in CHECKLIST.scope(item.scope).roles]
    for role in CHECKLIST.roles
}


def totals_text(n: int, counts: dict, role=None) -> str:
    what = f"{n} {next(r.noun for r in CHECKLIST.roles if r.id == role)}" if role else ui("common.statements", n)
    parts = [f"{counts[a.value]} {a.count}" for a in CHECKLIST.answers if counts.get(a.value)]
    if counts.get(""):
        parts.append(f"{counts['']} {CHECKLIST.unanswered.count}")
    return what + (": " + ", ".join(parts) if parts else "")


def test_overview_shows_totals_and_opens_filled_notes(context, page):
    seed(
        context,
        {KEY: saved_document({"1a": entry("ja"), "4b": entry("deels", "Met de sectie"), "9a": entry("onbekend")})},
    )
    page.goto("overzicht/")
    expect(page.locator("[data-module=gk-totals]")).to_have_text(
        totals_text(len(ITEMS), {"ja": 1, "deels": 1, "onbekend": 1, "": len(ITEMS) - 3})
    )
    note = page.get_by_label(ui("item.note_label", id="4b"))
    expect(note).to_have_value("Met de sectie")
    expect(note).to_be_visible()
    expect(
        statement(page, "4b").get_by_role("link", name=ui("item.goto", id="4b") + ui("item.goto_hint"))
    ).to_have_attribute("href", re.compile(rf"/{CRITERION_4}#4b$"))


def test_filters_by_to_do_and_by_view(context, page):
    seed(context, {KEY: saved_document({"1a": entry("ja"), "4a": entry("ja"), "4b": entry("nee")})})
    page.goto("overzicht/")
    statements = page.locator(".gk-statement")
    expect(statements.locator("visible=true")).to_have_count(len(ITEMS))

    page.get_by_label(ui("overview.todo")).check()
    expect(statement(page, "1a")).to_be_hidden()
    expect(statement(page, "4a")).to_be_hidden()
    expect(statement(page, "4b")).to_be_visible()
    expect(statements.locator("visible=true")).to_have_count(len(ITEMS) - 2)
    expect(status_message(page)).to_have_text(ui("overview.shown", len(ITEMS) - 2))

    klas = CHECKLIST.roles[0]
    page.get_by_label(klas.view, exact=True).check()
    visible = statements.locator("visible=true")
    expect(visible).to_have_count(len(ROLE_ITEMS[klas.id]) - 1)  # 4a is done
    assert "4a" not in visible.evaluate_all("els => els.map(e => e.id)")
    # Criteria and themes without class statements lose their headings too.
    theme, criterion = CHECKLIST.criteria[-1]
    expect(page.get_by_role("heading", name=f"{criterion.number}. {criterion.title}")).to_be_hidden()
    expect(page.get_by_role("heading", name=theme.title)).to_be_hidden()

    regio = CHECKLIST.roles[2]
    page.get_by_label(ui("overview.todo")).uncheck()
    page.get_by_label(regio.view, exact=True).check()
    expect(statements.locator("visible=true")).to_have_count(len(ROLE_ITEMS[regio.id]))

    # Answering under a filter keeps the statement in view until the filter changes.
    page.get_by_label(ui("overview.todo")).check()
    answer(page, ROLE_ITEMS[regio.id][1], "ja")
    expect(statement(page, ROLE_ITEMS[regio.id][1])).to_be_visible()


@pytest.mark.parametrize("role", CHECKLIST.roles, ids=lambda role: role.id)
def test_a_view_in_the_address_shows_exactly_its_statements_and_survives_a_reload(page, role):
    page.goto(f"overzicht/?voor={role.id}")
    visible = page.locator(".gk-statement").locator("visible=true")
    expect(visible).to_have_count(len(ROLE_ITEMS[role.id]))
    assert visible.evaluate_all("els => els.map(e => e.id)") == ROLE_ITEMS[role.id]
    expect(page.get_by_label(role.view, exact=True)).to_be_checked()
    page.reload()
    expect(visible).to_have_count(len(ROLE_ITEMS[role.id]))
    page.get_by_label(ui("overview.all"), exact=True).check()
    assert "voor=" not in page.url
    page.get_by_label(role.view, exact=True).check()
    assert page.url.endswith(f"?voor={role.id}")


def test_totals_follow_the_view(context, page):
    school = CHECKLIST.roles[1]
    ids = ROLE_ITEMS[school.id]
    values = [a.value for a in CHECKLIST.answers]
    given = {id: values[i % len(values)] for i, id in enumerate(ids)}
    seed(context, {KEY: saved_document({id: entry(value) for id, value in given.items()})})
    page.goto(f"overzicht/?voor={school.id}")
    counts = {value: list(given.values()).count(value) for value in values}
    expect(page.locator("[data-module=gk-totals]")).to_have_text(totals_text(len(ids), counts, school.id))
    assert CHECKLIST.unanswered.count not in page.locator("[data-module=gk-totals]").inner_text()


def test_old_answers_are_listed_and_kept(context, page):
    seed(context, {KEY: saved_document({"1a": entry("ja"), "99z": entry("deels", "Oude notitie")})})
    page.goto("overzicht/")
    section = page.locator(".gk-orphans")
    expect(section.get_by_role("heading")).to_have_text(ui("overview.orphans_title"))
    expect(section.get_by_role("listitem")).to_have_text(
        [f"99z: {LABEL['deels']}{ui('overview.orphan_note')}Oude notitie"]
    )
    expect(page.locator("[data-module=gk-totals]")).to_contain_text(f"{len(ITEMS) - 1} {CHECKLIST.unanswered.count}")
    page.goto(CRITERION_4)
    assert answers(page)["99z"]["note"] == "Oude notitie"  # kept, not dropped


def test_without_old_answers_there_is_no_old_answers_section(page):
    page.goto("overzicht/")
    expect(page.locator(".gk-orphans")).to_be_hidden()


def clear_all(page):
    page.get_by_role("button", name=ui("overview.clear_all")).click()
    page.get_by_role("dialog", name=ui("overview.confirm_title")).get_by_role(
        "button", name=ui("overview.confirm")
    ).click()


def test_a_change_after_clear_all_takes_the_undo_away(context, page):
    """Undo must never throw away what was answered after the clear."""
    seed(context, {KEY: saved_document({"1a": entry("ja")})})
    page.goto("overzicht/")
    clear_all(page)
    undo = page.locator("[data-module=gk-clear-all]").get_by_role("button", name=ui("common.undo"))
    expect(undo).to_be_visible()
    answer(page, "2a", "deels")
    expect(undo).to_be_hidden()
    assert {id: e["answer"] for id, e in answers(page).items()} == {"2a": "deels"}


def test_clear_all_asks_first_names_the_list_then_offers_undo(context, page):
    seed(
        context, {KEY: saved_document({"1a": entry("ja"), "4b": entry("deels", "Met de sectie"), "99z": entry("nee")})}
    )
    page.goto("overzicht/")
    button = page.get_by_role("button", name=ui("overview.clear_all"))
    dialog = page.get_by_role("dialog", name=ui("overview.confirm_title"))

    button.click()
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(ui("overview.confirm_text", name="Klas 3b"))
    expect(dialog.get_by_role("button", name=ui("common.cancel"))).to_be_focused()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(button).to_be_focused()
    assert set(answers(page)) == {"1a", "4b", "99z"}

    page.get_by_label(ui("overview.todo")).check()
    expect(statement(page, "1a")).to_be_hidden()
    clear_all(page)
    expect(dialog).to_be_hidden()
    assert answers(page) == {}
    expect(statement(page, "1a")).to_be_visible()  # to do again, so the filter shows it
    expect(option(page, "1a", "ja")).not_to_be_checked()
    undo = page.locator("[data-module=gk-clear-all]").get_by_role("button", name=ui("common.undo"))
    expect(undo).to_be_focused()
    expect(status_message(page)).to_have_text(ui("overview.cleared_hint"))

    undo.click()
    assert set(answers(page)) == {"1a", "4b", "99z"}
    expect(page.get_by_label(ui("item.note_label", id="4b"))).to_have_value("Met de sectie")
    expect(undo).to_be_hidden()
    page.reload()
    expect(option(page, "1a", "ja")).to_be_checked()


def test_a_criterion_page_prints_answers_as_boxes_and_notes_in_full(context, page):
    """(The overview prints as a report: tests/browser/test_results.py.)"""
    note = "Wat we al doen:\n- gastles\n- excursie\n" + "En nog veel meer tekst die niet in een klein vak past. " * 8
    seed(context, {KEY: saved_document({"4b": entry("deels", note)})})
    page.goto(CRITERION_4)
    page.emulate_media(media="print")
    printed = statement(page, "4b").locator(".gk-print-note")
    expect(printed).to_be_visible()
    assert printed.inner_text() == note.strip()
    expect(statement(page, "4b").locator("textarea")).to_be_hidden()
    for link in statement(page, "4b").locator("a").all():
        expect(link).to_be_hidden()
    expect(page.locator(".gk-lists")).to_be_hidden()
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    chosen = option(page, "4b", "deels")
    assert chosen.evaluate("e => getComputedStyle(e).appearance") == "none"  # a drawn box, filled when chosen
    assert chosen.evaluate("e => parseFloat(getComputedStyle(e).borderTopWidth)") > 4
    assert option(page, "4b", "ja").evaluate("e => parseFloat(getComputedStyle(e).borderTopWidth)") <= 1


def test_no_axe_violations_with_filters_and_the_dialog(new_context, axe):
    for scheme in ("light", "dark"):
        context = new_context(color_scheme=scheme)
        seed(
            context, {KEY: saved_document({"1a": entry("ja"), "4b": entry("nee", "Met de sectie"), "99z": entry("ja")})}
        )
        page = context.new_page()
        page.goto("overzicht/?voor=school")
        page.get_by_label(ui("overview.todo")).check()
        assert axe(page) == []
        page.get_by_role("button", name=ui("overview.clear_all")).click()
        assert axe(page) == []
