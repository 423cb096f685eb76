"""``plain_text.escape`` is ``html.escape`` (which the start does not import)."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from followup_gui.ui.plain_text import escape


@given(st.text())
def test_escape_is_html_escape(text: str) -> None:
    assert escape(text) == html.escape(text)


def test_a_job_title_with_markup_stays_text() -> None:
    assert escape("<a href=\"x\">Klicka</a> & 'mer'") == (
        "&lt;a href=&quot;x&quot;&gt;Klicka&lt;/a&gt; &amp; &#x27;mer&#x27;"
    )
