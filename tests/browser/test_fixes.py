"""Small things users hit (issue 10, point 7): search, headings, the keyboard, disabled buttons and the page
without JavaScript."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.helpers import CHECKLIST, CRITERION_4, LABEL, ui

PHONE = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}


def test_the_search_index_has_the_statements_not_the_labels_of_their_controls(site):
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    texts = {doc["location"]: doc["text"] for doc in docs}
    criterion = texts[f"{CRITERION_4}#klas"]
    assert "4a " in criterion and "4b " in criterion, "the statements are found"
    # The overview's sections of statements, one per criterion.
    overview = " ".join(text for location, text in texts.items() if location.startswith("overzicht/#criterium-"))
    assert "4a " in overview
    for text in (criterion, overview):
        assert LABEL["nee"] not in text and LABEL["onbekend"] not in text
        assert ui("item.note_filled").strip() not in text
        assert ui("common.copy_link") not in text


def test_a_search_result_scrolls_to_its_section_on_a_phone(new_context, search):
    page = new_context(**PHONE).new_page()
    page.goto("")
    page.locator("label[for=__search]").first.click()
    criterion = next(c for _, c in CHECKLIST.criteria if c.number == 6)
    results = search(page, "buddy")
    # Material locks the page's scrolling while its search is open on a phone: follow a result as a person does,
    # some time after typing.
    page.wait_for_timeout(600)
    results.locator(f"a[href*='overzicht/'][href$='#criterium-{criterion.number}']").first.tap()
    page.wait_for_url(f"**/overzicht/**#criterium-{criterion.number}")
    heading = page.locator(f"#criterium-{criterion.number}")
    expect(heading).to_be_in_viewport()
    header = page.locator(".md-header").bounding_box()
    assert heading.bounding_box()["y"] >= header["height"] - 1, "not under the header"
    assert page.evaluate("[innerWidth, document.documentElement.clientWidth]") == [360, 360], "never zoomed out"


def test_long_words_in_headings_break_with_a_hyphen(new_context):
    page = new_context(viewport={"width": 320, "height": 640}).new_page()
    theme, criterion = CHECKLIST.criteria[0]
    page.goto(f"{theme.slug}/{criterion.slug}/")
    heading = page.locator("h1")
    expect(heading).to_have_css("hyphens", "auto")
    assert page.evaluate("document.documentElement.lang") == "nl", "the language whose rules the browser uses"
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_the_permalink_of_a_heading_is_no_tab_stop(page):
    page.goto(CRITERION_4)
    links = page.locator(".headerlink")
    expect(links.first).to_have_attribute("tabindex", "-1")
    assert links.evaluate_all("els => els.every(e => e.tabIndex === -1)")
    page.locator("h2#toelichting").click()  # start tabbing from the section's heading
    page.keyboard.press("Tab")
    assert not page.evaluate("document.activeElement.matches('.headerlink')")


def test_no_back_to_top_button_floats_over_the_content(page):
    page.goto("overzicht/")
    page.mouse.wheel(0, 3000)
    page.mouse.wheel(0, -500)  # Material showed it when scrolling up, over whatever was there
    page.wait_for_timeout(300)
    expect(page.locator(".md-top")).to_have_count(0)


def test_disabled_controls_look_disabled(page):
    page.goto("actieplan/")
    button = page.get_by_role("button", name=ui("common.print"), exact=True)
    expect(button).to_be_disabled()  # nothing on the plan yet
    assert float(button.evaluate("e => getComputedStyle(e).opacity")) < 1
    expect(button).to_have_css("cursor", "not-allowed")


def test_where_answers_are_kept_links_to_saving_them(page):
    page.goto(CRITERION_4)
    notice = page.locator(".gk-privacy")
    expect(notice.get_by_role("link", name=ui("notice.where_link"))).to_have_attribute(
        "href", re.compile(r"#bewaren-en-delen$")
    )
    expect(notice).not_to_contain_text("<a")


def test_without_javascript_the_notice_stands_right_above_the_first_statement(new_context):
    page = new_context(java_script_enabled=False).new_page()
    for path, first in ((CRITERION_4, "4a"), ("overzicht/", CHECKLIST.items[0].id)):
        page.goto(path)
        notice = page.locator(".gk-nojs")
        expect(notice).to_be_visible()
        assert (
            notice.evaluate(
                "e => e.closest('noscript, .gk-nojs').parentElement.nextElementSibling?.id ?? "
                "e.parentElement.nextElementSibling?.id"
            )
            == first
        )
        expect(page.get_by_role("link", name=re.compile(ui("common.copy_link")))).to_have_count(0)


# WCAG contrast of an element's text against its own background, both as getComputedStyle gives them (rgb()).
CONTRAST = """e => {
    const style = getComputedStyle(e);
    const luminance = (rgb) => {
        const [r, g, b] = rgb.match(/[\\d.]+/g).slice(0, 3).map((v) => {
            const c = v / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [light, dark] = [style.color, style.backgroundColor].map(luminance).sort((a, b) => b - a);
    return (light + 0.05) / (dark + 0.05);
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_button_under_the_mouse_keeps_its_contrast(new_context, scheme):
    page = new_context(color_scheme=scheme).new_page()
    page.goto("overzicht/")
    button = page.get_by_role("button", name=ui("common.print"), exact=True)
    button.hover()
    expect(button).not_to_have_css("background-color", "rgba(0, 0, 0, 0)")  # the hover tint is on
    assert button.evaluate(CONTRAST) >= 4.5
