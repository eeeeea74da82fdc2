"""The self-check in Chromium (overrides/assets/js/selfcheck.js): answering, notes, progress, the overview,
copy links, print, and what the user sees when saved data or storage fails."""

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from macros import CONTENT
from macros.content import load

CHECKLIST = load(Path(__file__).resolve().parent.parent / CONTENT)
KEY = "gelijke-kansen@/"  # store.js's key for a site served at the root
PAGE_OF = {
    item.id: f"{theme.slug}/{criterion.slug}/"
    for theme in CHECKLIST.themes
    for criterion in theme.criteria
    for item in criterion.items
}
CRITERION_4 = PAGE_OF["4b"]  # 4a and 4b are class items, 4c and 4d school/region items


def item(page, id):
    return page.locator(f"[data-item='{id}']")


def option(page, id, label):
    return item(page, id).get_by_role("radio", name=label, exact=True)


def answer(page, id, label):
    option(page, id, label).check()


def status_message(page):
    """The one polite live region that speaks every status message."""
    return page.locator(".sc-visually-hidden[role=status]")


def seed(context, raw: str):
    """Put a raw saved document in localStorage before the first page script runs (once per context)."""
    context.add_init_script(
        f"""if (!sessionStorage.getItem("seeded")) {{
              sessionStorage.setItem("seeded", "1");
              localStorage.setItem({json.dumps(KEY)}, {json.dumps(raw)});
            }}"""
    )


def document(answers: dict, schema: int = 1) -> str:
    profile = {"id": "p1", "name": "Mijn checklist", "answers": answers, "measurements": []}
    return json.dumps({"format": "gelijke-kansen/zelfcheck", "schema": schema, "active": "p1", "profiles": [profile]})


def entry(answer=None, note=None) -> dict:
    value = {"changed": "2026-11-01T10:00:00.000Z"}
    if answer:
        value["answer"] = answer
    if note:
        value["note"] = note
    return value


def saved(page) -> dict:
    return page.evaluate("GK.store.all()")


# Answering


def test_answer_by_mouse_is_saved_and_kept_after_reload(page):
    page.goto(CRITERION_4)
    item(page, "4b").get_by_text("Ja", exact=True).click()
    expect(option(page, "4b", "Ja")).to_be_checked()
    assert saved(page)["4b"]["answer"] == "ja"
    page.reload()
    expect(option(page, "4b", "Ja")).to_be_checked()
    expect(option(page, "4a", "Ja")).not_to_be_checked()


def test_answer_by_keyboard_arrows_move_within_the_item(page):
    page.goto(CRITERION_4)
    option(page, "4a", "Nog niet").focus()
    page.keyboard.press("Space")
    expect(option(page, "4a", "Nog niet")).to_be_checked()
    page.keyboard.press("ArrowRight")
    expect(option(page, "4a", "Deels")).to_be_checked()
    expect(option(page, "4a", "Deels")).to_be_focused()
    assert saved(page)["4a"]["answer"] == "deels"
    page.keyboard.press("Tab")  # leaves the group: the next stop is the note of the same item
    expect(item(page, "4a").locator("summary")).to_be_focused()


def test_options_are_named_by_their_item_for_screen_readers(page):
    page.goto(CRITERION_4)
    group = page.get_by_role("group", name=re.compile(r"^4b Ik gebruik verschillende manieren"))
    expect(group.get_by_role("radio")).to_have_count(4)


def test_clear_answer_removes_it_and_keeps_focus_in_the_item(page):
    page.goto(CRITERION_4)
    clear = page.get_by_role("button", name="Wis antwoord bij 4a")
    expect(clear).to_be_hidden()  # nothing to clear yet
    answer(page, "4a", "Deels")
    clear.click()
    expect(item(page, "4a").locator("input:checked")).to_have_count(0)
    expect(option(page, "4a", "Nog niet")).to_be_focused()
    expect(clear).to_be_hidden()
    expect(status_message(page)).to_have_text("Antwoord bij 4a gewist.")
    assert "4a" not in saved(page)


