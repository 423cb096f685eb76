"""Which spreadsheet column holds which field: a guess from the headers, and the rows read.

The guess knows Swedish and English headers (our own export's among them); the caller
may change it before the rows are read (the import wizard's mapping step). Reading never
stops at a bad cell: each problem is reported with its line, and the row is kept where
it still makes an application (a bad deadline is dropped, a bad application date is not
guessed: that row is left out).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from ..i18n import Lang
from ..model import Application, Source, Stage
from ..reports.csv_cells import restore
from .dates import DateError, parse_day
from .table import Table

__all__ = [
    "Column",
    "MappingError",
    "ParsedRow",
    "RowProblem",
    "apply_row",
    "column_label",
    "guess_mapping",
    "read_rows",
]


class Column(StrEnum):
    """The application fields a spreadsheet column can fill."""

    IGNORE = "ignore"
    ID = "id"
    JOB_TITLE = "job_title"
    COMPANY = "company"
    APPLIED_ON = "applied_on"
    DEADLINE = "deadline"
    STAGE = "stage"
    TOWN = "town"
    CONTACT_NAME = "contact_name"
    CONTACT_EMAIL = "contact_email"
    CONTACT_PHONE = "contact_phone"
    AD_URL = "ad_url"
    SOURCE = "source"
    NOTES = "notes"
    """Several columns may go to the notes; each becomes a line "Header: value"."""


_LABELS: Final[Mapping[Lang, Mapping[Column, str]]] = {
    "sv": {
        Column.IGNORE: "(används inte)", Column.ID: "id", Column.JOB_TITLE: "Tjänst",
        Column.COMPANY: "Företag", Column.APPLIED_ON: "Sökt (datum)",
        Column.DEADLINE: "Sista ansökningsdag", Column.STAGE: "Steg", Column.TOWN: "Ort",
        Column.CONTACT_NAME: "Kontaktperson", Column.CONTACT_EMAIL: "E-post",
        Column.CONTACT_PHONE: "Telefon", Column.AD_URL: "Annons (länk)",
        Column.SOURCE: "Källa", Column.NOTES: "Anteckningar",
    },
    "en": {
        Column.IGNORE: "(not used)", Column.ID: "id", Column.JOB_TITLE: "Job",
        Column.COMPANY: "Company", Column.APPLIED_ON: "Applied (date)",
        Column.DEADLINE: "Deadline", Column.STAGE: "Stage", Column.TOWN: "Town",
        Column.CONTACT_NAME: "Contact person", Column.CONTACT_EMAIL: "Email",
        Column.CONTACT_PHONE: "Phone", Column.AD_URL: "Ad (link)",
        Column.SOURCE: "Source", Column.NOTES: "Notes",
    },
}  # fmt: skip


def column_label(column: Column, lang: Lang) -> str:
    return _LABELS[lang][column]


# Normalised headers (lower case, letters and digits, single spaces) per field.
_HEADERS: Final[Mapping[Column, tuple[str, ...]]] = {
    Column.ID: ("id",),
    Column.JOB_TITLE: ("tjänst", "titel", "jobbtitel", "befattning", "roll", "yrke", "rubrik",
                       "tjänstens titel", "job", "job title", "title", "position", "role"),
    Column.COMPANY: ("företag", "arbetsgivare", "företagsnamn", "organisation", "company",
                     "company name", "employer", "organization"),
    Column.APPLIED_ON: ("sökt", "ansökt", "sökt datum", "ansökningsdatum", "datum", "sökte",
                        "application date", "applied", "applied on", "date applied", "date"),
    Column.DEADLINE: ("sista ansökningsdag", "sista ansökningsdatum", "sista dag",
                      "deadline", "application deadline", "apply by"),
    Column.STAGE: ("steg", "status", "läge", "stage"),
    Column.TOWN: ("ort", "stad", "kommun", "arbetsort", "plats", "town", "city", "location"),
    Column.CONTACT_NAME: ("kontaktperson", "kontakt", "rekryterare", "contact",
                          "contact person", "contact name", "recruiter"),
    Column.CONTACT_EMAIL: ("e post", "epost", "mejl", "mail", "email", "e mail",
                           "kontakt e post", "contact email", "contact e mail"),
    Column.CONTACT_PHONE: ("telefon", "tel", "telefonnummer", "mobil", "phone", "phone number",
                           "contact phone", "contact phone number"),
    Column.AD_URL: ("annons", "länk", "annonslänk", "url", "webbadress", "ad", "ad url",
                    "link", "job url", "job link"),
    Column.SOURCE: ("källa", "hittad via", "source"),
    Column.NOTES: ("anteckningar", "anteckning", "kommentar", "kommentarer", "noteringar",
                   "notes", "note", "comments", "comment"),
}  # fmt: skip
_LOOKUP: Final = {header: column for column, names in _HEADERS.items() for header in names}


def _normalise(header: str) -> str:
    return " ".join(re.sub(r"[^0-9a-zåäöéü]+", " ", header.casefold()).split())


def guess_mapping(headers: Sequence[str]) -> list[Column]:
    """One field per header; each field but the notes is given to its first column only."""
    taken: set[Column] = set()
    guess: list[Column] = []
    for header in headers:
        column = _LOOKUP.get(_normalise(header), Column.IGNORE)
        if column in taken and column is not Column.NOTES:
            column = Column.IGNORE
        taken.add(column)
        guess.append(column)
    return guess


class MappingError(ValueError):
    """A mapping that cannot make applications (no title or company column)."""


@dataclass(slots=True)
class RowProblem:
    """Something wrong in one row; ``skipped`` rows were left out of the import."""

    line: int
    column: str
    value: str
    problem: str
    skipped: bool = False
    problem_sv: str = ""
    """The problem in Swedish (``problem`` is English)."""

    def text(self, lang: Lang = "en") -> str:
        sv = lang == "sv"
        where = f"{'rad' if sv else 'line'} {self.line}" + (
            f", {self.column}" if self.column else ""
        )
        problem = self.problem_sv if sv and self.problem_sv else self.problem
        left_out = (" (raden togs inte med)" if sv else " (row left out)") if self.skipped else ""
        return f"{where}: {problem}{left_out}"


@dataclass(slots=True)
class ParsedRow:
    """What one row says: only the fields in ``filled`` come from the file."""

    line: int
    app_id: str
    job_title: str
    company: str
    filled: dict[str, object] = field(default_factory=dict)
    """Application field name -> value, for the non-empty mapped cells."""


_STAGE_WORDS: Final = {
    "sparad annons": Stage.SAVED, "sparad": Stage.SAVED, "saved ad": Stage.SAVED,
    "sökt": Stage.APPLIED, "ansökt": Stage.APPLIED, "skickad": Stage.APPLIED,
    "intervju": Stage.INTERVIEW, "erbjudande": Stage.OFFER, "accepterad": Stage.ACCEPTED,
    "anställd": Stage.ACCEPTED, "avslag": Stage.REJECTED, "nej": Stage.REJECTED,
    "återtagen": Stage.WITHDRAWN, "återkallad": Stage.WITHDRAWN, "sent": Stage.APPLIED,
    "tackat ja": Stage.ACCEPTED, "fått nej": Stage.REJECTED, "dragit tillbaka": Stage.WITHDRAWN,
    "interviewing": Stage.INTERVIEW, "hired": Stage.ACCEPTED, "declined": Stage.REJECTED,
} | {stage.value: stage for stage in Stage}  # fmt: skip

_SOURCE_WORDS: Final = {
    "arbetsförmedlingen": Source.PLATSBANKEN, "af": Source.PLATSBANKEN,
    "företagets webbplats": Source.COMPANY_SITE, "hemsida": Source.COMPANY_SITE,
    "company site": Source.COMPANY_SITE, "rekryterare": Source.RECRUITER,
    "bemanningsföretag": Source.RECRUITER, "nätverk": Source.NETWORK, "kontakter": Source.NETWORK,
    "annat": Source.OTHER, "okänd": Source.UNKNOWN,
} | {source.value: source for source in Source}  # fmt: skip


def _enum_word(value: str) -> str:
    return " ".join(value.casefold().replace("_", " ").split())


def read_rows(
    table: Table, mapping: Sequence[Column], *, month_first: bool = False
) -> tuple[list[ParsedRow], list[RowProblem]]:
    """The rows as field values under ``mapping``, and every problem met on the way."""
    if len(mapping) != len(table.headers):
        raise MappingError("the mapping must name a field for every column")
    missing = [c for c in (Column.JOB_TITLE, Column.COMPANY) if c not in mapping]
    if missing:
        names = " and ".join(column_label(c, "en") for c in missing)
        raise MappingError(f"no column is chosen for {names}")
    stages = {_enum_word(k): v for k, v in _STAGE_WORDS.items()}
    sources = {_enum_word(k): v for k, v in _SOURCE_WORDS.items()}
    rows: list[ParsedRow] = []
    problems: list[RowProblem] = []
    for cells, line in zip(table.rows, table.line_numbers, strict=True):
        values: dict[Column, str] = {}
        notes: list[str] = []
        for index, column in enumerate(mapping):
            cell = restore(cells[index]) if index < len(cells) else ""
            if column is Column.IGNORE or not cell:
                continue
            if column is Column.NOTES:
                notes.append(cell)
            else:
                values[column] = cell
        title = values.get(Column.JOB_TITLE, "")
        company = values.get(Column.COMPANY, "")
        if not title or not company:
            what, what_sv = (
                ("the job title", "tjänsten") if not title else ("the company", "företaget")
            )
            problems.append(RowProblem(line, "", "", f"{what} is empty", True, f"{what_sv} är tom"))
            continue
        filled: dict[str, object] = {"job_title": title, "company": company}
        bad_row = False
        for column, name in ((Column.APPLIED_ON, "applied_on"), (Column.DEADLINE, "deadline")):
            if column not in values:
                continue
            try:
                filled[name] = parse_day(values[column], month_first=month_first)
            except DateError as exc:
                header = table.headers[mapping.index(column)]
                skipped = column is Column.APPLIED_ON
                problems.append(RowProblem(line, header, values[column], str(exc), skipped, exc.sv))
                bad_row = bad_row or skipped
        if bad_row:
            continue
        if Column.STAGE in values:
            stage = stages.get(_enum_word(values[Column.STAGE]))
            if stage is None:
                header = table.headers[mapping.index(Column.STAGE)]
                problems.append(
                    RowProblem(
                        line,
                        header,
                        values[Column.STAGE],
                        f"{values[Column.STAGE]!r} is not a stage; kept as it was",
                        False,
                        f"{values[Column.STAGE]!r} är inget steg; steget ändrades inte",
                    )
                )
            else:
                filled["stage"] = stage
        if Column.SOURCE in values:
            filled["source"] = sources.get(_enum_word(values[Column.SOURCE]), Source.OTHER)
        for column, name in ((Column.TOWN, "town"), (Column.AD_URL, "ad_url"),
                             (Column.CONTACT_NAME, "contact_name"),
                             (Column.CONTACT_EMAIL, "contact_email"),
                             (Column.CONTACT_PHONE, "contact_phone")):  # fmt: skip
            if column in values:
                filled[name] = values[column]
        if notes:
            labelled = [
                f"{table.headers[i]}: {restore(cells[i])}"
                for i, column in enumerate(mapping)
                if column is Column.NOTES and i < len(cells) and cells[i]
            ]
            filled["notes"] = notes[0] if mapping.count(Column.NOTES) == 1 else "\n".join(labelled)
        rows.append(ParsedRow(line, values.get(Column.ID, ""), title, company, filled))
    return rows, problems


def apply_row(app: Application, row: ParsedRow) -> None:
    """Write the row's filled fields over ``app`` (cells left empty keep what is there)."""
    for name, value in row.filled.items():
        if name.startswith("contact_"):
            setattr(app.contact, name.removeprefix("contact_"), value)
        else:
            setattr(app, name, value)
