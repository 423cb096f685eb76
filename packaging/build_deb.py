"""Build ``dist/followup-gui_<version>_amd64.deb`` from the PyInstaller bundle.

    python3 packaging/build_deb.py [--bundle build/dist/followup-gui] [--out dist]

Any Python 3 runs it (no venv needed); it needs ``dpkg-deb``, ``objdump`` (binutils),
``ldconfig`` and ``dpkg -S``. Layout of the package:

    /opt/followup-gui/                 the onedir bundle (``followup-gui`` + ``_internal/``)
    /usr/bin/followup-gui              -> /opt/followup-gui/followup-gui
    /usr/share/applications/ID.desktop, /usr/share/metainfo/ID.metainfo.xml
    /usr/share/icons/hicolor/NxN/apps/ID.png (16..512) and scalable/apps/ID.svg
    /usr/share/doc/followup-gui/copyright, changelog.gz

No maintainer scripts: the desktop database and the icon cache are refreshed by the
dpkg triggers of desktop-file-utils and hicolor-icon-theme.

``Depends`` is the list below, checked against the bundle: every library that a bundled
ELF file needs and the bundle does not hold is looked up on this machine (``ldconfig``,
``dpkg -S``); the build fails if its package is not in the list, so a Qt upgrade that
needs a new system library cannot slip through. The libc version comes from the
newest ``GLIBC_x.y`` symbol version the bundle uses.
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "followup-gui"
APP_ID = "io.github.followup_gui.FollowupGui"
MAINTAINER = os.environ.get(
    "DEB_MAINTAINER", "followup-gui developers <followup-gui@users.noreply.github.com>"
)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ELF_MAGIC = b"\x7fELF"

# One entry per Debian package; "a | b" where Ubuntu 24.04/Debian 13 renamed it (t64).
DEPENDS = [
    # C/C++ runtime and compression libraries of Python and Qt
    "libstdc++6", "libgcc-s1", "zlib1g", "libzstd1", "libbz2-1.0", "liblzma5", "libffi8",
    "libuuid1", "libbrotli1", "libgssapi-krb5-2",
    # QtCore/QtGui
    "libglib2.0-0t64 | libglib2.0-0", "libdbus-1-3", "libfontconfig1", "libfreetype6",
    "libgl1", "libegl1", "libx11-6", "libxkbcommon0",
    # the xcb platform plugin (X11 and XWayland): Qt >= 6.5 needs libxcb-cursor0
    "libx11-xcb1", "libxcb1", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0",
    "libxcb-keysyms1", "libxcb-randr0", "libxcb-render0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-shm0", "libxcb-sync1", "libxcb-util1", "libxcb-xfixes0",
    "libxcb-xkb1", "libxkbcommon-x11-0",
    # the wayland platform plugin
    "libwayland-client0", "libwayland-cursor0",
]  # fmt: skip
# Fonts for the text and xdg-open for mailto: links; every desktop has them.
RECOMMENDS = ["fonts-dejavu-core | fonts-liberation2 | fonts-noto-core", "xdg-utils"]
DESCRIPTION = """\
when and how to follow up your job applications
 followup-gui keeps a list of the jobs you have applied for and tells you,
 for each one, whether to wait, send a follow-up, say thank you after an
 interview or close it, following the advice of a Swedish career guide,
 counted in Swedish working days. It writes the follow-up and thank-you
 emails for you to edit, with spell checking, in Swedish or English.
 .
 The package holds its own copy of Python and Qt under /opt/followup-gui."""


def app_version() -> str:
    text = (ROOT / "followup_gui" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        sys.exit("no __version__ in followup_gui/__init__.py")
    return match.group(1)


def deb_arch() -> str:
    out = subprocess.run(
        ["dpkg", "--print-architecture"], check=False, capture_output=True, text=True
    )
    return out.stdout.strip() or "amd64"


def elf_files(tree: Path) -> list[Path]:
    return [
        p for p in sorted(tree.rglob("*"))
        if p.is_file() and not p.is_symlink() and p.open("rb").read(4) == ELF_MAGIC
    ]  # fmt: skip


def system_libraries() -> dict[str, str]:
    """soname -> path of the x86-64 libraries the dynamic linker knows (``ldconfig -p``)."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found: dict[str, str] = {}
    for line in out.splitlines():
        match = re.match(r"\s+(\S+) \((.*?)\) => (\S+)", line)
        if match and ("x86-64" in match.group(2) or deb_arch() != "amd64"):
            found.setdefault(match.group(1), match.group(3))
    return found


