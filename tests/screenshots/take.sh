#!/bin/sh
# Makes docs/screenshots/*.png: builds the screenshot program and runs it on a virtual X server (xvfb-run),
# so the windows are drawn by a real X11 display at 1x scale with the Fusion style.
#   tests/screenshots/take.sh [BUILD_DIR]      (default: build)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$root/build"}
cmake -S "$root" -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target epistle_screenshots
out="$root/docs/screenshots"
mkdir -p "$out"
# Its own settings and data: never the person's.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp" LANG=C.UTF-8 \
    EPISTLE_SOURCE_DIR="$root" \
    xvfb-run -a -s "-screen 0 1280x1000x24" "$build/tests/screenshots/epistle_screenshots" "$out"
ls -l "$out"
