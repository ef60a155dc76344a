#!/usr/bin/env bash
# Screenshots of the main screens as staff see them: the real app on a copy of the demo store,
# under a window manager (so each window has its frame), driven by the keyboard alone, at the
# counter's smallest screen and a large one, in English and French, and in the dark scheme.
#   scripts/framed-screenshots.sh [OUT_DIR] [BUILD_DIR]
# Writes OUT_DIR/<screen>-<width>x<height>-<en|fr|en-dark>.png (default docs/screenshots/framed).
# Needs Xvfb, openbox, xdotool and ImageMagick's import:
#   sudo apt-get install xvfb openbox xdotool imagemagick
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots/framed}"
build="${2:-build}"
for tool in Xvfb openbox xdotool import; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: sudo apt-get install xvfb openbox xdotool imagemagick" >&2; exit 2; }
done
mkdir -p "$out"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export ASTRO_KEYCHAIN=none TZ=America/Toronto XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
"$build/app/astro-counter-cli" --db "$work/demo.sqlite" init --demo >/dev/null

display=:71
shot() { DISPLAY=$display import -window root "$out/$1.png"; echo "  $out/$1.png"; }
keys() { DISPLAY=$display xdotool key --delay 120 "$@"; sleep 1; }

for size in 1024x768 1920x1080; do
    # English and French, then English in the dark scheme.
    for variant in en fr en-dark; do
        lang=${variant%-dark}
        suffix="$size-$variant"
        echo "== $suffix"
        Xvfb $display -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
        xvfb=$!
        sleep 1
        DISPLAY=$display openbox >/dev/null 2>&1 &
        wm=$!
        sleep 1
        # Each run on a fresh copy, so every set shows the same store.
        cp "$work/demo.sqlite" "$work/run.sqlite"
        rm -rf "$work/config"
        if [ "$variant" = en-dark ]; then
            mkdir -p "$work/config/Astro Loyalty"
            printf '[ui]\nappearance=dark\n' >"$work/config/Astro Loyalty/astro-counter.conf"
        fi
        code=$([ "$lang" = fr ] && echo fr_CA || echo en)
        DISPLAY=$display "$build/app/astro-counter" --db "$work/run.sqlite" --lang "$code" \
            >"$work/app-$suffix.log" 2>&1 &
        app=$!
        sleep 6
        # The pointer out of the way: a hover highlight is not a choice.
        DISPLAY=$display xdotool mousemove "${size%x*}" "${size#*x}"
        shot "sign-in-$suffix"
        # The first name in the list (Alex Martin, Admin), then the PIN.
        keys Down Up Tab
        DISPLAY=$display xdotool type --delay 80 1111
        keys Return
        sleep 1
        # The store's Temporary Holding warning greets an Admin: read, then closed.
        shot "holding-warning-$suffix"
        keys Escape
        keys ctrl+f
        DISPLAY=$display xdotool type --delay 80 "Côté"
        sleep 1.5
        keys Down Return
        sleep 1
        # Two scans, as a scanner types them: the checkout in use.
        for upc in 084721102809 084721100218; do
            DISPLAY=$display xdotool type --delay 20 "$upc"
            keys Return
        done
        shot "checkout-$suffix"
        keys F1
        shot "shortcuts-$suffix"
        keys Escape ctrl+2
        shot "history-$suffix"
        keys ctrl+3
        shot "back-office-$suffix"
        # Every back-office page in turn: its list takes the focus by Tab from the section bar.
        for page in 2 3 4 5 6 7 8 9; do
            keys Down
            shot "back-office-$page-$suffix"
        done
        keys Home
        keys ctrl+comma
        shot "settings-$suffix"
        keys Escape
        kill $app $wm $xvfb 2>/dev/null || true
        wait $app $wm $xvfb 2>/dev/null || true
    done
done
