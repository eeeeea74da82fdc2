"""/vergelijken/ in Chromium (components/compare-page.js, heatmap.js): files, links, backups and lists side by side
as a heatmap of the region, by school and year, or of one school's team; printed, taken along as a table for Excel,
and usable at 1280 px with 40 schools and on a phone. The figures themselves are unit-tested
(tests/unit/js/region.test.js)."""

import copy
import json
import re
import unicodedata

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser.test_share import share_link
from tests.helpers import (
    CHECKLIST,
    ITEMS,
    LABEL,
    as_file,
    choose,
    download,
    export_file,
    fill,
    saved_document,
    school_exports,
    stored,
    ui,
)

THREE = [
    ("Mavo Noord", {"1a": "ja", "1b": "ja", "2a": "nee", "3a": "deels"}),
    ("Mavo Zuid", {"1a": "ja", "1b": "nee", "2a": "ja"}),
    ("Vmbo West", {"1a": "deels", "1b": "nee", "2a": "onbekend", "3a": "deels"}),
]
CRITERIA = [criterion for _, criterion in CHECKLIST.criteria]
ITEMS_OF = {criterion.number: [item.id for item in criterion.items] for criterion in CRITERIA}


def compare_page(page):
    return page.locator("[data-module=gk-compare]")


def status(page):
    return compare_page(page).locator(".gk-status")


def load(page, files, loaded: int | None = None):
    """Open the compare page and pick files through the file chooser, all at once."""
    page.goto("vergelijken/")
    choose(page, ui("compare.files"), files)
    expect(status(page)).to_contain_text(ui("compare.loaded", count=len(files) if loaded is None else loaded))


def load_three(page):
    load(page, [as_file(f"{name}.json", export_file(name, given)) for name, given in THREE])


def answers_of(file: dict) -> dict[str, str | None]:
    return {item["id"]: item.get("answer") for item in file["items"]}


def counts_text(given: list) -> str:
    """What a cell says about a set of answers, as formats/results.js countsText writes it."""
    parts = [f"{given.count(answer.value)} {answer.count}" for answer in CHECKLIST.answers if given.count(answer.value)]
    if given.count(None):
        parts.append(f"{given.count(None)} {CHECKLIST.unanswered.count}")
    return ", ".join(parts)


# The heatmap as the page shows it: the columns (name, label), the total's title, and per criterion its title,
# summary, total and cells (the counts in words, the "differs" mark, the plan steps), and per statement its cells.
READ_HEATMAP = """out => {
    const table = out.querySelector("table");
    const own = (cell) => [...cell.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent)
        .join("").trim();
    const part = (cell, selector) => cell.querySelector(selector)?.textContent || null;
    const [names, labels] = table.tHead.rows;
    const columns = [...names.querySelectorAll("th[scope=colgroup]")]
        .flatMap((th) => Array(th.colSpan).fill(th.textContent)).map((name, x) => [name, labels.cells[x].textContent]);
    const cell = (td) => ({ text: own(td), odd: part(td, ".gk-heat__odd"), steps: part(td, ".gk-heat__steps"),
                            agree: part(td, ".gk-heat__agree"), note: part(td, "small") });
    return {
        columns,
        total: part(names, "th.gk-heat__total"),
        criteria: [...table.tBodies].map((body) => {
            const [row, ...items] = body.rows;
            const totalCell = row.querySelector("td.gk-heat__total");
            return {
                title: part(row, "button"), expanded: part(row, "button") && row.querySelector("button").ariaExpanded,
                summary: part(row, ".gk-heat__summary") || "",
                total: totalCell && cell(totalCell),
                cells: [...row.querySelectorAll("td:not(.gk-heat__total)")].map(cell),
                items: items.map((tr) => ({
                    id: tr.querySelector("th strong").textContent, hidden: tr.hidden,
                    total: tr.querySelector("td.gk-heat__total") && cell(tr.querySelector("td.gk-heat__total")),
                    cells: [...tr.querySelectorAll("td:not(.gk-heat__total)")].map(cell),
                })),
            };
        }),
    };
}"""


def heatmap(page) -> dict:
    out = compare_page(page).locator("[data-out]")
    expect(out.locator("table")).to_be_visible()
    return out.evaluate(READ_HEATMAP)


def criterion_title(criterion) -> str:
    return f"{criterion.number}. {criterion.title}"


@pytest.fixture
def six():
    """Six schools' files (version 2), generated: answers drawn by a seeded generator, a plan step each."""
    return school_exports(6)


