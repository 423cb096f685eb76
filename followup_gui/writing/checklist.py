"""The live checklist of the email composer (RULES.md, "The email checklist").

``check_email`` runs on every keystroke, so it is plain regular expressions compiled
once at import plus a Hunspell lookup per word (about 5 µs each): a ten-sentence mail
takes well under a millisecond once the dictionary is loaded.

The word lists below are data: Swedish and English entries side by side. An entry is a
phrase matched case-insensitively on whole words, after typographic quotes and
apostrophes are straightened and with any whitespace between words. A tiny syntax keeps
the lists short:

* ``*`` alone is a gap of up to three words (``"för * veckor sedan"``);
* a word ending in ``*`` is a prefix (``"svar*"`` matches svara, svaret, svar);
* ``a|b`` is either word (``"har * hunnit titta|kolla|läsa"``).

Heuristics chosen where the guide gives only examples (each is a judgement call):

* ``vague_subject``: a subject fails when it is on the list of vague subjects, when every
  word in it is a generic one (ansökan, fråga, jobb, uppföljning, application, …), or when it
  has at most three words and names neither the title (or a word of it), a number (a
  reference or a date) nor one of ``extra_words`` (e.g. the company).
* ``not_casual``: "Mvh" is accepted. It is curt but common in Swedish work mail, and the
  guide's examples of slang ("Tja", "Hörs") are about tone, not abbreviations.
* Demands for a quick answer ("snarast", "ASAP", "inom 24 timmar") fail both
  ``positive_tone`` (they sound impatient) and ``professional_close`` (the close must not
  demand an answer). For ``other_offer``, deadline phrases ("senast 1 juni", "by June 1")
  are allowed in both, because naming the other offer's deadline is the point of that mail.
* ``thanks_for_time``: a thank-you phrase ("tack för", "tackar för", "thank you for",
  "thanks for", "grateful for", …).
* ``specific_reference``: a marker that points at something particular ("särskilt",
  "speciellt", "i synnerhet", "framför allt", "especially", "particularly", "specially"),
  a reference to the conversation ("uppskattade att höra", "vi pratade om", "du berättade",
  "enjoyed hearing", "we discussed", "you mentioned", …), a project, or a quoted topic.
  We do not accept "any long sentence": almost every mail has one, so it would always pass.
* ``confirms_interest``: a word of interest or eagerness (intresserad, intresse, gärna,
  förstahandsval, motiverad, interested, interest, keen, eager, excited, first choice, …).
* Spelling skips: the greeting line and the signature (names and contact details), words
  in ``[placeholders]``, capitalised words that do not start a sentence (names), acronyms in
  capitals, anything with a digit, e-mail addresses, web addresses, words of the job title
  and of ``extra_words`` (with short inflection endings: "Volvos", "UX-designern").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from ..i18n import Lang, as_lang, format_date
from ..model import KINDS
from .spelling import Speller

RULE_IDS: Final[tuple[str, ...]] = (
    "subject_has_title",
    "vague_subject",
    "max_5_sentences",
    "mentions_job_and_date",
    "positive_tone",
    "no_pressing_questions",
    "professional_close",
    "not_casual",
    "proofread",
)
THANK_YOU_RULE_IDS: Final[tuple[str, ...]] = (
    "thanks_for_time",
    "specific_reference",
    "confirms_interest",
)
MAX_SENTENCES: Final = 5

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Finding:
    """One checklist line: which rule, whether it holds, and why, in the mail's language.

    ``spans`` are ``(start, end)`` offsets into the body of the words to underline;
    ``subject_spans`` the same for the subject line.
    """

    rule: str
    ok: bool
    message: str
    spans: tuple[Span, ...] = ()
    subject_spans: tuple[Span, ...] = ()


def rule_ids(kind: str) -> tuple[str, ...]:
    """The rules checked for a kind of mail, in the order ``check_email`` returns them."""
    _check_kind(kind)
    return RULE_IDS + THANK_YOU_RULE_IDS if kind == "thank_you" else RULE_IDS


RULE_TITLES: Final[dict[str, tuple[str, str]]] = {
    "subject_has_title": ("Ämnesraden nämner tjänsten", "The subject names the job"),
    "vague_subject": ("Ämnesraden är tydlig", "The subject is specific"),
    "max_5_sentences": ("Högst fem meningar", "Five sentences at most"),
    "mentions_job_and_date": ("Tjänst och datum finns med", "Job and date are mentioned"),
    "positive_tone": ("Positiv ton", "Positive tone"),
    "no_pressing_questions": ("Inga pressande frågor", "No pressing questions"),
    "professional_close": ("Professionell avslutning", "Professional close"),
    "not_casual": ("Inte för vardagligt", "Not too casual"),
    "proofread": ("Korrekturläst", "Proofread"),
    "thanks_for_time": ("Tackar för tiden", "Thanks them for their time"),
    "specific_reference": ("Något specifikt från samtalet", "Something specific from the talk"),
    "confirms_interest": ("Bekräftar intresset", "Confirms your interest"),
}
"""A short label per rule for the checklist's rows."""


def rule_title(rule: str, lang: str) -> str:
    sv, en = RULE_TITLES[rule]
    return sv if as_lang(lang) == "sv" else en


# --------------------------------------------------------------------------- word lists

VAGUE_SUBJECTS: Final[tuple[str, ...]] = (
    # Swedish
    "fråga", "fråga om jobb", "fråga om jobbet", "fråga om tjänsten", "min ansökan",
    "ansökan", "jobbansökan", "ang ansökan", "ang. ansökan", "angående ansökan",
    "angående min ansökan", "hej", "hej hej", "uppföljning", "uppföljning ansökan",
    "uppföljning av ansökan", "jobb", "jobbet", "tjänsten", "kolla läget", "läget",
    "status", "tack", "intervju", "intervjun",
    # English
    "question", "a question", "quick question", "my application", "application",
    "job application", "following up", "follow up", "follow-up", "checking in", "job",
    "the job", "hello", "hi", "hi there", "update", "status update", "thanks", "thank you",
    "interview", "regarding my application",
)  # fmt: skip