@pytest.mark.parametrize("path", [CRITERION_4, "overzicht/"])
def test_saved_answers_show_without_layout_shift(context, page, path):
    seed(context, document({"4a": entry("ja"), "4b": entry("deels", "Met de sectie"), "99z": entry("ja")}))
    # Every element of the self-check that moved, as "tag.class" (Material's chrome and exchange.js's tools have
    # their own tests). Only what is in view can shift: a tall window has every item in view.
    page.set_viewport_size({"width": 1280, "height": 4000})
    page.add_init_script(
        """window.__shifts = [];
           new PerformanceObserver(list => list.getEntries().forEach(entry => entry.sources.forEach(source => {
             const element = source.node && (source.node.closest ? source.node : source.node.parentElement);
             if (element && element.closest(".sc-items, [data-module^='sc-']"))
               window.__shifts.push(element.tagName + "." + element.className);
           }))).observe({type: "layout-shift", buffered: true});"""
    )
    page.goto(path)
    expect(option(page, "4a", "Ja")).to_be_checked()
    expect(item(page, "4b").get_by_text("(ingevuld)")).to_be_visible()
    page.wait_for_timeout(300)
    shifts = page.evaluate("window.__shifts")
    assert shifts == [], shifts


def test_options_show_even_when_the_script_fails_to_load(page):
    page.route("**/selfcheck.js", lambda route: route.abort())
    page.goto(CRITERION_4)
    expect(option(page, "4a", "Ja")).to_be_hidden()  # hidden while waiting for the saved answer …
    expect(option(page, "4a", "Ja")).to_be_visible(timeout=5000)  # … but not for ever


# Keeping answers across pages, navigation and tabs


def test_answers_survive_instant_navigation_and_back(page):
    page.goto("")
    page.evaluate("window.__samePage = true")  # survives only if Material swaps the page instead of loading it
    page.get_by_role("link", name="Onderwijs en didactiek", exact=True).first.click()
    page.get_by_role("link", name="4. Zelfvertrouwen om een taak uit te voeren").last.click()
    page.wait_for_url(f"**/{CRITERION_4}")
    answer(page, "4b", "Deels")
    expect(page.locator("[data-module=sc-progress]").first).to_have_text("1 van 4 beantwoord: 1 deels")
    page.locator(".md-sidebar--primary").get_by_role("link", name="Mijn overzicht").click()
    page.wait_for_url("**/overzicht/")
    expect(option(page, "4b", "Deels")).to_be_checked()
    answer(page, "4a", "Ja")
    page.go_back()
    page.wait_for_url(f"**/{CRITERION_4}")
    expect(option(page, "4a", "Ja")).to_be_checked()
    expect(option(page, "4b", "Deels")).to_be_checked()
    assert page.evaluate("window.__samePage") is True


def test_a_second_tab_sees_the_change(context, page):
    page.goto(CRITERION_4)
    other = context.new_page()
    errors = []
    other.on("pageerror", lambda error: errors.append(error))
    other.goto("overzicht/")
    answer(page, "4c", "Nog niet")
    expect(option(other, "4c", "Nog niet")).to_be_checked()
    expect(other.locator("[data-count=nee]")).to_have_text("1")
    answer(page, "4c", "Ja")
    expect(option(other, "4c", "Ja")).to_be_checked()
    assert errors == []


def test_note_is_saved_as_typed_and_shown_as_filled_when_folded(page):
    page.goto(CRITERION_4)
    note = item(page, "4b").locator("details")
    expect(note).not_to_have_attribute("open", "")
    note.locator("summary").click()
    page.get_by_label("Notitie bij 4b").fill("Met de sectie\nvolgende week bespreken")
    expect(item(page, "4b").get_by_text("(ingevuld)")).to_be_visible()
    page.wait_for_function("GK.store.get('4b') && GK.store.get('4b').note.includes('bespreken')")
    page.reload()
    expect(note).not_to_have_attribute("open", "")
    expect(item(page, "4b").get_by_text("(ingevuld)")).to_be_visible()
    expect(page.get_by_label("Notitie bij 4b")).to_have_value("Met de sectie\nvolgende week bespreken")


def test_note_typed_just_before_leaving_is_not_lost(page):
    page.goto(CRITERION_4)
    item(page, "4a").locator("summary").click()
    page.get_by_label("Notitie bij 4a").press_sequentially("Snel")
    page.locator(".md-sidebar--primary").get_by_role("link", name="Mijn overzicht").click()
    page.wait_for_url("**/overzicht/")
    expect(page.get_by_label("Notitie bij 4a")).to_have_value("Snel")  # open on the overview: it has text