@pytest.fixture
def forty():
    return school_exports(40, seed=40)


def files_of(exports: list[dict]) -> list[dict]:
    return [as_file(f"school-{n:02d}.json", data) for n, data in enumerate(exports, 1)]


# --- What the heatmap shows -------------------------------------------------------------------------------------


def test_three_files_side_by_side(page):
    load_three(page)
    shown = heatmap(page)
    assert [name for name, _ in shown["columns"]] == [name for name, _ in THREE]
    assert shown["total"] == ui("compare.total_school")
    criterion_2 = shown["criteria"][1]
    assert [c["text"] for c in criterion_2["items"][0]["cells"]] == [LABEL["nee"], LABEL["ja"], LABEL["onbekend"]]
    assert criterion_2["items"][0]["total"]["text"] == counts_text(["ja", "nee", "onbekend"])
    assert all(item["hidden"] for criterion in shown["criteria"] for item in criterion["items"]), "criteria closed"


def test_six_generated_files_show_what_the_files_say(page, six):
    load(page, files_of(six))
    shown = heatmap(page)
    assert [name for name, _ in shown["columns"]] == [data["profile"] for data in six]
    given = [answers_of(data) for data in six]
    for criterion, row in zip(CRITERIA, shown["criteria"], strict=True):
        ids = ITEMS_OF[criterion.number]
        assert row["title"] == criterion_title(criterion)
        assert [cell["text"] for cell in row["cells"]] == [counts_text([g[id] for id in ids]) for g in given]
        assert row["total"]["text"] == counts_text([g[id] for g in given for id in ids])
        for id, item in zip(ids, row["items"], strict=True):
            assert item["id"] == id
            assert [cell["text"] for cell in item["cells"]] == [
                LABEL.get(g[id], CHECKLIST.unanswered.label) for g in given
            ]
            assert item["total"]["text"] == counts_text([g[id] for g in given])
    # Each school's plan step, on its criterion, and their sum in the region's column.
    for n, data in enumerate(six):
        number = int(re.match(r"\d+", data["plan"][0]["item"]).group())
        cells = shown["criteria"][number - 1]["cells"]
        assert cells[n]["steps"] == ui("compare.steps", 1)
    steps = sum(row["total"]["steps"] is not None for row in shown["criteria"])
    assert steps == len({int(re.match(r"\d+", data["plan"][0]["item"]).group()) for data in six})


def known_case(six: list[dict]) -> list[dict]:
    """The six files, with criterion 1 all ja except the last school (all nee), and criterion 3 all deels except the
    first school (all ja): one school far below and one far above the middle."""
    files = copy.deepcopy(six)
    for n, data in enumerate(files):
        for item in data["items"]:
            if item["id"] in ITEMS_OF[1]:
                item.update(answer="nee" if n == 5 else "ja", changed="2026-11-20T10:00:00.000Z")
            if item["id"] in ITEMS_OF[3]:
                item.update(answer="ja" if n == 0 else "deels", changed="2026-11-20T10:00:00.000Z")
    return files


def test_the_region_totals_and_who_differs_strongly_in_a_known_case(page, six):
    files = known_case(six)
    load(page, files_of(files))
    shown = heatmap(page)
    first, third = shown["criteria"][0], shown["criteria"][2]
    assert first["total"]["text"] == counts_text(["ja"] * 30 + ["nee"] * 6)
    assert [cell["odd"] for cell in first["cells"]] == [None] * 5 + [ui("compare.lower")]
    assert first["summary"] == ui("compare.odd", list=f"{files[5]['profile']} ({ui('compare.lower')})")
    assert third["total"]["text"] == counts_text(["ja"] * 3 + ["deels"] * 15)
    assert [cell["odd"] for cell in third["cells"]] == [ui("compare.higher")] + [None] * 5
    assert third["summary"] == ui("compare.odd", list=f"{files[0]['profile']} ({ui('compare.higher')})")
    # Weakest first: criterion 1 (5 of 6 schools ja) falls behind criterion 3 (mostly deels) and the rest.
    compare_page(page).get_by_label(ui("compare.order_weakest_school")).check()
    order = [row["title"] for row in heatmap(page)["criteria"]]
    assert order.index(criterion_title(CRITERIA[2])) < order.index(criterion_title(CRITERIA[0]))
    assert sorted(order) == sorted(criterion_title(c) for c in CRITERIA)


