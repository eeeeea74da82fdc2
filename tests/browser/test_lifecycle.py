"""Components across Material's instant navigation: each starts once per page, and all a page registered goes
with it (components/lifecycle.js), so nothing piles up in a long visit."""

import re

from playwright.sync_api import expect

from tests.conftest import watch_errors
from tests.helpers import CHECKLIST, CRITERION_4, ui

NAVIGATIONS = 20


def navigate(page, title: str, ours: bool = True) -> None:
    """Follow a link on the page (Material intercepts it) and wait until the new page's components have started.
    A page without the menu (the compare page, macros/pages.py) still has the footer's previous and next links."""
    name = re.compile(rf"(^|: ){re.escape(title)}$")
    page.locator("article, .md-sidebar--primary, .md-footer").get_by_role("link", name=name).locator(
        "visible=true"
    ).first.click()
    expect(page.locator("h1", has_text=title)).to_be_visible()
    if ours:  # all but the components that come when the reader gets near them (components/when-near.js)
        page.wait_for_function(
            "document.querySelector('[data-module]:not([data-module-init], [data-module=gk-exchange] *)') === null"
        )


def counters(page, cdp) -> dict:
    cdp.send("HeapProfiler.collectGarbage")
    return cdp.send("Memory.getDOMCounters")


def visit(context, ours: bool) -> tuple[dict, dict, list]:
    """DOM counters after navigation 2 and after navigation 2 + NAVIGATIONS, with our scripts or without them."""
    page = context.new_page()
    errors = watch_errors(page)
    if not ours:
        page.route("**/assets/gk/*.js", lambda route: route.abort())
    cdp = context.new_cdp_session(page)
    _, criterion = CHECKLIST.criteria[3]
    overview = CHECKLIST.page("overview").title
    page.goto(CRITERION_4)
    page.evaluate("window.__samePage = true")
    subscribers = []
    for n in range(NAVIGATIONS + 2):
        navigate(page, overview if n % 2 == 0 else f"{criterion.number}. {criterion.title}", ours)
        if ours:
            subscribers.append(page.evaluate("GK.store.subscribers()"))
        if n == 1:
            first = counters(page, cdp)
    assert page.evaluate("window.__samePage") is True, "instant navigation all along"
    assert errors == []
    return first, counters(page, cdp), subscribers


def test_nothing_piles_up_over_twenty_instant_navigations(new_context):
    first, last, subscribers = visit(new_context(), ours=True)
    plain_first, plain_last, _ = visit(new_context(), ours=False)
    # The same pages alternate: the store has as many listeners after the last visit as after the first.
    assert subscribers[-2:] == subscribers[:2], subscribers
    growth = {key: last[key] - first[key] for key in ("nodes", "jsEventListeners", "documents")}
    material = {key: plain_last[key] - plain_first[key] for key in growth}
    print(f"\ngrowth over {NAVIGATIONS} navigations, ours: {growth}; Material's JS alone: {material}")
    for key in growth:
        assert growth[key] <= max(material[key], 0) * 1.1 + 50, (key, growth, material)


def test_each_component_starts_once_per_page_and_works_after_navigation(page):
    page.goto("")
    navigate(page, CHECKLIST.page("overview").title)
    on_overview = page.evaluate("GK.store.subscribers()")
    navigate(page, CHECKLIST.page("compare").title)
    expect(page.locator("[data-module=gk-compare][data-module-init]")).to_have_count(1)
    navigate(page, CHECKLIST.page("plan").title)  # the footer's previous page: the compare page has no menu
    navigate(page, CHECKLIST.page("overview").title)
    assert page.evaluate("GK.store.subscribers()") == on_overview
    page.get_by_role("button", name=ui("overview.clear_all")).click()
    expect(page.get_by_role("dialog", name=ui("overview.confirm_title"))).to_be_visible()
