"""Numbers and addresses an ad gives for something other than the job: customer service,
support, press, fault reports, orders, invoices, tenants' questions, sick calls, help with
the application system, and the firm's line at the foot of the ad. None of them is the
contact person's: when the contact has no number or address of their own, the ad has none
to give (issue 24, set 9)."""

from __future__ import annotations

import re
from typing import Final

# What a number or address is for, said in its sentence before it ("Kundtjänst: 060-...",
# "Har du frågor om en leverans? Vänd dig till vår kundtjänst på ...", "For press enquiries,
# contact press@...", "Hyresgäst? Felanmälan görs på ...").
_OTHER_PURPOSE: Final = re.compile(
    r"""(?<![\w-])(?:kundtjänst(?:en)?|kundservice|kundsupport|kundcenter
      | customer[ \t]+(?:service|support|care|centre|center)
      | (?:tech(?:nical)?[ \t]+)?support(?:en)? | press(?:frågor|kontakt|tjänst|jour)?
      | media(?:frågor|kontakt)?[ \t]*(?=:|[ \t]+(?:enquir|inquir))
      | journalist(?:er)? | (?:press|media)[ \t]+(?:enquiries|inquiries|contact)
      | felanmälan | felanmälningar | fault[ \t]+reports? | service(?:ärenden|ärende|anmälan)
      | service[ \t]+requests? | beställning(?:ar)? | reklamation(?:er)? | returer | orders?
      | order(?:frågor)? | faktur(?:a|or|ering|afrågor) | invoices? | invoicing | billing
      | sjukanmälan | vid[ \t]+sjukdom | frånvaroanmälan | hyresgäst(?:er|frågor)? | tenants?
      | befintliga[ \t]+kunder | existing[ \t]+customers | är[ \t]+du[ \t]+kund
      | are[ \t]+you[ \t]+a[ \t]+customer | leverans(?:er|frågor)? | deliver(?:y|ies)
      | tekniska[ \t]+problem | technical[ \t]+(?:problems|issues|questions|help))(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
# ... or said right after it ("... rekrytering@firma.se vid tekniska problem med
# ansökningssystemet", "... 08-123 45 67 (kundtjänst)").
_PURPOSE_AFTER: Final = re.compile(
    r"""[ \t]*(?:[,(–-][ \t]*)?(?:vid|för|for|if[ \t]+you[ \t]+have|with|om[ \t]+du[ \t]+har)?
        [ \t]*(?:tekniska[ \t]+problem|technical[ \t]+(?:problems|issues|questions)
        |kundtjänst|kundservice|support|felanmälan|press(?:frågor)?|orders?|fakturor)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# An address that says what it is for: kundtjanst@, support@, press@, order@, faktura@ ...
_PURPOSE_LOCAL: Final = re.compile(
    r"""(?:kundtjanst|kundtjänst|kundservice|kundsupport|customerservice|customer[._-]?service
      |support|helpdesk|press|media|order|orders|bestallning|faktura|fakturor|invoice|invoices
      |billing|felanmalan|felanmälan|service|reklamation|retur|returns|delivery|leverans)""",
    re.IGNORECASE | re.VERBOSE,
)
_SENTENCE_STOP: Final = re.compile(r"[.!?](?=[ \t])")
_REACH: Final = 120  # how far before a number its purpose may be named


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (its line at most, ``_REACH`` back at most)."""
    start = max(text.rfind("\n", 0, pos) + 1, pos - _REACH)
    for stop in _SENTENCE_STOP.finditer(text, start, pos):
        start = stop.end()
    return start


def _for_something_else(
    text: str, start: int, end: int, name: str | None, *, address: str | None = None
) -> bool:
    """Whether the number or address at ``text[start:end]`` is given for another purpose
    than the job (see the module's docstring). Not when the contact person is named between
    the purpose and the number ("Mejla vår Head of Support Ola Wik, ola.wik@...")."""
    if address is not None and _PURPOSE_LOCAL.fullmatch(address.split("@", 1)[0]):
        return True
    begin = _sentence_start(text, start)
    purposes = list(_OTHER_PURPOSE.finditer(text, begin, start))
    if purposes:
        between = text[purposes[-1].end() : start]
        return name is None or not any(part in between for part in name.split())
    return _PURPOSE_AFTER.match(text, end, min(len(text), end + 60)) is not None


# The firm's own line, at the foot of the ad or of a page: its name with an org. number or
# a postal address ("Brandt & Co, Södergatan 4, 211 34 Malmö, tfn 040-611 20 00",
# "Nordlys Energy AB · Org.nr 559212-3344 · ... · +46 8 120 400 00").
_FIRM_LINE: Final = re.compile(
    r"\borg(?:anisations)?\.?[ \t-]*(?:nr|nummer)\b"
    r"|(?<![\w+/-])(?<!\d[ \t])(?-i:[1-9]\d{2}[ \t]?\d{2}[ \t]+[A-ZÅÄÖ][a-zåäö])",
    re.IGNORECASE,
)
# "nås via växeln", "reached through our switchboard": the firm's number is the way to them.
_VIA_SWITCHBOARD: Final = re.compile(
    r"\b(?:via|genom|through)[ \t]+(?:vår[ \t]+|our[ \t]+|the[ \t]+)?"
    r"(?:växel|växeln|vx|switchboard)",
    re.IGNORECASE,
)


def _on_firm_line(text: str, start: int) -> bool:
    """Whether the number or address at ``start`` follows the firm's org. number or postal
    address on its line, unless the ad says to reach the contact through the switchboard."""
    line_start = text.rfind("\n", 0, start) + 1
    if _FIRM_LINE.search(text, line_start, start) is None:
        return False
    return _VIA_SWITCHBOARD.search(text) is None
