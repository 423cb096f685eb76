"""Swedish that reads as written in Swedish (issue 30).

Two guards. Every mail kind and the phone script pass the checklist in both languages for
realistic applications (a contact or none, an interview or none, another offer or none).
And the Swedish the user reads – the UI catalogue and the texts the core writes – holds none
of the words we decided against: the list below is data, one entry a line, with the reason.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from followup_gui.i18n import format_date
from followup_gui.model import (
    KINDS,
    Application,
    ContactPerson,
    Interview,
    Language,
    Moment,
    OtherOffer,
    Profile,
)
from followup_gui.reports import report, stats, stats_tables
from followup_gui.rules import agenda as agenda_words
from followup_gui.rules import headline, reasons, reminders
from followup_gui.writing import channels, checklist_rules, messages, proofread
from followup_gui.writing.checklist import check_email, failed_rules
from followup_gui.writing.messages import email_draft, phone_script

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "followup_gui_sv.ts"
TODAY = dt.date(2026, 5, 21)

# --------------------------------------------------------------------------- the mails


def _application(lang: str, *, contact: bool, interview: bool, offer: bool) -> Application:
    values: dict[str, Any] = {
        "id": "a1",
        "job_title": "Lagerarbetare" if lang == "sv" else "Warehouse worker",
        "company": "Nordlager i Umeå AB",
        "applied_on": dt.date(2026, 4, 28),
        "language": Language(lang),
        "contact": ContactPerson(name="Mohammed Ali" if contact else ""),
        "interviews": [Interview(at=Moment(dt.datetime(2026, 5, 19, 13, 30)))] if interview else [],
        "other_offer": (
            OtherOffer(noted_on=dt.date(2026, 5, 18), respond_by=dt.date(2026, 5, 29))
            if offer
            else None
        ),
    }
    return Application(**values)


PROFILE = Profile(name="Amina Yusuf", email="amina@example.se", phone="070-555 12 34")
SKILL = {"sv": "truckkörning och inventering", "en": "forklift driving and stocktaking"}
DETAIL = {"sv": "hur ni planerar skiften", "en": "how you plan the shifts"}
CASES = list(itertools.product(("sv", "en"), (True, False), (True, False), (True, False)))


def _case_id(case: tuple[str, bool, bool, bool]) -> str:
    lang, contact, interview, offer = case
    return "-".join(
        [lang, "contact" if contact else "no_contact", "interview" if interview else "no_interview",
         "offer" if offer else "no_offer"]
    )  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
@pytest.mark.parametrize("kind", KINDS)
def test_every_mail_kind_passes_the_checklist(
    kind: str, case: tuple[str, bool, bool, bool]
) -> None:
    lang, contact, interview, offer = case
    app = _application(lang, contact=contact, interview=interview, offer=offer)
    draft = email_draft(kind, app, PROFILE, skill=SKILL[lang], detail=DETAIL[lang], today=TODAY)
    findings = check_email(
        draft.subject, draft.body, job_title=app.job_title, applied_on=app.applied_on,
        kind=kind, language=lang, extra_words=[PROFILE.name, app.company, app.contact.name],
    )  # fmt: skip
    # Without a recorded offer the answer date is the one gap left to fill in.
    expected = ["proofread"] if kind == "other_offer" and not offer else []
    assert failed_rules(findings) == expected, [f.message for f in findings if not f.ok]
    if expected:
        assert "[datum]" in draft.body or "[date]" in draft.body
    assert ("Hej Mohammed," if contact else "Hej,") in draft.body or lang == "en"


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
@pytest.mark.parametrize("kind", KINDS)
def test_the_phone_script_passes_the_checklist(
    kind: str, case: tuple[str, bool, bool, bool]
) -> None:
    """What you say on the phone, read as one short mail, passes the same rules."""
    lang, contact, interview, offer = case
    app = _application(lang, contact=contact, interview=interview, offer=offer)
    script = phone_script(app, PROFILE, skill=SKILL[lang], kind=kind, today=TODAY)
    said = " ".join(step.say for step in script.steps)
    hello, bye = ("Hej,", "Med vänlig hälsning") if lang == "sv" else ("Hi,", "Best regards,")
    body = f"{hello}\n\n{said}\n\n{bye}\n{PROFILE.name}\n"
    findings = check_email(
        app.job_title, body, job_title=app.job_title, applied_on=app.applied_on, kind=kind,
        language=lang, extra_words=[PROFILE.name, app.company, app.contact.name],
    )  # fmt: skip
    # Spoken, the call is longer than five written sentences, and it has no thank-you rules.
    skip = {"max_5_sentences", "thanks_for_time", "specific_reference"}
    if kind == "other_offer" and not offer:  # the answer date is left to fill in
        skip.add("proofread")
    assert [rule for rule in failed_rules(findings) if rule not in skip] == [], [
        f.message for f in findings if not f.ok and f.rule not in skip
    ]


# --------------------------------------------------------------------------- the words

BANNED: tuple[tuple[str, str], ...] = (
    # (regular expression, case-insensitive; why it is out)
    (r"\bAPI\b", "technical: say what happens (the app fetches the ad)"),
    (r"(?<![\w-])id\b", "technical: annonsnummer, or nothing"),
    (r"JobSearch", "a product name the user never needs"),
    (r"tabbseparer", "technical: say what it is for (paste into a spreadsheet)"),
    (r"platshållare", "technical: text inom [hakparentes]"),
    (r"\bflagg", "a calque: varnar för"),
    (r"\bTratten\b", "jargon: Från annons till erbjudande"),
    (r"\b\d{4}-W\d{2}\b", "an ISO week: vecka 45"),
    (r"ISO-vecka", "an ISO week: vecka"),
    (
        r"\bsteget\b(?! före)",
        "the app calls it status (the funnel's ”steget före” is another thing)",
    ),
    (r"Behåll steget", "status, not steget"),
    (r"Sökt via", "the label does not fit its values: Typ av ansökan"),
    (r"\bVia annons\b", "the agency says annonserat jobb"),
    (r"Vägledningssamtal", "the agency says Samtal med studie- och yrkesvägledare"),
    (r"(?-i:\bSFI\b)", "the agency writes sfi"),
    (r"\bredigera\b", "one word: ändra (the Edit menu alone is Redigera)"),
    (r"Invänta svar", "one wording: Vänta på svar"),
    (r"tidsfönst|\bfönstret för|Inom fönstret", "plain words: följ upp mellan … och …"),
    (r"\bidag\b|\bimorgon\b", "two words: i dag, i morgon"),
    (
        r"Stäng och förlora|Följ upp (igen )?ändå\?|Använd det ändå\?|Stäng ändå\?",
        "a yes/no question is asked with Vill du …?",
    ),
    (r"ber er att inte ringa", "du-tilltal"),
    (r"ändrad på annat håll", "no subject: filen har ändrats utanför appen"),
    (r"Skicka det före", "no antecedent, and the headline says senast"),
    (r"Med vänliga? hälsning(ar)?,", "Swedish sign-offs have no comma"),
    (r"vet om det|Råden följer", "advice does not know or follow: appen anpassar sina råd"),
    (r"räknas emot", "a calque: tala emot dig"),
    (r"en social roll", "a calque: ett jobb där du möter många människor"),
    (r"inget mer att göra för den", "a calque: du behöver inte göra något mer"),
    (r"tagits in bredvid", "a calque"),
    (r"\bStängde\b|\bPasserad\b", "a date does not close: Gick ut"),
    (r"\bFick svar…", "say what the button does: Logga svar…"),
    (
        r"lockar mig|fortskrider|befinner er i processen|håller mig informerad|Det är ändå hos er",
        "calques from the old mail drafts",
    ),
    (r"\brollen\b|\broll\b", "one word: tjänsten (the advertised one) or jobbet"),
    (r"\bföretag\b(?! har erbjudit)", "one word: arbetsgivare (another company's offer aside)"),
    (
        r"Anställningsintervju|(?<!Studie)[Bb]esök på arbetsplats|\bPraktik\b"
        r"|Hur jobbet söktes|\bBevis\b",
        "not the agency's words",
    ),
)
"""What a Swedish text must not say, and why. An allowed use is spelt out in the pattern."""

_BANNED_RES = [(re.compile(pattern, re.IGNORECASE), why) for pattern, why in BANNED]
_EDIT_MENU = "&Edit"


def _catalogue_texts() -> Iterator[tuple[str, str]]:
    """(where, text) for every Swedish translation in the catalogue."""
    root = ET.parse(CATALOGUE).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if source == _EDIT_MENU:  # the platform's name for the Edit menu: Redigera
                continue
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            for text in forms:
                yield f"{name}: {source!r}", text


def _swedish_strings(value: object, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in ("en",):
                continue
            yield from _swedish_strings(item, f"{where}[{key!r}]")
    elif isinstance(value, (tuple, list)):
        if isinstance(value, tuple) and hasattr(value, "sv"):  # Label, RuleText
            yield from _swedish_strings(value.sv, f"{where}.sv")
            return
        for index, item in enumerate(value):
            yield from _swedish_strings(item, f"{where}[{index}]")


def _core_texts() -> Iterator[tuple[str, str]]:
    """The Swedish the core writes: every mail and script, and the word tables."""
    for kind, (contact, interview, offer) in itertools.product(
        KINDS, itertools.product((True, False), repeat=3)
    ):
        app = _application("sv", contact=contact, interview=interview, offer=offer)
        draft = email_draft(kind, app, PROFILE, today=TODAY)
        yield f"mail {kind}", f"{draft.subject}\n{draft.body}"
        script = phone_script(app, PROFILE, kind=kind, today=TODAY)
        lines = [*script.before, *script.good_questions, *script.never_ask, *script.after]
        for step in script.steps:
            lines += [step.title, step.say, *step.tips]
        yield f"script {kind}", "\n".join(lines)
    for rule, text in reasons.RULES.items():
        yield f"reason {rule}", f"{text.sv}\n{text.section_sv}"
    tables: list[tuple[str, object]] = [
        ("reasons._STAGE", reasons._STAGE["sv"]),
        ("reasons._ACTION", reasons._ACTION["sv"]),
        ("reasons._INDUSTRY", reasons._INDUSTRY["sv"]),
        ("reasons._ROLE", reasons._ROLE["sv"]),
        ("reasons._LAST_DAY_BEHIND", reasons._LAST_DAY_BEHIND["sv"]),
        ("reasons._WINDOW_WAS", reasons._WINDOW_WAS["sv"]),
        ("headline._WORDS", headline._WORDS["sv"]),
        ("reminders._WORDS", reminders._WORDS["sv"]),
        ("agenda._HEAD", agenda_words._HEAD["sv"]),
        ("agenda._TITLE", agenda_words._TITLE["sv"]),
        ("agenda._EMPTY", agenda_words._EMPTY["sv"]),
        ("report._ACTIVITY", report._ACTIVITY),
        ("report._STAND_ALONE", report._STAND_ALONE),
        ("report._HOW", report._HOW),
        ("report._PROOF", report._PROOF),
        ("report.FIELDS", [sv for sv, _ in (*report.FIELDS, *report.EXTRA_FIELDS)]),
        ("stats.STEP_LABELS", list(stats.STEP_LABELS.values())),
        ("stats.STEP_COUNTS", list(stats.STEP_COUNTS.values())),
        ("stats.SOURCE_LABELS", list(stats.SOURCE_LABELS.values())),
        ("stats.HOW_LABELS", list(stats.HOW_LABELS.values())),
        ("stats.TIMING_LABELS", list(stats.TIMING_LABELS.values())),
        ("stats_tables._HEADERS", list(stats_tables._HEADERS.values())),
        ("stats_tables._TEXT", list(stats_tables._TEXT.values())),
        ("checklist_rules.RULE_TITLES", [sv for sv, _ in checklist_rules.RULE_TITLES.values()]),
        ("messages._PLACEHOLDERS", [sv for sv, _ in messages._PLACEHOLDERS.values()]),
        ("channels._COMPARISON", [[a[0], b[0], c[0]] for a, b, c, _, _ in channels._COMPARISON]),
        ("channels._TRADEOFFS", [sv for sv, _ in channels._TRADEOFFS.values()]),
    ]
    for where, value in tables:
        yield from _swedish_strings(value, where)
    # What the checklist says back, and the proofreader, read from their source: every
    # Swedish literal of the modules (they build messages inline).
    for module in (checklist_rules, proofread):
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        for literal in re.findall(r'"([^"\n]*[åäöÅÄÖ][^"\n]*)"', source):
            yield module.__name__, literal


def _hits(texts: Iterator[tuple[str, str]]) -> list[str]:
    return [
        f"{where}: {why}: {text!r}"
        for where, text in texts
        for regex, why in _BANNED_RES
        if regex.search(text)
    ]


def test_the_catalogue_has_none_of_the_banned_words() -> None:
    assert _hits(_catalogue_texts()) == []


def test_the_core_texts_have_none_of_the_banned_words() -> None:
    texts = list(_core_texts())
    assert len(texts) > 150  # the scan reaches the mails, the reasons and the tables
    assert _hits(iter(texts)) == []


@pytest.mark.parametrize(
    "old",
    [
        "Med vänlig hälsning,",
        "Annonsen ber er att inte ringa – ett mejl är säkrare.",
        "Sökt via: Via annons",
        "Vecka 2026-W45 (från 2026-11-02): 3 skickade",
        "Inte sparat – ändrad på annat håll",
        "Skicka det före %1.",
        "Vad svarade de? Steget kan säga det också.",
        "Det du har skrivit här är inte sparat. Stäng och förlora det?",
        "Mejlet klarar ännu inte punkterna.\n\nAnvänd det ändå?",
        "Tratten: %1",
        "Kopiera siffrorna som en tabell (tabbseparerad)",
        "Skickar bara annonsens id till JobTechs öppna JobSearch-API.",
        "[platshållare] och formuleringar som checklistan flaggar",
        "Vägledningssamtal",
        "Svenska för invandrare (SFI)",
        "Redigera ansökan",
        "Invänta svar",
        "Tidsfönster: %1 till %2.",
        "Skicka tackmejlet senast idag",
        "Rollen lockar mig fortfarande mycket",
        "Stängde 24 nov",
        "Ett samtal kan passa ett litet företag och en social roll",
    ],
)
def test_the_scan_catches_the_old_wording(old: str) -> None:
    """The list would catch each of the old texts the review found."""
    assert _hits(iter([("old", old)])), old


def test_date_ranges_in_reasons_are_said_in_words() -> None:
    """A range of two multi-word dates reads "mellan … och …", never an unspaced dash."""
    start, end = dt.date(2026, 12, 7), dt.date(2026, 12, 14)
    text = reasons.reason_text(
        "deadline_7_14", {"deadline": dt.date(2026, 11, 30), "earliest": start, "latest": end},
        "sv", ref_year=2026,
    )  # fmt: skip
    assert f"mellan {format_date(start, 'sv', ref_year=2026)} och " in text
    assert "december–" not in text
