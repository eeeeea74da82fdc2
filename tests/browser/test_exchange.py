"""Taking answers along and working together (exchange.js) in Chromium: export and import, share links,
checklists, measurements and the compare view; with real downloads and real file choosers."""

import csv
import json
import re
from datetime import datetime
from pathlib import Path

import jsonschema
import pytest
from playwright.sync_api import expect

from macros import CONTENT
from macros.content import load

ROOT = Path(__file__).resolve().parent.parent
CHECKLIST = load(ROOT / CONTENT)
ITEMS = [item.id for item in CHECKLIST.items]
LABELS = {"nee": "Nog niet", "deels": "Deels", "ja": "Ja", "onbekend": "Weet ik niet"}
SCHEMA = json.loads((ROOT / "formats" / "export-v1.schema.json").read_text(encoding="utf-8"))
XSS = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script> & "quotes"'
TODAY = re.compile(r"\d{4}-\d\d-\d\d")


def fill(page, answers: dict, notes: dict | None = None):
    page.evaluate(
        """([answers, notes]) => {
             for (const [id, a] of Object.entries(answers)) GK.store.setAnswer(id, a);
             for (const [id, n] of Object.entries(notes)) GK.store.setNote(id, n);
           }""",
        [answers, notes or {}],
    )


def storage(page) -> dict:
    """Every key of localStorage with its raw text: compared byte for byte."""
    return page.evaluate("Object.fromEntries(Object.entries(localStorage))")


def state(page) -> dict:
    return page.evaluate("GK.store.all()")


def download(page, name: str) -> tuple[str, bytes]:
    with page.expect_download() as info:
        page.get_by_role("button", name=name).click()
    return info.value.suggested_filename, Path(info.value.path()).read_bytes()


def choose(page, label: str, files):
    """Pick files through the browser's own file chooser, as a person does."""
    with page.expect_file_chooser() as chooser:
        page.get_by_label(label).click()
    chooser.value.set_files(files)


def as_file(name: str, content) -> dict:
    data = content if isinstance(content, bytes) else json.dumps(content).encode()
    return {"name": name, "mimeType": "application/json", "buffer": data}


def export_doc(profile: str, answers: dict, notes: dict | None = None) -> dict:
    """An export as the site writes it (format v1)."""
    return {
        "format": "gelijke-kansen/export", "version": 1, "checklist": CHECKLIST.version, "profile": profile,
        "exported": "2026-11-27T09:00:00.000Z",
        "items": [
            {"id": id, **({"answer": answers[id]} if id in answers else {}),
             **({"note": (notes or {})[id]} if id in (notes or {}) else {}), "changed": "2026-11-20T10:00:00.000Z"}
            for id in ITEMS
        ],
    }


def run_import(page):
    """Confirm the open import dialog and wait until it has been applied (the dialog closes asynchronously)."""
    page.locator("dialog[open]").get_by_role("button", name="Importeer").click()
    page.locator("#gk-undo").wait_for()


def status(page) -> str:
    return page.locator("#gk-status").inner_text()


@pytest.fixture
def no_dialogs(page):
    """alert(), confirm() or prompt() from any script is a failure (an injected note must not run)."""
    opened = []
    page.on("dialog", lambda dialog: (opened.append(dialog.message), dialog.dismiss()))
    yield opened
    assert opened == []


# Export and import


def test_export_then_wipe_then_import_gives_the_same_state(page, tmp_path):
    page.goto("overzicht/")
    fill(page, {"1a": "ja", "4b": "deels", "9b": "onbekend"}, {"4b": "Met de sectie, ë en \"aanhalingstekens\"\nregel 2"})
    page.evaluate("GK.store.replaceAll({...GK.store.all(), '12z': {answer: 'nee', changed: '2025-01-01T00:00:00Z'}})")
    page.evaluate("GK.store.renameProfile(GK.store.active().id, 'Mavo Noord 3b')")
    before = state(page)

    name, data = download(page, "Exporteer (JSON)")
    assert re.fullmatch(r"gelijke-kansen-mavo-noord-3b-\d{4}-\d\d-\d\d\.json", name)
    doc = json.loads(data.decode("utf-8"))
    jsonschema.validate(doc, SCHEMA, format_checker=jsonschema.FormatChecker())
    assert (doc["format"], doc["version"], doc["checklist"], doc["profile"]) == (
        "gelijke-kansen/export", 1, CHECKLIST.version, "Mavo Noord 3b")
    assert [item["id"] for item in doc["items"]] == ITEMS + ["12z"], "checklist order, then unknown ids"
    for stamp in [doc["exported"]] + [item["changed"] for item in doc["items"] if "changed" in item]:
        datetime.fromisoformat(stamp)  # the schema's date-time, checked for real
    assert doc["items"][0]["text"] == CHECKLIST.items[0].text

    page.evaluate("GK.store.replaceAll({})")
    (tmp_path / name).write_bytes(data)
    choose(page, "Importeer een export (.json)", tmp_path / name)
    dialog = page.get_by_role("dialog", name="Antwoorden importeren")
    expect(dialog).to_contain_text("4 nieuw, 0 anders en 0 alleen bij jou")
    dialog.get_by_label("Vervang al mijn antwoorden en notities").check()
    run_import(page)
    assert state(page) == before
    assert "Mavo Noord 3b" in status(page)


