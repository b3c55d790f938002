#!/usr/bin/env bash
# Fuzz Planwerk with libFuzzer (docs/robustness.md).
#
#   Fuzz/run.sh [bytes|structured] [SECONDS] [extra libFuzzer options…]
#
# Builds the fuzz target in release with -sanitize=fuzzer,address
# (PLANWERK_FUZZ_SANITIZE=fuzzer to leave out AddressSanitizer), seeds its
# corpus in fuzz-corpus/MODE (ignored by git) from the examples, every test
# fixture and the fuzz regression fixtures, and runs it on one core for
# SECONDS (default 600). Crashes, timeouts and out-of-memory inputs are
# written to fuzz-corpus/artifacts/.
#
# To replay one input:  Fuzz/run.sh bytes 0 fuzz-corpus/artifacts/crash-…
# (a file argument makes libFuzzer run just that input). For a structured
# recipe, PLANWERK_FUZZ_PRINT=1 prints the plan it stands for.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
mode=${1:-bytes}
seconds=${2:-600}
shift $(( $# < 2 ? $# : 2 ))
case $mode in bytes|structured) ;; *) echo "usage: $0 [bytes|structured] [SECONDS] [libFuzzer options…]" >&2; exit 2 ;; esac

sanitize=${PLANWERK_FUZZ_SANITIZE:-fuzzer,address}
# Swift frees by reference counting; leak reports at exit are about globals, not findings.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
build=(swift build -c release --package-path "$here" --product "fuzz-$mode"
       -Xswiftc "-sanitize=$sanitize" -Xswiftc -use-ld=lld -j 1)
"${build[@]}" >&2
bin="$("${build[@]}" --show-bin-path)/fuzz-$mode"

corpus="$repo/fuzz-corpus/$mode"
artifacts="$repo/fuzz-corpus/artifacts"
mkdir -p "$corpus" "$artifacts"

# A dictionary of the grammar's keywords and punctuation, for the byte mode.
dict="$repo/fuzz-corpus/planwerk.dict"
grep -o "'[^']*'" "$repo/grammar/planwerk.ebnf" | sort -u | sed 's/^.\(.*\).$/"\1"/; s/\\/\\\\/g' > "$dict"
printf '"\\x0a%%%%status\\x0a"\n"9999-12-31"\n"every day"\n"horizon"\n' >> "$dict"

if [ "$mode" = bytes ]; then
    # Every plan of the repository is a seed; a sidecar follows its plan after the marker line.
    while IFS= read -r f; do
        name="seed-$(echo "$f" | tr '/' '_')"
        side="${f%.plan}.status.plan"
        if [ -f "$repo/$side" ]; then
            { cat "$repo/$f"; printf '\n%%%%status\n'; cat "$repo/$side"; } > "$corpus/$name"
        else
            cp "$repo/$f" "$corpus/$name"
        fi
    done < <(cd "$repo" && find examples Tests -name '*.plan' ! -name '*.status.plan' \( -path 'examples/*' -o -path '*/Fixtures/*' \) -size -200k | sort)
    options=(-dict="$dict" -max_len=1024)
else
    # Recipes: each seed plan unchanged, and grammar sentences of a few seeds.
    for k in $(seq 0 255); do
        printf "\\x01\\x$(printf %02x "$k")" > "$corpus/seed-plan-$k"
    done
    for k in $(seq 1 64); do
        printf "\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x$(printf %02x "$k")\\x$(printf %02x $((k * 7 % 256)))\\x02\\x$(printf %02x $((k * 3 % 256)))" > "$corpus/seed-sentence-$k"
    done
    options=(-max_len=4096)
fi

if [ "$seconds" = 0 ]; then exec "$bin" "$@"; fi
exec "$bin" "$corpus" "${options[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts/$mode-" -print_final_stats=1 -detect_leaks=0 "$@"
