"""The ad reader on a seventh set of forty unseen ads (issue 24).

tests/data/ads_unseen7 holds forty invented ads from the trades and employers an
unemployed Swede meets most (care homes, regions, schools, staffing firms, shops,
restaurants, building sites, drivers, municipal, university, church and armed-forces
templates), written with the facts a careful reader finds in them before anyone read the
ad reader; expected.json's "about" gives every judgement call.

First, unseen measurement (2026-12-05, commit 77f27a8, before any change to the reader):
349 / 360 facts = 96.9 %. Per fact: deadline 40, rolling_selection 40, ad_reply_by 39,
ad_no_calls 39, ad_only_shortlisted_contacted 40, contact_name 35, contact_email 40,
contact_phone 40, town 36 (of 40). The eleven misses (read → expected):
- 03 ad_reply_by: None → 2027-04-30 ("Besked om anställning lämnas under april")
- 04 town: None → Sundsvall ("… medicinavdelning 11, Sundsvalls sjukhus")
- 05 contact_name: None → Lena Åberg ("Förskolechef Lena Åberg nås på 0522-…")
- 09 contact_name: None → Lisa ("Sms:a gärna Lisa på 0708-…")
- 21 contact_name: "Kn Lars Vikström" → Lars Vikström (military rank Kn before the name)
- 24 ad_no_calls: False → True ("Vi kan tyvärr inte svara på frågor om placering per telefon")
- 25 contact_name: None → Nadia ("kontakta handledare Nadia, 016-…")
- 25 town: None → Eskilstuna ("Var: Eskilstuna Logistikcenter, Kjula")
- 26 town: None → Nybro (all-capital heading "MASKINOPERATÖR – PRECISIONSVERK I NYBRO")
- 32 town: None → Varberg ("Grillbaren Varberg", "vid Varbergs strandpromenad")
- 37 contact_name: None → Karin ("Hör av dig till Karin (arbetsledare), 0520-…")
The accuracy test is marked xfail until the reader is fixed; the fixer removes the mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ad_sets import GOAL, AdSet

SET = AdSet(Path(__file__).parent / "data" / "ads_unseen7")


def test_the_set_is_whole() -> None:
    assert SET.whole()


def test_the_table_names_every_fact_and_every_miss() -> None:
    table = SET.table()
    print(table)
    assert table.count("\n") == 10 + len(SET.misses())


@pytest.mark.xfail(strict=False, reason="measured before the fixes; see the docstring")
def test_the_reader_gets_nearly_every_fact_right() -> None:
    assert SET.share_right() >= GOAL, SET.table()
