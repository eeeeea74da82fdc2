"""The answer store (overrides/assets/js/store.js) in Chromium: what is saved, kept and never lost."""

import json

import pytest

KEY = "gelijke-kansen@/"


def seed(context, entries: dict[str, str]):
    """Put raw values in localStorage before any page script runs (once per context)."""
    context.add_init_script(
        f"""if (!sessionStorage.getItem("seeded")) {{
              sessionStorage.setItem("seeded", "1");
              for (const [k, v] of Object.entries({json.dumps(entries)})) localStorage.setItem(k, v);
            }}"""
    )


def storage(page) -> dict[str, str]:
    return page.evaluate("Object.fromEntries(Object.entries(localStorage))")


def saved(page) -> dict:
    return json.loads(storage(page)[KEY])


def test_answers_and_notes_are_saved_under_one_versioned_key(page):
    page.goto("/")
    page.evaluate("GK.store.setAnswer('4b', 'ja'); GK.store.setNote('4b', 'Met de sectie'); GK.store.setAnswer('1a', 'deels')")
    document = saved(page)
    assert document["format"] == "gelijke-kansen/zelfcheck" and document["schema"] == 1
    [profile] = document["profiles"]
    assert profile["name"] == "Mijn checklist"
    assert {id: (e.get("answer"), e.get("note")) for id, e in profile["answers"].items()} == {
        "4b": ("ja", "Met de sectie"), "1a": ("deels", None),
    }
    page.reload()
    assert page.evaluate("GK.store.get('4b').note") == "Met de sectie"


def test_clearing_answer_and_note_removes_the_entry(page):
    page.goto("/")
    page.evaluate("GK.store.setAnswer('2a', 'nee'); GK.store.setNote('2a', 'x')")
    page.evaluate("GK.store.setAnswer('2a', null)")
    assert page.evaluate("GK.store.get('2a')")["note"] == "x"
    page.evaluate("GK.store.setNote('2a', '')")
    assert page.evaluate("GK.store.get('2a')") is None
    assert saved(page)["profiles"][0]["answers"] == {}


def test_other_keys_on_the_origin_are_never_touched(context):
    seed(context, {"other-site": "keep me", "other-site.backup": "{not json"})
    page = context.new_page()
    page.goto("/")
    page.evaluate("GK.store.setAnswer('1a', 'ja'); GK.store.replaceAll({})")
    kept = storage(page)
    assert kept["other-site"] == "keep me" and kept["other-site.backup"] == "{not json"
    assert {key for key in kept if key.startswith("gelijke-kansen")} == {KEY}


@pytest.mark.parametrize(
    "raw",
    ["{not json", '{"answers": {"1a": "ja"}}', '{"format": "gelijke-kansen/zelfcheck", "schema": 1, "profiles": []}'],
    ids=["bad json", "other shape", "no profiles"],
)
def test_unreadable_data_is_backed_up_and_a_clean_state_follows(context, raw):
    seed(context, {KEY: raw})
    page = context.new_page()
    page.goto("/")
    status = page.evaluate("GK.store.status()")
    assert status["problem"] == "corrupt" and status["persistent"]
    assert storage(page)[status["backupKey"]] == raw, "the raw text is kept under the backup key"
    page.evaluate("GK.store.setAnswer('1a', 'ja')")
    assert saved(page)["profiles"][0]["answers"]["1a"]["answer"] == "ja"
    assert storage(page)[status["backupKey"]] == raw


def document_with(answers: dict, schema: int = 1) -> str:
    return json.dumps({
        "format": "gelijke-kansen/zelfcheck", "schema": schema, "active": "p1",
        "profiles": [{"id": "p1", "name": "Klas 3b", "answers": answers, "measurements": []}],
    })


def test_answers_for_items_no_longer_in_the_checklist_are_kept(context):
    raw = document_with({"99z": {"answer": "ja", "changed": "2025-01-01T00:00:00Z"}})
    seed(context, {KEY: raw})
    page = context.new_page()
    page.goto("/")
    page.evaluate("GK.store.setAnswer('1a', 'nee')")
    assert saved(page)["profiles"][0]["answers"]["99z"]["answer"] == "ja"


