"""The overview's figures in words: what each counts, its table (for screen readers and
"copy as table"), the JSON of ``stats --json`` and the text for a terminal.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from ..i18n import Lang, format_date, format_datetime, month_name
from .stats import (
    TOO_FEW,
    TOO_FEW_LABEL,
    AnswerGroup,
    Label,
    Median,
    Rate,
    Stats,
    Step,
    number,
    percent,
    week_name,
)

# --- words ---------------------------------------------------------------------------------


class Table(NamedTuple):
    """A figure as rows of text: "copy as table", and the words a screen reader says."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def as_tsv(self) -> str:
        """Tab-separated, one row a line: pastes into a spreadsheet as cells."""
        lines = ["\t".join(self.headers), *("\t".join(row) for row in self.rows)]
        return "\n".join(lines) + "\n"

    def as_sentences(self) -> str:
        """ "Vecka 45: Från måndag 2 november, Ansökningar 3. …": each row with its headers,
        for a screen reader."""
        return " ".join(
            f"{row[0]}: "
            + ", ".join(f"{h} {v}" for h, v in zip(self.headers[1:], row[1:], strict=True) if v)
            + "."
            for row in self.rows
        )


_HEADERS: dict[str, Label] = {
    "week": Label("Vecka", "Week"),
    "monday": Label("Från", "From"),
    "applications": Label("Ansökningar", "Applications"),
    "weekly_target": Label("Mål per vecka", "Target a week"),
    "step": Label("Steg", "Step"),
    "count": Label("Antal", "Count"),
    "of_all": Label("Andel av alla", "Share of all"),
    "of_previous": Label("Andel av steget före", "Share of the step before"),
    "source": Label("Källa", "Source"),
    "how": Label("Typ av ansökan", "How"),
    "applied": Label("Sökta", "Applied"),
    "answered": Label("Fick svar", "Answered"),
    "rate": Label("Andel med svar", "Answer rate"),
    "median": Label("Dagar till svar (median)", "Days to an answer (median)"),
    "dated": Label("Daterade svar", "Dated answers"),
    "timing": Label("När", "When"),
    "followed": Label("Fick svar", "Followed by an answer"),
    "share": Label("Andel", "Share"),
    "month": Label("Månad", "Month"),
    "sent": Label("Skickade", "Sent"),
    "target": Label("Mål", "Target"),
    "remaining": Label("Kvar", "To go"),
    "reported": Label("Rapporterad", "Reported"),
}
_YES_NO: dict[bool, Label] = {True: Label("ja", "yes"), False: Label("nej", "no")}


def tables(stats: Stats, lang: Lang) -> dict[str, Table]:
    """Every figure as a table, keyed like :meth:`Stats.about`."""
    return {key: table(stats, key, lang) for key in FIGURES}


FIGURES = ("per_week", "funnel", "by_source", "by_how", "follow_ups", "month")
"""The overview's figures, in the order they are shown."""


def table(stats: Stats, key: str, lang: Lang) -> Table:
    """One figure (a key of :data:`FIGURES`) as a table; only ``follow_ups`` times them."""

    def heads(*keys: str) -> tuple[str, ...]:
        return tuple(_HEADERS[key].text(lang) for key in keys)

    def share(rate: Rate) -> str:
        value = rate.value
        return TOO_FEW_LABEL.text(lang) if value is None else percent(value, lang)

    def median(days: Median) -> str:
        return TOO_FEW_LABEL.text(lang) if days.value is None else number(days.value, lang)

    if key == "per_week":
        weekly = stats.weekly_target
        target = "" if weekly is None else number(round(weekly, 1), lang)
        return Table(
            heads("week", "monday", "applications", "weekly_target"),
            tuple(
                (
                    week_name(w.monday, lang).capitalize(),
                    format_date(w.monday, lang, ref_year=stats.now.year),
                    str(w.applications),
                    target,
                )
                for w in stats.weeks
            ),
        )
    if key == "funnel":
        return Table(
            heads("step", "count", "of_all", "of_previous"),
            tuple(
                (s.label.text(lang), str(s.count), share(s.of_first), share(s.of_previous))
                for s in stats.funnel
            ),
        )
    if key in ("by_source", "by_how"):
        groups = stats.by_source if key == "by_source" else stats.by_how
        return Table(
            heads(
                "source" if key == "by_source" else "how",
                "applied",
                "answered",
                "rate",
                "median",
                "dated",
            ),
            tuple(
                (
                    g.label.text(lang),
                    str(g.applied),
                    str(g.answered),
                    share(g.rate),
                    median(g.days),
                    str(g.days.count),
                )
                for g in groups
            ),
        )
    if key == "follow_ups":
        return Table(
            heads("timing", "count", "followed", "share"),
            tuple(
                (g.label.text(lang), str(g.count), str(g.answered.count), share(g.answered))
                for g in stats.follow_ups.groups
            ),
        )
    if key == "month":
        month = stats.month
        return Table(
            heads("month", "sent", "target", "remaining", "reported"),
            (
                (
                    f"{month_name(month.month[1], lang)} {month.month[0]}",
                    str(month.sent),
                    "" if month.target is None else str(month.target),
                    "" if month.remaining is None else str(month.remaining),
                    _YES_NO[month.reported].text(lang),
                ),
            ),
        )
    raise KeyError(key)


