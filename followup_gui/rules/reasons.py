"""The words behind every rule id: why the advice is what it is, in Swedish and English.

Each rule id of RULES.md has a text template per language and the heading of the
guide's section it comes from. Texts are our own words that follow the guide's advice.
Values are worded here (dates with weekday, channel names) so the advice engine only
hands over facts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Final, NamedTuple

from ..i18n import Lang, format_date, format_datetime
from ..model import Channel, Industry, RoleKind, Stage


class RuleText(NamedTuple):
    """One rule's text in both languages, and the guide section it follows."""

    sv: str
    en: str
    section_sv: str
    section_en: str


_S_STANDARD = ("Standardregeln: 7–14 dagar efter sista ansökningsdag",
               "The standard rule: 7–14 days after the deadline")  # fmt: skip
_S_NO_DEADLINE = ("Om sista ansökningsdag saknas", "When there is no deadline")
_S_READ_AD = ("Läs annonsen noggrant – svaret finns ofta där",
              "Read the ad carefully – the answer is often there")  # fmt: skip
_S_OFFER = ("Undantaget: När du har ett annat jobberbjudande",
            "The exception: when you have another job offer")  # fmt: skip
_S_EMAIL = ("E-post: Det säkra och professionella standardvalet",
            "Email: the safe and professional standard choice")  # fmt: skip
_S_PHONE = ("Telefon: För dig som vill sticka ut (med rätt förutsättningar)",
            "Phone: for standing out (in the right conditions)")  # fmt: skip
_S_THANKS = ("Skicka ett tackmejl inom 24 timmar", "Send a thank-you mail within 24 hours")
_S_AFTER_INTERVIEW = ("Att tänka på efter intervjun: När och hur följer man upp?",
                      "After the interview: when and how to follow up")  # fmt: skip
_S_TIMELINE = ("Respektera den tidslinje som kommunicerades",
               "Respect the timeline you were given")  # fmt: skip
_S_PASSED = ("När den angivna tidsfristen har passerat", "When the promised date has passed")
_S_EMAIL_AFTER = ("E-post är nästan alltid det bästa valet", "Email is almost always best")
_S_MISTAKE_1 = ("Misstag 1: Att vara för påstridig eller otålig",
                "Mistake 1: being pushy or impatient")  # fmt: skip


def _rule(sv: str, en: str, section: tuple[str, str]) -> RuleText:
    return RuleText(sv, en, section[0], section[1])


