"""The accessibility statement (toegankelijkheidsverklaring): easy to find, says what we aim for and how to report."""

from urllib.parse import urljoin

from tests.helpers import CHECKLIST


def test_every_page_links_to_the_statement(html, built_pages):
    for path in built_pages:
        doc = html(path if path.endswith(".html") else path + "index.html")
        targets = {urljoin(f"/{path}", a["href"]) for a in doc.select("nav.md-nav--primary a[href]")}
        assert "/toegankelijkheid/" in targets, path


def test_statement_names_the_standard_and_how_to_report_a_problem(html):
    article = html("toegankelijkheid/index.html").article
    assert article.h1.get_text(strip=True).startswith(CHECKLIST.page("accessibility").title)
    assert "WCAG 2.2" in article.get_text(" ", strip=True)
    assert any(a["href"].startswith(f"mailto:{CHECKLIST.site.publisher.email}") for a in article("a"))