def test_csv_opens_in_dutch_excel(page, tmp_path):
    page.goto("overzicht/")
    note = 'Eén; "twee"\nen drie'
    fill(page, {"1a": "ja", "2a": "nee", "9b": "onbekend"}, {"2a": note, "9b": "=1+1 is geen formule"})
    name, data = download(page, "Exporteer voor Excel (CSV)")
    assert re.fullmatch(r"gelijke-kansen-mijn-checklist-\d{4}-\d\d-\d\d\.csv", name)
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    assert data.endswith(b"\r\n") and b"\r\n" in data
    (tmp_path / name).write_bytes(data)
    with open(tmp_path / name, encoding="utf-8-sig", newline="") as file:  # as Excel reads it
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0] == ["Nummer", "Thema", "Criterium", "Uitspraak", "Antwoord", "Notitie", "Gewijzigd"]
    assert [row[0] for row in rows[1:]] == ITEMS
    by_id = {row[0]: row for row in rows[1:]}
    theme = CHECKLIST.themes[0]
    assert by_id["1a"][1:5] == [theme.title, f"1. {theme.criteria[0].title}", CHECKLIST.items[0].text, "Ja"]
    assert by_id["2a"][4:6] == ["Nog niet", note]
    assert by_id["9b"][4:6] == ["Weet ik niet", "'=1+1 is geen formule"], "a formula never runs"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", by_id["1a"][6])
    assert by_id["1b"][4:] == ["", "", ""]


BAD_FILES = {
    "not json": (b"{dit is geen json", "geen JSON-bestand"),
    "empty": (b"", "geen JSON-bestand"),
    "other format": (json.dumps({"format": "iets-anders", "version": 1}).encode(), "geen export van deze checklist"),
    "the store's own document": (json.dumps({"format": "gelijke-kansen/zelfcheck", "schema": 1}).encode(),
                                 "geen export van deze checklist"),
    "newer version": (json.dumps({**export_doc("X", {}), "version": 2}).encode(), "nieuwere versie"),
    "items not a list": (json.dumps({**export_doc("X", {}), "items": {"1a": "ja"}}).encode(), "beschadigd"),
    "unknown answer": (json.dumps(export_doc("X", {"1a": "misschien"})).encode(), "beschadigd"),
    "id that is no item id": (json.dumps({**export_doc("X", {}), "items": [{"id": "__proto__", "answer": "ja"}]}).encode(),
                              "beschadigd"),
    "id twice": (json.dumps({**export_doc("X", {}), "items": [{"id": "1a"}, {"id": "1a"}]}).encode(), "beschadigd"),
    "note not text": (json.dumps({**export_doc("X", {}), "items": [{"id": "1a", "note": {"html": "x"}}]}).encode(),
                      "beschadigd"),
    "too large": (json.dumps({**export_doc("X", {"1a": "ja"}), "padding": "x" * 1_000_001}).encode(), "te groot"),
}