RULES: Final[Mapping[str, RuleText]] = {
    "closed": _rule(
        "Ansökan är avslutad ({stage}). Du behöver inte följa upp den.",
        "This application is closed ({stage}). There is nothing left to follow up.",
        _S_AFTER_INTERVIEW,
    ),
    "apply_by_deadline": _rule(
        "Du har sparat annonsen men inte sökt än. Sista ansökningsdag är {deadline}. Skicka "
        "din ansökan i god tid, gärna några dagar innan.",
        "You saved this ad but have not applied yet. The deadline is {deadline} – send your "
        "application in good time, preferably a few days before.",
        _S_READ_AD,
    ),
    "apply_no_deadline": _rule(
        "Du har sparat annonsen men inte sökt än. Annonsen har ingen sista ansökningsdag, "
        "så sök snart. Tjänsten kan tillsättas när som helst.",
        "You saved this ad but have not applied yet. It gives no deadline, so apply soon: "
        "the job may be filled at any time.",
        _S_READ_AD,
    ),
    "deadline_passed": _rule(
        "Sista ansökningsdagen ({deadline}) har passerat. Sök ändå om annonsen finns kvar. "
        "Annars kan du avsluta ansökan och gå vidare.",
        "The deadline ({deadline}) has passed. Apply anyway if the ad is still up, or close "
        "it and move on.",
        _S_READ_AD,
    ),
    "thank_you_24h": _rule(
        "Intervjun var {interview}. Ett kort tackmejl inom ett dygn visar att du lyssnade "
        "och fortfarande är intresserad. Skicka det senast {due}.",
        "The interview was {interview}. A short thank-you mail within a day shows that you "
        "listened and are still interested – send it by {due}.",
        _S_THANKS,
    ),
    "thank_you_missed": _rule(
        "Du har inte loggat något tackmejl inom ett dygn efter intervjun {interview}. "
        "Om du har skickat ett, logga det, så att historiken stämmer.",
        "No thank-you mail was logged within a day of the interview {interview}. "
        "If you sent one, log it so the history is right.",
        _S_THANKS,
    ),
    "interview_scheduled": _rule(
        "Du har en intervju {interview}. Förbered dig. Efter intervjun följer du upp "
        "med ett tackmejl inom ett dygn.",
        "You have an interview {interview}. Prepare for it – the follow-up comes afterwards, "
        "starting with a thank-you mail within a day.",
        _S_AFTER_INTERVIEW,
    ),
    "other_offer": _rule(
        "Du har fått ett annat erbjudande och måste svara på det senast {respond_by}. Det är "
        "det enda goda skälet att höra av sig tidigare. Säg öppet att du behöver besked och "
        "att den här tjänsten är ditt förstahandsval.",
        "You have another offer to answer by {respond_by}. That is the one good reason to get "
        "in touch early: say openly that you need an answer and that this job is your first "
        "choice.",
        _S_OFFER,
    ),
    "other_offer_email_first": _rule(
        "Efter en intervju börjar du med ett mejl som förklarar läget. Ring bara om det "
        "brådskar och mejlet inte räcker.",
        "After an interview, start with an email that explains the situation; call only if "
        "time runs short and the email is not enough.",
        _S_EMAIL_AFTER,
    ),
    "one_follow_up": _rule(
        "Du följde upp {contact_date} ({channel}). En välskriven uppföljning räcker. Vänta nu "
        "på svar, och hör inte av dig igen förrän något nytt har hänt.",
        "You followed up {contact_date} ({channel}). One well-written follow-up is enough – "
        "now wait for an answer and do not get in touch again until something new happens.",
        _S_MISTAKE_1,
    ),
    "silence_consider_closing": _rule(
        "Det har gått minst tre arbetsveckor sedan du följde upp ({contact_date}), och de har "
        "inte svarat. Tystnaden är troligen ditt besked. Fundera på att avsluta ansökan och "
        "lägga kraften på nästa. Om de svarar, logga svaret.",
        "At least three working weeks have passed since you followed up ({contact_date}) "
        "without an answer. The silence is most likely their answer: consider closing this "
        "application and putting your energy into the next one. If they do reply, log it.",
        _S_MISTAKE_1,
    ),
    "interview_timeline": _rule(
        "Vid intervjun {interview} sa de att du får besked senast {promised}. Vänta till dess.",
        "At the interview {interview} they said you would hear by {promised}. Respect that date.",
        _S_TIMELINE,
    ),
    "assumed_interview_timeline": _rule(
        "Du har inte skrivit in när du får besked efter intervjun {interview}. Därför räknar "
        "appen med en vecka, till {promised}. Om de gav dig ett datum, skriv in det, så räknas "
        "datumen om.",
        "No reply date is entered for the interview {interview}, so we assume one week, "
        "until {promised}. If they gave you a date, enter it and the dates are recalculated.",
        _S_TIMELINE,
    ),
    "working_days_after_timeline": _rule(
        "Om du inte har hört något när den dagen har passerat, ge dem en eller två "
        "arbetsdagar till. Följ upp mellan {earliest} och {latest}.",
        "If you have heard nothing when that date has passed, give them one or two more "
        "working days: get in touch {earliest}–{latest}.",
        _S_PASSED,
    ),
    "email_after_interview": _rule(
        "Efter en intervju följer du upp med e-post. Ett samtal kan lätt kännas påträngande.",
        "After an interview, follow up by email; a call easily feels too pushy.",
        _S_EMAIL_AFTER,
    ),
    "deadline_7_14": _rule(
        "Sista ansökningsdag: {deadline}. Veckan efter går åt till att sortera "
        "ansökningar. Följ därför upp 7–14 dagar efter sista ansökningsdag, mellan "
        "{earliest} och {latest}.",
        "Deadline: {deadline}. Recruiters spend the first week after it sorting applications, "
        "so get in touch 7–14 days later: {earliest}–{latest}.",
        _S_STANDARD,
    ),
    "no_deadline_14": _rule(
        "Det finns ingen sista ansökningsdag att räkna från. Räkna i stället ungefär två "
        "veckor från dagen du sökte ({applied}). Följ upp mellan {earliest} och {latest}.",
        "There is no deadline to count from, so count about two weeks from when you applied "
        "({applied}): {earliest}–{latest}.",
        _S_NO_DEADLINE,
    ),
    "rolling_selection": _rule(
        "Annonsen har löpande urval. Tjänsten kan tillsättas före sista ansökningsdag, så "
        "vänta inte längre än ungefär två veckor efter att du sökte.",
        "The ad selects candidates continuously: the job may be filled before the deadline, so "
        "do not wait longer than about two weeks from your application.",
        _S_READ_AD,
    ),
    "deadline_before_applied": _rule(
        "Sista ansökningsdag ({deadline}) ligger före dagen du sökte ({applied}). Kontrollera "
        "datumen. Tills du har rättat dem räknar appen som om det inte fanns någon sista "
        "ansökningsdag.",
        "The deadline ({deadline}) is before the day you applied ({applied}). Check the dates; "
        "until then we count as if there were no deadline.",
        _S_NO_DEADLINE,
    ),
    "ad_timeline": _rule(
        "Annonsen har en egen tidsplan ({reply_by}). Följ den. Hör inte av dig före "
        "{after}, men vänta inte heller mer än en arbetsvecka efter det.",
        "The ad gives its own timeline ({reply_by}). Respect it: do not get in touch before "
        "{after}, but do not wait more than a working week after it either.",
        _S_READ_AD,
    ),
    "only_shortlisted_contacted": _rule(
        "Enligt annonsen kontaktar de bara dem som går vidare. Tystnad kan alltså vara "
        "beskedet. Följ upp högst en gång.",
        "The ad says only shortlisted candidates are contacted. Silence may be the answer; "
        "follow up once at most.",
        _S_READ_AD,
    ),
    "ad_no_calls": _rule(
        "Annonsen ber dig att inte ringa, så använd e-post.",
        "The ad asks you not to call, so use email.",
        _S_EMAIL,
    ),
    "formal_industry": _rule(
        "Inom {industry} är e-post det vanliga och formella sättet att höra av sig.",
        "In {industry}, email is the expected, formal way to get in touch.",
        _S_EMAIL,
    ),
    "large_company": _rule(
        "Hos en stor arbetsgivare har rekryterarna fulla inkorgar. Ett mejl stör inte, och "
        "det når rätt person.",
        "At a larger company recruiters handle many applications: an email does not "
        "interrupt and reaches the right person.",
        _S_EMAIL,
    ),
    "small_company_social_role": _rule(
        "Hos en liten arbetsgivare når du ofta den som anställer direkt. I ett jobb inom "
        "{role} visar ett väl förberett samtal att du har driv.",
        "At a small company you often reach the hiring manager directly, and for a role in "
        "{role} a well-prepared call shows drive.",
        _S_PHONE,
    ),
    "default_email": _rule(
        "E-post är det säkra valet. Ett mejl stör inte, och du kan formulera dig i lugn och ro "
        "och läsa igenom mejlet innan du skickar det.",
        "Email is the safe standard choice: it does not interrupt, you control the wording "
        "and can proofread it before sending.",
        _S_EMAIL,
    ),
}

