"""The compare page with many schools (issue 12): how long it takes to draw 6 and 40 files, on this machine and with
the CPU slowed down 4× (about a school laptop), and how many A4 sheets the printout takes for 6 and 10 schools.

The files are the tests' generated exports (tests.helpers.school_exports). The page measures itself with the User
Timing API: gk-compare-render is drawing the table, gk-compare-loaded runs from the choice of files to the next frame
after it (reading the files, drawing and the browser's layout).
"""

import statistics
from pathlib import Path

from pypdf import PdfReader

from tests.helpers import as_file, school_exports, ui

from .core import Bench, Row, measurement, progress

RUNS = 3
SLOWER = 4  # Chrome DevTools' "4× slowdown", its stand-in for a mid-range laptop


def load(page, url: str, count: int) -> dict[str, float]:
    """Open the compare page, choose count files at once; the page's own timings in ms."""
    page.goto(url + "vergelijken/")
    with page.expect_file_chooser() as chooser:
        page.get_by_label(ui("compare.files")).click()
    chooser.value.set_files([as_file(f"school-{n:02d}.json", data) for n, data in enumerate(school_exports(count), 1)])
    page.wait_for_function("performance.getEntriesByName('gk-compare-loaded').length > 0")
    return page.evaluate("""() => Object.fromEntries(["gk-compare-render", "gk-compare-loaded"]
        .map((name) => [name, performance.getEntriesByName(name).at(-1).duration]))""")


def timing_rows(browser, url: str) -> list[Row]:
    rows = []
    for slower in (1, SLOWER):
        for count in (6, 40):
            runs = []
            progress(f"compare page, {count} files, CPU ÷{slower}")
            for _ in range(RUNS):
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": slower})
                runs.append(load(page, url, count))
                page.close()
            render = statistics.median(run["gk-compare-render"] for run in runs)
            loaded = statistics.median(run["gk-compare-loaded"] for run in runs)
            cpu = "this CPU" if slower == 1 else f"CPU {slower}× slower"
            rows.append(
                Row(
                    f"compare page, {count} files, {cpu}: draw / choice to frame (median of {RUNS})",
                    f"{render:.0f} / {loaded:.0f} ms",
                    "< 1000 ms",
                    loaded < 1000,
                )
            )
    return rows


def sheets(browser, url: str, count: int, statements: bool, path: Path) -> int:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    load(page, url, count)
    if statements:
        page.get_by_role("button", name=ui("compare.open_all")).click()
    page.emulate_media(media="print")
    page.pdf(path=str(path), format="A4", prefer_css_page_size=True)
    page.close()
    return len(PdfReader(path).pages)


def print_rows(browser, url: str, workdir: Path) -> list[Row]:
    rows = []
    for count in (6, 10):
        closed = sheets(browser, url, count, False, workdir / f"compare-{count}.pdf")
        opened = sheets(browser, url, count, True, workdir / f"compare-{count}-open.pdf")
        rows.append(
            Row(
                f"compare page printed, {count} schools: criteria / with all statements",
                f"{closed} / {opened} A4 landscape",
            )
        )
    return rows


@measurement("compare", "The compare page (issue 12): 6 and 40 schools drawn, and printed")
def compare_page(bench: Bench) -> list[Row]:
    url = bench.site("ours").url
    return timing_rows(bench.browser(), url) + print_rows(bench.browser(), url, bench.workdir)
