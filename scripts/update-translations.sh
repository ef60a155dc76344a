#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources. Run after changing any user-visible string,
# then translate what is new in astro_fr_CA.ts (CI refuses unfinished French).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate6 || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
"$lupdate" -no-obsolete -locations none core bridge ui app -ts translations/astro_fr_CA.ts "$@"
"$lupdate" -no-obsolete -locations none -pluralonly core bridge ui app -ts translations/astro_en.ts "$@"