def test_criteria_open_to_their_statements_and_all_at_once(page):
    load_three(page)
    out = compare_page(page).locator("[data-out]")
    toggle = out.get_by_role("button", name=criterion_title(CRITERIA[0]))
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(out.get_by_role("rowheader", name=re.compile("^1a "))).to_be_hidden()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(toggle).to_be_focused()
    expect(out.get_by_role("rowheader", name=re.compile("^1a "))).to_be_visible()
    compare_page(page).get_by_role("button", name=ui("compare.open_all")).click()
    expect(out.locator("tr.gk-heat__item:visible")).to_have_count(len(ITEMS))
    compare_page(page).get_by_role("button", name=ui("compare.close_all")).click()
    expect(out.locator("tr.gk-heat__item:visible")).to_have_count(0)


# --- Schools over the years, and a school's team ----------------------------------------------------------------


def test_files_of_one_school_from_different_years_are_one_school_over_time(page):
    then = export_file("Vmbo De Brug", {"1a": "nee", "1b": "nee"}) | {"exported": "2025-11-20T09:00:00.000Z"}
    now = export_file("Vmbo De Brug", {"1a": "ja", "1b": "deels"}, version=2) | {
        "plan": [],
        "measurements": [
            {
                "id": "m1",
                "name": "schooljaar 2024/25",
                "date": "2025-06-30T10:00:00.000Z",
                "items": [{"id": "1a", "answer": "nee", "changed": "2025-06-01T10:00:00.000Z"}],
                "plan": {},
            },
        ],
    }
    other = export_file("Mavo Noord", {"1a": "deels"})
    load(page, [as_file("brug-2026.json", now), as_file("noord.json", other), as_file("brug-2025.json", then)])
    shown = heatmap(page)
    names, labels = zip(*shown["columns"], strict=True)
    assert names == ("Vmbo De Brug",) * 3 + ("Mavo Noord",), "one school's columns side by side"
    assert labels[0] == "schooljaar 2024/25", "oldest first: the measurement, then the files by date"
    assert len(set(labels[:3])) == 3 and labels[1] != labels[2], "each column with its own date"
    first = shown["criteria"][0]["items"]
    assert [cell["text"] for cell in first[0]["cells"]] == [LABEL["nee"], LABEL["nee"], LABEL["ja"], LABEL["deels"]]
    assert first[0]["total"]["text"] == counts_text(["ja", "deels"]), "the region counts each school's newest once"

    compare_page(page).get_by_label(ui("compare.with_measurements")).uncheck()
    assert [name for name, _ in heatmap(page)["columns"]] == ["Vmbo De Brug"] * 2 + ["Mavo Noord"]


def test_the_same_file_twice_is_named_once_and_a_bad_file_or_a_table_does_not_stop_the_rest(page):
    good = export_file("Goed", {"1a": "ja"})
    page.goto("vergelijken/")
    choose(
        page,
        ui("compare.files"),
        [
            as_file("goed.json", good),
            as_file("kopie.json", good),
            as_file("kapot.json", b"{kapot"),
            as_file("regio.csv", "\ufeffNummer;Thema\r\n".encode()),
            as_file("tabel.json", "\ufeffNummer;Thema;Criterium\r\n1a;x;y\r\n".encode()),
            as_file("anders.json", export_file("Anders", {"1a": "nee"})),
        ],
    )
    no_change = ui("common.no_change")
    expect(status(page)).to_have_text(
        " ".join(
            [
                ui("compare.loaded", count=2),
                ui("compare.duplicate", name="kopie.json"),
                f"kapot.json: {ui('problems.json')}{no_change}",
                f"regio.csv: {ui('problems.csv')}{no_change}",
                f"tabel.json: {ui('problems.csv')}{no_change}",
            ]
        )
    )
    assert [name for name, _ in heatmap(page)["columns"]] == ["Goed", "Anders"]


def test_team_mode_shows_where_colleagues_agree(page):
    colleagues = [("Anna", {"1a": "ja", "1b": "ja"}), ("Bram", {"1a": "ja", "1b": "deels"}), ("Chris", {"1a": "ja"})]
    load(page, [as_file(f"{name}.json", export_file(name, given)) for name, given in colleagues])
    compare_page(page).get_by_label(ui("compare.mode_team")).check()
    expect(compare_page(page).get_by_label(ui("compare.order_weakest_team"))).to_be_visible()
    shown = heatmap(page)
    assert shown["total"] == ui("compare.total_team")
    first = shown["criteria"][0]
    assert first["summary"] == ui("compare.agreed", 2, agree=1)
    assert first["items"][0]["total"]["agree"] == ui("compare.agree")
    assert first["items"][0]["total"]["text"] == counts_text(["ja"] * 3)
    assert first["items"][1]["total"]["agree"] == ui("compare.disagree")
    assert first["items"][1]["total"]["text"] == counts_text(["ja", "deels", None])
    assert first["items"][2]["total"]["agree"] is None, "nothing to agree on without answers"


