"""Names that travel (issue 11): before a list nobody named leaves the browser, the site asks once for the name of
the class, school or region; the name and the day go into the file name, the file and the table."""

import csv
import io
import json
import re

from playwright.sync_api import expect

from tests.helpers import (
    KEY,
    PAGE,
    download,
    fill,
    name_the_list,
    plan_step,
    reach,
    saved_document,
    seed,
    stored,
    ui,
)


def prompt(page):
    return page.get_by_role("dialog", name=ui("name_prompt.title"))


def test_the_first_export_asks_for_the_name_and_the_name_travels(page):
    page.goto("overzicht/")
    fill(page, {"1a": "ja"})
    name, data = download(page, ui("exchange.save_file"), naming="Mavo Noord 3b")
    assert re.fullmatch(r"gelijke-kansen-mavo-noord-3b-(\d{4}-\d\d-\d\d)\.json", name)
    assert json.loads(data)["profile"] == "Mavo Noord 3b"
    expect(page.locator(".gk-lists__name [data-list-name]")).to_have_text("Mavo Noord 3b")
    assert page.evaluate("GK.store.list()")["named"] is True
    expect(page.locator("[data-module=gk-files] .gk-status")).to_have_text(ui("exchange.downloaded", name=name))

    name, table = download(page, ui("exchange.save_csv"))  # named now: not asked again
    rows = list(csv.reader(io.StringIO(table.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][-2:] == ui("exchange.csv_header").split(";")[-2:]
    assert {tuple(row[-2:]) for row in rows[1:]} == {("Mavo Noord 3b", name[-14:-4])}


def test_skipping_is_remembered_for_that_list_in_this_tab(page):
    page.goto("overzicht/")
    name, _ = download(page, ui("exchange.save_file"), naming="")
    assert page.evaluate("GK.store.list().named") is False
    assert name.startswith("gelijke-kansen-" + ui("lists.default").lower().replace(" ", "-"))
    page.reload()
    download(page, ui("exchange.save_csv"))  # not asked again
    page.evaluate("GK.store.createList(GK.t('lists.default') + ' 2', { named: false })")
    download(page, ui("exchange.save_file"), naming="")  # another list nobody named: asked


def test_closing_the_question_sends_nothing_and_asks_again(page):
    page.goto("overzicht/")
    downloads = []
    page.on("download", lambda download: downloads.append(download))
    reach(page.get_by_role("button", name=re.compile("^" + ui("exchange.save_file")))).click()
    expect(prompt(page).get_by_label(ui("name_prompt.label"))).to_be_focused()
    expect(prompt(page)).to_contain_text(ui("name_prompt.text", name=ui("lists.default")))
    prompt(page).get_by_role("button", name=ui("name_prompt.save")).click()  # without a name: stays open
    expect(prompt(page).get_by_label(ui("name_prompt.label"))).to_be_focused()
    page.keyboard.press("Escape")
    expect(prompt(page)).to_have_count(0)
    expect(page.get_by_role("button", name=re.compile("^" + ui("exchange.save_file")))).to_be_focused()
    page.wait_for_timeout(300)
    assert downloads == []
    page.get_by_role("button", name=re.compile("^" + ui("exchange.save_file"))).click()
    expect(prompt(page)).to_be_visible()


def test_a_named_list_is_never_asked(context):
    seed(context, {KEY: saved_document({})})  # "Klas 3b", named
    page = context.new_page()
    page.goto("overzicht/")
    download(page, ui("exchange.save_file"))
    expect(prompt(page)).to_have_count(0)


def test_sharing_asks_first_and_the_link_carries_the_name(page):
    page.goto("overzicht/")
    fill(page, {"1a": "ja"})
    reach(page.get_by_role("button", name=ui("exchange.share"))).click()
    name_the_list(page, "Mavo Zuid")
    dialog = page.get_by_role("dialog", name=ui("exchange.share"))
    expect(dialog.get_by_label(ui("exchange.share_name"))).to_have_value("Mavo Zuid")
    assert "n=Mavo+Zuid" in dialog.get_by_label(ui("exchange.share_link"), exact=True).input_value()


def test_the_plan_asks_before_it_is_printed_or_saved(context):
    seed(
        context,
        {
            KEY: saved_document(
                lists=[
                    {
                        "id": "p0",
                        "name": ui("lists.default"),
                        "named": False,
                        "answers": {},
                        "plan": [plan_step("s1", "4b", "Gastles")],
                    }
                ]
            )
        },
    )
    page = context.new_page()
    page.goto(PAGE["plan"])
    page.evaluate("() => { window.print = () => { window.__printed = (window.__printed || 0) + 1 } }")
    page.get_by_role("button", name=ui("common.print")).click()
    name_the_list(page, "Regio West")
    expect(page.locator("[data-head]")).to_contain_text(ui("plan.head", name="Regio West", date="").rstrip())
    assert page.evaluate("window.__printed") == 1
    name, _ = download(page, ui("plan.save_csv"))
    assert name.startswith(f"gelijke-kansen-{ui('plan.file_name')}-regio-west-")
    assert json.loads(stored(page)[KEY])["lists"][0]["name"] == "Regio West"
