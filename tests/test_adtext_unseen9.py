"""The ad reader on unseen set 9 (issue 24): precision.

Forty invented ads in tests/data/ads_unseen9/, full of things that look like the nine
facts but are not: dates of information meetings, starts, school starts, employment
periods, publishing, a quoted review and another job's deadline; phone numbers and
addresses of customer service, fault reports, press, unions and switchboards, org. and
bank numbers, reference numbers and postal codes; CEOs, employees, founders, previous
job-holders, union reps and HR who only administers the applications; head offices,
factories abroad, founding towns, streets named after towns and remote work; and
look-alike flags ("löpande underhåll", "rullande schema", "vi ringer upp dig", "Ring oss
gärna!", calls from sellers refused, "Alla sökande får svar", "Urvalet påbörjas efter
sista ansökningsdag"). The facts are set to be true in some ads and absent in others.

Written, with expected.json, before reading the reader; every judgement call is in
expected.json's "about".

First measurement: not yet taken.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ad_sets import GOAL, AdSet

SET = AdSet(Path(__file__).parent / "data" / "ads_unseen9")


def test_the_set_is_whole() -> None:
    assert SET.whole()


@pytest.mark.xfail(strict=False, reason="measured before the fixes; see the docstring")
def test_the_reader_gets_nearly_every_fact_right() -> None:
    print(SET.table())
    assert SET.share_right() >= GOAL
