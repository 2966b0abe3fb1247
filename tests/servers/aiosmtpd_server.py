#!/usr/bin/python3
"""A small, well-behaved SMTP server for Epistle's integration tests, built on aiosmtpd 1.4.

Listens on 127.0.0.1 (port 0 = a free port), prints exactly one line `READY <port>` on stdout
once it accepts connections, and stores every message it accepts in --maildir as NNNNNN.eml
(the bytes after dot-unstuffing, CRLF line ends, nothing added) and NNNNNN.json (the envelope),
the .json first and the .eml last, each through a temporary name and rename().
Stops on SIGTERM or SIGINT, or by itself when --parent-pid exits.

Run with Debian's interpreter: /usr/bin/python3 (python3-aiosmtpd).

    aiosmtpd_server.py --maildir DIR [--port 0] [--tls none|starttls|require-starttls|implicit]
                       [--cert PEM --key PEM] [--auth] [--auth-required] [--auth-without-tls]
                       [--smtputf8] [--size BYTES] [--hostname NAME] [--users FILE]
                       [--oauth-introspect URL] [--parent-pid PID] [--pidfile FILE]

With --oauth-introspect, AUTH also offers XOAUTH2 and OAUTHBEARER (RFC 7628), accepting only an access
token that the OAuth provider at URL (tests/servers/oauth_provider.py, RFC 7662 introspection) says is
currently valid for that user; a bad token is answered as Gmail does: 334 with a base64 JSON error, then
535 5.7.8 after the client's reply.

Why not aiosmtpd's Controller: in 1.4 it probes the configured port after binding, so it
cannot report a port chosen by the kernel; this script binds the socket itself and hands it
to the same SMTP protocol class through asyncio, which is what the Controller does inside.

Differences from a full MTA worth knowing: no CHUNKING (BDAT), no DSN, no PIPELINING keyword
(aiosmtpd still reads pipelined commands in order), AUTH offers PLAIN and LOGIN only, and
MAIL/RCPT parameters are upper-cased by aiosmtpd (the raw command arguments are kept in the
.json as mail_from_raw and recipients[].raw).
"""
import argparse
import asyncio
import base64
import json
import logging
import os
import signal
import socket
import ssl
import sys
import urllib.parse
import urllib.request

from aiosmtpd.smtp import MISSING, SMTP, AuthResult, LoginPassword


def load_users(path):
    users = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            user, password = line.split("\t", 1)
            users[user.encode("utf-8")] = password.encode("utf-8")
    return users


class RecordingSMTP(SMTP):
    """aiosmtpd's SMTP, remembering the raw MAIL/RCPT arguments before they are upper-cased."""

    def connection_made(self, transport):
        super().connection_made(transport)
        ssl_object = transport.get_extra_info("ssl_object")
        if ssl_object is not None and self._original_transport is None:
            # Implicit TLS: aiosmtpd 1.4 only counts a STARTTLS session as encrypted, so it
            # would never offer AUTH here (auth_require_tls). Mark the session as TLS.
            self._tls_protocol = ssl_object
            self.session.ssl = {"ssl_object": ssl_object, "cipher": ssl_object.cipher()}

    async def smtp_MAIL(self, arg):
        self.session.epistle_mail_raw = arg
        return await super().smtp_MAIL(arg)

    async def smtp_RCPT(self, arg):
        self.session.epistle_rcpt_raw = arg
        return await super().smtp_RCPT(arg)


class MaildirHandler:
    """Accepts every recipient and writes each message to the maildir in arrival order."""

    def __init__(self, maildir):
        self.maildir = maildir
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        recipients = getattr(envelope, "epistle_recipients", [])
        recipients.append({"address": address, "options": rcpt_options,
                           "raw": getattr(session, "epistle_rcpt_raw", None)})
        envelope.epistle_recipients = recipients
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.maildir, "%06d" % self.count)
        auth = getattr(session, "auth_data", None)
        login = auth.login.decode("utf-8", "backslashreplace") if isinstance(auth, LoginPassword) else None
        tls = None
        if session.ssl:
            tls = {"version": session.ssl.get("ssl_object").version()
                   if session.ssl.get("ssl_object") else None,
                   "cipher": session.ssl.get("cipher")}
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "mail_options": envelope.mail_options,
            "rcpt_options": envelope.rcpt_options,
            "mail_from_raw": getattr(session, "epistle_mail_raw", None),
            "recipients": getattr(envelope, "epistle_recipients", []),
            "smtp_utf8": envelope.smtp_utf8,
            "helo": session.host_name,
            "auth_login": login,
            "tls": tls,
            "peer": list(session.peer) if session.peer else None,
        }
        with open(base + ".json.tmp", "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1, default=str)
        os.rename(base + ".json.tmp", base + ".json")
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content)
        os.rename(base + ".eml.tmp", base + ".eml")
        return "250 2.0.0 Message accepted for delivery as %06d" % self.count


