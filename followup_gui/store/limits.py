"""How big and how old anything in a store may be: beyond these a file is broken or hostile."""

from __future__ import annotations

import datetime as dt

# ----------------------------------------------------------------------- limits
# A store is written by this app or by hand; anything beyond these is a broken or hostile
# file, refused at load with a message (DESIGN.md "Contract 1"; issue 13, items 1-4).

MAX_FILE_BYTES = 256 * 1024 * 1024
"""The largest store read: 10,000 applications with their ad texts take 17 MB, so this
leaves room for 100,000 and more, and a link to ``/dev/zero`` is refused at once."""

FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)
"""Dates in every date field lie between these: a job search lives in a few years around
today, and the advice engine adds weeks and working days to them, which must never leave
``date``'s range (years 1..9999)."""

MAX_SHORT_TEXT = 1_000
"""Characters of a name-like field: id, job title, company, town, a person's name, e-mail
address or phone number, an activity's id."""
MAX_URL_TEXT = 10_000
"""Characters of an address: the ad's URL, the LinkedIn profile, an attachment's path."""
MAX_LONG_TEXT = 200_000
"""Characters of free text: the ad's text, notes, a contact's or an attachment's note
(a long ad is about 20,000)."""
MAX_INTERVIEWS = 1_000
MAX_CONTACTS = 10_000
MAX_ATTACHMENTS = 1_000
"""The most entries of each list of one application."""
MAX_ACTIVITIES = 100_000
MAX_REPORTED_MONTHS = 10_000
MAX_MONTHLY_TARGET = 10_000
MAX_TOMBSTONES = 200_000
"""Deletions remembered in ``deleted`` (format v2.1); they are pruned after 400 days."""