def as_json(stats: Stats, lang: Lang) -> dict[str, Any]:
    """The ``stats --json`` object (contract 2 keys ``funnel`` and ``per_week`` first)."""
    about = stats.about()
    return {
        "now": stats.now.strftime("%Y-%m-%dT%H:%M"),
        "funnel": {step.step.value: step.count for step in stats.funnel},
        "per_week": [
            {"week": w.week, "from": w.monday.isoformat(), "applications": w.applications}
            for w in stats.weeks
        ],
        "monthly_target": stats.monthly_target,
        "weekly_target": None if stats.weekly_target is None else round(stats.weekly_target, 2),
        "funnel_steps": [
            {
                "step": s.step.value,
                "label": s.label.text(lang),
                "count": s.count,
                "share_of_all": _share(s.of_first),
                "share_of_previous": _share(s.of_previous),
            }
            for s in stats.funnel
        ],
        "answers": _group_json(stats.answers, lang),
        "by_source": [_group_json(g, lang) for g in stats.by_source],
        "by_how": [_group_json(g, lang) for g in stats.by_how],
        "follow_ups": {
            "total": stats.follow_ups.total,
            **{g.timing.value: g.count for g in stats.follow_ups.groups},
            "followed_by_answer": stats.follow_ups.answered.count,
            "answer_rate": _share(stats.follow_ups.answered),
        },
        "month": {
            "month": stats.month.key,
            "applications": stats.month.sent,
            "target": stats.month.target,
            "reported": stats.month.reported,
        },
        "period": {
            "from": None if stats.first_applied is None else stats.first_applied.isoformat(),
            "to": stats.now.date().isoformat(),
        },
        "too_few": TOO_FEW,
        "about": {
            key: {
                "title": a.title.text(lang),
                "counts": a.counts.text(lang),
                "period": a.period.text(lang),
            }
            for key, a in about.items()
        },
    }


def _share(rate: Rate) -> float | None:
    value = rate.value
    return None if value is None else round(value, 4)


def _group_json(group: AnswerGroup, lang: Lang) -> dict[str, Any]:
    return {
        "key": group.key,
        "label": group.label.text(lang),
        "applied": group.applied,
        "answered": group.answered,
        "answer_rate": _share(group.rate),
        "dated_answers": group.days.count,
        "median_days": group.days.value,
    }


# --- text for a terminal -----------------------------------------------------------------------

_TEXT: dict[str, Label] = {
    "title": Label("Översikt {day}", "Overview {day}"),
    "target": Label(
        "Mål: {target} per månad ≈ {week} per vecka", "Target: {target} a month ≈ {week} a week"
    ),
    "no_target": Label(
        "Inget mål per månad är satt i profilen.", "No monthly target is set in the profile."
    ),
    "of_all": Label("av alla", "of all"),
    "of_previous": Label("av steget före", "of the step before"),
    "rate": Label("fick svar", "answer rate"),
    "median": Label("median till svar", "median to an answer"),
    "answered": Label("fick svar", "followed by an answer"),
    "month_line": Label(
        "{sent} av {target} ansökningar, {remaining} kvar",
        "{sent} of {target} applications, {remaining} to go",
    ),
    "month_no_target": Label(
        "{sent} ansökningar (inget mål i profilen)", "{sent} applications (no target set)"
    ),
    "month_no_target_one": Label(
        "1 ansökan (inget mål i profilen)", "1 application (no target set)"
    ),
    "reported": Label("Rapporten är markerad som skickad.", "The report is marked as sent."),
    "not_reported": Label(
        "Rapporten är inte markerad som skickad. Visa den: followup-gui report --month {month}",
        "The report is not marked as sent: followup-gui report --month {month}",
    ),
    "in_progress": Label(
        "Månaden pågår: ansökningarna räknas fortfarande.\n"
        "Rapporten så här långt: followup-gui report --month {month}",
        "The month is in progress: applications are still being counted.\n"
        "The report so far: followup-gui report --month {month}",
    ),
    "none_sent": Label("Inga ansökningar än.", "No applications yet."),
}


