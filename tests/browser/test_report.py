"""The overview on paper (issue 10, point 5): a document for the team meeting. Printed to PDF by Chromium, as a
person would with "Druk af": a head with the checklist, the list's name, the view and the date; the results
first; then the statements as a compact table; nothing of the screen's controls or instructions."""

import re
from datetime import date

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.helpers import CHECKLIST, ITEMS, KEY, LABEL, ROLE_ITEMS, entry, saved_document, seed, ui

# Every statement answered, no notes: the report must fit on three A4 pages.
ALL = {id: [a.value for a in CHECKLIST.answers][i % len(CHECKLIST.answers)] for i, id in enumerate(ITEMS)}
NOTE = "Besproken in het team. Volgende stap: een gastles met een vrouwelijke monteur; Ayşe pakt het op."


def printed(page, tmp_path, name="overzicht.pdf") -> PdfReader:
    page.emulate_media(media="print")
    path = tmp_path / name
    page.pdf(path=str(path), format="A4", prefer_css_page_size=True)
    return PdfReader(path)


def words(text: str) -> str:
    return " ".join(text.split())


def today(page) -> str:
    """Today's date as the page writes it: the browser's own Dutch ("30 november 2026")."""
    return page.evaluate("new Date().toLocaleDateString('nl', {day: 'numeric', month: 'long', year: 'numeric'})")


def test_the_printed_overview_is_a_short_report_with_a_head(context, page, tmp_path):
    seed(context, {KEY: saved_document({id: entry(value) for id, value in ALL.items()})})
    page.goto("overzicht/")
    expect(page.locator("html[data-gk-ready]")).to_have_count(1)
    pdf = printed(page, tmp_path)
    assert len(pdf.pages) <= 3
    first = words(pdf.pages[0].extract_text())
    assert re.search(rf"{date.today().year}\b", today(page))
    for said in (
        f"{ui('report.checklist')} {CHECKLIST.site.title}",
        f"{ui('report.list')} Klas 3b",
        f"{ui('overview.about')} {ui('overview.all')}",
        f"{ui('report.date')} {today(page)}",
    ):
        assert said in first, said
    # The results come first, then the table.
    text = words(" ".join(p.extract_text() for p in pdf.pages))
    assert text.index(ui("results.title")) < text.index(ui("results.strong")) < text.index(ui("report.plan"))
    for theme in CHECKLIST.themes:
        assert theme.title in text
    for id in ITEMS:
        assert re.search(rf"\b{id} ", text), id
    # Nothing of the screen: instructions, controls, the list of saving tools.
    for screen_only in (
        ui("overview.intro"),
        ui("overview.todo"),
        ui("common.print"),
        ui("exchange.save_file"),
        ui("lists.label"),
        ui("notice.where")[:40],
        LABEL["ja"] + " " + LABEL["deels"],
    ):
        assert screen_only not in text, screen_only


def test_the_report_names_the_view_and_has_only_its_statements(context, page, tmp_path):
    seed(context, {KEY: saved_document({id: entry(value) for id, value in ALL.items()})})
    school = next(role for role in CHECKLIST.roles if role.id == "school")
    page.goto(f"overzicht/?voor={school.id}")
    expect(page.locator("html[data-gk-ready]")).to_have_count(1)
    page.emulate_media(media="print")
    rows = page.locator(".gk-report tr[data-item]").locator("visible=true")
    expect(rows).to_have_count(len(ROLE_ITEMS[school.id]))
    assert rows.evaluate_all("els => els.map(e => e.dataset.item)") == ROLE_ITEMS[school.id]
    pdf = printed(page, tmp_path)
    first = words(pdf.pages[0].extract_text())
    assert f"{ui('overview.about')} {school.view}" in first
    assert f"{len(ROLE_ITEMS[school.id])} {school.noun}" in first, "the totals of the view, on paper too"


def test_each_row_has_its_answer_and_note_and_never_splits(context, page, tmp_path):
    given = {"1a": entry("ja", NOTE), "4b": entry("nee")}
    seed(context, {KEY: saved_document(given)})
    page.goto("overzicht/")
    expect(page.locator("html[data-gk-ready]")).to_have_count(1)
    page.emulate_media(media="print")
    report = page.locator(".gk-report")
    expect(report).to_be_visible()
    expect(page.locator(".gk-theme").first).to_be_hidden()  # the list of the screen gives way to the table
    expect(report.locator("thead th")).to_have_text(
        [ui("report.number"), ui("report.statement"), ui("report.answer"), ui("item.note"), ui("report.plan")]
    )
    row = report.locator("tr[data-item='1a'] td")
    expect(row).to_have_text(["1a", re.compile(re.escape(CHECKLIST.items[0].text[:30])), LABEL["ja"], NOTE, ""])
    expect(report.locator("tr[data-item='1b'] td").nth(2)).to_have_text(CHECKLIST.unanswered.label)
    expect(report.locator("tr[data-item='4b']")).to_have_css("break-inside", "avoid")
    expect(report.locator(".gk-report__theme").first).to_have_css("break-before", "auto")  # themes run on
    assert NOTE in words(" ".join(p.extract_text() for p in printed(page, tmp_path).pages))


def test_the_report_keeps_up_with_changes(context, page):
    page.goto("overzicht/")
    page.evaluate("GK.store.answer('2a', 'deels')")
    expect(page.locator(".gk-report tr[data-item='2a'] td").nth(2)).to_have_text(LABEL["deels"])
    page.evaluate("GK.store.renameList(GK.store.list().id, 'Team techniek')")
    expect(page.locator(".gk-report-head [data-name]")).to_have_text("Team techniek")


def test_without_javascript_printing_shows_the_statements_as_before(new_context, tmp_path):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("overzicht/")
    page.emulate_media(media="print")
    expect(page.locator(".gk-report")).to_be_hidden()
    expect(page.locator(".gk-report-head")).to_be_hidden()
    expect(page.locator(".gk-statement").first).to_be_visible()
    text = words(" ".join(p.extract_text() for p in printed(page, tmp_path).pages))
    assert CHECKLIST.items[0].text[:40] in text


@pytest.mark.parametrize("notes", [False, True], ids=["without-notes", "with-notes"])
def test_page_count_of_the_report(context, page, tmp_path, notes, record_property):
    """The figures for the closing note: the pages of all 25 statements, without and with a note each."""
    seed(context, {KEY: saved_document({id: entry(value, NOTE if notes else None) for id, value in ALL.items()})})
    page.goto("overzicht/")
    expect(page.locator("html[data-gk-ready]")).to_have_count(1)
    pages = len(printed(page, tmp_path).pages)
    record_property("pages", pages)
    assert pages <= (6 if notes else 3)
