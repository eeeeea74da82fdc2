"""The front end's pure modules and store, tested in Node (tests/unit/js/*.test.js) with the real vocabulary."""

import json
import os
import subprocess
from pathlib import Path

from macros import CONTENT
from macros.content import load
from macros.pagedata import browser_config, checklist_data
from macros.text import Marks

ROOT = Path(__file__).resolve().parents[2]


def test_node_unit_tests(tmp_path):
    checklist = load(ROOT / CONTENT)
    fixture = tmp_path / "fixture.json"
    fixture.write_text(
        json.dumps(
            {
                "config": browser_config(checklist, use_directory_urls=True, texts=set(checklist.ui)),
                "checklist": checklist_data(checklist, Marks(checklist.site.publisher), use_directory_urls=True),
            }
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            "node",
            "--test",
            "--test-reporter=dot",
            *sorted(map(str, (ROOT / "tests" / "unit" / "js").glob("*.test.js"))),
        ],
        env={**os.environ, "GK_FIXTURE": str(fixture)},
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