# --- Other ways in: links, this browser's lists, a backup --------------------------------------------------------


def test_links_and_my_lists_join_in(page, context):
    maker = context.new_page()
    maker.goto("overzicht/")
    fill(maker, {"1a": "nee"})
    link = share_link(maker, "Havo Oost")
    maker.evaluate(
        "GK.store.createList('Mijn school', {answers: {'1a': {answer: 'ja', changed: '2026-01-01T00:00:00Z'}}})"
    )
    maker.evaluate("GK.store.settled()")
    maker.close()

    load_three(page)
    tools = compare_page(page)
    tools.get_by_label(ui("compare.link")).fill(link)
    tools.get_by_role("button", name=ui("compare.add_link")).click()
    expect(status(page)).to_have_text(ui("compare.added", name="Havo Oost"))
    tools.get_by_label(ui("compare.link")).fill(link)
    tools.get_by_role("button", name=ui("compare.add_link")).click()
    expect(status(page)).to_have_text(ui("compare.duplicate", name="Havo Oost"))
    tools.get_by_label(ui("compare.link")).fill(link.replace("&a=n", "&a=j"))
    tools.get_by_role("button", name=ui("compare.add_link")).click()
    expect(status(page)).to_have_text(ui("problems.link") + ui("common.no_change"))

    tools.get_by_role("group", name=ui("compare.mine")).get_by_label("Mijn school").check()
    columns = heatmap(page)["columns"]
    assert [name for name, _ in columns] == ["Mijn school", "Mavo Noord", "Mavo Zuid", "Vmbo West", "Havo Oost"]
    assert (columns[0][1], columns[-1][1]) == (ui("compare.here"), ui("compare.from_link"))
    tools.get_by_role("button", name=re.compile(rf"^{ui('compare.remove')}\W+Mavo Zuid\.json$")).click()
    expect(tools.locator("[data-out] thead")).not_to_contain_text("Mavo Zuid")


def test_a_share_link_to_the_compare_page_opens_there(page):
    page.goto("overzicht/")
    fill(page, {"1a": "deels"})
    fragment = share_link(page, "Havo Oost").split("#", 1)[1]
    page.goto("vergelijken/#" + fragment)
    shown = heatmap(page)
    assert shown["columns"] == [["Havo Oost", ui("compare.from_link")]]
    assert shown["criteria"][0]["items"][0]["cells"][0]["text"] == LABEL["deels"]


def test_a_backup_brings_its_lists(page):
    document = json.loads(
        saved_document(
            lists=[
                {
                    "id": "p1",
                    "name": "Klas 3a",
                    "answers": {"1a": {"answer": "ja", "changed": "2026-11-01T10:00:00.000Z"}},
                },
                {
                    "id": "p2",
                    "name": "Klas 3b",
                    "answers": {"1a": {"answer": "nee", "changed": "2026-11-01T10:00:00.000Z"}},
                },
                {"id": "p3", "name": "Leeg", "answers": {}},
            ]
        )
    )
    backup = {
        "format": "gelijke-kansen/backup",
        "version": 1,
        "made": "2026-11-30T12:00:00.000Z",
        "view": "",
        "document": document,
    }
    load(page, [as_file("reservekopie.json", backup)])
    expect(status(page)).to_contain_text(ui("compare.backup", 2, name="reservekopie.json"))
    assert [name for name, _ in heatmap(page)["columns"]] == ["Klas 3a", "Klas 3b"]


def test_nothing_is_saved_by_comparing(page, six):
    page.goto("vergelijken/")
    before = stored(page)
    choose(page, ui("compare.files"), files_of(six))
    expect(status(page)).to_have_text(ui("compare.loaded", count=6))
    page.evaluate("GK.store.settled()")
    assert stored(page) == before


# --- Room to see it -----------------------------------------------------------------------------------------------

