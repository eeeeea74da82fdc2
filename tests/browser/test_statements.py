"""Answering statements in Chromium (components/statements.js, progress.js): answers, notes, progress, copy
links, and what the user sees when saved data or storage fails."""

import re

import pytest
from playwright.sync_api import expect

from tests.helpers import (
    CHECKLIST,
    COUNT,
    CRITERION_4,
    ITEMS,
    KEY,
    LABEL,
    PAGE_OF,
    answer,
    answers,
    entry,
    follow_menu_to_criterion_4,
    option,
    saved,
    saved_document,
    seed,
    statement,
    status_message,
    stored,
    ui,
)


def progress_text(answered: int, total: int, counts: str = "") -> str:
    return ui("progress.answered", answered=answered, total=total) + (f": {counts}" if counts else "")


# Answering


def test_answer_by_mouse_is_saved_and_kept_after_reload(page):
    page.goto(CRITERION_4)
    statement(page, "4b").get_by_text(LABEL["ja"], exact=True).click()
    expect(option(page, "4b", "ja")).to_be_checked()
    assert answers(page)["4b"]["answer"] == "ja"
    page.reload()
    expect(option(page, "4b", "ja")).to_be_checked()
    expect(option(page, "4a", "ja")).not_to_be_checked()


def test_each_change_says_saved_without_moving_anything(page):
    page.goto(CRITERION_4)
    saved_mark = statement(page, "4a").locator(".gk-saved")
    expect(saved_mark).to_be_hidden()
    place = "e => [e.offsetLeft, e.offsetTop, e.closest('.gk-statement').offsetHeight]"
    before = saved_mark.evaluate(place)
    answer(page, "4a", "deels")
    expect(saved_mark).to_be_visible()
    expect(saved_mark).to_have_text(ui("item.saved"))
    assert saved_mark.evaluate(place) == before, "its place was kept"
    expect(saved_mark).to_be_hidden(timeout=4000)


def test_answer_by_keyboard_arrows_move_within_the_statement(page):
    page.goto(CRITERION_4)
    first, second = (answer.value for answer in CHECKLIST.answers[:2])
    option(page, "4a", first).focus()
    page.keyboard.press("Space")
    expect(option(page, "4a", first)).to_be_checked()
    page.keyboard.press("ArrowRight")
    expect(option(page, "4a", second)).to_be_checked()
    expect(option(page, "4a", second)).to_be_focused()
    assert answers(page)["4a"]["answer"] == second
    page.keyboard.press("Tab")  # leaves the group: the next stop is the note of the same statement
    expect(statement(page, "4a").locator("summary")).to_be_focused()


def test_options_are_named_by_their_statement_and_scope(page):
    page.goto(CRITERION_4)
    item = CHECKLIST.themes[1].criteria[1].items[1]
    group = page.get_by_role(
        "group", name=re.compile(rf"^4b {re.escape(item.text[:30])}.*{CHECKLIST.scope('klas').heading}$")
    )
    expect(group.get_by_role("radio")).to_have_count(len(CHECKLIST.answers))


def test_clear_answer_removes_it_and_keeps_focus_in_the_statement(page):
    page.goto(CRITERION_4)
    clear = page.get_by_role("button", name=ui("item.clear") + ui("item.note_for", id="4a"))
    expect(clear).to_be_hidden()  # nothing to clear yet
    answer(page, "4a", "deels")
    clear.click()
    expect(statement(page, "4a").locator("input:checked")).to_have_count(0)
    expect(statement(page, "4a").get_by_role("radio").first).to_be_focused()
    expect(clear).to_be_hidden()
    expect(status_message(page)).to_have_text(ui("item.cleared", id="4a"))
    assert "4a" not in answers(page)


@pytest.mark.parametrize("path", [CRITERION_4, "overzicht/"])
def test_saved_answers_show_without_layout_shift(context, page, path):
    seed(context, {KEY: saved_document({"4a": entry("ja"), "4b": entry("deels", "Met de sectie"), "99z": entry("ja")})})
    # Every element of the self-check that moved. Only what is in view can shift: a tall window has all in view.
    page.set_viewport_size({"width": 1280, "height": 4000})
    page.add_init_script(
        """window.__shifts = [];
           new PerformanceObserver(list => list.getEntries().forEach(entry => entry.sources.forEach(source => {
             const element = source.node && (source.node.closest ? source.node : source.node.parentElement);
             if (element && element.closest(".gk-statements, [data-module]"))
               window.__shifts.push(element.tagName + "." + element.className);
           }))).observe({type: "layout-shift", buffered: true});"""
    )
    page.goto(path)
    expect(option(page, "4a", "ja")).to_be_checked()
    expect(statement(page, "4b").get_by_text(ui("item.note_filled").strip())).to_be_visible()
    page.wait_for_timeout(300)
    shifts = page.evaluate("window.__shifts")
    assert shifts == [], shifts


