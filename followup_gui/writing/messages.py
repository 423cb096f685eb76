"""What to write and what to say: email drafts and the phone script, in Swedish and English.

The language is the application's (the employer's), not the UI's. Texts are our own
words that follow the guide: short mails (five sentences at most) that name the job and
when you applied, show interest rather than impatience, ask only about the process, and
end politely without asking for a quick answer. What we cannot know (a skill to mention,
something specific from the interview) is left as a ``[placeholder]`` so the checklist's
``proofread`` rule keeps the mail from going out unfinished.

Every draft built from a complete profile with ``skill`` and ``detail`` passes every
rule of :func:`followup_gui.writing.checklist.check_email`; the tests hold us to that.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Final

from ..i18n import Lang, as_lang, format_date
from ..model import KINDS, Application, Profile


@dataclass(frozen=True, slots=True)
class EmailDraft:
    subject: str
    body: str


@dataclass(frozen=True, slots=True)
class ScriptStep:
    """One step of the call: a heading, the words to say, and tips for saying them."""

    title: str
    say: str
    tips: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PhoneScript:
    """The call from preparation to logging it afterwards (RULES.md, "The phone script")."""

    before: list[str]
    steps: list[ScriptStep]
    good_questions: list[str]
    never_ask: list[str]
    after: list[str]


# --------------------------------------------------------------------------- helpers


def _lang(application: Application, lang: str | None) -> Lang:
    return as_lang(lang if lang else application.language.value)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")


def _first_name(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else ""


def _greeting(application: Application, lang: Lang) -> str:
    first = _first_name(application.contact.name)
    hello = "Hej" if lang == "sv" else "Hi"
    return f"{hello} {first}," if first else f"{hello},"


def _date(day: dt.date, lang: Lang, today: dt.date) -> str:
    """ "4 maj" — with the year only when it is not this year's."""
    return format_date(day, lang, ref_year=today.year, weekday=False)


def _latest_interview_date(application: Application, today: dt.date) -> dt.date | None:
    held = [i.at.date for i in application.interviews if i.at.date <= today]
    if held:
        return max(held)
    return max((i.at.date for i in application.interviews), default=None)


_PLACEHOLDERS: Final[dict[str, tuple[str, str]]] = {
    "skill": ("[en kompetens som passar tjänsten]", "[a skill that fits the job]"),
    "detail": ("[något ni pratade om]", "[something you talked about]"),
    "respond_by": ("[datum]", "[date]"),
    "name": ("[ditt namn]", "[your name]"),
}


def _fill(value: str, key: str, lang: Lang) -> str:
    value = " ".join(value.split())
    if value:
        return value
    sv, en = _PLACEHOLDERS[key]
    return sv if lang == "sv" else en


def _signature(profile: Profile, lang: Lang) -> str:
    # Swedish has no comma after the sign-off; English does.
    sign_off = "Med vänlig hälsning" if lang == "sv" else "Best regards,"
    lines = [sign_off, _fill(profile.name, "name", lang)]
    lines += [v.strip() for v in (profile.phone, profile.linkedin) if v.strip()]
    return "\n".join(lines)


# --------------------------------------------------------------------------- email drafts


