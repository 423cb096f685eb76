"""The checklist's proofreading: placeholders left in, doubled words, misspelt words
(Hunspell), skipping names, addresses, numbers and the job title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..i18n import Lang
from .checklist_rules import Finding
from .mail_layout import (
    _DIGIT_OR_UNDERSCORE_RE,
    _DOUBLE_OK,
    _DOUBLED_RE,
    _MASK_RE,
    _PLACEHOLDER_RE,
    _WORD_RE,
    Span,
    _Layout,
    _matches,
    _quoted_list,
    _sentences,
    _straight,
    _words_at,
)
from .spelling import Speller


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
            "Inget kvar att fylla i, inga dubbla ord och inga stavfel."
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
