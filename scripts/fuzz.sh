#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz, docs/fuzzing.md) with Clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in build-fuzz, then runs each for SECONDS (default 20) over a copy
# of its corpus, and prints each one's executions and executions per second.
#   scripts/fuzz.sh [SECONDS]
# Exits non-zero on any finding (a crash, a sanitizer report, a broken check, a hang, a leak);
# the input that found it is kept in build-fuzz/fuzz-runs/<harness>/findings/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"

bash scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD"
# Only the harnesses and what they link (astrocore) are built. -O1: libFuzzer's usual level, and
# a heavy source compiles in about 3 s with the sanitizers.
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DASTRO_FUZZ=ON -DASTRO_TOOLS=OFF "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" >/dev/null
cmake --build build-fuzz --target astro-fuzzers --parallel "$(nproc)"

export LC_ALL=C.UTF-8 TZ=America/Toronto
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# harness, longest input it is given
harnesses=("catalog 8192" "gtin 64" "wire 4096" "salefile 4096")
failed=()
summary=()
for entry in "${harnesses[@]}"; do
    read -r name maxlen <<<"$entry"
    run="build-fuzz/fuzz-runs/$name"
    rm -rf "$run"
    mkdir -p "$run/corpus" "$run/findings"
    # libFuzzer adds what it finds to the first corpus folder: a copy, never the repository's.
    cp tests/fuzz/corpus/"$name"/* "$run/corpus/"
    seeds=$(find "$run/corpus" -type f | wc -l)
    echo "== fuzz_$name: $seconds s over $seeds seed inputs"
    status=0
    (cd "$run" && TMPDIR="$PWD" "../../tests/fuzz/fuzz_$name" corpus \
        -dict="../../../tests/fuzz/$name.dict" -max_len="$maxlen" -timeout=10 \
        -rss_limit_mb=2048 -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix=findings/) >"$run/log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$run/log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$run/log" | tail -n 1)
    corpus=$(find "$run/corpus" -type f | wc -l)
    line="fuzz_$name: ${execs:-?} executions, ${rate:-?} exec/s, corpus $seeds -> $corpus inputs"
    echo "$line"
    if [ "$status" -ne 0 ] || [ -n "$(ls -A "$run/findings")" ]; then
        failed+=("fuzz_$name")
        line="$line — FINDING (exit $status)"
        echo "---- $run/log (end)"
        tail -n 60 "$run/log"
        echo "---- kept: $(ls "$run/findings" | tr '\n' ' ')"
    fi
    summary+=("$line")
done

echo "== Fuzzing, $seconds s each"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "Findings in: ${failed[*]} (inputs in build-fuzz/fuzz-runs/<harness>/findings/)" >&2
    exit 1
fi
