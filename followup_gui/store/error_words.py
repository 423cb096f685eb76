"""A broken store file explained the way the user sees their applications.

:class:`store.StoreError` speaks JSON (``applications[0]: field "job_title" is missing``),
which the command line keeps (tests and scripts read it). The window says the same in
the user's words: "Ansökan 1 (Säljare, Acme AB): Tjänst saknas." — applications counted
from 1, named by title and employer, fields by the labels of the application dialog.
The technical text stays available as the message's details.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from ..i18n import Lang
from . import StoreError

# --------------------------------------------------------------------------- fields

_FIELDS: Final[dict[str, tuple[str, str]]] = {
    "job_title": ("Tjänst", "Job title"),
    "company": ("Arbetsgivare", "Employer"),
    "applied_on": ("Sökt den", "Applied on"),
    "stage": ("Status", "Stage"),
    "language": ("Språk", "Language"),
    "deadline": ("Sista ansökningsdag", "Deadline"),
    "ad_reply_by": ("Besked senast", "Reply by"),
    "rolling_selection": ("Löpande urval", "Rolling selection"),
    "ad_no_calls": ("Ber sökande att inte ringa", "Asks applicants not to call"),
    "ad_only_shortlisted_contacted": (
        "Bara de som går vidare kontaktas",
        "Only shortlisted are contacted",
    ),
    "company_size": ("Storlek", "Size"),
    "industry": ("Bransch", "Industry"),
    "role_kind": ("Typ av roll", "Kind of role"),
    "contact": ("Kontaktperson", "Contact person"),
    "name": ("Namn", "Name"),
    "email": ("E-post", "Email"),
    "phone": ("Telefon", "Phone"),
    "linkedin": ("LinkedIn", "LinkedIn"),
    "notes": ("Anteckningar", "Notes"),
    "note": ("Anteckning", "Note"),
    "ad_url": ("Länk till annonsen", "Link to the ad"),
    "ad_text": ("Platsannonsen", "The job ad"),
    "town": ("Ort", "Town"),
    "source": ("Hittad via", "Found via"),
    "how": ("Sökt via", "Sought"),
    "interviews": ("Intervju", "Interview"),
    "at": ("Tid", "Time"),
    "promised_reply_by": ("Besked", "Reply"),
    "contacts": ("Kontakt", "Contact"),
    "channel": ("Kanal", "Channel"),
    "purpose": ("Gäller", "About"),
    "other_offer": ("Annat erbjudande", "Another offer"),
    "noted_on": ("Erbjudandet kom", "Offer received"),
    "respond_by": ("Svara senast", "Must answer by"),
    "attachments": ("Bifogad fil", "Attached file"),
    "file": ("Fil", "File"),
    "kind": ("Sort", "Kind"),
    "added_on": ("Tillagd", "Added on"),
    "id": ("Id", "Id"),
    "profile": ("Din profil", "Your profile"),
    "monthly_target": ("Mål per månad", "Monthly target"),
    "activities": ("Aktivitet", "Activity"),
    "on": ("Datum", "Date"),
    "reported_months": ("Rapporterad månad", "Reported month"),
    "month": ("Månad", "Month"),
    "reported_on": ("Rapporterad den", "Reported on"),
    "applications": ("Ansökningarna", "The applications"),
}
_LISTS: Final = frozenset({"interviews", "contacts", "attachments", "activities",
                           "reported_months", "applications"})  # fmt: skip
_FILE_FIELDS: Final = frozenset({"format", "schema_version", "applications"})
_STEP = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?")


def field_words(field: str, lang: Lang) -> str:
    """ "interviews[0].at" → "Intervju 1, Tid": each step by its label, lists counted from 1."""
    parts = []
    for name, index in _STEP.findall(field):
        label = _FIELDS[name][lang == "en"] if name in _FIELDS else name
        parts.append(f"{label} {int(index) + 1}" if index and name in _LISTS else label)
    return ", ".join(parts) if parts else field


# --------------------------------------------------------------------------- problems


class _Rule(NamedTuple):
    pattern: re.Pattern[str]
    sv: str
    en: str
    counted: tuple[int, ...] = ()
    """Groups that are 0-based indexes in the JSON: shown counted from 1."""


# Each English problem of store.py (a contract: the command line prints them) and the
# words the window uses instead; groups are carried over ({0} is the first).
_PROBLEMS: Final[list[_Rule]] = [
    _Rule(re.compile(r"is missing\b.*"), "saknas", "is missing"),
    _Rule(re.compile(r"is null; only a saved ad.*"), "saknas", "is missing"),
    _Rule(re.compile(r"is empty\b.*"), "saknar text", "is empty"),
    _Rule(re.compile(r"(\".*\"|\S+) is not one of: .*"),
     "har ett värde som appen inte känner igen ({0})", "has a value the app does not know ({0})"),
    _Rule(re.compile(r"(.*) is not a valid date and time .*"),
     "är inte en tidpunkt som 2026-05-14T10:00 (där står {0})",
     "is not a time like 2026-05-14T10:00 (it says {0})"),
    _Rule(re.compile(r"(.*) is not a valid date .*"),
     "är inte ett datum som 2026-05-14 (där står {0})",
     "is not a date like 2026-05-14 (it says {0})"),
    _Rule(re.compile(r"(.*) is not a valid month .*"),
     "är inte en månad som 2026-05 (där står {0})", "is not a month like 2026-05 (it says {0})"),
    _Rule(re.compile(r"(.*) is outside the dates this app accepts \((\S+) to (\S+)\)"),
     "är ett datum utanför {1} – {2} (där står {0})",
     "is a date outside {1} – {2} (it says {0})"),
    _Rule(re.compile(r"has ([\d ]+) characters; at most ([\d ]+) are allowed"),
     "är för långt ({0} tecken, högst {1})", "is too long ({0} characters; at most {1})"),
    _Rule(re.compile(r"has ([\d ]+) entries; at most ([\d ]+) are allowed"),
     "har för många rader ({0}, högst {1})", "has too many entries ({0}; at most {1})"),
    _Rule(re.compile(r".* is used twice, by \w+\[(\d+)\] and .*"),
     "är samma som i nummer {0}; var och en behöver sitt eget",
     "is the same as number {0}'s; each needs its own", (0,)),
    _Rule(re.compile(r".* is listed twice, by \w+\[(\d+)\] and .*"),
     "står två gånger (även i nummer {0})", "is listed twice (also as number {0})", (0,)),
    _Rule(re.compile(r".* would leave the attachments folder .*|.* is an absolute path; .*|"
                r".* is not a valid path .*"),
     "pekar utanför mappen för bifogade filer", "points outside the attachments folder"),
    _Rule(re.compile(r"appears twice in one object.*"),
     "står två gånger; bara den ena kan gälla", "appears twice; only one of them can count"),
    _Rule(re.compile(r"holds invalid text.*"),
     "innehåller ogiltiga tecken", "holds characters that are not valid text"),
    _Rule(re.compile(r"must be (?:a whole number|true or false|text|non-empty text|a list|a JSON "
                r"object|an object)\b.*"),
     "har fel sorts värde", "has the wrong kind of value"),
]  # fmt: skip

_NOT_OURS: Final = _Rule(
    re.compile(r".*"),
    "Filen är ingen giltig ansökningsfil från followup-gui.",
    "The file is not a valid applications file of followup-gui.",
)

_FILE_PROBLEMS: Final[list[_Rule]] = [
    _Rule(re.compile(r"does not exist"), "Filen finns inte.", "The file does not exist."),
    _Rule(re.compile(r"is empty"), "Filen är tom.", "The file is empty."),
    _Rule(re.compile(r"is UTF-16 text.*"),
     "Filen är sparad som UTF-16-text; den måste vara UTF-8.",
     "The file is saved as UTF-16 text; it must be UTF-8."),
    _Rule(re.compile(r"is not UTF-8 text.*"),
     "Filen är inte UTF-8-text; den kan ha skadats.",
     "The file is not UTF-8 text; it may have been damaged."),
    _Rule(re.compile(r"is not valid JSON \(line (\d+), column (\d+).*"),
     "Filen är trasig på rad {0}, tecken {1}: den kan ha skadats eller ändrats för hand.",
     "The file is broken at line {0}, character {1}: it may have been damaged or edited "
     "by hand."),
    _Rule(re.compile(r"is not valid JSON.*"),
     "Filen är trasig: den kan ha skadats eller ändrats för hand.",
     "The file is broken: it may have been damaged or edited by hand."),
    _Rule(re.compile(r"must contain a JSON object.*|.*so this is not a .* store file"),
     "Filen är ingen ansökningsfil från followup-gui.",
     "The file is not an applications file of followup-gui."),
    _Rule(re.compile(r"has ([\d ]+) entries; at most ([\d ]+) are allowed"),
     "Filen har för många ansökningar ({0}, högst {1}).",
     "The file has too many applications ({0}; at most {1})."),
    _Rule(re.compile(r".*newer version of followup-gui.*"),
     "Filen kommer från en nyare version av followup-gui.",
     "The file comes from a newer version of followup-gui."),
    _Rule(re.compile(r"is too large to be a store \((\d+) MB; at most (\d+) MB.*"),
     "Filen är för stor för att vara en ansökningsfil ({0} MB, högst {1} MB).",
     "The file is too large to be an applications file ({0} MB; at most {1} MB)."),
    _Rule(re.compile(r"cannot be read: (.*)"),
     "Filen kan inte läsas: {0}", "The file cannot be read: {0}"),
    _Rule(re.compile(r"is (.*), not an ordinary file.*"),
     "Det är ingen vanlig fil ({0}).", "It is not an ordinary file ({0})."),
    _Rule(re.compile(r"kept changing while it was read"),
     "Filen ändrades hela tiden medan den lästes.", "The file kept changing while it was read."),
    _Rule(re.compile(r"could not be saved: (.*)"),
     "Det gick inte att spara: {0}", "Could not save: {0}"),
    _Rule(re.compile(r"could not be restored: (.*)"),
     "Säkerhetskopian kunde inte läggas tillbaka: {0}", "The backup could not be put back: {0}"),
]  # fmt: skip

_NOT_SAVED = "was not saved: "
_NEWER = " (the file comes from a newer version of followup-gui"
_WORDS: Final[dict[str, tuple[str, str]]] = {
    "application": ("Ansökan", "Application"),
    "not_saved": ("Inget sparades. ", "Nothing was saved. "),
    "newer": (
        " Filen kommer från en nyare version av followup-gui.",
        " The file comes from a newer version of followup-gui.",
    ),
}


def _word(key: str, lang: Lang) -> str:
    return _WORDS[key][lang == "en"]


def _match(rules: list[_Rule], problem: str, lang: Lang) -> str | None:
    for rule in rules:
        found = rule.pattern.fullmatch(problem)
        if found:
            groups = [
                str(int(g) + 1) if i in rule.counted and g else g
                for i, g in enumerate(found.groups())
            ]
            return (rule.en if lang == "en" else rule.sv).format(*groups)
    return None


def where(error: StoreError, lang: Lang) -> str:
    """The application as the user finds it: "Ansökan 4 (Säljare, Acme AB)", or ""."""
    if error.app_index is None:
        return ""
    head = f"{_word('application', lang)} {error.app_index + 1}"
    return f"{head} ({error.app_name})" if error.app_name else head


def describe(error: StoreError, lang: Lang) -> str:
    """The error in one or two sentences for a person, without JSON paths."""
    problem = error.problem
    prefix = ""
    if problem.startswith(_NOT_SAVED):
        prefix, problem = _word("not_saved", lang), problem[len(_NOT_SAVED) :]
    suffix = ""
    if _NEWER in problem:
        problem, suffix = problem.split(_NEWER, 1)[0], _word("newer", lang)
    field = error.field
    place = where(error, lang)
    if not place and (field is None or field in _FILE_FIELDS):
        said = _match(_FILE_PROBLEMS, problem, lang)
        if said is None and field is not None:  # its format, version or list is wrong
            said = _match([_NOT_OURS], problem, lang)
        if said is not None:
            return prefix + said + suffix
        if prefix and field is None:
            return problem  # why a save failed ("the disk is full"): plain words already
    # words store.py has no translation for yet are shown as they are, not hidden
    said = _match(_PROBLEMS, problem, lang) or problem
    subject = field_words(field, lang) if field else ""
    sentence = f"{subject} {said}" if subject else said[:1].upper() + said[1:]
    head = f"{place}: " if place else ""
    return f"{prefix}{head}{sentence}.{suffix}"
