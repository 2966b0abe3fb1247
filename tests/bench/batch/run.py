#!/usr/bin/python3
"""Batch throughput: 1000 messages to the local Postfix (submission port, STARTTLS + AUTH PLAIN), messages per
second, for Epistle's engine (one connection, SmtpSender), Python smtplib reusing one connection, and msmtp
(one process and connection per message, as it works). The Postfix instance discards accepted mail
(transport "discard"), so what is measured is SMTP submission, the same server work for every client.

Usage: tests/bench/batch/run.py [--count N] [--msmtp-count N] [--build DIR]"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
USER, PASSWORD = "alice@example.test", "correct horse"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--msmtp-count", type=int, default=1000)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    args = ap.parse_args()
    bench = os.path.join(args.build, "tests", "bench", "epistle-batch-bench")
    work = tempfile.mkdtemp(prefix="epistle-batch-")
    os.chmod(work, 0o755)
    instance = os.path.join(work, "postfix")
    started = subprocess.run([os.path.join(ROOT, "tests", "servers", "postfix-instance"), "start", instance,
                              "--owner", str(os.getpid()), "--set", "transport_maps = static:discard:benchmark"],
                             capture_output=True, text=True)
    if "READY" not in started.stdout:
        sys.exit("postfix-instance failed: " + started.stderr)
    ports = dict(l.split("=") for l in started.stdout.split() if "=" in l)
    port = ports["SUBMISSION"]
    ca = os.path.join(instance, "certs", "ca.pem")
    eml = os.path.join(work, "m.eml")
    with open(eml, "wb") as f:
        f.write(b"From: alice@example.test\r\nTo: bob@example.test\r\nSubject: batch\r\n\r\n"
                + b"A short message, as most are.\r\n" * 10)
    results = []
    try:
        t0 = time.monotonic()
        r = subprocess.run([bench, "localhost", port, "starttls", ca, USER, PASSWORD, USER, "bob@example.test", eml,
                            str(args.count)], capture_output=True, text=True)
        ok = r.returncode == 0
        results.append(("epistle (SmtpSender, one connection)", args.count, time.monotonic() - t0, ok, r.stderr))
        t0 = time.monotonic()
        r = subprocess.run([sys.executable, os.path.join(HERE, "smtplib_batch.py"), port, "starttls", ca, USER, PASSWORD,
                            USER, "bob@example.test", eml, str(args.count)], capture_output=True, text=True)
        results.append(("python smtplib (one connection)", args.count, time.monotonic() - t0, r.returncode == 0, r.stderr))
        if shutil.which("msmtp") and args.msmtp_count > 0:
            t0 = time.monotonic()
            ok = True
            for _ in range(args.msmtp_count):
                with open(eml, "rb") as stdin:
                    r = subprocess.run(["msmtp", "--host=127.0.0.1", "--port=" + port, "--tls=on", "--tls-starttls=on",
                                        "--tls-trust-file=" + ca, "--auth=plain", "--user=" + USER,
                                        "--passwordeval=echo '%s'" % PASSWORD, "--from=" + USER, "bob@example.test"],
                                       stdin=stdin, capture_output=True)
                ok = ok and r.returncode == 0
            results.append(("msmtp (a connection per message)", args.msmtp_count, time.monotonic() - t0, ok, ""))
    finally:
        subprocess.run([os.path.join(ROOT, "tests", "servers", "postfix-instance"), "destroy", instance])
        shutil.rmtree(work, ignore_errors=True)
    base = next((c / t for n, c, t, ok, e in results if n.startswith("python")), None)
    print("Batch: %d messages over STARTTLS + AUTH PLAIN to the local Postfix" % args.count)
    print("%-38s %6s %9s %10s %8s" % ("client", "msgs", "wall (s)", "msgs/s", "ratio"))
    for name, count, wall, ok, err in results:
        rate = count / wall
        print("%-38s %6d %9.2f %10.1f %7.2fx%s" % (name, count, wall, rate, rate / base if base else 0,
                                                  "" if ok else "  FAILED: " + err.strip()[-200:]))
    return 0 if all(r[3] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