@pytest.mark.parametrize("content, message", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_file_changes_nothing_and_says_why(page, content, message):
    page.goto("overzicht/")
    fill(page, {"1a": "nee", "3b": "ja"}, {"3b": "mijn notitie"})
    page.evaluate("GK.store.saveMeasurement('vorig jaar')")
    before = storage(page)
    choose(page, "Importeer een export (.json)", as_file("bestand.json", content))
    page.wait_for_function("document.querySelector('#gk-status').textContent")
    assert message in status(page) and "Er is niets veranderd." in status(page)
    assert not page.locator("dialog[open]").count(), "no choice is offered"
    assert storage(page) == before


def test_merge_choices_and_undo(page):
    page.goto("overzicht/")
    fill(page, {"1a": "nee", "1b": "ja"})
    mine = state(page)
    incoming = as_file("school.json", export_doc("Mavo Zuid", {"1a": "ja", "2a": "deels"}))

    choose(page, "Importeer een export (.json)", incoming)
    dialog = page.get_by_role("dialog", name="Antwoorden importeren")
    expect(dialog).to_contain_text("Mavo Zuid: 2 ingevuld")
    expect(dialog).to_contain_text("1 nieuw, 1 anders en 1 alleen bij jou")
    assert dialog.get_by_label("houd mijn antwoord").is_checked(), "the safe choice comes first"
    run_import(page)
    assert {id: e["answer"] for id, e in state(page).items()} == {"1a": "nee", "1b": "ja", "2a": "deels"}

    page.get_by_role("button", name="Ongedaan maken").click()
    assert state(page) == mine

    choose(page, "Importeer een export (.json)", incoming)
    dialog.get_by_label("neem het nieuwe antwoord").check()
    run_import(page)
    assert {id: e["answer"] for id, e in state(page).items()} == {"1a": "ja", "1b": "ja", "2a": "deels"}
    page.get_by_role("button", name="Ongedaan maken").click()

    choose(page, "Importeer een export (.json)", incoming)
    dialog.get_by_label("Maak er een nieuwe checklist van").check()
    assert dialog.get_by_label("Naam van de nieuwe checklist").input_value() == "Mavo Zuid"
    run_import(page)
    assert page.evaluate("GK.store.active().name") == "Mavo Zuid"
    assert page.evaluate("GK.store.profiles().map(p => p.name)") == ["Mijn checklist", "Mavo Zuid"]
    page.get_by_role("button", name="Ongedaan maken").first.click()
    assert page.evaluate("GK.store.profiles().map(p => p.name)") == ["Mijn checklist"]
    assert state(page) == mine


def test_cancelling_an_import_changes_nothing(page):
    page.goto("overzicht/")
    fill(page, {"1a": "nee"})
    before = storage(page)
    choose(page, "Importeer een export (.json)", as_file("a.json", export_doc("A", {"1a": "ja"})))
    page.get_by_role("dialog", name="Antwoorden importeren").wait_for()  # the file is read asynchronously
    page.keyboard.press("Escape")
    assert not page.locator("dialog[open]").count()
    assert storage(page) == before
    assert page.get_by_label("Importeer een export (.json)").evaluate("el => el === document.activeElement")


def test_undo_is_withdrawn_after_a_later_change(page):
    """Undo restores a snapshot: after a newer change it would throw that change away, so it goes."""
    page.goto("overzicht/")
    choose(page, "Importeer een export (.json)", as_file("a.json", export_doc("A", {"1a": "ja"})))
    run_import(page)
    undo = page.locator("#gk-undo")
    assert undo.is_visible()
    fill(page, {"2a": "nee"})
    assert undo.is_hidden()


# Text from files and links stays text


def test_html_in_a_note_stays_text_everywhere(page, no_dialogs, tmp_path):
    page.goto("overzicht/")
    fill(page, {"1a": "ja"}, {"1a": XSS})
    name, data = download(page, "Exporteer (JSON)")
    (tmp_path / name).write_bytes(data)

    page.get_by_role("button", name="Deel mijn antwoorden").click()
    page.get_by_label("Met notities").check()
    link = page.get_by_label("Link", exact=True).input_value()
    page.keyboard.press("Escape")

    shared = page.context.new_page()
    shared.goto(link)
    view = shared.locator("#gk-shared")
    assert XSS in view.inner_text().replace("\n", "") or XSS in view.locator("small").first.text_content()
    shared.get_by_label("Zet mijn antwoorden ernaast").check()

    compare = page.context.new_page()
    compare.goto("vergelijken/")
    choose(compare, "Exportbestanden (.json), één of meer tegelijk", tmp_path / name)
    compare.get_by_text("Bestanden geladen: 1.").wait_for()
    assert compare.locator("#gk-out small").first.text_content() == XSS

    for p in (page, shared, compare):
        assert p.evaluate("window.hacked") is None
        assert p.locator("img[src=x]").count() == 0
        assert p.evaluate("[...document.scripts].some(s => s.textContent.includes('window.hacked=2'))") is False
    shared.close()
    compare.close()


# Share links


def share_link(page, name: str | None = None, notes: bool = False) -> str:
    page.get_by_role("button", name="Deel mijn antwoorden").click()
    dialog = page.get_by_role("dialog", name="Deel mijn antwoorden")
    if name:
        dialog.get_by_label("Naam in de link").fill(name)
    if notes:
        dialog.get_by_label("Met notities").check()
    link = dialog.get_by_label("Link", exact=True).input_value()
    dialog.get_by_role("button", name="Sluiten").click()
    return link


def test_share_link_round_trip_is_read_only_and_marked(page, browser, base_url):
    page.goto("overzicht/")
    answers = {id: ["nee", "deels", "ja", "onbekend"][i % 4] for i, id in enumerate(ITEMS)}
    fill(page, answers, {"4b": "Met de sectie"})
    link = share_link(page, "Mavo Noord")
    fragment = link.split("#", 1)[1]
    assert link.startswith(base_url + "overzicht/#")
    assert len(fragment) < 100 and "Met" not in fragment, "short, and without notes unless asked"

    other = browser.new_context(base_url=base_url)  # someone else, with their own browser
    them = other.new_page()
    them.goto(link)
    view = them.get_by_role("region", name="Antwoorden van Mavo Noord")
    assert view.is_visible()
    assert them.evaluate("document.activeElement.id") == "gk-shared-title"
    expect(view).to_contain_text("Alleen lezen")
    assert view.locator("input:not([type=checkbox]), textarea, select").count() == 0
    cells = view.locator("tbody tr:not(.gk-criterion) td")
    assert cells.all_inner_texts() == [LABELS[answers[id]] for id in ITEMS]
    assert them.evaluate("localStorage.length") == 0 or them.evaluate("GK.store.all()") == {}

    view.get_by_role("button", name="Bewaar als eigen checklist").click()
    dialog = them.get_by_role("dialog", name="Antwoorden importeren")
    assert dialog.get_by_label("Maak er een nieuwe checklist van").is_checked()
    run_import(them)
    assert them.evaluate("GK.store.active().name") == "Mavo Noord"
    assert {id: e["answer"] for id, e in them.evaluate("GK.store.all()").items()} == answers
    other.close()


def test_share_link_with_notes_carries_them(page, context):
    page.goto("overzicht/")
    fill(page, {"1a": "ja"}, {"1a": "Eén notitie; met \"tekens\" & meer", "2a": "alleen een notitie"})
    link = share_link(page, notes=True)
    view = context.new_page()
    view.goto(link)
    view.get_by_role("button", name="Bewaar als eigen checklist").click()
    run_import(view)
    got = view.evaluate("GK.store.all()")
    assert (got["1a"]["answer"], got["1a"]["note"]) == ("ja", "Eén notitie; met \"tekens\" & meer")
    assert got["2a"]["note"] == "alleen een notitie" and "answer" not in got["2a"]


def test_copying_the_share_link(page, context):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto("overzicht/")
    fill(page, {"1a": "ja"})
    share = page.get_by_role("button", name="Deel mijn antwoorden")
    share.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Deel mijn antwoorden")
    assert dialog.get_by_label("Naam in de link").evaluate("el => el === document.activeElement")
    dialog.get_by_role("button", name="Kopieer link").click()
    expect(dialog.get_by_role("status")).to_contain_text("Gekopieerd")
    assert page.evaluate("navigator.clipboard.readText()") == dialog.get_by_label("Link", exact=True).input_value()
    page.keyboard.press("Escape")
    assert share.evaluate("el => el === document.activeElement"), "focus goes back to where it was"


def test_without_clipboard_the_link_is_selected_to_copy_by_hand(context):
    context.add_init_script("Object.defineProperty(navigator, 'clipboard', {get: () => undefined})")
    page = context.new_page()
    page.goto("overzicht/")
    page.get_by_role("button", name="Deel mijn antwoorden").click()
    dialog = page.get_by_role("dialog", name="Deel mijn antwoorden")
    dialog.get_by_role("button", name="Kopieer link").click()
    expect(dialog.get_by_role("status")).to_contain_text("kopieer hem zelf")
    link = dialog.get_by_label("Link", exact=True)
    assert link.evaluate("el => el === document.activeElement && el.selectionEnd - el.selectionStart === el.value.length")


def test_share_link_for_25_answers_fits_a_chat_message(page, base_url):
    page.goto("overzicht/")
    fill(page, {id: "ja" for id in ITEMS})
    fragment = share_link(page).split("#", 1)[1]
    print(f"\nshare link for 25 answers: {len(base_url + 'overzicht/#' + fragment)} characters; fragment: {fragment}")
    assert "a=jjjjjj.j.jjj.jjjj.jj.j.jjj.jjj.jj" in fragment
    assert len(fragment) <= 80


@pytest.mark.parametrize("change", [
    lambda link: link.replace("a=j", "a=n", 1),
    lambda link: link[:-3],
    lambda link: link.replace("gk=1", "gk=x"),
    lambda link: link.replace("&s=", "&t=%7B%22__proto__%22%3A1%7D&s="),
], ids=["answer edited", "cut off", "bad version", "notes slipped in"])
def test_a_tampered_link_changes_nothing_and_says_so(page, context, change):
    page.goto("overzicht/")
    fill(page, {id: "ja" for id in ITEMS})
    link = change(share_link(page, "School"))
    them = context.new_page()
    them.goto("overzicht/")
    before = storage(them)
    them.goto(link)
    them.reload()  # a hash-only navigation does not load the page again
    message = them.locator("#gk-status")
    expect(message).to_contain_text("Deze link is niet compleet of is aangepast")
    expect(message).to_contain_text("Er is niets veranderd.")
    assert them.locator("#gk-shared").is_hidden()
    assert storage(them) == before


def test_a_link_from_a_newer_version_says_so(page):
    page.goto("overzicht/#gk=2&a=jjj&s=abc")
    assert "nieuwere versie" in status(page)


def test_data_from_a_newer_version_offers_no_changes(context):
    saved = {
        "format": "gelijke-kansen/zelfcheck", "schema": 2, "active": "p1",
        "profiles": [{"id": "p1", "name": "Klas 3b", "answers": {}, "measurements": []}],
    }
    context.add_init_script(f"localStorage.setItem('gelijke-kansen@/', {json.dumps(json.dumps(saved))})")
    page = context.new_page()
    page.goto("overzicht/")
    for control in [page.get_by_label("Importeer een export (.json)"),
                    page.get_by_role("button", name="Beheer checklists"),
                    page.get_by_role("button", name="Bewaar als meting")]:
        expect(control).to_be_disabled()
    expect(page.get_by_role("button", name="Exporteer (JSON)")).to_be_enabled()


def test_criterion_links_never_carry_answers(page):
    page.goto("overzicht/")
    fill(page, {"1a": "ja"})
    link = share_link(page)
    page.goto(link)
    hrefs = page.locator("[data-copy-link]").evaluate_all("links => links.map(a => a.href)")
    assert hrefs and not [href for href in hrefs if "gk=" in href or "a=" in href]


def test_closing_the_shared_view_removes_the_link_from_the_address(page):
    page.goto("overzicht/")
    fill(page, {"1a": "ja"})
    page.goto(share_link(page, "Collega"))
    page.get_by_role("button", name="Sluit", exact=True).click()
    assert page.locator("#gk-shared").is_hidden()
    assert "#" not in page.url
    assert page.evaluate("document.activeElement.id") == "bewaren-en-delen"


# Checklists and measurements


def test_checklists_create_rename_switch_and_survive_a_reload(page):
    page.goto("")
    bar = page.locator("[data-gk=profiles]")
    assert bar.get_by_label("Checklist", exact=True).locator("option").all_inner_texts() == ["Mijn checklist"]
    fill(page, {"1a": "ja"})
    bar.get_by_role("button", name="Beheer checklists").click()
    dialog = page.get_by_role("dialog", name="Checklists beheren")
    dialog.get_by_label("Naam van een nieuwe checklist").fill("Mavo Zuid")
    dialog.get_by_role("button", name="Maak nieuwe checklist").click()
    expect(bar.locator("#gk-bar-status")).to_contain_text("Checklist Mavo Zuid gemaakt")
    assert page.evaluate("GK.store.all()") == {}
    fill(page, {"1a": "nee"})

    bar.get_by_role("button", name="Beheer checklists").click()
    dialog.get_by_label("Nieuwe naam voor Mavo Zuid").fill("Mavo Zuid 3b")
    dialog.get_by_role("button", name="Wijzig naam").click()

    bar.get_by_role("button", name="Beheer checklists").click()
    dialog.get_by_label("Naam van een nieuwe checklist").fill("Mijn checklist")
    dialog.get_by_role("button", name="Maak nieuwe checklist").click()
    assert page.evaluate("GK.store.active().name") == "Mijn checklist (2)", "names stay apart"
    page.evaluate("GK.store.deleteProfile(GK.store.active().id)")
    page.get_by_label("Checklist", exact=True).select_option(label="Mavo Zuid 3b")
    expect(bar.locator("#gk-bar-status")).to_contain_text("Je werkt nu in Mavo Zuid 3b.")

    page.reload()
    select = page.get_by_label("Checklist", exact=True)
    assert select.locator("option").all_inner_texts() == ["Mijn checklist", "Mavo Zuid 3b"]
    assert select.locator("option:checked").inner_text() == "Mavo Zuid 3b"
    select.select_option(label="Mijn checklist")
    assert page.evaluate("GK.store.get('1a').answer") == "ja"
    page.goto("overzicht/")
    assert page.get_by_label("Checklist", exact=True).locator("option:checked").inner_text() == "Mijn checklist"


def test_deleting_a_checklist_asks_first_and_can_be_undone(page):
    page.goto("overzicht/")
    page.evaluate("GK.store.createProfile('School B', {'1a': {answer: 'ja', changed: '2026-01-01T00:00:00Z'}})")
    before = page.evaluate("GK.store.snapshot()")
    bar = page.locator("[data-gk=profiles]")

    bar.get_by_role("button", name="Beheer checklists").click()
    page.get_by_role("button", name="Verwijder School B").click()
    confirm = page.locator("#gk-confirm")
    expect(confirm).to_contain_text("School B verwijderen")
    assert confirm.get_by_role("button", name="Annuleer").evaluate("el => el === document.activeElement")
    confirm.get_by_role("button", name="Annuleer").click()
    assert page.evaluate("GK.store.snapshot()") == before

    page.get_by_role("button", name="Verwijder School B").click()
    confirm.get_by_role("button", name="Ja, verwijder").click()
    bar.get_by_text("Checklist School B is verwijderd.").wait_for()  # dialogs close asynchronously
    assert page.evaluate("GK.store.profiles().map(p => p.name)") == ["Mijn checklist"]
    assert not page.locator("dialog[open]").count()
    bar.get_by_role("button", name="Ongedaan maken").click()
    assert page.evaluate("GK.store.snapshot()") == before
    page.reload()
    assert page.evaluate("GK.store.active().name") == "School B"


def test_measurements_compare_now_with_then_and_survive_a_reload(page):
    page.goto("overzicht/")
    fill(page, {"1a": "nee", "1b": "ja", "2a": "deels"})
    name = page.get_by_label("Naam van de meting")
    assert re.fullmatch(r"schooljaar (\d{4})-(\d{4})", name.input_value())
    name.fill("schooljaar 2025-2026")
    page.get_by_role("button", name="Bewaar als meting").click()
    fill(page, {"1a": "ja", "1c": "ja", "2a": "deels"})
    page.reload()

    page.get_by_label("Vergelijk nu met").select_option(index=0)
    expect(page.get_by_label("Vergelijk nu met")).to_contain_text("schooljaar 2025-2026")
    page.get_by_role("button", name="Vergelijk", exact=True).click()
    out = page.locator("#gk-measure-out")
    heading = out.get_by_role("heading", name="Wat is er veranderd sinds schooljaar 2025-2026?")
    assert heading.evaluate("el => el === document.activeElement"), "the result is where the focus goes"
    changed = out.locator("ol li").all_inner_texts()
    assert [text.split(" ")[0] for text in changed] == ["1a", "1c"]
    assert changed[0].endswith("Nog niet → Ja") and changed[1].endswith("Niet ingevuld → Ja")
    criterion = out.locator("tr.gk-criterion").first.locator("td").nth(1)
    expect(criterion).to_contain_text("Verschil: nog niet −1, ja +2")
    expect(out.locator("tr.gk-criterion").nth(1).locator("td").nth(1)).to_contain_text("Verschil: geen")

    page.get_by_role("button", name="Verwijder deze meting").click()
    page.locator("#gk-confirm").get_by_role("button", name="Ja, verwijder").click()
    page.get_by_text("Meting schooljaar 2025-2026 is verwijderd.").wait_for()
    assert page.evaluate("GK.store.measurements()") == []
    assert page.get_by_label("Vergelijk nu met").is_disabled()
    page.get_by_role("button", name="Ongedaan maken").click()
    assert page.evaluate("GK.store.measurements().map(m => m.name)") == ["schooljaar 2025-2026"]


# Compare


THREE = [
    ("Mavo Noord", {"1a": "ja", "1b": "ja", "2a": "nee", "3a": "deels"}),
    ("Mavo Zuid", {"1a": "ja", "1b": "nee", "2a": "ja"}),
    ("Vmbo West", {"1a": "deels", "1b": "nee", "2a": "onbekend", "3a": "deels"}),
]


def load_three(page):
    page.goto("vergelijken/")
    choose(page, "Exportbestanden (.json), één of meer tegelijk",
           [as_file(f"{name}.json", export_doc(name, answers)) for name, answers in THREE])
    page.get_by_text("Bestanden geladen: 3.").wait_for()  # files are read asynchronously


def test_compare_three_files_side_by_side(page):
    load_three(page)
    expect(page.locator("#gk-status")).to_contain_text("Bestanden geladen: 3.")
    out = page.locator("#gk-out")
    assert out.locator("thead th").all_inner_texts() == ["Uitspraak", "Mavo Noord", "Mavo Zuid", "Vmbo West"]
    first = out.locator("tr.gk-criterion").first.locator("td")
    assert [text.strip() for text in first.all_inner_texts()] == [
        "2 ja, 4 niet ingevuld", "1 nog niet, 1 ja, 4 niet ingevuld", "1 nog niet, 1 deels, 4 niet ingevuld"
    ]
    row = out.locator("tr", has=page.locator("th strong", has_text="2a"))
    assert row.locator("td").all_inner_texts() == ["Nog niet", "Ja", "Weet ik niet"]
    most = out.locator("ol li").all_inner_texts()
    assert [text.split(" ")[0] for text in most] == ["2a", "1a", "1b"], "most disagreement first"
    assert most[0].endswith("Nog niet: Mavo Noord; Ja: Mavo Zuid; Weet ik niet: Vmbo West")
    assert most[2].endswith("Nog niet: Mavo Zuid, Vmbo West; Ja: Mavo Noord")


def test_compare_adds_links_and_my_checklist(page, context):
    maker = context.new_page()
    maker.goto("overzicht/")
    fill(maker, {"1a": "nee"})
    link = share_link(maker, "Havo Oost")
    maker.evaluate("GK.store.createProfile('Mijn school', {'1a': {answer: 'ja', changed: '2026-01-01T00:00:00Z'}})")
    maker.close()

    load_three(page)
    page.get_by_label("Gedeelde link").fill(link)
    page.get_by_role("button", name="Voeg link toe").click()
    expect(page.locator("#gk-status")).to_contain_text("Havo Oost toegevoegd")
    page.get_by_label("Gedeelde link").fill(link.replace("a=n", "a=j"))
    page.get_by_role("button", name="Voeg link toe").click()
    expect(page.locator("#gk-status")).to_contain_text("niet compleet of is aangepast")

    page.get_by_role("group", name="Checklists in deze browser").get_by_label("Mijn school").check()
    out = page.locator("#gk-out")
    assert out.locator("thead th").all_inner_texts() == [
        "Uitspraak", "Mijn school (deze browser)", "Mavo Noord", "Mavo Zuid", "Vmbo West", "Havo Oost"]
    page.get_by_role("button", name=re.compile(r"^Haal weg\W+Mavo Zuid$")).click()
    assert "Mavo Zuid" not in out.locator("thead").inner_text()


def test_a_share_link_to_the_compare_page_opens_there(page):
    page.goto("overzicht/")
    fill(page, {"1a": "deels"})
    fragment = share_link(page, "Havo Oost").split("#", 1)[1]
    page.goto("vergelijken/#" + fragment)
    assert page.locator("#gk-out thead th").all_inner_texts() == ["Uitspraak", "Havo Oost"]
    assert page.locator("#gk-out tbody tr:not(.gk-criterion) td").first.inner_text().strip() == "Deels"


def test_compare_reports_each_bad_file_and_keeps_the_good_ones(page):
    page.goto("vergelijken/")
    choose(page, "Exportbestanden (.json), één of meer tegelijk",
           [as_file("goed.json", export_doc("Goed", {"1a": "ja"})), as_file("kapot.json", b"{kapot")])
    page.get_by_text("Bestanden geladen").wait_for()
    message = page.locator("#gk-status").inner_text()
    assert "Bestanden geladen: 1." in message and "kapot.json: Dit bestand kan niet worden gelezen" in message
    assert page.locator("#gk-out thead th").all_inner_texts() == ["Uitspraak", "Goed"]


def test_compare_page_prints_the_comparison_without_controls(page):
    load_three(page)
    page.emulate_media(media="print")
    assert page.locator("#gk-out table").is_visible()
    assert page.get_by_role("button", name="Voeg link toe").is_hidden()
    assert page.get_by_label("Exportbestanden (.json), één of meer tegelijk").is_hidden()


# The page around it


def test_nothing_leaves_the_browser(page, foreign_requests, tmp_path):
    page.goto("overzicht/")
    fill(page, {"1a": "ja"}, {"1a": "notitie"})
    download(page, "Exporteer (JSON)")
    download(page, "Exporteer voor Excel (CSV)")
    page.goto(share_link(page, notes=True))
    load_three(page)
    assert foreign_requests == []


def test_without_javascript_the_tools_are_absent(browser, base_url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("overzicht/")
    assert page.locator("[data-gk=profiles]").is_hidden()
    assert page.get_by_role("button", name="Deel mijn antwoorden").is_hidden()
    assert page.locator(".sc-item").count() == len(ITEMS)
    page.goto("vergelijken/")
    expect(page.locator("article")).to_contain_text("Vergelijken werkt alleen met JavaScript", use_inner_text=True)
    assert page.get_by_label("Gedeelde link").is_hidden()
    context.close()


def test_the_checklist_bar_does_not_move_the_page(page):
    page.goto("keuzebegeleiding/")
    page.evaluate("GK.store.createProfile('Een checklist met een nogal lange naam voor de regio')")
    page.evaluate("""() => { window.shifts = 0;
        new PerformanceObserver(list => list.getEntries().forEach(e => shifts += e.value))
          .observe({type: 'layout-shift', buffered: true}); }""")
    page.reload()
    page.evaluate("""() => { window.shifts = 0;
        new PerformanceObserver(list => list.getEntries().forEach(e => shifts += e.hadRecentInput ? 0 : e.value))
          .observe({type: 'layout-shift', buffered: true}); }""")
    page.wait_for_timeout(300)
    assert page.evaluate("shifts") < 0.01


def test_instant_navigation_starts_every_component_once(page):
    page.goto("")
    page.get_by_role("navigation", name="Navigatie").get_by_role("link", name="Mijn overzicht").first.click()
    page.wait_for_url("**/overzicht/")
    page.wait_for_selector("[data-gk=exchange][data-gk-init]")
    page.get_by_role("navigation", name="Navigatie").get_by_role("link", name="Vergelijken").first.click()
    page.wait_for_selector("[data-gk=compare][data-gk-init]")
    choose(page, "Exportbestanden (.json), één of meer tegelijk", [as_file("a.json", export_doc("A", {"1a": "ja"}))])
    page.get_by_text("Bestanden geladen: 1.").wait_for()
    assert page.locator("#gk-out thead th").all_inner_texts() == ["Uitspraak", "A"]
    assert page.locator("[data-gk=profiles] option").all_inner_texts() == ["Mijn checklist"]


@pytest.mark.parametrize("path", ["overzicht/", "vergelijken/"])
def test_no_sideways_scrolling_on_a_small_screen(page, path):
    page.set_viewport_size({"width": 320, "height": 640})
    if path == "vergelijken/":
        load_three(page)
    else:
        page.goto(path)
        fill(page, {"1a": "ja"})
        page.goto(share_link(page, "Een school met een lange naam"))
        page.get_by_label("Zet mijn antwoorden ernaast").check()
        for button in ("Deel mijn antwoorden", "Beheer checklists"):
            page.get_by_role("button", name=button).click()
            assert page.locator("dialog[open]").evaluate("d => d.scrollWidth <= d.clientWidth"), button
            page.keyboard.press("Escape")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_accessible_with_tools_and_dialogs_open(browser, base_url, axe, scheme):
    context = browser.new_context(base_url=base_url, color_scheme=scheme)
    page = context.new_page()
    found = {}
    page.goto("overzicht/")
    fill(page, {"1a": "ja", "1b": "nee"}, {"1a": "notitie"})
    page.get_by_role("button", name="Bewaar als meting").click()
    page.get_by_role("button", name="Vergelijk", exact=True).click()
    page.goto(share_link(page, "Collega"))
    page.get_by_label("Zet mijn antwoorden ernaast").check()
    found["overview"] = axe(page)
    page.get_by_role("button", name="Deel mijn antwoorden").click()
    found["share dialog"] = axe(page)
    page.keyboard.press("Escape")
    choose(page, "Importeer een export (.json)", as_file("a.json", export_doc("A", {"1a": "ja"})))
    page.get_by_role("dialog", name="Antwoorden importeren").wait_for()
    found["import dialog"] = axe(page)
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Beheer checklists").click()
    found["checklists dialog"] = axe(page)
    page.get_by_role("button", name="Verwijder Mijn checklist").click()
    found["confirm dialog"] = axe(page)
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    load_three(page)
    page.get_by_role("checkbox", name="Mijn checklist").check()
    found["compare"] = axe(page)
    context.close()
    assert {where: v for where, v in found.items() if v} == {}
