#!/bin/sh
# Benchmarks MessageWriter against coreutils' base64 on a 100 MB random file: wall time and peak RSS, measured
# with /usr/bin/time -v, best of several runs after a warm-up read (so both read from the page cache).
# Targets: the bench at most 1.5x base64's wall time, and at most 48 MB peak RSS.
#
# Usage: tests/bench/mime/run.sh [BUILD_DIR] [RUNS]
#   BUILD_DIR defaults to build-bench (configured RelWithDebInfo, only the bench target is built).
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
build=${1:-$root/build-bench}
runs=${2:-5}
bench="$build/tests/mime/bench/epistle-mime-bench"

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target epistle-mime-bench >/dev/null

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
input="$tmp/random.bin"
head -c 104857600 /dev/urandom > "$input"
cat "$input" > /dev/null

# measure NAME COMMAND...: best wall time (seconds) and largest max RSS (KiB) over $runs runs.
measure() {
    name=$1
    shift
    best=""
    rss=0
    i=0
    while [ "$i" -lt "$runs" ]; do
        /usr/bin/time -v -o "$tmp/time" "$@" > /dev/null 2> "$tmp/stderr" || { cat "$tmp/stderr" >&2; exit 1; }
        wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp/time" \
               | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
        kib=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time")
        if [ -z "$best" ] || awk "BEGIN { exit !($wall < $best) }"; then best=$wall; fi
        if [ "$kib" -gt "$rss" ]; then rss=$kib; fi
        i=$((i + 1))
    done
    printf '%-34s wall %6.3f s   max RSS %6d KiB (%.1f MB)\n' "$name" "$best" "$rss" "$(awk "BEGIN { print $rss / 1024 }")"
    last_wall=$best
    last_rss=$rss
}

echo "input: 100 MiB of random bytes; best of $runs runs each"
measure "base64 -w 76 FILE > /dev/null" base64 -w 76 "$input"
base_wall=$last_wall
measure "epistle-mime-bench FILE /dev/null" "$bench" "$input" /dev/null
bench_wall=$last_wall
bench_rss=$last_rss
"$bench" "$input" /dev/null 2>&1 >/dev/null | sed 's/^/    /'

ratio=$(awk "BEGIN { printf \"%.2f\", $bench_wall / $base_wall }")
echo "time ratio bench/base64: $ratio (target <= 1.5)"
echo "bench peak RSS: $(awk "BEGIN { printf \"%.1f\", $bench_rss / 1024 }") MB (target <= 48)"
status=0
awk "BEGIN { exit !($ratio <= 1.5) }" || { echo "FAIL: slower than 1.5x base64"; status=1; }
[ "$bench_rss" -le $((48 * 1024)) ] || { echo "FAIL: peak RSS above 48 MB"; status=1; }
[ "$status" -eq 0 ] && echo "PASS"
exit $status
