"""PyInstaller runtime hook: ``FOLLOWUP_GUI_BUNDLE_CHECK=1 followup-gui`` checks the bundle.

It runs inside the frozen app before ``followup_gui.cli``, finds every data file the way
the app does (``importlib.resources`` through ``followup_gui.system.assets`` and
``followup_gui.writing.spelling``), loads the Swedish dictionary, the Swedish holidays with their
Swedish names, our ``.qm`` and Qt's ``qtbase_sv.qm``, prints a JSON report and exits
0 (all found) or 1. Without the variable it does nothing. ``package_test.py`` uses it.

``FOLLOWUP_GUI_BUNDLE_CHECK=autostart-on`` (or ``autostart-off``) ticks (unticks) "Start
at login" in the real Settings dialog, offscreen, presses OK and prints what the system
will start at login: the Windows test (``packaging/windows/setup_test.py``) reads the
registry after it.
"""

import os
import sys


def _bundle_check() -> int:
    import datetime as dt  # noqa: PLC0415
    import json  # noqa: PLC0415

    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator  # noqa: PLC0415

    from followup_gui.system.assets import resource, resource_dir  # noqa: PLC0415
    from followup_gui.writing.spelling import Speller, dictionary_dir  # noqa: PLC0415

    report: dict[str, object] = {
        "frozen": bool(getattr(sys, "frozen", False)),
        "resource_dir": str(resource_dir()),
        "dictionary_dir": str(dictionary_dir()),
    }
    problems: list[str] = []
    for parts in (
        ("demo", "applications.json"),
        ("translations", "followup_gui_sv.qm"),
        ("dictionaries", "sv_SE.dic"),
        ("dictionaries", "sv_SE.aff"),
        ("dictionaries", "en_US.dic"),
        ("icons", "followup-gui-256.png"),
    ):
        if not resource(*parts).is_file():
            problems.append(f"missing resource {'/'.join(parts)}")

    speller = Speller("sv_SE")
    report["spelling_sv"] = speller.available and speller.check("ansökan")
    if not report["spelling_sv"]:
        problems.append(f"Swedish spelling does not work: {speller.reason}")

    try:
        import holidays  # noqa: PLC0415

        days_off = holidays.country_holidays("SE", categories=("public", "de_facto"), language="sv")
        report["midsummer_eve_2026"] = days_off.get(dt.date(2026, 6, 19))
    except Exception as exc:  # report every failure, not only the first
        report["midsummer_eve_2026"] = repr(exc)
    if report["midsummer_eve_2026"] != "Midsommarafton":
        problems.append("the Swedish holidays (with Swedish names) are missing")

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    ours = QTranslator(app)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    report["qt_translations_dir"] = qt_dir
    report["qt_translations"] = sorted(os.listdir(qt_dir)) if os.path.isdir(qt_dir) else []
    if not ours.load(str(resource("translations", "followup_gui_sv.qm"))):
        problems.append("followup_gui_sv.qm does not load")
    report["followup_gui_sv_has_translations"] = not ours.isEmpty()
    if not qt.load("qtbase_sv", qt_dir):
        problems.append("qtbase_sv.qm does not load")
    report["qtbase_sv_cancel"] = qt.translate("QPlatformTheme", "Cancel")

    # Qt's ICU data is trimmed on Linux (packaging/build.py): collation and Swedish names stay.
    from PySide6.QtCore import QCollator, QLocale, QTimeZone  # noqa: PLC0415

    words = ["ö", "z", "Åre", "a", "ä", "Eva", "éclair"]
    report["sorted_sv"] = sorted(words, key=QCollator(QLocale("sv_SE")).sortKey)
    report["sorted_en"] = sorted(words, key=QCollator(QLocale("en_GB")).sortKey)
    if report["sorted_sv"] != ["a", "éclair", "Eva", "z", "Åre", "ä", "ö"]:
        problems.append("Swedish collation (ICU) does not work")
    if report["sorted_en"] != ["a", "ä", "Åre", "éclair", "Eva", "ö", "z"]:
        problems.append("English collation (ICU) does not work")
    zone = QTimeZone(b"Europe/Stockholm")
    standard, long_name = QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName
    report["zone_name_sv"] = zone.displayName(standard, long_name, QLocale("sv_SE"))
    if report["zone_name_sv"] != "centraleuropeisk normaltid":
        problems.append("Swedish time zone names (ICU) are missing")
    report["problems"] = problems
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 1 if problems else 0


def _autostart_check(enabled: bool) -> int:
    import json  # noqa: PLC0415

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: PLC0415

    from followup_gui.ui.dialogs import settings_dialog  # noqa: PLC0415
    from followup_gui.ui.state import preferences  # noqa: PLC0415

    app = QApplication(sys.argv[:1])
    app.setOrganizationName("followup-gui")
    app.setApplicationName("followup-gui")
    problems: list[str] = []

    def refused(_parent: object, title: str, text: str) -> None:  # instead of a modal box
        problems.append(f"{title}: {text}")

    QMessageBox.warning = refused  # type: ignore[assignment, method-assign]
    dialog = settings_dialog.SettingsDialog(QSettings(), lang="en", tray_available=True)
    dialog.autostart.setChecked(enabled)
    dialog.accept()
    result = {
        "supported": preferences.autostart_supported(),
        "start_at_login": preferences.autostart_enabled(),
        "where": str(preferences.autostart_path()),
        "problems": problems,
    }
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0 if result["start_at_login"] == enabled and not problems else 1


_MODE = os.environ.get("FOLLOWUP_GUI_BUNDLE_CHECK", "")
if _MODE in ("autostart-on", "autostart-off"):
    sys.exit(_autostart_check(_MODE == "autostart-on"))
elif _MODE:
    sys.exit(_bundle_check())
