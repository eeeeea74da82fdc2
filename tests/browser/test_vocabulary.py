"""The vocabulary is data: a site built from an edited copy of the content shows the edit everywhere, and what
users saved, downloaded or shared before keeps its meaning."""

import csv
import io
import json

import pytest
from playwright.sync_api import expect

from tests.browser.test_share import share_link
from tests.helpers import (
    CRITERION_4,
    KEY,
    LABEL,
    as_file,
    choose,
    download,
    entry,
    export_file,
    fill,
    saved_document,
    seed,
    ui,
)

FIFTH = {"value": "bijna", "label": "Bijna", "count": "bijna", "code": "b", "colour": "#1565c0", "score": 2}


def with_fifth_answer(data):
    """A fifth value, in the middle of the scale, and the others in another order."""
    answers = data["answers"]
    answers.insert(1, FIFTH)
    answers.reverse()


def without_4b(data):
    criterion = next(c for t in data["themes"] for c in t["criteria"] if c["number"] == 4)
    criterion["items"] = [item for item in criterion["items"] if item["id"] != "4b"]
    data["retired"]["items"].append("4b")


@pytest.fixture(scope="module")
def fifth(variant_site):
    return variant_site(with_fifth_answer)


@pytest.fixture(scope="module")
def removed(variant_site):
    return variant_site(without_4b)


def test_a_fifth_answer_is_on_every_page_count_file_table_and_link(new_context, fifth):
    page = new_context(base_url=fifth).new_page()
    page.goto(CRITERION_4)
    options = page.locator(".gk-statement[data-item='4a']").get_by_role("radio")
    expect(options).to_have_count(5)
    page.locator(".gk-statement[data-item='4a']").get_by_role("radio", name="Bijna", exact=True).check()
    expect(page.locator("[data-module=gk-progress]").first).to_have_text(
        ui("progress.answered", answered=1, total=4) + ": 1 bijna"
    )
    page.goto("overzicht/")
    expect(page.locator("[data-module=gk-totals]")).to_contain_text("1 bijna")
    _, data = download(page, ui("exchange.save_file"), naming="")
    assert next(i for i in json.loads(data)["items"] if i["id"] == "4a")["answer"] == "bijna"
    _, table = download(page, ui("exchange.save_csv"))
    rows = {row[0]: row for row in csv.reader(io.StringIO(table.decode("utf-8-sig")), delimiter=";")}
    assert rows["4a"][4] == "Bijna"
    link = share_link(page, "Met bijna")
    other = new_context(base_url=fifth).new_page()
    other.goto(link)
    expect(
        other.locator("[data-module=gk-shared] tr", has=other.locator("th strong", has_text="4a")).locator("td")
    ).to_have_text(["Bijna"])


def test_old_links_keep_their_meaning_when_the_scale_is_reordered(page, new_context, fifth):
    page.goto("overzicht/")
    given = {"1a": "ja", "1b": "deels", "1c": "nee", "1d": "onbekend"}
    fill(page, given)
    fragment = share_link(page, "Oud").split("#", 1)[1]
    other = new_context(base_url=fifth).new_page()
    other.goto("overzicht/#" + fragment)
    view = other.locator("[data-module=gk-shared]")
    for id, value in given.items():
        expect(view.locator("tr", has=other.locator("th strong", has_text=id)).locator("td")).to_have_text(
            [LABEL[value]]
        )


def test_a_removed_statement_leaves_the_others_where_they_were(page, new_context, removed):
    # Made on today's site: a file and a link with answers to 4b and 4c.
    page.goto("overzicht/")
    fill(page, {"4b": "ja", "4c": "nee"})
    link = share_link(page, "Voor")
    them = new_context(base_url=removed)
    seed(them, {KEY: saved_document({"4b": entry("deels", "oude notitie"), "4d": entry("ja")})})
    after = them.new_page()
    after.goto(CRITERION_4)
    expect(after.locator(".gk-statement")).to_have_count(3)
    assert after.locator(".gk-statement").evaluate_all("els => els.map(e => e.id)") == ["4a", "4c", "4d"]
    expect(after.locator(".gk-statement[data-item='4d'] input:checked")).to_have_attribute("value", "ja")

    after.goto("overzicht/")
    expect(after.locator(".gk-orphans li")).to_have_text(
        [f"4b: {LABEL['deels']}{ui('overview.orphan_note')}oude notitie"]
    )
    choose(after, ui("exchange.read_file"), as_file("oud.json", export_file("Oud", {"4b": "ja", "4c": "nee"})))
    after.get_by_role("dialog", name=ui("exchange.import_title")).get_by_role(
        "button", name=ui("exchange.import"), exact=True
    ).click()
    expect(after.locator(".gk-statement[data-item='4c'] input:checked")).to_have_attribute("value", "nee")

    after.goto(link.replace(page.url.split("overzicht/")[0], removed))
    view = after.locator("[data-module=gk-shared]")
    expect(view.locator("tr", has=after.locator("th strong", has_text="4c")).locator("td")).to_have_text([LABEL["nee"]])
