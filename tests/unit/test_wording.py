"""The wording of content/criteria.yaml: one word per thing, marked English terms, the publisher from one setting.

These keep the editorial decisions of issue 13. A failure names the place in the YAML and what to write instead.
The texts checked are the content's (site, home, themes, resources, about, accessibility); the interface texts
(`ui:`) belong to the templates and scripts and are only checked for what no visitor should ever see.
"""

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from macros.content import load
from macros.schema import Publisher
from macros.text import TERM, Marks

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content" / "criteria.yaml"
DATA = yaml.safe_load(CONTENT.read_text(encoding="utf-8"))
CHECKLIST = load(CONTENT)

CONTENT_BLOCKS = ("site", "home", "themes", "resources", "about", "accessibility")
# Values that are not text for a reader.
NOT_TEXT = {"id", "slug", "scope", "url", "email", "number", "code", "value", "file"}


def strings(node, place=()):
    """(place, text) for every text value under node."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in NOT_TEXT:
                yield from strings(value, (*place, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from strings(value, (*place, index))
    elif isinstance(node, str):
        yield place, node


def where(place) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in place).lstrip(".")


CONTENT_TEXTS = [(where(place), text) for block in CONTENT_BLOCKS for place, text in strings(DATA[block], (block,))]
ALL_TEXTS = [(where(place), text) for place, text in strings(DATA)]


def found(pattern: str, texts=CONTENT_TEXTS, flags=re.IGNORECASE) -> list[str]:
    """'place: …context…' for each match of pattern."""
    hits = []
    for place, text in texts:
        for match in re.finditer(pattern, text, flags):
            hits.append(f"{place}: …{text[max(0, match.start() - 30) : match.end() + 30]}…")
    return hits


# --- English research terms -------------------------------------------------------------------------------------

ENGLISH_TERMS = ["sense of belonging", "self-efficacy", "growth mindset", "fixed mindset"]


@pytest.mark.parametrize("term", ENGLISH_TERMS)
def test_english_terms_are_always_marked_as_english(term):
    """Screen readers pronounce a term in English only inside [term]{lang=en}."""
    unmarked = [(place, TERM.sub("", text)) for place, text in CONTENT_TEXTS]
    assert found(re.escape(term), unmarked) == [], f"write it as [{term}]{{lang=en}}"


def test_marked_english_terms_are_in_lower_case():
    capitalised = [
        f"{place}: [{match[1]}]"
        for place, text in CONTENT_TEXTS
        for match in TERM.finditer(text)
        if match[1].lower() in ENGLISH_TERMS and match[1] != match[1].lower()
    ]
    assert capitalised == [], "write the term in lower case and start the sentence with another word"


def test_marks_say_english():
    other = [
        f"{place}: {match[0]}" for place, text in CONTENT_TEXTS for match in TERM.finditer(text) if match[2] != "en"
    ]
    assert other == []


# --- The publisher: one setting ---------------------------------------------------------------------------------

PUBLISHER = DATA["site"]["publisher"]
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


def test_no_email_address_is_typed_in_the_texts():
    """Mail goes to {contact}, which site.publisher.email fills in."""
    texts = [(place, text) for place, text in CONTENT_TEXTS if place != "site.publisher.email"]
    assert found(EMAIL.pattern, texts) == [], "write {contact}, e.g. [{contact}](mailto:{contact})"


def test_mail_links_go_to_the_contact_setting():
    assert found(r"mailto:(?!\{contact\})") == [], "write mailto:{contact}"


# Paragraphs about who publishes the site or where to write: the publisher's name comes from {publisher} there.
ABOUT_THE_PUBLISHER = re.compile(r"\{contact\}|\{publisher\}|mailto:|uitgever|onderwerpregel", re.IGNORECASE)


def paragraphs():
    for place, text in CONTENT_TEXTS:
        for paragraph in re.split(r"\n\s*\n", text):
            yield place, paragraph


def test_paragraphs_about_the_publisher_do_not_name_it_literally():
    name = re.escape(PUBLISHER["name"])
    literal = [
        f"{place}: {paragraph[:90]}…"
        for place, paragraph in paragraphs()
        if ABOUT_THE_PUBLISHER.search(paragraph) and re.search(rf"\b{name}\b", paragraph)
    ]
    assert literal == [], f"write {{publisher}} for the site's publisher ({PUBLISHER['name']} is only the default)"


def test_the_accessibility_statement_names_the_publisher_only_through_the_setting():
    name = re.escape(PUBLISHER["name"])
    texts = [(place, text) for place, text in CONTENT_TEXTS if place.startswith("accessibility")]
    assert found(rf"\b{name}\b", texts, flags=0) == [], "write {publisher}"


# The site's own texts speak about the publisher in the third person, so they stay true whoever publishes the site.
# Quoted words (scope headings such as "In onze regio") and the statements ("We hebben …") are not the site speaking.
SITE_VOICE = ("home", "resources", "about", "accessibility")


def test_the_site_does_not_speak_as_we():
    texts = [(place, re.sub(r'"[^"]*"', '""', text)) for place, text in CONTENT_TEXTS if place.startswith(SITE_VOICE)]
    assert found(r"\b(we|wij|ons|onze)\b", texts) == [], "write 'de uitgever van deze site ({publisher})'"


def test_another_publisher_changes_every_mention():
    """With another publisher in site.publisher, no text still sends mail to the default one."""
    other = Marks(Publisher(name="Schoolbestuur Voorbeeld", email="info@voorbeeld.nl", url="https://voorbeeld.nl/"))
    rendered = {place: other.plain(text) for place, text in CONTENT_TEXTS if not place.startswith("site.publisher")}
    assert [place for place, text in rendered.items() if PUBLISHER["email"] in text] == []
    mentions = [place for place, text in rendered.items() if "info@voorbeeld.nl" in text]
    assert any(place.startswith("about") for place in mentions), "the about page names the contact"
    assert any(place.startswith("accessibility") for place in mentions), "the accessibility statement names it"
    assert any("Schoolbestuur Voorbeeld" in text for place, text in rendered.items() if place.startswith("about"))


# --- Words we decided against -----------------------------------------------------------------------------------

AVOIDED = {
    r"\bprint(en|t)?\b|\bgeprint\b": "the button is 'Druk af': write 'afdrukken'",
    r"\bexport(eer|eren|bestand)?\b|\bimport(eer|eren)?\b": "the tools are 'Bewaar als bestand' and "
    "'Lees een bewaard bestand in'",
    r"\bhandvatten\b": "write 'praktische hulp'",
    r"\blaagdrempelig\w*": "say what it means, e.g. 'makkelijk'",
    r"\bvrijblijvend\w*": "say what it means, e.g. 'zonder dat iemand je eraan houdt'",
    r"\bonderwerp(en)?\b": "a point of the checklist is a 'criterium'",
    r"\buitleg\b": "the heading is 'Toelichting'",
    r"\bmanagement\b|\bmanagers?\b|\bleiding\b|\bschoolleiding\b": "write 'schoolleider(s)'; 'managementteam' only "
    "as in the statements",
    r"\bchecklists\b": "a user's own set of answers is an 'invullijst'",
}


@pytest.mark.parametrize("pattern", AVOIDED)
def test_avoided_words(pattern):
    assert found(pattern) == [], AVOIDED[pattern]


@pytest.mark.parametrize(
    ("pattern", "advice"),
    [
        (r"(Nog g|\bG)een antwoord\b", "an unanswered statement is 'Niet ingevuld' (unanswered.label), everywhere"),
        (r"\bgk-", "an internal name must never show"),
        (r"Exporteer|Importeer", "say what the button does for the user, e.g. 'Bewaar als bestand'"),
    ],
)
def test_nothing_on_screen_says(pattern, advice):
    """Also in the interface texts (ui:), which other people edit."""
    assert found(pattern, ALL_TEXTS, flags=0) == [], advice


# --- Words explained on the page where they are used ---------------------------------------------------------


def pages() -> dict[str, str]:
    """The text of each page, by a readable name."""
    result = {
        "home": DATA["home"]["lead"] + "\n\n".join(s["body"] for s in DATA["home"]["sections"]),
        "resources": DATA["resources"]["intro"] + "\n".join(link["description"] for link in DATA["resources"]["links"]),
        "about": "\n\n".join(s["body"] for s in DATA["about"]["sections"]),
        "accessibility": "\n\n".join(s["body"] for s in DATA["accessibility"]["sections"]),
    }
    for theme in DATA["themes"]:
        result[theme["slug"]] = theme["summary"] + "\n" + theme["intro"]
        for criterion in theme["criteria"]:
            result[f"criterium {criterion['number']}"] = "\n".join(
                [
                    criterion["title"],
                    criterion.get("term") or "",
                    criterion["summary"],
                    criterion["explanation"],
                    *criterion["tips"],
                    *(item["text"] for item in criterion["items"]),
                ]
            )
    return result


# A word a B1 reader may not know, and the pattern of its explanation: a page that uses the word explains it.
EXPLAINED = {
    r"\bSTO\b": r"Sterk Techniekonderwijs[^.]*\(STO\)",
    r"genderstereotype": r"heten genderstereotypen|genderstereotype is een|\(genderstereotypen\)",
    r"bicultureel|biculturele": r"met twee culturen",
    r"\bm/v\b": r"m/v staat voor|we bekijken meiden en jongens apart",
    r"de norm (te )?stellen|stellen de norm": r"norm stellen betekent|de norm te stellen: je maakt duidelijk",
    r"sociale veiligheid": r"Sociale veiligheid betekent|Dat is hoe veilig",
    r"\bbuddy\b": r"buddy: een maatje",
    r"machtsverhoudingen": r"machtsverhoudingen: de ene groep",
    r"gendernormen": r"heten gendernormen",
    r"streefcijfer": r"heet een streefcijfer",
    r"differenti": r"verschillende niveaus \(differentiëren\)",
    r"\binvullijst": r"invullijst: jouw ingevulde versie",
    r"\bWCAG\b": r"WCAG zijn internationale richtlijnen",
    r"schermlezer": r"schermlezer is een programma",
    r"non-binair": r"Non-binair betekent",
    r"growth mindset": r"vaardigheden kunnen groeien",
    r"fixed mindset": r"wel of niet in je hebt",
    r"sense of belonging": r"gevoel (dat je )?erbij (te )?hoor",
    r"self-efficacy": r"vertrouwen",
}


@pytest.mark.parametrize("word", EXPLAINED)
def test_hard_words_are_explained_on_the_page_that_uses_them(word):
    # "de norm stellen" is part of a title on the criterion page, and the theme page explains it too.
    missing = [
        name
        for name, text in pages().items()
        if re.search(word, text, re.IGNORECASE) and not re.search(EXPLAINED[word], text)
    ]
    assert missing == [], f"explain {word!r} where it is first used, like: {EXPLAINED[word]!r}"


# --- Quotation marks --------------------------------------------------------------------------------------------


def test_one_style_of_quotation_marks():
    """Straight double quotes; an apostrophe stays inside a word (thema's, zo'n, Girls' Day)."""
    assert found(r"[“”‘’„‚«»]") == [], 'use straight double quotes: "…"'
    assert found(r"(^|[\s(])'\w", flags=0) == [], 'a single quote opens a quotation: use "…"'
    unbalanced = [place for place, text in CONTENT_TEXTS if text.count('"') % 2]
    assert unbalanced == [], "a quotation mark is not closed"


# --- What the content says about the interface and the statements -----------------------------------------------


def interface_names() -> set[str]:
    names = {text for _, text in strings(DATA["ui"])}
    names |= {page["title"] for page in DATA["pages"]} | {answer["label"] for answer in DATA["answers"]}
    names |= {section["title"] for section in DATA["about"]["sections"]}
    return names


@pytest.mark.parametrize(
    "name",
    [
        "Mijn overzicht",
        "Druk af",
        "Bewaar als bestand",
        "Lees een bewaard bestand in",
        "Bewaren en delen",
        "Deel mijn antwoorden",
        "Vergelijken",
        "Over deze checklist",
        "Privacy",
        "Tips voor de praktijk",
        "Ja",
        "Deels",
        "Nog niet",
        "Weet ik niet",
    ],
)
def test_the_content_names_the_interface_as_it_is(name):
    """The content refers to these by name (in bold); if one is renamed, say so in the content too."""
    assert name in interface_names(), f"'{name}' is no longer in the interface: update the content that names it"
    assert found(rf"\*\*{re.escape(name)}\*\*", flags=0), f"the content no longer names **{name}**: drop it here"


def test_the_home_page_counts_the_statements_right():
    counts = Counter(item.scope for item in CHECKLIST.items)
    text = next(s["body"] for s in DATA["home"]["sections"] if "uitspraken" in s["body"] and "klas" in s["body"])
    said = {
        "total": re.search(r"Van de (\d+) uitspraken", text),
        "klas": re.search(r"gaan er (\d+) over de klas", text),
        "school-regio": re.search(r"(\d+) uitspraken die voor school en regio", text),
    }
    assert all(said.values()), f"the home page no longer says how many statements there are: {said}"
    assert int(said["total"][1]) == len(CHECKLIST.items)
    assert int(said["klas"][1]) == counts["klas"]
    assert int(said["school-regio"][1]) == counts["school-regio"]
    assert counts["school"] == counts["regio"] == 1, "the home page says one statement each for school and regio"