def test_options_show_even_when_the_script_fails_to_load(page):
    page.route("**/assets/gk/main.js", lambda route: route.abort())
    page.goto(CRITERION_4)
    expect(option(page, "4a", "ja")).to_be_hidden()  # hidden while waiting for the saved answer …
    expect(option(page, "4a", "ja")).to_be_visible(timeout=5000)  # … but not for ever


# Keeping answers across pages, navigation and tabs


def test_answers_survive_instant_navigation_and_back(page):
    follow_menu_to_criterion_4(page)
    answer(page, "4b", "deels")
    expect(page.locator("[data-module=gk-progress]").first).to_have_text(progress_text(1, 4, f"1 {COUNT['deels']}"))
    page.locator(".md-sidebar--primary").get_by_role("link", name=CHECKLIST.page("overview").title).click()
    page.wait_for_url("**/overzicht/**")
    expect(option(page, "4b", "deels")).to_be_checked()
    answer(page, "4a", "ja")
    page.go_back()
    page.wait_for_url(f"**/{CRITERION_4}")
    expect(option(page, "4a", "ja")).to_be_checked()
    expect(option(page, "4b", "deels")).to_be_checked()
    assert page.evaluate("window.__samePage") is True


def test_a_second_tab_sees_the_change(context, page):
    page.goto(CRITERION_4)
    other = context.new_page()
    other.goto("overzicht/")
    answer(page, "4c", "nee")
    expect(option(other, "4c", "nee")).to_be_checked()
    expect(other.locator("[data-module=gk-totals]")).to_contain_text(f"1 {COUNT['nee']}")
    answer(page, "4c", "ja")
    expect(option(other, "4c", "ja")).to_be_checked()


def test_note_is_saved_as_typed_and_shown_as_filled_when_folded(page):
    page.goto(CRITERION_4)
    note = statement(page, "4b").locator("details")
    expect(note).not_to_have_attribute("open", "")
    note.locator("summary").click()
    page.get_by_label(ui("item.note_label", id="4b")).fill("Met de sectie\nvolgende week bespreken")
    expect(statement(page, "4b").get_by_text(ui("item.note_filled").strip())).to_be_visible()
    page.wait_for_function("GK.store.get('4b')?.note.includes('bespreken')")
    page.reload()
    expect(note).not_to_have_attribute("open", "")
    expect(statement(page, "4b").get_by_text(ui("item.note_filled").strip())).to_be_visible()
    expect(page.get_by_label(ui("item.note_label", id="4b"))).to_have_value("Met de sectie\nvolgende week bespreken")


def test_note_typed_just_before_leaving_is_not_lost(page):
    page.goto(CRITERION_4)
    statement(page, "4a").locator("summary").click()
    page.get_by_label(ui("item.note_label", id="4a")).press_sequentially("Snel")
    page.locator(".md-sidebar--primary").get_by_role("link", name=CHECKLIST.page("overview").title).click()
    page.wait_for_url("**/overzicht/**")
    expect(page.get_by_label(ui("item.note_label", id="4a"))).to_have_value("Snel")  # open on the overview: it has text


def test_note_typed_just_before_closing_the_tab_is_not_lost(context, page):
    page.goto(CRITERION_4)
    statement(page, "4a").locator("summary").click()
    page.get_by_label(ui("item.note_label", id="4a")).press_sequentially("Tot morgen")
    page.close(run_before_unload=True)
    other = context.new_page()
    other.goto(CRITERION_4)
    assert answers(other)["4a"]["note"] == "Tot morgen"


# Progress


def test_progress_on_criterion_theme_and_home_pages(page):
    page.goto(CRITERION_4)
    progress = page.locator("[data-module=gk-progress]").first
    expect(progress).to_have_text(progress_text(0, 4))
    answer(page, "4a", "ja")
    answer(page, "4b", "ja")
    answer(page, "4c", "deels")
    two_one = f"2 {COUNT['ja']}, 1 {COUNT['deels']}"
    expect(progress).to_have_text(progress_text(3, 4, two_one))
    theme, criterion = CHECKLIST.criteria[3]
    page.goto(theme.slug + "/")
    card = page.locator(".gk-card", has_text=f"{criterion.number}. {criterion.title}")
    expect(card.locator(".gk-progress")).to_have_text(progress_text(3, 4, two_one))
    expect(page.locator(".gk-card").first.locator(".gk-progress")).to_have_text(progress_text(0, 3))
    page.goto("")
    expect(page.locator("article > .gk-progress")).to_have_text(progress_text(3, len(ITEMS), two_one))


