"""The contact person of an ad: name, e-mail address and phone number."""

from __future__ import annotations

import re
from typing import Final

from .ad_dates import _DATE
from .ad_flags import _MAX_TRIES
from .ad_prep import _collapse, _words
from .ad_purpose import _for_something_else, _on_firm_line

# -------------------------------------------------------------------------- contact

_EMAIL: Final = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}"
)
_PHONE: Final = re.compile(
    r"""
    (?<![\w+/.,-])
    (?:
        # international: +46 70 123 45 67, +44 (0)20 7946 0958, +1 (406) 257-2255
        (?:\+|00)[ \t]?[1-9]\d{0,2}[ \t]?(?:\(0\)[ \t]?)?(?:\(\d{1,4}\)|\d{1,4})
        (?:[ \t]?[-–/.][ \t]?|[ \t])?
        \d{2,4}(?:(?:[ \t]?[-–.][ \t]?|[ \t])?\d{2,4}){0,4}
        # North American: 406-257-2255, (406) 257-2255, 1-800-555-0199
      | (?:1[ \t.-])?(?:\([2-9]\d{2}\)[ \t]?|[2-9]\d{2}[ \t]?[-.][ \t]?|[2-9]\d{2}[ \t])
        \d{3}[ \t]?[-. \t][ \t]?\d{4}
        # national with a leading 0: 070-123 45 67, 08-123 456 78, 0191-386-8029, 020 7946 0958
      | \(?0\d{1,4}\)?(?:[ \t]?[-–/][ \t]?|[ \t])?\d{2,4}(?:[ \t-]?\d{2,4}){0,3}
    )
    (?!\d)
    """,
    re.VERBOSE,
)
# Numbers that are not phones: company and organisation numbers, references, accounts.
_NOT_A_PHONE: Final = re.compile(
    r"""
    org(?:anisation)?s?[ \t.-]*(?:nr|nummer|no|number) | \borg\.?[ \t]*nr
  | company[ \t]+(?:no|number|reg\w*) | registered | registration | \breg\.?[ \t]*(?:no|nr|number)
  | \bvat\b | \bmoms | \bdnr\b | diarie | ärende | \bref(?:erence|erens)?\b | referensnummer
  | \bjob[ \t]*(?:id|no|number|code) | annons\w*(?:id|nummer|nr)\b | \bid\b | \bkod\b | \bcode\b
  | bankgiro | plusgiro | \biban\b | \bkonto(?:nummer|nr)?\b | \baccount | personnummer
  | \bssn\b | postnummer
  | \bzip\b | charity | \bcvr\b | \babn\b | \bein\b | \bbox\b | \bpo[ \t]+box
    """,
    re.IGNORECASE | re.VERBOSE,
)
_PHONE_WORD: Final = re.compile(
    r"tel|phone|mobil|\bring|\bcall|\bnås|växel|fax|\bmob\b|\bcell", re.IGNORECASE
)
_TRAILING_GROUP: Final = re.compile(r"[ \t-]?\d{1,4}$")
_CONTACT_WORDS: Final = re.compile(
    r"kontakt|frågor|fråga|upplysning|besvara|\bnås\b|contact|question|enquir|inquir|reach|"
    r"\btel\b|telefon|mobil|phone|\bring\b|\bcall\b",
    re.IGNORECASE,
)
_MAX_CANDIDATES: Final = 30  # addresses or numbers weighed; the contact's comes early
_DAY_MONTH_YEAR: Final = re.compile(
    r"(?:0[1-9]|[12]\d|3[01])([-./])(?:0[1-9]|1[0-2])\1(?:19|20)\d{2}"
)  # 08-05-2020: the day, the month and the year, not a Stockholm number
_FAX: Final = re.compile(r"\bfax|växel|switchboard", re.IGNORECASE)
# "0920-28 41 00 (växel), direkt 0920-28 47 63": the word after the number names it.
# ("… 80 90 (växel 0470-70 80 00)" names the number that follows, not this one.)
_FAX_AFTER: Final = re.compile(
    r"[ \t]*[(,–-][ \t]*(?:fax|växel|vx|switchboard)\b(?![ \t]*(?:nr|nummer|number)?[ \t:]*[+(\d])",
    re.IGNORECASE,
)
_NO_REPLY: Final = re.compile(r"no-?reply|do-?not-?reply|noreply", re.IGNORECASE)
# "E-postadresser har formen fornamn.efternamn@region.se": a pattern, nobody's address.
_PLACEHOLDER_LOCAL: Final = re.compile(
    r"""(?:f[öo]rnamn|first[._-]?name|given[._-]?name|f[._-]?name|namn|name)
        (?:[._-]?(?:efternamn|e|last[._-]?name|surname|family[._-]?name|l[._-]?name|enamn))?""",
    re.IGNORECASE | re.VERBOSE,
)

