"""The checklist's rules: their ids and titles, the finding each gives, one function a rule
(docs/rules.md, "The email checklist").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Final

from ..i18n import Lang, as_lang, format_date
from ..model import KINDS
from .checklist_words import _MONTHS, GENERIC_SUBJECT_WORDS, VAGUE_SUBJECTS
from .mail_layout import (
    _CASUAL_RE,
    _DEADLINE_RE,
    _DEMAND_RE,
    _HAS_LETTER_RE,
    _IMPATIENT_RE,
    _INTEREST_RE,
    _LOOSE_RE,
    _POLITE_RE,
    _PRESSING_RES,
    _RELATIVE_DATE_RE,
    _SPECIFIC_RE,
    _SUBJECT_PREFIX_RE,
    _THANKS_RE,
    _WORD_RE,
    Span,
    _contains_title,
    _Layout,
    _matches,
    _quoted_list,
    _straight,
    _words_at,
)

DETAIL_GAPS: Final = ("[något ni pratade om]", "[something you talked about]")
"""The thank-you draft's gap for what was talked about (writing/messages.py)."""

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
            "avsluta artigt, t.ex. med ett tack eller med att du ser fram emot att höra av dem"
            if sv
            else "end with a polite phrase, e.g. thanks or that you look forward to hearing"
        )
    sign_off = layout.sign_off
    if sign_off is None:
        problems.append(
            "skriv en hälsningsfras på egen rad, t.ex. ”Med vänlig hälsning”"
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
    # the draft's "[något ni pratade om]" is a gap to fill, not something specific (23)
    unfilled = any(gap in body for gap in DETAIL_GAPS)
    specific = not unfilled and bool(
        _core_spans(_SPECIFIC_RE, _without_title(body, job_title), layout)
    )
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
            ("Du bekräftar ditt intresse.", "Bekräfta att du fortfarande är intresserad av jobbet.")
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