def as_text(stats: Stats, lang: Lang) -> str:
    """The overview for a terminal: each figure with what it counts and its period."""
    import textwrap  # noqa: PLC0415 - only the command's text needs it

    def say(key: str, **values: object) -> str:
        return _TEXT[key].text(lang).format(**values)

    about = stats.about()
    day = format_datetime(stats.now, lang)
    lines = [say("title", day=day), ""]

    def heading(key: str) -> None:
        a = about[key]
        lines.append(a.title.text(lang))
        what = f"{a.counts.text(lang)}; {a.period.text(lang)}."
        lines.extend(textwrap.wrap(what[0].upper() + what[1:], 90, initial_indent="  ",
                                   subsequent_indent="  "))  # fmt: skip

    heading("per_week")
    widest = max((w.applications for w in stats.weeks), default=0)
    for week in stats.weeks:
        bar = "█" * round(week.applications * 30 / widest) if widest else ""
        lines.append(f"  {week_name(week.monday, lang):<9} {week.applications:>3}  {bar}".rstrip())
    weekly = stats.weekly_target
    if stats.monthly_target is None or weekly is None:
        lines.append("  " + say("no_target"))
    else:
        lines.append("  " + say("target", target=stats.monthly_target, week=number(weekly, lang)))
    lines.append("")

    heading("funnel")
    names = [s.label.text(lang) for s in stats.funnel]
    width = max(len(name) for name in names)
    for step, name in zip(stats.funnel, names, strict=True):
        share = "" if step.step is Step.SAVED else (
            f"  {_short(step.of_first, lang)} {say('of_all')}, "
            f"{_short(step.of_previous, lang)} {say('of_previous')}"
        )  # fmt: skip
        lines.append(f"  {name.ljust(width)}  {step.count:>4}{share}")
    lines.append("")

    for key, groups in (("by_source", stats.by_source), ("by_how", stats.by_how)):
        heading(key)
        shown = [g for g in groups if g.applied]
        if not shown:
            lines.append("  " + say("none_sent"))
        width = max((len(g.label.text(lang)) for g in shown), default=0)
        for group in shown:
            lines.append(
                f"  {group.label.text(lang).ljust(width)}  {say('rate')} "
                f"{group.rate.words(lang)}; {say('median')} {group.days.words(lang)}"
            )
        lines.append("")

    heading("follow_ups")
    follow_ups = stats.follow_ups
    width = max(len(g.label.text(lang)) for g in follow_ups.groups)
    for timing in follow_ups.groups:
        answered = f"  {say('answered')} {timing.answered.words(lang)}" if timing.count else ""
        lines.append(f"  {timing.label.text(lang).ljust(width)}  {timing.count:>3}{answered}")
    lines.append(f"  {say('answered').capitalize()}: {follow_ups.answered.words(lang)}")
    lines.append("")

    heading("month")
    progress = stats.month
    if progress.target is None:
        one = progress.sent == 1
        key = "month_no_target_one" if one else "month_no_target"
        lines.append("  " + say(key, sent=progress.sent))
    else:
        lines.append(
            "  "
            + say(
                "month_line",
                sent=progress.sent,
                target=progress.target,
                remaining=progress.remaining,
            )
        )
    state = "reported" if progress.reported else "in_progress" if progress.in_progress else (
        "not_reported"
    )  # fmt: skip
    lines.extend("  " + line for line in say(state, month=progress.key).splitlines())
    lines.append("")
    return "\n".join(lines)


def _short(rate: Rate, lang: Lang) -> str:
    value = rate.value
    return TOO_FEW_LABEL.text(lang) if value is None else percent(value, lang)
