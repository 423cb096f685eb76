"""Getting applications in without typing: our JSON store, any CSV, LinkedIn's export.

``read_source(path)`` opens the file, ``plan_import(document, source, mapping)`` says what
is new, changed and identical (and which rows had problems), ``apply_import`` merges it.
"""

from __future__ import annotations

from .dates import parse_day
from .mapping import Column, MappingError, RowProblem, column_label, guess_mapping
from .plan import ImportPlan, apply_import, plan_import
from .source import LINKEDIN_HEADERS, ImportFileError, ImportKind, ImportSource, read_source

__all__ = [
    "LINKEDIN_HEADERS",
    "Column",
    "ImportFileError",
    "ImportKind",
    "ImportPlan",
    "ImportSource",
    "MappingError",
    "RowProblem",
    "apply_import",
    "column_label",
    "guess_mapping",
    "parse_day",
    "plan_import",
    "read_source",
]