# Progress


def test_progress_on_criterion_theme_and_home_pages(page):
    page.goto(CRITERION_4)
    progress = page.locator("[data-module=sc-progress]").first
    expect(progress).to_have_text("0 van 4 beantwoord")
    answer(page, "4a", "Ja")
    answer(page, "4b", "Ja")
    answer(page, "4c", "Deels")
    expect(progress).to_have_text("3 van 4 beantwoord: 2 ja, 1 deels")
    page.goto("onderwijs-en-didactiek/")
    card = page.locator(".sc-card", has_text="4. Zelfvertrouwen")
    expect(card.locator(".sc-progress")).to_have_text("3 van 4 beantwoord: 2 ja, 1 deels")
    expect(page.locator(".sc-card", has_text="3. Zich thuisvoelen").locator(".sc-progress")).to_have_text(
        "0 van 3 beantwoord"
    )
    page.goto("")
    expect(page.locator("article > .sc-progress")).to_have_text(f"3 van {len(CHECKLIST.items)} beantwoord: 2 ja, 1 deels")


# The overview


def test_overview_shows_totals_and_opens_filled_notes(context, page):
    seed(context, document({"1a": entry("ja"), "4b": entry("deels", "Met de sectie"), "9a": entry("onbekend")}))
    page.goto("overzicht/")
    totals = {value: page.locator(f"[data-count='{value}']") for value in ("ja", "deels", "nee", "onbekend", "")}
    expect(totals["ja"]).to_have_text("1")
    expect(totals["deels"]).to_have_text("1")
    expect(totals["nee"]).to_have_text("0")
    expect(totals["onbekend"]).to_have_text("1")
    expect(totals[""]).to_have_text(str(len(CHECKLIST.items) - 3))
    expect(page.get_by_label("Notitie bij 4b")).to_have_value("Met de sectie")
    expect(page.get_by_label("Notitie bij 4b")).to_be_visible()
    expect(item(page, "4b").get_by_role("link", name="Ga naar 4b bij het criterium")).to_have_attribute(
        "href", re.compile(rf"{CRITERION_4}#4b$")
    )


def test_overview_filters_by_to_do_and_by_scope(context, page):
    seed(context, document({"1a": entry("ja"), "4a": entry("ja"), "4b": entry("nee")}))
    page.goto("overzicht/")
    all_items = page.locator(".sc-item")
    expect(all_items.locator("visible=true")).to_have_count(len(CHECKLIST.items))

    page.get_by_label("Alleen wat nog te doen is").check()
    expect(item(page, "1a")).to_be_hidden()
    expect(item(page, "4a")).to_be_hidden()
    expect(item(page, "4b")).to_be_visible()
    expect(all_items.locator("visible=true")).to_have_count(len(CHECKLIST.items) - 2)
    expect(status_message(page)).to_have_text(f"{len(CHECKLIST.items) - 2} uitspraken te zien.")

    page.get_by_label("De klas").check()
    class_items = [i.id for i in CHECKLIST.items if i.scope == "klas"]
    visible = all_items.locator("visible=true")
    expect(visible).to_have_count(len(class_items) - 1)  # 4a is done
    assert "4a" not in visible.evaluate_all("els => els.map(e => e.id)")
    # Criteria and themes without class items lose their headings too.
    expect(page.get_by_role("heading", name="9. Genderbewustzijn bij het meten van data")).to_be_hidden()
    expect(page.get_by_role("heading", name="Organisatie en beleid")).to_be_hidden()

    page.get_by_label("Alleen wat nog te doen is").uncheck()
    page.get_by_label("De regio").check()
    regio = [i.id for i in CHECKLIST.items if i.scope in ("regio", "school-regio")]
    expect(all_items.locator("visible=true")).to_have_count(len(regio))

    # Answering under a filter keeps the item in view until the filter changes.
    page.get_by_label("Alleen wat nog te doen is").check()
    answer(page, regio[1], "Ja")
    expect(item(page, regio[1])).to_be_visible()


