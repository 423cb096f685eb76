"""Sets of whole ads with the facts a careful reader finds in them, and the ad reader's
accuracy on each (tests/test_adtext_unseen2.py … unseen10.py), and the tests every such
module runs: the set is whole, the reader reaches the goal on it, and the "relatives" of
its misses (other wordings, and the same words where the fact is absent) read as stated.

A set is a folder of ``*.txt`` ads and an ``expected.json`` holding ``"ads"`` (file name →
expected facts) and a ``"reference"`` day, for the whole set or per ad. An expected value
may be a list of values that are all right. Comparison: dates, flags, names and towns
exactly; an e-mail address case-insensitively; a phone number by its digits, with +46 /
0046 and a "(0)" read as the leading 0 (the reader may keep the number as the ad writes it).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

from followup_gui.adtext import AdFacts, analyse

FIELDS = (
    "deadline",
    "rolling_selection",
    "ad_reply_by",
    "ad_no_calls",
    "ad_only_shortlisted_contacted",
    "contact_name",
    "contact_email",
    "contact_phone",
    "town",
)
GOAL = 0.99


def _phone_digits(phone: str) -> str:
    phone = phone.replace("(0)", "")
    digits = re.sub(r"\D", "", phone)
    if phone.lstrip().startswith("+46"):
        return "0" + digits[2:]
    if digits.startswith("0046"):
        return "0" + digits[4:]
    return digits


def normal(fact: str, value: object) -> object:
    """A fact's value in the form two readings are compared in."""
    if value is None or value is False or value is True:
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if fact == "contact_phone":
        return _phone_digits(str(value))
    if fact == "contact_email":
        return str(value).lower()
    return value


@dataclass(frozen=True)
class AdSet:
    folder: Path

    @cached_property
    def expected(self) -> dict[str, object]:
        doc: dict[str, object] = json.loads(
            (self.folder / "expected.json").read_text(encoding="utf-8")
        )
        return doc

    @property
    def ads(self) -> dict[str, dict[str, object]]:
        ads: dict[str, dict[str, object]] = self.expected["ads"]  # type: ignore[assignment]
        return ads

    def read(self, name: str) -> AdFacts:
        text = (self.folder / name).read_text(encoding="utf-8")
        reference = self.ads[name].get("reference") or self.expected["reference"]
        return analyse(text, dt.date.fromisoformat(str(reference)))

    def misses(self) -> list[tuple[str, str, object, object]]:
        """(ad, fact, read, expected) for every fact read wrong."""
        wrong = []
        for name, want in self.ads.items():
            got = self.read(name)
            for fact in FIELDS:
                read = getattr(got, fact)
                given = want[fact]
                options: list[object] = given if isinstance(given, list) else [given]
                if not any(normal(fact, read) == normal(fact, o) for o in options):
                    wrong.append((name, fact, normal(fact, read), want[fact]))
        return wrong

    def share_right(self) -> float:
        total = len(self.ads) * len(FIELDS)
        return (total - len(self.misses())) / total

    def table(self) -> str:
        """Accuracy per fact and in all, and every miss, as lines of text."""
        count = len(self.ads)
        wrong = self.misses()
        lines = [f"{'fact':32} right / {count}"]
        for fact in FIELDS:
            right = count - sum(1 for m in wrong if m[1] == fact)
            lines.append(f"{fact:32} {right:5} ({100 * right / count:5.1f} %)")
        total = count * len(FIELDS)
        right = total - len(wrong)
        lines.append(f"{'all facts':32} {right:5} / {total} ({100 * right / total:.1f} %)")
        lines += [f"  {ad} {fact}: read {got!r}, expected {exp!r}" for ad, fact, got, exp in wrong]
        return "\n".join(lines)

    def whole(self) -> bool:
        """Forty ads, one file each, every fact given."""
        return (
            len(self.ads) == 40
            and sorted(self.ads) == sorted(p.name for p in self.folder.glob("*.txt"))
            and all(set(FIELDS) <= set(want) for want in self.ads.values())
        )


Relatives = list[tuple[str, str, dict[str, object]]]
"""(test id, text, the facts it states): only the facts named are checked."""


def set_tests(ad_set: AdSet) -> tuple[Any, Any]:
    """``test_the_set_is_whole`` and ``test_accuracy_on_the_set`` for ``ad_set``; a module
    takes them as its own by assigning them to those names."""

    def test_the_set_is_whole() -> None:
        assert ad_set.whole()

    def test_accuracy_on_the_set() -> None:
        assert ad_set.share_right() >= GOAL, ad_set.table()

    return test_the_set_is_whole, test_accuracy_on_the_set


def relatives_test(relatives: Relatives, reference: dt.date) -> Any:
    """``test_relatives_of_the_failures``: each text of ``relatives``, read at ``reference``,
    states exactly the facts given for it."""

    @pytest.mark.parametrize(("text", "stated"), [(t, s) for _n, t, s in relatives],
                             ids=[n for n, _t, _s in relatives])  # fmt: skip
    def test_relatives_of_the_failures(text: str, stated: dict[str, object]) -> None:
        facts = analyse(text, reference)
        assert {fact: getattr(facts, fact) for fact in stated} == stated

    return test_relatives_of_the_failures