class OAuthMaildirHandler(MaildirHandler):
    """MaildirHandler with XOAUTH2 and OAUTHBEARER, checking tokens with the OAuth provider."""

    def __init__(self, maildir, introspect_url):
        super().__init__(maildir)
        self.introspect_url = introspect_url
        self.log = []

    def token_user(self, token):
        data = urllib.parse.urlencode({"token": token}).encode()
        with urllib.request.urlopen(self.introspect_url, data=data, timeout=10) as reply:
            answer = json.loads(reply.read().decode("utf-8"))
        return answer.get("sub") if answer.get("active") else None

    async def bearer(self, server, args, mechanism):
        if len(args) > 1:
            blob = args[1].encode()
            try:
                response = base64.b64decode(blob, validate=True)
            except ValueError:
                await server.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        else:
            response = await server.challenge_auth("")
            if response is MISSING:
                return AuthResult(success=False, handled=True)
        fields = {}
        for part in response.split(b"\x01"):
            key, _, value = part.partition(b"=")
            if key in (b"user", b"auth", b"host", b"port"):
                fields[key.decode()] = value.decode("utf-8", "replace")
            elif part.startswith(b"n,"):
                # OAUTHBEARER gs2 header: n,a=USER,
                for item in part.split(b","):
                    if item.startswith(b"a="):
                        fields["user"] = item[2:].decode("utf-8", "replace").replace("=2C", ",").replace("=3D", "=")
        auth = fields.get("auth", "")
        token = auth[7:] if auth.startswith("Bearer ") else ""
        loop = asyncio.get_running_loop()
        sub = await loop.run_in_executor(None, self.token_user, token) if token else None
        user = fields.get("user", "")
        self.log.append({"mechanism": mechanism, "user": user, "accepted": bool(sub and sub == user)})
        if sub and sub == user:
            return AuthResult(success=True, handled=False,
                              auth_data=LoginPassword(login=user.encode(), password=b""))
        # Gmail's way (and RFC 7628 3.2.2's): the error as a challenge, the 535 after the client's reply.
        if mechanism == "XOAUTH2":
            error = {"status": "401", "schemes": "Bearer", "scope": "https://mail.google.com/"}
        else:
            error = {"status": "invalid_token", "scope": "https://mail.google.com/"}
        await server.challenge_auth(json.dumps(error).encode())
        return AuthResult(success=False, handled=False,
                          message="535 5.7.8 Username and Password not accepted (invalid or expired token)")

    async def auth_XOAUTH2(self, server, args):
        return await self.bearer(server, args, "XOAUTH2")

    async def auth_OAUTHBEARER(self, server, args):
        return await self.bearer(server, args, "OAUTHBEARER")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--tls", choices=["none", "starttls", "require-starttls", "implicit"],
                        default="none")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--auth", action="store_true", help="offer AUTH PLAIN LOGIN")
    parser.add_argument("--auth-required", action="store_true",
                        help="refuse MAIL before AUTH (implies --auth)")
    parser.add_argument("--auth-without-tls", action="store_true",
                        help="offer AUTH before TLS too (aiosmtpd's default is after TLS only)")
    parser.add_argument("--smtputf8", action="store_true")
    parser.add_argument("--size", type=int, default=33554432,
                        help="data_size_limit, advertised as SIZE; 0 means no limit")
    parser.add_argument("--hostname", default="aiosmtpd.epistle.test")
    parser.add_argument("--users", default=os.path.join(here, "users.conf"))
    parser.add_argument("--oauth-introspect", help="offer XOAUTH2 and OAUTHBEARER, checked at this URL")
    parser.add_argument("--parent-pid", type=int)
    parser.add_argument("--pidfile")
    args = parser.parse_args()

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="aiosmtpd_server: %(levelname)s %(name)s: %(message)s")
    # aiosmtpd 1.4 itself sets the deprecated Session.login_data after every AUTH, and then
    # warns about it; that line is noise in a test log.
    logging.getLogger("mail.log").addFilter(
        lambda record: "login_data is deprecated" not in record.getMessage())
    os.makedirs(args.maildir, exist_ok=True)
    if args.pidfile:
        with open(args.pidfile, "w") as f:
            f.write("%d\n" % os.getpid())

    tls_context = None
    if args.tls != "none":
        if not (args.cert and args.key):
            parser.error("--tls %s needs --cert and --key" % args.tls)
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(args.cert, args.key)

    users = load_users(args.users)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and users.get(auth_data.login) == auth_data.password)
        # handled=False: let aiosmtpd send its 535 reply for a refusal.
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    use_auth = args.auth or args.auth_required or bool(args.oauth_introspect)
    handler = (OAuthMaildirHandler(args.maildir, args.oauth_introspect) if args.oauth_introspect
               else MaildirHandler(args.maildir))

    def factory():
        return RecordingSMTP(
            handler,
            hostname=args.hostname,
            data_size_limit=args.size,
            enable_SMTPUTF8=args.smtputf8,
            decode_data=False,
            tls_context=tls_context if args.tls in ("starttls", "require-starttls") else None,
            require_starttls=args.tls == "require-starttls",
            authenticator=authenticator if use_auth else None,
            auth_required=args.auth_required,
            auth_require_tls=not args.auth_without_tls,
            # Without an authenticator aiosmtpd still lists AUTH; hide it when AUTH is off.
            auth_exclude_mechanism=None if use_auth else ["PLAIN", "LOGIN"],
        )

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    server = loop.run_until_complete(loop.create_server(
        factory, sock=sock, ssl=tls_context if args.tls == "implicit" else None))
    port = sock.getsockname()[1]

    stop = loop.create_future()

    def request_stop():
        if not stop.done():
            stop.set_result(None)

    loop.add_signal_handler(signal.SIGTERM, request_stop)
    loop.add_signal_handler(signal.SIGINT, request_stop)

    async def watch_parent():
        # A test killed with SIGKILL cannot stop us; do not outlive it.
        while args.parent_pid:
            try:
                os.kill(args.parent_pid, 0)
            except ProcessLookupError:
                request_stop()
                return
            await asyncio.sleep(0.25)

    watcher = loop.create_task(watch_parent())
    print("READY %d" % port, flush=True)
    loop.run_until_complete(stop)
    watcher.cancel()
    server.close()
    loop.run_until_complete(server.wait_closed())
    if args.pidfile:
        try:
            os.unlink(args.pidfile)
        except FileNotFoundError:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
