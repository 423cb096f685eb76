"""The ad reader on an eighth set of ads it has never seen (issue 24): recall on rough and
platform text.

tests/data/ads_unseen8/ holds 40 invented ads written before reading the reader: small
employers writing roughly (lower case without punctuation, typos, SMS speak, dialect, emoji,
ALL CAPS, glued words from a PDF), facts in key | value or tab tables and headings,
recruitment platforms' boilerplate around the ad, and English ads of international firms in
Sweden. expected.json says who wrote it and every judgement call ("about").

First measurement, before any change to the reader: (filled in after measuring).
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
