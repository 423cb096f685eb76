"""The ad reader on a tenth set of unseen ads: a TYPICAL week of Swedish job ads (issue 24).

Sets 2-9 were written adversarially, each aimed at the reader's weak spots; they measure
the worst case. This set measures the ordinary case: forty invented ads as job seekers
really paste them (municipalities and regions, staffing firms, private employers, small
businesses, state agencies, others), written before reading the reader. The judgement
calls are in tests/data/ads_unseen10/expected.json ("about").

Measured before any fixes (main at 92eeb2b): 356 of 360 facts right (98.9 %), just under
the goal of 99 %; deadline 39/40, rolling_selection 40, ad_reply_by 40, ad_no_calls 39/40,
ad_only_shortlisted_contacted 40, contact_name 38/40, contact_email 40, contact_phone 40,
town 40. The misses (causes found by trying variants of the ad, not by reading the reader):

- 09 ad_no_calls: read True, expected False. "Till dig som är annonssäljare eller
  rekryteringsföretag: vi undanber oss vänligen men bestämt samtal om annonsering eller
  rekryteringshjälp" is the usual line to ad sellers, not a request to applicants not to
  call; the word "samtal" after "undanber oss" is taken as a no-calls line.
- 30 contact_name: read None, expected "Marie Sjölund". The small firm's ad is signed
  "Marie Sjölund, ägare" under "Välkommen med din ansökan!"; a signature with a title is
  not taken as the contact (not even with a phone number added to it).
- 37 deadline: read None, expected 2027-01-06. "Skicka ditt CV ... till
  rekrytering@lasgladje.se senast den 6 januari 2027." The same sentence with
  jobb@lasgladje.se is read; the word "rekrytering" inside the address stops the deadline
  being read (a common application address).
- 38 contact_name: read "Kyrkoherde Gunilla Sandén", expected "Gunilla Sandén" (or
  "Ylva Karlsson"). Under "Upplysningar", "Kyrkoherde Gunilla Sandén, 0520-47 26 10": the
  church title "Kyrkoherde" is kept as part of the name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ad_sets import GOAL, AdSet

SET = AdSet(Path(__file__).parent / "data" / "ads_unseen10")


def test_the_set_is_whole() -> None:
    assert SET.whole()


@pytest.mark.xfail(strict=False, reason="measured before any fixes; see the docstring")
def test_the_reader_gets_the_typical_set_right() -> None:
    print(SET.table())
    assert SET.share_right() >= GOAL
