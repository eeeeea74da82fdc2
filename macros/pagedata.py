"""What the page scripts get from the build, as JSON in the page's <head> (overrides/main.html).

- `config`, on every page: the vocabulary (answer scale, scopes, roles, limits, retired ids and answers), the
  interface texts that the page's scripts can show (the groups of `ui:` that their code names: macros/bundle.py),
  the addresses of the fixed pages and what the scripts must agree with the build on (the item-id pattern, the
  storage key's prefix). The scripts never repeat any of it.
- `checklist`, only on pages whose tools export or compare: every theme, criterion and item, as plain text.

Addresses are relative to the site's root (Material's __md_scope), as this build writes them: `overzicht/`, or
`overzicht.html` in the offline build.
"""

from mkdocs.structure.files import File

from .schema import ITEM_ID, Checklist
from .text import Marks

STORAGE_PREFIX = "gelijke-kansen@"  # + the site's base path: several sites may share one origin


def page_url(src_uri: str, use_directory_urls: bool) -> str:
    return File(src_uri, None, None, use_directory_urls).url


def browser_config(checklist: Checklist, use_directory_urls: bool, texts: set[str]) -> dict:
    vocabulary = checklist.model_dump(
        include={"answers", "unanswered", "statuses", "scopes", "roles", "limits", "retired"}
    )
    return {
        "version": checklist.version,
        "storage": STORAGE_PREFIX,
        "itemId": ITEM_ID,
        **vocabulary,
        "ui": {group: value for group, value in checklist.ui.items() if group in texts},
        "pages": {page.id: page_url(page.file, use_directory_urls) for page in checklist.pages},
    }


def checklist_data(checklist: Checklist, marks: Marks, use_directory_urls: bool) -> dict:
    return {
        "themes": [
            {
                "slug": theme.slug,
                "title": theme.title,
                "url": page_url(theme.page, use_directory_urls),
                "criteria": [
                    {
                        "number": criterion.number,
                        "title": criterion.title,
                        "url": page_url(theme.criterion_page(criterion), use_directory_urls),
                        "tips": [marks.plain(tip) for tip in criterion.tips],
                        "items": [
                            {"id": item.id, "scope": item.scope, "text": marks.plain(item.text)}
                            for item in criterion.items
                        ],
                    }
                    for criterion in theme.criteria
                ],
            }
            for theme in checklist.themes
        ],
    }
