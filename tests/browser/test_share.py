"""Share links in Chromium (components/share.js, shared-view.js): made, opened read-only, kept as one's own, and
refused when tampered with. The link format itself is unit-tested (tests/unit/js/formats.test.js)."""

import pytest
from playwright.sync_api import expect

from tests.helpers import CHECKLIST, CRITERION_4, ITEMS, LABEL, answers, fill, name_the_list, reach, stored, ui


def open_share(page):
    """Deel mijn antwoorden; a list nobody named is asked its name first (skipped here; once per list and tab)."""
    reach(page.get_by_role("button", name=ui("exchange.share"))).click()
    prompt = page.get_by_role("dialog", name=ui("name_prompt.title"))
    expect(prompt.or_(page.get_by_role("dialog", name=ui("exchange.share")))).to_be_visible()
    if prompt.is_visible():
        name_the_list(page)


def share_link(page, name: str | None = None, notes: bool = False) -> str:
    open_share(page)
    dialog = page.get_by_role("dialog", name=ui("exchange.share"))
    if name:
        dialog.get_by_label(ui("exchange.share_name")).fill(name)
    if notes:
        dialog.get_by_label(ui("exchange.share_notes")).check()
    link = dialog.get_by_label(ui("exchange.share_link"), exact=True).input_value()
    dialog.get_by_role("button", name=ui("common.close")).click()
    return link


def shared_view(page):
    return page.locator("[data-module=gk-shared]")


def test_round_trip_is_read_only_and_set_apart(page, new_context, base_url):
    page.goto("overzicht/")
    values = [answer.value for answer in CHECKLIST.answers]
    given = {id: values[i % len(values)] for i, id in enumerate(ITEMS)}
    fill(page, given, {"4b": "Met de sectie"})
    link = share_link(page, "Mavo Noord")
    fragment = link.split("#", 1)[1]
    assert link.startswith(base_url + "overzicht/#")
    assert len(fragment) < 100 and "Met" not in fragment, "short, and without notes unless asked"

    them = new_context().new_page()  # someone else, with their own browser
    them.goto(link)
    view = them.get_by_role("region", name=f"{ui('exchange.shared_title')} Mavo Noord")
    expect(view).to_be_visible()
    expect(view.get_by_role("heading", level=2)).to_be_focused()
    expect(view).to_contain_text(ui("exchange.shared_text"))
    expect(view.locator("input:not([type=checkbox]), textarea, select")).to_have_count(0)
    cells = view.locator("tbody tr:not(.gk-table__criterion) td")
    assert cells.all_inner_texts() == [LABEL[given[id]] for id in ITEMS]
    assert answers(them) == {}, "nothing of theirs is saved by opening the link"

    view.get_by_role("button", name=ui("exchange.take")).click()
    expect(view.locator(".gk-status")).to_have_text(ui("exchange.created", name="Mavo Noord", **{"from": "Mavo Noord"}))
    assert them.evaluate("GK.store.list().name") == "Mavo Noord"
    assert {id: e["answer"] for id, e in answers(them).items()} == given
    view.get_by_role("button", name=ui("common.undo")).click()
    assert them.evaluate("GK.store.lists().map(l => l.name)") == [ui("lists.default")]


def test_notes_travel_only_when_asked(page, context):
    page.goto("overzicht/")
    fill(page, {"1a": "ja"}, {"1a": 'Eén notitie; met "tekens" & meer', "2a": "alleen een notitie"})
    view = context.new_page()
    view.goto(share_link(page, notes=True))
    shared_view(view).get_by_role("button", name=ui("exchange.take")).click()
    got = answers(view)
    assert (got["1a"]["answer"], got["1a"]["note"]) == ("ja", 'Eén notitie; met "tekens" & meer')
    assert got["2a"]["note"] == "alleen een notitie" and "answer" not in got["2a"]


def test_a_link_too_long_for_a_browser_is_not_offered(page):
    page.goto("overzicht/")
    fill(page, {"1a": "ja"}, {"1a": "x" * 400_000})
    open_share(page)
    dialog = page.get_by_role("dialog", name=ui("exchange.share"))
    expect(dialog.get_by_label(ui("exchange.share_link"), exact=True)).not_to_have_value("")
    dialog.get_by_label(ui("exchange.share_notes")).check()
    expect(dialog.get_by_label(ui("exchange.share_link"), exact=True)).to_have_value("")
    expect(dialog.get_by_role("button", name=ui("common.copy_link"))).to_be_disabled()
    expect(dialog.get_by_role("status")).to_have_text(ui("exchange.too_long"))


