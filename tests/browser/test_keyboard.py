"""Keyboard only: from the home page to an answer, a note, the overview and an export, with focus always visible."""

import json

import pytest
from playwright.sync_api import expect

from tests.helpers import CHECKLIST, LABEL, ui

# The focused element, and whether it, a label of it, an ancestor close by or the element right after it draws a
# focus ring or shadow (Material rings the label that follows its hidden colour-scheme toggle).
FOCUS = """() => {
    const focused = document.activeElement;
    const ring = element => {
        const style = getComputedStyle(element);
        return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
    };
    const near = [focused, ...(focused.labels || []), focused.parentElement, focused.parentElement?.parentElement,
        focused.nextElementSibling];
    return {
        tag: focused.outerHTML.split(">")[0] + ">",
        text: focused.textContent.trim().replace(/\\s+/g, " "),
        visible: near.some(element => element && ring(element)),
    };
}"""


def press_until(page, key: str, selector: str, text: str = "", limit: int = 80) -> None:
    """Press key (Tab, Shift+Tab) until focus is on selector containing text; every stop must show its focus."""
    for _ in range(limit):
        page.keyboard.press(key)
        focused = page.evaluate(FOCUS)
        assert focused["visible"], f"no visible focus on {focused['tag']}"
        if page.evaluate("selector => document.activeElement.matches(selector)", selector) and text in focused["text"]:
            return
    pytest.fail(f"{selector} {text!r} not reached with {limit} × {key}")


def follow(page, heading: str) -> None:
    """Press Enter on the focused link and wait until instant navigation has put the new page in place."""
    page.keyboard.press("Enter")
    page.locator("h1", has_text=heading).wait_for()


def test_answer_note_overview_and_export_by_keyboard_alone(page):
    theme = CHECKLIST.themes[0]
    criterion = theme.criteria[0]
    second = CHECKLIST.answers[1].value
    page.goto("")
    press_until(page, "Tab", "a.gk-card__title", theme.title)
    follow(page, theme.title)

    press_until(page, "Tab", "a.gk-card__title", criterion.title)
    follow(page, criterion.title)
    expect(page.locator("html[data-gk-ready]")).to_have_count(1)  # the saved answers are filled in

    press_until(page, "Tab", "input[name=antwoord-1a]")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowRight")
    expect(page.locator("input[name=antwoord-1a]:checked")).to_have_attribute("value", second)
    press_until(page, "Tab", "summary", ui("item.note"))
    page.keyboard.press("Enter")
    press_until(page, "Tab", "textarea#notitie-1a")
    page.keyboard.type("Gastles met een vrouwelijke technicus")

    overview = CHECKLIST.page("overview").title
    press_until(page, "Shift+Tab", "a.md-nav__link", overview)
    follow(page, overview)
    expect(page.locator("input[name=antwoord-1a]:checked")).to_have_attribute("value", second)
    expect(page.locator("textarea#notitie-1a")).to_have_value("Gastles met een vrouwelijke technicus")

    press_until(page, "Tab", "button", ui("exchange.save_file"), limit=300)
    with page.expect_download() as download:
        page.keyboard.press("Enter")
        # A list nobody named is asked its name first; the field has the focus, Enter saves it.
        expect(page.get_by_label(ui("name_prompt.label"))).to_be_focused()
        page.keyboard.type("Mavo Noord 3b")
        page.keyboard.press("Enter")
    assert download.value.suggested_filename.startswith("gelijke-kansen-mavo-noord-3b-")
    exported = json.loads(download.value.path().read_text(encoding="utf-8"))
    first = next(item for item in exported["items"] if item["id"] == "1a")
    assert (first["answer"], first["note"]) == (second, "Gastles met een vrouwelijke technicus")
    assert LABEL[second]