def email_draft(
    kind: str,
    application: Application,
    profile: Profile,
    *,
    skill: str = "",
    detail: str = "",
    other_offer_respond_by: dt.date | None = None,
    lang: str | None = None,
    today: dt.date | None = None,
) -> EmailDraft:
    """A ready-to-edit mail of the given kind, in the application's language.

    ``skill`` is one relevant skill to name, ``detail`` something specific from the
    interview (thank-you mails); left empty they become ``[placeholders]``. The other
    offer's answer date comes from ``other_offer_respond_by`` or the application.
    ``today`` decides whether dates need a year (default: today).
    """
    _check_kind(kind)
    language = _lang(application, lang)
    today = today or dt.date.today()
    title = " ".join(application.job_title.split())
    company = " ".join(application.company.split())
    applied = _date(application.applied_on or today, language, today)
    skill_text = _fill(skill, "skill", language)
    detail_text = _fill(detail, "detail", language)
    interview = _latest_interview_date(application, today)
    respond_by_day = other_offer_respond_by or (
        application.other_offer.respond_by if application.other_offer else None
    )
    respond_by = (
        _date(respond_by_day, language, today)
        if respond_by_day
        else _fill("", "respond_by", language)
    )
    sv = language == "sv"

    if kind == "application_follow_up":
        if sv:
            subject = f"Uppföljning av ansökan: {title}"
            sentences = [
                f"Jag sökte tjänsten som {title} hos {company} den {applied}.",
                "Jag skriver för att kontrollera att min ansökan har kommit fram.",
                "Jag är fortfarande mycket intresserad av jobbet och tror att min erfarenhet "
                f"av {skill_text} skulle passa bra hos er.",
                "Berätta gärna hur tidsplanen för rekryteringen ser ut, när det passar er.",
                "Jag ser fram emot att höra av er.",
            ]
        else:
            subject = f"Following up my application: {title}"
            sentences = [
                f"On {applied} I applied for the {title} position at {company}, and I am "
                "writing to make sure my application reached you.",
                "The role still appeals to me a great deal, not least because I could put my "
                f"experience in {skill_text} to good use with you.",
                "When it suits you, I would be glad to hear how the recruitment is planned "
                "to move forward.",
                "Thank you for your time, and I look forward to hearing from you.",
            ]
    elif kind == "thank_you":
        when_sv = f" den {_date(interview, language, today)}" if interview else ""
        when_en = f" on {_date(interview, language, today)}" if interview else ""
        if sv:
            subject = f"Tack för intervjun – {title}"
            sentences = [
                f"Tack för att du tog dig tid att träffa mig{when_sv} och berätta om "
                f"tjänsten som {title}.",
                f"Det var särskilt intressant att höra om {detail_text}.",
                "Efter vårt samtal är jag ännu mer intresserad av jobbet.",
                f"Jag tror att min erfarenhet av {skill_text} skulle passa bra hos er.",
                "Jag ser fram emot att höra av er.",
            ]
        else:
            subject = f"Thank you for the interview – {title}"
            sentences = [
                f"Thank you for taking the time to meet me{when_en} and tell me more about "
                f"the {title} position.",
                f"I especially enjoyed hearing about {detail_text}.",
                "Our conversation made me even more interested in the role, and I believe "
                f"my experience in {skill_text} would be useful to your team.",
                "I look forward to hearing about the next steps.",
            ]
    elif kind == "interview_follow_up":
        when_sv = f" den {_date(interview, language, today)}" if interview else ""
        when_en = f" on {_date(interview, language, today)}" if interview else ""
        if sv:
            subject = f"Uppföljning efter intervju: {title}"
            sentences = [
                f"Tack igen för intervjun{when_sv} om tjänsten som {title}.",
                "Jag är fortfarande mycket intresserad av jobbet och tror att min erfarenhet "
                f"av {skill_text} skulle passa bra hos er.",
                "Jag undrar om ni vet något mer om nästa steg i rekryteringen.",
                "Jag ser fram emot att höra av er.",
            ]
        else:
            subject = f"Following up after the interview: {title}"
            sentences = [
                f"Thank you again for the interview{when_en} for the {title} position.",
                "I am still very interested in the role and believe my experience in "
                f"{skill_text} would be of real use to your team.",
                "Whenever it suits you, I would be glad to hear how the recruitment is "
                "progressing and what the next step will be.",
                "Thank you for keeping me informed, and I look forward to hearing from you.",
            ]
    elif sv:  # other_offer
        subject = f"Ansökan till {title} – fråga om tidsplanen"
        sentences = [
            f"Jag sökte tjänsten som {title} hos {company} den {applied}.",
            f"Nu har jag fått ett annat jobberbjudande och måste svara på det senast {respond_by}.",
            "Jobbet hos er är fortfarande mitt förstahandsval, inte minst för att jag där kan "
            f"använda min erfarenhet av {skill_text}.",
            "Därför undrar jag hur långt ni har kommit i rekryteringen.",
            "Jag ser fram emot att höra av er.",
        ]
    else:
        subject = f"Application for {title} – a question about the timeline"
        sentences = [
            f"I applied for the {title} position on {applied}, and I want to be open "
            "that another company has offered me a job and needs my answer by "
            f"{respond_by}.",
            "Your position is still my first choice, as I would very much like to bring "
            f"my experience in {skill_text} to your team.",
            "If possible, I would therefore be glad to know where you are in the process, "
            "so that I can make a well-founded decision.",
            "Thank you for your time, and I look forward to hearing from you.",
        ]

    body = "\n\n".join(
        [_greeting(application, language), " ".join(sentences), _signature(profile, language)]
    )
    return EmailDraft(subject=subject, body=body + "\n")


# --------------------------------------------------------------------------- phone script


