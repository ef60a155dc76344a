#!/usr/bin/env bash
# Checks a built astro-counter .deb: its contents and control fields, the desktop entry and the
# AppStream metainfo, then unpacks it into a fresh temporary root and runs the installed programs
# on the system's Qt (no LD_LIBRARY_PATH): the CLI (--version, init --demo) and an offscreen start
# of the GUI on the demo store that must exit by itself.
#   scripts/check-package.sh build-pkg/astro-counter_0.1.0_amd64.deb
# Prints one line per check and "N passed, N failed"; exits 1 when a check failed.
set -uo pipefail

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    echo "usage: $0 PACKAGE.deb" >&2
    exit 2
fi
deb="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
cd "$(dirname "$0")/.."

passed=0
failed=0
pass() { echo "PASS  $*"; passed=$((passed + 1)); }
fail() { echo "FAIL  $*"; failed=$((failed + 1)); }
# check "what" command...: passes when the command succeeds; shows its output when it does not.
check() {
    local what="$1" out
    shift
    if out="$("$@" 2>&1)"; then
        pass "$what"
    else
        fail "$what"
        printf '%s\n' "$out" | sed 's/^/      /' | head -20
    fi
}

tmp="$(mktemp -d /tmp/astro-check-package.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT

echo "Checking $deb"

# --- Control fields ---------------------------------------------------------------------------
check "dpkg-deb -I reads the package" dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1" 2>/dev/null; }
[ "$(field Package)" = astro-counter ] && pass "Package: astro-counter" \
    || fail "Package is '$(field Package)', not astro-counter"
depends="$(field Depends)"
echo "      Depends: $depends"
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6multimedia6 libqt6sql6-sqlite; do
    printf '%s\n' "$depends" | tr ',' '\n' | grep -Eq "^ *$dep( |$)" \
        && pass "Depends has $dep" || fail "Depends lacks $dep"
done
printf '%s\n' "$(field Recommends)" | grep -q qt6-translations-l10n \
    && pass "Recommends has qt6-translations-l10n" || fail "Recommends lacks qt6-translations-l10n"
[ "$(field Section)" = misc ] && pass "Section: misc" || fail "Section is '$(field Section)'"
[ "$(field Maintainer)" = "Astro Counter developers <astro-counter@astroloyalty.com>" ] \
    && pass "Maintainer" || fail "Maintainer is '$(field Maintainer)'"
# Debian's own checks: no error and no warning (informational tags are allowed).
lintian_out="$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -E '^[EW]: ')"
[ -z "$lintian_out" ] && pass "lintian: no error or warning" \
    || fail "lintian: $(printf '%s' "$lintian_out" | head -5)"
field Description | grep -q "Astro Loyalty" && pass "Description" || fail "Description: $(field Description)"
# Every dependency is a real Debian package that apt can satisfy here (a simulation: no change).
check "apt can satisfy the dependencies" apt-get install --simulate -qq "$deb"

# --- Contents ---------------------------------------------------------------------------------
contents="$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')"
expect_file() {
    printf '%s\n' "$contents" | grep -qxF "$1" && pass "contains $1" || fail "missing $1"
}
expect_file /usr/bin/astro-counter
expect_file /usr/bin/astro-counter-cli
expect_file /usr/share/applications/astro-counter.desktop
expect_file /usr/share/metainfo/com.astroloyalty.AstroCounter.metainfo.xml
expect_file /usr/share/icons/hicolor/scalable/apps/astro-counter.svg
for size in 16 24 32 48 64 128 256 512; do
    expect_file "/usr/share/icons/hicolor/${size}x${size}/apps/astro-counter.png"
done
expect_file /usr/share/man/man1/astro-counter.1.gz
expect_file /usr/share/man/man1/astro-counter-cli.1.gz
outside="$(printf '%s\n' "$contents" | grep -v '^/$' | grep -v '^/usr/' || true)"
[ -z "$outside" ] && pass "every file is under /usr" || fail "files outside /usr: $outside"

# --- Unpack into a fresh root -----------------------------------------------------------------
root="$tmp/root"
mkdir -p "$root"
if dpkg -x "$deb" "$root"; then pass "dpkg -x"; else fail "dpkg -x"; fi
bin="$root/usr/bin"