def owner_package(path: str) -> str | None:
    for candidate in (path, str(Path(path).resolve())):
        out = subprocess.run(["dpkg", "-S", candidate], check=False, capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.split(":")[0].split(",")[0].strip()
    return None


def needed_packages(bundle: Path) -> tuple[dict[str, set[str]], str]:
    """Debian packages the bundle's ELF files need (package -> sonames), and min glibc."""
    present = {p.name for p in bundle.rglob("*")}
    needed: dict[str, set[str]] = {}
    glibc = (2, 17)
    for elf in elf_files(bundle):
        dump = subprocess.run(
            ["objdump", "-p", str(elf)], check=True, capture_output=True, text=True
        ).stdout
        for soname in re.findall(r"NEEDED\s+(\S+)", dump):
            if soname not in present:
                needed.setdefault(soname, set()).add(elf.name)
        for version in re.findall(r"\bGLIBC_(\d+)\.(\d+)", dump):
            glibc = max(glibc, (int(version[0]), int(version[1])))
    known = system_libraries()
    packages: dict[str, set[str]] = {}
    missing = []
    for soname, users in sorted(needed.items()):
        path = known.get(soname)
        package = owner_package(path) if path else None
        if package is None:
            missing.append(f"{soname} (needed by {', '.join(sorted(users)[:3])})")
            continue
        packages.setdefault(package, set()).add(soname)
    if missing:
        sys.exit(
            "These libraries are not installed here, so the Depends cannot be checked:\n  "
            + "\n  ".join(missing)
            + "\nInstall them (sh packaging/system-deps.sh package) and build again."
        )
    return packages, f"{glibc[0]}.{glibc[1]}"


def check_depends(bundle: Path) -> str:
    """The libc6 version needed; exits if a needed package is missing from DEPENDS."""
    packages, glibc = needed_packages(bundle)
    listed = {alt.strip() for entry in DEPENDS for alt in entry.split("|")}
    listed |= {"libc6"}
    unlisted = {p: s for p, s in packages.items() if p not in listed and not p.endswith("t64")}
    if unlisted:
        lines = [f"{p} ({', '.join(sorted(s))})" for p, s in sorted(unlisted.items())]
        sys.exit(
            "Add these packages to DEPENDS in packaging/build_deb.py:\n  " + "\n  ".join(lines)
        )
    unused = sorted(
        entry for entry in DEPENDS if not any(a.strip() in packages for a in entry.split("|"))
    )
    if unused:
        print(f"note: no bundled library needs {', '.join(unused)} (kept in Depends)")
    return glibc


def copy_tree(bundle: Path, target: Path) -> None:
    """The bundle with Debian's modes: only the program is executable, not its libraries."""
    shutil.copytree(bundle, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or path == target / PACKAGE
        path.chmod(0o755 if executable else 0o644)


def install_file(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def tree_size_kib(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if "DEBIAN" in path.relative_to(root).parts[:1]:
            continue
        if path.is_symlink() or path.is_file():
            total += (path.lstat().st_size + 1023) // 1024
        else:
            total += 1
    return total


def write_changelog(target: Path, version: str) -> None:
    """The Debian changelog that a native package carries (gzip without a timestamp)."""
    when = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    text = (
        f"{PACKAGE} ({version}) unstable; urgency=medium\n\n"
        f"  * Release {version}: see the README for what changed.\n\n"
        f" -- {MAINTAINER}  {email.utils.formatdate(when)}\n"
    )
    target.write_bytes(gzip.compress(text.encode(), compresslevel=9, mtime=0))
    target.chmod(0o644)


def stage(bundle: Path, staging: Path, version: str, glibc: str) -> None:
    if staging.exists():
        shutil.rmtree(staging)
    copy_tree(bundle, staging / "opt" / PACKAGE)
    launcher = staging / "usr" / "bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    launcher.symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    linux = ROOT / "resources" / "linux"
    share = staging / "usr" / "share"
    install_file(linux / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    install_file(linux / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        install_file(
            icons / f"followup-gui-{size}.png",
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png",
        )
    install_file(
        icons / "followup-gui.svg", share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    )
    install_file(ROOT / "packaging" / "linux" / "copyright", share / "doc" / PACKAGE / "copyright")
    write_changelog(share / "doc" / PACKAGE / "changelog.gz", version)
    for directory in [staging, *staging.rglob("*")]:
        if directory.is_dir() and not directory.is_symlink():
            directory.chmod(0o755)

    control = {
        "Package": PACKAGE,
        "Version": version,
        "Architecture": deb_arch(),
        "Maintainer": MAINTAINER,
        "Installed-Size": str(tree_size_kib(staging)),
        "Depends": ", ".join([f"libc6 (>= {glibc})", *DEPENDS]),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "misc",
        "Priority": "optional",
        "Description": DESCRIPTION,
    }
    debian = staging / "DEBIAN"
    debian.mkdir(mode=0o755)
    (debian / "control").write_text(
        "".join(f"{key}: {value}\n" for key, value in control.items()), encoding="utf-8"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "build" / "dist" / PACKAGE)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--staging", type=Path, default=ROOT / "build" / "deb")
    args = parser.parse_args()
    if not (args.bundle / PACKAGE).is_file():
        sys.exit(f"no bundle at {args.bundle}: run packaging/build.py first")
    version = app_version()
    glibc = check_depends(args.bundle)
    stage(args.bundle, args.staging, version, glibc)
    args.out.mkdir(parents=True, exist_ok=True)
    deb = args.out / f"{PACKAGE}_{version}_{deb_arch()}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(args.staging), str(deb)],
        check=True,
    )
    installed = int(tree_size_kib(args.staging)) / 1024
    print(f"built {deb}: {deb.stat().st_size / 2**20:.1f} MiB, installed {installed:.1f} MiB")


if __name__ == "__main__":
    main()
