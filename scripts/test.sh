#!/usr/bin/env bash
# Installs what is missing, builds and runs every test.
#   scripts/test.sh              release build with warnings as errors, then all tests
#   scripts/test.sh --sanitize   the same with AddressSanitizer + UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "$0")/.."

sanitize=OFF
build=build
if [ "${1:-}" = "--sanitize" ]; then
    sanitize=ON
    build=build-asan
fi

bash scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DASTRO_SANITIZE=$sanitize
cmake --build "$build" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
if [ "$sanitize" = ON ]; then
    # Qt's own leaks at exit are not ours; everything else fails the run.
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
