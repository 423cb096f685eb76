"""The ad reader on a sixth set of ads it had never seen (issue 24).

tests/data/ads_unseen6/ holds 40 invented ads written before their writer read the reader:
pasted from PDFs (split words, page footers, columns run together), web pages with cookie
and navigation text, e-mail newsletters, Facebook and Instagram posts, Platsbanken's layout,
Finland-Swedish and Norwegian-coloured ads, very short ads, long public-sector ads with five
contacts and English ads from Swedish firms. expected.json's "about" gives every judgement
call.

First measurement, before any fix (2026-12-05, main at 8ff1172): 331 of 360 facts right
(91.9 %); deadline 35/40, rolling_selection 37, ad_reply_by 39, ad_no_calls 39,
ad_only_shortlisted_contacted 40, contact_name 32, contact_email 36, contact_phone 37,
town 36. The 29 misses: words split by a PDF's hyphens (01 name and
e-mail, 33 deadline and rolling selection), a page footer's switchboard and address or a
newsletter's sender taken for the contact (02 e-mail and phone, 03, 34), deadlines given as
a weekday (17, 18), in Norwegian (10) or moved ("förlängd till", 19), the wrong one of five
contacts (14 name and phone), a firm's name taken for a person (11), no name found in
run-together columns, after a title or beside an emoji (04, 25, 32, 33, 34), towns after a
hospital's name, "i" in a sentence, a pin emoji or a building (13, 18, 39, 40),
"vi anställer löpande" and "fortløpende" (04, 10), "inte emot frågor per telefon" (25),
"within 3 weeks" (16) and another person's phone (38). The fixer removes the xfail mark
once the set reaches the goal.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ad_sets import GOAL, AdSet

SET = AdSet(Path(__file__).parent / "data" / "ads_unseen6")


def test_the_set_is_whole() -> None:
    assert SET.whole()


@pytest.mark.xfail(strict=False, reason="measured before the fixes; see the docstring")
def test_the_reader_gets_nearly_every_fact_right() -> None:
    share = SET.share_right()
    assert share >= GOAL, SET.table()
