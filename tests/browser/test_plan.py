"""The action plan (issue 11): /actieplan/ by theme with what is late, its filters, changing and taking off steps,
printing it as a meeting document and its table for Excel."""

import csv
import io
import re
import time
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from macros.text import Marks
from tests.helpers import (
    CHECKLIST,
    CRITERION_4,
    DONE,
    KEY,
    PAGE,
    PLANNED,
    STATUS_LABEL,
    download,
    follow_menu_to_criterion_4,
    plan_step,
    saved_document,
    seed,
    statement,
    status_message,
    stored,
    ui,
)

PLAN = PAGE["plan"]
BUSY = CHECKLIST.statuses[1].value
TODAY = date.today()  # for dates of steps; what the page says is today is checked against date.today() then
PAST = (TODAY - timedelta(days=10)).isoformat()
SOON = (TODAY + timedelta(days=7)).isoformat()
LATER = (TODAY + timedelta(days=60)).isoformat()
THEME = {item.id: theme for theme, criterion in CHECKLIST.criteria for item in criterion.items}
MARKS = Marks(CHECKLIST.site.publisher)
TEXT = {item.id: MARKS.plain(item.text) for item in CHECKLIST.items}

STEPS = [
    plan_step("s1", "4b", "Gastles door een technicus", who="Anna", when=LATER, done_when="De datum staat vast"),
    plan_step("s2", "1a", "Folders nalopen op rolmodellen", who="Bas", when=PAST, status=BUSY),
    plan_step("s3", "1c", "Rolmodel uit de regio vragen", who="Anna", when=SOON),
    plan_step("s4", "9a", "Cijfers per gender opvragen", when=PAST, status=DONE),
    plan_step("s5", "3a", "Groepjes anders indelen"),
]


def with_plan(context, steps=STEPS, name="Mavo Noord"):
    seed(context, {KEY: saved_document(lists=[{"id": "p1", "name": name, "answers": {}, "plan": steps}])})
    page = context.new_page()
    page.goto(PLAN)
    return page


def plan(page):
    return page.locator("[data-module=gk-plan]")


def filters(page):
    return plan(page).locator(".gk-filters")


def rows(page):
    return plan(page).locator("tbody tr:visible")


def row(page, step_id):
    return plan(page).locator(f"tr[data-step={step_id}]")


def long_date(page, day) -> str:
    """A day as the page writes it (the browser's Dutch dates)."""
    return page.evaluate(
        "d => new Date(d + 'T12:00').toLocaleDateString('nl', {day: 'numeric', month: 'long', year: 'numeric'})", day
    )


def test_steps_by_theme_soonest_first_with_what_is_late(context):
    page = with_plan(context)
    headings = plan(page).get_by_role("heading", level=2)
    order = [theme.title for theme in CHECKLIST.themes if any(THEME[s["item"]] is theme for s in STEPS)]
    expect(headings).to_have_text(order)
    keuze = plan(page).locator("section").filter(has=page.get_by_role("heading", name=THEME["1a"].title))
    # Within a theme: the soonest first, undated last; a step of the past is late until it is done.
    expect(keuze.locator("tbody tr")).to_have_count(2)
    assert keuze.locator("tbody tr").evaluate_all("rows => rows.map(r => r.dataset.step)") == ["s2", "s3"]
    expect(row(page, "s2").get_by_role("cell").nth(2)).to_have_text(f"{long_date(page, PAST)} {ui('plan.late_mark')}")
    expect(row(page, "s4")).not_to_contain_text(ui("plan.late_mark"))  # done, so not late
    expect(row(page, "s1").get_by_role("rowheader")).to_contain_text(f"4b {TEXT['4b']}")
    expect(row(page, "s1")).to_contain_text("De datum staat vast")
    expect(row(page, "s1")).to_contain_text(STATUS_LABEL[PLANNED])
    counts = ", ".join(
        f"{status.label} {n}" for status in CHECKLIST.statuses if (n := sum(s["status"] == status.value for s in STEPS))
    )
    expect(plan(page).locator("[data-summary]")).to_have_text(f"{ui('plan.steps', 5)}: {counts}. {ui('plan.late', 1)}")
    expect(plan(page).locator("[data-head]")).to_have_text(
        ui("plan.head", name="Mavo Noord", date=long_date(page, date.today().isoformat()))
    )