GENERIC_SUBJECT_WORDS: Final[frozenset[str]] = frozenset((
    # Swedish
    "fråga", "frågor", "om", "jobb", "jobbet", "ansökan", "ansökningen", "min", "mitt",
    "mina", "jobbansökan", "hej", "uppföljning", "uppföljningen", "angående", "ang", "till",
    "er", "ert", "ni", "tjänsten", "tjänst", "rollen", "roll", "läget", "kolla", "status",
    "tack", "för", "intervjun", "intervju", "igår", "idag", "i", "dag", "går", "hos", "av",
    "på", "en", "ett", "och", "det", "gällande", "kort", "snabb", "lite",
    # English
    "the", "my", "a", "an", "question", "questions", "about", "job", "application",
    "following", "follow", "up", "follow-up", "regarding", "re", "hello", "hi", "checking",
    "in", "update", "thanks", "thank", "you", "for", "interview", "your", "position",
    "role", "on", "of", "to", "quick", "short",
))  # fmt: skip

IMPATIENT_PHRASES: Final[tuple[str, ...]] = (
    # Swedish
    "har * hunnit titta|kolla|läsa|granska", "hann * titta|kolla|läsa", "hunnit * igenom",
    "fortfarande inte fått * svar|besked", "har fortfarande inte fått",
    "fortfarande inget svar|besked", "inget svar|besked än|ännu", "inte fått något svar|besked",
    "varför har jag inte", "varför har ni inte", "varför hör ni inte",
    "jag har väntat länge", "väntat * länge", "väntat och väntat", "ännu inte hört",
    "inte hört något", "har inte hört av er", "inte hört av sig", "hör aldrig av er",
    "ni svarar inte", "ingen har svarat", "ingen återkoppling", "otålig*",
    "hur lång tid ska det ta", "hur länge till", "borde ha fått * svar|besked",
    # English
    "have you had time to look", "have you had a chance to look", "had a chance to review",
    "have you looked at my", "still haven't heard", "still have not heard",
    "haven't heard anything", "have not heard anything", "haven't heard back",
    "have not heard back", "I have been waiting", "I've been waiting", "been waiting * long",
    "why haven't I", "why have I not", "why haven't you", "why have you not",
    "no response|reply|answer yet", "still no response|reply|answer", "still waiting",
    "not received any response|reply|answer", "still haven't received",
    "still have not received", "haven't received a|any response|reply|answer",
    "have not received a|any response|reply|answer", "not received a reply|response yet",
    "impatient*", "how long does it take",
    "how much longer",
)  # fmt: skip

DEMAND_PHRASES: Final[tuple[str, ...]] = (
    # Swedish
    "snarast", "snarast möjligt", "så fort som möjligt", "så snabbt som möjligt",
    "svar* omgående", "omgående svar|besked", "besked omgående", "med en gång",
    "brådskande", "kräver * svar|besked", "förväntar mig * svar|besked",
    # English
    "asap", "as soon as possible", "reply|respond|answer immediately", "right away",
    "immediate answer|response|reply", "urgent*", "I expect * answer|reply|response",
    "I demand",
)  # fmt: skip
"""Demands for a quick answer: flagged for every kind of mail."""

DEADLINE_PHRASES: Final[tuple[str, ...]] = (
    # Swedish
    "inom 24 timmar", "inom ett dygn", "inom en dag", "senast imorgon", "senast i morgon",
    "senast idag", "senast i dag", "till imorgon", "svar* * senast", "besked * senast",
    "hör av er senast",
    # English
    "within 24 hours", "within a day", "by tomorrow", "by the end of the day",
    "by end of day", "before tomorrow", "reply|respond|answer by", "let me know by",
    "get back to me by",
)  # fmt: skip
"""Deadlines set for the recruiter: fine in an ``other_offer`` mail, where they are the news."""

SALARY_WORDS: Final[tuple[str, ...]] = (
    "lön", "lönen", "löner", "lönerna", "lönenivå*", "löneanspråk*", "lönespann*",
    "löneläge*", "löneförväntning*", "ingångslön*", "månadslön*",
    "salary", "salaries", "the pay", "pay range|level|scale|grade|rate", "does it pay",
    "starting pay", "wage", "wages", "compensation",
    "betalar ni", "ersättningen", "vilken ersättning", "tjänar man", "tjäna i månaden",
)  # fmt: skip
CHANCE_PHRASES: Final[tuple[str, ...]] = (
    "ligger jag bra|väl till", "hur ligger jag till", "har jag * chans", "mina chanser",
    "är jag en stark kandidat", "stark kandidat?", "går jag vidare", "kommer jag * kallas",
    "am I a strong candidate", "my chances", "do I have a * chance", "where do I stand",
    "how do I stand", "am I still in the running", "will I be invited", "will I get an interview",
)  # fmt: skip
APPLICANT_COUNT_PHRASES: Final[tuple[str, ...]] = (
    "hur många * sökt", "hur många sökande", "hur många kandidater", "antal sökande",
    "hur många * söker", "how many * applied", "how many * applicants", "how many * candidates",
    "number of applicants", "number of candidates",
)  # fmt: skip
EXACT_WHEN_PHRASES: Final[tuple[str, ...]] = (
    "när exakt", "exakt när", "precis när", "vilket datum * beslut*", "vilken dag * beslut*",
    "exakt datum", "when exactly", "exactly when", "exact date", "exact day",
    "what date * decision|decide", "which day * decision|decide",
)  # fmt: skip

CASUAL_WORDS: Final[tuple[str, ...]] = (
    "tja", "tjena", "tjenare", "tjabba", "tjenixen", "hörs", "hallå", "puss", "kram",
    "kramar", "kolla läget", "yo", "hey", "heya", "cheers", "lol", "haha", "hehe", "btw",
    "omg", "xoxo", "ciao",
)  # fmt: skip

