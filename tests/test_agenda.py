"""The agenda with rules v2: saved ads carry ``apply``, most urgent first."""

from __future__ import annotations

from followup_gui.model import Application, Purpose, Stage
from followup_gui.rules.agenda import agenda_items, as_json, as_table
from followup_gui.rules.headline import headline, window_words

from .factories import contact, d, make_app, t

NOW = t("2026-05-20T09:00")


def saved(app_id: str, deadline: str | None) -> Application:
    return make_app(
        id=app_id, stage=Stage.SAVED, applied_on=None, deadline=deadline and d(deadline)
    )


APPS = [
    saved("ad-later", "2026-06-10"),
    saved("ad-none", None),
    make_app(id="waiting", deadline=d("2026-05-15")),
    saved("ad-soon", "2026-05-22"),
    make_app(id="follow-up", deadline=d("2026-05-08")),
    make_app(id="answered", contacts=[contact("2026-05-12T10:00", Purpose.FOLLOW_UP)]),
]


def test_json_carries_apply_with_the_deadline_as_latest() -> None:
    data = as_json(agenda_items(APPS, NOW, lang="en"), NOW)
    items = {item["id"]: item for item in data["items"]}
    assert items["ad-soon"]["action"] == "apply"
    assert items["ad-soon"]["earliest"] is None
    assert items["ad-soon"]["latest"] == "2026-05-22"
    assert items["ad-soon"]["channel"] is None
    assert [r["rule"] for r in items["ad-soon"]["reasons"]] == ["apply_by_deadline"]
    assert items["ad-none"]["latest"] is None
    assert [r["rule"] for r in items["ad-none"]["reasons"]] == ["apply_no_deadline"]


def test_most_urgent_first_and_saved_ads_by_deadline() -> None:
    order = [item.application.id for item in agenda_items(APPS, NOW)]
    assert order == ["follow-up", "ad-soon", "waiting", "ad-later", "ad-none", "answered"]


def test_the_table_marks_a_near_deadline_as_due() -> None:
    table = as_table(agenda_items(APPS, NOW, lang="sv"), NOW, "sv", with_reasons=False)
    rows = [line for line in table.splitlines() if "Sök" in line]
    assert rows[0].startswith("! Sök") and "22 maj" in rows[0]
    assert rows[1].startswith("  Sök") and "10 jun" in rows[1]
    assert rows[2].startswith("  Sök") and rows[2].split()[1] == "Ekonomiassistent"


def test_headlines_for_saved_ads() -> None:
    ads = (saved("a", "2026-05-21"), saved("b", "2026-05-18"), saved("c", None))
    soon, later, none = (agenda_items([ad], NOW)[0].verdict for ad in ads)
    assert headline(soon, NOW, "sv") == "Sök senast i morgon"
    assert headline(later, NOW, "sv") == "Sista ansökningsdagen har passerat (måndag 18 maj)"
    assert headline(none, NOW, "en") == "Apply soon – no deadline given"
    assert window_words(soon, "sv", 2026) == "21 maj"
    assert window_words(none, "sv", 2026) == ""


def test_the_headline_after_long_silence() -> None:
    app = make_app(
        applied_on=d("2026-03-20"), contacts=[contact("2026-04-01T10:00", Purpose.FOLLOW_UP)]
    )
    verdict = agenda_items([app], NOW)[0].verdict
    assert (
        headline(verdict, NOW, "sv")
        == "Inget svar på länge – fundera på att avsluta ansökan och gå vidare"
    )
    quiet = agenda_items([app], t("2026-04-10T09:00"))[0].verdict
    assert headline(quiet, NOW, "en") == "Wait for their answer – you have already followed up"


def test_a_window_that_has_passed_says_so() -> None:
    app = make_app(id="late", applied_on=d("2026-04-10"), deadline=d("2026-04-20"))
    late = agenda_items([app], NOW)[0].verdict
    assert late.action.value == "follow_up" and late.latest == d("2026-05-04")
    assert window_words(late, "sv", 2026) == "27 apr – 4 maj"  # without today: the dates
    assert window_words(late, "sv", 2026, today=NOW.date()) == "Gick ut 4 maj"
    assert window_words(late, "en", 2026, today=NOW.date()) == "Ended 4 May"
    open_now = agenda_items([make_app(id="open", deadline=d("2026-05-08"))], NOW)[0].verdict
    assert open_now.action.value == "follow_up"
    assert window_words(open_now, "sv", 2026, today=NOW.date()) == "15 maj – 22 maj"
    gone = agenda_items([saved("b", "2026-05-18")], NOW)[0].verdict
    assert window_words(gone, "sv", 2026, today=NOW.date()) == "Gick ut 18 maj"
    assert window_words(gone, "en", 2026, today=NOW.date()) == "Passed 18 May"
    table = as_table(agenda_items([app], NOW), NOW, "sv", with_reasons=False)
    assert "Gick ut 4 maj" in table