def test_filters_by_status_by_person_and_to_what_is_late(context):
    page = with_plan(context)
    shown = lambda: rows(page).evaluate_all("rows => rows.map(r => r.dataset.step).sort()")  # noqa: E731
    filters(page).get_by_label(STATUS_LABEL[BUSY], exact=True).check()
    expect(rows(page)).to_have_count(1)
    assert shown() == ["s2"]
    expect(plan(page).locator("[data-summary]")).to_contain_text(ui("plan.shown", 1))  # on paper too
    filters(page).get_by_label(ui("plan.all"), exact=True).check()
    who = filters(page).get_by_label(ui("plan.filter_who"), exact=True)
    expect(who.locator("option")).to_have_text([ui("plan.everyone"), "Anna", "Bas", ui("plan.nobody")])
    who.select_option(label="Anna")
    expect(rows(page)).to_have_count(2)
    assert shown() == ["s1", "s3"]
    who.select_option(label=ui("plan.nobody"))
    expect(rows(page)).to_have_count(2)
    assert shown() == ["s4", "s5"]
    who.select_option(label=ui("plan.everyone"))
    plan(page).get_by_label(ui("plan.late_only")).check()
    expect(rows(page)).to_have_count(1)
    assert shown() == ["s2"]
    filters(page).get_by_label(STATUS_LABEL[PLANNED], exact=True).check()
    expect(rows(page)).to_have_count(0)
    expect(plan(page).get_by_text(ui("plan.none_shown"))).to_be_visible()


def test_change_a_step_then_undo(context):
    page = with_plan(context)
    row(page, "s1").get_by_role("button", name=ui("plan.edit") + ui("plan.step_for", id="4b")).click()
    dialog = page.get_by_role("dialog", name=ui("plan.edit_title"))
    expect(dialog.get_by_label(ui("plan.step"))).to_have_value("Gastles door een technicus")
    expect(dialog.get_by_label(ui("plan.who"))).to_have_value("Anna")
    expect(dialog.get_by_label(ui("plan.when"))).to_have_value(LATER)
    dialog.get_by_label(ui("plan.who")).fill("Chris")
    dialog.get_by_label(STATUS_LABEL[BUSY], exact=True).check()
    dialog.get_by_label(ui("plan.when")).fill(PAST)  # a date in the past may be written down afterwards
    dialog.get_by_role("button", name=ui("plan.save")).click()
    status = plan(page).locator(".gk-status")
    expect(status).to_have_text(ui("plan.changed", id="4b"))
    expect(status).to_be_focused()
    expect(row(page, "s1")).to_contain_text("Chris")
    expect(row(page, "s1")).to_contain_text(ui("plan.late_mark"))
    step = page.evaluate("GK.store.plan().find(s => s.id === 's1')")
    assert (step["who"], step["status"], step["when"], step["item"]) == ("Chris", BUSY, PAST, "4b")
    plan(page).get_by_role("button", name=ui("common.undo")).click()
    expect(row(page, "s1")).to_contain_text("Anna")
    assert page.evaluate("GK.store.plan().find(s => s.id === 's1').who") == "Anna"


def test_an_empty_step_is_not_saved_and_says_why(context):
    page = with_plan(context)
    before = stored(page)
    row(page, "s3").get_by_role("button", name=ui("plan.edit") + ui("plan.step_for", id="1c")).click()
    dialog = page.get_by_role("dialog", name=ui("plan.edit_title"))
    dialog.get_by_label(ui("plan.step")).fill("   ")
    dialog.get_by_role("button", name=ui("plan.save")).click()
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("alert")).to_have_text(ui("plan.empty_step"))
    expect(dialog.get_by_label(ui("plan.step"))).to_be_focused()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert stored(page) == before


def test_take_a_step_off_then_undo(context):
    page = with_plan(context)
    row(page, "s5").get_by_role("button", name=ui("plan.delete") + ui("plan.step_for", id="3a")).click()
    expect(plan(page).locator(".gk-status")).to_have_text(ui("plan.deleted", id="3a"))
    expect(row(page, "s5")).to_have_count(0)
    assert [s["id"] for s in page.evaluate("GK.store.plan()")] == ["s1", "s2", "s3", "s4"]
    plan(page).get_by_role("button", name=ui("common.undo")).click()
    expect(row(page, "s5")).to_be_visible()


