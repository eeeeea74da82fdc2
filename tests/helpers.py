"""What the tests know about the site, taken from the content model: texts, answers, ids and the saved document.

Nothing here repeats the content file: a label, a text or an id comes from `content/criteria.yaml` through
`macros`, so a change of wording changes the tests with it.
"""

import json
import random
import re
from pathlib import Path

from playwright.sync_api import expect

from macros import CONTENT
from macros.content import load
from macros.pagedata import STORAGE_PREFIX
from macros.render import fill as fill_text
from macros.render import plural

ROOT = Path(__file__).resolve().parent.parent
CHECKLIST = load(ROOT / CONTENT)
KEY = STORAGE_PREFIX + "/"  # the store's key for a site served at the root
ITEMS = [item.id for item in CHECKLIST.items]
PAGE_OF = {
    item.id: f"{theme.slug}/{criterion.slug}/" for theme, criterion in CHECKLIST.criteria for item in criterion.items
}
CRITERION_4 = PAGE_OF["4b"]  # 4a and 4b are class statements, 4c and 4d school/region statements
# The statements of each role's view (the start paths, /overzicht/?voor=<role>), in checklist order.
ROLE_ITEMS = {role.id: [item.id for item in CHECKLIST.role_items(role.id)] for role in CHECKLIST.roles}
LABEL = {answer.value: answer.label for answer in CHECKLIST.answers}
COUNT = {answer.value: answer.count for answer in CHECKLIST.answers}
PAGE = {
    page.id: page.file.removesuffix(".md").removesuffix("index") + ("/" if page.id != "home" else "")
    for page in CHECKLIST.pages
}
CHANGED = "2026-11-01T10:00:00.000Z"
STATUS_LABEL = {status.value: status.label for status in CHECKLIST.statuses}
PLANNED = CHECKLIST.statuses[0].value  # a new step's status
DONE = next(status.value for status in CHECKLIST.statuses if status.done)


def ui(key: str, n: int | None = None, **values) -> str:
    """An interface text by its name, filled in as the page does it: ui("item.cleared", id="4a")."""
    text = CHECKLIST.ui
    for part in key.split("."):
        text = text[part]
    if isinstance(text, dict):
        return plural(text, n, **values)
    return fill_text(text, **values, **({} if n is None else {"n": n}))


def entry(answer=None, note=None, changed=CHANGED) -> dict:
    value = {"changed": changed}
    if answer:
        value["answer"] = answer
    if note:
        value["note"] = note
    return value


def plan_step(id: str, item: str, step: str, *, who="", when="", done_when="", status=PLANNED, changed=CHANGED) -> dict:
    """A step of the action plan as the store keeps it."""
    return {
        "id": id,
        "item": item,
        "step": step,
        "who": who,
        "when": when,
        "done_when": done_when,
        "status": status,
        "changed": changed,
    }


def saved_document(answers: dict | None = None, *, lists: list | None = None, schema: int = 2) -> str:
    """A saved document as the store writes it, with one list (answers) or several (lists of dicts)."""
    lists = lists or [{"id": "p1", "name": "Klas 3b", "answers": answers or {}}]
    lists = [{"named": True, "plan": [], "measurements": [], **entry} for entry in lists]
    return json.dumps(
        {"format": "gelijke-kansen/zelfcheck", "schema": schema, "active": lists[0]["id"], "lists": lists}
    )


def version_1_document(answers: dict, measurements: list | None = None) -> str:
    """A saved document as the site wrote it before schema 2 (profiles, full measurements)."""
    profile = {"id": "p1", "name": "Mijn checklist", "answers": answers, "measurements": measurements or []}
    return json.dumps({"format": "gelijke-kansen/zelfcheck", "schema": 1, "active": "p1", "profiles": [profile]})


def seed(context, entries: dict[str, str]) -> None:
    """Put raw values in localStorage before any page script runs (once per context)."""
    context.add_init_script(
        f"""if (!sessionStorage.getItem("seeded")) {{
              sessionStorage.setItem("seeded", "1");
              for (const [k, v] of Object.entries({json.dumps(entries)})) localStorage.setItem(k, v);
            }}"""
    )


def stored(page) -> dict[str, str]:
    """Every localStorage key of the origin with its raw value."""
    return page.evaluate("Object.fromEntries(Object.entries(localStorage))")


def saved(page) -> dict:
    """The saved document, after the store has written what it had queued."""
    page.evaluate("GK.store.settled()")
    return json.loads(stored(page)[KEY])


def answers(page) -> dict:
    """The answers of the list this tab shows, as saved."""
    return page.evaluate("GK.store.settled().then(() => GK.store.list().answers)")


def statement(page, id: str):
    return page.locator(f".gk-statement[data-item='{id}']")


def option(page, id: str, value: str):
    return statement(page, id).get_by_role("radio", name=LABEL[value], exact=True)


def answer(page, id: str, value: str) -> None:
    option(page, id, value).check()


def status_message(page):
    """The one polite live region that speaks status messages."""
    return page.locator(".gk-visually-hidden[role=status]")