POLITE_PHRASES: Final[tuple[str, ...]] = (
    "tack", "tackar", "tacksam", "ser fram emot", "hoppas * höra", "uppskattar",
    "thank*", "thanks", "grateful", "look|looking forward", "appreciate*", "hope to hear",
)  # fmt: skip

SIGN_OFFS: Final[tuple[str, ...]] = (
    "med vänlig hälsning", "med vänliga hälsningar", "vänliga hälsningar", "vänlig hälsning",
    "bästa hälsningar", "varma hälsningar", "hälsningar", "hälsning", "mvh",
    "best regards", "kind regards", "warm regards", "with best regards", "regards",
    "yours sincerely", "sincerely", "yours faithfully", "best wishes", "all the best", "best",
    "cheers", "kram", "kramar", "hörs", "ha det bra",
)  # fmt: skip

GREETINGS: Final[tuple[str, ...]] = (
    "hej", "hejsan", "hallå", "bästa", "kära", "god morgon", "god dag", "god eftermiddag",
    "tja", "tjena", "tjenare", "hi", "hello", "dear", "hey", "good morning",
    "good afternoon", "to whom it may concern",
)  # fmt: skip

THANKS_PHRASES: Final[tuple[str, ...]] = (
    "tack * för", "tackar * för", "tacksam för", "thank you * for", "thanks * for",
    "grateful for", "appreciate|appreciated * your|the time",
)  # fmt: skip
SPECIFIC_PHRASES: Final[tuple[str, ...]] = (
    "särskilt", "speciellt", "i synnerhet", "framför allt", "framförallt", "inte minst",
    "uppskattade att höra", "intressant att höra", "roligt att höra", "spännande att höra",
    "vi pratade|talade|diskuterade om", "vi pratade|talade|diskuterade", "du berättade",
    "ni berättade", "du nämnde", "ni nämnde", "fångade mitt intresse", "projekt*",
    "especially", "particularly", "specially", "in particular", "enjoyed hearing|learning",
    "interesting to hear|learn", "we discussed", "we talked about", "you mentioned",
    "you told me", "caught my interest", "project*",
)  # fmt: skip
INTEREST_PHRASES: Final[tuple[str, ...]] = (
    "intresserad*", "intresse*", "gärna", "förstahandsval*", "motiverad*", "entusiastisk*",
    "interested", "interest", "keen", "eager", "excited", "enthusiastic", "would love to",
    "first choice",
)  # fmt: skip

RELATIVE_DATE_PHRASES: Final[tuple[str, ...]] = (
    "förra veckan", "för * veck*|dag*|dagar|månad* sedan", "tidigare i månaden|veckan",
    "i måndags|tisdags|onsdags|torsdags|fredags|lördags|söndags", "i går", "igår",
    "häromdagen", "i början av månaden|veckan",
    "last week", "weeks|days|week|day|months|month ago", "earlier this month|week", "yesterday",
    "last monday|tuesday|wednesday|thursday|friday|saturday|sunday", "the other day",
    "at the beginning of the month|week",
)  # fmt: skip

SOFT_ABBREVIATIONS: Final[frozenset[str]] = frozenset({"osv.", "o.s.v.", "etc.", "m.m.", "mm."})
"""Abbreviations that often end a sentence: they do when a capital letter follows."""
ABBREVIATIONS: Final[frozenset[str]] = frozenset((
    "t.ex.", "bl.a.", "ang.", "kl.", "ca.", "s.k.", "p.g.a.", "pga.", "resp.", "dvs.",
    "d.v.s.", "nr.", "tel.", "jfr.", "fr.o.m.", "t.o.m.", "e.d.", "o.d.", "f.d.", "st.",
    "mr.", "mrs.", "ms.", "dr.", "prof.", "e.g.", "i.e.", "approx.", "no.", "vs.", "tfn.",
    "inkl.", "exkl.", "ev.", "obs.", "vd.", "jan.", "feb.", "apr.", "jun.", "jul.", "aug.",
    "sep.", "sept.", "okt.", "oct.", "nov.", "dec.",
)) | SOFT_ABBREVIATIONS  # fmt: skip
"""Abbreviations whose period does not end a sentence (lower-cased)."""

_MONTHS: Final[dict[int, tuple[str, ...]]] = {
    1: ("januari", "january", "jan"),
    2: ("februari", "february", "feb"),
    3: ("mars", "march", "mar"),
    4: ("april", "apr"),
    5: ("maj", "may"),
    6: ("juni", "june", "jun"),
    7: ("juli", "july", "jul"),
    8: ("augusti", "august", "aug"),
    9: ("september", "sept", "sep"),
    10: ("oktober", "october", "okt", "oct"),
    11: ("november", "nov"),
    12: ("december", "dec"),
}

# --------------------------------------------------------------------------- regex helpers

_QUOTE_PAIRS: Final = (
    ("’", "'"), ("‘", "'"), ("`", "'"), ("´", "'"),
    ("“", '"'), ("”", '"'), ("„", '"'), ("«", '"'), ("»", '"'),
)  # fmt: skip


def _straight(text: str) -> str:
    """Typographic quotes and apostrophes made straight; one character for one, so offsets
    stay valid. (Chained ``str.replace`` is many times faster than ``str.translate`` here.)"""
    for curly, plain in _QUOTE_PAIRS:
        if curly in text:
            text = text.replace(curly, plain)
    return text


def _phrase_regex(phrase: str) -> str:
    """One list entry → a regex fragment (see the module docstring for the syntax)."""
    parts: list[str] = []
    for token in _straight(phrase).split():
        if token == "*":
            parts.append(r"(?:\s+\S+){0,3}?")
            continue
        alternatives = []
        for alt in token.split("|"):
            if alt.endswith("*") and len(alt) > 1:
                alternatives.append(re.escape(alt[:-1]) + r"\w*")
            else:
                alternatives.append(re.escape(alt))
        fragment = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        parts.append(fragment if not parts else r"\s+" + fragment)
    return "".join(parts)


