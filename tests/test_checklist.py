"""The email checklist: hand-written drafts, good and bad, in Swedish and English.

Each bad draft breaks one thing (sometimes two that go together, such as a vague subject
that also lacks the title), and the test names exactly the rules that fail.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from followup_gui.model import KINDS
from followup_gui.writing.checklist import (
    RULE_IDS,
    RULE_TITLES,
    THANK_YOU_RULE_IDS,
    Finding,
    check_email,
    failed_rules,
    rule_ids,
    rule_title,
)
from followup_gui.writing.spelling import RESOURCES_ENV, Speller, dictionary_dir

APPLIED = dt.date(2026, 5, 4)
SIG_SV = "\n\nMed vänlig hälsning,\nSara Lind\n070-123 45 67\nlinkedin.com/in/saralind\n"
SIG_EN = "\n\nBest regards,\nSara Lind\n+46 70 123 45 67\n"


def _dictionaries_available() -> tuple[bool, str]:
    missing = [
        f"{lang}: {speller.reason}"
        for lang in ("sv", "en")
        if not (speller := Speller.for_language(lang)).available
    ]
    return (not missing, "; ".join(missing))


@pytest.fixture(scope="module")
def dictionaries() -> None:
    """Skip spelling tests (with the reason) where chunspell or a dictionary is missing."""
    ok, reason = _dictionaries_available()
    if not ok:
        pytest.skip(f"spelling dictionary unavailable: {reason}")


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    title: str = "Ekonomiassistent"
    kind: str = "application_follow_up"
    lang: str = "sv"
    applied_on: dt.date | None = APPLIED
    fails: frozenset[str] = frozenset()
    extra_words: tuple[str, ...] = ("Sara Lind", "Exempelbolaget AB")
    needs_dictionary: bool = field(default=False)


def bad(*rules: str) -> frozenset[str]:
    return frozenset(rules)


GOOD: dict[str, Draft] = {
    "sv-follow-up-date": Draft(
        "Uppföljning av ansökan: Ekonomiassistent",
        "Hej Anna,\n\nDen 4 maj sökte jag tjänsten som ekonomiassistent hos er, och jag vill "
        "gärna försäkra mig om att ansökan har kommit fram. Rollen intresserar mig "
        "mycket, och jag tror att min vana vid leverantörsreskontra passar bra. "
        "Om det passar får ni gärna berätta hur rekryteringen går vidare. Tack för er tid, "
        "jag ser fram emot att höra av er." + SIG_SV,
    ),
    "sv-follow-up-relative-mvh": Draft(
        "Ansökan till tjänsten som UX-designer – Sara Lind",
        "Hej Anna Svensson,\n\nJag skickade min ansökan till tjänsten som UX-designer förra "
        "veckan och hör av mig för att visa att intresset finns kvar. Jag har arbetat med "
        "användartester i tre år och skulle gärna bidra med det hos er. Tack för att ni tog "
        "er tid att läsa, jag ser fram emot att höra av er.\n\nMvh\nSara Lind\n",
        title="UX-designer",
    ),
    "sv-follow-up-numbers-abbreviations": Draft(
        "Ang. ansökan till Ekonomiassistent (ref. 2026-117)",
        "Hej,\n\nJag sökte tjänsten som Ekonomiassistent den 2026-05-04 via er webbplats. "
        "Jag har bl.a. arbetat med bokslut och t.ex. momsdeklarationer sedan 2019. Jag ringde "
        "växeln kl. 10.00 den 15.5.2026 men valde sedan att skriva i stället. Hur ser er "
        "tidsplan för rekryteringen ut? Tack för er tid och jag ser fram emot att höra av er."
        + SIG_SV,
    ),
    "sv-follow-up-no-applied-date": Draft(
        "Uppföljning: Redovisningsekonom",
        "Hej Omar,\n\nI mitten av april, närmare bestämt den 14 april, skickade jag in min "
        "ansökan till tjänsten som redovisningsekonom. Rollen känns som en bra nästa steg "
        "för mig, och jag har goda kunskaper i koncernredovisning. Tack för att ni tar er "
        "tid, och jag hoppas få höra hur processen fortsätter." + SIG_SV,
        title="Redovisningsekonom",
        applied_on=None,
    ),
    "sv-thank-you": Draft(
        "Tack för intervjun – Backend-utvecklare",
        "Hej Omar,\n\nTack för att du och Ngozi Okonkwo tog er tid att träffa mig i går och "
        "berätta om tjänsten som Backend-utvecklare. Det var särskilt roligt att höra hur ni "
        "delar upp arbetet mellan teamen. Efter samtalet är jag ännu mer intresserad av "
        "rollen. Jag ser fram emot att höra hur ni går vidare." + SIG_SV,
        title="Backend-utvecklare",
        kind="thank_you",
    ),
    "sv-interview-follow-up": Draft(
        "Uppföljning efter intervju: Redovisningsekonom",
        "Hej Anna,\n\nTack igen för intervjun den 12 maj om tjänsten som Redovisningsekonom. "
        "Rollen intresserar mig fortfarande mycket. När ni har möjlighet vill jag "
        "gärna veta hur rekryteringen fortskrider. Tack på förhand, jag ser fram emot att "
        "höra av er." + SIG_SV,
        title="Redovisningsekonom",
        kind="interview_follow_up",
    ),
    "sv-other-offer-deadline-allowed": Draft(
        "Ansökan Ekonomiassistent – fråga om tidsplan",
        "Hej Anna,\n\nJag sökte tjänsten som Ekonomiassistent den 4 maj och vill vara öppen "
        "med att ett annat företag har erbjudit mig jobb och vill ha svar senast 1 juni. "
        "Det är ändå hos er jag helst vill arbeta. Om det går vill jag gärna veta var ni "
        "befinner er i processen. Tack för er tid, jag ser fram emot att höra av er." + SIG_SV,
        kind="other_offer",
    ),
    "en-follow-up-date": Draft(
        "Following up my application: Ekonomiassistent",
        "Hi Anna,\n\nI applied for the Ekonomiassistent position on May 4 and would like to "
        "make sure my application reached you. I am still very interested in the role and "
        "believe my experience with accounts payable would fit your team. Whenever it suits "
        "you, I would be glad to hear about the next step. Thank you for your time, and I "
        "look forward to hearing from you." + SIG_EN,
        lang="en",
    ),
    "en-follow-up-relative": Draft(
        "Application for UX-designer – Sara Lind",
        "Dear Ms Svensson,\n\nTwo weeks ago I sent my application for the UX designer role, "
        "and I am writing to confirm my continued interest. I have run usability tests for "
        "three years and would love to bring that experience to your team. Thank you, and I "
        "look forward to hearing from you.\n\nKind regards,\nSara Lind\n",
        title="UX-designer",
        lang="en",
    ),
    "en-thank-you": Draft(
        "Thank you for the interview – Backend-utvecklare",
        "Hi Omar,\n\nThank you for taking the time to meet me yesterday together with "
        "Zeynep Yilmaz to talk about the Backend-utvecklare role. I especially enjoyed "
        "hearing how your teams share the on-call work. Our conversation made me even more "
        "interested in joining you. I look forward to hearing about the next steps." + SIG_EN,
        title="Backend-utvecklare",
        kind="thank_you",
        lang="en",
    ),
    "en-interview-follow-up": Draft(
        "Following up after the interview: Redovisningsekonom",
        "Hi Anna,\n\nThank you again for the interview on 12 May for the Redovisningsekonom "
        "position. I am still very interested in the role. Whenever it suits you, I would be "
        "glad to hear how the recruitment is progressing. Thank you for keeping me informed."
        + SIG_EN,
        title="Redovisningsekonom",
        kind="interview_follow_up",
        lang="en",
    ),
    "en-other-offer-deadline-allowed": Draft(
        "Application for Ekonomiassistent – a question about the timeline",
        "Hi Anna,\n\nI applied for the Ekonomiassistent position on 4 May, and I want to be "
        "open that I have received another offer which I need to answer by June 1. Your "
        "position is still my first choice. If possible, I would be glad to know where you "
        "are in the process. Thank you for your time, and I look forward to hearing from you."
        + SIG_EN,
        kind="other_offer",
        lang="en",
    ),
}

BAD: dict[str, Draft] = {
    # subject_has_title
    "sv-subject-without-title": Draft(
        "Uppföljning av ansökan till Exempelbolaget",
        GOOD["sv-follow-up-date"].body,
        fails=bad("subject_has_title"),
    ),
    "en-subject-without-title": Draft(
        "Following up on my application from 4 May",
        GOOD["en-follow-up-date"].body,
        lang="en",
        fails=bad("subject_has_title"),
    ),
    # vague_subject (a vague subject names no title either)
    "sv-vague-fraga-om-jobb": Draft(
        "Fråga om jobb",
        GOOD["sv-follow-up-date"].body,
        fails=bad("vague_subject", "subject_has_title"),
    ),
    "sv-vague-min-ansokan": Draft(
        "Min ansökan",
        GOOD["sv-follow-up-date"].body,
        fails=bad("vague_subject", "subject_has_title"),
    ),
    "sv-vague-hej-name": Draft(
        "Hej Anna",
        GOOD["sv-follow-up-date"].body,
        fails=bad("vague_subject", "subject_has_title"),
    ),
    "en-vague-my-application": Draft(
        "My application",
        GOOD["en-follow-up-date"].body,
        lang="en",
        fails=bad("vague_subject", "subject_has_title"),
    ),
    "en-vague-re-following-up": Draft(
        "Re: Following up",
        GOOD["en-follow-up-date"].body,
        lang="en",
        fails=bad("vague_subject", "subject_has_title"),
    ),
    # max_5_sentences
    "sv-seven-sentences": Draft(
        "Uppföljning av ansökan: Ekonomiassistent",
        "Hej Anna,\n\nJag sökte tjänsten som Ekonomiassistent den 4 maj. Jag har arbetat "
        "med redovisning i fem år. Före det studerade jag ekonomi i Umeå. Jag trivs med "
        "siffror och ordning. Mina kollegor beskriver mig som noggrann. Rollen intresserar mig "
        "fortfarande mycket. Tack för er tid, jag ser fram emot att höra av er." + SIG_SV,
        fails=bad("max_5_sentences"),
    ),
    "en-six-sentences-with-list-lines": Draft(
        "Following up my application: Ekonomiassistent",
        "Hi Anna,\n\nI applied for the Ekonomiassistent position on 4 May. A few things "
        "about me:\n- five years of bookkeeping\n- fluent in Swedish and English\nI am still "
        "very interested in the role. Thank you for your time, and I look forward to "
        "hearing from you." + SIG_EN,
        lang="en",
        fails=bad("max_5_sentences"),
    ),
    # mentions_job_and_date
    "sv-no-date": Draft(
        "Uppföljning av ansökan: Ekonomiassistent",
        "Hej Anna,\n\nJag sökte tjänsten som ekonomiassistent hos er och vill försäkra mig om "
        "att ansökan har kommit fram. Rollen intresserar mig fortfarande mycket. Tack "
        "för er tid, jag ser fram emot att höra av er." + SIG_SV,
        fails=bad("mentions_job_and_date"),
    ),
    "en-wrong-date": Draft(
        "Following up my application: Ekonomiassistent",
        "Hi Anna,\n\nI applied for the Ekonomiassistent position on 10 May and would like to "
        "make sure it reached you. I am still very interested in the role. Thank you for "
        "your time, and I look forward to hearing from you." + SIG_EN,
        lang="en",
        fails=bad("mentions_job_and_date"),
    ),
    "sv-thank-you-without-title": Draft(
        "Tack för intervjun – Ekonomiassistent",
        "Hej Anna,\n\nTack för att du tog dig tid att träffa mig i går. Det var särskilt "
        "intressant att höra om ert nya affärssystem. Jag är ännu mer intresserad av rollen "
        "nu. Jag ser fram emot att höra hur ni går vidare." + SIG_SV,
        kind="thank_you",
        fails=bad("mentions_job_and_date"),
    ),
    # positive_tone
    "sv-impatient-hunnit-titta": Draft(
        "Uppföljning av ansökan: Ekonomiassistent",
        "Hej Anna,\n\nJag sökte tjänsten som Ekonomiassistent den 4 maj. Har ni hunnit titta "
        "på det jag skickade? Jag har fortfarande inte fått något svar. Tack för er tid, jag "
        "ser fram emot att höra av er." + SIG_SV,
        fails=bad("positive_tone"),
    ),
    "en-impatient-still-havent-heard": Draft(
        "Following up my application: Ekonomiassistent",
        "Hi Anna,\n\nI applied for the Ekonomiassistent position on May 4 and I still haven’t "
        "heard anything. I am still interested in the role. Thank you for your time, and I "
        "look forward to hearing from you." + SIG_EN,
        lang="en",
        fails=bad("positive_tone"),
    ),
    # no_pressing_questions
    "sv-how-many-applied": Draft(
        "Uppföljning av ansökan: Ekonomiassistent",
        "Hej Anna,\n\nJag sökte tjänsten som Ekonomiassistent den 4 maj. Hur många har sökt "
        "tjänsten? Rollen intresserar mig fortfarande mycket. Tack för er tid, jag ser "
        "fram emot att höra av er." + SIG_SV,
        fails=bad("no_pressing_questions"),
    ),
    "sv-chances-and-salary": Draft(
        "Uppföljning av ansökan: Ekonomiassistent",
        "Hej Anna,\n\nJag sökte tjänsten som Ekonomiassistent den 4 maj. Ligger jag bra till, "
        "och vilken lön är det på tjänsten? Tack för er tid, jag ser fram emot att höra av er."
        + SIG_SV,
        fails=bad("no_pressing_questions"),
    ),
    "en-salary": Draft(
        "Following up my application: Ekonomiassistent",
        "Hi Anna,\n\nI applied for the Ekonomiassistent position on 4 May. Could you tell me "
        "the salary range for the role? Thank you for your time, and I look forward to "
        "hearing from you." + SIG_EN,
        lang="en",
        fails=bad("no_pressing_questions"),
    ),
    "en-when-exactly": Draft(
        "Following up my application: Ekonomiassistent",
        "Hi Anna,\n\nI applied for the Ekonomiassistent position on 4 May. When exactly will "
        "you make a decision? Thank you for your time, and I look forward to hearing from "
        "you." + SIG_EN,
        lang="en",
        fails=bad("no_pressing_questions"),
    ),
    # professional_close
    "sv-no-sign-off": Draft(
        "Uppföljning av ansökan: Ekonomiassistent",
        "Hej Anna,\n\nJag sökte tjänsten som Ekonomiassistent den 4 maj. Rollen intresserar mig "
        "fortfarande mycket. Tack för er tid.\n\nSara\n",
        fails=bad("professional_close"),
    ),
    "sv-no-polite-phrase": Draft(
        "Uppföljning av ansökan: Ekonomiassistent",
        "Hej Anna,\n\nJag sökte tjänsten som Ekonomiassistent den 4 maj. Rollen intresserar mig "
        "fortfarande mycket." + SIG_SV,
        fails=bad("professional_close"),
    ),
    "en-sign-off-without-name": Draft(
        "Following up my application: Ekonomiassistent",
        "Hi Anna,\n\nI applied for the Ekonomiassistent position on 4 May. I am still very "
        "interested in the role. Thank you for your time.\n\nBest regards,\n",
        lang="en",
        fails=bad("professional_close"),
    ),
    "en-demands-answer-by-tomorrow": Draft(
        "Following up my application: Ekonomiassistent",
        "Hi Anna,\n\nI applied for the Ekonomiassistent position on 4 May. I am still very "
        "interested in the role. Please reply by tomorrow. Thank you for your time." + SIG_EN,
        lang="en",
        fails=bad("professional_close", "positive_tone"),
    ),
    "sv-other-offer-snarast": Draft(
        "Ansökan Ekonomiassistent – fråga om tidsplan",
        "Hej Anna,\n\nJag sökte tjänsten som Ekonomiassistent den 4 maj och ett annat "
        "företag vill ha mitt svar på sitt erbjudande senast 1 juni. Svara snarast möjligt. "
        "Tack för er tid, jag ser fram emot att höra av er." + SIG_SV,
        kind="other_offer",
        fails=bad("professional_close", "positive_tone"),
    ),
    # not_casual
    "sv-tja-and-hors": Draft(
        "Uppföljning av ansökan: Ekonomiassistent",
        "Tja Anna!\n\nJag sökte tjänsten som Ekonomiassistent den 4 maj. Rollen intresserar mig "
        "fortfarande mycket. Tack för er tid, jag ser fram emot att höra av er."
        "\n\nHörs!\nSara\n",
        fails=bad("not_casual"),
    ),
    "en-hey-emoji": Draft(
        "Following up my application: Ekonomiassistent",
        "Hey Anna,\n\nI applied for the Ekonomiassistent position on 4 May. I am still very "
        "interested in the role 🙂 Thank you for your time, and I look forward to hearing "
        "from you!!!" + SIG_EN,
        lang="en",
        fails=bad("not_casual"),
    ),
    # proofread
    "sv-placeholder": Draft(
        "Uppföljning av ansökan: Ekonomiassistent",
        "Hej Anna,\n\nJag sökte tjänsten som Ekonomiassistent den 4 maj. Jag tror att min "
        "erfarenhet av [Specifik kompetens] passar bra hos er. Tack för er tid, jag ser fram "
        "emot att höra av er.\n\nMed vänlig hälsning,\n{name}\n",
        fails=bad("proofread"),
    ),
    "en-doubled-word": Draft(
        "Following up my application: Ekonomiassistent",
        "Hi Anna,\n\nI applied for the the Ekonomiassistent position on 4 May. I am still "
        "very interested in the role. Thank you for your time, and I look forward to hearing "
        "from you." + SIG_EN,
        lang="en",
        fails=bad("proofread"),
    ),
    "sv-misspelt": Draft(
        "Uppföljning av ansökan: Ekonomiassistent",
        "Hej Anna,\n\nJag sökte tjänsten som Ekonomiassistent den 4 maj. Jag är fortfarande "
        "mycket intreserad av rollen efter att ha läst annonsn. Tack för er tid, jag ser fram "
        "emot att höra av er." + SIG_SV,
        fails=bad("proofread"),
        needs_dictionary=True,
    ),
    "en-misspelt": Draft(
        "Following up my application: Ekonomiassistent",
        "Hi Anna,\n\nI applied for the Ekonomiassistent position on 4 May. I hope my "
        "application was recieved and I remain very interested in the role. Thank you for "
        "your time, and I look forward to hearing from you." + SIG_EN,
        lang="en",
        fails=bad("proofread"),
        needs_dictionary=True,
    ),
    # thank-you points
    "sv-thank-you-no-specific": Draft(
        "Tack för intervjun – Ekonomiassistent",
        "Hej Anna,\n\nTack för att du tog dig tid att träffa mig i går om tjänsten som "
        "Ekonomiassistent. Jag är ännu mer intresserad av rollen nu. Jag ser fram emot att "
        "höra hur ni går vidare." + SIG_SV,
        kind="thank_you",
        fails=bad("specific_reference"),
    ),
    "sv-thank-you-no-thanks": Draft(
        "Intervjun den 12 maj – Ekonomiassistent",
        "Hej Anna,\n\nIntervjun om tjänsten som Ekonomiassistent gav mig mycket att tänka "
        "på. Det var särskilt intressant att höra om ert nya affärssystem. Jag är ännu mer "
        "intresserad av rollen nu och ser fram emot att höra hur ni går vidare." + SIG_SV,
        kind="thank_you",
        fails=bad("thanks_for_time"),
    ),
    "sv-thank-you-no-interest": Draft(
        "Tack för intervjun – Ekonomiassistent",
        "Hej Anna,\n\nTack för att du tog dig tid att träffa mig i går om tjänsten som "
        "Ekonomiassistent. Det var särskilt intressant att höra om ert nya affärssystem. "
        "Jag ser fram emot att höra hur ni går vidare." + SIG_SV,
        kind="thank_you",
        fails=bad("confirms_interest"),
    ),
    "en-thank-you-no-specific": Draft(
        "Thank you for the interview – Ekonomiassistent",
        "Hi Anna,\n\nThank you for meeting me yesterday about the Ekonomiassistent role. I "
        "am even more interested in the position now. I look forward to hearing about the "
        "next steps." + SIG_EN,
        kind="thank_you",
        lang="en",
        fails=bad("specific_reference"),
    ),
    "en-thank-you-no-thanks-no-interest": Draft(
        "Yesterday's interview – Ekonomiassistent",
        "Hi Anna,\n\nYesterday's interview for the Ekonomiassistent role gave me a lot to "
        "think about. I especially enjoyed hearing about your new reporting system. I look "
        "forward to hearing about the next steps." + SIG_EN,
        kind="thank_you",
        lang="en",
        fails=bad("thanks_for_time", "confirms_interest"),
    ),
    "en-thank-you-project-title-is-not-specific": Draft(
        "Thank you for the interview – Projektledare",
        "Hi Anna,\n\nThank you for meeting me yesterday about the Projektledare role. I am "
        "even more interested in the position now. I look forward to hearing about the "
        "next steps." + SIG_EN,
        title="Projektledare",
        kind="thank_you",
        lang="en",
        fails=bad("specific_reference"),
    ),
}


def _check(draft: Draft) -> list[Finding]:
    return check_email(
        draft.subject,
        draft.body,
        job_title=draft.title,
        applied_on=draft.applied_on,
        kind=draft.kind,
        language=draft.lang,
        extra_words=draft.extra_words,
    )


def test_there_are_enough_drafts_and_every_rule_is_broken_twice() -> None:
    assert len(GOOD) + len(BAD) >= 30
    for rule in RULE_IDS + THANK_YOU_RULE_IDS:
        breakers = [name for name, draft in BAD.items() if rule in draft.fails]
        assert len(breakers) >= 2, rule
    assert {d.lang for d in GOOD.values()} == {"sv", "en"}
    assert {d.kind for d in GOOD.values()} == set(KINDS)


@pytest.mark.usefixtures("dictionaries")
@pytest.mark.parametrize("name", list(GOOD))
def test_good_drafts_pass_every_rule(name: str) -> None:
    findings = _check(GOOD[name])
    assert [f.rule for f in findings] == list(rule_ids(GOOD[name].kind))
    assert failed_rules(findings) == [], [f.message for f in findings if not f.ok]
    assert all(f.message for f in findings)


@pytest.mark.parametrize("name", list(BAD))
def test_bad_drafts_fail_exactly_their_rules(name: str, request: pytest.FixtureRequest) -> None:
    draft = BAD[name]
    if draft.needs_dictionary:
        request.getfixturevalue("dictionaries")
    findings = _check(draft)
    assert set(failed_rules(findings)) == draft.fails, [f.message for f in findings if not f.ok]


# --------------------------------------------------------------------------- details


def _finding(findings: list[Finding], rule: str) -> Finding:
    return next(f for f in findings if f.rule == rule)


def test_rules_come_in_order_and_thank_you_adds_three() -> None:
    body = GOOD["sv-follow-up-date"].body
    for kind in KINDS:
        findings = check_email("x", body, job_title="Ekonomiassistent", kind=kind)
        expected = RULE_IDS + (THANK_YOU_RULE_IDS if kind == "thank_you" else ())
        assert tuple(f.rule for f in findings) == expected


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(ValueError, match="kind"):
        check_email("s", "b", job_title="t", kind="love_letter")


def test_rule_titles_cover_every_rule() -> None:
    for rule in RULE_IDS + THANK_YOU_RULE_IDS:
        assert rule in RULE_TITLES
        assert rule_title(rule, "sv") != rule_title(rule, "en")


def test_messages_follow_the_language() -> None:
    sv = _check(BAD["sv-subject-without-title"])
    assert _finding(sv, "subject_has_title").message == (
        "Ämnesraden nämner inte tjänsten (Ekonomiassistent)."
    )
    en = _check(BAD["en-subject-without-title"])
    assert _finding(en, "subject_has_title").message == (
        "The subject does not name the job (Ekonomiassistent)."
    )


def test_other_offer_deadline_is_flagged_in_an_ordinary_follow_up() -> None:
    draft = GOOD["sv-other-offer-deadline-allowed"]
    findings = check_email(
        draft.subject,
        draft.body.replace("senast 1 juni", "senast i morgon"),
        job_title=draft.title,
        applied_on=APPLIED,
        kind="application_follow_up",
    )
    assert "professional_close" in failed_rules(findings)


@pytest.mark.parametrize(
    ("subject", "vague"),
    [
        ("Fråga om jobb", True),
        ("Min ansökan", True),
        ("Ansökan", True),
        ("Hej", True),
        ("Uppföljning", True),
        ("Question", True),
        ("My application", True),
        ("Following up", True),
        ("Job", True),
        ("SV: Ang. min ansökan till er", True),
        ("Ekonomiassistent", False),
        ("Ansökan ekonomiassistent", False),
        ("Ansökan ref 2026-117", False),
        ("Ansökan Exempelbolaget", False),
        ("Uppföljning av ansökan till Exempelbolaget AB", False),
    ],
)
def test_vague_subjects(subject: str, *, vague: bool) -> None:
    findings = check_email(
        subject,
        GOOD["sv-follow-up-date"].body,
        job_title="Ekonomiassistent",
        applied_on=APPLIED,
        extra_words=["Exempelbolaget AB"],
    )
    assert _finding(findings, "vague_subject").ok is not vague


@pytest.mark.parametrize(
    ("mention", "ok"),
    [
        ("den 2026-05-04", True),
        ("den 4 maj", True),
        ("den 4:e maj", True),
        ("den 4/5", True),
        ("den 04/05/2026", True),
        ("den 4.5.2026", True),
        ("on May 4", True),
        ("on May 4th", True),
        ("on 4 May", True),
        ("förra veckan", True),
        ("för två veckor sedan", True),
        ("last week", True),
        ("three weeks ago", True),
        ("den 5 maj", False),
        ("den 14 maj", False),
        ("i våras", False),
    ],
)
def test_applied_date_forms(mention: str, *, ok: bool) -> None:
    body = f"Hej,\n\nJag sökte tjänsten som Ekonomiassistent {mention}. Tack!\n\nMvh\nSara\n"
    findings = check_email("s", body, job_title="Ekonomiassistent", applied_on=APPLIED)
    assert _finding(findings, "mentions_job_and_date").ok is ok


def test_without_applied_on_any_date_counts() -> None:
    body = "Hej,\n\nJag sökte tjänsten som Ekonomiassistent den 20 april. Tack!\n\nMvh\nSara\n"
    with_date = check_email("s", body, job_title="Ekonomiassistent")
    assert _finding(with_date, "mentions_job_and_date").ok
    no_date = check_email("s", body.replace(" den 20 april", ""), job_title="Ekonomiassistent")
    assert not _finding(no_date, "mentions_job_and_date").ok
    assert _finding(no_date, "mentions_job_and_date").message == "Skriv när du sökte."


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("En mening. Två meningar! Tre?", 3),
        ("Jag kan t.ex. börja kl. 10.00 den 15.5.2026. Det passar bra.", 2),
        ("Jag har bl.a. arbetat med bokslut, moms osv. och trivs med det.", 1),
        ("Jag har arbetat med bokslut, moms osv. Nu söker jag nytt.", 2),
        ("Ang. tjänsten skriver jag kort. Jag väntar gärna.", 2),
        ("We met on 12.5. and talked, e.g. about the role, i.e. the team.", 1),
        ("En rad utan punkt\nOch en till\n\nSista stycket.", 3),
        ("En mening som bryts\növer två rader.", 1),
        ("Vänta... vad hände?", 2),
        ("", 0),
    ],
)
def test_sentence_count(text: str, count: int) -> None:
    body = f"Hej Anna,\n\n{text}\n\nMed vänlig hälsning,\nSara Lind\n"
    findings = check_email("s", body, job_title="t")
    message = _finding(findings, "max_5_sentences").message
    if count:
        assert message.startswith(f"{count} {'mening ' if count == 1 else 'meningar'}")
    else:
        assert message == "Mejlet har ingen text ännu."


def test_sentences_beyond_five_are_underlined() -> None:
    findings = _check(BAD["sv-seven-sentences"])
    spans = _finding(findings, "max_5_sentences").spans
    body = BAD["sv-seven-sentences"].body
    assert [body[a:b] for a, b in spans] == [
        "Rollen intresserar mig fortfarande mycket.",
        "Tack för er tid, jag ser fram emot att höra av er.",
    ]


def test_impatient_phrases_are_found_across_typographic_apostrophes_and_line_breaks() -> None:
    body = "Hi,\n\nI still haven’t\nheard back about the job. Thanks!\n\nBest regards,\nSara\n"
    finding = _finding(check_email("s", body, job_title="job", language="en"), "positive_tone")
    assert not finding.ok
    assert [body[a:b] for a, b in finding.spans] == ["still haven’t\nheard"]
    assert "still haven’t heard" in finding.message


@pytest.mark.parametrize(
    "demand",
    ["Please answer immediately.", "Please respond immediately.", "Svara omgående, tack.",
     "I need an immediate response.", "Återkom snarast möjligt."],
)  # fmt: skip
def test_every_alternative_of_a_phrase_is_found(demand: str) -> None:
    body = f"Hi,\n\nI applied for the job on 4 May. {demand} Thanks.\n\nBest regards,\nSara\n"
    findings = check_email("s", body, job_title="job", language="en", applied_on=APPLIED)
    assert not _finding(findings, "professional_close").ok
    assert demand.split()[-2].strip(",") in _finding(findings, "professional_close").message


def test_process_questions_are_fine() -> None:
    body = (
        "Hej,\n\nJag sökte tjänsten som Ekonomiassistent den 4 maj. Hur ser er tidsplan ut, "
        "och vad blir nästa steg? Tack för er tid.\n\nMvh\nSara\n"
    )
    findings = check_email("s", body, job_title="Ekonomiassistent", applied_on=APPLIED)
    assert _finding(findings, "no_pressing_questions").ok
    assert _finding(findings, "positive_tone").ok


def test_pressing_question_message_names_the_topics() -> None:
    finding = _finding(_check(BAD["sv-chances-and-salary"]), "no_pressing_questions")
    assert finding.message.startswith("Fråga inte om lönen, dina chanser")
    body = BAD["sv-chances-and-salary"].body
    assert [body[a:b] for a, b in finding.spans] == ["Ligger jag bra till", "lön"]


def test_mvh_is_a_fine_sign_off() -> None:
    findings = _check(GOOD["sv-follow-up-relative-mvh"])
    assert _finding(findings, "not_casual").ok
    assert _finding(findings, "professional_close").ok


def test_placeholders_in_subject_and_signature_are_reported() -> None:
    draft = BAD["sv-placeholder"]
    finding = _finding(
        check_email(
            "Uppföljning: [Tjänstens namn]",
            draft.body,
            job_title=draft.title,
            applied_on=APPLIED,
        ),
        "proofread",
    )
    assert not finding.ok
    assert "[Tjänstens namn]" in finding.message
    assert "[Specifik kompetens]" in finding.message
    assert "{name}" in finding.message
    assert finding.subject_spans == ((13, 29),)


def test_angle_bracket_email_address_is_not_a_placeholder() -> None:
    body = (
        "Hi Anna,\n\nI applied for the Ekonomiassistent position on 4 May. Thank you for "
        "your time.\n\nBest regards,\nSara Lind <sara@example.se>\n"
    )
    finding = _finding(
        check_email("s", body, job_title="Ekonomiassistent", language="en"), "proofread"
    )
    assert finding.ok, finding.message


# --------------------------------------------------------------------------- spelling


@pytest.mark.usefixtures("dictionaries")
def test_misspelt_words_are_reported_with_spans() -> None:
    draft = BAD["sv-misspelt"]
    finding = _finding(_check(draft), "proofread")
    assert [draft.body[a:b] for a, b in finding.spans] == ["intreserad", "annonsn"]
    assert "”intreserad”" in finding.message


@pytest.mark.usefixtures("dictionaries")
@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Redovisningsekonom", "Jag träffade Omar Haddad när jag sökte som Redovisningsekonom."),
        ("UX-designer", "Jag söker rollen som UX-designer, och UX-designern hos er heter Li."),
        ("Backend-utvecklare", "Som backend-utvecklare har jag mött Zeynep Yılmaz på Klarna."),
        ("Ekonomiassistent", "Jag ringde 070-123 45 67 kl. 10.00 den 15.5.2026, alltså 3:e."),
        ("Ekonomiassistent", "Skriv till sara.lind@example.se eller se https://saralind.se/cv."),
        ("Ekonomiassistent", "Jag har arbetat med SAP, SQL och Excel i 2–3 år på HR-avdelningen."),
    ],
)
def test_names_titles_numbers_and_addresses_are_not_misspelt(title: str, sentence: str) -> None:
    body = f"Hej Anna Svensson,\n\n{sentence}\n\nMed vänlig hälsning,\nSvetlana Ngozi Wójcik\n"
    finding = _finding(check_email("s", body, job_title=title), "proofread")
    assert finding.ok, finding.message


@pytest.mark.usefixtures("dictionaries")
def test_extra_words_cover_names_at_the_start_of_a_sentence() -> None:
    body = "Hej,\n\nFortnox team gjorde ett gott intryck.\n\nMvh\nSara\n"
    without = _finding(check_email("s", body, job_title="t"), "proofread")
    assert not without.ok
    with_extra = _finding(
        check_email("s", body, job_title="t", extra_words=["Fortnox AB"]), "proofread"
    )
    assert with_extra.ok


@pytest.mark.usefixtures("dictionaries")
def test_ignored_words_are_accepted_for_the_session() -> None:
    speller = Speller("sv_SE")
    body = "Hej,\n\nJag kan arbeta med bokföringsprogrammetz.\n\nMvh\nSara\n"
    assert not _finding(check_email("s", body, job_title="t", speller=speller), "proofread").ok
    speller.add("bokföringsprogrammetz")
    assert _finding(check_email("s", body, job_title="t", speller=speller), "proofread").ok


@pytest.mark.usefixtures("dictionaries")
def test_speller_suggests_corrections() -> None:
    speller = Speller.for_language("sv")
    assert speller is Speller.for_language("sv_SE")
    assert speller.check("ansökan")
    assert not speller.check("ansökn")
    assert "ansökan" in speller.suggest("ansökn")
    assert Speller.for_language("en").check("application")


def test_missing_dictionary_degrades_to_unchecked(tmp_path: Path) -> None:
    speller = Speller("sv_SE", directory=tmp_path)
    assert not speller.available
    assert "sv_SE.dic" in speller.reason
    assert speller.check("ansökn")
    assert speller.suggest("ansökn") == []
    draft = BAD["sv-misspelt"]
    finding = _finding(
        check_email(
            draft.subject, draft.body, job_title=draft.title, applied_on=APPLIED, speller=speller
        ),
        "proofread",
    )
    assert finding.ok
    assert "Stavningen kunde inte kontrolleras" in finding.message


def test_dictionary_dir_env_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(RESOURCES_ENV, str(tmp_path))
    assert dictionary_dir() == tmp_path / "dictionaries"
    monkeypatch.delenv(RESOURCES_ENV)
    default = dictionary_dir()
    assert (default / "sv_SE.dic").is_file()
    assert (default / "LICENSES.md").is_file()


# --------------------------------------------------------------------------- speed


@pytest.mark.usefixtures("dictionaries")
def test_checking_a_ten_sentence_mail_is_fast() -> None:
    sentences = " ".join(
        f"Mening nummer {i} handlar om min erfarenhet av redovisning och bokslut."
        for i in range(10)
    )
    body = f"Hej Anna,\n\n{sentences}\n\nMed vänlig hälsning,\nSara Lind\n"
    check_email("Ansökan Ekonomiassistent", body, job_title="Ekonomiassistent")  # warm-up
    timings = []
    for _ in range(20):
        start = time.perf_counter()
        check_email("Ansökan Ekonomiassistent", body, job_title="Ekonomiassistent")
        timings.append(time.perf_counter() - start)
    assert statistics.median(timings) < 0.005


@pytest.mark.parametrize(
    "sentence",
    [
        "I still haven't received a reply.",
        "I still have not received a reply.",
        "I have not received a reply yet.",
    ],
)
def test_english_impatience_fails_positive_tone(sentence: str) -> None:
    body = (
        f"Hi Anna,\n\nI applied for the Accountant job on 4 May. {sentence}\n\nBest regards,\nAlex"
    )
    findings = check_email("Follow-up: Accountant", body, job_title="Accountant", language="en")
    assert not next(f for f in findings if f.rule == "positive_tone").ok


@pytest.mark.parametrize(
    "question", ["Hur mycket betalar ni?", "Vilken ersättning blir det?", "Hur mycket tjänar man?"]
)
def test_swedish_pay_questions_are_pressing(question: str) -> None:
    body = (
        f"Hej Anna,\n\nJag sökte tjänsten som Säljare den 4 maj. {question}"
        "\n\nMed vänlig hälsning,\nAlex"
    )
    findings = check_email("Uppföljning: Säljare", body, job_title="Säljare", language="sv")
    assert not next(f for f in findings if f.rule == "no_pressing_questions").ok


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_thank_you_drafts_gap_is_not_something_specific(lang: str) -> None:
    """Issue 23: the thank-you checklist ticked "something specific" while the draft still
    said "[något ni pratade om]"; it ticks once the user has written what it was."""
    from followup_gui import store
    from followup_gui.writing.messages import email_draft

    from .conftest import DEMO_STORE

    demo = store.load(DEMO_STORE)
    app = demo.find("demo-kodverket")
    assert app is not None
    draft = email_draft("thank_you", app, demo.profile, lang=lang, today=dt.date(2026, 11, 26))
    gap = "[något ni pratade om]" if lang == "sv" else "[something you talked about]"
    assert gap in draft.body

    def specific(body: str) -> bool:
        findings = check_email(
            draft.subject, body, job_title=app.job_title, kind="thank_you", language=lang
        )
        return next(f for f in findings if f.rule == "specific_reference").ok

    assert not specific(draft.body)
    topic = "er nya kodgranskning" if lang == "sv" else "your new code reviews"
    assert specific(draft.body.replace(gap, topic))