# Where the table's box, its header row and its first column are, and how far the box and the page scroll sideways.
GEOMETRY = """out => {
    const box = out.querySelector(".gk-heat"), head = box.querySelector("thead");
    const rect = (e) => e.getBoundingClientRect();
    const rows = [...box.querySelectorAll("tbody tr:not([hidden])")];
    const visible = rows.find((tr) => rect(tr).top > rect(head).bottom + 5);
    return { box: rect(box).toJSON(), head: rect(head).toJSON(), firstColumn: rect(visible.cells[0]).toJSON(),
             wide: box.classList.contains("gk-heat--wide"), boxScrolls: box.scrollWidth > box.clientWidth,
             pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
             header: rect(document.querySelector(".md-header")).bottom };
}"""


def test_the_page_has_the_whole_width_also_after_instant_navigation(new_context):
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    page.goto("overzicht/")
    page.evaluate("window.__samePage = true")
    expect(page.locator(".md-sidebar--primary")).to_be_visible()
    title = CHECKLIST.page("compare").title
    page.locator(".md-sidebar--primary").get_by_role("link", name=title, exact=True).click()
    expect(page.get_by_role("heading", level=1, name=title)).to_be_visible()
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    expect(page.locator(".md-sidebar--secondary")).to_be_hidden()
    assert page.evaluate("window.__samePage") is True, "Material swapped the page, it did not load a new one"


def test_six_schools_fit_at_1280_px_and_the_header_row_stays_in_view(new_context, six):
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    load(page, files_of(six))
    compare_page(page).get_by_role("button", name=ui("compare.open_all")).click()
    out = compare_page(page).locator("[data-out]")
    geometry = out.evaluate(GEOMETRY)
    assert not geometry["boxScrolls"] and not geometry["pageScrolls"], "no scrolling sideways"
    assert geometry["box"]["width"] > 1200, "the whole width, without the sidebars"
    page.mouse.wheel(0, 1500)
    expect(out.locator("thead")).to_be_in_viewport()
    geometry = out.evaluate(GEOMETRY)
    assert abs(geometry["head"]["top"] - geometry["header"]) < 2, "the header row right below Material's header"


def test_forty_schools_render_fast_and_keep_header_and_first_column_in_view(new_context, forty):
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    load(page, files_of(forty))
    shown = heatmap(page)
    assert len(shown["columns"]) == 40
    given = [answers_of(data) for data in forty]
    for criterion, row in zip(CRITERIA, shown["criteria"], strict=True):
        assert row["total"]["text"] == counts_text([g[id] for g in given for id in ITEMS_OF[criterion.number]])
    render = page.evaluate("performance.getEntriesByName('gk-compare-render').at(-1).duration")
    assert render < 1000, f"drawing 40 schools took {render:.0f} ms"

    compare_page(page).get_by_role("button", name=ui("compare.open_all")).click()
    out = compare_page(page).locator("[data-out]")
    box = out.locator(".gk-heat")
    box.scroll_into_view_if_needed()
    box.evaluate("box => { box.scrollLeft = box.scrollWidth; box.scrollTop = box.scrollHeight / 2 }")
    geometry = out.evaluate(GEOMETRY)
    assert geometry["wide"] and not geometry["pageScrolls"], "the table scrolls in its box, not the page"
    assert abs(geometry["head"]["top"] - geometry["box"]["top"]) < 2, "header row at the top of the box"
    assert abs(geometry["firstColumn"]["left"] - geometry["box"]["left"]) < 2, "statement column at its left"
    expect(out.get_by_role("columnheader", name=forty[-1]["profile"])).to_be_in_viewport()


def test_a_focused_button_is_not_hidden_below_the_header_row(new_context, six):
    page = new_context(viewport={"width": 1280, "height": 700}).new_page()
    load(page, files_of(six))
    compare_page(page).get_by_role("button", name=ui("compare.open_all")).click()
    out = compare_page(page).locator("[data-out]")
    toggle = out.get_by_role("button", name=criterion_title(CRITERIA[4]))
    # Scroll so that the button sits below the sticky header row (the browser takes it for visible), then focus it.
    toggle.evaluate("""b => window.scrollBy(0,
        b.getBoundingClientRect().top - b.closest("table").tHead.getBoundingClientRect().bottom + 10)""")
    toggle.focus()
    expect(toggle).to_be_focused()
    top, head = toggle.evaluate(
        "b => [b.getBoundingClientRect().top, b.closest('table').tHead.getBoundingClientRect().bottom]"
    )
    assert top >= head, "the focused button shows below the header row"


