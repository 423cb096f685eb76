"""Issue 13.E: only one plain e-mail address goes into a mailto: link."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_gui.writing.email_address import AddressProblem, address_problem


@pytest.mark.parametrize(
    "address",
    ["eva.sjoberg@vattern.example", "  a+b@c.se ", "anna_o'neil@räksmörgås.se", "x@a-b.co.uk", ""],
)
def test_one_address_passes(address: str) -> None:
    assert address_problem(address) is None


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("a@b.se,c@d.se", AddressProblem.LIST),
        ("a@b.se; c@d.se", AddressProblem.LIST),
        ("a@b.se\nBcc: c@d.se", AddressProblem.LINE_BREAK),
        ("a@b.se\r", AddressProblem.LINE_BREAK),
        ("a@b.se\u2028", AddressProblem.LINE_BREAK),
        ("a b@c.se", AddressProblem.SPACE),
        ("a@b.se\u00a0", AddressProblem.SPACE),
        ("Eva <a@b.se>", AddressProblem.SPACE),
        ("<a@b.se>", AddressProblem.NOT_ONE_ADDRESS),
        ("a@b@c.se", AddressProblem.NOT_ONE_ADDRESS),
        ("a@localhost", AddressProblem.NOT_ONE_ADDRESS),
        ("a..b@c.se", AddressProblem.NOT_ONE_ADDRESS),
        ("a@-b.se", AddressProblem.NOT_ONE_ADDRESS),
        ('"a"@b.se', AddressProblem.NOT_ONE_ADDRESS),
        ("a@b.se?cc=c@d.se", AddressProblem.NOT_ONE_ADDRESS),
        ("a" * 250 + "@b.se", AddressProblem.NOT_ONE_ADDRESS),
    ],
)
def test_what_could_add_recipients_or_headers_is_refused(
    address: str, problem: AddressProblem
) -> None:
    assert address_problem(address) is problem


@given(st.text())
def test_a_passing_address_has_one_at_and_nothing_that_splits_it(text: str) -> None:
    if address_problem(text) is None and text.strip(" \t"):
        address = text.strip(" \t")
        assert address.count("@") == 1
        assert not any(ch in address for ch in ',;<>"\r\n\x00')
        assert not any(ch.isspace() for ch in address)
