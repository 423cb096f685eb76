#!/bin/sh
# macOS: dist/followup-gui-<version>-macos-<arch>.dmg from build/dist/followup-gui.app,
# which `python packaging/build.py` (in the build venv) makes on a Mac.
#
#   python3 -m venv build/venv
#   build/venv/bin/python -m pip install --only-binary=:all: -r packaging/requirements-build.txt
#   build/venv/bin/pyside6-lrelease resources/translations/followup_gui_sv.ts \
#       -qm resources/translations/followup_gui_sv.qm
#   build/venv/bin/python packaging/build.py
#   sh packaging/macos/build-dmg.sh
#
# The user opens the .dmg and drags followup-gui into Applications. The app is signed
# ad hoc (PyInstaller does that), not with a Developer ID, and not notarized: the first
# start needs right-click > Open, or on macOS 15 System Settings > Privacy & Security >
# Open Anyway. Set CODESIGN_IDENTITY (and notarize with `xcrun notarytool`) to sign it.
#
# Built and tested only by .github/workflows/installers.yml on macos-14 (Apple silicon).
set -eu
cd "$(dirname "$0")/../.."
APP=build/dist/followup-gui.app
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' followup_gui/__init__.py)
ARCH=$(uname -m)
DMG="dist/followup-gui-$VERSION-macos-$ARCH.dmg"
[ -d "$APP" ] || { echo "no $APP: run packaging/build.py first" >&2; exit 1; }

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
fi
codesign --verify --deep --strict "$APP"

# Smoke test of the .app as Finder starts it (offscreen: CI has no logged-in screen).
"$APP/Contents/MacOS/followup-gui" --version
STORE=$(mktemp -d)/applications.json
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/followup-gui" --startup-check --store "$STORE"
FOLLOWUP_GUI_BUNDLE_CHECK=1 "$APP/Contents/MacOS/followup-gui"

STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
mkdir -p dist
rm -f "$DMG"
hdiutil create -volname "followup-gui $VERSION" -srcfolder "$STAGE" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$DMG"
rm -rf "$STAGE"
hdiutil verify "$DMG"
ls -l "$DMG"
