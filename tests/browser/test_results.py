"""Where you stand (issue 10, points 4 and 6): the results on the overview, per theme and criterion a bar with
its numbers in words and a summary, following the view; bars on the theme cards; and nothing moves meanwhile."""

import re

import pytest
from playwright.sync_api import expect

from tests.helpers import CHECKLIST, CRITERION_4, KEY, ROLE_ITEMS, answer, entry, saved_document, seed, ui

# Known answers, and what the results must say about them (the rule: formats/summary.js).
GIVEN = {
    "1a": "nee",
    "1b": "nee",
    "1c": "deels",  # criterion 1: the most room to grow (2 × Nog niet, 1 × Deels)
    "3a": "ja",
    "3b": "ja",
    "3c": "deels",  # criterion 3: 2 of 3 Ja, strong
    "4a": "onbekend",  # criterion 4: only Weet ik niet: neither
    "7a": "nee",  # criterion 7: a chance
    "9a": "ja",  # criterion 9: 1 of 1 Ja, strong (and the strongest)
}
SUMMARY = {  # per view: (strong, chances, how many Weet ik niet), criteria by number, the first most
    "": ([9, 3], [1, 7], 1),
    "school": ([9], [1, 3], 0),  # 3a, 3b, 4a and 7a are class statements: 3 is left with one Deels
    "klas": ([3], [7], 1),
}
CRITERIA = {criterion.number: (theme, criterion) for theme, criterion in CHECKLIST.criteria}


def counts_text(ids, given=GIVEN) -> str:
    values = [given.get(id, "") for id in ids]
    parts = [f"{values.count(a.value)} {a.count}" for a in CHECKLIST.answers if values.count(a.value)]
    if values.count(""):
        parts.append(f"{values.count('')} {CHECKLIST.unanswered.count}")
    return ", ".join(parts)


def in_view(ids, role):
    return [id for id in ids if not role or id in ROLE_ITEMS[role]]


def row(page, name):
    return page.locator(
        ".gk-result", has=page.locator(":scope > .gk-result__name", has_text=re.compile(f"^{re.escape(name)}$"))
    )


def criterion_name(number):
    return f"{number}. {CRITERIA[number][1].title}"


@pytest.fixture
def answered(context):
    seed(context, {KEY: saved_document({id: entry(value) for id, value in GIVEN.items()})})


@pytest.mark.parametrize("role", SUMMARY, ids=lambda role: role or "alles")
def test_results_match_the_answers_in_the_view(answered, page, role):
    page.goto(f"overzicht/?voor={role}" if role else "overzicht/")
    results = page.locator(".gk-results")
    ids = ROLE_ITEMS[role] if role else [item.id for item in CHECKLIST.items]
    noun = next((r.noun for r in CHECKLIST.roles if r.id == role), None)
    total = f"{len(ids)} {noun}" if noun else ui("common.statements", len(ids))
    expect(results.locator("[data-module=gk-totals]")).to_have_text(f"{total}: {counts_text(ids)}")

    for theme in CHECKLIST.themes:
        shown = in_view([item.id for item in theme.items], role)
        if not shown:
            expect(row(page, theme.title)).to_be_hidden()
            continue
        expect(row(page, theme.title).locator(":scope > [data-counts]")).to_have_text(counts_text(shown))
        for criterion in theme.criteria:
            mine = in_view([item.id for item in criterion.items], role)
            here = row(page, criterion_name(criterion.number))
            if not mine:
                expect(here).to_be_hidden()
                continue
            expect(here.locator("[data-counts]")).to_have_text(counts_text(mine))
            # The bar: each answer's share of the criterion, in the order of the scale, then the open ones.
            grow = here.locator(".gk-chart > span").evaluate_all(
                "els => els.map(e => [e.dataset.answer, Number(e.style.flexGrow)])"
            )
            values = [GIVEN.get(id, "") for id in mine]
            assert grow == [[a.value, values.count(a.value)] for a in CHECKLIST.answers] + [["", values.count("")]]

    strong, chances, unknown = SUMMARY[role]
    summary = results.locator("[data-summary]")
    lists = summary.get_by_role("list")
    expect(summary.get_by_text(ui("results.strong"))).to_be_visible()
    expect(lists.first.get_by_role("link")).to_have_text([criterion_name(n) for n in strong])
    expect(summary.get_by_text(ui("results.chances"))).to_be_visible()
    expect(lists.last.get_by_role("link")).to_have_text([criterion_name(n) for n in chances])
    for link, number in zip(lists.last.get_by_role("link").all(), chances, strict=False):
        theme, criterion = CRITERIA[number]
        expect(link).to_have_attribute("href", re.compile(rf"/{theme.slug}/{criterion.slug}/$"))
    if unknown:
        expect(summary).to_contain_text(ui("results.unknown", unknown))
    else:
        expect(summary).not_to_contain_text(ui("results.unknown", 1)[:12])