_NAME_LABEL: Final = re.compile(
    r"""
    (?=[uifqerhkcblgvdasmtn])  # the first letters of the labels below
    \b(?:
        (?:upplysningar|information|frågor|questions|enquiries|rekryterare|recruiter
          |hiring[ \t]+manager|rekryterande[ \t]+chef)
        (?:[ \t]+om[ \t]+(?:tjänsten|jobbet|anställningen|befattningen|uppdraget)
          |[ \t]+about[ \t]+the[ \t]+(?:role|position|job))?
        (?:[ \t]*:|[ \t]*(?=\n))
      | (?:kontaktperson(?:er)? | contact[ \t]+person | kontakt | contact
          | (?:besvaras|lämnas|ges)[ \t]+av | kontakta | vänd[ \t]+dig[ \t]+till
          | (?:information|upplysningar)(?:[ \t]+om[ \t]+(?:tjänsten|jobbet))?[ \t]+(?:ger|lämnar)
          | hör[ \t]+av[ \t]+dig[ \t]+till | reach[ \t]+out[ \t]+to
          | (?:directed|addressed|sent|emailed|e-mailed|mailed)[ \t]+to
          | (?:mejlas|mailas|skickas|ställs|riktas)[ \t]+till
          | speak[ \t]+(?:to|with) | ringa? | mejla | maila | call | e-?mail
          | sms(?::?a)? | messa | texta
          | når[ \t]+(?:du|ni)(?=[ \t]+(?:\w+[ \t]+)?[A-ZÅÄÖ])  # "når du driftchef Nils Åberg"
          | (?:send|submit|direct|forward)[ \t]+(?:your[ \t]+)?(?:resume|résumé|cv|application
            |cover[ \t]+letter)s?(?:[ \t]+and[ \t]+(?:a[ \t]+)?(?:cover[ \t]+letter|resume|cv))?
            [ \t]+to
          | skicka[ \t]+(?:in[ \t]+)?(?:(?:din|er)[ \t]+)?(?:ansökan|ansökningen|ditt[ \t]+cv|cv)
            (?:[ \t]+och[ \t]+\w+[ \t]+\w+)?
            [ \t]+till
        )\b
    )[ \t]*[:\-–]?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_UPPER: Final = "A-ZÅÄÖÉÜÆØÈÁÍÓÚŠŽČĆĐŁŃŚŹŻŘŤĎŇŮÝÇĞŞİÑÃÕÂÊÎÔÛÀÌÒÙËÏ"
_LOWER: Final = "a-zåäöéüæøèáíóúßëïñçšžčćđłńśźżřťďňůýğşıãõâêîôûàìòùąęőű"
# (names from many languages: "Amir Hadžić", "Łukasz Wójcik", "Ayşe Yılmaz")
_NAME_TOKEN: Final = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)?"
_NAME_RUN: Final = re.compile(
    rf"{_NAME_TOKEN}(?:[ \t]+(?:(?:af|von|van|de|der|den|la|le)[ \t]+)?{_NAME_TOKEN}){{1,5}}"
)  # up to six words: a title of up to three ("Talent Acquisition Lead") before the name
_WORD: Final = re.compile(r"[^\s,;:()]+[,;:]?")
_NAME_ABORT: Final = frozenset(
    _words("oss us mig me med with inte not dig you er your din vi we")
)  # "Kontakta oss", "kontakt med kunder": no person follows
_TITLES: Final = frozenset(
    _words(
        """vår vårt våra our the rekryterare rekryterande rekryteringsansvarig
        rekryteringskonsult ansvarig ansvariga chef vd hr recruiter recruiting hiring manager
        talent acquisition partner specialist konsult teamledare gruppchef rektor
        kontaktperson contact person frågor kontakta please gärna mr ms mrs dr fru herr
        kn kapten mj major övlt överstelöjtnant öv överste lt löjtnant fk fänrik sergeant
        fj fanjunkare"""
    )
)  # leading words of a name run that are titles ("Rekryterande chef Anna Svensson")
# (and the armed forces' ranks, often shortened: "Kn Lars Vikström" is captain Vikström)
# Words that name a role, capitalised or not, before the person ("Maintenance Manager
# Henrik Olsson", "Arbetsledare Jenny Ström", "Kundansvarig Johan Mattsson").
_ROLE_WORDS: Final = frozenset(
    _words(
        """manager lead leader director coordinator consultant officer specialist partner head
        recruiter representative administrator supervisor owner founder ceo cto cfo coo
        president chief vd hr professor docent överläkare läkare sjuksköterska"""
    )
)
_ROLE_SUFFIXES: Final = (
    "chef", "ansvarig", "ledare", "konsult", "samordnare", "handläggare", "sekreterare",
    "rekryterare", "specialist", "partner", "koordinator", "assistent", "direktör", "rådgivare",
    "strateg", "controller", "föreståndare", "ombud", "mästare", "ingenjör", "tekniker",
    "generalist", "förman", "intendent", "redaktör", "förvaltare", "lärare", "säljare",
    "utvecklare", "planerare", "inköpare",
    # the church's: "Kyrkoherde Gunilla Sandén", "Församlingspedagog Eva Ek"
    "herde", "präst", "diakon", "kantor", "pastor", "komminister", "pedagog", "organist",
)  # fmt: skip
_NAME_STOP: Final = frozenset(
    _words(
        """telefon tel mobil mobile phone mail email epost mejl ring via vid kontakt och or and
        måndag tisdag onsdag torsdag fredag monday tuesday wednesday thursday friday"""
    )
)  # capitalised words that end a name ("Anna Svensson Telefon: ...")
_SURNAME_STOPS: Final = frozenset(_words("ring"))  # stop words that are also surnames
_COMPANY_SUFFIX: Final = re.compile(r"[ \t]{1,3}(?:AB|HB|KB|Ltd|Inc|Oy|AS|ASA|GmbH|Group)\b")


_UNION: Final = re.compile(
    r"fackli\w*|fackförbund\w*|\bunion[ \t]+(?:rep|contact)\w*|\btrade[ \t]+union",
    re.IGNORECASE,
)


_HEADING_REST: Final = re.compile(r"[^\d@,;\n]{0,40}")
_CONTACT_LINE: Final = re.compile(
    r"\n[ \t•*-]{0,5}(?:kontakt|frågor|upplysningar|contact|questions|rekryter|recruit|hiring"
    r"|för[ \t]+frågor|vid[ \t]+frågor|har[ \t]+du[ \t]+frågor|mer[ \t]+information)",
    re.IGNORECASE,
)


def _union_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Where the ad names its union representatives ("Fackliga företrädare: ...").

    Public-sector ads list them beside the contact person; their names and numbers are
    not whom to follow up with. A span runs to the end of the line, or, after a heading
    ("Fackliga kontaktpersoner:" alone on its line), to the next blank line.
    """
    if "fack" not in low and "union" not in low:
        return []
    spans: list[tuple[int, int]] = []
    for m in _UNION.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        end = line_end
        if _HEADING_REST.fullmatch(text, m.end(), line_end):  # a heading: a list follows
            blank = text.find("\n\n", m.end(), m.end() + 400)
            end = min(len(text), m.end() + 400) if blank == -1 else blank
            next_contact = _CONTACT_LINE.search(text, line_end, end)
            end = end if next_contact is None else next_contact.start()
        spans.append((m.start(), end))
        if len(spans) >= _MAX_TRIES:
            break
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)


