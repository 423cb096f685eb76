"""The ad reader on a seventh set of forty unseen ads (issue 24).

tests/data/ads_unseen7 holds forty invented ads from the trades and employers an
unemployed Swede meets most (care homes, regions, schools, staffing firms, shops,
restaurants, building sites, drivers, municipal, university, church and armed-forces
templates), written with the facts a careful reader finds in them before anyone read the
ad reader; expected.json's "about" gives every judgement call.

First, unseen measurement: (to be filled in after the set is committed).
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
