"""The parts of a pasted page or mail that are not the ad: a site's footer, a newsletter's
header and unsubscribe text. Their addresses and numbers (a switchboard, "info@",
"nyhetsbrev@") are the site's or the sender's, not the contact person's."""

from __future__ import annotations

import re
from typing import Final

# A mail's header line at the top of a pasted newsletter: "Från: Jobbhörnan <nyhetsbrev@...>".
_MAIL_HEADER: Final = re.compile(
    r"""^[ \t]{0,3}(?:från|from|avsändare|sender|reply-to|svara[ \t]+till)[ \t]*:[ \t]*
        (?P<display>[^<\n]{0,80}?)[ \t]*<?(?P<local>[^@<>\s]{1,64})@[^\n]{0,200}$""",
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)
_HEADER_REACH: Final = 400
# Words only a page's footer or a newsletter's end uses.
_FOOTER_WORD: Final = re.compile(
    r"©|\(c\)[ \t]*(?:19|20)\d\d|\bcopyright\b|integritetspolicy|cookiepolicy|privacy[ \t]+policy"
    r"|avregistrera|avsluta[ \t]+prenumeration|prenumererar|unsubscribe|tillgänglighetsredogörelse",
    re.IGNORECASE,
)
_FOOTER_HINTS: Final = (
    "©", "(c)", "copyright", "policy", "prenumer", "avregistr", "unsubscribe", "tillgänglighet",
)  # fmt: skip
_MAX_FOOTERS: Final = 10
_FOOTER_LINES: Final = 3  # lines above and below a footer word that belong to the footer


def _personal_sender(m: re.Match[str]) -> bool:
    """A person forwarding the ad ("Från: Anna Berg <anna.berg@firma.se>"), not a list."""
    words = m.group("display").strip(' "').split()
    return bool(words) and len(words[0]) > 1 and words[0].lower() in m.group("local").lower()


def _footer_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The lines around a footer word, up to a blank line, at most ``_FOOTER_LINES`` each way."""
    for _ in range(_FOOTER_LINES):
        above = text.rfind("\n", 0, max(0, start - 1))
        if start == 0 or above == -1 or not text[above + 1 : start].strip():
            break
        start = above + 1
    start = text.rfind("\n", 0, start) + 1
    for _ in range(_FOOTER_LINES):
        below = text.find("\n", end)
        if below == -1:
            return start, len(text)
        if not text[end:below].strip() and end > start:
            break
        end = below + 1
    return start, end


def _chrome_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Where the text is a mail's header or a page's footer, as (start, end) spans.

    A footer is the paragraph around a footer word, at most three lines each way, so
    "Kontakta oss | Växel 036-10 20 30 | info@..." right above "© 2026 ..." is in it.
    """
    spans = [
        (m.start(), m.end())
        for m in _MAIL_HEADER.finditer(text, 0, _HEADER_REACH)
        if not _personal_sender(m)
    ]
    if not any(hint in low for hint in _FOOTER_HINTS):
        return spans
    for count, m in enumerate(_FOOTER_WORD.finditer(text)):
        if count >= _MAX_FOOTERS:
            break
        spans.append(_footer_span(text, m.start(), m.end()))
    return spans
