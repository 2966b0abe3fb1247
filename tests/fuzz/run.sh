#!/bin/sh
# Builds the libFuzzer targets with clang (build-fuzz/) and runs each for SECONDS (default 60), starting
# from the checked-in seed corpus; new inputs go to tests/fuzz/corpus-work/ (not checked in), crashes to
# tests/fuzz/crashes/. Usage: tests/fuzz/run.sh [SECONDS] [target...]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"replyParser ehloCapabilities addressList encodedWord emlReader imapResponseParser"}
build="$root/build-fuzz"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DEPISTLE_FUZZ=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target $(for t in $targets; do printf 'fuzz_%s ' "$t"; done)
status=0
for t in $targets; do
    case $t in
        replyParser) seeds=reply ;; ehloCapabilities) seeds=ehlo ;; addressList) seeds=address ;;
        encodedWord) seeds=encodedword ;; emlReader) seeds=eml ;;
        imapResponseParser) seeds=imap ;; *) echo "unknown target $t"; exit 64 ;;
    esac
    work="$root/tests/fuzz/corpus-work/$seeds"
    crashes="$root/tests/fuzz/crashes/$t"
    mkdir -p "$work" "$crashes"
    echo "== $t for ${seconds}s"
    ASAN_OPTIONS=detect_leaks=1 "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 \
        -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 \
        "$work" "$root/tests/fuzz/corpus/$seeds" 2>&1 | grep -E '^(#[0-9]+ +DONE|stat::|==|SUMMARY|Done)' || status=1
    ls "$crashes" | grep -q . && { echo "crashes in $crashes"; status=1; }
done
exit $status