def test_copying_the_link(page, context):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto("overzicht/")
    fill(page, {"1a": "ja"})
    share = reach(page.get_by_role("button", name=ui("exchange.share")))
    share.focus()
    page.keyboard.press("Enter")
    name_the_list(page)
    dialog = page.get_by_role("dialog", name=ui("exchange.share"))
    expect(dialog.get_by_label(ui("exchange.share_name"))).to_be_focused()
    dialog.get_by_role("button", name=ui("common.copy_link")).click()
    expect(dialog.get_by_role("status")).to_have_text(ui("exchange.share_copied"))
    assert (
        page.evaluate("navigator.clipboard.readText()")
        == dialog.get_by_label(ui("exchange.share_link"), exact=True).input_value()
    )
    page.keyboard.press("Escape")
    expect(share).to_be_focused()  # focus goes back to where it was


def test_without_clipboard_the_link_is_selected_to_copy_by_hand(context):
    context.add_init_script("Object.defineProperty(navigator, 'clipboard', {get: () => undefined})")
    page = context.new_page()
    page.goto("overzicht/")
    open_share(page)
    dialog = page.get_by_role("dialog", name=ui("exchange.share"))
    dialog.get_by_role("button", name=ui("common.copy_link")).click()
    expect(dialog.get_by_role("status")).to_have_text(ui("common.copy_failed"))
    link = dialog.get_by_label(ui("exchange.share_link"), exact=True)
    assert link.evaluate(
        "el => el === document.activeElement && el.selectionEnd - el.selectionStart === el.value.length"
    )


def test_a_link_for_25_answers_fits_a_chat_message(page):
    page.goto("overzicht/")
    fill(page, {id: "ja" for id in ITEMS})
    fragment = share_link(page).split("#", 1)[1]
    assert len(fragment) <= 80, fragment


@pytest.mark.parametrize(
    "change",
    [
        lambda link: link.replace("&a=j", "&a=n", 1),
        lambda link: link[:-3],
    ],
    ids=["answer edited", "cut off"],
)
def test_a_tampered_link_changes_nothing_and_says_so(page, context, change):
    page.goto("overzicht/")
    fill(page, {id: "ja" for id in ITEMS})
    link = change(share_link(page, "School"))
    them = context.new_page()
    them.goto("overzicht/")
    before = stored(them)
    them.goto(link)
    them.reload()  # a hash-only navigation does not load the page again
    expect(shared_view(them).locator(".gk-status")).to_have_text(ui("problems.link") + ui("common.no_change"))
    expect(shared_view(them).locator("[data-shown]")).to_be_hidden()
    assert stored(them) == before


def test_a_link_from_a_newer_version_says_so(page):
    page.goto("overzicht/#gk=2&a=jjj&s=abc")
    expect(shared_view(page).locator(".gk-status")).to_have_text(ui("problems.newer") + ui("common.no_change"))


def test_a_link_opened_on_another_page_goes_to_the_overview(page):
    page.goto("overzicht/")
    fill(page, {"1a": "ja"})
    fragment = share_link(page, "Collega").split("#", 1)[1]
    page.goto(f"{CRITERION_4}#{fragment}")
    page.wait_for_url("**/overzicht/**")
    expect(page.get_by_role("region", name=f"{ui('exchange.shared_title')} Collega")).to_be_visible()


def test_statement_links_never_carry_answers(page):
    page.goto("overzicht/")
    fill(page, {"1a": "ja"})
    page.goto(share_link(page))
    hrefs = page.locator("[data-copy-link]").evaluate_all("links => links.map(a => a.href)")
    assert hrefs and not [href for href in hrefs if "gk=" in href]


def test_closing_the_shared_view_removes_the_link_from_the_address(page):
    page.goto("overzicht/")
    fill(page, {"1a": "ja"})
    page.goto(share_link(page, "Collega"))
    shared_view(page).get_by_role("button", name=ui("common.close"), exact=True).click()
    expect(shared_view(page)).to_be_hidden()
    assert "#" not in page.url
    expect(page.locator("#bewaren-en-delen")).to_be_focused()
