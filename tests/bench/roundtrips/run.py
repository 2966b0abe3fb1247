#!/usr/bin/python3
"""Round trips and wall time for one message to 1, 10 and 100 recipients, through a delaying proxy (50 ms
each way per chunk) in front of the test Postfix, for Epistle, msmtp, swaks --pipeline and Python smtplib,
with STARTTLS + AUTH PLAIN and with implicit TLS + AUTH PLAIN. Prints a table.

Usage: tests/bench/roundtrips/run.py [--delay MS] [--epistle PATH]"""
import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
USER, PASSWORD = "alice@example.test", "correct horse"


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def start_proxy(target, delay, log):
    port = free_port()
    p = subprocess.Popen([sys.executable, os.path.join(HERE, "delayproxy.py"), str(port), str(target), str(delay), log],
                         stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "READY"
    return p, port


def clients(epistle, ca, eml, mode, port, rcpts):
    starttls = mode == "starttls"
    env = dict(os.environ, PW=PASSWORD)
    yield "epistle", [epistle, "send", "--server", "127.0.0.1:%d" % port, "--security", mode, "--ca-file", ca,
                      "--user", USER, "--password-env", "PW", "--auth", "plain", "--from", USER,
                      "--eml", eml] + sum((["--to", r] for r in rcpts), []), env, None
    yield "msmtp", ["msmtp", "--host=127.0.0.1", "--port=%d" % port, "--tls=on",
                    "--tls-starttls=%s" % ("on" if starttls else "off"), "--tls-trust-file=" + ca,
                    "--auth=plain", "--user=" + USER, "--passwordeval=echo '%s'" % PASSWORD,
                    "--from=" + USER] + rcpts, env, eml
    yield "swaks --pipeline", ["swaks", "--server", "127.0.0.1", "--port", str(port),
                               "--tls" if starttls else "--tls-on-connect", "--auth", "PLAIN",
                               "--auth-user", USER, "--auth-password", PASSWORD, "--pipeline", "--from", USER,
                               "--to", ",".join(rcpts), "--data", "@" + eml, "--silent", "2"], env, None
    yield "python smtplib", [sys.executable, os.path.join(HERE, "smtplib_send.py"), mode, str(port), ca, USER,
                             PASSWORD, USER, eml] + rcpts, env, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--delay", type=int, default=50)
    ap.add_argument("--epistle", default=os.path.join(ROOT, "build", "app", "epistle"))
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="epistle-rt-")
    os.chmod(work, 0o755)  # Postfix daemons run as the postfix user and must reach their directories
    instance = os.path.join(work, "postfix")
    out = subprocess.run([os.path.join(ROOT, "tests", "servers", "postfix-instance"), "start", instance,
                          "--owner", str(os.getpid())], capture_output=True, text=True)
    if "READY" not in out.stdout:
        sys.exit("postfix-instance failed: " + out.stderr + out.stdout)
    out = out.stdout
    ports = dict(line.split("=") for line in out.split() if "=" in line)
    ca = os.path.join(instance, "certs", "ca.pem")
    eml = os.path.join(work, "msg.eml")
    with open(eml, "wb") as f:
        f.write(b"From: Alice <alice@example.test>\r\nTo: undisclosed-recipients:;\r\nSubject: round trips\r\n"
                b"Message-ID: <rt@example.test>\r\n\r\n" + b"Hello, this is the benchmark message.\r\n" * 20)
    rows = []
    try:
        for mode, target in (("starttls", int(ports["SUBMISSION"])), ("tls", int(ports["SUBMISSIONS"]))):
            log = os.path.join(work, "proxy-%s.log" % mode)
            proxy, port = start_proxy(target, args.delay, log)
            try:
                for n in (1, 10, 100):
                    rcpts = ["r%d@example.test" % i for i in range(n)]
                    for name, cmd, env, stdin in clients(args.epistle, ca, eml, mode, port, rcpts):
                        before = open(log).read().count("\n") if os.path.exists(log) else 0
                        t0 = time.monotonic()
                        r = subprocess.run(cmd, env=env, stdin=open(stdin, "rb") if stdin else subprocess.DEVNULL,
                                           capture_output=True, timeout=120)
                        wall = time.monotonic() - t0
                        time.sleep(0.3 + args.delay / 1000.0 * 2)  # let the proxy log the closed connection
                        lines = open(log).read().splitlines()[before:]
                        trips = int(lines[-1].split()[0]) if lines else -1
                        ok = r.returncode == 0
                        rows.append((mode, n, name, trips, wall, ok, r.stderr.decode(errors="replace")[-300:]))
            finally:
                proxy.terminate()
    finally:
        subprocess.run([os.path.join(ROOT, "tests", "servers", "postfix-instance"), "destroy", instance])
        shutil.rmtree(work, ignore_errors=True)
    print("Round trips and wall time, %d ms added each way per chunk (see tests/bench/roundtrips/delayproxy.py)"
          % args.delay)
    print("%-9s %5s  %-17s %11s %9s  %s" % ("security", "rcpts", "client", "round trips", "wall (s)", "ok"))
    for mode, n, name, trips, wall, ok, err in rows:
        print("%-9s %5d  %-17s %11d %9.3f  %s" % (mode, n, name, trips, wall, "yes" if ok else "NO: " + err.strip()))
    return 0 if all(r[5] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