RULE_IDS: Final[frozenset[str]] = frozenset(RULES)
CHANNEL_RULES: Final[frozenset[str]] = frozenset(
    {
        "ad_no_calls",
        "formal_industry",
        "large_company",
        "small_company_social_role",
        "default_email",
        "email_after_interview",
        "other_offer_email_first",
    }
)
"""The rule ids that explain the recommended channel."""

_CHANNEL: Final[Mapping[Lang, Mapping[str, str]]] = {
    "sv": {"email": "e-post", "phone": "telefon"},
    "en": {"email": "email", "phone": "phone"},
}
_STAGE: Final[Mapping[Lang, Mapping[str, str]]] = {
    "sv": {
        "saved": "sparad annons", "applied": "sökt", "interview": "intervju", "offer": "erbjudande",
        "accepted": "tackat ja", "rejected": "fått nej", "withdrawn": "dragit tillbaka",
    },
    "en": {
        "saved": "saved ad", "applied": "applied", "interview": "interview", "offer": "offer",
        "accepted": "accepted", "rejected": "rejected", "withdrawn": "withdrawn",
    },
}  # fmt: skip
_INDUSTRY: Final[Mapping[Lang, Mapping[str, str]]] = {
    "sv": {"law": "juridik", "finance": "ekonomi och finans",
           "public_sector": "offentlig sektor", "other": "din bransch"},
    "en": {"law": "law", "finance": "finance", "public_sector": "the public sector",
           "other": "your field"},
}  # fmt: skip
_ROLE: Final[Mapping[Lang, Mapping[str, str]]] = {
    "sv": {"sales": "försäljning", "customer_service": "kundservice",
           "leadership": "ledarskap", "other": "andra områden"},
    "en": {"sales": "sales", "customer_service": "customer service",
           "leadership": "leadership", "other": "other fields"},
}  # fmt: skip


