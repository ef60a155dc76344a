#!/usr/bin/env bash
# Installs what Astro Counter needs to build, test and package on Debian 12. Safe to run again.
# Packaging: dpkg-dev (dpkg-shlibdeps computes the .deb's Depends), librsvg2-bin (renders the
# icons), desktop-file-utils, appstream and groff-base (validate the desktop entry, the metainfo and
# the man pages). Fuzzing (scripts/fuzz.sh): clang and its libFuzzer and sanitizer runtimes.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev qt6-multimedia-dev
    libqt6sql6-sqlite libsqlite3-dev
    qtkeychain-qt6-dev libgl-dev
    xvfb xauth poppler-utils python3
    dpkg-dev librsvg2-bin desktop-file-utils appstream groff-base lintian
    clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
