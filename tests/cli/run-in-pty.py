#!/usr/bin/python3
"""Runs a command with its stderr on a pseudo-terminal, as a person at a terminal would see it.

usage: run-in-pty.py PTY-OUTPUT-FILE COMMAND [ARGS...]

stdin is /dev/null, stdout stays a pipe (passed through), and everything the command writes to the
terminal is copied byte for byte to PTY-OUTPUT-FILE. The exit code is the command's.
"""
import os
import pty
import select
import subprocess
import sys


def main():
    out_path, command = sys.argv[1], sys.argv[2:]
    master, slave = pty.openpty()
    child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    terminal = bytearray()
    stdout_fd = child.stdout.fileno()
    open_fds = {master, stdout_fd}
    while open_fds:
        ready, _, _ = select.select(list(open_fds), [], [])
        for fd in ready:
            try:
                data = os.read(fd, 65536)
            except OSError:  # EIO: the terminal's last writer is gone
                data = b""
            if not data:
                open_fds.discard(fd)
            elif fd == master:
                terminal += data
            else:
                sys.stdout.buffer.write(data)
                sys.stdout.buffer.flush()
    with open(out_path, "wb") as f:
        f.write(terminal)
    sys.exit(child.wait())


if __name__ == "__main__":
    main()
