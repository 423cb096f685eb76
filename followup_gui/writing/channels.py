"""Email or phone: the guide's comparison of the two, and what each choice gives up.

Shown beside the recommended channel (the verdict panel, the follow-up dialog); apart from
the drafts in :mod:`.messages` so that painting a verdict needs only these few lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from ..i18n import as_lang
from ..model import Channel


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One line of the email-versus-phone table; levels are ``low``/``medium``/``high``."""

    aspect: str
    email: str
    phone: str
    email_level: str = ""
    phone_level: str = ""


_COMPARISON: Final[
    tuple[tuple[tuple[str, str], tuple[str, str], tuple[str, str], str, str], ...]
] = (
    (
        ("Risk att störa", "Risk of disturbing"),
        ("Låg – läses när det passar dem", "Low – read when it suits them"),
        ("Hög – du avbryter det de gör", "High – you interrupt what they are doing"),
        "low",
        "high",
    ),
    (
        ("Personlig kontakt", "Personal contact"),
        ("Låg – bara text", "Low – text only"),
        ("Hög – din röst och ditt engagemang hörs", "High – they hear your voice and drive"),
        "low",
        "high",
    ),
    (
        ("Kontroll över budskapet", "Control of the message"),
        (
            "Hög – du formulerar och korrekturläser i lugn och ro",
            "High – you word and proofread it calmly",
        ),
        ("Låg – du måste svara på stående fot", "Low – you have to answer on the spot"),
        "high",
        "low",
    ),
    (
        ("Chans till snabbt svar", "Chance of a quick answer"),
        ("Medel – kan bli liggande i inkorgen", "Medium – it may sit in the inbox"),
        ("Hög – du får ofta besked direkt", "High – you often get an answer at once"),
        "medium",
        "high",
    ),
    (
        ("Passar bäst för", "Best for"),
        (
            "Stora arbetsgivare, formella branscher och när du vill vara säker",
            "Larger companies, formal industries and as the safe default",
        ),
        (
            "Små arbetsgivare och jobb inom sälj, service eller ledarskap, när du är väl förberedd",
            "Smaller companies and sales, service or leadership roles, when you are well prepared",
        ),
        "",
        "",
    ),
)


def guide_comparison(lang: str) -> list[ComparisonRow]:
    """The guide's email-versus-phone table, in our words, for the channel panel."""
    i = 0 if as_lang(lang) == "sv" else 1
    return [
        ComparisonRow(aspect[i], email[i], phone[i], email_level, phone_level)
        for aspect, email, phone, email_level, phone_level in _COMPARISON
    ]


_TRADEOFFS: Final[dict[Channel, tuple[list[str], list[str]]]] = {
    Channel.EMAIL: (
        [
            "Fördel: stör inte – de läser när det passar dem.",
            "Fördel: du kan formulera dig noga och korrekturläsa innan du skickar.",
            "Fördel: du har det skriftligt att gå tillbaka till.",
            "Nackdel: ett mejl är lätt att missa eller skjuta upp.",
            "Nackdel: det är svårare att göra ett personligt intryck. Tonen kan missförstås.",
        ],
        [
            "Pro: it does not interrupt – they read it when it suits them.",
            "Pro: you can word it carefully and proofread before sending.",
            "Pro: you have it in writing to refer back to.",
            "Con: a mail is easy to miss or put off.",
            "Con: it is harder to make a personal impression, and tone can be misread.",
        ],
    ),
    Channel.PHONE: (
        [
            "Fördel: din röst ger ett personligt intryck som text sällan gör.",
            "Fördel: du får ofta svar på din fråga direkt.",
            "Fördel: du visar initiativ. Det väger tungt i jobb inom sälj, service och ledarskap.",
            "Nackdel: du avbryter troligen rekryteraren mitt i något annat.",
            "Nackdel: du måste formulera dig snabbt och tydligt – förbered dig väl.",
            "Nackdel: ringer du vid fel tidpunkt eller oförberedd kan du ge ett sämre intryck.",
        ],
        [
            "Pro: your voice makes a personal impression that text rarely does.",
            "Pro: you often get an answer to your question at once.",
            "Pro: it shows initiative, which counts in sales, service and leadership roles.",
            "Con: you will probably interrupt the recruiter in the middle of something.",
            "Con: you must express yourself quickly and clearly – prepare well.",
            "Con: a badly timed or unprepared call can harm the impression you made.",
        ],
    ),
}


def channel_tradeoffs(channel: Channel | str, lang: str) -> list[str]:
    """Pros and cons of a channel, shown when the user picks it over the recommended one."""
    chosen = Channel(channel)
    sv, en = _TRADEOFFS[chosen]
    return list(sv if as_lang(lang) == "sv" else en)