def test_on_a_phone_a_card_per_criterion_with_the_schools_inside(new_context, six):
    page = new_context(viewport={"width": 360, "height": 740}, has_touch=True).new_page()
    load(page, files_of(six))
    out = compare_page(page).locator("[data-out]")
    expect(out.locator("table")).to_have_count(0)
    cards = out.locator(".gk-heat-card")
    expect(cards).to_have_count(len(CRITERIA))
    expect(cards.get_by_role("heading", level=3)).to_have_text([criterion_title(c) for c in CRITERIA])
    first = cards.first.locator(":scope > ul > li")
    expect(first).to_have_count(1 + len(six))
    expect(first.first).to_contain_text(ui("compare.total_school"))
    expect(first.nth(1)).to_contain_text(six[0]["profile"])
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), "no scrolling sideways"
    cards.first.get_by_text(ui("common.statements", len(ITEMS_OF[1]))).click()
    expect(cards.first.get_by_role("heading", level=4)).to_have_count(len(ITEMS_OF[1]))


# --- Take it along -------------------------------------------------------------------------------------------------


def test_the_comparison_as_a_table_for_dutch_excel(page):
    load_three(page)
    columns = heatmap(page)["columns"]
    name, data = download(page, ui("exchange.save_csv"))
    assert name.endswith(".csv") and ui("compare.file_name") in name
    assert data.startswith(b"\xef\xbb\xbf"), "a BOM, or Excel reads it as ANSI"
    rows = [line.split(";") for line in data.decode("utf-8-sig").split("\r\n")[:-1]]
    assert rows[0] == [
        *ui("compare.csv_header").split(";"),
        *(f"{n} ({label})" for n, label in columns),
        ui("compare.total_school"),
    ]
    assert [row[0] for row in rows[1:]] == ITEMS
    row_2a = rows[1 + ITEMS.index("2a")]
    assert row_2a[4:] == [LABEL["nee"], LABEL["ja"], LABEL["onbekend"], counts_text(["ja", "nee", "onbekend"])]
    assert rows[1 + ITEMS.index("1c")][4:] == ["", "", "", counts_text([None] * 3)]


def pdf(page, path) -> PdfReader:
    page.emulate_media(media="print")
    page.pdf(path=str(path), format="A4", prefer_css_page_size=True)
    return PdfReader(path)


def words(text: str) -> str:
    """Text with single spaces, and ligatures (ﬀ) as the letters they are."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_printed_landscape_titled_with_its_sources_and_no_row_split(page, six, tmp_path):
    load(page, files_of(six))
    expect(page.get_by_role("button", name=ui("compare.add_link"))).to_be_visible()
    printed = pdf(page, tmp_path / "dicht.pdf")
    first = words(printed.pages[0].extract_text())
    assert len(printed.pages) == 1, "six schools on one sheet"
    assert first.startswith(ui("compare.title")), "the comparison's heading is the title on paper"
    assert re.search(re.escape(ui("compare.made", date="@")).replace("@", r"\d+ \w+ \d{4}"), first), "the date"
    assert all(words(criterion_title(c)) in first for c in CRITERIA), "the heatmap on the first page"
    whole = words(" ".join(p.extract_text() for p in printed.pages))
    assert ui("compare.sources") in whole and all(f"school-{n:02d}.json" in whole for n in range(1, 7))
    for sheet in printed.pages:
        assert (float(sheet.mediabox.width), float(sheet.mediabox.height)) == pytest.approx((842, 595), abs=1)
    expect(page.get_by_role("button", name=ui("compare.add_link"))).to_be_hidden()
    expect(page.get_by_label(ui("compare.files"))).to_be_hidden()

    page.emulate_media(media="screen")
    compare_page(page).get_by_role("button", name=ui("compare.open_all")).click()
    printed = pdf(page, tmp_path / "open.pdf")
    pages = [words(sheet.extract_text()) for sheet in printed.pages]
    assert len(pages) > 1
    for item in CHECKLIST.items:
        text = words(item.text)
        start, end = " ".join(text.split()[:4]), " ".join(text.split()[-3:])
        assert any(start in p and end in p for p in pages), f"{item.id} is split over two pages"


# --- Accessible ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_with_six_schools(new_context, axe, six, scheme):
    page = new_context(color_scheme=scheme, viewport={"width": 1280, "height": 800}).new_page()
    load(page, files_of(known_case(six)))
    compare_page(page).get_by_role("button", name=ui("compare.open_all")).click()
    page.mouse.move(
        0, 0
    )  # a hovered .gk-button is checked on its hover colours (base.css), not what this test is about
    assert axe(page) == []
    compare_page(page).get_by_label(ui("compare.mode_team")).check()
    assert axe(page) == []
