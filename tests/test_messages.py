"""Email drafts and the phone script: our templates must pass our own checklist."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from typing import Any

import pytest

from followup_gui.model import (
    KINDS,
    Application,
    Channel,
    ContactPerson,
    Interview,
    Language,
    Moment,
    OtherOffer,
    Profile,
)
from followup_gui.writing.channels import ComparisonRow, channel_tradeoffs, guide_comparison
from followup_gui.writing.checklist import Finding, check_email, failed_rules
from followup_gui.writing.messages import EmailDraft, email_draft, phone_script

TODAY = dt.date(2026, 5, 21)
TITLES = ("Ekonomiassistent", "UX-designer", "Backend-utvecklare", "Redovisningsekonom")
LANGS = ("sv", "en")
SKILL = {"sv": "bokslut och momsredovisning", "en": "month-end closing and VAT reporting"}
DETAIL = {
    "sv": "hur teamet går över till ett nytt affärssystem",
    "en": "how the team is moving to a new reporting system",
}


def make_profile(**fields: str) -> Profile:
    values: dict[str, Any] = {
        "name": "Sara Lind",
        "email": "sara.lind@example.se",
        "phone": "070-123 45 67",
        "linkedin": "linkedin.com/in/saralind",
    }
    values.update(fields)
    return Profile(**values)


def make_application(
    title: str = "Ekonomiassistent", lang: str = "sv", **fields: Any
) -> Application:
    values: dict[str, Any] = {
        "id": "a1",
        "job_title": title,
        "company": "Qvantel Sverige AB",
        "applied_on": dt.date(2026, 5, 4),
        "language": Language(lang),
        "contact": ContactPerson(name="Anna-Karin Öberg", email="ak@qvantel.se"),
        "interviews": [Interview(at=Moment(dt.datetime(2026, 5, 20, 10, 0)))],
        "other_offer": OtherOffer(noted_on=dt.date(2026, 5, 19), respond_by=dt.date(2026, 6, 1)),
    }
    values.update(fields)
    return Application(**values)


def check(draft: EmailDraft, app: Application, profile: Profile, kind: str) -> list[Finding]:
    return check_email(
        draft.subject,
        draft.body,
        job_title=app.job_title,
        applied_on=app.applied_on,
        kind=kind,
        language=app.language.value,
        extra_words=[profile.name, app.company, app.contact.name],
    )


MATRIX = list(itertools.product(KINDS, LANGS, TITLES))


@pytest.mark.parametrize(("kind", "lang", "title"), MATRIX, ids=["-".join(c) for c in MATRIX])
def test_complete_drafts_pass_every_rule(kind: str, lang: str, title: str) -> None:
    app = make_application(title, lang)
    profile = make_profile()
    draft = email_draft(kind, app, profile, skill=SKILL[lang], detail=DETAIL[lang], today=TODAY)
    findings = check(draft, app, profile, kind)
    assert failed_rules(findings) == [], [f.message for f in findings if not f.ok]


@pytest.mark.parametrize(("kind", "lang"), list(itertools.product(KINDS, LANGS)))
def test_drafts_without_skill_or_detail_fail_only_proofread(kind: str, lang: str) -> None:
    app = make_application("Ekonomiassistent", lang)
    profile = make_profile()
    draft = email_draft(kind, app, profile, today=TODAY)
    findings = check(draft, app, profile, kind)
    # the thank-you's "[något ni pratade om]" is not yet something specific (issue 23)
    expected = ["proofread", "specific_reference"] if kind == "thank_you" else ["proofread"]
    assert failed_rules(findings) == expected
    proofread = next(f for f in findings if f.rule == "proofread")
    placeholders = [draft.body[a:b] for a, b in proofread.spans]
    assert placeholders
    assert all(p.startswith("[") and p.endswith("]") for p in placeholders)


def test_filling_in_every_placeholder_passes() -> None:
    app = make_application()
    profile = make_profile()
    draft = email_draft("thank_you", app, profile, today=TODAY)
    body = draft.body.replace("[något ni pratade om]", DETAIL["sv"]).replace(
        "[en kompetens som passar tjänsten]", SKILL["sv"]
    )
    assert failed_rules(check(EmailDraft(draft.subject, body), app, profile, "thank_you")) == []


def test_swedish_follow_up_reads_as_expected() -> None:
    draft = email_draft(
        "application_follow_up",
        make_application(),
        make_profile(),
        skill="bokslut",
        today=TODAY,
    )
    assert draft.subject == "Uppföljning av ansökan: Ekonomiassistent"
    assert draft.body.startswith(
        "Hej Anna-Karin,\n\nJag sökte tjänsten som Ekonomiassistent hos Qvantel Sverige AB "
        "den 4 maj."
    )
    assert "erfarenhet av bokslut skulle passa bra hos er" in draft.body
    assert draft.body.endswith(
        "\n\nMed vänlig hälsning\nSara Lind\n070-123 45 67\nlinkedin.com/in/saralind\n"
    )


def test_english_subjects_name_the_title() -> None:
    app = make_application("UX-designer", "en")
    subjects = {k: email_draft(k, app, make_profile(), today=TODAY).subject for k in KINDS}
    assert subjects == {
        "application_follow_up": "Following up my application: UX-designer",
        "thank_you": "Thank you for the interview – UX-designer",
        "interview_follow_up": "Following up after the interview: UX-designer",
        "other_offer": "Application for UX-designer – a question about the timeline",
    }


def test_no_contact_name_gives_a_plain_greeting() -> None:
    app = make_application(contact=ContactPerson())
    assert email_draft("thank_you", app, make_profile(), today=TODAY).body.startswith("Hej,\n")
    assert email_draft("thank_you", app, make_profile(), lang="en", today=TODAY).body.startswith(
        "Hi,\n"
    )


def test_lang_argument_overrides_the_application_language() -> None:
    draft = email_draft("application_follow_up", make_application(), make_profile(), lang="en")
    assert draft.subject.startswith("Following up")


def test_signature_skips_empty_fields_and_marks_a_missing_name() -> None:
    profile = make_profile(name="", phone="", linkedin="")
    draft = email_draft("application_follow_up", make_application(), profile, today=TODAY)
    assert draft.body.endswith("Med vänlig hälsning\n[ditt namn]\n")


def test_dates_get_a_year_only_when_it_is_not_this_year() -> None:
    app = make_application(applied_on=dt.date(2025, 12, 18))
    early = email_draft("application_follow_up", app, make_profile(), today=dt.date(2026, 1, 8))
    assert "den 18 december 2025." in early.body
    same = email_draft("application_follow_up", app, make_profile(), today=dt.date(2025, 12, 30))
    assert "den 18 december." in same.body


def test_other_offer_date_comes_from_the_argument_or_the_application() -> None:
    app = make_application()
    from_app = email_draft("other_offer", app, make_profile(), today=TODAY)
    assert "senast 1 juni" in from_app.body
    given = email_draft(
        "other_offer", app, make_profile(), other_offer_respond_by=dt.date(2026, 5, 29)
    )
    assert "senast 29 maj" in given.body
    none = email_draft("other_offer", make_application(other_offer=None), make_profile())
    assert "senast [datum]" in none.body


def test_interview_date_is_mentioned_after_an_interview() -> None:
    draft = email_draft("interview_follow_up", make_application(), make_profile(), today=TODAY)
    assert "Tack igen för intervjun den 20 maj om tjänsten som Ekonomiassistent." in draft.body
    no_interview = email_draft(
        "interview_follow_up", make_application(interviews=[]), make_profile(), today=TODAY
    )
    assert "Tack igen för intervjun om tjänsten som Ekonomiassistent." in no_interview.body


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(ValueError, match="kind"):
        email_draft("love_letter", make_application(), make_profile())
    with pytest.raises(ValueError, match="kind"):
        phone_script(make_application(), make_profile(), kind="love_letter")


# --------------------------------------------------------------------------- phone script


@pytest.mark.parametrize(("kind", "lang"), list(itertools.product(KINDS, LANGS)))
def test_phone_script_has_four_filled_steps(kind: str, lang: str) -> None:
    app = make_application("Backend-utvecklare", lang)
    script = phone_script(app, make_profile(), skill=SKILL[lang], kind=kind, today=TODAY)
    assert len(script.steps) == 4
    assert [s.title[0] for s in script.steps] == ["1", "2", "3", "4"]
    first, second, third, last = script.steps
    assert "Sara Lind" in first.say
    assert "Backend-utvecklare" in first.say
    assert SKILL[lang] in second.say
    assert third.say.endswith("?")
    assert third.say.count("?") == 1
    assert ("Tack" if lang == "sv" else "Thank") in last.say
    assert all(step.tips for step in script.steps)
    assert not any("[" in step.say for step in script.steps)


def test_phone_script_asks_whether_it_is_a_good_time_and_names_the_date() -> None:
    script = phone_script(make_application(), make_profile(), skill="bokslut", today=TODAY)
    assert "den 4 maj" in script.steps[0].say
    assert "Passar det" in script.steps[0].say
    assert "har fått min ansökan" in script.steps[1].say
    english = phone_script(
        make_application(lang="en"), make_profile(), skill="accounting", today=TODAY
    )
    assert "Is this a good time" in english.steps[0].say


def test_phone_script_for_another_offer_is_open_about_it() -> None:
    script = phone_script(
        make_application(), make_profile(), skill="bokslut", kind="other_offer", today=TODAY
    )
    assert "annat företag" in script.steps[1].say
    assert "senast 1 juni" in script.steps[1].say
    assert "förstahandsval" in script.steps[1].say


def test_phone_script_without_skill_marks_the_gap() -> None:
    script = phone_script(make_application(), make_profile(), today=TODAY)
    assert "[en kompetens som passar tjänsten]" in script.steps[1].say


@pytest.mark.parametrize(
    ("lang", "topics"),
    [
        ("sv", ("lön", "ligger till", "många", "exakt")),
        ("en", ("salary", "chances", "how many", "exactly")),
    ],
)
def test_never_ask_covers_the_four_topics(lang: str, topics: tuple[str, ...]) -> None:
    script = phone_script(make_application(lang=lang), make_profile())
    assert len(script.never_ask) == 4
    for topic, warning in zip(topics, script.never_ask, strict=True):
        assert topic in warning.lower()


def test_good_questions_are_about_the_process_and_pass_the_checklist() -> None:
    for lang in LANGS:
        script = phone_script(make_application(lang=lang), make_profile())
        assert script.good_questions
        for question in script.good_questions:
            body = f"Hej,\n\n{question}\n\nMvh\nSara\n"
            findings = check_email("s", body, job_title="t", language=lang)
            assert next(f for f in findings if f.rule == "no_pressing_questions").ok, question
            assert next(f for f in findings if f.rule == "positive_tone").ok, question


def test_before_and_after_the_call() -> None:
    app = make_application(ad_text="Vi söker en ekonomiassistent …", ad_no_calls=True)
    script = phone_script(app, make_profile())
    before = " ".join(script.before)
    assert "annonsen och ditt CV" in before
    assert "ber dig att inte ringa" in before
    assert "lugn plats" in before
    assert "passar att prata" in before
    assert "Annonsens text" in before
    assert "Anna-Karin Öberg" in before
    assert script.before[0].startswith("Obs!")
    after = " ".join(script.after)
    assert "Logga samtalet" in after
    assert "tidsplan" in after


def test_script_steps_are_plain_data() -> None:
    script = phone_script(make_application(), make_profile())
    assert dataclasses.asdict(script)["steps"][0]["title"] == "1. Presentera dig"


# --------------------------------------------------------------------------- channel choice


@pytest.mark.parametrize("lang", LANGS)
def test_guide_comparison_has_the_five_aspects(lang: str) -> None:
    rows = guide_comparison(lang)
    assert len(rows) == 5
    assert all(isinstance(r, ComparisonRow) and r.email and r.phone for r in rows)
    levels = [(r.email_level, r.phone_level) for r in rows]
    assert levels == [
        ("low", "high"),
        ("low", "high"),
        ("high", "low"),
        ("medium", "high"),
        ("", ""),
    ]
    assert rows[0].aspect == ("Risk att störa" if lang == "sv" else "Risk of disturbing")


@pytest.mark.parametrize("channel", [Channel.EMAIL, Channel.PHONE, "email", "phone"])
@pytest.mark.parametrize("lang", LANGS)
def test_channel_tradeoffs_list_pros_and_cons(channel: Channel | str, lang: str) -> None:
    lines = channel_tradeoffs(channel, lang)
    pro, con = ("Fördel:", "Nackdel:") if lang == "sv" else ("Pro:", "Con:")
    assert any(line.startswith(pro) for line in lines)
    assert any(line.startswith(con) for line in lines)
    assert channel_tradeoffs(channel, lang) is not channel_tradeoffs(channel, lang)


def test_unknown_channel_is_an_error() -> None:
    with pytest.raises(ValueError, match="fax"):
        channel_tradeoffs("fax", "sv")