check "desktop-file-validate" desktop-file-validate "$root/usr/share/applications/astro-counter.desktop"
grep -qx 'Exec=astro-counter' "$root/usr/share/applications/astro-counter.desktop" \
    && grep -qx 'Icon=astro-counter' "$root/usr/share/applications/astro-counter.desktop" \
    && pass "desktop entry runs astro-counter with its icon" || fail "desktop entry Exec/Icon"
check "appstreamcli validate --no-net" appstreamcli validate --no-net \
    "$root/usr/share/metainfo/com.astroloyalty.AstroCounter.metainfo.xml"
for page in astro-counter astro-counter-cli; do
    check "man page $page.1 reads" sh -c \
        "gzip -t '$root/usr/share/man/man1/$page.1.gz' && zcat '$root/usr/share/man/man1/$page.1.gz' | groff -man -Tutf8 -ww -z 2>&1 | { ! grep .; }"
done
png_size() { python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$1"; }
icons_ok=1
for size in 16 24 32 48 64 128 256 512; do
    f="$root/usr/share/icons/hicolor/${size}x${size}/apps/astro-counter.png"
    [ -f "$f" ] && [ "$(png_size "$f")" = "${size}x${size}" ] || { icons_ok=0; echo "      $f is not ${size}x${size}"; }
done
[ $icons_ok = 1 ] && pass "each PNG icon has its size" || fail "PNG icon sizes"
for exe in astro-counter astro-counter-cli; do
    if readelf -d "$bin/$exe" 2>/dev/null | grep -Eq 'R(UN)?PATH'; then
        fail "$exe has an RPATH/RUNPATH: $(readelf -d "$bin/$exe" | grep -E 'R(UN)?PATH')"
    else
        pass "$exe has no RPATH (system Qt)"
    fi
done

# --- Run the installed programs ---------------------------------------------------------------
# A fresh home: nothing of the user's settings or data is read or written.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
       XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset LD_LIBRARY_PATH QT_PLUGIN_PATH ASTRO_USER ASTRO_PIN
export LANG=C.UTF-8

version="$(dpkg-deb -f "$deb" Version)"
out="$("$bin/astro-counter-cli" --version 2>&1)"
[ "$out" = "astro-counter-cli ${version%%-*}" ] && pass "astro-counter-cli --version: $out" \
    || fail "astro-counter-cli --version printed '$out', expected 'astro-counter-cli ${version%%-*}'"

db="$tmp/store.sqlite"
check "astro-counter-cli init --demo" "$bin/astro-counter-cli" --db "$db" init --demo
users="$("$bin/astro-counter-cli" --db "$db" user list 2>&1)"
printf '%s\n' "$users" | grep -q "Alex Martin" && pass "the demo store has its users" \
    || fail "user list on the demo store: $users"
check "astro-counter-cli scans on the demo store" "$bin/astro-counter-cli" --db "$db" \
    --user "Sam Tremblay" --pin 3333 scan --customer 1 084721100287

# The GUI: an offscreen start on the demo store that quits by itself after 3 s.
gui_db="$tmp/gui.sqlite"
gui_out="$(timeout 20 env QT_QPA_PLATFORM=offscreen "$bin/astro-counter" \
    --db "$gui_db" --demo --quit-after 3000 2>&1)"
gui_rc=$?
if printf '%s\n' "$gui_out" | grep -qi "unknown option.*quit-after"; then
    fail "astro-counter has no --quit-after MS option yet (app/gui/main.cpp): to fix later," \
         "the package check needs it to start the GUI offscreen and exit by itself"
elif [ $gui_rc -eq 124 ]; then
    fail "astro-counter --quit-after 3000 did not exit within 20 s"
elif [ $gui_rc -ne 0 ]; then
    fail "astro-counter exited with $gui_rc"
    printf '%s\n' "$gui_out" | sed 's/^/      /' | head -20
else
    gui_users="$("$bin/astro-counter-cli" --db "$gui_db" user list 2>&1)"
    printf '%s\n' "$gui_users" | grep -q "Alex Martin" \
        && pass "astro-counter opened the demo store offscreen and exited cleanly" \
        || fail "astro-counter exited 0 but the demo store is not in $gui_db: $gui_users"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
