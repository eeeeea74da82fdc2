"""make bench: how fast the site builds, how light and quick its pages are, and how it holds up at scale, beside the
targets of issues 5, 8 and 14.

Prints one table (measure, figure, target, pass/FAIL) on stdout and its progress on stderr. These are figures, not
tests: they depend on the machine and its load, so they are not part of `make test`. Needs the test venv, npm's tools
and Chromium (make installs them).

    python -m bench                      # everything (half an hour: about 120 Lighthouse runs)
    python -m bench --runs 1 --scale 100 --only weight,scale   # a quick look while working
    python -m bench --list               # the measurements, by name

Every site is built into a temporary folder and served gzipped from 127.0.0.1, as a static host would serve it;
the sites at scale are our project copied there with its content multiplied (never committed).
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from . import compare_page, measures, scale  # noqa: F401  (their measurements register themselves)
from .core import MEASUREMENTS, Bench, Row, progress, table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="Lighthouse runs per page type and site (default 5)")
    parser.add_argument("--scale", default="25,100,250,1000", help="statement counts (default 25,100,250,1000)")
    parser.add_argument("--only", help="measurements to take, by name, comma-separated (default: all)")
    parser.add_argument("--list", action="store_true", help="list the measurements and stop")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (sites, Lighthouse reports)")
    args = parser.parse_args(argv)
    if args.list:
        for name, title, _ in MEASUREMENTS:
            print(f"{name:<12} {title}")
        return 0
    names = [name for name, _, _ in MEASUREMENTS]
    chosen = args.only.split(",") if args.only else names
    if unknown := set(chosen) - set(names):
        parser.error(f"unknown measurement {', '.join(sorted(unknown))}; choose from {', '.join(names)}")

    workdir = Path(tempfile.mkdtemp(prefix="bench-"))
    bench = Bench(workdir, runs=args.runs, scale=tuple(int(n) for n in args.scale.split(",")))
    load_before = os.getloadavg()[0]
    sections = []
    failed = False
    try:
        for name, title, function in MEASUREMENTS:
            if name not in chosen:
                continue
            progress(f"— {name}: {title}")
            start = time.perf_counter()
            try:
                rows = function(bench)
            except Exception as error:  # one broken measurement does not lose the others
                traceback.print_exc()
                rows = [Row(f"{name}: could not be measured", f"{type(error).__name__}: {error}"[:100], "", False)]
                failed = True
            sections.append((f"{title}  [{time.perf_counter() - start:.0f} s]", rows))
        chromium = bench._browser.version if bench._browser else "not started"
    finally:
        bench.close()
        if args.keep:
            progress(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    benchmark = bench.shared.get("benchmark")
    print(
        f"{os.cpu_count()} cores, load average {load_before:.1f} before and {os.getloadavg()[0]:.1f} after; "
        f"Chromium {chromium}"
        + (f"; Lighthouse benchmarkIndex {min(benchmark):.0f}–{max(benchmark):.0f}" if benchmark else "")
        + f"; {args.runs} Lighthouse run(s) per page and site. Pages served gzipped from 127.0.0.1.\n"
    )
    print(table(sections))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