def _compile(phrases: Iterable[str]) -> re.Pattern[str]:
    """All entries of a list as one case-insensitive, whole-word pattern (longest first)."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(_phrase_regex(p) for p in ordered)
    # A lookahead on the possible first letters lets the scan skip most words at once.
    initials = {alt[0] for p in ordered for alt in _straight(p).split()[0].split("|")}
    firsts = {c for i in initials for c in (i.lower(), i.upper())}
    first = "".join(sorted(re.escape(c) for c in firsts))
    return re.compile(rf"(?<!\w)(?=[{first}])(?:{body})(?!\w)", re.IGNORECASE)


_IMPATIENT_RE: Final = _compile(IMPATIENT_PHRASES)
_DEMAND_RE: Final = _compile(DEMAND_PHRASES)
_DEADLINE_RE: Final = _compile(DEADLINE_PHRASES)
_PRESSING_RES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("salary", _compile(SALARY_WORDS)),
    ("chances", _compile(CHANCE_PHRASES)),
    ("applicants", _compile(APPLICANT_COUNT_PHRASES)),
    ("exact_date", _compile(EXACT_WHEN_PHRASES)),
)
_CASUAL_RE: Final = re.compile(
    _compile(CASUAL_WORDS).pattern
    + r"|!{2,}|\?{2,}"
    + r"|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u2764\uFE0F]"
    + r"|(?<!\S)[:;=]-?[)(DPp](?!\w)|(?<!\w)xD(?!\w)",
    re.IGNORECASE,
)
_POLITE_RE: Final = _compile(POLITE_PHRASES)
_THANKS_RE: Final = _compile(THANKS_PHRASES)
_SPECIFIC_RE: Final = re.compile(
    _compile(SPECIFIC_PHRASES).pattern + r'|"[^"\n]{3,80}"', re.IGNORECASE
)
_INTEREST_RE: Final = _compile(INTEREST_PHRASES)
_RELATIVE_DATE_RE: Final = _compile(RELATIVE_DATE_PHRASES)

_SIGN_OFF_RE: Final = re.compile(
    rf"^[ \t]*(?:{'|'.join(_phrase_regex(p) for p in sorted(SIGN_OFFS, key=len, reverse=True))})"
    r"(?!\w)[ \t]*[,.!:]?(?P<rest>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_GREETING_RE: Final = re.compile(
    rf"^[ \t]*(?:{'|'.join(_phrase_regex(p) for p in sorted(GREETINGS, key=len, reverse=True))})"
    r"(?!\w)",
    re.IGNORECASE,
)
_PLACEHOLDER_RE: Final = re.compile(
    r"\[[^\]\n]{0,80}\]|\{[^}\n]{0,60}\}|<[^\W\d_][^<>@/:\n]{0,40}>|(?<!\w)(?:X{2,}|x{3,}|TODO|NN)(?!\w)|_{3,}"
)
_DOUBLED_RE: Final = re.compile(r"(?<![\w-])([^\W\d_]+)\s+(\1)(?![\w-])", re.IGNORECASE)
_DOUBLE_OK: Final = frozenset({"that", "had"})
_MASK_RE: Final = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|(?:https?://|www\.)\S+"  # web addresses
    r"|(?<![\w@])(?:[\w-]+\.)+(?:se|com|nu|org|net|io|eu|dk|no|fi|uk)(?:/\S*)?(?!\w)"
)
_DIGIT_OR_UNDERSCORE_RE: Final = re.compile(r"[\d_]")
_WORD_RE: Final = re.compile(r"\w+(?:['’.\-]\w+)*")
_SENTENCE_END_RE: Final = re.compile(r"[.!?…]+(?=[\"'”’)\]]*(?:\s|$))")
_TOKEN_BEFORE_RE: Final = re.compile(r"\S+$")
_NON_SPACE_RE: Final = re.compile(r"\S")
_HAS_LETTER_RE: Final = re.compile(r"[^\W\d_]")
_SUBJECT_PREFIX_RE: Final = re.compile(r"^\s*(?:(?:re|sv|vs|fwd|fw|vb)\s*:\s*)+", re.IGNORECASE)
_LOOSE_RE: Final = re.compile(r"[\s\-‐‑–—_/]+")


def _loose(text: str) -> str:
    """Case-folded, quotes straightened, whitespace and dashes as single spaces."""
    return _LOOSE_RE.sub(" ", _straight(text).casefold()).strip()


def _contains_title(text: str, title: str) -> bool:
    """Whether the loose title occurs in the loose text, starting at a word boundary.

    No boundary at the end, so inflected forms count ("Ekonomiassistenten").
    """
    wanted = _loose(title)
    if not wanted:
        return False
    return re.search(rf"(?<!\w){re.escape(wanted)}", _loose(text)) is not None


# --------------------------------------------------------------------------- body structure


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where the greeting ends and the sign-off starts, and the sentences in between."""

    core_start: int
    core_end: int
    sign_off: re.Match[str] | None
    sentences: tuple[Span, ...]


def _greeting_end(body: str) -> int:
    """Offset just after the greeting ("Hej Anna," / "Dear Ms Lind,"), or of the first text."""
    start = len(body) - len(body.lstrip())
    line_end = body.find("\n", start)
    if line_end == -1:
        line_end = len(body)
    line = body[start:line_end]
    if not _GREETING_RE.match(line):
        return start
    stripped = line.rstrip()
    if len(stripped.split()) <= 6 and not _SENTENCE_END_RE.search(stripped.rstrip(",!:")):
        return line_end
    comma = re.search(r"[,!:]", line)
    if comma and comma.start() <= 40:
        return start + comma.end()
    return line_end if len(stripped.split()) <= 6 else start


