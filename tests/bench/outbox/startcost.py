#!/usr/bin/python3
"""Cost of a start against the outbox's size: `epistle send` of one short message to the local Postfix (plain
port, no TLS, so the figure is mostly Epistle's own start and store work), with an empty outbox and with COUNT
failed messages in it (epistle-outbox-fill), timed from process start to exit, RUNS times each, interleaved.
Prints both medians and their ratio (goal: within 10%).

Usage: tests/bench/outbox/startcost.py [--count N] [--runs R] [--build DIR] [--epistle BINARY]"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--epistle", default=None, help="the binary to time (default: BUILD/app/epistle)")
    args = ap.parse_args()
    epistle = args.epistle or os.path.join(args.build, "app", "epistle")
    fill = os.path.join(args.build, "tests", "bench", "epistle-outbox-fill")
    work = tempfile.mkdtemp(prefix="epistle-startcost-")
    os.chmod(work, 0o755)
    instance = os.path.join(work, "postfix")
    started = subprocess.run([os.path.join(ROOT, "tests", "servers", "postfix-instance"), "start", instance,
                              "--owner", str(os.getpid()), "--set", "transport_maps = static:discard:benchmark"],
                             capture_output=True, text=True)
    if "READY" not in started.stdout:
        sys.exit("postfix-instance failed: " + started.stderr)
    ports = dict(l.split("=") for l in started.stdout.split() if "=" in l)
    homes = {"empty": os.path.join(work, "empty"), "full": os.path.join(work, "full")}
    for home in homes.values():
        os.makedirs(os.path.join(home, "data"))
    # XDG_DATA_HOME/Epistle/epistle is the store (QStandardPaths::AppDataLocation).
    subprocess.run([fill, os.path.join(homes["full"], "data", "Epistle", "epistle"), str(args.count)], check=True)
    send = [epistle, "send", "--server", "127.0.0.1:" + ports["PLAIN"], "--security", "none", "--auth", "none",
            "--from", "alice@example.test", "--to", "bob@example.test", "--subject", "start cost", "--body", "hi"]
    times = {"empty": [], "full": []}
    try:
        for run in range(args.runs + 2):
            for name, home in homes.items():
                env = dict(os.environ, XDG_DATA_HOME=os.path.join(home, "data"),
                           XDG_CONFIG_HOME=os.path.join(home, "config"))
                t0 = time.monotonic()
                r = subprocess.run(send, env=env, capture_output=True, text=True)
                wall = time.monotonic() - t0
                if r.returncode != 0:
                    sys.exit("send failed (%d): %s" % (r.returncode, r.stderr))
                if run >= 2:  # the first two warm the caches
                    times[name].append(wall * 1000)
    finally:
        subprocess.run([os.path.join(ROOT, "tests", "servers", "postfix-instance"), "destroy", instance])
        shutil.rmtree(work, ignore_errors=True)
    empty, full = statistics.median(times["empty"]), statistics.median(times["full"])
    print("epistle send, median of %d runs: empty outbox %.1f ms, %d failed messages in it %.1f ms: %+.1f%%"
          % (args.runs, empty, args.count, full, (full / empty - 1) * 100))
    return 0


if __name__ == "__main__":
    sys.exit(main())
