"""The switch between light and dark in the header (components/palette.js, in place of Material's palette
component): the first visit follows the system, a click or Enter switches, and the choice stays on every page."""

import pytest
from mkdocs.config import load_config
from playwright.sync_api import expect

from tests.helpers import ROOT, follow_menu_to_criterion_4

# Light first, then dark (mkdocs.yml). "switch": the switch shown in that scheme, named after where it goes.
LIGHT, DARK = (
    {"scheme": option["scheme"], "switch": option["toggle"]["name"]}
    for option in load_config(str(ROOT / "mkdocs.yml"))["theme"]["palette"]
)


def shows(page, scheme: dict, other: dict) -> None:
    """The page is in scheme, all of it (the page around <body> too: its scroll bar), with the switch to the other."""
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", scheme["scheme"])
    body = page.evaluate("getComputedStyle(document.body).colorScheme")
    expect(page.locator("html")).to_have_css("color-scheme", body)
    expect(page.get_by_title(scheme["switch"])).to_be_visible()
    expect(page.get_by_title(other["switch"])).to_be_hidden()


@pytest.mark.parametrize(("system", "scheme", "other"), [("light", LIGHT, DARK), ("dark", DARK, LIGHT)])
def test_the_first_visit_follows_the_system(new_context, system, scheme, other):
    page = new_context(color_scheme=system).new_page()
    page.goto("")
    shows(page, scheme, other)
    # The browser's own bar takes the header's colour.
    header = page.evaluate("getComputedStyle(document.querySelector('header')).backgroundColor")
    expect(page.locator("meta[name=theme-color]")).to_have_attribute("content", header)


def test_a_click_switches_and_the_choice_stays_across_pages_and_visits(page):
    page.goto("")
    shows(page, LIGHT, DARK)
    page.get_by_title(LIGHT["switch"]).click()
    shows(page, DARK, LIGHT)
    follow_menu_to_criterion_4(page)  # instant navigation: the header stays, and so does its switch
    shows(page, DARK, LIGHT)
    page.get_by_title(DARK["switch"]).click()
    shows(page, LIGHT, DARK)
    page.get_by_title(LIGHT["switch"]).click()
    page.reload()
    shows(page, DARK, LIGHT)


def test_enter_on_the_switch_goes_to_the_other_scheme_and_keeps_the_focus(page):
    page.goto("")
    page.get_by_role("radio", name=LIGHT["switch"]).focus()
    page.keyboard.press("Enter")
    shows(page, DARK, LIGHT)
    expect(page.get_by_role("radio", name=DARK["switch"])).to_be_focused()
