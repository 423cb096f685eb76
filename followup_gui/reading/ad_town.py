"""The workplace's town (ort) named in an ad."""

from __future__ import annotations

import re
from typing import Final

from .ad_contact import _LOWER, _UPPER
from .ad_flags import _MAX_TRIES
from .ad_prep import _collapse, _sentence_bounds, _words
from .swedish_towns import AMBIGUOUS_TOWNS, DISTRICTS, SWEDISH_TOWNS

# ----------------------------------------------------------------------------- town

_TOWN_WORD: Final = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)?"
# Labels that follow the town when a page's lines ran together ("Ort Solna Omfattning Heltid").
_NEXT_LABEL: Final = (
    r"(?:Omfattning|Anställningsform|Anställning|Sista|Tillträde|Lön|Publicerad|Arbetstid"
    r"|Varaktighet|Antal|Kontakt|Ansök\w*|Län|Referensnummer|Start)\b"
)
_NEXT_LABEL_START: Final = re.compile(_NEXT_LABEL, re.IGNORECASE)
_TOWN_LABEL: Final = re.compile(
    rf"""
    (?<![\w-])(?:
        (?:placeringsort|arbetsort|ort|kommun|stad|placering|arbetsplatsens[ \t]+ort
          |(?:job[ \t]+|work[ \t]+)?location|city|town|place[ \t]+of[ \t]+work|based[ \t]+in)
        (?:[ \t]*[:–—][ \t]*|[ \t]*\n[ \t]*(?=[{_UPPER}]))
      | (?:placeringsort(?:en)?|arbetsort(?:en)?)[ \t]+(?:är[ \t]+)?(?=(?-i:[{_UPPER}]))
      | (?:(?<=\n)|^)[ \t•*-]{{0,3}}(?:var|where)[ \t]*:[ \t]*  # "Var: Eskilstuna"
      | (?:(?<=\n)|^)[ \t•*-]{{0,3}}(?:ort|kommun|placering|location|stad)[ \t]+
        (?=(?-i:{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}})[ \t]*(?:\n|$))
      | (?-i:Ort|Kommun|Placering|Placeringsort)[ \t]+
        (?=(?-i:{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD})?[ \t]+{_NEXT_LABEL}))
      | (?:är|bli)[ \t]+(?:placerad|stationerad|baserad)[ \t]+(?:i|på)[ \t]+
        (?:(?:vårt|vår|våra)[ \t]+\w+[ \t]+i[ \t]+)?
      | (?:role|position|job|post|vacancy|you)[ \t]+(?:is|are|will[ \t]+be)[ \t]+based[ \t]+
        (?:in|at)[ \t]+(?:our[ \t]+)?
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_TOWN: Final = re.compile(rf"{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}}")
_TOWN_INSIDE: Final = re.compile(rf"\b(?:in|i)[ \t]+(?=[{_UPPER}])")
_TOWN_PARTS: Final = re.compile(r"[,/|;•·()–—]|[ \t]-[ \t]|[ \t]+(?:och|and|eller|or)[ \t]+")
_TOWN_SUFFIX: Final = re.compile(r"[ \t]+(?:stad|kommun|municipality|city)$", re.IGNORECASE)
_NOT_TOWNS: Final = frozenset(
    _words(
        """remote hybrid distans distansarbete flexibel flexible sverige sweden uk usa england
        scotland wales europe europa various flera heltid deltid onsite on-site anywhere
        worldwide global nationwide hela se enligt according office kontor huvudkontor in on
        multiple several olika valfri ort any we vi the our this det den du you är om about as
        a an at"""
    )
)  # first words of a "location" that is no town ("Location: Remote", "Ort: Flera orter")
_TOWN_STOP: Final = frozenset(
    _words(
        """sista ansök ansökan ansökningsdag ansökningsperiod kontakt kontaktperson välkommen
        tillträde omfattning anställningsform anställning lön publicerad län start
        varaktighet arbetstid upplysningar om vi du apply deadline contact employment hours
        salary closing the we you about"""
    )
)  # a word that starts the next part of a page run together ("Arbetsort Växjö Sista ...")
_GENITIVE_KEEP: Final = ("ås", "äs", "fors", "ss")  # Borås, Bollnäs, Hagfors: their own s
# A building or a workplace named beside the town ("Placering: Kommunhuset, Storgatan 1,
# Hudiksvall", "Var: Eskilstuna Logistikcenter", "Centralsjukhuset Kristianstad"): not the town.
_PLACE_NOUN: Final = (
    "sjukhus", "sjukhuset", "lasarett", "lasarettet", "huset", "baren", "skolan", "kliniken",
    "centralen", "centret", "center", "centrum", "hallen", "terminalen", "lagret", "butiken",
    "restaurangen", "hotellet", "verket", "stationen", "kontoret", "förskolan", "boendet",
)  # fmt: skip
# (not "backen": Smedjebacken is a town)
_STREET: Final = ("gatan", "vägen", "gränd", "torget", "stigen", "allén", "leden")


def _place_noun(word: str) -> bool:
    return word.lower().endswith(_PLACE_NOUN)


def _town_of(value: str) -> str | None:
    """A town named at the start of ``value`` (the text after a label), or None."""
    for raw in _TOWN_PARTS.split(value, maxsplit=3)[:3]:
        part = raw.strip()
        m = _TOWN.match(part)
        if m is None and part[:1].islower():  # "Placering: huvudkontoret i Karlstad"
            inside = _TOWN_INSIDE.search(part, 0, 40)
            m = None if inside is None else _TOWN.match(part, inside.end())
        elif m is not None and part.split(None, 1)[0].lower() in _NOT_TOWNS:
            inside = _TOWN_INSIDE.search(part)  # "Hybrid remote in Austin"
            m = None if inside is None else _TOWN.match(part, inside.end())
        if m is None:
            continue
        words = m.group().split()
        while len(words) > 1 and _place_noun(words[0]):  # "Centralsjukhuset Kristianstad"
            words.pop(0)
        if _place_noun(words[0]) or words[0].lower().endswith(_STREET):
            continue  # "Kommunhuset", "Storgatan 1": the building or the street, not the town
        for i, word in enumerate(words[1:], 1):
            if word.lower() in _TOWN_STOP or _place_noun(word):
                words = words[:i]
                break
        town = " ".join(words)
        rest = part[m.start() + len(town) :]
        suffix = _TOWN_SUFFIX.search(town) or re.match(r"[ \t]+(?:stad|kommun)\b", rest)
        if suffix is not None:
            town = _TOWN_SUFFIX.sub("", town)
            if town.endswith("s") and not town.endswith(_GENITIVE_KEEP):
                town = town[:-1]  # "Lunds kommun", "Göteborgs stad"
        if len(town) >= 2 and town.split(None, 1)[0].lower() not in _NOT_TOWNS:
            return town
    return None


# A table of facts, copied with its column heads ("Ort | Omfattning | Tillträde" and the
# row of values below it): the town is the cell under the town's head.
_TABLE_HEAD: Final = re.compile(r"^(?P<row>[^\n|\t]{0,40}(?:\||\t)[^\n]{0,200})$", re.MULTILINE)
_TABLE_TOWN_HEADS: Final = frozenset(
    _words("ort arbetsort placeringsort placering kommun stad location city town")
)
_CELL_SEPARATOR: Final = re.compile(r"[ \t]*(?:\|)[ \t]*|\t+")


def _town_in_table(text: str, evidence: dict[str, str]) -> str | None:
    """The cell under a town head in a table of facts, or None."""
    if "|" not in text and "\t" not in text:
        return None
    for tries, head in enumerate(_TABLE_HEAD.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        cells = [c.strip().rstrip(":").lower() for c in _CELL_SEPARATOR.split(head.group("row"))]
        column = next((i for i, c in enumerate(cells) if c in _TABLE_TOWN_HEADS), None)
        if column is None:
            continue
        filled = [c for c in _CELL_SEPARATOR.split(head.group("row")) if c.strip()]
        if (
            len(filled) == 2
            and filled[0].strip().rstrip(":").lower() in _TABLE_TOWN_HEADS
            and not _NEXT_LABEL_START.match(filled[1].strip())  # not a row of heads
        ):  # a row of a two-column table of facts, "| Ort | Sundsvall |": the value beside
            town = _town_of(filled[1])
            if town is not None:
                evidence["town"] = _collapse(head.group("row"))
                return town
            continue
        below = text.find("\n", head.end()) + 1
        row_end = _line_end(text, below)
        values = _CELL_SEPARATOR.split(text[below:row_end])
        if below > 0 and len(values) == len(cells):
            town = _town_of(values[column])
            if town is not None:
                evidence["town"] = _collapse(text[head.start() : row_end])
                return town
    return None


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


# A town named in running text: after "i"/"in", after a comma or a dash ("Kafé Lingon,
# Stockholm", "Data Scientist – Lund"), at the start of a line, or before "kommun"/"stad".
# Only Sweden's municipalities and a few large places count (see swedish_towns).
_PROSE_TOWN: Final = re.compile(
    rf"""
    (?:(?P<prep>(?<![\w-])(?:i|in|I|In|utanför|nära|outside|near)[ \t]+
        (?:(?:centrala|norra|södra|östra|västra|central|downtown|northern|southern)[ \t]+)?)
      | [,–—|•·][ \t]* | ^[ \t•*#\U0001f4cd\U0001f4cc\ufe0f-]{{0,4}})  # ("📍 Umeå", "# Umeå")
    (?P<town>{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD})?)
    """,
    re.MULTILINE | re.VERBOSE,
)
_BEFORE_KOMMUN: Final = re.compile(
    rf"(?P<town>{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD})?)[ \t]+(?:kommun|stad)\b"
)
_AREA_SUFFIX: Final = re.compile(r"-(?:området|omr|regionen|trakten|area)$")
# Where a company has its head office or was founded: not where the job is, unless the job
# is there ("söker en controller till huvudkontoret", "join us at our head office").
_NOT_THE_WORKPLACE: Final = re.compile(
    r"""(?<!till[ \t])(?<!på[ \t])(?<!vid[ \t])(?<!till[ \t]vårt[ \t])(?<!på[ \t]vårt[ \t])
        (?<!at[ \t]our[ \t])(?<!to[ \t]our[ \t])(?<!in[ \t]our[ \t])(?<!at[ \t]the[ \t])
        (?:huvudkontor|head[ \t-]?(?:office|quarter)s?|\bHQ\b|grundade|grundad|founded
          |grundare|founder)
        # "huvudkontor och lager i Borås": the head office beside a site where work is done
        (?![ \t]+(?:och|samt|and|&)[ \t]+(?:\w+[ \t]+)?(?:lager|fabrik|produktion|tillverkning
          |verkstad|butik|warehouse|factory|production|plant|workshop|store))""",
    re.IGNORECASE | re.VERBOSE,
)
# The clause a town stands in: a head office in one clause does not rule out the workplace in
# the next ("huvudkontor i Stockholm, men tjänsten utgår från Jönköping").
_CLAUSE_BREAK: Final = re.compile(r"[,;:–—]|\b(?:men|but|medan|while|whereas)\b", re.IGNORECASE)
# A municipality's official name whose genitive is not the town plus "s" ("Falu kommun").
_IRREGULAR_GENITIVE: Final = {"Falu": "Falun"}
# A postal address: "Storgatan 3, 903 27 Umeå", "Box 1234, 114 79 Stockholm" (not the groups
# of a phone number, "08-508 123 45 Vision", nor a number glued to a street number).
_POSTCODE_TOWN: Final = re.compile(
    rf"(?<![\w+/-])(?<!\d[ \t])[1-9]\d{{2}}[ \t\u00a0]?\d{{2}}[ \t]+"
    rf"(?P<town>{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD})?)"
)


def _known_town(words: str, *, strong: bool, genitive: bool = False) -> str | None:
    """The municipality named by ``words`` (one or two capitalised words), or None.

    ``strong``: the words follow "i"/"in" or precede "kommun", so a name that is also a
    common word counts; ``genitive``: "Lunds kommun" names Lund ("Lunds universitet" in
    running text does not name a place).
    """
    words = _AREA_SUFFIX.sub("", words)
    if strong and words in DISTRICTS:  # "i Västra Frölunda": a part of Göteborg
        return DISTRICTS[words]
    if genitive and words in _IRREGULAR_GENITIVE:
        return _IRREGULAR_GENITIVE[words]
    parts = words.split()
    for candidate in (" ".join(parts[:2]), parts[0]) if len(parts) > 1 else (words,):
        for name in (candidate, candidate[:-1] if genitive and candidate.endswith("s") else ""):
            if name in SWEDISH_TOWNS and (strong or name not in AMBIGUOUS_TOWNS):
                return name
    return None


def _head_office_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` names a head office or a founding."""
    left, right = _sentence_bounds(text, start, end)
    for brk in _CLAUSE_BREAK.finditer(text, left, start):
        left = brk.end()
    brk_after = _CLAUSE_BREAK.search(text, end, right)
    right = right if brk_after is None else brk_after.start()
    return _NOT_THE_WORKPLACE.search(text, left, right) is not None


# "based in our Tallinn office", "at our Oslo office": the town names the office.
_OUR_OFFICE: Final = re.compile(
    rf"\b(?:in|at|from)[ \t]+our[ \t]+(?P<town>{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD})?)[ \t]+"
    r"(?:office|offices|hub|site|studio|branch)\b"
)


# A place that belongs to its town: "Sundsvalls sjukhus", "vid Varbergs strandpromenad",
# "Umeå centrum" ("Lunds universitet" is an employer, not a place: not on the list).
_TOWNS_PLACE: Final = re.compile(
    rf"(?P<town>{_TOWN_WORD})[ \t]+(?i:sjukhus|lasarett|centrum|hamn|strandpromenad|station"
    r"|resecentrum|torg|stadshus|stadsbibliotek|kommunhus|vårdcentral)\b"
)
# A heading in capitals: "MASKINOPERATÖR – PRECISIONSVERK I NYBRO".
_CAPITALS_IN: Final = re.compile(
    r"(?<![\w-])I[ \t]+(?P<town>[A-ZÅÄÖ]{2,30}(?:-[A-ZÅÄÖ]{2,30})?)(?![\w-])"
)


def _town_in_capitals(text: str, evidence: dict[str, str]) -> str | None:
    """A municipality after "I" in a line written in capitals, or None."""
    for tries, m in enumerate(_CAPITALS_IN.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        start = text.rfind("\n", 0, m.start()) + 1
        line = text[start : _line_end(text, m.end())]
        if line != line.upper():
            continue
        town = _known_town(
            "-".join(p.capitalize() for p in m.group("town").split("-")), strong=True
        )
        if town is not None:
            evidence["town"] = _collapse(line)
            return town
    return None


def _town_in_prose(text: str, evidence: dict[str, str]) -> str | None:
    """The first municipality the running text names as a place ("ett åkeri i Sundsvall"),
    leaving out one named only as the head office's or the founding's place."""
    found: tuple[int, str] | None = None
    for tries, m in enumerate(_PROSE_TOWN.finditer(text)):
        if tries >= _MAX_TRIES * 3:
            break
        words = m.group("town").split()
        if len(words) == 2 and _place_noun(words[0]):  # ", Centralsjukhuset Kristianstad"
            words.pop(0)
        town = _known_town(" ".join(words), strong=m.group("prep") is not None)
        if town is not None and not _head_office_clause(text, m.start("town"), m.end("town")):
            found = (m.start("town"), town)
            break
    limit = len(text) if found is None else found[0]
    for tries, kommun in enumerate(_BEFORE_KOMMUN.finditer(text, 0, limit)):
        if tries >= _MAX_TRIES:
            break
        town = _known_town(kommun.group("town"), strong=True, genitive=True)
        if town is not None and not _head_office_clause(text, kommun.start(), kommun.end()):
            found = (kommun.start(), town)
            break
    for tries, place in enumerate(_TOWNS_PLACE.finditer(text, 0, limit)):
        if tries >= _MAX_TRIES:
            break
        town = _known_town(place.group("town"), strong=True, genitive=True)
        if town is not None and not _head_office_clause(text, place.start(), place.end()):
            found = (place.start(), town)
            limit = found[0]
            break
    for tries, office in enumerate(_OUR_OFFICE.finditer(text, 0, limit)):
        if tries >= _MAX_TRIES:
            break
        town = _known_town(office.group("town"), strong=True)
        if town is not None:
            found = (office.start("town"), town)
            break
    if found is None:
        return None
    left, right = _sentence_bounds(text, found[0], found[0] + len(found[1]))
    evidence["town"] = _collapse(text[left:right])
    return found[1]


def _town_in_address(text: str, evidence: dict[str, str]) -> str | None:
    """The town of the first postal address ("Drottninggatan 14, 652 24 Karlstad")."""
    for tries, m in enumerate(_POSTCODE_TOWN.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        town = _known_town(m.group("town"), strong=True)
        if town is None:
            continue
        left, right = _sentence_bounds(text, m.start(), m.end())
        if _NOT_THE_WORKPLACE.search(text, left, right):
            continue
        evidence["town"] = _collapse(text[left:right])
        return town
    return None


def _find_town(text: str, evidence: dict[str, str]) -> str | None:
    """The workplace's town where the ad states it ("Ort: Umeå", "Location: Malmö"); failing
    a label, a table's town column, then a municipality named in the text ("i Umeå"), then
    the town of a postal address ("903 27 Umeå")."""
    labelled = _labelled_town(text, evidence) or _town_in_table(text, evidence)
    if labelled is not None or _remote_job(text, evidence):
        return labelled
    return (
        _town_in_prose(text, evidence)
        or _town_in_capitals(text, evidence)
        or _town_in_heading(text, evidence)
        or _town_in_lower_case(text, evidence)
        or _town_in_address(text, evidence)
    )


# "fully remote within Sweden", "Location: Remote (Sweden)", "helt på distans": the job has
# no workplace town, whatever town the head office, the founding or the meet-ups are in.
_REMOTE_JOB: Final = re.compile(
    r"""\b(?:fully|100[ \t]?%|completely|entirely|100[ \t]?procent)[ \t-]+(?:remote|distans)\b
      | \bremote[ \t]+(?:only|within[ \t]+(?:sweden|the[ \t]+eu|europe))\b
      | \bhelt[ \t]+(?:på[ \t]+)?distans\b | \bvi[ \t]+har[ \t]+inget[ \t]+kontor\b
      | \bwe[ \t]+have[ \t]+no[ \t]+office\b
      | (?:^|\n)[ \t]*(?:location|ort|arbetsort|placering|placeringsort|work[ \t]+location)
        [ \t]*:[ \t]*(?:remote|distans)\b(?![^\n]{0,60}\b(?:or|eller|hybrid|office|kontor)\b)""",
    re.IGNORECASE | re.VERBOSE,
)


def _remote_job(text: str, evidence: dict[str, str]) -> bool:
    """Whether the ad says the job is done fully remotely (no office to go to)."""
    if "remote" not in text.lower() and "distans" not in text.lower() and "kontor" not in text:
        return False
    m = _REMOTE_JOB.search(text)
    if m is None:
        return False
    evidence.pop("town", None)
    return True


# The ad's heading names its workplace: "# Lagerchef till Eslöv", "Tandsköterska till
# Kristianstads Tandvårdsklinik", "Butikssäljare till Sportlagret Luleå", "Extrapersonal
# sökes till Matbutiken Kiruna Centrum": a town, or its genitive, among the capitalised words
# after "till" / "hos" / "at" / "for".
_HEADING_TO: Final = re.compile(
    rf"""(?<![\w-])(?:till|hos|på|vid|at|for|to|join)[ \t]+
        (?P<name>{_TOWN_WORD}(?:[ \t]+(?:&[ \t]+)?{_TOWN_WORD}){{0,3}})""",
    re.VERBOSE,
)


_COMPANY_AFTER: Final = re.compile(r"[ \t]{1,3}(?:AB|HB|KB|Ltd|Inc|Oy|AS|ASA|GmbH|Group)\b")


def _town_in_heading(text: str, evidence: dict[str, str]) -> str | None:
    """A town in the employer's or workplace's name in the ad's first line, or None."""
    start = len(text) - len(text.lstrip())
    line = text[start : _line_end(text, start)]
    for tries, m in enumerate(_HEADING_TO.finditer(line)):
        if tries >= _MAX_TRIES:
            break
        if _COMPANY_AFTER.match(line, m.end()):
            continue  # "till Hallsberg Logistik AB": a registered name, not a place
        words = m.group("name").split()
        for i, word in enumerate(words):
            bare = len(words) == 1 or i > 0  # "till Eslöv", "Sportlagret Luleå"
            town = (_known_town(word, strong=False) if bare else None) or (
                _known_town(word, strong=False, genitive=True)
                if word.endswith("s") and i + 1 < len(words)  # "Kristianstads Tandvårdsklinik"
                else None
            )
            if town is not None:
                evidence["town"] = _collapse(line)
                return town
    return None


# Rough text in lower case: "bagare sökes till bageriet i sölvesborg".
_LOWER_IN: Final = re.compile(
    rf"(?<![\w-])(?:i|in)[ \t]+(?P<town>[{_LOWER}]{{3,}}(?:-[{_LOWER}]{{2,}})?)\b"
)


def _town_in_lower_case(text: str, evidence: dict[str, str]) -> str | None:
    """A municipality written in lower case after "i" ("i motala"), not one whose name is
    also a common word ("i mark", "i vara"); or None."""
    for tries, m in enumerate(_LOWER_IN.finditer(text)):
        if tries >= _MAX_TRIES * 3:
            break
        word = "-".join(p.capitalize() for p in m.group("town").split("-"))
        town = _known_town(word, strong=False)
        if town is not None and not _head_office_clause(text, m.start(), m.end()):
            left, right = _sentence_bounds(text, m.start(), m.end())
            evidence["town"] = _collapse(text[left:right])
            return town
    return None


def _labelled_town(text: str, evidence: dict[str, str]) -> str | None:
    """The town after a label ("Ort: Umeå", "Location: Malmö")."""
    for tries, label in enumerate(_TOWN_LABEL.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        word = label.group().strip(" \t•*-").lower()
        if (
            word.startswith(("kommun", "stad"))
            and text[text.rfind("\n", 0, label.start()) + 1 : label.start()].strip()
        ):
            continue  # "Växjö kommun" on its own line names the employer, not a label
        begin = label.end()
        line_end = text.find("\n", begin, begin + 80)
        if line_end != -1 and not text[begin:line_end].strip():  # "Ort:" alone on its line
            begin = line_end + 1
            line_end = text.find("\n", begin, begin + 80)
        value = text[begin : begin + 80 if line_end == -1 else line_end]
        if "\n" in label.group() and len(value.strip()) > 50:
            continue  # a heading followed by prose, not by a place
        town = _town_of(value)
        if town is not None:
            evidence["town"] = _collapse(text[label.start() : begin + len(value)])
            return town
    return None
