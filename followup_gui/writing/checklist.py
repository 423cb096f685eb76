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
from collections.abc import Iterable

from ..i18n import as_lang
from .checklist_rules import (
    MAX_SENTENCES,
    RULE_IDS,
    RULE_TITLES,
    THANK_YOU_RULE_IDS,
    Finding,
    _check_kind,
    _max_sentences,
    _mentions_job_and_date,
    _no_pressing_questions,
    _not_casual,
    _positive_tone,
    _professional_close,
    _subject_has_title,
    _thank_you_rules,
    _vague_subject,
    rule_ids,
    rule_title,
)
from .mail_layout import _layout
from .proofread import _known_words, _proofread
from .spelling import Speller

__all__ = [
    "MAX_SENTENCES",
    "RULE_IDS",
    "RULE_TITLES",
    "THANK_YOU_RULE_IDS",
    "Finding",
    "check_email",
    "failed_rules",
    "rule_ids",
    "rule_title",
]


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