# Copy link


def test_copy_link_copies_the_absolute_address(context, page, base_url):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(CRITERION_4)
    link = page.get_by_role("link", name=ui("common.copy_link") + ui("item.link_hint", id="4b"))
    link.click()
    assert page.evaluate("navigator.clipboard.readText()") == f"{base_url}{CRITERION_4}#4b"
    expect(status_message(page)).to_have_text(ui("common.copied"))
    expect(link).to_have_class(re.compile("gk-copied"))
    assert page.url == f"{base_url}{CRITERION_4}"  # copying does not follow the link
    page.get_by_role("link", name=ui("common.copy_link") + ui("common.this_page")).click()
    assert page.evaluate("navigator.clipboard.readText()") == f"{base_url}{CRITERION_4}"


def test_copy_link_refused_shows_the_link_to_copy_by_hand(page, base_url):
    page.add_init_script(
        "navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'))"
    )
    page.goto("overzicht/")
    page.get_by_role("link", name=ui("common.copy_link") + ui("item.link_hint", id="9a")).click()
    box = page.get_by_role("textbox", name=ui("common.copy_box"))
    expect(box).to_have_value(f"{base_url}{PAGE_OF['9a']}#9a")
    expect(box).to_be_focused()
    assert box.evaluate("e => [e.selectionStart, e.selectionEnd, e.readOnly]") == [0, len(box.input_value()), True]
    expect(status_message(page)).to_have_text(ui("common.copy_failed"))


def test_opening_a_statement_link_scrolls_to_it_and_marks_it(page):
    page.goto(f"{CRITERION_4}#4c")
    target = statement(page, "4c")
    expect(target).to_be_in_viewport()
    assert target.evaluate("e => e.matches(':target') && e.classList.contains('gk-target')")
    header = page.locator(".md-header").bounding_box()
    expect(target).to_have_css("border-left-color", re.compile(r"rgb\(91, 59, 140\)"))
    assert target.bounding_box()["y"] >= header["height"]  # not under the sticky header


def test_overview_links_to_the_statement_on_its_criterion_page(page):
    page.goto("overzicht/")
    page.evaluate("window.__samePage = true")
    page.get_by_role("link", name=ui("item.goto", id="4c") + ui("item.goto_hint")).click()
    page.wait_for_url(f"**/{CRITERION_4}#4c")
    target = statement(page, "4c")
    expect(target).to_have_class(re.compile("gk-target"))  # instant navigation does not set :target
    expect(target).to_be_in_viewport()
    assert page.evaluate("window.__samePage") is True


# When saved data or storage fails


@pytest.mark.parametrize("raw", ["{not json", '{"answers": {"4b": "ja"}}'], ids=["bad-json", "wrong-shape"])
def test_corrupt_saved_data_is_set_aside_once_and_explained(context, page, raw):
    seed(context, {KEY: raw})
    page.goto(CRITERION_4)
    notice = page.locator(".gk-notice")
    expect(notice).to_contain_text(ui("notice.corrupt"))
    expect(notice).not_to_contain_text("gk-")
    expect(notice).not_to_contain_text(KEY)
    backups = [key for key in stored(page) if key.startswith(KEY + ".backup.")]
    assert [stored(page)[key] for key in backups] == [raw]
    answer(page, "4b", "ja")  # and the page goes on with a clean state
    assert saved(page)["lists"][0]["answers"]["4b"]["answer"] == "ja"
    for _ in range(4):  # later views: no notice, no new copies, and saving goes on
        page.reload()
        expect(option(page, "4b", "ja")).to_be_checked()
        expect(notice).to_be_empty()
    assert [key for key in stored(page) if key.startswith(KEY + ".backup.")] == backups


def test_corrupt_saved_data_without_room_for_a_copy_is_left_alone(context, page):
    raw = "{" + "x" * 1000
    seed(context, {KEY: raw})
    page.add_init_script(
        """const setItem = Storage.prototype.setItem;
           Storage.prototype.setItem = function (key, value) {
             if (key.includes(".backup.")) throw new DOMException("full", "QuotaExceededError");
             return setItem.call(this, key, value);
           };"""
    )
    page.goto(CRITERION_4)
    expect(page.locator(".gk-notice")).to_contain_text(ui("notice.corrupt_kept"))
    answer(page, "4b", "ja")
    page.evaluate("GK.store.settled()")
    assert stored(page)[KEY] == raw, "the original stays where it is"