def test_an_empty_plan_says_where_steps_come_from(page):
    page.goto(PLAN)
    empty = plan(page).locator("[data-empty]")
    expect(empty).to_have_text(ui("plan.empty", link=CHECKLIST.page("overview").title))
    expect(empty).to_be_visible()
    expect(plan(page).get_by_role("button", name=ui("common.print"))).to_be_disabled()


def test_without_javascript_the_page_says_the_plan_needs_it(new_context):
    page = new_context(java_script_enabled=False).new_page()
    page.goto(PLAN)
    # (Playwright's text search skips <noscript>, so the notice is found by its class.)
    expect(page.locator(".gk-nojs")).to_have_text(ui("plan.nojs"))
    expect(page.locator(".gk-nojs")).to_be_visible()
    expect(page.get_by_role("button", name=ui("common.print"))).to_be_hidden()


def test_table_for_excel_has_every_step_with_the_lists_name_and_the_date(context):
    page = with_plan(context)
    plan(page).get_by_label(ui("plan.late_only")).check()  # the table holds the whole plan, whatever is shown
    name, data = download(page, ui("plan.save_csv"))
    assert re.fullmatch(rf"gelijke-kansen-{ui('plan.file_name')}-mavo-noord-\d{{4}}-\d\d-\d\d\.csv", name)
    assert data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\r\n")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert table[0] == ui("plan.csv_header").split(";")
    assert sorted(r[0] for r in table[1:]) == sorted(s["item"] for s in STEPS)
    by_item = {r[0]: r for r in table[1:]}
    theme, criterion = next((t, c) for t, c in CHECKLIST.criteria if c.number == 4)
    assert by_item["4b"][1:10] == [
        theme.title,
        f"4. {criterion.title}",
        TEXT["4b"],
        "Gastles door een technicus",
        "Anna",
        LATER,
        "De datum staat vast",
        STATUS_LABEL[PLANNED],
        by_item["4b"][9],
    ]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", by_item["4b"][9])
    assert {tuple(r[10:]) for r in table[1:]} == {("Mavo Noord", date.today().isoformat())}


def ten_steps():
    items = [item.id for item in CHECKLIST.items][::2][:10]
    return [
        plan_step(
            f"s{i}",
            item,
            f"Stap {i}: " + "we spreken af wat er gebeurt en wie het doet. " * 3,
            who=f"Persoon {i % 3}",
            when=(TODAY + timedelta(days=i * 7)).isoformat(),
            done_when=f"Klaar-{i}: het staat in de jaarplanning",
        )
        for i, item in enumerate(items)
    ]


def test_the_printed_plan_is_a_meeting_document(context, tmp_path):
    steps = ten_steps()
    page = with_plan(context, steps, name="Mavo Noord 3b")
    expect(rows(page)).to_have_count(10)
    page.emulate_media(media="print")
    pdf = tmp_path / "actieplan.pdf"
    page.pdf(path=str(pdf), format="A4", prefer_css_page_size=True)
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    text = re.sub(r"\s+", " ", "\n".join(pages))
    assert ui("plan.head", name="Mavo Noord 3b", date=long_date(page, date.today().isoformat())) in re.sub(
        r"\s+", " ", pages[0]
    )
    for button in (ui("common.print"), ui("plan.edit"), ui("plan.save_csv"), ui("plan.late_only"), ui("plan.everyone")):
        assert button not in text, f"{button!r} is a control, not for paper"
    # One row per step, never split over two pages: its first and last words are on the same page.
    for i in range(10):
        on = [n for n, p in enumerate(pages) if f"Stap {i}:" in re.sub(r"\s+", " ", p)]
        assert len(on) == 1 and f"Klaar-{i}:" in re.sub(r"\s+", " ", pages[on[0]]), f"step {i} is split or missing"
    print(f"\n10-step plan: {len(pages)} A4 pages")  # for the closing note of issue 11


