"""Keeping answers safe (issue 11): the browser is asked once, after the first answer, to keep the site's data;
the overview says whether it does and when a backup is wise, with the backup right there."""

import re

import pytest
from playwright.sync_api import expect

from tests.helpers import CRITERION_4, KEY, answer, stored, ui

# navigator.storage as a browser that grants (or refuses) persistence; the calls are counted over reloads.
STORAGE = """(() => {
    const count = (name) => Number(sessionStorage.getItem(name) || 0);
    Object.defineProperty(navigator, "storage", { configurable: true, value: {
        persisted: async () => {
            sessionStorage.setItem("persisted", count("persisted") + 1);
            return sessionStorage.getItem("kept") === "1";
        },
        persist: async () => {
            sessionStorage.setItem("persist", count("persist") + 1);
            if (%s) sessionStorage.setItem("kept", "1");
            return %s;
        },
    } });
})()"""


def calls(page, name="persist") -> int:
    return int(page.evaluate(f"sessionStorage.getItem('{name}') || 0"))


def state(page):
    return page.locator("[data-module=gk-keep-safe] [data-persisted]")


def test_persistence_is_asked_once_after_the_first_answer(context):
    context.add_init_script(STORAGE % ("true", "true"))
    page = context.new_page()
    page.goto(CRITERION_4)
    page.wait_for_timeout(200)
    assert calls(page) == 0, "not before an answer"
    answer(page, "4a", "ja")
    page.wait_for_function("sessionStorage.getItem('persist') === '1'")
    answer(page, "4b", "deels")
    page.reload()
    answer(page, "4a", "nee")
    page.goto("overzicht/")
    expect(state(page)).to_have_text(ui("persist.kept"))
    answer(page, "1a", "ja")
    page.wait_for_timeout(300)
    assert calls(page) == 1
    assert KEY + ".persist" in stored(page)


def test_the_overview_says_when_the_browser_refuses(context):
    context.add_init_script(STORAGE % ("false", "false"))
    page = context.new_page()
    page.goto("overzicht/")
    keep_safe = page.locator("[data-module=gk-keep-safe]")
    expect(keep_safe).to_have_text(f"{ui('persist.label')} {ui('persist.not_kept')}. {ui('persist.advice')}")
    answer(page, "1a", "ja")
    page.wait_for_function("sessionStorage.getItem('persist') === '1'")
    expect(state(page)).to_have_text(ui("persist.not_kept"))
    # The link goes to the backup, with when it is wise, and its button right there.
    keep_safe.get_by_role("link", name=ui("persist.advice")).click()
    page.wait_for_url(re.compile("#reservekopie$"))
    backup = page.locator("[data-module=gk-backup]")
    expect(backup.get_by_role("heading", name=ui("backup.title"))).to_be_in_viewport()
    for text in (ui("backup.when_safari"), ui("backup.when_app"), ui("backup.persistent")):
        expect(backup.get_by_text(text)).to_be_visible()
    expect(backup.get_by_role("button", name=re.compile("^" + re.escape(ui("backup.save"))))).to_be_visible()


def test_a_browser_that_keeps_the_data_already_is_not_asked(context):
    context.add_init_script(STORAGE % ("true", "true") + ';sessionStorage.setItem("kept", "1")')
    page = context.new_page()
    page.goto("overzicht/")
    expect(state(page)).to_have_text(ui("persist.kept"))
    answer(page, "1a", "ja")
    page.wait_for_timeout(300)
    assert calls(page) == 0


@pytest.mark.parametrize("storage", ["undefined", "{}"], ids=["no storage API", "no persist()"])
def test_without_the_api_nothing_is_asked_and_the_overview_says_unknown(context, storage):
    context.add_init_script(f"Object.defineProperty(navigator, 'storage', {{ configurable: true, value: {storage} }})")
    page = context.new_page()
    page.goto("overzicht/")
    answer(page, "1a", "ja")
    expect(state(page)).to_have_text(ui("persist.unknown"))
    assert KEY + ".persist" not in stored(page)