def test_overview_lists_answers_for_items_no_longer_in_the_checklist(context, page):
    seed(context, document({"1a": entry("ja"), "99z": entry("deels", "Oude notitie")}))
    page.goto("overzicht/")
    section = page.locator(".sc-orphans")
    expect(section.get_by_role("heading")).to_have_text("Antwoorden bij uitspraken die niet meer in de checklist staan")
    expect(section.get_by_role("listitem")).to_have_text(["99z: Deels. Notitie: Oude notitie"])
    expect(page.locator("[data-count='']")).to_have_text(str(len(CHECKLIST.items) - 1))  # 99z is not counted
    page.goto(CRITERION_4)
    assert saved(page)["99z"]["note"] == "Oude notitie"  # kept, not dropped
    page.goto("overzicht/")
    expect(page.locator(".sc-orphans")).to_be_visible()


def test_overview_without_old_answers_has_no_old_answers_section(page):
    page.goto("overzicht/")
    expect(page.locator(".sc-orphans")).to_be_hidden()


def test_a_change_after_clear_all_takes_the_undo_away(context, page):
    """Undo must never throw away what was answered after the clear."""
    seed(context, document({"1a": entry("ja")}))
    page.goto("overzicht/")
    page.get_by_role("button", name="Alles wissen").click()
    page.get_by_role("dialog", name="Alles wissen?").get_by_role("button", name="Ja, alles wissen").click()
    undo = page.get_by_role("button", name="Ongedaan maken")
    expect(undo).to_be_visible()
    option(page, "2a", "Deels").check()
    expect(undo).to_be_hidden()
    assert {id: e["answer"] for id, e in saved(page).items()} == {"2a": "deels"}


def test_clear_all_asks_first_then_offers_undo(context, page):
    seed(context, document({"1a": entry("ja"), "4b": entry("deels", "Met de sectie"), "99z": entry("nee")}))
    page.goto("overzicht/")
    clear_all = page.get_by_role("button", name="Alles wissen")
    dialog = page.get_by_role("dialog", name="Alles wissen?")

    clear_all.click()
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("button", name="Annuleren")).to_be_focused()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(clear_all).to_be_focused()
    assert set(saved(page)) == {"1a", "4b", "99z"}

    page.get_by_label("Alleen wat nog te doen is").check()
    expect(item(page, "1a")).to_be_hidden()
    clear_all.click()
    dialog.get_by_role("button", name="Ja, alles wissen").click()
    expect(dialog).to_be_hidden()
    assert saved(page) == {}
    expect(item(page, "1a")).to_be_visible()  # to do again, so the filter shows it
    expect(option(page, "1a", "Ja")).not_to_be_checked()
    expect(page.locator("[data-count='']")).to_have_text(str(len(CHECKLIST.items)))
    undo = page.get_by_role("button", name="Ongedaan maken")
    expect(undo).to_be_focused()
    expect(status_message(page)).to_contain_text("Alle antwoorden en notities zijn gewist.")

    undo.click()
    assert set(saved(page)) == {"1a", "4b", "99z"}
    expect(option(page, "1a", "Ja")).to_be_hidden()
    expect(page.get_by_label("Notitie bij 4b")).to_have_value("Met de sectie")
    expect(undo).to_be_hidden()
    expect(clear_all).to_be_focused()
    expect(status_message(page)).to_have_text("Je antwoorden en notities zijn teruggezet.")
    page.reload()
    expect(option(page, "1a", "Ja")).to_be_checked()


def test_overview_prints_answers_as_boxes_and_notes_in_full(context, page):
    note = "Wat we al doen:\n- gastles\n- excursie\n" + "En nog veel meer tekst die niet in een klein vak past. " * 8
    seed(context, document({"4b": entry("deels", note)}))
    page.goto("overzicht/")
    page.emulate_media(media="print")
    printed = item(page, "4b").locator(".sc-print-note")
    expect(printed).to_be_visible()
    assert printed.inner_text() == note.strip()
    expect(item(page, "4b").locator("textarea")).to_be_hidden()
    expect(item(page, "4b").locator("a")).to_have_count(2)
    for link in item(page, "4b").locator("a").all():
        expect(link).to_be_hidden()
    expect(page.locator(".sc-filters")).to_be_hidden()
    expect(page.locator(".sc-summary")).to_be_visible()
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    chosen = option(page, "4b", "Deels")
    assert chosen.evaluate("e => getComputedStyle(e).appearance") == "none"  # a drawn box, filled when chosen
    assert chosen.evaluate("e => parseFloat(getComputedStyle(e).borderTopWidth)") > 4
    assert option(page, "4b", "Ja").evaluate("e => parseFloat(getComputedStyle(e).borderTopWidth)") <= 1
    themes = page.locator(".sc-theme")
    assert themes.nth(1).evaluate("e => getComputedStyle(e).breakBefore") == "page"
    assert themes.nth(0).evaluate("e => getComputedStyle(e).breakBefore") != "page"


