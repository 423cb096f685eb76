"""The ad's language (issue 23, minor): English ads get English mails; the deadline's year."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from followup_gui.model import Language
from followup_gui.reading.ad_language import guess_language
from followup_gui.reading.adtext import analyse

SWEDISH_AD = """Lagerarbetare till Ahlsell i Umeå
Vi söker en noggrann lagerarbetare som vill arbeta hos oss. Du har erfarenhet av truck
och är van att ta eget ansvar. Meriterande är B-körkort.
Sista ansökningsdag: 15 maj. Urval sker löpande, så skicka din ansökan redan i dag."""

ENGLISH_AD = """Backend Developer at Spotify, Stockholm
We are looking for a backend developer who will join our team in Stockholm. You have
experience with Python and you are able to work with the rest of the team.
Apply by May 15, 2026. We will get back to you within two weeks."""

# A Swedish ad with English job words, and an English ad under Platsbanken's Swedish labels.
MIXED_SWEDISH = """Vi söker en Senior Full Stack Developer (React, Node.js, AWS) till vårt team i
Göteborg. Du kommer att arbeta med vår plattform och har minst fem års erfarenhet.
Det är meriterande om du har jobbat med CI/CD och DevOps. Sista ansökningsdag 2026-05-15."""
MIXED_ENGLISH = """Ort: Malmö. Sista ansökningsdag: 2026-05-15.
Data Engineer
We are a fast-growing fintech and we are looking for a data engineer to join us. You will
build the pipelines that our analysts use every day, and you have experience with Spark.
Please apply in English with your CV and a short cover letter."""
EVEN = "Developer / Utvecklare. We söker: the och and att."


def test_swedish_english_and_mixed_ads() -> None:
    assert guess_language(SWEDISH_AD) is Language.SV
    assert guess_language(ENGLISH_AD) is Language.EN
    assert guess_language(MIXED_SWEDISH) is Language.SV
    assert guess_language(MIXED_ENGLISH) is Language.EN


def test_too_little_or_too_even_to_tell() -> None:
    assert guess_language("") is None
    assert guess_language("Lagerarbetare, Umeå") is None
    assert guess_language("Backend Developer, Stockholm") is None
    assert guess_language(EVEN) is None


@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    assert guess_language(text) in (None, Language.SV, Language.EN)


def test_a_deadline_without_a_year_says_its_year_was_guessed() -> None:
    ref = dt.date(2026, 4, 1)
    assert analyse("Sista ansökningsdag: 15 maj", ref).deadline_year_guessed
    assert analyse("Apply by May 15", ref).deadline_year_guessed
    assert analyse("Sista ansökningsdag: 15/5", ref).deadline_year_guessed
    assert not analyse("Sista ansökningsdag: 15 maj 2026", ref).deadline_year_guessed
    assert not analyse("Sista ansökningsdag: 2026-05-15", ref).deadline_year_guessed
    assert not analyse("Apply by May 15, 2026", ref).deadline_year_guessed
    assert not analyse("Vi återkommer 15 maj", ref).deadline_year_guessed  # not a deadline
    # the flag is not a fact of its own, and does not change what equals what
    facts = analyse("Sista ansökningsdag: 15 maj", ref)
    assert facts.found == ("deadline",)


def test_no_word_counts_for_both_languages() -> None:
    from followup_gui.reading import ad_language

    assert not ad_language._SWEDISH & ad_language._ENGLISH
