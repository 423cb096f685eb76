"""The ad reader on a fifth set of ads it had never seen (issue 24).

tests/data/ads_unseen5/ holds 40 invented ads, written before their writer read the ad
reader, its tests or the earlier sets; expected.json says what a careful reader finds in
each and every judgement call ("about"). Most ads make dates or flags the hard part.

First, unseen figure: (to be measured)
"""

from __future__ import annotations

from pathlib import Path

from tests.ad_sets import GOAL, AdSet

SET = AdSet(Path(__file__).parent / "data" / "ads_unseen5")


def test_the_set_is_whole() -> None:
    assert SET.whole()


def test_the_reader_gets_the_goal_share_of_facts_right() -> None:
    assert SET.share_right() >= GOAL, SET.table()
