"""Freeze followup-gui with PyInstaller, on Linux, Windows or macOS.

Run with the Python of the clean build venv (``make package`` makes ``build/venv`` from
``packaging/requirements-build.txt``; CI does the same on Windows and macOS):

    python packaging/build.py [--installed] [--dist DIR] [--work DIR]

1. installs the app from its source into this venv as a wheel would (``pip install .``)
   and checks that ``importlib.resources`` finds its data files there (``--installed``:
   the app's wheel is in this Python already, as ``packaging/windows/build_setup.py``
   unpacks it into the Windows Python it runs this script with under Wine);
2. writes the ``.ico``/``.icns`` icons into ``build/icons`` (``packaging/icons.py``);
3. runs ``packaging/followup-gui.spec`` -> ``build/dist/followup-gui/`` (``.app`` on macOS;
   ``--dist`` and ``--work`` choose other folders);
4. on Linux trims Qt's ICU data to what the app can use (``trim_icu_data``), strips the
   libraries (``strip --strip-unneeded``: debug data and local symbols only; what the
   dynamic linker uses stays), removes RUNPATHs that name folders of the build machine
   (``patchelf``) and prints the size.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = BUILD / "dist"
WORK = BUILD / "pyinstaller"
NAME = "followup-gui"
ELF_MAGIC = b"\x7fELF"


def run(*args: str | Path, cwd: Path = ROOT) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, cwd=cwd)


def install_app() -> None:
    # setuptools builds in build/lib and never removes stale modules from there: start clean.
    for leftover in (BUILD / "lib", *BUILD.glob("bdist.*")):
        shutil.rmtree(leftover, ignore_errors=True)
    run(sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", ROOT)
    for leftover in (BUILD / "lib", *BUILD.glob("bdist.*")):
        shutil.rmtree(leftover, ignore_errors=True)


WHEEL_CHECK = """
from followup_gui.system.assets import resource
wanted = [("demo", "applications.json"), ("translations", "followup_gui_sv.qm"),
          ("dictionaries", "sv_SE.dic"), ("dictionaries", "en_US.aff"),
          ("icons", "followup-gui-256.png")]