_HEADING_TAIL: Final = re.compile(
    r"""[ \t:–-]*(?:(?:för|om|till|for|about)[ \t]+(?:(?:detta|denna|this|the)[ \t]+)?
        (?:jobb|jobbet|tjänst|tjänsten|annons|annonsen|role|position|job|vacancy)[ \t:]*)?""",
    re.IGNORECASE | re.VERBOSE,
)  # "Kontaktpersoner för detta jobb" alone on its line: a heading, the name comes below


# Other column heads beside the label, when a PDF's table of facts ran together ("Sista
# ansökningsdag Kontaktperson Arbetsort" on one line, the values on the next).
_OTHER_HEADS: Final = re.compile(
    r"""[ \t]*(?:sista[ \t]+ansökningsdag|arbetsort|ort|placeringsort|telefon|e-post|omfattning
        |tillträde|anställningsform|lön|location|deadline)
        (?:[ \t]+(?:sista[ \t]+ansökningsdag|arbetsort|ort|placeringsort|telefon|e-post
        |omfattning|tillträde|anställningsform|lön|location|deadline)){0,3}[ \t]*""",
    re.IGNORECASE | re.VERBOSE,
)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _name_after(text: str, pos: int) -> tuple[str, int] | None:
    """The person named right after a label at ``pos`` (skipping titles), or None.

    After a heading ("Kontaktperson:" alone on its line) the name may stand on one of the
    next three lines, below a title ("Kontakt / Rekryterande chef / Anna Andersson").
    """
    line_end = _line_end(text, pos)
    lines = 1
    if _HEADING_TAIL.fullmatch(text, pos, line_end) or _OTHER_HEADS.fullmatch(text, pos, line_end):
        pos, lines = line_end + 1, 3
        line_end = _line_end(text, pos)
    for line in range(lines):
        end_limit = min(line_end, pos + 120)
        if pos > len(text) or (line and not text[pos:end_limit].strip()):
            break  # a blank line ends the contact block
        for skipped, word in enumerate(_WORD.finditer(text, pos, end_limit)):
            if skipped > 4 or word.group().rstrip(",;:").lower() in _NAME_ABORT:
                return None
            run = _NAME_RUN.match(text, word.start(), end_limit)
            if run is not None:
                name = _clean_name(
                    run.group(),
                    after_of=_AFTER_OF.search(text, max(0, word.start() - 8), word.start()),
                )
                if name is not None and not _COMPANY_SUFFIX.match(text, run.end(), end_limit):
                    return name, run.end()
        if any(c.isdigit() or c == "@" for c in text[pos:end_limit]):
            break  # a number or an address: the contact block has no name
        pos = line_end + 1
        line_end = _line_end(text, pos)
    return None


