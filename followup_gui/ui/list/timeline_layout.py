"""Where the timeline's labels go, so that none covers another or leaves the widget.

Pure arithmetic, no Qt: the marks' x positions and the labels' widths in, one place per
label out. Each label is centred on its mark where the edges allow, on its preferred
side of the line; where that place is taken it tries the other side, then a row further
out on each side, so a label stays as near its mark as the others let it. The widget
grows by the rows used instead of drawing labels over each other; a label pushed out a
row gets a thin line to its mark where no other label is in the way (``leaders``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

GAP = 6.0
"""Clear space between two labels in one row, in pixels."""


@dataclass(frozen=True, slots=True)
class LabelRequest:
    """One label to place: its mark's x, its width, and the side it would rather take."""

    x: float
    width: float
    above: bool


@dataclass(frozen=True, slots=True)
class LabelPlace:
    """Where one label went: its left edge, its width (never wider than the widget),
    the side of the line, the row counted outwards from the line (0 is nearest) and the
    x of the mark it names."""

    left: float
    width: float
    above: bool
    row: int
    x: float

    @property
    def right(self) -> float:
        return self.left + self.width


@dataclass(frozen=True, slots=True)
class LabelLayout:
    """Where every label goes, and how many rows of labels there are above and below."""

    places: tuple[LabelPlace, ...]
    rows_above: int
    rows_below: int


def place_labels(requests: Sequence[LabelRequest], width: float) -> LabelLayout:
    """Places the labels in the order given (earlier ones get the nearer places)."""
    taken: dict[tuple[bool, int], list[tuple[float, float]]] = {}
    places: list[LabelPlace] = []
    for request in requests:
        label_width = max(0.0, min(request.width, width))
        left = min(max(0.0, request.x - label_width / 2), width - label_width)
        side, row = _first_free(taken, request.above, left, label_width)
        taken.setdefault((side, row), []).append((left, left + label_width))
        places.append(LabelPlace(left, label_width, side, row, request.x))
    return LabelLayout(
        tuple(places),
        rows_above=1 + max((p.row for p in places if p.above), default=-1),
        rows_below=1 + max((p.row for p in places if not p.above), default=-1),
    )


def leaders(layout: LabelLayout) -> list[int]:
    """The labels that get a thin line to their mark: those a row or more out (a reader
    may take them for a nearer mark's), where the mark lies within the label's width and
    the line passes no label nearer the line (by ``GAP / 3`` at least)."""
    return [
        i
        for i, place in enumerate(layout.places)
        if place.row > 0
        and place.left <= place.x <= place.right
        and not any(
            other.above == place.above
            and other.row < place.row
            and other.left - GAP / 3 <= place.x <= other.right + GAP / 3
            for other in layout.places
        )
    ]


def _first_free(
    taken: dict[tuple[bool, int], list[tuple[float, float]]],
    above: bool,
    left: float,
    width: float,
) -> tuple[bool, int]:
    """The nearest free row: the preferred side, then the other, then one row further."""
    row = 0
    while True:
        for side in (above, not above):
            if _free(taken, side, row, left, width):
                return side, row
        row += 1


def _free(
    taken: dict[tuple[bool, int], list[tuple[float, float]]],
    above: bool,
    row: int,
    left: float,
    width: float,
) -> bool:
    return all(
        left + width + GAP <= start or end + GAP <= left
        for start, end in taken.get((above, row), ())
    )