def test_data_from_a_newer_version_is_read_only(context):
    raw = document_with({"1a": {"answer": "ja", "changed": "2030-01-01T00:00:00Z"}}, schema=2)
    seed(context, {KEY: raw})
    page = context.new_page()
    page.goto("/")
    assert page.evaluate("GK.store.status().problem") == "newer"
    assert page.evaluate("GK.store.get('1a').answer") == "ja"
    page.evaluate("GK.store.setAnswer('1a', 'nee'); GK.store.createProfile('Nieuw'); GK.store.replaceAll({})")
    assert page.evaluate("GK.store.get('1a').answer") == "ja", "what is shown stays what is saved"
    assert page.evaluate("GK.store.profiles().map(p => p.name)") == ["Klas 3b"]
    assert storage(page)[KEY] == raw, "an older page never overwrites newer data"


def test_blocked_storage_keeps_working_in_memory(context):
    context.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('blocked', 'SecurityError'); }})"
    )
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(error))
    page.goto("/")
    assert page.evaluate("GK.store.status()") == {"persistent": False, "problem": "blocked", "backupKey": None}
    page.evaluate("GK.store.setAnswer('1a', 'ja')")
    assert page.evaluate("GK.store.get('1a').answer") == "ja"
    assert [e for e in errors if "store.js" in (e.stack or "")] == []


def test_full_storage_is_reported_and_answers_stay_for_the_visit(context):
    context.add_init_script(
        "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); }"
    )
    page = context.new_page()
    page.goto("/")
    assert page.evaluate("GK.store.status().problem") == "full"
    page.evaluate("GK.store.setAnswer('1a', 'ja')")
    assert page.evaluate("GK.store.get('1a').answer") == "ja"


def test_a_change_in_another_tab_arrives(context):
    first, second = context.new_page(), context.new_page()
    first.goto("/")
    second.goto("/")
    second.evaluate("() => { window.heard = []; GK.store.onChange(e => heard.push(e.source)); }")
    first.evaluate("GK.store.setAnswer('3a', 'deels')")
    second.wait_for_function("heard.length > 0")
    assert second.evaluate("heard") == ["other-tab"]
    assert second.evaluate("GK.store.get('3a').answer") == "deels"


def test_a_page_back_from_the_back_forward_cache_catches_up(page):
    page.goto("/")
    page.evaluate("() => { window.heard = []; GK.store.onChange(e => heard.push(e.source)); }")
    other = json.loads(document_with({"5a": {"answer": "ja", "changed": "2026-01-01T00:00:00Z"}}))
    page.evaluate("raw => localStorage.setItem(GK.store.KEY, raw)", json.dumps(other))
    page.evaluate("dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    assert page.evaluate("GK.store.get('5a').answer") == "ja"
    assert page.evaluate("heard") == ["other-tab"]


def test_profiles_measurements_and_undo(page):
    page.goto("/")
    page.evaluate("GK.store.setAnswer('1a', 'ja'); GK.store.saveMeasurement('schooljaar 2025-2026')")
    before = page.evaluate("GK.store.snapshot()")
    page.evaluate("GK.store.createProfile('School B', {'1a': {answer: 'nee', changed: 'x'}})")
    assert page.evaluate("GK.store.active().name") == "School B"
    assert page.evaluate("GK.store.get('1a').answer") == "nee"
    page.evaluate("GK.store.deleteProfile(GK.store.active().id)")
    assert page.evaluate("GK.store.profiles().map(p => p.name)") == ["Mijn checklist"]
    page.evaluate("s => GK.store.restore(s)", before)
    page.reload()
    assert page.evaluate("GK.store.measurements().map(m => [m.name, m.answers['1a'].answer])") == [
        ["schooljaar 2025-2026", "ja"]
    ]
    assert page.evaluate("GK.store.profiles().length") == 1


def test_the_last_checklist_cannot_disappear(page):
    page.goto("/")
    page.evaluate("GK.store.setAnswer('1a', 'ja'); GK.store.deleteProfile(GK.store.active().id)")
    assert page.evaluate("GK.store.profiles()") == [
        {"id": page.evaluate("GK.store.active().id"), "name": "Mijn checklist", "count": 0}
    ]