missing = [str(resource(*p)) for p in wanted if not resource(*p).is_file()]
assert not missing, f"not in the installed wheel (package-data in pyproject.toml?): {missing}"
"""


def check_wheel_resources() -> None:
    """The resources must come with the installed app, as from a wheel, before freezing."""
    subprocess.run([sys.executable, "-c", WHEEL_CHECK], check=True, cwd=BUILD)


def app_version() -> str:
    # The installed copy, not the checkout: run from build/ so the source tree is not on sys.path.
    out = subprocess.run(
        [sys.executable, "-c", "import followup_gui; print(followup_gui.__version__)"],
        check=True, capture_output=True, text=True, cwd=BUILD,
    )  # fmt: skip
    return out.stdout.strip()


def windows_version_file(version: str) -> None:
    """The version resource of followup-gui.exe (Explorer's Properties > Details)."""
    numbers = ", ".join(([*version.split("."), "0", "0", "0"])[:4])
    (BUILD / "windows-version.txt").write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('CompanyName', 'followup-gui developers'),
    StringStruct('FileDescription', 'followup-gui'),
    StringStruct('FileVersion', '{version}'),
    StringStruct('InternalName', '{NAME}'),
    StringStruct('OriginalFilename', '{NAME}.exe'),
    StringStruct('ProductName', 'followup-gui'),
    StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
""",
        encoding="utf-8",
    )


def strip_libraries(bundle: Path) -> None:
    strip = shutil.which("strip")
    if strip is None:
        print("strip not found (apt install binutils): the bundle stays unstripped")
        return
    libraries = [
        path
        for path in bundle.rglob("*.so*")
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == ELF_MAGIC
    ]
    print(f"+ strip --strip-unneeded ({len(libraries)} libraries)", flush=True)
    for start in range(0, len(libraries), 100):
        subprocess.run(
            [strip, "--strip-unneeded", *map(str, libraries[start : start + 100])], check=True
        )


def drop_build_machine_rpaths(bundle: Path) -> None:
    """Remove absolute RPATH/RUNPATH entries (e.g. the build's own Python lib folder).

    They name folders of the build machine, which do not exist on the user's; entries
    relative to the library (``$ORIGIN``) stay.
    """
    patchelf = shutil.which("patchelf")
    if patchelf is None:
        print("patchelf not found (apt install patchelf): build-machine RUNPATHs stay")
        return
    changed = 0
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink() or path.read_bytes()[:4] != ELF_MAGIC:
            continue
        out = subprocess.run(
            [patchelf, "--print-rpath", str(path)], check=True, capture_output=True, text=True
        )
        entries = [e for e in out.stdout.strip().split(":") if e]
        kept = [e for e in entries if e.startswith("$ORIGIN")]
        if kept == entries:
            continue
        if kept:
            subprocess.run([patchelf, "--set-rpath", ":".join(kept), str(path)], check=True)
        else:
            subprocess.run([patchelf, "--remove-rpath", str(path)], check=True)
        changed += 1
    print(f"+ patchelf: removed build-machine RUNPATHs from {changed} files", flush=True)


# ICU's data (31 MB in Qt's wheel) minus what Qt never reads for this app: codepage
# converters (Qt has UTF-8/16/32 and Latin-1 itself), dictionaries for Chinese/Japanese/Thai/
# Khmer/Lao/Burmese line breaking (Qt breaks text itself), transliteration, number spelling,
# and display names (of languages, regions, currencies, units, time zones) in languages
# other than Swedish and English (Qt's QLocale carries its own). Collation stays whole,
# so sorting is right in every language; so does each tree's root, which ICU falls back to.
ICU_NAME_TREES = ("unit", "curr", "lang", "region", "zone")
ICU_KEEP_NAMES = re.compile(r"(root|pool|res_index|sv|sv_\w+|en|en_\w+)\.res")


def icu_items_to_drop(items: list[str]) -> list[str]:
    drop = []
    for item in items:
        tree, _, name = item.rpartition("/")
        if (
            (not tree and name.endswith(".cnv"))
            or (tree == "brkitr" and name.endswith(".dict"))
            or tree == "translit"
            or (tree == "rbnf" and name not in ("root.res", "res_index.res"))
            or (tree in ICU_NAME_TREES and not ICU_KEEP_NAMES.fullmatch(name))
        ):
            drop.append(item)
    return drop


def trim_icu_data(bundle: Path) -> None:
    """Replace Qt's libicudata.so.NN by one with a trimmed copy of the same data package."""
    tools = {t: shutil.which(t) for t in ("icupkg", "gcc", "readelf")}
    libraries = list(bundle.rglob("libicudata.so.*"))
    if not libraries or None in tools.values():
        missing = ", ".join(t for t, path in tools.items() if path is None)
        print(f"ICU data left whole ({missing or 'no libicudata'}; apt install icu-devtools gcc)")
        return
    library = next(p for p in libraries if not p.is_symlink())
    symbols = subprocess.run(
        ["readelf", "-W", "--dyn-syms", str(library)], check=True, capture_output=True, text=True
    ).stdout
    match = re.search(
        r":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt(\d+)_dat)",
        symbols,
    )
    sections = subprocess.run(
        ["readelf", "-W", "-S", str(library)], check=True, capture_output=True, text=True
    ).stdout
    if not match:
        print(f"ICU data left whole: no icudtNN_dat symbol in {library.name}")
        return
    address, size, symbol, major = int(match[1], 16), int(match[2], 0), match[4], match[5]
    offset = None
    for line in sections.splitlines():
        fields = re.match(
            r"\s*\[\s*\d+\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line
        )
        if fields:
            start, file_offset, length = (int(f, 16) for f in fields.groups())
            if start <= address < start + length:
                offset = file_offset + address - start
    if offset is None:
        print("ICU data left whole: its section was not found")
        return
    work = BUILD / "icu"
    shutil.rmtree(work, ignore_errors=True)
    (work / "out").mkdir(parents=True)
    package = f"icudt{major}l.dat"  # icupkg names the items after the output file
    (work / package).write_bytes(library.read_bytes()[offset : offset + size])
    listed = subprocess.run(
        ["icupkg", "-l", package], check=True, capture_output=True, text=True, cwd=work
    ).stdout.split()
    (work / "drop.txt").write_text("\n".join(icu_items_to_drop(listed)) + "\n")
    # --ignore-deps: brkitr/root.res names the dropped dictionaries; only those are missing.
    subprocess.run(
        ["icupkg", "--ignore-deps", "-r", "drop.txt", package, f"out/{package}"],
        check=True, cwd=work, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    (work / "icudata.S").write_text(
        f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f'{symbol}:\n\t.incbin "out/{package}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n'
    )
    subprocess.run(
        ["gcc", "-shared", "-nostdlib", "-o", library.name, f"-Wl,-soname,{library.name}",
         "-Wl,-z,noexecstack", "icudata.S"],
        check=True, cwd=work,
    )  # fmt: skip
    before = library.stat().st_size
    shutil.copyfile(work / library.name, library)
    after = library.stat().st_size
    print(f"+ ICU data trimmed: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB", flush=True)


def size_mb(path: Path) -> float:
    total = sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())
    return total / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description="Freeze followup-gui with PyInstaller.")
    parser.add_argument("--installed", action="store_true", help="the app is installed already")
    parser.add_argument("--dist", type=Path, default=DIST, help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=WORK, help="PyInstaller's work folder")
    args = parser.parse_args()
    dist, work = args.dist.resolve(), args.work.resolve()
    BUILD.mkdir(exist_ok=True)
    if not args.installed:
        install_app()
    check_wheel_resources()
    version = app_version()
    run(sys.executable, ROOT / "packaging" / "icons.py", "bundle", BUILD / "icons")
    if sys.platform == "win32":
        windows_version_file(version)
    env_note = "" if sys.prefix != sys.base_prefix else " (not in a venv!)"
    print(f"freezing followup-gui {version} with {sys.executable}{env_note}")
    run(
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", dist, "--workpath", work, ROOT / "packaging" / "followup-gui.spec",
        cwd=BUILD,
    )  # fmt: skip
    bundle = dist / (f"{NAME}.app" if sys.platform == "darwin" else NAME)
    if sys.platform.startswith("linux"):
        trim_icu_data(bundle)
        strip_libraries(bundle)
        drop_build_machine_rpaths(bundle)
    print(f"built {bundle}: {size_mb(bundle):.1f} MB")


if __name__ == "__main__":
    main()
