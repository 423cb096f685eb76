"""The ``followup-gui`` command: the desktop app by default, plus headless sub-commands.

Contract 2 in DESIGN.md: exit 0 when all went well, 2 for bad arguments or an invalid
store (a one-line message on stderr, never a traceback, the file left untouched).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .. import APP_NAME, __version__
from ..i18n import Lang, as_lang, system_language

if TYPE_CHECKING:
    from ..model import Document

EXIT_OK = 0
EXIT_USAGE = 2


class UsageError(Exception):
    """A problem with what the user asked for; the message says what to do."""


def _parse_now(value: str) -> dt.datetime:
    try:
        moment = dt.datetime.strptime(value, "%Y-%m-%dT%H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a moment like 2026-05-20T09:00"
        ) from None
    return moment


def _parse_today(value: str) -> dt.datetime:
    try:
        day = dt.datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2026-05-20") from None
    return day


def _parse_date(value: str) -> dt.date:
    return _parse_today(value).date()


def _parse_month(value: str) -> tuple[int, int]:
    from ..reports.report import parse_month  # noqa: PLC0415

    try:
        return parse_month(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _store_option(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--store",
        type=Path,
        default=default,
        metavar="PATH",
        help="the store file (default: the user's data folder)",
    )


def _moment_options(parser: argparse.ArgumentParser) -> None:
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--now", type=_parse_now, metavar="YYYY-MM-DDTHH:MM",
                      help="assess as of this local moment (default: now)")  # fmt: skip
    when.add_argument("--today", dest="now", type=_parse_today, metavar="YYYY-MM-DD",
                      help="assess as of the start of this day")  # fmt: skip


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without ``commands``, only the desktop app's options.

    Starting the app tries the small one first: argparse looks for translations of its
    own words on disk for every parser, and the three commands' parsers cost 3 ms. What it
    does not know (a command, or a mistake) is parsed again by the whole command line.
    """
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="When and how to follow up your job applications.",
        exit_on_error=commands,  # the small one hands its errors on to the whole one
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _store_option(parser, default=None)
    parser.add_argument(
        "--startup-check",
        action="store_true",
        help="start the app and exit 0 once the main window has painted (smoke test)",
    )
    parser.add_argument("--lang", choices=("sv", "en"), help="the language of the app")
    parser.add_argument(
        "--hidden",
        action="store_true",
        help="start in the system tray without showing the window (for starting at login)",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    agenda = sub.add_parser("agenda", help="print every open application's verdict")
    _store_option(agenda, default=argparse.SUPPRESS)
    _moment_options(agenda)
    agenda.add_argument("--all", action="store_true", help="include closed applications")
    agenda.add_argument("--json", action="store_true", help="print one JSON object")
    agenda.add_argument("--why", action="store_true", help="print the reasons too")
    agenda.add_argument("--lang", choices=("sv", "en"), default=argparse.SUPPRESS,
                        help="language of the texts (default: the system's)")  # fmt: skip

    calendar = sub.add_parser(
        "calendar",
        help="write follow-up windows, thank-you deadlines and interviews to an .ics file",
    )
    _store_option(calendar, default=argparse.SUPPRESS)
    _moment_options(calendar)
    calendar.add_argument("--out", type=Path, required=True, metavar="FILE.ics",
                          help="the calendar file to write ('-' for standard output)")  # fmt: skip
    calendar.add_argument("--lang", choices=("sv", "en"), default=argparse.SUPPRESS,
                          help="language of the texts (default: the system's)")  # fmt: skip

    report = sub.add_parser(
        "report", help="print a month's activity report for Arbetsförmedlingen (in Swedish)"
    )
    report.add_argument("--month", type=_parse_month, metavar="YYYY-MM",
                        help="the month to report (default: the month now due)")  # fmt: skip
    _store_option(report, default=argparse.SUPPRESS)
    _moment_options(report)
    report.add_argument("--format", choices=("text", "csv"), default="text",
                        help="aligned text (default) or CSV")  # fmt: skip
    report.add_argument("--lang", choices=("sv", "en"), default=argparse.SUPPRESS,
                        help="language of the texts (default: the system's)")  # fmt: skip

    fetch_ad = sub.add_parser("fetch-ad", help="print one Platsbanken ad as a new application")
    fetch_ad.add_argument("ad", metavar="URL|ID", help="a Platsbanken ad link or its id")
    fetch_ad.add_argument("--json", action="store_true", help="print one JSON object")
    fetch_ad.add_argument("--lang", choices=("sv", "en"), default=argparse.SUPPRESS,
                          help="language of the texts (default: the system's)")  # fmt: skip

    importer = sub.add_parser(
        "import", help="merge our JSON or CSV, or LinkedIn's Job Applications.csv or zip"
    )
    importer.add_argument("file", type=Path, metavar="FILE", help="the file to import")
    _store_option(importer, default=argparse.SUPPRESS)
    importer.add_argument(
        "--dry-run", action="store_true", help="show what would change, save nothing"
    )
    importer.add_argument("--lang", choices=("sv", "en"), default=argparse.SUPPRESS,
                          help="language of the texts (default: the system's)")  # fmt: skip

    stats = sub.add_parser("stats", help="print the overview's figures (the search in numbers)")
    _store_option(stats, default=argparse.SUPPRESS)
    _moment_options(stats)
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.add_argument("--lang", choices=("sv", "en"), default=argparse.SUPPRESS,
                       help="language of the texts (default: the system's)")  # fmt: skip

    reply = sub.add_parser(
        "read-reply", help="print what an employer's mail says and which application it is for"
    )
    reply.add_argument("mail", metavar="FILE|-", help="the mail: .eml, text or HTML ('-': stdin)")
    reply.add_argument("--received", type=_parse_date, metavar="YYYY-MM-DD",
                       help="the mail's date (default: its Date header, else today)")  # fmt: skip
    _store_option(reply, default=argparse.SUPPRESS)
    reply.add_argument("--json", action="store_true", help="print one JSON object")
    reply.add_argument("--lang", choices=("sv", "en"), default=argparse.SUPPRESS,
                       help="language of the texts (default: the system's)")  # fmt: skip
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Loading a store makes hundreds of thousands of objects and almost no cycles; the
    # cyclic collector would walk them again and again. One-shot commands never need it;
    # the desktop app turns it back on once its window is up (ui/app.py).
    gc.disable()
    words = sys.argv[1:] if argv is None else list(argv)
    # The small parser (no sub-commands) is enough to start the app, and quicker to build;
    # help always comes from the whole one, so that `agenda --help` explains agenda.
    wants_help = "-h" in words or "--help" in words
    rest = words
    if not wants_help:
        try:
            args, rest = build_parser(commands=False).parse_known_args(words)
        except argparse.ArgumentError:
            rest = words
    if rest or wants_help:  # a command, help, or a mistake
        args = build_parser().parse_args(words)
    lang: Lang = as_lang(args.lang) if args.lang else system_language()
    try:
        if args.command == "agenda":
            return run_agenda(args, lang, sys.stdout)
        if args.command == "calendar":
            return run_calendar(args, lang, sys.stdout)
        if args.command == "report":
            return run_report(args, lang, sys.stdout)
        if args.command in ("fetch-ad", "import"):
            return run_imports(args, lang)
        if args.command == "read-reply":
            return run_read_reply(args, lang)
        if args.command == "stats":
            from .stats import run_stats  # noqa: PLC0415

            run_stats(_load(args), _now(args), lang, sys.stdout, as_object=args.json)
            return EXIT_OK
        return run_gui(args, lang)
    except UsageError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `followup-gui agenda | head`: the reader has gone
        import os  # noqa: PLC0415

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _store_path(args: argparse.Namespace, *, check: bool = True) -> Path:
    """The store to open: ``--store``, else the one the user chose, else the data folder's.

    A chosen store whose folder (or file) is missing is a :class:`UsageError` that says
    where it is expected and what to do (``store.paths.unreachable``): never a new empty
    store in its place. The desktop app asks instead (``check=False``, ui/app.py).
    """
    from ..store import default_path  # noqa: PLC0415 - keeps --version instant

    given: Path | None = getattr(args, "store", None)
    path = given if given is not None else default_path()
    if check:
        from ..store.paths import unreachable  # noqa: PLC0415

        problem = unreachable(path)
        if problem is not None:
            lang: Lang = as_lang(args.lang) if args.lang else system_language()
            raise UsageError(problem.message(lang))
    return path


def _load(args: argparse.Namespace) -> Document:
    from ..store import StoreError, load_or_new  # noqa: PLC0415

    try:
        return load_or_new(_store_path(args))
    except StoreError as error:
        raise UsageError(str(error)) from None


def run_agenda(args: argparse.Namespace, lang: Lang, out: TextIO) -> int:
    from ..rules.agenda import agenda_items, as_json, as_table  # noqa: PLC0415

    document = _load(args)
    now = _now(args)
    items = agenda_items(document.applications, now, lang=lang, include_closed=args.all)
    if args.json:
        import json  # noqa: PLC0415

        # compact: json.dump with an indent writes through Python's slow encoder
        out.write(json.dumps(as_json(items, now), ensure_ascii=False))
        out.write("\n")
    else:
        out.write(as_table(items, now, lang, with_reasons=args.why))
    return EXIT_OK


def _now(args: argparse.Namespace) -> dt.datetime:
    now: dt.datetime | None = args.now
    return now or dt.datetime.now().replace(second=0, microsecond=0)


def run_calendar(args: argparse.Namespace, lang: Lang, out: TextIO) -> int:
    from ..reports.calendar_export import to_ics  # noqa: PLC0415
    from ..store import atomic_write_bytes, os_error_reason  # noqa: PLC0415

    path: Path = args.out
    to_stdout = str(path) == "-"
    if not to_stdout:
        if path.is_dir():
            raise UsageError(f"cannot write {path}: it is a folder, not a file")
        if not path.parent.is_dir():
            raise UsageError(f"cannot write {path}: the folder {path.parent} does not exist")
    document = _load(args)
    data = to_ics(document.applications, _now(args), lang)
    if to_stdout:
        binary = getattr(out, "buffer", None)
        if binary is None:
            out.write(data.decode("utf-8"))
        else:
            out.flush()
            binary.write(data)
            binary.flush()
        return EXIT_OK
    try:
        atomic_write_bytes(path, data)
    except OSError as error:
        raise UsageError(f"cannot write {path}: {os_error_reason(error)}") from None
    count = data.count(b"BEGIN:VEVENT")
    if lang == "sv":
        what = "händelse" if count == 1 else "händelser"
        out.write(f"Skrev {count} {what} till {path}\n")
    else:
        out.write(f"Wrote {count} event{'' if count == 1 else 's'} to {path}\n")
    return EXIT_OK


def run_report(args: argparse.Namespace, lang: Lang, out: TextIO) -> int:
    from ..reports.report import activity_report, as_csv, as_text, due_month  # noqa: PLC0415

    document = _load(args)
    now = _now(args)
    month = args.month or due_month(now.date(), document)
    report = activity_report(document, month, until=now)
    if args.format == "csv":
        out.write(as_csv(report, lang, newline="\n"))
    else:
        out.write(as_text(report, lang))
    return EXIT_OK


def run_imports(args: argparse.Namespace, lang: Lang) -> int:
    from . import imports as commands  # noqa: PLC0415

    try:
        if args.command == "fetch-ad":
            return commands.run_fetch_ad(args, lang, sys.stdout, sys.stderr)
        return commands.run_import(args, lang, sys.stdout, sys.stderr, _store_path(args))
    except commands.CommandError as error:
        raise UsageError(str(error)) from None


def run_read_reply(args: argparse.Namespace, lang: Lang) -> int:
    from ..reading.mail_file import MailFileError  # noqa: PLC0415
    from .read_reply import read_input  # noqa: PLC0415
    from .read_reply import run_read_reply as run  # noqa: PLC0415

    try:
        mail = read_input(args.mail, sys.stdin.buffer)
    except MailFileError as error:
        raise UsageError(f"{args.mail}: {error.message(lang)}") from None
    return run(_load(args), mail, received=args.received, lang=lang, out=sys.stdout,
               as_object=args.json)  # fmt: skip


def run_gui(args: argparse.Namespace, lang: Lang) -> int:
    from ..ui.app import run  # noqa: PLC0415 - Qt loads only for the desktop app

    return run(
        store_path=_store_path(args, check=False),
        lang=lang if args.lang else None,
        startup_check=args.startup_check,
        hidden=args.hidden,
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
