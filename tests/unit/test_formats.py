"""The documented file format agrees with the vocabulary: the JSON Schema is tested against the model."""

import json

from macros.schema import ITEM_ID
from tests.helpers import CHECKLIST, ROOT

SCHEMA = json.loads((ROOT / "formats" / "export-v1.schema.json").read_text(encoding="utf-8"))


def test_the_schema_knows_every_answer_value_and_the_item_id_pattern():
    item = SCHEMA["$defs"]["item"]["properties"]
    values = [answer.value for answer in [*CHECKLIST.answers, *CHECKLIST.retired.answers]]
    assert sorted(item["answer"]["enum"], key=str) == sorted([*values, None], key=str)
    assert item["id"]["pattern"] == ITEM_ID