def test_200_steps_stay_fast(context):
    items = [item.id for item in CHECKLIST.items]
    steps = [
        plan_step(
            f"s{i}",
            items[i % len(items)],
            f"Stap {i}",
            who=f"Persoon {i % 7}",
            when=(TODAY + timedelta(days=i - 100)).isoformat(),
            status=CHECKLIST.statuses[i % 3].value,
        )
        for i in range(200)
    ]
    # When the last row is in the page, measured from the start of the navigation.
    context.add_init_script("""new MutationObserver((records, observer) => {
        if (document.querySelectorAll("[data-module=gk-plan] tr[data-step]").length === 200) {
            window.__drawn = performance.now();
            observer.disconnect();
        }
    }).observe(document, { childList: true, subtree: true });""")
    page = with_plan(context, steps)
    expect(rows(page)).to_have_count(200)
    drawn = page.evaluate("window.__drawn")
    # Drawing all 200 again (a filter is taken off), with the layout that follows: the best of three.
    redraw = min(
        page.evaluate("""() => {
        const late = document.querySelector("[name=late]");
        late.click();
        const start = performance.now();
        late.click();
        document.body.offsetHeight;
        return performance.now() - start;
    }""")
        for _ in range(3)
    )
    start = time.perf_counter()
    page.reload()
    expect(rows(page)).to_have_count(200)
    print(
        f"\n200 steps: drawn {drawn:.0f} ms after navigation start; redrawn in {redraw:.1f} ms;"
        f" reload to all rows {1000 * (time.perf_counter() - start):.0f} ms"
    )
    assert drawn < 3000 and redraw < 1000  # generous: the test machine is shared, quiet it is ~40 ms


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_a_plan_and_in_its_dialog(new_context, axe, scheme):
    context = new_context(color_scheme=scheme)
    page = with_plan(context)
    expect(rows(page)).to_have_count(len(STEPS))
    assert axe(page) == []
    row(page, "s2").get_by_role("button", name=ui("plan.edit") + ui("plan.step_for", id="1a")).click()
    expect(page.get_by_role("dialog", name=ui("plan.edit_title"))).to_be_visible()
    assert axe(page) == []


def test_a_plan_on_a_phone_is_one_card_per_step(new_context):
    context = new_context(viewport={"width": 320, "height": 640}, has_touch=True)
    page = with_plan(context)
    expect(rows(page)).to_have_count(len(STEPS))
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    cell = row(page, "s1").get_by_role("cell").first
    assert cell.evaluate("td => getComputedStyle(td, '::before').content") == f'"{ui("plan.column_step")}: "'
    assert cell.evaluate("td => getComputedStyle(td).display") == "block"


# "Zet op het actieplan" on the statement cards


def tips_of(item_id):
    criterion = next(c for _, c in CHECKLIST.criteria if any(i.id == item_id for i in c.items))
    return [MARKS.plain(tip) for tip in criterion.tips]


def add_button(page, item_id):
    return page.get_by_role("button", name=ui("plan.add") + ui("plan.add_for", id=item_id))


def test_put_a_statement_on_the_plan_from_its_card_with_the_tips_as_ideas(page):
    page.goto(CRITERION_4)
    add_button(page, "4b").click()
    dialog = page.get_by_role("dialog", name=ui("plan.title"))
    expect(dialog).to_contain_text(f"{ui('plan.for', id='4b')} {TEXT['4b']}")
    expect(dialog.get_by_label(ui("plan.step"))).to_be_focused()
    ideas = dialog.locator("[data-tips] li")
    expect(ideas.locator("[data-tip]")).to_have_text(tips_of("4b"))
    ideas.nth(1).get_by_role("button", name=ui("plan.use_idea") + ui("plan.use_idea_hint")).click()
    expect(dialog.get_by_label(ui("plan.step"))).to_have_value(tips_of("4b")[1])
    expect(dialog.get_by_label(ui("plan.step"))).to_be_focused()
    dialog.get_by_label(ui("plan.who")).fill("  Anna  de Vries ")
    dialog.get_by_label(ui("plan.when")).fill(PAST)
    dialog.get_by_label(ui("plan.done_when")).fill("Iedereen heeft het gedaan")
    dialog.get_by_role("button", name=ui("plan.save")).click()
    expect(dialog).to_be_hidden()
    expect(status_message(page)).to_have_text(ui("plan.added", id="4b"))
    expect(add_button(page, "4b")).to_be_focused()
    count = statement(page, "4b").get_by_role("link", name=ui("plan.count", 1))
    expect(count).to_be_visible()
    [step] = page.evaluate("GK.store.settled().then(() => GK.store.plan())")
    assert {k: step[k] for k in ("item", "step", "who", "when", "done_when", "status")} == {
        "item": "4b",
        "step": tips_of("4b")[1],
        "who": "Anna de Vries",
        "when": PAST,
        "done_when": "Iedereen heeft het gedaan",
        "status": PLANNED,
    }
    assert re.fullmatch(r"[a-z0-9]{1,40}", step["id"])

    add_button(page, "4b").click()
    dialog.get_by_label(ui("plan.step")).fill("Nog een stap")
    dialog.get_by_role("button", name=ui("plan.save")).click()
    expect(statement(page, "4b").get_by_role("link", name=ui("plan.count", 2))).to_be_visible()
    expect(statement(page, "4a").locator("[data-plan-count]")).to_be_hidden()
    statement(page, "4b").get_by_role("link", name=ui("plan.count", 2)).click()
    page.wait_for_url(f"**/{PLAN}")
    expect(rows(page)).to_have_count(2)