def channel_name(channel: Channel | str, lang: Lang) -> str:
    return _CHANNEL[lang][str(channel)]


def stage_name(stage: Stage | str, lang: Lang) -> str:
    return _STAGE[lang][str(stage)]


def _word(value: object, lang: Lang, ref_year: int | None) -> str:
    if isinstance(value, dt.datetime):
        return format_datetime(value, lang, ref_year=ref_year)
    if isinstance(value, dt.date):
        return format_date(value, lang, ref_year=ref_year)
    if isinstance(value, Channel):
        return channel_name(value, lang)
    if isinstance(value, Stage):
        return stage_name(value, lang)
    if isinstance(value, Industry):
        return _INDUSTRY[lang][value.value]
    if isinstance(value, RoleKind):
        return _ROLE[lang][value.value]
    return str(value)


def reason_text(
    rule: str, params: Mapping[str, object], lang: Lang, *, ref_year: int | None = None
) -> str:
    """The reason for ``rule`` in ``lang`` with its facts worded in place."""
    template = getattr(RULES[rule], lang)
    return str(template).format_map({k: _word(v, lang, ref_year) for k, v in params.items()})


def section(rule: str, lang: Lang) -> str:
    """The heading of the guide's section that ``rule`` follows."""
    text = RULES[rule]
    return text.section_sv if lang == "sv" else text.section_en


_ACTION: Final[Mapping[Lang, Mapping[str, str]]] = {
    "sv": {
        "apply": "Sök", "wait": "Vänta", "follow_up": "Följ upp", "thank_you": "Skicka tack",
        "other_offer": "Annat erbjudande", "interview_scheduled": "Intervju",
        "await_reply": "Vänta på svar", "closed": "Avslutad",
    },
    "en": {
        "apply": "Apply", "wait": "Wait", "follow_up": "Follow up", "thank_you": "Send thanks",
        "other_offer": "Other offer", "interview_scheduled": "Interview",
        "await_reply": "Await reply", "closed": "Closed",
    },
}  # fmt: skip


def action_name(action: str, lang: Lang) -> str:
    """The verdict's action in a word or two, for lists and tables."""
    return _ACTION[lang][str(action)]


# As short as a window's two dates, so the column stays narrow on a small screen; the
# cell's tooltip has the whole window.
_LAST_DAY_BEHIND: dict[Lang, dict[str, str]] = {
    "sv": {"follow_up": "Gick ut {day}", "apply": "Gick ut {day}"},
    "en": {"follow_up": "Ended {day}", "apply": "Passed {day}"},
}
_WINDOW_WAS: dict[Lang, str] = {"sv": "Tiden att följa upp var {dates}",
                                "en": "The window to follow up: {dates}"}  # fmt: skip


def window_was(dates: str, lang: Lang) -> str:
    """The tooltip of a closed window's short words: its dates in full."""
    return _WINDOW_WAS[lang].format(dates=dates)


def last_day_behind(action: str, lang: Lang) -> str | None:
    """How a list says that ``action``'s last day lies behind ("{day}" to fill), or None
    where the action's dates never lie behind (a wait, an offer's answer date)."""
    return _LAST_DAY_BEHIND[lang].get(str(action))
