#!/bin/sh
# Installs (as root) or names (otherwise) the Debian/Ubuntu libraries Qt needs.
#   system-deps.sh offscreen   - enough for the tests (QT_QPA_PLATFORM=offscreen)
#   system-deps.sh window      - a real window on X11/Xvfb too
#   system-deps.sh atspi       - the screen-reader test (tests/ui/test_atspi.py): the app on Xvfb
#                                read over the AT-SPI bus by the system python3's pyatspi
#   system-deps.sh package     - building the .deb: every library it depends on and its build tools
#   system-deps.sh windows     - building the Windows setup on Linux (Wine, NSIS; packaging/windows)
#   system-deps.sh windows-test - installing and starting that setup under Wine on Xvfb
# Exits 0 when everything is there or was installed, 1 when the user must act.
set -eu
OFFSCREEN="libglib2.0-0 libgl1 libxkbcommon0 libegl1 libfreetype6 libfontconfig1 libdbus-1-3"
WINDOW="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0"
ATSPI="xvfb xauth dbus-daemon at-spi2-core python3-pyatspi xdotool"
WINDOWS="wine wine64 nsis zip unzip gcc-mingw-w64-x86-64-win32"
WINDOWS_TEST="xvfb xauth x11-utils locales"
PACKAGE="libwayland-client0 libwayland-cursor0 libx11-xcb1 libxcb-util1 libbrotli1 libgssapi-krb5-2 binutils patchelf icu-devtools gcc"
case "${1:-offscreen}" in
  offscreen) wanted="$OFFSCREEN" ;;
  window) wanted="$OFFSCREEN $WINDOW" ;;
  atspi) wanted="$OFFSCREEN $WINDOW $ATSPI" ;;
  package) wanted="$OFFSCREEN $WINDOW $PACKAGE" ;;
  windows) wanted="$WINDOWS" ;;
  windows-test) wanted="$OFFSCREEN $WINDOW $WINDOWS $WINDOWS_TEST" ;;
  *) echo "usage: $0 offscreen|window|atspi|package|windows|windows-test" >&2; exit 2 ;;
esac
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian-like: nothing we can check
missing=""
for pkg in $wanted; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  case "$status" in *"ok installed"*) ;; *) missing="$missing $pkg" ;; esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the system packages needed:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null
  exit 0
fi
echo "System packages are missing. Run:" >&2
echo "  sudo apt-get install$missing" >&2
exit 1