def _find_sign_off(body: str, start: int) -> re.Match[str] | None:
    """The first line from ``start`` on that is a sign-off, with at most a name after it."""
    for match in _SIGN_OFF_RE.finditer(body, start):
        if len(match.group("rest").split()) <= 4:
            return match
    return None


def _sentences(text: str, lo: int, hi: int) -> list[Span]:
    """Sentence spans in ``text[lo:hi]``.

    Ends at . ! ? … followed by a space or the end, except after abbreviations and inside
    numbers; a line without end punctuation is a sentence of its own unless the next line
    starts in lower case (a wrapped line).
    """
    units: list[Span] = []
    unit_start: int | None = None
    pos = lo
    for raw in text[lo:hi].split("\n"):
        line_lo, line_hi = pos, pos + len(raw)
        pos = line_hi + 1
        content = raw.strip()
        if not content:
            if unit_start is not None:
                units.append((unit_start, line_lo - 1))
                unit_start = None
            continue
        if unit_start is not None and not content[0].islower():
            units.append((unit_start, line_lo - 1))
            unit_start = None
        if unit_start is None:
            unit_start = line_lo + (len(raw) - len(raw.lstrip()))
    if unit_start is not None:
        units.append((unit_start, hi))

    spans: list[Span] = []
    for u_lo, u_hi in units:
        start = u_lo
        for end in _SENTENCE_END_RE.finditer(text, u_lo, u_hi):
            token_match = _TOKEN_BEFORE_RE.search(text, start, end.end())
            token = token_match.group(0).lower() if token_match else ""
            token = token.lstrip("\"'(“‘")
            if end.group(0) == ".":
                following = _NON_SPACE_RE.search(text, end.end(), u_hi)
                after = following.group(0) if following else ""
                if after.islower() and _DIGIT_OR_UNDERSCORE_RE.search(token):
                    continue  # "den 12.5. och sedan": a date, not the end of a sentence
                # An abbreviation goes on, unless the mail ends there or (for a soft one
                # like "osv.") a capital letter follows.
                if (
                    token in ABBREVIATIONS
                    and after
                    and (token not in SOFT_ABBREVIATIONS or not after.isupper())
                ):
                    continue
            if _HAS_LETTER_RE.search(text, start, end.start()) or text[start : end.start()].strip():
                spans.append((start, end.end()))
            start = end.end()
            while start < u_hi and text[start].isspace():
                start += 1
        rest = text[start:u_hi]
        if _HAS_LETTER_RE.search(rest):
            stripped_end = start + len(rest.rstrip())
            spans.append((start, stripped_end))
    return spans


def _layout(body: str) -> _Layout:
    core_start = _greeting_end(body)
    sign_off = _find_sign_off(body, core_start)
    core_end = sign_off.start() if sign_off else len(body)
    return _Layout(core_start, core_end, sign_off, tuple(_sentences(body, core_start, core_end)))


# --------------------------------------------------------------------------- messages


def _q(text: str, lang: Lang) -> str:
    return f"”{text}”" if lang == "sv" else f"“{text}”"


def _quoted_list(items: Sequence[str], lang: Lang, limit: int = 4) -> str:
    seen: list[str] = []
    for item in items:
        if item.casefold() not in (s.casefold() for s in seen):
            seen.append(item)
    shown = ", ".join(_q(s, lang) for s in seen[:limit])
    return shown + (" …" if len(seen) > limit else "")


