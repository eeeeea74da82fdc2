"""The documented file formats agree with the vocabulary: the JSON Schemas are tested against the model."""

import json

import pytest

from macros.schema import ITEM_ID
from tests.helpers import CHECKLIST, ROOT

SCHEMAS = {
    version: json.loads((ROOT / "formats" / f"export-v{version}.schema.json").read_text(encoding="utf-8"))
    for version in (1, 2)
}


@pytest.mark.parametrize("version", SCHEMAS)
def test_the_schema_knows_every_answer_value_and_the_item_id_pattern(version):
    schema = SCHEMAS[version]
    item = schema["$defs"]["item"]["properties"]
    values = [answer.value for answer in [*CHECKLIST.answers, *CHECKLIST.retired.answers]]
    assert sorted(item["answer"]["enum"], key=str) == sorted([*values, None], key=str)
    pattern = item["id"]["pattern"] if "pattern" in item["id"] else schema["$defs"]["itemId"]["pattern"]
    assert pattern == ITEM_ID


def test_the_schema_knows_every_status_of_a_plan_step():
    assert SCHEMAS[2]["$defs"]["status"]["enum"] == [status.value for status in CHECKLIST.statuses]
