"""The ``fetch-ad`` and ``import`` commands (DESIGN.md contract 2).

``fetch-ad`` prints the application one Platsbanken ad would make (nothing is saved);
exit 3 with the reason on stderr when the ad cannot be had. ``import`` merges a file into
the store by id and prints what is new, changed and identical; ``--dry-run`` writes
nothing, an unreadable file exits 2 and changes nothing, and a backup of the store is
kept before anything is written (as the app does before an import).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any, Final, TextIO

from ..i18n import Lang
from ..model import Application

EXIT_OK: Final = 0
EXIT_NO_AD: Final = 3


class CommandError(Exception):
    """A usage problem (exit 2); the CLI prints the message."""


def application_json(app: Application) -> dict[str, Any]:
    """One application as a format v2 object (the store's record plus the v2 fields)."""
    from ..store import application_record  # noqa: PLC0415

    record = application_record(app)
    record["applied_on"] = app.applied_on.isoformat() if app.applied_on else None
    record["town"] = app.town
    record["source"] = str(app.source)
    record["how"] = str(app.how)
    record.setdefault("attachments", [])
    return record


_WORDS: Final = {
    "sv": {
        "job_title": "Tjänst", "company": "Företag", "town": "Ort",
        "deadline": "Sista ansökningsdag", "contact_name": "Kontaktperson",
        "contact_email": "E-post", "contact_phone": "Telefon", "ad_url": "Annons",
        "rolling_selection": "Löpande urval", "ad_no_calls": "Undanber sig samtal",
        "ad_only_shortlisted_contacted": "Bara de som går vidare kontaktas",
        "ad_reply_by": "Besked senast", "notes": "Så söker du", "api": "Platsbanken",
        "ad_text": "annonstexten", "yes": "ja", "removed": "Annonsen är borttagen hos Platsbanken.",
    },
    "en": {
        "job_title": "Job", "company": "Company", "town": "Town", "deadline": "Deadline",
        "contact_name": "Contact person", "contact_email": "Email", "contact_phone": "Phone",
        "ad_url": "Ad", "rolling_selection": "Rolling selection", "ad_no_calls": "No calls",
        "ad_only_shortlisted_contacted": "Only shortlisted are contacted",
        "ad_reply_by": "Reply by", "notes": "How to apply", "api": "Platsbanken",
        "ad_text": "the ad text", "yes": "yes", "removed": "Platsbanken marks the ad as removed.",
    },
}  # fmt: skip


def run_fetch_ad(args: argparse.Namespace, lang: Lang, out: TextIO, err: TextIO) -> int:
    from ..reading.jobtech import AdFetchError, fetch_application  # noqa: PLC0415

    try:
        fetched = fetch_application(
            args.ad, app_id=uuid.uuid4().hex[:12], today=dt.date.today(), lang=lang
        )
    except AdFetchError as error:
        err.write(f"followup-gui: {error.message(lang)}\n")
        return EXIT_NO_AD
    app = fetched.application
    if args.json:
        out.write(json.dumps(application_json(app), ensure_ascii=False, indent=2))
        out.write("\n")
        return EXIT_OK
    words = _WORDS[lang]
    values: dict[str, object] = {
        "job_title": app.job_title, "company": app.company, "town": app.town,
        "deadline": app.deadline, "contact_name": app.contact.name,
        "contact_email": app.contact.email, "contact_phone": app.contact.phone,
        "ad_url": app.ad_url, "rolling_selection": app.rolling_selection,
        "ad_no_calls": app.ad_no_calls,
        "ad_only_shortlisted_contacted": app.ad_only_shortlisted_contacted,
        "ad_reply_by": app.ad_reply_by,
    }  # fmt: skip
    for name, value in values.items():
        if value in (None, "", False):
            continue
        shown = words["yes"] if value is True else str(value)
        origin = fetched.origins.get(name)
        where = f"  ({words[origin.value]})" if origin is not None else ""
        out.write(f"{words[name]}: {shown}{where}\n")
    if fetched.how_to_apply:
        out.write(f"{words['notes']}:\n")
        for line in fetched.how_to_apply.splitlines():
            out.write(f"  {line}\n")
    if fetched.removed:
        out.write(words["removed"] + "\n")
    return EXIT_OK


def _line(app: Application) -> str:
    applied = app.applied_on.isoformat() if app.applied_on else "-"
    return f"  {app.id}  {applied}  {app.job_title} ({app.company})"


def run_import(
    args: argparse.Namespace, lang: Lang, out: TextIO, err: TextIO, store_path: Path
) -> int:
    from .. import store  # noqa: PLC0415
    from ..importers import ImportFileError, MappingError, apply_import, plan_import, read_source  # noqa: PLC0415
    from ..store import backups  # noqa: PLC0415

    try:
        source = read_source(Path(args.file))
    except ImportFileError as error:
        raise CommandError(str(error)) from None
    try:
        document = store.load_or_new(store_path)
    except store.StoreError as error:
        raise CommandError(str(error)) from None
    if document.is_newer_than_app:
        raise CommandError(f"{store_path}: comes from a newer version and is read-only here")
    try:
        plan = plan_import(document, source)
    except MappingError as error:
        raise CommandError(f"{args.file}: {error}") from None
    sv = lang == "sv"
    merge = plan.merge
    heads = (
        ("Nya", "New"),
        ("Ändrade", "Changed"),
        ("Borttagna på den andra datorn", "Deleted in the other copy"),
        ("Oförändrade", "Identical"),
        ("Äldre där (dina behålls)", "Older there (yours kept)"),
    )
    groups = (
        merge.new,
        [theirs for _mine, theirs in merge.changed],
        merge.removed,
        merge.identical,
        [theirs for _mine, theirs in merge.older],
    )
    for (sv_head, en_head), apps in zip(heads, groups, strict=True):
        if not apps and (sv_head, en_head) in (heads[2], heads[4]):
            continue  # only a copy of the store with stamps and tombstones has these
        out.write(f"{sv_head if sv else en_head}: {len(apps)}\n")
        if apps is not merge.identical:
            for app in apps:
                out.write(_line(app) + "\n")
    for problem in plan.problems:
        err.write(f"{args.file}: {problem.text(lang)}\n")
    if args.dry_run or plan.is_empty:
        if args.dry_run:
            out.write("Inget sparades (--dry-run).\n" if sv else "Nothing was saved (--dry-run).\n")
        return EXIT_OK
    from ..store import attachments, bundle, stamps  # noqa: PLC0415

    try:
        now = dt.datetime.now()
        backups.risky_backup(store_path, "import", now)
        backups.migration_backup(store_path, now)  # a v1 store is about to be written as v2
        if source.pack is not None:  # our zip export: its files are copied in beside the store
            today = dt.date.today()
            merge.new[:] = bundle.import_attachments(source.pack, store_path, merge.new, today)
            theirs = [app for _mine, app in merge.changed]
            moved = bundle.import_attachments(source.pack, store_path, theirs, today)
            merge.changed[:] = [
                (mine, app) for (mine, _), app in zip(merge.changed, moved, strict=True)
            ]
        read = replace(document, applications=list(document.applications))
        apply_import(document, plan)
        stamps.stamp_changes(document, read, stamps.local_now())  # v2.1 stamps, tombstones
        store.save(document, store_path)
    except (store.StoreError, attachments.AttachmentError) as error:
        raise CommandError(str(error)) from None
    except OSError as error:
        raise CommandError(f"{store_path}: {store.os_error_reason(error)}") from None
    count = len(merge.new) + len(merge.changed)
    out.write(f"Sparade {count} i {store_path}\n" if sv else f"Saved {count} to {store_path}\n")
    return EXIT_OK
