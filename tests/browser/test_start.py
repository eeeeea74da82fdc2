"""Finding your way (issue 10, points 1 and 3): a start path per role on the home page, the view it opens, "Ga
verder" once answers exist, and on each statement card the next statement for you."""

import itertools
import math
import re

import pytest
from playwright.sync_api import expect

from tests.helpers import (
    CHECKLIST,
    CRITERION_4,
    ITEMS,
    KEY,
    PAGE_OF,
    ROLE_ITEMS,
    answer,
    entry,
    saved_document,
    seed,
    statement,
    status_message,
    ui,
)

SIZES = {"phone": {"width": 360, "height": 740}, "laptop": {"width": 1280, "height": 800}}


def start_path(page, role):
    return page.locator("[data-module=gk-start]", has=page.get_by_role("heading", name=role.who, exact=True))


def go_link(page, role):
    return start_path(page, role).locator("[data-go]")


def visible_statements(page):
    return page.locator(".gk-statement").locator("visible=true")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("role", CHECKLIST.roles, ids=lambda role: role.id)
def test_each_start_path_lands_on_exactly_its_statements_and_survives_a_reload(new_context, role, size):
    page = new_context(viewport=SIZES[size]).new_page()
    page.goto("")
    page.evaluate("window.__samePage = true")  # instant navigation: the home page is not reloaded
    go = start_path(page, role).get_by_role("link", name=ui("start.begin") + ui("start.for", noun=role.noun))
    go.click()
    page.wait_for_url(f"**/overzicht/?voor={role.id}")
    assert page.evaluate("window.__samePage") is True
    expect(visible_statements(page)).to_have_count(len(ROLE_ITEMS[role.id]))
    assert visible_statements(page).evaluate_all("els => els.map(e => e.id)") == ROLE_ITEMS[role.id]
    expect(page.get_by_label(role.view, exact=True)).to_be_checked()
    page.reload()
    expect(visible_statements(page)).to_have_count(len(ROLE_ITEMS[role.id]))
    assert visible_statements(page).evaluate_all("els => els.map(e => e.id)") == ROLE_ITEMS[role.id]


def test_start_paths_come_first_and_say_how_many_statements_and_how_long(page):
    page.goto("")
    headings = page.locator("article h2").evaluate_all("els => els.map(e => e.firstChild.textContent)")
    assert headings[:2] == [ui("start.title"), ui("home.themes")], "the start paths, then the themes"
    for role in CHECKLIST.roles:
        n = len(ROLE_ITEMS[role.id])
        minutes = math.ceil(n * CHECKLIST.limits.seconds_per_item / 60)
        expect(start_path(page, role)).to_contain_text(f"{ui('common.statements', n)}, {ui('start.minutes', minutes)}")
        expect(start_path(page, role)).to_contain_text(role.intro)
    regio = next(role for role in CHECKLIST.roles if role.compare)
    compare = start_path(page, regio).get_by_role(
        "link", name=ui("start.compare", page=CHECKLIST.page("compare").title)
    )
    expect(compare).to_have_attribute("href", re.compile(r"/vergelijken/$"))
    for role in CHECKLIST.roles:
        if not role.compare:
            expect(
                start_path(page, role).get_by_role(
                    "link", name=ui("start.compare", page=CHECKLIST.page("compare").title)
                )
            ).to_have_count(0)


