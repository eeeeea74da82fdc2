"""Keyboard only: from the home page to an answer, a note, the overview and an export, with focus always visible."""

import json

import pytest

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
    page.goto("")
    press_until(page, "Tab", "a.sc-card__title", "Keuzebegeleiding")
    follow(page, "Keuzebegeleiding")

    press_until(page, "Tab", "a.sc-card__title", "Voorlichting")
    follow(page, "Voorlichting")
    page.locator("[id='1a'] .sc-options").wait_for()  # shown once the saved answer is filled in

    press_until(page, "Tab", "input[name=antwoord-1a]")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowRight")
    assert page.locator("input[name=antwoord-1a]:checked").get_attribute("value") == "deels"
    press_until(page, "Tab", "summary", "Notitie")
    page.keyboard.press("Enter")
    press_until(page, "Tab", "textarea#notitie-1a")
    page.keyboard.type("Gastles met een vrouwelijke technicus")

    press_until(page, "Shift+Tab", "a.md-nav__link", "Mijn overzicht")
    follow(page, "Mijn overzicht")
    assert page.locator("input[name=antwoord-1a]:checked").get_attribute("value") == "deels"
    assert page.locator("textarea#notitie-1a").input_value() == "Gastles met een vrouwelijke technicus"

    press_until(page, "Tab", "button", "Exporteer (JSON)", limit=300)
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    exported = download.value.path().read_text(encoding="utf-8")
    assert "Gastles met een vrouwelijke technicus" in exported
    assert "deels" in json.dumps(json.loads(exported))
