"""Parts (core/parts.js): code that only some readers need comes when they need it, and works as if it had been
there all along; a part that cannot be fetched says so and is tried again."""

import re

from playwright.sync_api import expect

from tests.helpers import CHECKLIST, CRITERION_4, as_file, choose, export_file, fill, name_the_list, option, reach, ui


def fetched_scripts(page) -> list[str]:
    names = []
    page.on("request", lambda request: names.append(request.url.rsplit("/", 1)[-1]))
    return names


def add_button(page, item_id):
    return page.get_by_role("button", name=ui("plan.add") + ui("plan.add_for", id=item_id))


def test_the_plan_dialog_comes_with_the_first_click_and_a_failed_fetch_says_so(page):
    fetched = fetched_scripts(page)
    page.goto(CRITERION_4)
    expect(add_button(page, "4b")).to_be_enabled()
    page.wait_for_load_state("networkidle")
    assert "plan-editor.js" not in fetched
    page.route("**/plan-editor.js", lambda route: route.abort())  # offline at the click
    add_button(page, "4b").click()
    expect(page.get_by_role("status").filter(has_text=ui("common.part_failed"))).to_be_attached()
    expect(page.get_by_role("dialog", name=ui("plan.title"))).to_be_hidden()
    page.unroute("**/plan-editor.js")
    add_button(page, "4b").click()
    expect(page.get_by_role("dialog", name=ui("plan.title"))).to_be_visible()


def test_managing_lists_comes_with_its_first_click(page):
    fetched = fetched_scripts(page)
    page.goto(CRITERION_4)
    page.wait_for_load_state("networkidle")
    assert "list-manager.js" not in fetched
    page.locator(".gk-lists [data-open]").click()
    dialog = page.get_by_role("dialog", name=ui("lists.manage_title"))
    dialog.get_by_label(ui("lists.rename", name=ui("lists.default"))).fill("Klas 3b")
    dialog.get_by_role("button", name=ui("lists.rename_button")).click()
    expect(page.locator(".gk-lists [data-list-name]").first).to_have_text("Klas 3b")


def test_clearing_a_list_comes_with_its_first_click(page):
    fetched = fetched_scripts(page)
    page.goto("overzicht/")
    fill(page, {"1a": "ja"})
    page.wait_for_load_state("networkidle")
    assert "clear-all.js" not in fetched
    page.get_by_role("button", name=ui("overview.clear_all")).click()
    page.get_by_role("dialog", name=ui("overview.confirm_title")).get_by_role(
        "button", name=ui("overview.confirm")
    ).click()
    expect(page.get_by_role("status").filter(has_text=ui("overview.cleared"))).to_be_visible()
    expect(option(page, "1a", "ja")).not_to_be_checked()


def test_the_overviews_exchange_tools_come_when_the_reader_gets_near(page):
    fetched = fetched_scripts(page)
    page.goto("overzicht/")
    fill(page, {"1a": "ja"})
    page.wait_for_load_state("networkidle")
    assert "exchange.js" not in fetched, "far below the first screen"
    assert "shared-view.js" not in fetched, "no share link in the address"
    page.get_by_role("heading", name=ui("exchange.title")).scroll_into_view_if_needed()
    with page.expect_download() as download:
        reach(page.get_by_role("button", name=re.compile("^" + re.escape(ui("exchange.save_file"))))).click()
        name_the_list(page)
    assert download.value.suggested_filename.endswith(".json")
    assert fetched.count("exchange.js") == 1


def test_exchange_tools_that_cannot_be_fetched_say_so_once_and_come_when_the_reader_returns(page):
    fetched = fetched_scripts(page)
    page.route("**/exchange.js", lambda route: route.abort())  # offline when the reader gets there
    page.goto("overzicht/")
    heading = page.get_by_role("heading", name=ui("exchange.title"))
    heading.scroll_into_view_if_needed()
    expect(page.get_by_role("status").filter(has_text=ui("common.part_failed"))).to_be_attached()
    page.wait_for_timeout(1000)
    assert fetched.count("exchange.js") == 1, "no fetching in a loop while it stays on screen"
    page.unroute("**/exchange.js")
    page.evaluate("window.scrollTo(0, 0)")
    heading.scroll_into_view_if_needed()
    reach(page.get_by_role("button", name=re.compile("^" + re.escape(ui("exchange.save_file")))))
    assert fetched.count("exchange.js") == 2


def test_the_compare_view_comes_with_the_first_file_and_keeps_its_styles_after_instant_navigation(new_context):
    """The page opens with the lists to choose from only; the view and its stylesheet come with the first file,
    which is then read. Instant navigation drops <head> elements the next page lacks: back on the page, the
    stylesheet is there again."""
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    fetched = fetched_scripts(page)
    file = as_file("Mavo Noord.json", export_file("Mavo Noord", {"1a": "ja", "2a": "nee"}))
    title = CHECKLIST.page("compare").title
    page.goto("overzicht/")
    page.evaluate("window.__samePage = true")
    page.locator(".md-sidebar--primary").get_by_role("link", name=title, exact=True).click()
    expect(page.get_by_role("heading", level=1, name=title)).to_be_visible()
    expect(page.get_by_role("group", name=ui("compare.mine")).get_by_role("checkbox")).to_have_count(1)
    page.wait_for_load_state("networkidle")
    assert "compare-view.js" not in fetched and "compare-view.css" not in fetched
    page.route("**/compare-view.js", lambda route: route.abort())  # offline at the first file
    choose(page, ui("compare.files"), [file])
    expect(page.get_by_role("status").filter(has_text=ui("common.part_failed"))).to_be_attached()
    page.unroute("**/compare-view.js")
    choose(page, ui("compare.files"), [file])
    expect(page.locator(".gk-compare .gk-status")).to_contain_text(ui("compare.loaded", count=1))
    expect(page.locator(".gk-heat")).to_have_css("border-top-width", "1px")  # heatmap.css
    page.go_back()  # Material's instant navigation, back to the overview: the stylesheet goes
    expect(page.get_by_role("heading", level=1, name=CHECKLIST.page("overview").title)).to_be_visible()
    expect(page.locator("link[href$='compare-view.css']")).to_have_count(0)
    page.locator(".md-sidebar--primary").get_by_role("link", name=title, exact=True).click()
    choose(page, ui("compare.files"), [file])
    expect(page.locator(".gk-heat")).to_have_css("border-top-width", "1px")
    assert page.evaluate("window.__samePage") is True, "Material swapped the page, it did not load a new one"
