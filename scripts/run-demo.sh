#!/usr/bin/env bash
# Builds Astro Counter and opens it on the demo store (created on first run in
# ~/.local/share/astro-counter/demo.sqlite). Extra arguments go to the app, e.g. --lang fr_CA.
# Demo users and PINs: Alex Martin (Admin) 1111, Morgan Reyes (Manager) 2222,
# Sam Tremblay (Cashier) 3333, Jordan Okafor (Cashier) 4444.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target astro-counter

exec build/app/astro-counter --db "$HOME/.local/share/astro-counter/demo.sqlite" --demo "$@"
