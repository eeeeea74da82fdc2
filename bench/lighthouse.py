"""Lighthouse 12 (npm's, in the system Chromium): one run, read into the figures the table needs."""

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .core import CHROMIUM, CHROMIUM_FLAGS, NPM_BIN, progress

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


@dataclass
class Result:
    scores: dict[str, int]  # category → 0–100
    fcp: float  # ms
    lcp: float  # ms
    tbt: float  # ms
    cls: float
    tti: float  # ms
    benchmark: float  # Lighthouse's benchmarkIndex of this machine, at the time

    @property
    def performance(self) -> int:
        return self.scores["performance"]


def lighthouse(url: str, report: Path, desktop: bool = False, categories: tuple[str, ...] = ("performance",)) -> Result:
    """One Lighthouse run (mobile unless desktop) of url; the JSON report is kept at report. Tried twice: a run on
    a busy machine now and then fails to start Chromium in time."""
    command = [
        NPM_BIN / "lighthouse",
        url,
        *(["--preset=desktop"] if desktop else []),
        f"--only-categories={','.join(categories)}",
        "--quiet",
        "--no-enable-error-reporting",
        "--output=json",
        f"--output-path={report}",
        "--max-wait-for-load=90000",
        f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}",
    ]
    for attempt in (1, 2):
        result = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True)
        data = json.loads(report.read_text(encoding="utf-8")) if result.returncode == 0 and report.exists() else {}
        if data and not data.get("runtimeError") and data["categories"]["performance"]["score"] is not None:
            break
        progress(f"Lighthouse failed on {url} (attempt {attempt}): {data.get('runtimeError') or result.stderr[-300:]}")
    else:
        raise RuntimeError(f"Lighthouse failed twice on {url}")
    audits = data["audits"]
    value = lambda name: audits[name]["numericValue"]  # noqa: E731
    return Result(
        scores={key: round(category["score"] * 100) for key, category in data["categories"].items()},
        fcp=value("first-contentful-paint"),
        lcp=value("largest-contentful-paint"),
        tbt=value("total-blocking-time"),
        cls=value("cumulative-layout-shift"),
        tti=value("interactive"),
        benchmark=data["environment"]["benchmarkIndex"],
    )