def test_an_empty_step_from_a_card_is_not_saved(page):
    page.goto(CRITERION_4)
    add_button(page, "4a").click()
    dialog = page.get_by_role("dialog", name=ui("plan.title"))
    dialog.get_by_label(ui("plan.who")).fill("Anna")
    dialog.get_by_label(ui("plan.who")).press("Enter")
    expect(dialog.get_by_role("alert")).to_have_text(ui("plan.empty_step"))
    expect(dialog.get_by_label(ui("plan.step"))).to_be_focused()
    dialog.get_by_role("button", name=ui("common.cancel")).click()
    expect(dialog).to_be_hidden()
    assert page.evaluate("GK.store.plan()") == []
    expect(statement(page, "4a").locator("[data-plan-count]")).to_be_hidden()


def test_on_the_overview_the_ideas_are_those_of_the_statements_criterion(page):
    page.goto("overzicht/")
    for item_id in ("9a", "1c"):
        add_button(page, item_id).click()
        dialog = page.get_by_role("dialog", name=ui("plan.title"))
        expect(dialog.locator("[data-tip]")).to_have_text(tips_of(item_id))
        dialog.get_by_label(ui("plan.step")).fill(f"Stap bij {item_id}")
        dialog.get_by_role("button", name=ui("plan.save")).click()
        expect(statement(page, item_id).get_by_role("link", name=ui("plan.count", 1))).to_be_visible()
    assert [s["item"] for s in page.evaluate("GK.store.plan()")] == ["9a", "1c"]


def test_the_plan_button_works_after_instant_navigation(page):
    follow_menu_to_criterion_4(page)
    add_button(page, "4b").click()
    dialog = page.get_by_role("dialog", name=ui("plan.title"))
    expect(dialog.locator("[data-tip]")).to_have_text(tips_of("4b"))
    dialog.get_by_label(ui("plan.step")).fill("Gastles")
    dialog.get_by_role("button", name=ui("plan.save")).click()
    expect(statement(page, "4b").get_by_role("link", name=ui("plan.count", 1))).to_be_visible()
    statement(page, "4b").get_by_role("link", name=ui("plan.count", 1)).click()
    page.wait_for_url(f"**/{PLAN}")
    expect(rows(page)).to_have_count(1)
    assert page.evaluate("window.__samePage") is True


@pytest.mark.parametrize("path", [CRITERION_4, "overzicht/"])
def test_step_counts_on_the_cards_show_without_layout_shift(context, page, path):
    seed(context, {KEY: saved_document(lists=[{"id": "p1", "name": "Klas", "answers": {}, "plan": STEPS}])})
    page.set_viewport_size({"width": 1280, "height": 4000})
    page.add_init_script("""window.__shifts = [];
        new PerformanceObserver(list => list.getEntries().forEach(entry => entry.sources.forEach(source => {
          const element = source.node && (source.node.closest ? source.node : source.node.parentElement);
          if (element && element.closest(".gk-statements, [data-module]"))
            window.__shifts.push(element.outerHTML.slice(0, 80));
        }))).observe({type: "layout-shift", buffered: true});""")
    page.goto(path)
    expect(statement(page, "4b").get_by_role("link", name=ui("plan.count", 1))).to_be_visible()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__shifts") == []


def test_a_newer_document_offers_no_plan_changes(context):
    seed(context, {KEY: saved_document(lists=[{"id": "p1", "name": "Klas", "answers": {}, "plan": STEPS}], schema=3)})
    page = context.new_page()
    page.goto(CRITERION_4)
    expect(add_button(page, "4b")).to_be_disabled()
