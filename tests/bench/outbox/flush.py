#!/usr/bin/python3
"""Outbox flush throughput: N messages queued with `epistle send --queue` (STARTTLS + AUTH PLAIN to the local
Postfix, submission port), then one `epistle outbox flush`, timed from the process's start to its exit; messages
per second, and how many connections Postfix saw for the flush (from its log). Postfix's transport is "discard",
so what is measured is submission, the same server work as the batch benchmark. For scale, the same N messages
sent by the engine alone (epistle-batch-bench, one connection, no store) to the same Postfix right after: on a
busy machine both move together, and their ratio is the store's cost. The messages are queued once; every run
flushes a fresh copy of that outbox. Runs interleave the flush, the flush of --compare's build (the code before
a change) and the engine, so all three meet the same load; each flush's CPU time (user + system) is printed
too, a figure that moves far less with the load than the wall time.

Usage: tests/bench/outbox/flush.py [--count N] [--runs R] [--build DIR] [--compare DIR]"""
import argparse
import os
import re
import resource
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
    ap.add_argument("--compare", help="another build directory whose epistle flushes the same outbox")
    args = ap.parse_args()
    epistle = os.path.join(args.build, "app", "epistle")
    builds = [("this", epistle)] + ([("compare", os.path.join(args.compare, "app", "epistle"))] if args.compare else [])
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
    rates = {name: [] for name, _ in builds}
    cpus = {name: [] for name, _ in builds}
    conns = {name: [] for name, _ in builds}
    engine = []
    print("load average at start: %.2f %.2f %.2f" % os.getloadavg())
    try:
        template = os.path.join(work, "template")
        env["XDG_DATA_HOME"] = template
        env["XDG_CONFIG_HOME"] = os.path.join(work, "config")
        for i in range(args.count):
            subprocess.run([epistle, "send", "--queue"] + connection
                           + ["--from", USER, "--to", "bob@example.test", "--subject", "q%d" % (i + 1),
                              "--body", "A short message, as most are.\n" * 10],
                           env=env, check=True, capture_output=True)
        eml = os.path.join(work, "message.eml")
        with open(eml, "w", newline="") as f:
            f.write("From: %s\r\nTo: bob@example.test\r\nSubject: q\r\n\r\n" % USER
                    + "A short message, as most are.\r\n" * 10)
        bench = os.path.join(args.build, "tests", "bench", "epistle-batch-bench")
        log = os.path.join(instance, "maillog")
        for run in range(args.runs):
            for name, binary in builds:
                env["XDG_DATA_HOME"] = os.path.join(work, "data-%s-%d" % (name, run))
                shutil.copytree(template, env["XDG_DATA_HOME"], symlinks=True)
                mark = os.path.getsize(log)
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.monotonic()
                r = subprocess.run([binary, "outbox", "flush", "--json"], env=env, capture_output=True, text=True)
                wall = time.monotonic() - t0
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                if r.returncode != 0:
                    sys.exit("flush failed (%d): %s" % (r.returncode, r.stderr[-2000:]))
                time.sleep(0.5)  # the log catches up
                cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
                rates[name].append(args.count / wall)
                cpus[name].append(cpu)
                conns[name].append(connections(log, mark))
                print("run %d %s: %d messages in %.3f s: %.1f msgs/s, cpu %.3f s, over %d connection(s)"
                      % (run + 1, name, args.count, wall, args.count / wall, cpu, conns[name][-1]))
            t0 = time.monotonic()
            subprocess.run([bench, "localhost", ports["SUBMISSION"], "starttls",
                            os.path.join(instance, "certs", "ca.pem"), USER, PASSWORD, USER, "bob@example.test",
                            eml, str(args.count)], check=True, capture_output=True)
            engine.append(args.count / (time.monotonic() - t0))
            print("run %d engine alone: %.1f msgs/s" % (run + 1, engine[-1]))
    finally:
        subprocess.run([os.path.join(ROOT, "tests", "servers", "postfix-instance"), "destroy", instance])
        shutil.rmtree(work, ignore_errors=True)
    print("load average at end: %.2f %.2f %.2f" % os.getloadavg())
    for name, binary in builds:
        print("%s (%s): epistle outbox flush of %d queued messages (STARTTLS + AUTH PLAIN, local Postfix): median "
              "%.1f msgs/s (%s), cpu median %.3f s, %s connection(s); flush/engine %.2f"
              % (name, binary, args.count, statistics.median(rates[name]),
                 ", ".join("%.1f" % r for r in rates[name]), statistics.median(cpus[name]),
                 "/".join(str(c) for c in conns[name]), statistics.median(rates[name]) / statistics.median(engine)))
    print("the engine alone (epistle-batch-bench, process start to exit): median %.1f msgs/s (%s)"
          % (statistics.median(engine), ", ".join("%.1f" % r for r in engine)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
