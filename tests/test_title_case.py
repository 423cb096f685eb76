"""Issue 18.7: a job title keeps its own case wherever a sentence names it.

Titles are names the employer chose ("eHälsostrateg", "IT-tekniker", "SAP-konsult"): no
text may lower- or upper-case them to fit the sentence around them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_gui.model import KINDS, Application, Interview, Moment, OtherOffer, Profile
from followup_gui.writing.messages import email_draft, phone_script

from .factories import make_app

TITLES = ["eHälsostrateg", "IT-tekniker", "SAP-konsult", "Backend-utvecklare", "iOS-utvecklare"]
PROFILE = Profile(name="Alex Andersson", email="alex@example.se")
TODAY = dt.date(2026, 5, 20)


def _app(title: str) -> Application:
    return make_app(
        job_title=title,
        interviews=[Interview(at=Moment.of_date(dt.date(2026, 5, 18)))],
        other_offer=OtherOffer(noted_on=dt.date(2026, 5, 19), respond_by=dt.date(2026, 5, 29)),
    )


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("title", TITLES)
def test_mails_and_calls_name_the_title_as_written(title: str, kind: str, lang: str) -> None:
    draft = email_draft(kind, _app(title), PROFILE, lang=lang, today=TODAY)
    assert title in draft.subject
    assert title in draft.body
    script = phone_script(_app(title), PROFILE, kind=kind, lang=lang, today=TODAY)
    said = " ".join(step.say for step in script.steps)
    assert title in said


@given(
    st.text(
        alphabet=st.characters(categories=("Lu", "Ll", "Nd"), max_codepoint=0x24F),
        min_size=2,
        max_size=20,
    ).filter(lambda t: t.strip() == t and t.lower() != t.upper())
)
def test_any_title_is_kept_as_written(title: str) -> None:
    draft = email_draft("application_follow_up", _app(title), PROFILE, lang="sv", today=TODAY)
    assert title in draft.subject and title in draft.body
