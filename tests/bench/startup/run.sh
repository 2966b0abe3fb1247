#!/bin/sh
# Start-up: time from launch to the composer window shown, as the app itself reports it
# (epistle --startup-time --quit-after-startup), under Xvfb, RUNS times with fresh settings; prints each
# figure and the median. Goal: under 300 ms.
# Usage: tests/bench/startup/run.sh [BUILD_DIR] [RUNS]
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
build=${1:-$root/build}
runs=${2:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
i=0
: > "$work/ms"
while [ "$i" -lt "$runs" ]; do
    xvfb-run -a "$build/app/epistle" --startup-time --quit-after-startup 2>&1 \
        | sed -n 's/.*composer shown \([0-9]*\) ms after launch.*/\1/p' >> "$work/ms"
    i=$((i + 1))
done
printf 'start-up to composer shown (ms), %d runs: %s\n' "$runs" "$(tr '\n' ' ' < "$work/ms")"
sort -n "$work/ms" | awk '{ a[NR] = $1 } END { printf "median %d ms, min %d ms, max %d ms (goal: under 300 ms)\n", a[int((NR + 1) / 2)], a[1], a[NR] }'