# "Ring Henrik på 026-65 43 21", "Kontakta Sara, sara@firma.se": a first name alone, then
# the number or the address that goes with it.
# "Sms:a gärna Lisa på ...", "kontakta handledare Nadia, 016-...", "Ring Pelle 070-...",
# "Hör av dig till Karin (arbetsledare), 0520-...": a role word or "gärna" may come before
# the name, the role in brackets after it.
_FIRST_NAME_THEN_DETAILS: Final = re.compile(
    rf"""[ \t]*(?:gärna[ \t]+)?(?:(?P<role>[a-zåäö-]{{3,30}})[ \t]+)?(?P<name>{_NAME_TOKEN})
        (?:[ \t]*\([^()\n]{{1,40}}\))?
        (?:[ \t]*,[ \t]*|[ \t]+(?:på|at|on|via)[ \t]+(?:(?:telefon|tel\.?|mobil|nummer)[ \t]+)?
          |[ \t]+(?=\+\d|\(?0\d))
        (?=\+\d|\(?0\d|[A-Za-z0-9._%+-]{{1,64}}@)""",
    re.VERBOSE,
)


_CALL_VERBS: Final = frozenset(
    _words("ring ringa call kontakta contact mejla maila e-mail email sms sms:a smsa messa texta")
) | {"hör av dig till", "vänd dig till"}
_NOT_FIRST_NAMES: Final = frozenset(
    _words(
        """växeln växel kundtjänst kontoret receptionen reception butiken restaurangen support
        office us oss hr personalavdelningen"""
    )
)  # "Ring växeln på ...": a place to call, not a person


def _first_name_only(text: str, pos: int) -> tuple[str, int] | None:
    """A lone first name right after a label, followed by its number or address."""
    m = _FIRST_NAME_THEN_DETAILS.match(text, pos)
    if m is None:
        return None
    name, role = m.group("name"), m.group("role")
    if _not_a_person(name.lower()) or (role is not None and not _is_role(role)):
        return None
    return name, m.end("name")


def _is_role(word: str) -> bool:
    return word in _ROLE_WORDS or word.endswith(_ROLE_SUFFIXES)


# "Head of Data Olivia Chen", "Chef för Ekonomi Anna Berg": the run begins with a department.
_AFTER_OF: Final = re.compile(r"\b(?:of|för)[ \t]+\Z", re.IGNORECASE)


