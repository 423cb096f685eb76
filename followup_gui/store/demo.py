"""The example data: invented applications that show every kind of advice.

The file was written for one moment (its ``demo.reference_now``); opened on another
day, every date moves by whole weeks so that the examples read as they were meant to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..model import Application, Contact, Document, Interview, Moment, OtherOffer

REFERENCE_KEY = "demo"


def reference_now(document: Document) -> dt.datetime | None:
    """The moment the example data was written for, if it says."""
    meta = document.extra.get(REFERENCE_KEY)
    if isinstance(meta, dict) and isinstance(meta.get("reference_now"), str):
        try:
            return dt.datetime.fromisoformat(meta["reference_now"])
        except ValueError:
            return None
    return None


def weeks_to_shift(document: Document, today: dt.date) -> int:
    reference = reference_now(document)
    if reference is None:
        return 0
    return round((today - reference.date()).days / 7)


def shift_document(document: Document, weeks: int) -> Document:
    """A copy of ``document`` with every date moved by ``weeks`` weeks."""
    if not weeks:
        return document
    delta = dt.timedelta(weeks=weeks)
    return replace(document, applications=[_shift_app(a, delta) for a in document.applications])


def _day(value: dt.date | None, delta: dt.timedelta) -> dt.date | None:
    return None if value is None else value + delta


def _moment(moment: Moment, delta: dt.timedelta) -> Moment:
    return Moment(moment.value + delta, moment.date_only)


def _shift_app(app: Application, delta: dt.timedelta) -> Application:
    offer = app.other_offer
    return replace(
        app,
        applied_on=_day(app.applied_on, delta),
        deadline=_day(app.deadline, delta),
        ad_reply_by=_day(app.ad_reply_by, delta),
        interviews=[
            Interview(_moment(i.at, delta), _day(i.promised_reply_by, delta), dict(i.extra))
            for i in app.interviews
        ],
        other_offer=None
        if offer is None
        else OtherOffer(offer.noted_on + delta, offer.respond_by + delta, dict(offer.extra)),
        contacts=[
            Contact(_moment(c.at, delta), c.channel, c.purpose, c.note, dict(c.extra))
            for c in app.contacts
        ],
    )
