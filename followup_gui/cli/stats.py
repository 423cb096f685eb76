"""``followup-gui stats``: the overview's figures on the command line (text or JSON).

cli.py holds the parser lines and hands over the loaded store, so that its errors stay
the command line's own (exit 2 with a message).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TextIO

from ..i18n import Lang
from ..model import Document
from ..reports.stats import compute
from ..reports.stats_tables import as_json, as_text


def run_stats(
    document: Document, now: dt.datetime, lang: Lang, out: TextIO, *, as_object: bool
) -> None:
    """Print the figures as of ``now``: a text in ``lang``, or one JSON object."""
    stats = compute(document, now)
    if as_object:
        out.write(json.dumps(as_json(stats, lang), ensure_ascii=False))
        out.write("\n")
    else:
        out.write(as_text(stats, lang))
