"""Small builders for model objects, so tests say only what matters to them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from followup_gui.model import Application, Channel, Contact, Interview, Moment, OtherOffer, Purpose


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def make_app(**fields: Any) -> Application:
    values: dict[str, Any] = {
        "id": "a1",
        "job_title": "Ekonomiassistent",
        "company": "Exempelbolaget AB",
        "applied_on": d("2026-05-04"),
    }
    values.update(fields)
    return Application(**values)


def interview(at: str, promised: str | None = None) -> Interview:
    moment = Moment.of_date(d(at)) if len(at) == 10 else Moment(t(at))
    return Interview(at=moment, promised_reply_by=d(promised) if promised else None)


def contact(at: str, purpose: Purpose, channel: Channel = Channel.EMAIL) -> Contact:
    moment = Moment.of_date(d(at)) if len(at) == 10 else Moment(t(at))
    return Contact(at=moment, channel=channel, purpose=purpose)


def offer(noted_on: str, respond_by: str) -> OtherOffer:
    return OtherOffer(noted_on=d(noted_on), respond_by=d(respond_by))
