"""The built HTML: every item on its page, in its group, reachable, and nothing from another origin."""

import json
from urllib.parse import urljoin, urlparse

import pytest

from macros.render import plural
from macros.text import Marks
from tests.helpers import CHECKLIST, ITEMS

MARKS = Marks(CHECKLIST.site.publisher)

CRITERIA = CHECKLIST.criteria


def page_path(theme, criterion=None) -> str:
    return f"{theme.slug}/{criterion.slug if criterion else ''}/index.html".replace("//", "/")


@pytest.mark.parametrize(("theme", "criterion"), CRITERIA, ids=[c.slug for _, c in CRITERIA])
def test_criterion_page_shows_its_items_in_their_scope_groups(html, theme, criterion):
    doc = html(page_path(theme, criterion))
    assert doc.h1.get_text(strip=True).startswith(f"{criterion.number}. {criterion.title}")
    items = doc.select(".gk-statement")
    assert [element["id"] for element in items] == [item.id for item in criterion.items]
    for element, item in zip(items, criterion.items, strict=True):
        heading = element.find_previous("h3")
        assert heading["id"] == item.scope
        assert heading.get_text(strip=True).startswith(CHECKLIST.scope(item.scope).heading)
        legend = element.legend.get_text(" ", strip=True)
        assert legend.startswith(f"{item.id} ") and legend.endswith(CHECKLIST.scope(item.scope).heading)
        assert [radio["value"] for radio in element.select("input[type=radio]")] == [a.value for a in CHECKLIST.answers]
        assert element.select_one(f"label[for=notitie-{item.id}]") and element.select_one(f"textarea#notitie-{item.id}")


def test_every_item_appears_once_on_the_criterion_pages_and_once_on_the_overview(html):
    on_criterion_pages = [el["id"] for t, c in CRITERIA for el in html(page_path(t, c)).select(".gk-statement")]
    assert len(ITEMS) == 25
    assert on_criterion_pages == ITEMS
    assert [el["id"] for el in html("overzicht/index.html").select(".gk-statement")] == ITEMS


def test_each_statement_links_to_the_next_one_in_each_of_its_views_with_one_link_per_target(html):
    doc = html("overzicht/index.html")
    shared = 0
    for item in CHECKLIST.items:
        links = doc.select(f'.gk-statement[data-item="{item.id}"] .gk-next')
        assert sorted(role for link in links for role in link["data-for"].split()) == sorted(
            CHECKLIST.scope(item.scope).roles
        ), item.id
        for link in links:
            shared += len(link["data-for"].split()) > 1
            for role in link["data-for"].split():
                following = CHECKLIST.next_item(item, role)
                assert link["href"].endswith(f"#{following[2].id}" if following else f"?voor={role}#resultaten")
        assert len({link["href"] for link in links}) == len(links), item.id
    assert shared, "some statements are next to the same one in two views"


def test_explanation_and_tips_are_on_the_criterion_page(html):
    for theme, criterion in CRITERIA:
        text = html(page_path(theme, criterion)).article.get_text(" ", strip=True)
        for tip in criterion.tips:
            assert MARKS.plain(tip) in text
        first_line = MARKS.plain(criterion.explanation).split("\n")[0].split("**")[0][:40]
        assert first_line in text


def nav_targets(doc, base: str) -> set[str]:
    return {urlparse(urljoin(base, a["href"])).path for a in doc.select("nav.md-nav--primary a.md-nav__link[href]")}


def test_every_theme_and_criterion_page_is_in_the_navigation(html):
    """Every page's menu names every theme and fixed page; a theme's criteria are in the menu of its own pages
    (navigation.prune leaves the other sections' links out, to keep pages small)."""
    targets = nav_targets(html("index.html"), "/")
    assert {f"/{theme.slug}/" for theme in CHECKLIST.themes} <= targets
    assert {"/" + page.file.removesuffix(".md") + "/" for page in CHECKLIST.pages[1:]} <= targets
    for theme in CHECKLIST.themes:
        in_theme = nav_targets(html(page_path(theme)), f"/{theme.slug}/")
        assert {f"/{theme.slug}/{criterion.slug}/" for criterion in theme.criteria} <= in_theme


