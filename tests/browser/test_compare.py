"""/vergelijken/ in Chromium (components/compare-page.js): files, links and lists side by side."""

import re

from playwright.sync_api import expect

from tests.browser.test_share import share_link
from tests.helpers import LABEL, as_file, choose, export_file, fill, ui

THREE = [
    ("Mavo Noord", {"1a": "ja", "1b": "ja", "2a": "nee", "3a": "deels"}),
    ("Mavo Zuid", {"1a": "ja", "1b": "nee", "2a": "ja"}),
    ("Vmbo West", {"1a": "deels", "1b": "nee", "2a": "onbekend", "3a": "deels"}),
]


def compare_page(page):
    return page.locator("[data-module=gk-compare]")


def load_three(page):
    page.goto("vergelijken/")
    choose(page, ui("compare.files"), [as_file(f"{name}.json", export_file(name, given)) for name, given in THREE])
    expect(compare_page(page).locator(".gk-status")).to_have_text(ui("compare.loaded", count=3))


def test_three_files_side_by_side(page):
    load_three(page)
    out = compare_page(page).locator("[data-out]")
    assert out.locator("thead th").all_inner_texts() == [ui("compare.item"), "Mavo Noord", "Mavo Zuid", "Vmbo West"]
    row = out.locator("tr", has=page.locator("th strong", has_text="2a"))
    assert row.locator("td").all_inner_texts() == [LABEL["nee"], LABEL["ja"], LABEL["onbekend"]]
    most = out.locator("ol li").all_inner_texts()
    assert [text.split(" ")[0] for text in most] == ["2a", "1a", "1b"], "most disagreement first"


def test_links_and_my_lists_join_in(page, context):
    maker = context.new_page()
    maker.goto("overzicht/")
    fill(maker, {"1a": "nee"})
    link = share_link(maker, "Havo Oost")
    maker.evaluate("GK.store.createList('Mijn school', {answers: {'1a': {answer: 'ja', changed: '2026-01-01T00:00:00Z'}}})")
    maker.evaluate("GK.store.settled()")
    maker.close()

    load_three(page)
    tools = compare_page(page)
    tools.get_by_label(ui("compare.link")).fill(link)
    tools.get_by_role("button", name=ui("compare.add_link")).click()
    expect(tools.locator(".gk-status")).to_have_text(ui("compare.added", name="Havo Oost"))
    tools.get_by_label(ui("compare.link")).fill(link.replace("&a=n", "&a=j"))
    tools.get_by_role("button", name=ui("compare.add_link")).click()
    expect(tools.locator(".gk-status")).to_have_text(ui("problems.link") + ui("common.no_change"))

    tools.get_by_role("group", name=ui("compare.mine")).get_by_label("Mijn school").check()
    out = tools.locator("[data-out]")
    expect(out.locator("thead th")).to_have_text([
        ui("compare.item"), ui("compare.here", name="Mijn school"), "Mavo Noord", "Mavo Zuid", "Vmbo West", "Havo Oost"])
    tools.get_by_role("button", name=re.compile(rf"^{ui('compare.remove')}\W+Mavo Zuid$")).click()
    expect(out.locator("thead")).not_to_contain_text("Mavo Zuid")


def test_a_share_link_to_the_compare_page_opens_there(page):
    page.goto("overzicht/")
    fill(page, {"1a": "deels"})
    fragment = share_link(page, "Havo Oost").split("#", 1)[1]
    page.goto("vergelijken/#" + fragment)
    out = compare_page(page).locator("[data-out]")
    expect(out.locator("thead th")).to_have_text([ui("compare.item"), "Havo Oost"])
    expect(out.locator("tbody tr:not(.gk-table__criterion) td").first).to_have_text(LABEL["deels"])


def test_each_bad_file_is_named_and_the_good_ones_load(page):
    page.goto("vergelijken/")
    choose(page, ui("compare.files"), [as_file("goed.json", export_file("Goed", {"1a": "ja"})), as_file("kapot.json", b"{kapot")])
    expect(compare_page(page).locator(".gk-status")).to_have_text(
        f"{ui('compare.loaded', count=1)} kapot.json: {ui('problems.json')}{ui('common.no_change')}")
    expect(compare_page(page).locator("[data-out] thead th")).to_have_text([ui("compare.item"), "Goed"])


def test_prints_the_comparison_without_controls(page):
    load_three(page)
    page.emulate_media(media="print")
    expect(compare_page(page).locator("[data-out] table")).to_be_visible()
    expect(page.get_by_role("button", name=ui("compare.add_link"))).to_be_hidden()
    expect(page.get_by_label(ui("compare.files"))).to_be_hidden()
