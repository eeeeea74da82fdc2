"""The offline zip (make offline): unzipped and opened from disk it renders, searches and keeps answers, on its own."""

import shutil
import zipfile

import pytest
from mkdocs.config import load_config
from playwright.sync_api import expect

from tests.helpers import CHECKLIST, LABEL
from tools.offline import CONFIG, FOLDER, build, write_zip

HOSTED = CONFIG.with_name("mkdocs.yml")


@pytest.fixture(scope="module")
def unzipped(tmp_path_factory):
    """The offline site as a visitor has it: built, zipped, and unzipped into a folder of its own."""
    site, target = tmp_path_factory.mktemp("offline-site"), tmp_path_factory.mktemp("unzipped")
    build(site)
    write_zip(site, target / "offline.zip")
    with zipfile.ZipFile(target / "offline.zip") as archive:
        archive.extractall(target)
    return target / FOLDER


@pytest.fixture
def local_requests(context):
    """Every request of the test's browser context that is not for a file on disk; assert it stays []."""
    requests: list[str] = []
    context.on("request", lambda request: request.url.startswith(("file://", "data:")) or requests.append(request.url))
    return requests


def test_offline_config_only_adds_the_offline_plugin_and_drops_instant_navigation():
    hosted, offline = load_config(str(HOSTED)), load_config(str(CONFIG))
    assert offline.theme["features"] == [f for f in hosted.theme["features"] if f != "navigation.instant"]
    hosted_plugins = list(hosted.plugins)
    assert list(offline.plugins) == [*hosted_plugins[:1], "material/offline", *hosted_plugins[1:]]
    assert offline.plugins["macros"].config == hosted.plugins["macros"].config


def test_opened_from_disk_it_searches_and_keeps_answers_without_any_request_leaving_the_disk(
    page, unzipped, local_requests, search
):
    page.goto((unzipped / "index.html").as_uri())
    expect(page.locator("h1").first).to_contain_text(CHECKLIST.site.title)
    assert local_requests == []  # e.g. no search shim from unpkg.com
    assert search(page, "leerlingen").count() > 0

    page.goto((unzipped / "keuzebegeleiding" / "voorlichting.html").as_uri())
    page.get_by_role("radio", name=LABEL["deels"]).first.check()
    page.get_by_role("link", name=CHECKLIST.page("overview").title).first.click()
    page.wait_for_url("**/overzicht.html")
    expect(page.locator("input[name=antwoord-1a]:checked")).to_have_attribute("value", "deels")
    assert local_requests == []


def test_answers_belong_to_the_folder_the_site_is_in(page, unzipped, tmp_path):
    """All file:// pages share one storage in Chromium; the site keeps its answers under its folder's path, so a
    moved or renamed copy starts empty (the accessibility statement tells visitors so)."""
    page.goto((unzipped / "keuzebegeleiding" / "voorlichting.html").as_uri())
    page.get_by_role("radio", name=LABEL["ja"]).first.check()
    moved = shutil.copytree(unzipped, tmp_path / "verplaatst")
    page.goto((moved / "keuzebegeleiding" / "voorlichting.html").as_uri())
    expect(page.locator("html[data-gk-ready]")).to_have_count(1)
    expect(page.locator("input[name=antwoord-1a]:checked")).to_have_count(0)
    page.goto((unzipped / "keuzebegeleiding" / "voorlichting.html").as_uri())
    expect(page.locator("input[name=antwoord-1a]:checked")).to_have_attribute("value", "ja")


def test_from_disk_a_start_path_opens_its_view_and_the_results_follow(page, unzipped):
    klas = CHECKLIST.roles[0]
    ids = [item.id for item in CHECKLIST.role_items(klas.id)]
    page.goto((unzipped / "index.html").as_uri())
    page.locator("[data-module=gk-start]", has=page.get_by_role("heading", name=klas.who, exact=True)).locator(
        "[data-go]"
    ).click()
    page.wait_for_url(f"**/overzicht.html?voor={klas.id}")
    expect(page.locator(".gk-statement").locator("visible=true")).to_have_count(len(ids))
    page.locator(f".gk-statement[data-item='{ids[0]}']").get_by_role("radio", name=LABEL["ja"], exact=True).check()
    expect(page.locator(".gk-results [data-module=gk-totals]")).to_contain_text(f"{len(ids)} {klas.noun}: 1 ")
    expect(page.locator(".gk-results .gk-chart").locator("visible=true").first).to_be_visible()
    page.goto((unzipped / "index.html").as_uri())
    expect(page.locator("[data-go]").first).to_contain_text(ids[1])
