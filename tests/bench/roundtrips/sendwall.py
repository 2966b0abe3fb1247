#!/usr/bin/python3
"""Wall time of `epistle send` against msmtp's over a link with a real round-trip time, for STARTTLS + AUTH
PLAIN (submission port) and implicit TLS + AUTH PLAIN (submissions port): one short message to one recipient,
each client started as a new process and timed from its start to its exit, runs interleaved, medians.

The link: two network namespaces (client, server) joined by TUN devices and tundelay.py, which holds every
packet DELAY/2 ms each way (this kernel has neither sch_netem nor sch_fq, so `tc ... netem` cannot be used).
TCP runs end to end between the client's and the server's kernels, so delayed ACKs, Nagle and TCP_QUICKACK
count as on a real network (unlike delayproxy.py, which ends the client's TCP). The test Postfix
(tests/servers/postfix-instance) listens in the server namespace, with a certificate for its address there.

Needs root (namespaces, TUN devices, Postfix), iproute2 and Debian's msmtp (both installed by scripts/deps.sh;
by hand: `apt-get install msmtp iproute2`). Usage:
    /usr/bin/python3 tests/bench/roundtrips/sendwall.py [--delay 50] [--runs 9] [--epistle PATH] [--log DIR]
--log DIR keeps tundelay.py's packet log of each run (DIR/<mode>-<client>-<run>.log: the process's start, then
one line per packet with the same clock, then its exit) for counting round trips and seeing where time goes.
"""
import argparse
import ctypes
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
USER, PASSWORD = "alice@example.test", "correct horse"
CLIENT_IP, SERVER_IP = "10.77.0.1", "10.77.0.2"


def run(*cmd, **kw):
    return subprocess.run(list(cmd), check=True, capture_output=True, text=True, **kw)


def enter(namespace):
    libc = ctypes.CDLL(None, use_errno=True)
    fd = os.open("/run/netns/" + namespace, os.O_RDONLY)
    if libc.setns(fd, 0x40000000) != 0:
        sys.exit("setns: " + os.strerror(ctypes.get_errno()))
    os.close(fd)


def make_certs(certs):
    """The test CA and a server certificate that also names SERVER_IP."""
    run(os.path.join(ROOT, "tests", "servers", "make-certs.sh"), certs)
    ext = os.path.join(certs, "link.ext")
    with open(ext, "w") as f:
        f.write("basicConstraints = critical, CA:FALSE\nkeyUsage = critical, digitalSignature\n"
                "extendedKeyUsage = serverAuth\nsubjectAltName = DNS:localhost, IP:127.0.0.1, IP:%s\n"
                % SERVER_IP)
    key, csr, pem = (os.path.join(certs, n) for n in ("server.key", "link.csr", "server.pem"))
    run("openssl", "req", "-new", "-key", key, "-subj", "/O=Epistle tests/CN=localhost", "-out", csr)
    run("openssl", "x509", "-req", "-in", csr, "-CA", os.path.join(certs, "ca.pem"), "-CAkey",
        os.path.join(certs, "ca.key"), "-CAcreateserial", "-days", "3650", "-extfile", ext, "-out", pem)


