"""The advice engine never overflows for dates the store accepts (issue 13 item 1)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from followup_gui import store
from followup_gui.model import (
    Application,
    Channel,
    CompanySize,
    Contact,
    Interview,
    Moment,
    OtherOffer,
    Purpose,
    Stage,
)
from followup_gui.rules.advice import assess, next_midnight

days = st.dates(min_value=store.FIRST_DAY, max_value=store.LAST_DAY)
edge_days = st.sampled_from([store.FIRST_DAY, store.LAST_DAY]) | days
nows = (
    st.sampled_from([dt.datetime.min, dt.datetime.max.replace(second=0, microsecond=0)])
    | st.datetimes()
)
sent_stages = st.sampled_from([stage for stage in Stage if stage is not Stage.SAVED])


@settings(max_examples=300, deadline=None)
@given(
    applied=edge_days,
    other=edge_days,
    now=nows,
    stage=sent_stages,
    large=st.booleans(),
    rolling=st.booleans(),
    purpose=st.sampled_from(list(Purpose)),
)
def test_assess_never_overflows_within_the_accepted_dates(
    applied: dt.date,
    other: dt.date,
    now: dt.datetime,
    stage: Stage,
    large: bool,
    rolling: bool,
    purpose: Purpose,
) -> None:
    app = Application(
        "a",
        "T",
        "C",
        applied,
        deadline=other,
        rolling_selection=rolling,
        ad_reply_by=other,
        company_size=CompanySize.LARGE if large else CompanySize.SMALL,
        stage=stage,
        interviews=[Interview(Moment.of_date(other), other)],
        other_offer=OtherOffer(applied, other),
        contacts=[Contact(Moment.of_date(other), Channel.PHONE, purpose)],
    )
    verdict = assess(app, now)
    assert verdict.action


def test_the_last_day_there_is_has_an_end() -> None:
    assert next_midnight(dt.datetime.max) == dt.datetime.max
    assert next_midnight(dt.datetime(2199, 12, 31, 23, 59)) == dt.datetime(2200, 1, 1)