# Copy link


def test_copy_link_copies_the_absolute_address(context, page, base_url):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(CRITERION_4)
    link = page.get_by_role("link", name="Kopieer link naar 4b")
    link.click()
    assert page.evaluate("navigator.clipboard.readText()") == f"{base_url}{CRITERION_4}#4b"
    expect(status_message(page)).to_have_text("Link gekopieerd.")
    expect(link).to_have_class(re.compile("sc-copied"))
    assert page.url == f"{base_url}{CRITERION_4}"  # copying does not follow the link
    page.get_by_role("link", name="Kopieer link naar deze pagina").click()
    assert page.evaluate("navigator.clipboard.readText()") == f"{base_url}{CRITERION_4}"


def test_copy_link_refused_shows_the_link_to_copy_by_hand(page, base_url):
    page.add_init_script(
        "navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'))"
    )
    page.goto("overzicht/")
    page.get_by_role("link", name="Kopieer link naar 9a").click()
    box = page.get_by_role("textbox", name="Kopieer deze link zelf")
    expect(box).to_have_value(f"{base_url}{PAGE_OF['9a']}#9a")
    expect(box).to_be_focused()
    assert box.evaluate("e => [e.selectionStart, e.selectionEnd, e.readOnly]") == [0, len(box.input_value()), True]
    expect(status_message(page)).to_contain_text("Kopiëren lukte niet.")


def test_opening_an_item_link_scrolls_to_it_and_marks_it(page):
    page.goto(f"{CRITERION_4}#4c")
    target = item(page, "4c")
    expect(target).to_be_in_viewport()
    assert target.evaluate("e => e.matches(':target') && e.classList.contains('sc-target')")
    header = page.locator(".md-header").bounding_box()
    expect(target).to_have_css("border-left-color", re.compile(r"rgb\(91, 59, 140\)"))
    assert target.bounding_box()["y"] >= header["height"]  # not under the sticky header


def test_overview_links_to_the_item_on_its_criterion_page(page):
    page.goto("overzicht/")
    page.evaluate("window.__samePage = true")
    page.get_by_role("link", name="Ga naar 4c bij het criterium").click()
    page.wait_for_url(f"**/{CRITERION_4}#4c")
    target = item(page, "4c")
    expect(target).to_have_class(re.compile("sc-target"))  # instant navigation does not set :target
    expect(target).to_be_in_viewport()
    assert page.evaluate("window.__samePage") is True


# When saved data or storage fails


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("{not json", id="bad-json"),
        pytest.param('{"answers": {"4b": "ja"}}', id="wrong-shape"),
        pytest.param(document({"4b": {"answer": "misschien", "changed": "x"}}), id="bad-answer"),
    ],
)
def test_corrupt_saved_data_is_backed_up_and_explained(context, page, raw):
    seed(context, raw)
    page.goto(CRITERION_4)
    notice = page.locator("#sc-notice")
    expect(notice).to_contain_text("We konden je opgeslagen antwoorden niet lezen. We hebben een reservekopie gemaakt")
    backup_key = page.evaluate("GK.store.status().backupKey")
    expect(notice).to_contain_text(backup_key)
    assert page.evaluate("k => localStorage.getItem(k)", backup_key) == raw
    answer(page, "4b", "Ja")  # and the page goes on with a clean state
    assert json.loads(page.evaluate("k => localStorage.getItem(k)", KEY))["profiles"][0]["answers"]["4b"]["answer"] == "ja"


def test_answers_for_unknown_ids_are_not_a_problem(context, page):
    seed(context, document({"99z": entry("ja"), "4b": entry("nee")}))
    page.goto(CRITERION_4)
    expect(option(page, "4b", "Nog niet")).to_be_checked()
    expect(page.locator("#sc-notice")).to_have_count(0)