def clients(args, work, ca, ports, mode):
    port = ports["SUBMISSION" if mode == "starttls" else "SUBMISSIONS"]
    eml = os.path.join(work, "message.eml")
    env = dict(os.environ, PW=PASSWORD, XDG_DATA_HOME=os.path.join(work, "data"),
               XDG_CONFIG_HOME=os.path.join(work, "config"))
    epistle = [args.epistle, "send", "--server", "%s:%s" % (SERVER_IP, port), "--security", mode, "--ca-file",
               ca, "--user", USER, "--password-env", "PW", "--auth", "plain", "--from", USER, "--to",
               "bob@example.test", "--eml", eml]
    # msmtp's fastest way to a password: its configuration file (no --passwordeval shell).
    conf = os.path.join(work, "msmtprc-" + mode)
    with open(conf, "w") as f:
        f.write("account default\nhost %s\nport %s\ntls on\ntls_starttls %s\ntls_trust_file %s\nauth plain\n"
                "user %s\npassword %s\nfrom %s\n" % (SERVER_IP, port, "on" if mode == "starttls" else "off", ca,
                                                     USER, PASSWORD, USER))
    os.chmod(conf, 0o600)
    msmtp = ["msmtp", "-C", conf, "bob@example.test"]
    return [("epistle", epistle, env, None), ("msmtp", msmtp, env, eml)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--delay", type=float, default=50, help="round-trip time added, ms (half each way)")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--epistle", default=os.path.join(ROOT, "build", "app", "epistle"))
    ap.add_argument("--log", help="keep the packet log of each run in this directory")
    args = ap.parse_args()
    args.epistle = os.path.abspath(args.epistle)
    tag = "epistle-rtt-%d" % os.getpid()
    ns_client, ns_server = tag + "-c", tag + "-s"
    work = tempfile.mkdtemp(prefix="epistle-sendwall-")
    os.chmod(work, 0o755)
    instance = os.path.join(work, "postfix")
    relay = None
    print("load at start:", open("/proc/loadavg").read().strip())
    try:
        for ns in (ns_client, ns_server):
            run("ip", "netns", "add", ns)
            run("ip", "-n", ns, "link", "set", "lo", "up")
        relay_log = os.path.join(work, "link.log")
        relay = subprocess.Popen([sys.executable, os.path.join(HERE, "tundelay.py"), ns_client, "tc", ns_server,
                                  "ts", str(args.delay / 2)] + (["--log", relay_log] if args.log else []),
                                 stdout=subprocess.PIPE, text=True)
        if relay.stdout.readline().strip() != "READY":
            sys.exit("tundelay.py did not start")
        for ns, dev, here, there in ((ns_client, "tc", CLIENT_IP, SERVER_IP),
                                     (ns_server, "ts", SERVER_IP, CLIENT_IP)):
            run("ip", "-n", ns, "addr", "add", here, "peer", there, "dev", dev)
            run("ip", "-n", ns, "link", "set", dev, "up")
        certs = os.path.join(work, "certs")
        make_certs(certs)
        out = run("ip", "netns", "exec", ns_server, os.path.join(ROOT, "tests", "servers", "postfix-instance"),
                  "start", instance, "--certs", certs, "--owner", str(os.getpid()),
                  "--set", "transport_maps = static:discard:benchmark",
                  "--set", "inet_interfaces = all", "--set", "smtpd_peername_lookup = no").stdout
        ports = dict(line.split("=") for line in out.split() if "=" in line)
        # The listeners on the server namespace's link address instead of its loopback.
        master = os.path.join(instance, "config", "master.cf")
        with open(master) as f:
            text = f.read()
        with open(master, "w") as f:
            f.write(text.replace("127.0.0.1:", SERVER_IP + ":"))
        run("ip", "netns", "exec", ns_server, "postfix", "-c", os.path.join(instance, "config"), "reload")
        time.sleep(1.5)
        with open(os.path.join(work, "message.eml"), "w", newline="") as f:
            f.write("From: %s\r\nTo: bob@example.test\r\nSubject: round trips\r\nMessage-ID: <rt@example.test>"
                    "\r\n\r\n" % USER + "Hello, this is the benchmark message.\r\n" * 20)
        ca = os.path.join(certs, "ca.pem")
        enter(ns_client)  # the clients start inside the client namespace: no `ip netns exec` in their time
        times = {}
        for mode in ("starttls", "tls"):
            for i in range(args.runs + 1):  # the first round warms the caches and is not counted
                for name, cmd, env, stdin in clients(args, work, ca, ports, mode):
                    mark = os.path.getsize(relay_log) if args.log else 0
                    t0 = time.monotonic()
                    r = subprocess.run(cmd, env=env, stdin=open(stdin, "rb") if stdin else subprocess.DEVNULL,
                                       capture_output=True, timeout=60)
                    wall = time.monotonic() - t0
                    if r.returncode != 0:
                        sys.exit("%s (%s) failed %d: %s" % (name, mode, r.returncode, r.stderr[-1500:]))
                    if i > 0:
                        times.setdefault((mode, name), []).append(wall)
                    time.sleep(0.2)
                    if args.log:
                        os.makedirs(args.log, exist_ok=True)
                        with open(relay_log) as f:
                            f.seek(mark)
                            packets = f.read()
                        with open(os.path.join(args.log, "%s-%s-%d.log" % (mode, name, i)), "w") as f:
                            f.write("%.6f start\n%s%.6f exit\n" % (t0, packets, t0 + wall))
    finally:
        if relay:
            relay.terminate()
        subprocess.run([os.path.join(ROOT, "tests", "servers", "postfix-instance"), "destroy", instance])
        for ns in (ns_client, ns_server):
            subprocess.run(["ip", "netns", "delete", ns])
        shutil.rmtree(work, ignore_errors=True)
    print("load at end:", open("/proc/loadavg").read().strip())
    print("epistle send vs msmtp, %g ms round trip (tundelay.py), %d runs each, wall time from start to exit"
          % (args.delay, args.runs))
    for mode in ("starttls", "tls"):
        e, m = statistics.median(times[(mode, "epistle")]), statistics.median(times[(mode, "msmtp")])
        print("%-8s epistle median %.3f s (%s)" % (mode, e, " ".join("%.3f" % t for t in times[(mode, "epistle")])))
        print("%-8s msmtp   median %.3f s (%s)" % (mode, m, " ".join("%.3f" % t for t in times[(mode, "msmtp")])))
        print("%-8s epistle/msmtp %.2f" % (mode, e / m))
    return 0


if __name__ == "__main__":
    sys.exit(main())