def test_results_follow_a_change_of_view_and_of_answers(answered, page):
    page.goto("overzicht/")
    chances = page.locator(".gk-results [data-summary] ul").last.get_by_role("link")
    expect(chances).to_have_text([criterion_name(n) for n in SUMMARY[""][1]])
    page.get_by_label(next(r for r in CHECKLIST.roles if r.id == "school").view, exact=True).check()
    expect(chances).to_have_text([criterion_name(n) for n in SUMMARY["school"][1]])
    answer(page, "2a", "nee")  # criterion 2 now has as much room as 7 had: more than 3's one Deels
    expect(chances).to_have_text([criterion_name(n) for n in (1, 2, 3)])


def test_with_nothing_answered_the_results_say_where_to_begin(page):
    klas = CHECKLIST.roles[0]
    page.goto(f"overzicht/?voor={klas.id}")
    first = ROLE_ITEMS[klas.id][0]
    summary = page.locator(".gk-results [data-summary]")
    expect(summary).to_have_text(ui("results.none", id=first))
    expect(summary.get_by_role("link", name=first)).to_have_attribute("href", re.compile(f"#{first}$"))
    expect(page.locator(".gk-results__list")).to_be_hidden()  # no bars of nothing


def test_the_rule_is_said_in_words(page):
    page.goto("overzicht/")
    top = max(a.score for a in CHECKLIST.answers if a.score is not None)
    todo = sorted((a for a in CHECKLIST.answers if a.score is not None and a.score < top), key=lambda a: a.score)
    expect(page.locator(".gk-results .gk-hint")).to_have_text(
        ui(
            "results.rule",
            done=ui("results.or").join(a.label for a in CHECKLIST.answers if a.done),
            todo=ui("results.and").join(a.label for a in todo),
        )
    )


def test_theme_cards_on_the_home_page_show_a_bar_with_their_numbers(answered, page):
    page.goto("")
    for theme in CHECKLIST.themes:
        card = page.locator(".gk-card", has=page.get_by_role("link", name=theme.title, exact=True))
        ids = [item.id for item in theme.items]
        answered_here = [id for id in ids if id in GIVEN]
        expect(card.locator(".gk-progress")).to_contain_text(
            ui("progress.answered", answered=len(answered_here), total=len(ids))
        )
        grow = card.locator(".gk-chart > span").evaluate_all("els => els.map(e => Number(e.style.flexGrow))")
        values = [GIVEN.get(id, "") for id in ids]
        assert grow == [values.count(a.value) for a in CHECKLIST.answers] + [values.count("")]
    link = page.get_by_role("link", name=ui("results.more"))
    expect(link).to_have_attribute("href", re.compile(r"/overzicht/#resultaten$"))


# Whatever of the page's content moved while it filled itself in. Only what is in view can shift: a tall window
# has all in view. Material's footer is left out: under a heavy load it was seen to move a few pixels on its own
# (0.00003) while nothing of the content did; `make bench` measures the whole page (Lighthouse, and its own
# layout-shift pass with saved answers on a phone).
SHIFTS = """window.__shifts = [];
    new PerformanceObserver(list => list.getEntries().forEach(entry => entry.sources.forEach(source => {
      const element = source.node && (source.node.closest ? source.node : source.node.parentElement);
      if (element?.closest(".md-footer")) return;
      window.__shifts.push((element ? element.tagName + "." + element.className : "?") + " " + entry.value);
    }))).observe({type: "layout-shift", buffered: true});"""


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("path", ["", "overzicht/", "overzicht/?voor=school", "onderwijs-en-didactiek/", CRITERION_4])
def test_no_layout_shift_while_the_results_render(new_context, path, width):
    context = new_context(viewport={"width": width, "height": 9000})
    seed(context, {KEY: saved_document({id: entry(value) for id, value in GIVEN.items()})})
    context.add_init_script(SHIFTS)
    page = context.new_page()
    page.goto(path)
    expect(page.locator("html[data-gk-ready]")).to_have_count(1)
    page.wait_for_timeout(500)
    assert page.evaluate("window.__shifts") == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [360, 1280])
def test_no_axe_violations_on_the_home_page_the_results_and_a_statement_for_you(new_context, axe, scheme, width):
    context = new_context(color_scheme=scheme, viewport={"width": width, "height": 900})
    seed(context, {KEY: saved_document({id: entry(value) for id, value in GIVEN.items()})})
    page = context.new_page()
    # The overview in a view remembers it: the criterion page then shows "Volgende uitspraak voor jou".
    for path in ("", "overzicht/?voor=regio", CRITERION_4):
        page.goto(path)
        expect(page.locator("html[data-gk-ready]")).to_have_count(1)
        if path == CRITERION_4:
            expect(page.locator(".gk-next").locator("visible=true").first).to_be_visible()
        assert axe(page) == [], path
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
