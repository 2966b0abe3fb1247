#!/usr/bin/python3
"""Outbox flush throughput: N messages queued with `epistle send --queue` (STARTTLS + AUTH PLAIN to the local
Postfix, submission port), then one `epistle outbox flush`, timed from the process's start to its exit; messages
per second, and how many connections Postfix saw for the flush (from its log). Postfix's transport is "discard",
so what is measured is submission, the same server work as the batch benchmark. For scale, the same N messages
sent by the engine alone (epistle-batch-bench, one connection, no store) to the same Postfix right after: on a
busy machine both move together, and their ratio is the store's cost.

Usage: tests/bench/outbox/flush.py [--count N] [--runs R] [--build DIR]"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
USER, PASSWORD = "alice@example.test", "correct horse"


def connections(maillog, since):
    with open(maillog, encoding="utf-8", errors="replace") as f:
        f.seek(since)
        return sum(1 for line in f if re.search(r"postfix-test/submission/smtpd\[\d+\]: connect from", line))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    args = ap.parse_args()
    epistle = os.path.join(args.build, "app", "epistle")
    work = tempfile.mkdtemp(prefix="epistle-flush-")
    os.chmod(work, 0o755)
    instance = os.path.join(work, "postfix")
    started = subprocess.run([os.path.join(ROOT, "tests", "servers", "postfix-instance"), "start", instance,
                              "--owner", str(os.getpid()), "--set", "transport_maps = static:discard:benchmark"],
                             capture_output=True, text=True)
    if "READY" not in started.stdout:
        sys.exit("postfix-instance failed: " + started.stderr)
    ports = dict(l.split("=") for l in started.stdout.split() if "=" in l)
    env = dict(os.environ, SMTP_PW=PASSWORD)
    connection = ["--server", "localhost:" + ports["SUBMISSION"], "--security", "starttls",
                  "--ca-file", os.path.join(instance, "certs", "ca.pem"), "--user", USER,
                  "--password-env", "SMTP_PW", "--auth", "plain"]
    rates, conns = [], []
    try:
        for run in range(args.runs):
            env["XDG_DATA_HOME"] = os.path.join(work, "data%d" % run)
            env["XDG_CONFIG_HOME"] = os.path.join(work, "config%d" % run)
            for i in range(args.count):
                subprocess.run([epistle, "send", "--queue"] + connection
                               + ["--from", USER, "--to", "bob@example.test", "--subject", "q%d" % (i + 1),
                                  "--body", "A short message, as most are.\n" * 10],
                               env=env, check=True, capture_output=True)
            log = os.path.join(instance, "maillog")
            mark = os.path.getsize(log)
            t0 = time.monotonic()
            r = subprocess.run([epistle, "outbox", "flush", "--json"], env=env, capture_output=True, text=True)
            wall = time.monotonic() - t0
            if r.returncode != 0:
                sys.exit("flush failed (%d): %s" % (r.returncode, r.stderr[-2000:]))
            time.sleep(0.5)  # the log catches up
            rates.append(args.count / wall)
            conns.append(connections(log, mark))
            print("run %d: %d messages in %.3f s: %.1f msgs/s over %d connection(s)"
                  % (run + 1, args.count, wall, args.count / wall, conns[-1]))
        eml = os.path.join(work, "message.eml")
        with open(eml, "w", newline="") as f:
            f.write("From: %s\r\nTo: bob@example.test\r\nSubject: q\r\n\r\n" % USER
                    + "A short message, as most are.\r\n" * 10)
        bench = os.path.join(args.build, "tests", "bench", "epistle-batch-bench")
        engine = []
        for run in range(args.runs):
            t0 = time.monotonic()
            subprocess.run([bench, "localhost", ports["SUBMISSION"], "starttls",
                            os.path.join(instance, "certs", "ca.pem"), USER, PASSWORD, USER, "bob@example.test",
                            eml, str(args.count)], check=True, capture_output=True)
            engine.append(args.count / (time.monotonic() - t0))
    finally:
        subprocess.run([os.path.join(ROOT, "tests", "servers", "postfix-instance"), "destroy", instance])
        shutil.rmtree(work, ignore_errors=True)
    print("epistle outbox flush of %d queued messages (STARTTLS + AUTH PLAIN, local Postfix): median %.1f msgs/s "
          "(%s), %s connection(s)" % (args.count, statistics.median(rates),
                                      ", ".join("%.1f" % r for r in rates), "/".join(str(c) for c in conns)))
    print("the engine alone (epistle-batch-bench, process start to exit): median %.1f msgs/s (%s); flush/engine %.2f"
          % (statistics.median(engine), ", ".join("%.1f" % r for r in engine),
             statistics.median(rates) / statistics.median(engine)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
