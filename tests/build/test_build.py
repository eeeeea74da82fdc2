"""The built HTML: every item on its page, in its group, reachable, and nothing from another origin."""

from urllib.parse import urljoin, urlparse

from pathlib import Path

import pytest

from macros import CONTENT
from macros.content import load

CHECKLIST = load(Path(__file__).resolve().parent.parent / CONTENT)
CRITERIA = [(theme, criterion) for theme in CHECKLIST.themes for criterion in theme.criteria]


def page_path(theme, criterion=None) -> str:
    return f"{theme.slug}/{criterion.slug if criterion else ''}/index.html".replace("//", "/")


@pytest.mark.parametrize(("theme", "criterion"), CRITERIA, ids=[c.slug for _, c in CRITERIA])
def test_criterion_page_shows_its_items_in_their_scope_groups(html, theme, criterion):
    doc = html(page_path(theme, criterion))
    assert doc.h1.get_text(strip=True).startswith(f"{criterion.number}. {criterion.title}")
    items = doc.select(".sc-item")
    assert [element["id"] for element in items] == [item.id for item in criterion.items]
    for element, item in zip(items, criterion.items):
        heading = element.find_previous("h3")
        assert heading["id"] == item.scope
        assert heading.get_text(strip=True).startswith(CHECKLIST.scopes[item.scope])
        assert element.legend.get_text(" ", strip=True) == f"{item.id} {item.text}"
        assert [radio["value"] for radio in element.select("input[type=radio]")] == ["nee", "deels", "ja", "onbekend"]
        assert element.select_one(f"label[for=notitie-{item.id}]") and element.select_one(f"textarea#notitie-{item.id}")


def test_every_item_appears_once_on_the_criterion_pages_and_once_on_the_overview(html):
    on_criterion_pages = [el["id"] for t, c in CRITERIA for el in html(page_path(t, c)).select(".sc-item")]
    expected = [item.id for item in CHECKLIST.items]
    assert len(expected) == 25
    assert on_criterion_pages == expected
    assert [el["id"] for el in html("overzicht/index.html").select(".sc-item")] == expected


def test_explanation_and_tips_are_on_the_criterion_page(html):
    for theme, criterion in CRITERIA:
        text = html(page_path(theme, criterion)).article.get_text(" ", strip=True)
        for tip in criterion.tips:
            assert tip in text
        first_line = criterion.explanation.split("\n")[0].split("**")[0][:40]
        assert first_line in text


def nav_targets(doc, base: str) -> set[str]:
    return {urlparse(urljoin(base, a["href"])).path for a in doc.select("nav.md-nav--primary a.md-nav__link[href]")}


def test_every_theme_and_criterion_page_is_in_the_navigation(html):
    targets = nav_targets(html("index.html"), "/")
    for theme in CHECKLIST.themes:
        assert f"/{theme.slug}/" in targets
        for criterion in theme.criteria:
            assert f"/{theme.slug}/{criterion.slug}/" in targets
    assert {"/overzicht/", "/verder-lezen/", "/over/"} <= targets


def test_home_links_every_theme_with_its_summary(html):
    cards = html("index.html").select(".sc-card")
    assert [urljoin("/", card.a["href"]) for card in cards] == [f"/{theme.slug}/" for theme in CHECKLIST.themes]
    assert [card.select_one(".sc-card__summary").get_text(strip=True) for card in cards] == [
        theme.summary for theme in CHECKLIST.themes
    ]


def test_theme_page_lists_its_criteria_with_item_counts(html):
    for theme in CHECKLIST.themes:
        cards = html(page_path(theme)).select(".sc-card")
        assert [card.a.get_text(strip=True) for card in cards] == [f"{c.number}. {c.title}" for c in theme.criteria]
        counts = [card.select_one(".sc-progress").get_text(strip=True) for card in cards]
        assert counts == [f"{len(c.items)} {'uitspraak' if len(c.items) == 1 else 'uitspraken'}" for c in theme.criteria]


def test_resources_are_real_links(html):
    links = html("verder-lezen/index.html").select(".sc-resources a")
    assert [a["href"] for a in links] == [link.url for link in CHECKLIST.resources.links]


def test_about_credits_vhto_and_gives_the_feedback_address(html):
    doc = html("over/index.html")
    hrefs = [a["href"] for a in doc.article.select("a[href]")]
    assert any(href.startswith("https://www.vhto.nl") for href in hrefs)
    assert "mailto:vhto@vhto.nl?subject=STO%20Checklist" in hrefs


def test_pages_are_dutch(html, site):
    for path in site.rglob("*.html"):
        assert html(str(path.relative_to(site))).html["lang"] == "nl", path


def test_no_script_style_or_image_from_another_origin(html, site):
    for path in site.rglob("*.html"):
        doc = html(str(path.relative_to(site)))
        for element in doc.select("script[src], link[href], img[src], iframe[src], source[src]"):
            address = element.get("src") or element.get("href")
            if element.name == "link" and element.get("rel") == ["canonical"]:
                continue
            assert not urlparse(address).netloc or urlparse(address).hostname == "127.0.0.1", (path, address)