def phone_script(
    application: Application,
    profile: Profile,
    *,
    skill: str = "",
    kind: str = "application_follow_up",
    lang: str | None = None,
    today: dt.date | None = None,
) -> PhoneScript:
    """The four-step call, filled with the user's name, the title and one skill.

    For ``other_offer`` the purpose is the open message: another offer must be answered
    by a date, and this job is still the first choice.
    """
    _check_kind(kind)
    language = _lang(application, lang)
    today = today or dt.date.today()
    sv = language == "sv"
    name = _fill(profile.name, "name", language)
    title = " ".join(application.job_title.split())
    company = " ".join(application.company.split())
    skill_text = _fill(skill, "skill", language)
    applied = _date(application.applied_on or today, language, today)
    contact = application.contact.name.strip()
    respond_by_day = application.other_offer.respond_by if application.other_offer else None
    respond_by = (
        _date(respond_by_day, language, today)
        if respond_by_day
        else _fill("", "respond_by", language)
    )

    before = _before_call(application, contact, language)

    if sv:
        if kind in ("thank_you", "interview_follow_up"):
            opening = (
                f"Hej, jag heter {name}. Jag var nyligen på intervju för tjänsten som {title}. "
                "Har du ett par minuter nu, eller ska jag ringa en annan gång?"
            )
        else:
            opening = (
                f"Hej, jag heter {name}. Jag sökte tjänsten som {title} hos {company} den "
                f"{applied} och ringer om min ansökan. Passar det att prata ett par minuter?"
            )
        if kind == "other_offer":
            purpose = (
                "Ett annat företag har erbjudit mig jobb. Jag måste svara dem senast "
                f"{respond_by}. Men jobbet hos er är mitt förstahandsval. Där kan jag använda "
                f"min erfarenhet av {skill_text}."
            )
            question = "Kan du berätta hur långt ni har kommit i rekryteringen?"
        elif kind == "thank_you":
            purpose = (
                "Jag vill tacka för intervjun. Efter samtalet är jag ännu mer intresserad av "
                f"jobbet. Jag tror att min erfarenhet av {skill_text} skulle passa bra hos er."
            )
            question = "Behöver ni något mer från mig inför nästa steg?"
        elif kind == "interview_follow_up":
            purpose = (
                "Jag är fortfarande mycket intresserad av jobbet. Jag tror att min erfarenhet "
                f"av {skill_text} skulle passa bra hos er."
            )
            question = "Kan du berätta hur det går med rekryteringen och vad nästa steg blir?"
        else:
            purpose = (
                "Jag vill gärna veta om ni har fått min ansökan. Jobbet intresserar mig "
                f"fortfarande. Min erfarenhet av {skill_text} passar bra för det ni söker."
            )
            question = "Kan du berätta hur tidsplanen för rekryteringen ser ut?"
        closing = "Tack för att du tog dig tid att prata med mig. Jag ser fram emot att höra av er."
        steps = [
            ScriptStep(
                "1. Presentera dig",
                opening,
                [
                    "Säg ditt namn och tjänsten direkt. De får många ansökningar.",
                    "Om det inte passar: fråga när du kan ringa igen. Tacka och avsluta samtalet.",
                ],
            ),
            ScriptStep(
                "2. Ditt ärende",
                purpose,
                [
                    "Nämn en enda kompetens, gärna en som annonsen efterfrågar.",
                    "Visa att du är intresserad, inte otålig. Du ska inte pressa fram ett svar.",
                ],
            ),
            ScriptStep(
                "3. En fråga om processen",
                question,
                [
                    "Ställ bara en fråga. Låt dem prata till punkt.",
                    "Skriv ner tidsplanen de nämner. Appen räknar ut nästa datum från den.",
                ],
            ),
            ScriptStep(
                "4. Avsluta",
                closing,
                [
                    "Avsluta vänligt, oavsett vad de svarar.",
                    "Håll samtalet kort. Ett par minuter räcker.",
                ],
            ),
        ]
        good = [
            "Vad blir nästa steg i rekryteringen?",
            "Hur ser tidsplanen för urvalet ut, ungefär?",
            "Finns det något mer ni behöver från mig, till exempel referenser?",
            "Vem kan jag vända mig till om jag har frågor om tjänsten?",
        ]
        never = [
            "Fråga inte om lönen. Det pratar ni om senare i rekryteringen.",
            "Fråga inte hur du ligger till jämfört med de andra sökande.",
            "Fråga inte hur många som har sökt.",
            "Fråga inte exakt när de bestämmer sig eller när du får besked.",
        ]
        after = [
            "Logga samtalet i appen direkt efteråt. Skriv ner det du fick veta.",
            "Om de nämnde en tidsplan: skriv in datumet, så räknar appen om nästa steg.",
            "Ring inte igen. En uppföljning räcker tills något nytt har hänt.",
        ]
    else:
        if kind in ("thank_you", "interview_follow_up"):
            opening = (
                f"Hello, my name is {name}; I recently interviewed for the {title} position. "
                "Do you have a couple of minutes now, or would another time suit you better?"
            )
        else:
            opening = (
                f"Hello, my name is {name}. I applied for the {title} position at {company} "
                f"on {applied} and am calling about my application. Is this a good time for "
                "a couple of minutes?"
            )
        if kind == "other_offer":
            purpose = (
                "I want to be open that another company has offered me a job, and I have to "
                f"give them my answer by {respond_by}. Your position is still my first choice, "
                f"not least because I want to bring my experience in {skill_text} to your team."
            )
            question = (
                "Could you tell me where you are in the process, so that I can make a sound "
                "decision?"
            )
        elif kind == "thank_you":
            purpose = (
                "I wanted to thank you for the conversation – it made me even more interested "
                f"in the role, and I believe my experience in {skill_text} would be useful."
            )
            question = "Is there anything more you need from me before the next step?"
        elif kind == "interview_follow_up":
            purpose = (
                "I am still very interested in the role and believe my experience in "
                f"{skill_text} would be of real use to your team."
            )
            question = "Could you tell me how the recruitment is progressing and what comes next?"
        else:
            purpose = (
                "I just want to make sure my application reached you. The role still appeals "
                f"to me, not least because my experience in {skill_text} fits what you are "
                "looking for."
            )
            question = "Could you tell me how the recruitment is planned to move on from here?"
        closing = "Thank you for taking the time to talk to me. I look forward to hearing more."
        steps = [
            ScriptStep(
                "1. Introduce yourself",
                opening,
                [
                    "Say your name and the job at once – they handle many applications.",
                    "If it is a bad time, ask when you may call back, thank them and hang up.",
                ],
            ),
            ScriptStep(
                "2. Your purpose",
                purpose,
                [
                    "Name one skill only, ideally one the ad asks for.",
                    "Let them hear interest, not impatience – you are not pushing for an answer.",
                ],
            ),
            ScriptStep(
                "3. One question about the process",
                question,
                [
                    "Ask one question, not several, and let them finish.",
                    "Write down any timeline they give – the app plans the next date from it.",
                ],
            ),
            ScriptStep(
                "4. Close",
                closing,
                [
                    "End warmly, whatever the answer was.",
                    "Keep the call short – a couple of minutes is enough.",
                ],
            ),
        ]
        good = [
            "What is the next step in the recruitment?",
            "Roughly what does the timeline for the selection look like?",
            "Is there anything more you need from me, such as references?",
            "Who can I contact if I have questions about the position?",
        ]
        never = [
            "Do not ask about the salary – that belongs to a later stage.",
            "Do not ask about your chances compared with the other applicants.",
            "Do not ask how many people applied.",
            "Do not ask exactly when they will decide or when you will hear.",
        ]
        after = [
            "Log the call in the app right away, with what you learned.",
            "If they mentioned a timeline, enter the date – the next step is planned from it.",
            "Do not call again: one follow-up is enough until something new happens.",
        ]
    return PhoneScript(before, steps, good, never, after)