def test_go_on_at_the_first_open_statement_of_the_view_then_to_the_results(context, page):
    klas, school = CHECKLIST.roles[0], CHECKLIST.roles[1]
    first, second = ROLE_ITEMS[klas.id][:2]
    seed(context, {KEY: saved_document({first: entry("ja")})})
    page.goto("")
    go = go_link(page, klas)
    expect(go).to_have_text(ui("start.continue", id=second) + ui("start.for", noun=klas.noun))
    expect(go).to_have_attribute("href", re.compile(rf"/overzicht/\?voor={klas.id}#{second}$"))
    expect(go_link(page, school)).to_have_text(ui("start.begin") + ui("start.for", noun=school.noun))

    go.click()
    page.wait_for_url(f"**/overzicht/?voor={klas.id}#{second}")
    target = statement(page, second)
    expect(target).to_be_in_viewport()
    expect(target).to_have_class(re.compile("gk-target"))

    page.evaluate("ids => ids.forEach(id => GK.store.answer(id, 'deels'))", ROLE_ITEMS[klas.id])
    page.goto("")
    expect(go_link(page, klas)).to_have_text(ui("results.link") + ui("start.for", noun=klas.noun))
    expect(go_link(page, klas)).to_have_attribute("href", re.compile(rf"/overzicht/\?voor={klas.id}#resultaten$"))


def test_a_start_path_is_the_first_stop_in_the_content_for_the_keyboard(page):
    page.goto("")
    klas = CHECKLIST.roles[0]
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('article')"):
            break
    else:
        pytest.fail("the content was not reached with 80 tab stops")
    assert page.evaluate("document.activeElement.matches('[data-go]')"), "before the theme cards and the sections"
    assert page.evaluate("document.activeElement.textContent") == ui("start.begin") + ui("start.for", noun=klas.noun)
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/overzicht/?voor={klas.id}")
    expect(visible_statements(page)).to_have_count(len(ROLE_ITEMS[klas.id]))


# The next statement for you


def next_link(page, id):
    return statement(page, id).get_by_role("link", name=re.compile("^" + re.escape(ui("next.link"))))


@pytest.mark.parametrize("role", CHECKLIST.roles, ids=lambda role: role.id)
def test_each_statement_of_a_view_leads_to_the_next_one_for_you(context, page, role):
    seed(context, {f"{KEY}.view": role.id})
    ids = ROLE_ITEMS[role.id]
    for here, there in itertools.pairwise(ids):
        page.goto(PAGE_OF[here])
        link = next_link(page, here)
        expect(link).to_be_visible()
        expect(link).to_have_accessible_name(ui("next.link") + ui("next.hint", id=there))
        expect(link).to_have_attribute("href", re.compile(rf"/{PAGE_OF[there]}#{there}$"))
    page.goto(PAGE_OF[ids[-1]])
    last = statement(page, ids[-1]).get_by_role("link", name=ui("results.link"))
    expect(last).to_be_visible()
    expect(last).to_have_attribute("href", re.compile(rf"/overzicht/\?voor={role.id}#resultaten$"))
    # Statements outside the view have no such link.
    other = next(id for id in ITEMS if id not in ids)
    page.goto(PAGE_OF[other])
    expect(statement(page, other).locator(".gk-next").locator("visible=true")).to_have_count(0)


def test_following_the_next_statement_goes_to_it_on_its_own_page(page):
    klas = CHECKLIST.roles[0]
    page.goto(f"overzicht/?voor={klas.id}")  # choosing a view remembers it
    ids = ROLE_ITEMS[klas.id]
    here = next(id for id, there in itertools.pairwise(ids) if PAGE_OF[id] != PAGE_OF[there])
    there = ids[ids.index(here) + 1]
    page.goto(PAGE_OF[here])
    page.evaluate("window.__samePage = true")
    next_link(page, here).click()
    page.wait_for_url(f"**/{PAGE_OF[there]}#{there}")
    expect(statement(page, there)).to_have_class(re.compile("gk-target"))
    expect(statement(page, there)).to_be_in_viewport()
    assert page.evaluate("window.__samePage") is True


def test_without_a_chosen_view_there_is_no_next_link_and_nothing_moves(page):
    page.goto(CRITERION_4)
    expect(page.locator(".gk-next").locator("visible=true")).to_have_count(0)


def test_each_change_is_said_as_saved(page):
    page.goto(CRITERION_4)
    answer(page, "4a", "ja")
    expect(status_message(page)).to_have_text(ui("item.saved"))