def test_data_from_a_newer_version_is_shown_read_only(context, page):
    seed(context, document({"4b": entry("ja")}, schema=99))
    page.goto(CRITERION_4)
    expect(page.locator("#sc-notice")).to_contain_text("nieuwere versie")
    expect(option(page, "4b", "Ja")).to_be_checked()
    expect(option(page, "4b", "Deels")).to_be_disabled()
    expect(page.get_by_label("Notitie bij 4b")).not_to_be_editable()


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
    expect(page.locator("#sc-notice")).to_contain_text("Je antwoorden worden nu niet bewaard")
    answer(page, "4a", "Ja")
    expect(page.locator("[data-module=sc-progress]").first).to_have_text("1 van 4 beantwoord: 1 ja")
    page.locator(".md-sidebar--primary").get_by_role("link", name="Mijn overzicht").click()
    page.wait_for_url("**/overzicht/")
    expect(option(page, "4a", "Ja")).to_be_checked()  # kept in memory for this visit
    expect(page.locator("#sc-notice")).to_be_visible()


def test_without_store_script_the_page_still_works_and_says_answers_are_not_kept(page):
    page.route("**/store.js", lambda route: route.abort())
    page.goto(CRITERION_4)
    expect(page.locator("#sc-notice")).to_contain_text("Je antwoorden worden nu niet bewaard")
    answer(page, "4a", "Ja")
    expect(option(page, "4a", "Ja")).to_be_visible()


# Without JavaScript


def test_without_javascript_every_item_shows_with_the_notice(browser, base_url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    for path in [CRITERION_4, "overzicht/"]:
        page.goto(path)
        # (Playwright's text search skips <noscript>, so the notice is found by its class.)
        expect(page.locator(".sc-nojs")).to_contain_text("JavaScript staat uit")
        expect(page.locator(".sc-nojs")).to_be_visible()
        expect(page.get_by_role("button", name=re.compile("Wis antwoord|Alles wissen"))).to_have_count(0)
        expect(page.locator(".sc-filters")).to_be_hidden()
        expect(page.get_by_text("Je antwoorden en notities staan alleen in deze browser")).to_be_hidden()
    items = page.locator(".sc-item")
    expect(items).to_have_count(len(CHECKLIST.items))
    for element in items.all():
        expect(element.get_by_role("radio").first).to_be_visible()
    page.goto("")
    expect(page.locator("article > .sc-progress")).to_have_text(f"{len(CHECKLIST.items)} uitspraken")
    context.close()


def test_where_answers_live_is_said_on_criterion_pages_and_the_overview(page):
    for path in [CRITERION_4, "overzicht/"]:
        page.goto(path)
        expect(page.get_by_text("Je antwoorden en notities staan alleen in deze browser, op dit apparaat.")).to_be_visible()


# Every page, every screen


def test_no_uncaught_error_on_any_page(page, site):
    for path in sorted(site.rglob("*.html")):
        page.goto(path.relative_to(site).as_posix().removesuffix("index.html"))
    # The page fixture fails the test on any uncaught error.


@pytest.mark.parametrize("path", [CRITERION_4, "overzicht/"])
def test_no_horizontal_scroll_at_320_pixels(browser, base_url, path):
    context = browser.new_context(base_url=base_url, viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(path)
    item(page, "4b").locator("summary").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    sizes = page.locator(".sc-option, .sc-item summary, .sc-item .sc-link").evaluate_all(
        "els => els.filter(e => e.offsetParent).map(e => [e.getBoundingClientRect().width, e.getBoundingClientRect().height])"
    )
    assert min(min(size) for size in sizes) >= 24  # touch targets
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_with_answers_given(browser, base_url, axe, scheme):
    context = browser.new_context(base_url=base_url, color_scheme=scheme)
    seed(context, document({"1a": entry("ja"), "4a": entry("deels"), "4b": entry("nee", "Met de sectie"), "99z": entry("ja")}))
    page = context.new_page()
    page.goto(CRITERION_4)
    item(page, "4b").locator("summary").click()
    page.locator(f"[data-item='4a'] .sc-option").first.hover()
    assert axe(page) == []
    page.goto("overzicht/")
    page.get_by_label("Alleen wat nog te doen is").check()
    assert axe(page) == []
    page.get_by_role("button", name="Alles wissen").click()
    assert axe(page) == []
    context.close()