def _before_call(application: Application, contact: str, lang: Lang) -> list[str]:
    sv = lang == "sv"
    points = (
        [
            "Ha annonsen och ditt CV framför dig under samtalet.",
            "Sätt dig på en lugn plats där du hör bra och inte blir störd.",
            "Läs annonsen igen. Vad söker de? Vilken av dina kompetenser passar bäst?",
            "Fråga först om det passar att prata. Om inte, bestäm en annan tid.",
        ]
        if sv
        else [
            "Lay out the ad and your CV, so you can look at them during the call.",
            "Sit somewhere quiet where you can hear well and will not be interrupted.",
            "Read the ad again: what are they looking for, and which of your skills fits best?",
            "Ask first whether it is a good time – if not, agree on a better one.",
        ]
    )
    if application.ad_text.strip():
        points.append(
            "Annonsens text finns sparad i appen. Läs den innan du ringer."
            if sv
            else "The ad's text is saved here in the app – open it before you call."
        )
    elif application.ad_url.strip():
        points.append(
            f"Annonsen: {application.ad_url.strip()}"
            if sv
            else f"The ad: {application.ad_url.strip()}"
        )
    if contact:
        points.append(
            f"Fråga efter {contact} om någon annan svarar."
            if sv
            else f"Ask for {contact} if someone else answers."
        )
    if application.ad_no_calls:
        points.insert(
            0,
            "Obs! Annonsen ber dig att inte ringa. Ett mejl är säkrare."
            if sv
            else "Note: the ad asks you not to call – an email is the safer choice.",
        )
    return points