def test_answers_for_unknown_ids_and_values_are_not_a_problem(context, page):
    seed(context, {KEY: saved_document({"99z": entry("ja"), "4b": entry("nee"), "4a": entry("misschien")})})
    page.goto(CRITERION_4)
    expect(option(page, "4b", "nee")).to_be_checked()
    expect(page.locator(".gk-notice")).to_be_empty()
    answer(page, "4c", "ja")
    assert answers(page)["4a"]["answer"] == "misschien", "a value from a newer version is kept"


@pytest.mark.parametrize(
    "raw",
    [
        saved_document({"4b": entry("ja")}, schema=99),
        '{"format": "gelijke-kansen/zelfcheck", "schema": 99, "someday": {"4b": 1}}',
    ],
    ids=["known-shape", "unknown-shape"],
)
def test_data_from_a_newer_version_is_shown_read_only_whatever_its_shape(context, page, raw):
    seed(context, {KEY: raw})
    page.goto(CRITERION_4)
    expect(page.locator(".gk-notice")).to_contain_text(ui("notice.newer"))
    expect(statement(page, "4b").get_by_role("radio").first).to_be_disabled()
    expect(page.get_by_label(ui("item.note_label", id="4b"))).not_to_be_editable()
    statement(page, "4a").get_by_role("radio").first.click(force=True)
    assert stored(page)[KEY] == raw, "an older page never overwrites newer data"


@pytest.mark.parametrize(
    "script",
    [
        pytest.param(
            "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError') }",
            id="setItem-throws",
        ),
        pytest.param(
            "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('no', 'SecurityError') }})",
            id="localStorage-blocked",
        ),
    ],
)
def test_blocked_storage_keeps_the_page_working_and_says_so(page, script):
    page.add_init_script(script)
    page.goto(CRITERION_4)
    expect(page.locator(".gk-notice")).to_contain_text(ui("notice.blocked")[:40])
    answer(page, "4a", "ja")
    expect(page.locator("[data-module=gk-progress]").first).to_have_text(progress_text(1, 4, f"1 {COUNT['ja']}"))
    page.locator(".md-sidebar--primary").get_by_role("link", name=CHECKLIST.page("overview").title).click()
    page.wait_for_url("**/overzicht/**")
    expect(option(page, "4a", "ja")).to_be_checked()  # kept in memory for this visit
    expect(page.locator(".gk-notice")).not_to_be_empty()


# Without JavaScript


def test_without_javascript_every_statement_shows_with_the_notice(new_context):
    page = new_context(java_script_enabled=False).new_page()
    for path in [CRITERION_4, "overzicht/"]:
        page.goto(path)
        # (Playwright's text search skips <noscript>, so the notice is found by its class.)
        expect(page.locator(".gk-nojs")).to_have_text(ui("notice.nojs"))
        expect(page.locator(".gk-nojs")).to_be_visible()
        expect(
            page.get_by_role("button", name=re.compile(f"{ui('item.clear')}|{ui('overview.clear_all')}"))
        ).to_have_count(0)
        expect(page.locator(".gk-filters")).to_be_hidden()
        expect(page.locator(".gk-privacy")).to_be_hidden()
    statements = page.locator(".gk-statement")
    expect(statements).to_have_count(len(ITEMS))
    for element in statements.all():
        expect(element.get_by_role("radio").first).to_be_visible()
    page.goto("")
    expect(page.locator("article > .gk-progress")).to_have_text(ui("common.statements", len(ITEMS)))


def test_where_answers_live_is_said_on_criterion_pages_and_the_overview(page):
    for path in [CRITERION_4, "overzicht/"]:
        page.goto(path)
        expect(page.locator(".gk-privacy")).to_be_visible()
        expect(page.locator(".gk-privacy")).to_contain_text(ui("notice.where")[:60])


@pytest.mark.parametrize("path", [CRITERION_4, "overzicht/"])
def test_no_horizontal_scroll_at_320_pixels(new_context, path):
    page = new_context(viewport={"width": 320, "height": 640}).new_page()
    page.goto(path)
    statement(page, "4b").locator("summary").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    sizes = page.locator(".gk-option, .gk-statement summary, .gk-statement .gk-link").evaluate_all(
        "els => els.filter(e => e.offsetParent).map(e => e.getBoundingClientRect()).map(box => [box.width, box.height])"
    )
    assert min(min(size) for size in sizes) >= 24  # touch targets


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_with_answers_given(new_context, axe, scheme):
    context = new_context(color_scheme=scheme)
    seed(context, {KEY: saved_document({"1a": entry("ja"), "4a": entry("deels"), "4b": entry("nee", "Met de sectie")})})
    page = context.new_page()
    page.goto(CRITERION_4)
    statement(page, "4b").locator("summary").click()
    statement(page, "4a").locator(".gk-option").first.hover()
    assert axe(page) == []