def _matches(pattern: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> list[Span]:
    """Spans of ``pattern`` in ``text`` with straight quotes (same offsets: 1:1 mapping)."""
    end = len(text) if hi is None else hi
    return [m.span() for m in pattern.finditer(_straight(text), lo, end)]


def _words_at(text: str, spans: Sequence[Span]) -> list[str]:
    return [" ".join(text[a:b].split()) for a, b in spans]


# --------------------------------------------------------------------------- the rules


def _subject_has_title(subject: str, job_title: str, lang: Lang) -> Finding:
    title = " ".join(job_title.split())
    if not title:
        msg = (
            "Ingen tjänstetitel är angiven, så ämnesraden kan inte kontrolleras."
            if lang == "sv"
            else "No job title is set, so the subject cannot be checked."
        )
        return Finding("subject_has_title", False, msg)
    ok = _contains_title(subject, title)
    if lang == "sv":
        msg = f"Ämnesraden {'nämner' if ok else 'nämner inte'} tjänsten ({title})."
    else:
        msg = f"The subject {'names' if ok else 'does not name'} the job ({title})."
    return Finding("subject_has_title", ok, msg)


def _vague_subject(subject: str, job_title: str, extra: frozenset[str], lang: Lang) -> Finding:
    text = _SUBJECT_PREFIX_RE.sub("", _straight(subject))
    words = [w.casefold() for w in _WORD_RE.findall(text)]
    phrase = " ".join(text.casefold().split()).strip(" .!?:;,-–")
    has_title = bool(job_title.strip()) and _contains_title(text, job_title)
    title_words = {w.casefold() for w in _WORD_RE.findall(job_title) if len(w) > 2}
    specific = (
        has_title
        or any(any(c.isdigit() for c in w) for w in words)
        or any(w in title_words or w in extra for w in words)
    )
    generic = all(w in GENERIC_SUBJECT_WORDS for w in words) and not has_title
    vague = not words or phrase in _VAGUE_SET or generic or (len(words) <= 3 and not specific)
    if lang == "sv":
        msg = (
            "Ämnesraden är för vag – skriv vad mejlet gäller och vilken tjänst det handlar om."
            if vague
            else "Ämnesraden säger tydligt vad mejlet gäller."
        )
    else:
        msg = (
            "The subject is too vague – say what the mail is about and which job it concerns."
            if vague
            else "The subject says clearly what the mail is about."
        )
    return Finding("vague_subject", not vague, msg)


_VAGUE_SET: Final = frozenset(" ".join(s.split()) for s in VAGUE_SUBJECTS)


def _max_sentences(layout: _Layout, lang: Lang) -> Finding:
    count = len(layout.sentences)
    ok = count <= MAX_SENTENCES
    spans = layout.sentences[MAX_SENTENCES:]
    if lang == "sv":
        counted = f"{count} {'mening' if count == 1 else 'meningar'}"
        msg = (
            f"{counted} – kort och tydligt."
            if ok
            else f"{counted} – korta ner till högst {MAX_SENTENCES}."
        )
        if count == 0:
            msg = "Mejlet har ingen text ännu."
    else:
        counted = f"{count} {'sentence' if count == 1 else 'sentences'}"
        msg = (
            f"{counted} – short and clear."
            if ok
            else f"{counted} – cut it down to {MAX_SENTENCES} at most."
        )
        if count == 0:
            msg = "The mail has no text yet."
    if count == 0:
        ok = False
    return Finding("max_5_sentences", ok, msg, tuple(spans))


@functools.lru_cache(maxsize=32)
def _date_regex(day: dt.date | None) -> re.Pattern[str]:
    """Mentions of ``day`` (or of any date when None) in the forms people write."""
    if day is None:
        names = {m for names in _MONTHS.values() for m in names}
        y, mm, dd = r"\d{4}", r"\d{1,2}", r"\d{1,2}"
    else:
        names = set(_MONTHS[day.month])
        y, mm, dd = str(day.year), f"0?{day.month}", f"0?{day.day}"
    months = "|".join(sorted(names, key=len, reverse=True))
    ordinal = r"(?::[ae]|st|nd|rd|th)?"
    year = r"(?:/(?:\d{4}|\d{2}))?"
    forms = (
        rf"{y}-{mm}-{dd}",
        rf"{dd}{ordinal}\s+(?:of\s+)?(?:{months})\.?",
        rf"(?:{months})\.?\s+{dd}{ordinal}",
        rf"{dd}/{mm}{year}",
        rf"{mm}/{dd}{year}",
        rf"{dd}\.{mm}\.(?:\d{{4}}|\d{{2}})",
    )
    return re.compile(rf"(?<![\w/.-])(?:{'|'.join(forms)})(?![\w/-])", re.IGNORECASE)


_ANY_DATE_RE: Final = _date_regex(None)


def _mentions_job_and_date(
    body: str,
    *,
    layout: _Layout,
    job_title: str,
    applied_on: dt.date | None,
    kind: str,
    lang: Lang,
) -> Finding:
    text = body[layout.core_start : layout.core_end]
    title = " ".join(job_title.split())
    has_title = bool(title) and _contains_title(text, title)
    needs_date = kind == "application_follow_up"
    has_date = True
    if needs_date:
        pattern = _ANY_DATE_RE if applied_on is None else _date_regex(applied_on)
        has_date = bool(pattern.search(text) or _RELATIVE_DATE_RE.search(text))
    ok = has_title and has_date
    when = (
        format_date(applied_on, lang, weekday=False, ref_year=applied_on.year) if applied_on else ""
    )
    if lang == "sv":
        if ok:
            msg = (
                "Mejlet nämner tjänsten och när du sökte."
                if needs_date
                else "Mejlet nämner tjänsten."
            )
        else:
            parts = []
            if not has_title:
                parts.append(f"Skriv vilken tjänst det gäller ({title}).")
            if not has_date:
                parts.append(
                    f"Skriv när du sökte, t.ex. ”den {when}”." if when else "Skriv när du sökte."
                )
            msg = " ".join(parts)
    elif ok:
        msg = (
            "The mail names the job and when you applied."
            if needs_date
            else "The mail names the job."
        )
    else:
        parts = []
        if not has_title:
            parts.append(f"Say which job it is about ({title}).")
        if not has_date:
            parts.append(
                f"Say when you applied, e.g. “on {when}”." if when else "Say when you applied."
            )
        msg = " ".join(parts)
    return Finding("mentions_job_and_date", ok, msg)


def _demand_spans(body: str, kind: str) -> list[Span]:
    spans = _matches(_DEMAND_RE, body)
    if kind != "other_offer":
        spans += _matches(_DEADLINE_RE, body)
    return sorted(spans)


def _positive_tone(body: str, kind: str, lang: Lang) -> Finding:
    spans = sorted(_matches(_IMPATIENT_RE, body) + _demand_spans(body, kind))
    ok = not spans
    found = _quoted_list(_words_at(body, spans), lang)
    if lang == "sv":
        msg = (
            "Tonen är positiv – du visar intresse, inte otålighet."
            if ok
            else f"Det låter otåligt: {found}. Visa fortsatt intresse i stället."
        )
    else:
        msg = (
            "The tone is positive – interest, not impatience."
            if ok
            else f"This sounds impatient: {found}. Show continued interest instead."
        )
    return Finding("positive_tone", ok, msg, tuple(spans))


_PRESSING_TOPICS: Final[dict[str, tuple[str, str]]] = {
    "salary": ("lönen", "the salary"),
    "chances": ("dina chanser", "your chances"),
    "applicants": ("hur många som har sökt", "how many applied"),
    "exact_date": ("exakt när de bestämmer sig", "exactly when they decide"),
}


def _no_pressing_questions(body: str, lang: Lang) -> Finding:
    spans: list[Span] = []
    topics: list[str] = []
    for topic, pattern in _PRESSING_RES:
        found = _matches(pattern, body)
        if found:
            spans += found
            topics.append(_PRESSING_TOPICS[topic][0 if lang == "sv" else 1])
    ok = not spans
    if lang == "sv":
        msg = (
            "Inga pressande frågor – frågor om processen går bra."
            if ok
            else f"Fråga inte om {', '.join(topics)} – fråga hellre om processen och nästa steg."
        )
    else:
        msg = (
            "No pressing questions – asking about the process is fine."
            if ok
            else f"Do not ask about {', '.join(topics)} – ask about the process and next step."
        )
    return Finding("no_pressing_questions", ok, msg, tuple(sorted(spans)))


def _professional_close(body: str, layout: _Layout, kind: str, lang: Lang) -> Finding:
    problems: list[str] = []
    sv = lang == "sv"
    last = layout.sentences[-2:]
    polite = any(_POLITE_RE.search(body, a, b) for a, b in last)
    if not polite:
        problems.append(
            "avsluta med en artig fras, t.ex. ett tack eller att du ser fram emot att höra av dem"
            if sv
            else "end with a polite phrase, e.g. thanks or that you look forward to hearing"
        )
    sign_off = layout.sign_off
    if sign_off is None:
        problems.append(
            "skriv en hälsningsfras på egen rad, t.ex. ”Med vänlig hälsning,”"
            if sv
            else "add a sign-off on its own line, e.g. “Best regards,”"
        )
    else:
        named = bool(_HAS_LETTER_RE.search(sign_off.group("rest"))) or bool(
            _HAS_LETTER_RE.search(body, sign_off.end())
        )
        if not named:
            problems.append("skriv ditt namn efter hälsningen" if sv else "sign with your name")
    demands = _demand_spans(body, kind)
    if demands:
        found = _quoted_list(_words_at(body, demands), lang)
        problems.append(
            f"kräv inget snabbt svar ({found})" if sv else f"do not demand a quick answer ({found})"
        )
    ok = not problems
    if ok:
        msg = (
            "Artig avslutning med hälsning och namn, utan krav på svar."
            if sv
            else "A polite close with a sign-off and your name, asking for nothing urgent."
        )
    else:
        text = "; ".join(problems)
        msg = text[0].upper() + text[1:] + "."
    return Finding("professional_close", ok, msg, tuple(demands))


def _not_casual(subject: str, body: str, lang: Lang) -> Finding:
    spans = _matches(_CASUAL_RE, body)
    subject_spans = _matches(_CASUAL_RE, subject)
    ok = not spans and not subject_spans
    found = _quoted_list(_words_at(subject, subject_spans) + _words_at(body, spans), lang)
    if lang == "sv":
        msg = "Språket är professionellt." if ok else f"För vardagligt: {found}."
    else:
        msg = "The language is professional." if ok else f"Too casual: {found}."
    return Finding("not_casual", ok, msg, tuple(spans), tuple(subject_spans))


def _known_words(texts: Iterable[str]) -> frozenset[str]:
    words: set[str] = set()
    for text in texts:
        for token in _WORD_RE.findall(_straight(text)):
            folded = token.casefold()
            words.add(folded)
            words.update(p for p in re.split(r"[-'.]", folded) if p)
    return frozenset(words)


def _is_known(folded: str, known: frozenset[str], stems: tuple[str, ...]) -> bool:
    """A known word, or one with a short inflection ending ("Volvos", "UX-designern")."""
    if folded in known:
        return True
    if not folded.startswith(stems):  # one C-level test for the common case
        return False
    return any(folded.startswith(w) and len(folded) - len(w) <= 4 for w in stems)


def _misspelt(
    text: str,
    lo: int,
    hi: int,
    *,
    starts: frozenset[int],
    known: frozenset[str],
    speller: Speller,
) -> list[Span]:
    """Spans of words in ``text[lo:hi]`` that the dictionary does not know."""
    masked = text
    for pattern in (_PLACEHOLDER_RE, _MASK_RE):
        for m in pattern.finditer(masked, lo, hi):
            masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
    stems = tuple(w for w in known if len(w) >= 4)
    spans: list[Span] = []
    for m in _WORD_RE.finditer(masked, lo, hi):
        word = m.group(0)
        if _DIGIT_OR_UNDERSCORE_RE.search(word):
            continue
        if word.isupper() and len(word) > 1:  # acronyms: CV, HR, SQL
            continue
        if word[0].isupper() and m.start() not in starts:  # a name
            continue
        word = word.replace("’", "'")
        folded = word.casefold()
        if _is_known(folded, known, stems):
            continue
        if speller.check(word):
            continue
        if masked[m.end() : m.end() + 1] == "." and speller.check(word + "."):
            continue  # an abbreviation the dictionary knows: "ang.", "t.ex."
        if "-" in word and all(speller.check(p) for p in word.split("-") if p):
            continue
        spans.append(m.span())
    return spans


def _sentence_starts(text: str, spans: Iterable[Span]) -> frozenset[int]:
    starts: set[int] = set()
    for a, b in spans:
        m = _WORD_RE.search(text, a, b)
        if m:
            starts.add(m.start())
    return frozenset(starts)


def _line_starts(text: str, lo: int, hi: int) -> set[int]:
    starts = set()
    pos = lo
    for line in text[lo:hi].split("\n"):
        m = _WORD_RE.search(text, pos, pos + len(line))
        if m:
            starts.add(m.start())
        pos += len(line) + 1
    return starts


def _proofread(
    subject: str,
    body: str,
    *,
    layout: _Layout,
    known: frozenset[str],
    speller: Speller | None,
    lang: Lang,
) -> Finding:
    sv = lang == "sv"
    placeholders = _matches(_PLACEHOLDER_RE, body)
    subject_placeholders = _matches(_PLACEHOLDER_RE, subject)
    doubled = [
        m.span()
        for m in _DOUBLED_RE.finditer(body, layout.core_start, layout.core_end)
        if m.group(1).casefold() not in _DOUBLE_OK
    ]
    subject_doubled = [
        m.span() for m in _DOUBLED_RE.finditer(subject) if m.group(1).casefold() not in _DOUBLE_OK
    ]
    misspelt: list[Span] = []
    subject_misspelt: list[Span] = []
    checked = speller is not None and speller.available
    if speller is not None and checked:
        starts = _sentence_starts(body, layout.sentences) | _line_starts(
            body, layout.core_start, layout.core_end
        )
        misspelt = _misspelt(
            body, layout.core_start, layout.core_end, starts=starts, known=known, speller=speller
        )
        subject_starts = frozenset(_line_starts(subject, 0, len(subject))) | _sentence_starts(
            subject, _sentences(subject, 0, len(subject))
        )
        subject_misspelt = _misspelt(
            subject, 0, len(subject), starts=subject_starts, known=known, speller=speller
        )

    problems: list[str] = []
    if placeholders or subject_placeholders:
        found = _quoted_list(
            _words_at(subject, subject_placeholders) + _words_at(body, placeholders), lang
        )
        problems.append(f"Fyll i {found}." if sv else f"Fill in {found}.")
    if doubled or subject_doubled:
        found = _quoted_list(_words_at(subject, subject_doubled) + _words_at(body, doubled), lang)
        problems.append(f"Dubbla ord: {found}." if sv else f"Doubled words: {found}.")
    if misspelt or subject_misspelt:
        found = _quoted_list(
            _words_at(subject, subject_misspelt) + _words_at(body, misspelt), lang, limit=6
        )
        problems.append(
            f"Kontrollera stavningen: {found}." if sv else f"Check the spelling: {found}."
        )
    ok = not problems
    if ok:
        msg = (
            "Inga ifyllnadsfält, dubbla ord eller stavfel hittades."
            if sv
            else "No placeholders, doubled words or misspellings found."
        )
    else:
        msg = " ".join(problems)
    if not checked:
        msg += (
            " Stavningen kunde inte kontrolleras (ordlistan saknas)."
            if sv
            else " Spelling was not checked (no dictionary)."
        )
    spans = tuple(sorted(placeholders + doubled + misspelt))
    subject_spans = tuple(sorted(subject_placeholders + subject_doubled + subject_misspelt))
    return Finding("proofread", ok, msg, spans, subject_spans)


def _core_spans(pattern: re.Pattern[str], body: str, layout: _Layout) -> list[Span]:
    return _matches(pattern, body, layout.core_start, layout.core_end)


def _without_title(body: str, job_title: str) -> str:
    """The body with the job title blanked out, so "Projektledare" is not a project."""
    words = [re.escape(w) for w in _LOOSE_RE.split(job_title.strip()) if w]
    if not words:
        return body
    pattern = re.compile(r"(?<!\w)" + r"[\s\-‐‑–—_/]+".join(words) + r"\w*", re.IGNORECASE)
    return pattern.sub(lambda m: " " * len(m.group(0)), body)


def _thank_you_rules(body: str, layout: _Layout, job_title: str, lang: Lang) -> list[Finding]:
    sv = lang == "sv"
    thanks = bool(_core_spans(_THANKS_RE, body, layout))
    specific = bool(_core_spans(_SPECIFIC_RE, _without_title(body, job_title), layout))
    interest = bool(_core_spans(_INTEREST_RE, body, layout))
    texts = {
        "thanks_for_time": (
            ("Du tackar för deras tid.", "Tacka för tiden de gav dig, t.ex. ”Tack för …”.")
            if sv
            else (
                "You thank them for their time.",
                "Thank them for their time (“Thank you for …”).",
            )
        ),
        "specific_reference": (
            (
                "Du nämner något specifikt från samtalet.",
                "Nämn något specifikt ni pratade om – det visar att du lyssnade.",
            )
            if sv
            else (
                "You mention something specific from the conversation.",
                "Mention something specific you talked about – it shows you listened.",
            )
        ),
        "confirms_interest": (
            ("Du bekräftar ditt intresse.", "Bekräfta att du fortfarande är intresserad av rollen.")
            if sv
            else (
                "You confirm your interest.",
                "Confirm that you are still interested in the role.",
            )
        ),
    }
    results = {
        "thanks_for_time": thanks,
        "specific_reference": specific,
        "confirms_interest": interest,
    }
    return [
        Finding(rule, ok, texts[rule][0] if ok else texts[rule][1]) for rule, ok in results.items()
    ]


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown kind of mail {kind!r}; expected one of {', '.join(KINDS)}")


def check_email(
    subject: str,
    body: str,
    *,
    job_title: str,
    applied_on: dt.date | None = None,
    kind: str = "application_follow_up",
    language: str = "sv",
    extra_words: Iterable[str] = (),
    speller: Speller | None = None,
) -> list[Finding]:
    """Check a follow-up mail against the guide's checklist; one finding per rule, in order.

    ``extra_words`` are words that are never misspelt here (the user's and the company's
    names, the contact person); ``speller`` defaults to the shared one of ``language``.
    Spelling that cannot be checked (no dictionary) does not fail ``proofread`` but says so.
    """
    _check_kind(kind)
    lang = as_lang(language)
    if speller is None:
        speller = Speller.for_language(lang)
    extra = _known_words(extra_words)
    known = extra | _known_words([job_title])
    layout = _layout(body)
    findings = [
        _subject_has_title(subject, job_title, lang),
        _vague_subject(subject, job_title, extra, lang),
        _max_sentences(layout, lang),
        _mentions_job_and_date(
            body, layout=layout, job_title=job_title, applied_on=applied_on, kind=kind, lang=lang
        ),
        _positive_tone(body, kind, lang),
        _no_pressing_questions(body, lang),
        _professional_close(body, layout, kind, lang),
        _not_casual(subject, body, lang),
        _proofread(subject, body, layout=layout, known=known, speller=speller, lang=lang),
    ]
    if kind == "thank_you":
        findings += _thank_you_rules(body, layout, job_title, lang)
    return findings


def failed_rules(findings: Iterable[Finding]) -> list[str]:
    """The ids of the rules that do not hold (handy for tests and summaries)."""
    return [f.rule for f in findings if not f.ok]
