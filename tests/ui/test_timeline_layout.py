"""Issue 18.6: the timeline's labels never overlap and never leave the widget."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from followup_gui.ui.list.timeline_layout import (
    GAP,
    LabelLayout,
    LabelRequest,
    leaders,
    place_labels,
)


def overlapping(layout: LabelLayout) -> list[tuple[int, int]]:
    places = layout.places
    return [
        (i, j)
        for i, a in enumerate(places)
        for j, b in enumerate(places[i + 1 :], start=i + 1)
        if a.above == b.above and a.row == b.row and a.left < b.right and b.left < a.right
    ]


def test_a_label_sits_centred_on_its_mark_on_its_side() -> None:
    layout = place_labels([LabelRequest(200, 80, above=True)], 400)
    (place,) = layout.places
    assert (place.left, place.above, place.row) == (160, True, 0)
    assert (layout.rows_above, layout.rows_below) == (1, 0)


def test_labels_near_the_edges_stay_inside() -> None:
    layout = place_labels([LabelRequest(3, 90, True), LabelRequest(398, 90, False)], 400)
    assert [p.left for p in layout.places] == [0, 310]


def test_a_taken_place_sends_the_label_to_the_other_side_then_further_out() -> None:
    same_day = [LabelRequest(100, 120, above=True) for _ in range(4)]
    layout = place_labels(same_day, 400)
    assert [(p.above, p.row) for p in layout.places] == [
        (True, 0),
        (False, 0),
        (True, 1),
        (False, 1),
    ]
    assert (layout.rows_above, layout.rows_below) == (2, 2)


def test_labels_apart_share_a_row_with_a_gap() -> None:
    layout = place_labels([LabelRequest(50, 80, True), LabelRequest(150, 80, True)], 400)
    assert [p.row for p in layout.places] == [0, 0]
    assert layout.places[1].left - layout.places[0].right >= GAP


def test_a_label_wider_than_the_widget_is_cut_to_it() -> None:
    (place,) = place_labels([LabelRequest(100, 900, True)], 300).places
    assert (place.left, place.width) == (0, 300)


def test_a_label_pushed_out_gets_a_leader_where_nothing_is_in_the_way() -> None:
    layout = place_labels(
        [
            LabelRequest(100, 80, above=True),  # row 0 above
            LabelRequest(110, 80, above=True),  # row 0 below
            LabelRequest(120, 80, above=True),  # row 1 above, over the first one: no leader
            LabelRequest(300, 60, above=True),  # row 0 above
            LabelRequest(200, 120, above=True),  # row 1 below; x=200 is clear of row 0
        ],
        400,
    )
    assert [(p.above, p.row) for p in layout.places] == [
        (True, 0),
        (False, 0),
        (True, 1),
        (True, 0),
        (False, 1),
    ]
    assert leaders(layout) == [4]


def test_labels_next_to_the_line_need_no_leader() -> None:
    layout = place_labels([LabelRequest(x, 50, x % 2 == 0) for x in (40, 120, 200)], 400)
    assert leaders(layout) == []


requests = st.lists(
    st.builds(
        LabelRequest,
        x=st.floats(min_value=0, max_value=800, allow_nan=False),
        width=st.floats(min_value=1, max_value=300, allow_nan=False),
        above=st.booleans(),
    ),
    max_size=25,
)


@given(requests, st.floats(min_value=300, max_value=1600, allow_nan=False))
def test_no_two_labels_overlap_and_all_stay_inside(
    wanted: list[LabelRequest], width: float
) -> None:
    layout = place_labels(wanted, width)
    assert len(layout.places) == len(wanted)
    assert overlapping(layout) == []
    for place, request in zip(layout.places, wanted, strict=True):
        assert place.left >= 0 and place.right <= width + 1e-6
        assert place.width == min(request.width, width)
        # near its mark: centred on it, or pushed only as far as the edge demands
        if place.width < width:
            assert place.left <= request.x <= place.right or place.left in (0, width - place.width)
    assert layout.rows_above == 1 + max((p.row for p in layout.places if p.above), default=-1)
    assert place_labels(wanted, width) == layout, "the same input places the same way"


@given(requests)
def test_rows_are_used_from_the_line_outwards(wanted: list[LabelRequest]) -> None:
    layout = place_labels(wanted, 800)
    for side in (True, False):
        rows = {p.row for p in layout.places if p.above == side}
        assert rows == set(range(len(rows))), "no empty row between the line and a label"


@given(requests, st.floats(min_value=300, max_value=1600, allow_nan=False))
def test_a_leader_crosses_no_label_on_its_way(wanted: list[LabelRequest], width: float) -> None:
    layout = place_labels(wanted, width)
    for index in leaders(layout):
        place = layout.places[index]
        assert place.row > 0 and place.left <= place.x <= place.right
        for other in layout.places:
            if other.above == place.above and other.row < place.row:
                assert not other.left <= place.x <= other.right, (place, other)
