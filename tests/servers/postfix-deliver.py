#!/usr/bin/python3
"""Postfix pipe(8) target of the Epistle test instance: stores one delivered message.

master.cf runs it as user nobody with flags=X eol=\\r\\n, so stdin is the message exactly as
the client sent it after dot-unstuffing (CRLF line ends; Postfix only prepends its Received:
header). Usage, from master.cf:

    postfix-deliver.py MAILDIR key=value... -- RECIPIENT...

Writes MAILDIR/NNNNNN.json (envelope and what Postfix knew about the session) and then
MAILDIR/NNNNNN.eml (the bytes), each through a temporary name and rename(), so a reader that
sees the .eml also finds its complete .json. Numbers follow delivery order.
"""
import fcntl
import json
import os
import sys


def main():
    maildir = sys.argv[1]
    # Arguments are the session's bytes; UTF-8 for SMTPUTF8 addresses, anything else shown
    # with backslash escapes rather than lost.
    args = [os.fsencode(a).decode("utf-8", "backslashreplace") for a in sys.argv[2:]]
    split = args.index("--")
    info = dict(a.split("=", 1) for a in args[:split])
    recipients = args[split + 1:]
    content = sys.stdin.buffer.read()

    with open(os.path.join(maildir, ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        number = 1 + sum(1 for n in os.listdir(maildir) if n.endswith(".eml"))
        base = os.path.join(maildir, "%06d" % number)
        envelope = {
            "sender": info.get("sender", ""),
            "recipients": recipients,
            "queue_id": info.get("queue_id", ""),
            "client_address": info.get("client_address", ""),
            "client_helo": info.get("client_helo", ""),
            "client_protocol": info.get("client_protocol", ""),
            "sasl_method": info.get("sasl_method", ""),
            "sasl_username": info.get("sasl_username", ""),
            "size": int(info.get("size") or 0),
        }
        with open(base + ".json.tmp", "w", encoding="utf-8") as f:
            json.dump(envelope, f, ensure_ascii=False, indent=1)
        os.rename(base + ".json.tmp", base + ".json")
        with open(base + ".eml.tmp", "wb") as f:
            f.write(content)
        os.rename(base + ".eml.tmp", base + ".eml")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as error:  # pipe(8) turns exit 75 into a deferral: Postfix retries.
        print("postfix-deliver.py: %s" % error, file=sys.stderr)
        sys.exit(75)