def test_home_links_every_theme_with_its_summary(html):
    cards = html("index.html").select(".gk-card")
    assert [urljoin("/", card.a["href"]) for card in cards] == [f"/{theme.slug}/" for theme in CHECKLIST.themes]
    assert [card.select_one(".gk-card__summary").get_text(strip=True) for card in cards] == [
        MARKS.plain(theme.summary) for theme in CHECKLIST.themes
    ]


def test_theme_page_lists_its_criteria_with_item_counts(html):
    for theme in CHECKLIST.themes:
        cards = html(page_path(theme)).select(".gk-card")
        assert [card.a.get_text(strip=True) for card in cards] == [f"{c.number}. {c.title}" for c in theme.criteria]
        counts = [card.select_one(".gk-progress").get_text(strip=True) for card in cards]
        assert counts == [plural(CHECKLIST.ui["common"]["statements"], len(c.items)) for c in theme.criteria]


def test_resources_are_real_links(html):
    links = html("verder-lezen/index.html").select(".gk-resources a")
    assert [a["href"] for a in links] == [link.url for link in CHECKLIST.resources.links]


def test_about_credits_vhto_and_gives_the_publishers_address(html):
    doc = html("over/index.html")
    hrefs = [a["href"] for a in doc.article.select("a[href]")]
    assert any(href.startswith("https://www.vhto.nl") for href in hrefs)
    assert any(href.startswith(f"mailto:{CHECKLIST.site.publisher.email}") for href in hrefs)


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


def test_the_scripts_get_the_vocabulary_from_the_build(html):
    """One JSON block per page, in <head>, with the answer scale, texts and limits from the content file."""
    for path in ("index.html", "overzicht/index.html", "404.html"):
        config = json.loads(html(path).head.select_one("script#gk-config").string)
        assert [a["value"] for a in config["answers"]] == [a.value for a in CHECKLIST.answers]
        assert config["ui"]["lists"] == CHECKLIST.ui["lists"], "the texts of main.js, on every page"
        if "item" in config["ui"]:
            assert config["ui"]["item"]["note_for"] == CHECKLIST.ui["item"]["note_for"], "as written, spaces too"
        assert config["limits"]["name_length"] == CHECKLIST.limits.name_length
    assert html("overzicht/index.html").head.select_one("script#gk-checklist")
    assert not html("index.html").head.select_one("script#gk-checklist"), "only pages whose tools need it"


def test_each_page_gets_the_texts_of_its_own_scripts(html):
    """A page carries the texts its scripts can show, not every text: those of the parts it may fetch later too
    (the overview's "Bewaren en delen"), but none of another page's tools (the compare page's)."""
    texts = {
        path: set(json.loads(html(path).head.select_one("script#gk-config").string)["ui"])
        for path in ("index.html", page_path(*CRITERIA[0]), "overzicht/index.html", "vergelijken/index.html")
    }
    assert {"lists", "notice", "common"} <= texts["index.html"], "main.js on every page"
    assert "plan" in texts[page_path(*CRITERIA[0])], "the plan dialog, a part the criterion page fetches"
    assert {"exchange", "backup", "measurements", "problems"} <= texts["overzicht/index.html"]
    assert "compare" in texts["vergelijken/index.html"]
    assert not {"compare", "backup", "overview"} & texts[page_path(*CRITERIA[0])]
    assert len(texts[page_path(*CRITERIA[0])]) < len(CHECKLIST.ui) / 2


def test_english_terms_are_marked_for_screen_readers(html, site):
    """Terms written as [words]{lang=en} become <span lang="en">; no mark is left as text."""
    marked = {
        span.get_text()
        for path in site.rglob("*.html")
        for span in html(str(path.relative_to(site))).select("article [lang=en]")
    }
    assert {"sense of belonging", "self-efficacy"} <= {term.lower() for term in marked}
    for path in site.rglob("*.html"):
        text = (
            html(str(path.relative_to(site))).article.get_text(" ") if html(str(path.relative_to(site))).article else ""
        )
        assert "{lang=" not in text and "{publisher}" not in text and "{contact}" not in text, path


def test_no_internal_name_shows_on_any_page(html, site):
    for path in site.rglob("*.html"):
        article = html(str(path.relative_to(site))).article
        assert "gk-" not in (article.get_text(" ") if article else ""), path
