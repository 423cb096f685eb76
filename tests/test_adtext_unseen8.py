"""The ad reader on an eighth set of ads it has never seen (issue 24): recall on rough and
platform text.

tests/data/ads_unseen8/ holds 40 invented ads written before reading the reader: small
employers writing roughly (lower case without punctuation, typos, SMS speak, dialect, emoji,
ALL CAPS, glued words from a PDF), facts in key | value or tab tables and headings,
recruitment platforms' boilerplate around the ad, and English ads of international firms in
Sweden. expected.json says who wrote it and every judgement call ("about").

First measurement, before any change to the reader (reference 2026-12-05; ad 22 2027-01-10):
337 of 360 facts right, 93.6 %: deadline 38/40, rolling_selection 39, ad_reply_by 37,
ad_no_calls 40, ad_only_shortlisted_contacted 40, contact_name 33, contact_email 39,
contact_phone 39, town 32. The misses (read → expected, and why):

- 01 deadline None → 2026-12-20: "sista ansöknings dag 20 dec" (split word, lower case).
- 01 contact_name None → Maria: "frågor ring maria 0456-123 45" (lower case; "maria" accepted).
- 01 town None → Sölvesborg: "bagare sökes till bageriet i sölvesborg" (lower case accepted).
- 07 ad_reply_by None → 2027-01-31: "We'll be in touch within two weeks after the deadline",
  deadline "Last day to apply: January 17"; 17 January + 14 days.
- 08 contact_name None → Jessica: "Hör av dig t Jessica 073-912 34 56" (SMS speak, first name).
- 09 contact_name None → Olle Nygren: "KONTAKTA OLLE NYGREN 070-244 18 90" (all caps; either
  spelling accepted).
- 16 ad_reply_by None → 2027-02-12: "Vi svarar alla sökande senast 12/2."
- 17 deadline None → 2027-01-11: "Sista ansökningsdag: 2027.01.11" (ISO order with dots).
- 18 contact_name None → Kristina Palm: "Välkommen med din ansökan till Kristina Palm,
  verksamhetschef: kristina(at)omsorgkarlstad.se" (the e-mail was read right).
- 19 contact_name None → Marcus Öberg: "Talent Acquisition: Marcus Öberg <marcus.oberg@…>".
- 21 town None → Kristianstad: only in the genitive, "Tandsköterska till Kristianstads
  Tandvårdsklinik".
- 23 contact_phone None → 070-123 45 67: the number after "Frågor besvaras av / Emma Rask /
  Butikschef" is written with a non-breaking hyphen (U+2011) and no-break spaces.
- 23 town None → Luleå: "Butikssäljare till Sportlagret Luleå", a shop named after its town.
- 24 town None → Trollhättan: only in the genitive, "Bilmekaniker till Trollhättans Bilservice".
- 28 contact_name None → Lena: "… eller sms:a lena 076-111 22 33 …" in one unpunctuated run.
- 28 town None → Motala: "vi söker städare till vårt städbolag i motala" (lower case).
- 29 contact_name None → Nora: "📞 060-61 71 81 (Nora)", the name in brackets after the number.
- 31 town None → Eslöv: in the markdown heading "# Lagerchef till Eslöv".
- 32 contact_email None → sara.lind@oviktra.se: two contacts ("Rekryterande chef: Johan Ek,
  fabrikschef, 0660-…" and "Ansvarig rekryterare: Sara Lind, sara.lind@oviktra.se"); the only
  address in the ad is hers (the name Johan Ek and his phone were read).
- 33 town Stockholm → None: "Location: Remote (Sweden), with team meetups in Stockholm twice a
  year"; a fully remote job has no workplace town (a judgement call, see "about").
- 35 town None → Kiruna: only in the shop's name, "Extrapersonal sökes till Matbutiken Kiruna
  Centrum".
- 40 rolling_selection False → True: "We start interviewing in week 2 and will fill the role as
  soon as we've found the right person" (the job may go before anyone else is seen).
- 40 ad_reply_by 2027-01-15 → None: the same sentence's "interviewing in week 2" is when
  interviews start, not a date by which applicants get an answer (a judgement call).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ad_sets import GOAL, AdSet

SET = AdSet(Path(__file__).parent / "data" / "ads_unseen8")


def test_the_set_is_whole() -> None:
    assert SET.whole()


@pytest.mark.xfail(strict=False, reason="measured before the fixes; see the docstring")
def test_the_reader_gets_nearly_every_fact_right() -> None:
    print(SET.table())
    assert SET.share_right() >= GOAL