def _clean_name(run: str, *, after_of: object = None) -> str | None:
    """Drop leading titles and trailing non-name words; keep a 2-3 word name or nothing.

    ``after_of``: the run follows "Head of" or "Chef för", so its first word names a
    department, not the person.
    """
    tokens = run.split()
    if after_of and len(tokens) >= 3:
        tokens = tokens[1:] if len(tokens) == 3 else tokens[-2:]
    roles = [i for i, t in enumerate(tokens[:-1]) if _is_role(t.lower())]
    if roles:
        tokens = tokens[roles[-1] + 1 :]
    while tokens and (tokens[0].lower() in _TITLES or _is_role(tokens[0].lower())):
        tokens.pop(0)
    for i, token in enumerate(tokens):
        if token.lower() in _NAME_STOP:
            if i == len(tokens) - 1 == 1 and token.lower() in _SURNAME_STOPS:
                break  # "Lena Ring": a surname, no stop word, after a first name alone
            tokens = tokens[:i]
            break
    capitalised = [t for t in tokens if t[0].isupper()]
    if len(capitalised) < 2:
        return None
    while tokens and not tokens[-1][0].isupper():  # a dangling particle
        tokens.pop()
    if len(capitalised) > 3:
        tokens = tokens[: tokens.index(capitalised[2]) + 1]
    return " ".join(tokens)


# A person given with a role and a number or address but no label before them
# ("Bygglovschef Ingrid Sahlin, 011-15 00 00", "Recruitment Consultant Lisa Karlsson,
# lisa.karlsson@..."): the role word, then the name, then the number or the address.
_WORD_BEFORE_NAME: Final = re.compile(rf"(?<![\w-])[\w-]{{2,40}}:?[ \t]+(?=[{_UPPER}])")
_DETAILS_AFTER_NAME: Final = re.compile(
    r"""[ \t]*[,(–—-]?[ \t]*(?:(?:nås[ \t]+)?(?:på|via|at|on)[ \t]+)?
        (?:(?:tel|telefon|mobil|phone|e-?post|mejl|e-?mail)\.?:?[ \t]*)?
        (?:\+\d|\(?0\d|[A-Za-z0-9._%+-]{1,64}@)""",
    re.IGNORECASE | re.VERBOSE,
)


# How a short ad or a post is signed, at its end: "/Stina, Tallbackens Livs", "Mvh Kalle",
# "Anna Karlberg · Senior Recruiter at Brightpath" (a name, then a role, the way LinkedIn shows
# a post's author).
_SIGNATURE: Final = re.compile(
    rf"""^[ \t]*(?:
        (?:/{{1,2}}|(?i:mvh|hälsningar|vänliga[ \t]+hälsningar|med[ \t]+vänlig[ \t]+hälsning
          |best[ \t]+regards|kind[ \t]+regards|regards|cheers)[ \t,]*\n?)
        [ \t]*(?P<signed>{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN})?)[ \t]*(?=,|$)
      | (?P<author>{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{1,2}})[ \t]*[·|][ \t]*
        (?P<role>[^\n]{{1,80}})
    )""",
    re.MULTILINE | re.VERBOSE,
)
_ROLE_AT: Final = re.compile(r"([\w -]{2,60}?)[ \t]+(?:at|på|hos|@)[ \t]+\S")
_SIGNATURE_REACH: Final = 400  # characters from the end of the ad where a signature stands


