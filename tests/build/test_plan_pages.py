"""The built pages of issue 11: the action plan page, the plan dialog with the criterion's tips, and the link in
the privacy text."""

from macros.text import Marks
from tests.helpers import CHECKLIST, PAGE, ui

MARKS = Marks(CHECKLIST.site.publisher)


def test_the_plan_page_follows_the_overview_in_the_menu_and_says_it_needs_javascript(html):
    doc = html(PAGE["plan"] + "index.html")
    titles = [a.get_text(strip=True) for a in doc.select("nav.md-nav--primary > ul > li > a.md-nav__link")]
    overview, plan = CHECKLIST.page("overview").title, CHECKLIST.page("plan").title
    assert titles.index(plan) == titles.index(overview) + 1
    assert doc.select_one("noscript").get_text(strip=True) == ui("plan.nojs")
    assert doc.head.select_one("script#gk-checklist"), "the plan page names statements, criteria and themes"


def test_the_privacy_text_links_to_where_answers_are_kept(html):
    """The link is markup, not text that shows '<a href=…>'."""
    for path in (
        "overzicht/index.html",
        PAGE["plan"].replace("actieplan/", "") + "onderwijs-en-didactiek/zelfvertrouwen/index.html",
    ):
        privacy = html(path).select_one(".gk-privacy")
        assert "<a" not in privacy.get_text()
        assert privacy.a.get_text() == ui("notice.where_link")
