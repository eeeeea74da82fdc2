"""What the browser needs to export, share and compare answers: the checklist as plain data.

Rendered as JSON into the overview and compare pages, so an item added to content/criteria.yaml is in every
export, CSV, share link and comparison without another edit.
"""

from .render import ANSWERS
from .schema import Checklist


def checklist_data(checklist: Checklist) -> dict:
    return {
        "version": checklist.version,
        "answers": dict(ANSWERS),
        "themes": [
            {
                "title": theme.title,
                "criteria": [
                    {
                        "number": criterion.number,
                        "title": criterion.title,
                        "items": [{"id": item.id, "text": item.text} for item in criterion.items],
                    }
                    for criterion in theme.criteria
                ],
            }
            for theme in checklist.themes
        ],
    }
