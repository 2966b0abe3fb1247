#!/usr/bin/python3
"""Runs a clean-up command once a test process is gone, however it ended.

    watchdog.py OWNER_PID -- COMMAND [ARG...]

Test wrappers start it next to a daemon that outlives its parent (Postfix's master and
Dovecot detach with setsid): if the test is killed (SIGKILL, a CTest timeout, a crash) before
its destructor stops them, this runs COMMAND (postfix-instance stop DIR) within a quarter of a
second. It puts itself in a new session, so a signal to the test's process group does not take
it down too. A normal stop sends it SIGTERM, which ends it at once without running COMMAND.
"""
import os
import subprocess
import sys
import time


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    # A killed test whose parent has not reaped it yet is a zombie: gone for our purpose.
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def main():
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        print(__doc__, file=sys.stderr)
        return 64
    owner = int(sys.argv[1])
    command = sys.argv[3:]
    try:
        os.setsid()
    except OSError:
        pass  # already a session leader
    while alive(owner):
        time.sleep(0.25)
    return subprocess.call(command, stdin=subprocess.DEVNULL)


if __name__ == "__main__":
    sys.exit(main())
