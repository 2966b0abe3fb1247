#!/usr/bin/python3
"""A delaying link between two network namespaces, for kernels without sch_netem.

Opens a TUN device in each of two named network namespaces (`ip netns add`), and relays every IP packet
from one to the other after a fixed delay, each way, in order. TCP runs end to end between the two
namespaces' kernels: the client's delayed ACKs, the server's Nagle and TCP_QUICKACK behave as on a real link
with that one-way delay (what a TCP proxy such as delayproxy.py cannot show, since it ends the client's TCP).
The relay only moves packets; addresses and routes are set by the caller (`ip -n NS addr add ...`) once it
prints READY.

With --log FILE, one line per packet:  <CLOCK_MONOTONIC seconds> <direction a>b|b>a> <TCP flags> <payload bytes>.

Usage (as root): tundelay.py NS_A DEV_A NS_B DEV_B DELAY_MS [--log FILE]
"""
import argparse
import ctypes
import fcntl
import heapq
import os
import select
import struct
import sys
import time

CLONE_NEWNET = 0x40000000
TUNSETIFF = 0x400454CA
IFF_TUN, IFF_NO_PI = 0x0001, 0x1000


def enter(namespace):
    libc = ctypes.CDLL(None, use_errno=True)
    fd = os.open("/run/netns/" + namespace, os.O_RDONLY)
    if libc.setns(fd, CLONE_NEWNET) != 0:
        sys.exit("setns %s: %s" % (namespace, os.strerror(ctypes.get_errno())))
    os.close(fd)


def open_tun(name):
    fd = os.open("/dev/net/tun", os.O_RDWR)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    os.set_blocking(fd, False)
    return fd


def describe(packet):
    """TCP flags and payload length of an IPv4 packet ('-' for anything else)."""
    if len(packet) < 20 or packet[0] >> 4 != 4 or packet[9] != 6:
        return "- %d" % len(packet)
    ihl = (packet[0] & 0x0F) * 4
    total = struct.unpack("!H", packet[2:4])[0]
    offset = (packet[ihl + 12] >> 4) * 4
    flags = packet[ihl + 13]
    names = "".join(n for bit, n in ((0x02, "S"), (0x10, "A"), (0x08, "P"), (0x01, "F"), (0x04, "R"))
                    if flags & bit)
    return "%s %d" % (names or ".", total - ihl - offset)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ns_a")
    ap.add_argument("dev_a")
    ap.add_argument("ns_b")
    ap.add_argument("dev_b")
    ap.add_argument("delay_ms", type=float)
    ap.add_argument("--log")
    args = ap.parse_args()
    enter(args.ns_a)
    a = open_tun(args.dev_a)
    enter(args.ns_b)
    b = open_tun(args.dev_b)
    log = open(args.log, "w", buffering=1) if args.log else None
    delay = args.delay_ms / 1000.0
    print("READY", flush=True)
    peer = {a: b, b: a}
    name = {a: "a>b", b: "b>a"}
    queue = []  # (due, sequence, destination, packet): one delay for all, so order is kept
    sequence = 0
    while True:
        timeout = max(0.0, queue[0][0] - time.monotonic()) if queue else None
        readable, _, _ = select.select([a, b], [], [], timeout)
        now = time.monotonic()
        for fd in readable:
            while True:
                try:
                    packet = os.read(fd, 65536)
                except BlockingIOError:
                    break
                heapq.heappush(queue, (now + delay, sequence, peer[fd], packet))
                sequence += 1
                if log:
                    log.write("%.6f %s %s\n" % (now, name[fd], describe(packet)))
        now = time.monotonic()
        while queue and queue[0][0] <= now:
            _, _, destination, packet = heapq.heappop(queue)
            try:
                os.write(destination, packet)
            except OSError:
                pass  # the device is down: the packet is lost, as on a link


if __name__ == "__main__":
    sys.exit(main())
