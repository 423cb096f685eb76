"""The job title and employer from an ad's first line (issue 18.3)."""

from __future__ import annotations

import pytest

from followup_gui.reading.ad_heading import Heading, read_heading


@pytest.mark.parametrize(
    ("ad", "expected"),
    [
        ("Kafferosteriet i Ystad AB söker en butikssäljare\n\nVi söker dig…",
         Heading("Butikssäljare", "Kafferosteriet i Ystad AB")),
        ("\n  Region Skåne söker sjuksköterskor  \n", Heading("Sjuksköterskor", "Region Skåne")),
        ("Acme Ltd is hiring a Warehouse Operative", Heading("Warehouse Operative", "Acme Ltd")),
        ("Acme Ltd is looking for an Engineer.", Heading("Engineer", "Acme Ltd")),
        ("Butikssäljare till Kafferosteriet", None),
        ("Vi söker dig som älskar kaffe, och människor", None),
        ("", None),
    ],
)  # fmt: skip
def test_first_line(ad: str, expected: Heading | None) -> None:
    assert read_heading(ad) == expected