def fill(page, given: dict, notes: dict | None = None) -> None:
    """Answers and notes through the store, as the statements would save them."""
    page.evaluate(
        """([given, notes]) => {
             for (const [id, value] of Object.entries(given)) GK.store.answer(id, value);
             for (const [id, text] of Object.entries(notes)) GK.store.note(id, text);
             return GK.store.settled();
           }""",
        [given, notes or {}],
    )


def export_file(name: str, given: dict, notes: dict | None = None, version: int = 1) -> dict:
    """A list's file as the site writes it ("Bewaar als bestand")."""
    notes = notes or {}
    return {
        "format": "gelijke-kansen/export",
        "version": version,
        "checklist": CHECKLIST.version,
        "profile": name,
        "exported": "2026-11-27T09:00:00.000Z",
        "items": [
            {
                "id": id,
                **({"answer": given[id]} if id in given else {}),
                **({"note": notes[id]} if id in notes else {}),
                **({"changed": "2026-11-20T10:00:00.000Z"} if id in given or id in notes else {}),
            }
            for id in ITEMS
        ],
    }


def school_exports(count: int, seed: int = 2026, measurements: int = 0) -> list[dict]:
    """count files of different schools, as "Bewaar als bestand" writes them (version 2): answers drawn from the scale
    (or none) by a seeded generator, so the same arguments always give the same files; a plan step on a statement of
    each school; and measurements, oldest first, each a school year earlier."""
    rng = random.Random(seed)
    values = [answer.value for answer in CHECKLIST.answers]
    files = []
    for n in range(1, count + 1):

        def answered(when: str) -> list[dict]:
            given = {id: rng.choice([*values, None]) for id in ITEMS}
            return [{"id": id, **({"answer": a, "changed": when} if a else {})} for id, a in given.items()]

        step = {
            "id": "s1",
            "item": rng.choice(ITEMS),
            "step": "Gastles door een technicus",
            "who": "",
            "when": "",
            "done_when": "",
            "status": "gepland",
            "changed": "2026-11-01T10:00:00.000Z",
        }
        files.append(
            {
                "format": "gelijke-kansen/export",
                "version": 2,
                "checklist": CHECKLIST.version,
                "profile": f"School {n:02d}",
                "exported": "2026-11-27T09:00:00.000Z",
                "items": answered("2026-11-20T10:00:00.000Z"),
                "plan": [step],
                "measurements": [
                    {
                        "id": f"m{m}",
                        "name": f"schooljaar {2025 - m}/{26 - m}",
                        "date": f"{2026 - m}-06-30T10:00:00.000Z",
                        "items": [item for item in answered(f"{2026 - m}-06-01T10:00:00.000Z") if "answer" in item],
                        "plan": {"s1": "gepland"},
                    }
                    for m in range(measurements, 0, -1)
                ],
            }
        )
    return files


def as_file(name: str, content) -> dict:
    data = content if isinstance(content, bytes) else json.dumps(content).encode()
    return {"name": name, "mimeType": "application/json", "buffer": data}


def follow_menu_to_criterion_4(page) -> None:
    """From the home page to criterion 4 through the menu, with Material's instant navigation: a flag set on the
    first page survives only if Material swaps the page instead of loading it."""
    page.goto("")
    page.evaluate("window.__samePage = true")
    theme, criterion = CHECKLIST.criteria[3]
    page.get_by_role("link", name=theme.title, exact=True).first.click()
    page.get_by_role("link", name=f"{criterion.number}. {criterion.title}").last.click()
    page.wait_for_url(f"**/{CRITERION_4}")


def reach(control):
    """Scroll to a control, as a reader does before using it: the tools further down the overview come when the
    reader gets near them (components/when-near.js). Playwright scrolls an element only once it can be used; focus()
    and press() do not wait at all, so this waits until the control's code has come."""
    control.scroll_into_view_if_needed()
    expect(control).to_have_js_property("inert", False)
    return control


def choose(page, label: str, files) -> None:
    """Pick files through the browser's own file chooser, as a person does."""
    with page.expect_file_chooser() as chooser:
        reach(page.get_by_label(label)).click()
    chooser.value.set_files(files)


def name_the_list(page, name: str = "") -> None:
    """Answer the question the site asks before a list nobody named leaves the browser: its name, or "" to skip."""
    dialog = page.get_by_role("dialog", name=ui("name_prompt.title"))
    if name:
        dialog.get_by_label(ui("name_prompt.label")).fill(name)
        dialog.get_by_role("button", name=ui("name_prompt.save")).click()
    else:
        dialog.get_by_role("button", name=ui("name_prompt.skip")).click()


def download(page, name: str, *, naming: str | None = None) -> tuple[str, bytes]:
    """Click the button whose name starts with name; the downloaded file's name and bytes. naming: the answer when the
    site asks for the list's name first (see name_the_list); None when it does not ask."""
    with page.expect_download() as info:
        reach(page.get_by_role("button", name=re.compile("^" + re.escape(name)))).click()
        if naming is not None:
            name_the_list(page, naming)
    return info.value.suggested_filename, Path(info.value.path()).read_bytes()
