"""The ad reader on a tenth set of unseen ads: a TYPICAL week of Swedish job ads (issue 24).

Sets 2-9 were written adversarially, each aimed at the reader's weak spots; they measure
the worst case. This set measures the ordinary case: forty invented ads as job seekers
really paste them (municipalities and regions, staffing firms, private employers, small
businesses, state agencies, others), written before reading the reader. The judgement
calls are in tests/data/ads_unseen10/expected.json ("about").

Measured before any fixes: (filled in after the first measurement).
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
