#!/bin/sh
# Runs every benchmark and prints the figures (docs/benchmarks.md explains each). Build first (scripts/test
# or cmake --build build); needs root for the private Postfix. Nothing here is a test: no figure fails it.
# Usage: tests/bench/run-all.sh [BUILD_DIR]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
cmake --build "$build" --target epistle epistle-batch-bench epistle-large-send epistle-mime-bench \
    epistle-outbox-fill epistle-spell-bench >/dev/null
echo "== Round trips (50 ms each way per chunk)"
/usr/bin/python3 "$root/tests/bench/roundtrips/run.py" --epistle "$build/app/epistle"
echo
echo "== epistle send against msmtp over a 50 ms round trip (TUN link between two network namespaces)"
/usr/bin/python3 "$root/tests/bench/roundtrips/sendwall.py" --epistle "$build/app/epistle"
echo
echo "== Batch"
/usr/bin/python3 "$root/tests/bench/batch/run.py" --build "$build" --msmtp-count 200
echo
echo "== Large attachment"
"$root/tests/bench/large/run.sh" "$build" 3
echo
echo "== Start-up"
"$root/tests/bench/startup/run.sh" "$build" 10
echo
echo "== Outbox flush"
/usr/bin/python3 "$root/tests/bench/outbox/flush.py" --build "$build"
echo
echo "== Start cost against the outbox's size"
/usr/bin/python3 "$root/tests/bench/outbox/startcost.py" --build "$build" --runs 20
echo
echo "== Spell checking while typing"
QT_QPA_PLATFORM=offscreen "$build/tests/bench/epistle-spell-bench"