def _signature(text: str, union: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    """The person who signed the ad, where the signature starts and where the name ends."""
    for tries, m in enumerate(_SIGNATURE.finditer(text, max(0, len(text) - _SIGNATURE_REACH))):
        if tries >= _MAX_TRIES:
            break
        if _inside(m.start(), union):
            continue
        if m.group("signed") is not None:
            name = m.group("signed")
            if _not_a_person(name.split()[0].lower()):
                continue
            return name, m.start(), m.end("signed")
        role = _ROLE_AT.match(m.group("role"))  # "Senior Recruiter at Brightpath"
        name = _clean_name(m.group("author"))
        if (
            name is not None
            and role is not None
            and any(_is_role(w) for w in role.group(1).lower().split())
        ):
            return name, m.start(), m.end("author")
    return None


# A name right before an address that is its own ("till Lejla Karić, lejla@salongklippan.se",
# "Anna Berg (anna.berg@firma.se)"): the person to write to, with or without a label.
# ("Kristina Palm, verksamhetschef: kristina@...", "Marcus Öberg <marcus.oberg@...>": a role
# between, or the address in angle brackets)
_BEFORE_ADDRESS: Final = re.compile(
    r"""[ \t]*[,(–—:<-]?[ \t]*(?:[a-zåäö-]{2,40}[ \t]*[:,][ \t]*)?
        (?:(?:e-?post|mejl|mail|e-?mail)\.?[ \t]*:?[ \t]*)?<?\Z""",
    re.IGNORECASE | re.VERBOSE,
)


_NAME_FOLD: Final = str.maketrans("åäöéèüæøćčšžłńśźżđ", "aaoeeuaoccszlnszzd")


def _folded(word: str) -> str:
    """Lower case without diacritics, as a name is spelt in an address ("Karić" → "karic")."""
    return word.lower().translate(_NAME_FOLD)


def _name_with_own_address(text: str, union: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    """A person named right before their own address: the address's local part begins
    with the first name or holds the surname. Returns the name, and where it starts and ends."""
    for count, m in enumerate(_EMAIL.finditer(text)):
        if count >= _MAX_CANDIDATES:
            break
        if _inside(m.start(), union):
            continue
        begin = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 80)
        runs = list(_NAME_RUN.finditer(text, begin, m.start()))
        run = runs[-1] if runs else None  # the last run of capitalised words before it
        if run is None or _BEFORE_ADDRESS.match(text, run.end(), m.start()) is None:
            continue
        name = _clean_name(run.group())
        if name is None:
            continue
        local = _folded(m.group().split("@", 1)[0])
        parts = [_folded(part) for part in name.split()]
        if local.startswith(parts[0]) or any(len(p) > 2 and p in local for p in parts[1:]):
            return name, text.find(name, run.start()), run.end()
    return None


def _not_a_person(low: str) -> bool:
    return (
        low in _TITLES
        or low in _NAME_STOP
        or low in _NAME_ABORT
        or low in _NOT_FIRST_NAMES
        or _is_role(low)
    )


# "Rektor Eva Sund, 0303-23 80 10 (frågor om tjänsten)": of several people, the one named
# for questions about the job itself.
_FOR_THE_JOB: Final = re.compile(
    r"""\((?:för[ \t]+)?(?:frågor|questions|upplysningar|information)[ \t]+(?:om|about)[ \t]+
        (?:tjänsten|jobbet|befattningen|arbetet|the[ \t]+(?:role|job|position))\)""",
    re.IGNORECASE | re.VERBOSE,
)


def _named_for_the_job(text: str, union: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    """The person on the line that says "(frågor om tjänsten)", where the line starts and
    where the name ends; or None."""
    for tries, m in enumerate(_FOR_THE_JOB.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        start = text.rfind("\n", 0, m.start()) + 1
        if _inside(start, union):
            continue
        for run in _NAME_RUN.finditer(text, start, m.start()):
            name = _clean_name(run.group())
            if name is not None:
                return name, start, run.end()
    return None


_ASKED_ABOUT: Final = re.compile(
    r"frågor|fråga|questions|upplysningar|kontaktperson|contact[ \t]+person|rekryter|recruit",
    re.IGNORECASE,
)


# A line that names a second person for the job itself, by their role in the recruitment
# (not "Frågor om rekryteringsprocessen: ...", whom one asks about the process only).
_CO_CONTACT: Final = re.compile(
    r"[ \t•*-]*(?:ansvarig[ \t]+)?(?:rekryterare|recruiter|rekryteringsansvarig)[ \t]*:",
    re.IGNORECASE,
)


def _other_persons_line(text: str, pos: int, name: str | None) -> bool:
    """Whether the line before ``pos`` names someone other than the contact for other
    questions ("Questions about the process: Elin Dahl, +46 ..."): the number or address
    there is theirs."""
    if name is None:
        return False
    start = max(text.rfind("\n", 0, pos) + 1, pos - 120)
    if name.split()[-1] in text[start:pos] or not _ASKED_ABOUT.search(text, start, pos):
        return False
    if _CO_CONTACT.match(text, start, pos):
        return False  # "Ansvarig rekryterare: Sara Lind, sara.lind@...": the job's too
    return any(
        _clean_name(run.group()) not in (None, name) for run in _NAME_RUN.finditer(text, start, pos)
    )


def _find_name(
    text: str, union: list[tuple[int, int]], evidence: dict[str, str]
) -> tuple[str | None, int]:
    """The contact person and where the name ends (-1 if none)."""
    for_the_job = _named_for_the_job(text, union)
    if for_the_job is not None:
        name, start, end = for_the_job
        evidence["contact_name"] = _collapse(text[start:end])
        return name, end
    for tries, label in enumerate(_NAME_LABEL.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        if _inside(label.start(), union):
            continue
        found = _name_after(text, label.end())
        if found is None and " ".join(label.group().strip(" \t-–").lower().split()) in _CALL_VERBS:
            found = _first_name_only(text, label.end())
        if found is not None:
            name, end = found
            evidence["contact_name"] = _collapse(text[label.start() : end])
            return name, end
    tries = 0
    for role in _WORD_BEFORE_NAME.finditer(text):
        if not _is_role(role.group().rstrip().rstrip(":").lower()):
            continue
        tries += 1
        if tries > _MAX_TRIES:
            break
        run = _NAME_RUN.match(text, role.end())
        if run is None or _inside(role.start(), union):
            continue
        if _DETAILS_AFTER_NAME.match(text, run.end()) is None:
            continue
        person = _clean_name(run.group())
        if person is not None:
            evidence["contact_name"] = _collapse(text[role.start() : run.end()])
            return person, run.end()
    owned = _name_with_own_address(text, union)
    if owned is not None:
        name, start, end = owned
        evidence["contact_name"] = _collapse(text[start:end])
        return name, end
    signed = _signature(text, union)
    if signed is not None:
        name, start, end = signed
        evidence["contact_name"] = _collapse(text[start:end])
        return name, end
    return None, -1


def _score(text: str, start: int, near_name: int) -> int:
    """Prefer an address or number next to the contact person or a "contact" word."""
    score = 0
    if 0 <= near_name <= start <= near_name + 200:
        score += 2
    if _CONTACT_WORDS.search(text, max(0, start - 120), start):
        score += 1
    return score


def _unglue(text: str, m: re.Match[str]) -> str:
    """The address without the sentence glued to it ("namn@firma.se.Välkommen med ...").

    A domain label after the second that is capitalised ("Välkommen", "Welcome") or that
    runs on into letters no domain has ("välkommen" stops at "ä") starts the next sentence.
    """
    address = m.group().rstrip(".-")
    local, domain = address.split("@", 1)
    labels = domain.split(".")
    end = m.start() + len(address)
    for i in range(2, len(labels)):
        label = labels[i]
        if label[:1].isupper() and label[1:2].islower():
            labels = labels[:i]
            break
        label_end = m.start() + len(local) + 1 + len(".".join(labels[: i + 1]))
        if i == len(labels) - 1 and label_end == end and end < len(text) and text[end].isalpha():
            labels = labels[:i]
            break
    return f"{local}@{'.'.join(labels)}"


def _find_email(
    text: str,
    near_name: int,
    union: list[tuple[int, int]],
    evidence: dict[str, str],
    name: str | None = None,
) -> str | None:
    """The most plausible contact address: near the contact person or a contact word."""
    best: tuple[int, str] | None = None
    for count, m in enumerate(_EMAIL.finditer(text)):
        if count >= _MAX_CANDIDATES:
            break
        if _inside(m.start(), union) or _other_persons_line(text, m.start(), name):
            continue
        address = _unglue(text, m)
        tld = address.rsplit(".", 1)[-1]
        if "." not in address.split("@", 1)[1] or not tld.isalpha() or len(tld) < 2:
            continue
        if _NO_REPLY.search(address) or address.startswith("."):
            continue
        if _for_something_else(text, m.start(), m.start() + len(address), name, address=address):
            continue  # "kundtjanst@", "Pressfrågor: press@...": not for the job
        if _on_firm_line(text, m.start()):
            continue
        if _PLACEHOLDER_LOCAL.fullmatch(address.split("@", 1)[0]) or (
            m.start() > 0 and text[m.start() - 1].isalpha()  # "förnamn.efternamn@": a pattern
        ):
            continue
        score = _score(text, m.start(), near_name)
        if best is None or score > best[0]:
            best = (score, address)
        if score >= 3:
            break  # next to the contact person and a contact word: cannot do better
    if best is None:
        return None
    evidence["contact_email"] = best[1]
    return best[1]


def _phone_digits_ok(number: str) -> bool:
    """Whether the number has as many digits as a phone number of its kind.

    Swedish numbers have 8-10 digits in national form (0 + area code + subscriber);
    British ones 11 (0 + 10), written in at most three groups ("0191-386-8029");
    North American ones 10 (or 11 with the leading 1); others at most 15 (E.164).
    """
    digits = "".join(c for c in number.replace("(0)", "") if c.isdigit())
    if number.startswith(("+", "00")):
        if number.startswith("00"):
            digits = digits[2:]
        if digits.startswith("46"):
            return 8 <= len(digits) - 1 <= 10  # back to the 0-form
        if digits.startswith("1"):
            return len(digits) == 11
        if digits.startswith("44"):
            return 11 <= len(digits) <= 12
        return 9 <= len(digits) <= 14
    if not number.startswith(("0", "(0")):  # North American
        return len(digits) == 10 or (len(digits) == 11 and digits.startswith("1"))
    if 8 <= len(digits) <= 10:
        return True
    return len(digits) == 11 and len(re.split(r"[ \t/–-]+", number.strip())) <= 3


def _trim_phone(number: str) -> str | None:
    """Drop trailing digit groups that belong to something else ("070-123 45 67 12 maj")."""
    number = number.strip()
    for _ in range(3):
        if _phone_digits_ok(number):
            return number
        if sum(c.isdigit() for c in number) < 8:
            return None
        number = _TRAILING_GROUP.sub("", number).rstrip(" -–/")
    return number if _phone_digits_ok(number) else None


def _without_trailing_date(text: str, m: re.Match[str]) -> str:
    """The number without a last group that begins a date ("+49 30 1234567 12 May")."""
    number = m.group()
    for _ in range(2):
        last = _TRAILING_GROUP.search(number)
        if last is None or last.start() == 0:
            break
        group_start = m.start() + last.start() + (not number[last.start()].isdigit())
        if _DATE.match(text, group_start) is None:
            break
        number = number[: last.start()].rstrip(" -–/.")
    return number


def _not_a_phone(text: str, start: int) -> bool:
    """Whether the number at ``start`` is labelled as something else ("Org.nr", "Ref")."""
    line_start = text.rfind("\n", max(0, start - 50), start) + 1
    begin = max(line_start, start - 50)
    last_end = -1
    for label in _NOT_A_PHONE.finditer(text, begin, start):
        last_end = label.end()
    return last_end != -1 and _PHONE_WORD.search(text, last_end, start) is None


def _after_last_digit(text: str, start: int) -> int:
    """Where the 25 characters before ``start`` begin, or past a number among them and the
    word that names that number ("08-123 00 00 (växel), direkt 08-123 45 67"): the words that
    name a number stand between it and the number before it."""
    begin = max(0, start - 25)
    for i in range(start - 1, begin - 1, -1):
        if text[i].isdigit():
            named = _FAX_AFTER.match(text, i + 1, start)
            return i + 1 if named is None else named.end()
    return begin


def _find_phone(
    text: str,
    near_name: int,
    union: list[tuple[int, int]],
    evidence: dict[str, str],
    name: str | None = None,
) -> str | None:
    """The most plausible contact number, as written; fax and switchboard numbers last."""
    best: tuple[int, str] | None = None
    for count, m in enumerate(_PHONE.finditer(text)):
        if count >= _MAX_CANDIDATES:
            break
        if _inside(m.start(), union) or _not_a_phone(text, m.start()):
            continue
        if _other_persons_line(text, m.start(), name):
            continue
        if _DAY_MONTH_YEAR.fullmatch(m.group().strip()):
            continue  # "Publicerad den 08-05-2020": a date, not a number to call
        if _for_something_else(text, m.start(), m.end(), name) or _on_firm_line(text, m.start()):
            continue  # "Kundtjänst: 060-...", the firm's line at the foot of the ad
        number = _trim_phone(_without_trailing_date(text, m))
        if number is None:
            continue
        score = _score(text, m.start(), near_name)
        if _FAX.search(text, _after_last_digit(text, m.start()), m.start()) or _FAX_AFTER.match(
            text, m.end()
        ):
            score -= 3
        if best is None or score > best[0]:
            best = (score, number)
        if score >= 3:
            break
    if best is None:
        return None
    evidence["contact_phone"] = best[1]
    return best[1]
