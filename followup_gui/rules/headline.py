"""The verdict in one line of plain words, as the main window and the agenda show it.

"Vänta till tisdag 22 juni", "Följ upp nu – via e-post", "Skicka tackmejlet senast i
morgon kl. 10.00": the action, its date told relative to today where that reads better.
"""

from __future__ import annotations

import datetime as dt

from ..i18n import Lang, format_date, format_short_date, format_time
from ..model import Application, Channel
from .advice import Action, Verdict
from .reasons import last_day_behind, stage_name

_DAY = dt.timedelta(days=1)

_WORDS: dict[Lang, dict[str, str]] = {
    "sv": {
        "today": "i dag",
        "tomorrow": "i morgon",
        "at": "kl.",
        "apply": "Sök senast {day}",
        "apply_passed": "Sista ansökningsdagen har passerat ({day})",
        "apply_no_deadline": "Sök snart – ingen sista ansökningsdag",
        "wait": "Vänta till {day}",
        "follow_up_email": "Följ upp nu – via e-post",
        "follow_up_phone": "Följ upp nu – ring",
        "thank_you": "Skicka tackmejlet senast {moment}",
        "other_offer": "Hör av dig nu – du måste svara på det andra erbjudandet senast {day}",
        "interview_scheduled": "Intervju {moment}",
        "await_reply": "Vänta på svar – du har redan följt upp",
        "silence": "Inget svar på länge – fundera på att avsluta ansökan och gå vidare",
        "long_passed": "Tiden att följa upp gick ut för länge sedan – fundera på att avsluta",
        "closed": "Avslutad ({stage})",
        "closed_plain": "Avslutad",
        "promised": "Besked senast {day}",
    },
    "en": {
        "today": "today",
        "tomorrow": "tomorrow",
        "at": "at",
        "apply": "Apply by {day}",
        "apply_passed": "The deadline has passed ({day})",
        "apply_no_deadline": "Apply soon – no deadline given",
        "wait": "Wait until {day}",
        "follow_up_email": "Follow up now – by email",
        "follow_up_phone": "Follow up now – by phone",
        "thank_you": "Send the thank-you mail by {moment}",
        "other_offer": "Get in touch now – you must answer the other offer by {day}",
        "interview_scheduled": "Interview {moment}",
        "await_reply": "Wait for their answer – you have already followed up",
        "silence": "No answer for a long time – consider closing it and moving on",
        "long_passed": "The time to follow up ended long ago – consider closing it",
        "closed": "Closed ({stage})",
        "closed_plain": "Closed",
        "promised": "Answer by {day}",
    },
}


def relative_day(day: dt.date, today: dt.date, lang: Lang) -> str:
    """ "i dag", "i morgon" or "tisdag 22 juni" (the year only when it differs)."""
    if day == today:
        return _WORDS[lang]["today"]
    if day == today + _DAY:
        return _WORDS[lang]["tomorrow"]
    return format_date(day, lang, ref_year=today.year)


def relative_moment(moment: dt.datetime, today: dt.date, lang: Lang) -> str:
    words = _WORDS[lang]
    return f"{relative_day(moment.date(), today, lang)} {words['at']} {format_time(moment, lang)}"


def headline(verdict: Verdict, now: dt.datetime, lang: Lang, *, stage: str = "") -> str:
    """The verdict as one short sentence for a person."""
    words = _WORDS[lang]
    today = now.date()
    action = verdict.action
    if action is Action.APPLY:
        deadline = verdict.latest
        if deadline is None:
            return words["apply_no_deadline"]
        key = "apply_passed" if deadline < today else "apply"
        return words[key].format(day=relative_day(deadline, today, lang))
    if action is Action.WAIT and verdict.earliest is not None:
        return words["wait"].format(day=relative_day(verdict.earliest, today, lang))
    if action is Action.FOLLOW_UP:
        key = "follow_up_phone" if verdict.channel is Channel.PHONE else "follow_up_email"
        return words[key]
    if action is Action.THANK_YOU and verdict.due_at is not None:
        return words["thank_you"].format(moment=relative_moment(verdict.due_at, today, lang))
    if action is Action.OTHER_OFFER and verdict.latest is not None:
        return words["other_offer"].format(day=relative_day(verdict.latest, today, lang))
    if action is Action.INTERVIEW_SCHEDULED and verdict.earliest is not None:
        if verdict.interview_at is not None:
            moment = relative_moment(verdict.interview_at, today, lang)
        else:
            moment = relative_day(verdict.earliest, today, lang)
        return words["interview_scheduled"].format(moment=moment)
    if action is Action.AWAIT_REPLY and verdict.has("window_long_passed"):
        return words["long_passed"]
    if action is Action.AWAIT_REPLY:
        return words["silence" if verdict.has("silence_consider_closing") else "await_reply"]
    if stage:
        return words["closed"].format(stage=stage_name(stage, lang))
    return words["closed_plain"]


def window_words(
    verdict: Verdict, lang: Lang, ref_year: int, *, today: dt.date | None = None
) -> str:
    """The verdict's dates in short words: "15 maj – 22 maj", or one date, or "".

    A saved ad has only its deadline (no earliest day): that one date. Given ``today``,
    a follow-up window or a deadline that lies behind says so ("Gick ut 24 nov"):
    the dates alone would read as if there were still time.
    """
    first, last = verdict.earliest, verdict.latest
    if first is None and last is not None and verdict.action is Action.APPLY:
        first = last
    if first is None or last is None:
        return ""
    behind = last_day_behind(verdict.action, lang) if today is not None and last < today else None
    if behind is not None:
        return behind.format(day=format_short_date(last, lang, ref_year=ref_year))
    if first == last:
        return format_short_date(first, lang, ref_year=ref_year)
    # "4 jan – 11 jan 2027": a year both dates share is said once, at the end
    start = format_short_date(
        first, lang, ref_year=last.year if first.year == last.year else ref_year
    )
    return f"{start} – {format_short_date(last, lang, ref_year=ref_year)}"


def promised_words(application: Application, lang: Lang, ref_year: int) -> str:
    """ "Besked senast 4 dec": the answer date the last interview promised, for a row that
    awaits a reply (the list's När); "" when none was promised."""
    if not application.interviews:
        return ""
    last = max(application.interviews, key=lambda interview: interview.at.value)
    if last.promised_reply_by is None:
        return ""
    day = format_short_date(last.promised_reply_by, lang, ref_year=ref_year)
    return _WORDS[lang]["promised"].format(day=day)
