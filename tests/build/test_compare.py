"""The built compare page (/vergelijken/): the whole width for its table, and nothing lost without JavaScript."""

from macros.pages import PAGE_TEMPLATES
from tests.helpers import CHECKLIST, PAGE


def sidebars(doc) -> dict[str, bool]:
    """Material's sidebars of a page: type -> hidden."""
    return {el["data-md-type"]: el.has_attr("hidden") for el in doc.select(".md-sidebar[data-md-type]")}


def test_the_compare_page_goes_without_sidebars_and_no_other_page_does(html):
    for page in CHECKLIST.pages:
        doc = html(PAGE[page.id] + "index.html")
        hidden = {kind for kind, gone in sidebars(doc).items() if gone}
        assert hidden == set(PAGE_TEMPLATES[page.id].hide), page.id
    assert set(PAGE_TEMPLATES["compare"].hide) == {"navigation", "toc"}
    # The menu still opens on a phone: Material only hides a hidden sidebar on wide screens.
    assert html("vergelijken/index.html").select_one("nav.md-nav--primary a[href]")
