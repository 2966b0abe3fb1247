#!/usr/bin/python3
"""A local OAuth 2 authorization server for Epistle's tests, checking what Google's and Microsoft's do.

Listens on 127.0.0.1 (port 0 = a free port) and prints exactly one line `READY <port>` on stdout once
it accepts connections. Python standard library only; run with /usr/bin/python3.

    oauth_provider.py --client-id ID [--client-secret SECRET] [--user alice@example.test]
                      [--scope "https://mail.google.com/"] [--access-ttl 3600] [--code-ttl 60]
                      [--rotate-refresh-tokens] [--parent-pid PID]

Endpoints:
  GET  /authorize   RFC 6749 4.1.1 with PKCE (RFC 7636): checks client_id, a loopback redirect_uri
                    (http://127.0.0.1:PORT/ or http://[::1]:PORT/, as Google's desktop clients need),
                    response_type=code, code_challenge with code_challenge_method=S256 and a state;
                    answers a consent form (an error page, never a redirect, when the client or the
                    redirect URI is wrong).
  POST /consent     the form: decision=allow redirects with ?code=...&state=..., decision=deny with
                    ?error=access_denied&state=... (RFC 6749 4.1.2.1).
  POST /token       grant_type=authorization_code (code single-use and short-lived, same client and exact
                    redirect_uri, code_verifier against the challenge) or refresh_token; errors in the
                    RFC 6749 5.2 JSON form; client_secret checked when one is configured.
  POST /revoke      RFC 7009: revokes a refresh token and every access token of its grant.
  POST /revoke-all  every grant, as a person removing the app's access in their account settings.
  POST /expire-access  every access token expires now (refresh tokens stay good).
  POST /introspect  RFC 7662: {"active": true, "sub": USER, ...} for a currently valid access token.
  GET  /stats       what happened, as JSON: counts of codes issued, exchanges, refreshes, refusals.
  GET  /issued      every token issued so far (so a test can check none of them reached a file).
  POST /fault       mode=none|token-500|token-garbage: how /token answers from now on (fault tests).
"""
import argparse
import base64
import hashlib
import html
import json
import os
import secrets
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()


class State:
    def __init__(self, args):
        self.args = args
        self.pending = {}  # transaction id -> authorization request
        self.codes = {}  # code -> {client_id, redirect_uri, challenge, scope, expires, used, grant}
        self.refresh = {}  # refresh token -> {grant, client_id, scope, revoked}
        self.access = {}  # access token -> {grant, expires, scope, sub}
        self.revoked_grants = set()
        self.fault = "none"
        self.stats = {"authorize": 0, "codes_issued": 0, "code_exchanges": 0, "refreshes": 0,
                      "token_errors": 0, "revocations": 0, "introspections": 0}


def is_loopback_redirect(uri):
    parts = urllib.parse.urlsplit(uri)
    if parts.scheme != "http" or parts.query or parts.fragment:
        return False
    if parts.hostname not in ("127.0.0.1", "::1"):
        return False
    try:
        return parts.port is not None and parts.path in ("", "/")
    except ValueError:
        return False


def s256(verifier):
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class Handler(BaseHTTPRequestHandler):
    server_version = "EpistleTestOAuth/1"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        sys.stderr.write("oauth_provider: " + (fmt % args) + "\n")

    @property
    def state(self):
        return self.server.state

    def send(self, status, body, content_type="application/json", headers=None):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def json(self, status, obj):
        self.send(status, json.dumps(obj))

    def oauth_error(self, status, error, description):
        with LOCK:
            self.state.stats["token_errors"] += 1
        self.json(status, {"error": error, "error_description": description})

    def page(self, status, title, text):
        self.send(status, "<html><body><h1>%s</h1><p>%s</p></body></html>"
                  % (html.escape(title), html.escape(text)), "text/html; charset=utf-8")

    def form(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length > 65536:
            return None
        raw = self.rfile.read(length).decode("utf-8", "replace")
        return {k: v[0] for k, v in urllib.parse.parse_qs(raw, keep_blank_values=True).items()}

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = {k: v[0] for k, v in urllib.parse.parse_qs(url.query, keep_blank_values=True).items()}
        if url.path == "/authorize":
            return self.authorize(query)
        if url.path == "/stats":
            with LOCK:
                return self.json(200, dict(self.state.stats))
        if url.path == "/issued":
            with LOCK:
                return self.json(200, {"access": list(self.state.access), "refresh": list(self.state.refresh),
                                       "codes": list(self.state.codes)})
        self.page(404, "Not found", self.path)

    def do_POST(self):
        path = urllib.parse.urlsplit(self.path).path
        form = self.form()
        if form is None:
            return self.oauth_error(400, "invalid_request", "request too large")
        handlers = {"/consent": self.consent, "/token": self.token, "/revoke": self.revoke,
                    "/introspect": self.introspect, "/fault": self.set_fault,
                    "/revoke-all": self.revoke_all, "/expire-access": self.expire_access}
        if path not in handlers:
            return self.page(404, "Not found", path)
        return handlers[path](form)

    # ---- authorization endpoint

    def authorize(self, q):
        args = self.state.args
        with LOCK:
            self.state.stats["authorize"] += 1
        # Like Google: a wrong client or redirect URI is shown to the person, never redirected to.
        if q.get("client_id") not in args.client_id:
            return self.page(400, "Error 401: invalid_client", "The OAuth client was not found.")
        redirect = q.get("redirect_uri", "")
        if not is_loopback_redirect(redirect):
            return self.page(400, "Error 400: redirect_uri_mismatch",
                             "redirect_uri must be http://127.0.0.1:PORT/ (loopback): %r" % redirect)
        problem = None
        if q.get("response_type") != "code":
            problem = ("unsupported_response_type", "response_type must be code")
        elif not q.get("code_challenge") or q.get("code_challenge_method") != "S256":
            problem = ("invalid_request", "PKCE with code_challenge_method=S256 is required")
        elif not q.get("state"):
            problem = ("invalid_request", "state is required")
        elif not set((q.get("scope") or "").split()) or not set(q["scope"].split()) <= set(args.scope.split()):
            problem = ("invalid_scope", "scope must be among: " + args.scope)
        if problem:
            target = redirect + "?" + urllib.parse.urlencode(
                {"error": problem[0], "error_description": problem[1], "state": q.get("state", "")})
            return self.send(302, "", "text/plain", {"Location": target})
        txn = secrets.token_urlsafe(16)
        with LOCK:
            self.state.pending[txn] = dict(q)
        self.send(200, """<html><body><h1>Sign in to the test provider</h1>
<form method="post" action="/consent">
<input type="hidden" name="txn" value="%s">
<p>%s wants to send mail as %s.</p>
<button name="decision" value="allow">Allow</button>
<button name="decision" value="deny">Deny</button>
</form></body></html>""" % (txn, html.escape(q["client_id"]), html.escape(args.user)), "text/html; charset=utf-8")

    def consent(self, form):
        with LOCK:
            request = self.state.pending.pop(form.get("txn", ""), None)
        if request is None:
            return self.page(400, "Expired", "This sign-in form is no longer valid.")
        redirect = request["redirect_uri"]
        if form.get("decision") != "allow":
            params = {"error": "access_denied", "error_description": "The user denied access",
                      "state": request["state"]}
        else:
            code = secrets.token_urlsafe(24)
            with LOCK:
                self.state.codes[code] = {
                    "client_id": request["client_id"], "redirect_uri": redirect,
                    "challenge": request["code_challenge"], "scope": request["scope"],
                    "expires": time.time() + self.state.args.code_ttl, "used": False,
                    "grant": secrets.token_hex(8)}
                self.state.stats["codes_issued"] += 1
            params = {"code": code, "state": request["state"], "scope": request["scope"]}
        self.send(302, "", "text/plain", {"Location": redirect + "?" + urllib.parse.urlencode(params)})

    # ---- token endpoint

    def check_client(self, form):
        args = self.state.args
        if form.get("client_id") not in args.client_id:
            self.oauth_error(401, "invalid_client", "The OAuth client was not found.")
            return False
        if args.client_secret and form.get("client_secret") != args.client_secret:
            self.oauth_error(401, "invalid_client", "Unauthorized: the client secret is wrong or missing.")
            return False
        return True

    def issue(self, grant, scope, refresh_token=None):
        access = secrets.token_urlsafe(32)
        with LOCK:
            self.state.access[access] = {"grant": grant, "expires": time.time() + self.state.args.access_ttl,
                                         "scope": scope, "sub": self.state.args.user}
        body = {"access_token": access, "token_type": "Bearer", "expires_in": self.state.args.access_ttl,
                "scope": scope}
        if refresh_token:
            body["refresh_token"] = refresh_token
        return body

    def token(self, form):
        fault = self.state.fault
        if fault == "token-500":
            return self.send(500, "<html>Internal error</html>", "text/html")
        if fault == "token-garbage":
            return self.send(200, "this is not JSON {", "text/plain")
        if not self.check_client(form):
            return None
        kind = form.get("grant_type")
        if kind == "authorization_code":
            return self.exchange(form)
        if kind == "refresh_token":
            return self.refresh_grant(form)
        return self.oauth_error(400, "unsupported_grant_type", "grant_type %r" % kind)

    def exchange(self, form):
        with LOCK:
            code = self.state.codes.get(form.get("code", ""))
            if code is None:
                return self.oauth_error(400, "invalid_grant", "Malformed auth code.")
            if code["used"]:
                # RFC 6749 10.5: a code used twice revokes what it gave.
                self.state.revoked_grants.add(code["grant"])
                return self.oauth_error(400, "invalid_grant", "The code has already been used.")
            code["used"] = True
        if time.time() > code["expires"]:
            return self.oauth_error(400, "invalid_grant", "The code has expired.")
        if form.get("client_id") != code["client_id"]:
            return self.oauth_error(400, "invalid_grant", "The code was issued to another client.")
        if form.get("redirect_uri") != code["redirect_uri"]:
            return self.oauth_error(400, "invalid_grant", "redirect_uri does not match the authorization request.")
        verifier = form.get("code_verifier", "")
        if not (43 <= len(verifier) <= 128) or s256(verifier) != code["challenge"]:
            return self.oauth_error(400, "invalid_grant", "code_verifier does not match the code_challenge.")
        refresh = secrets.token_urlsafe(32)
        with LOCK:
            self.state.refresh[refresh] = {"grant": code["grant"], "client_id": code["client_id"],
                                           "scope": code["scope"], "revoked": False}
            self.state.stats["code_exchanges"] += 1
        return self.json(200, self.issue(code["grant"], code["scope"], refresh))

    def refresh_grant(self, form):
        with LOCK:
            entry = self.state.refresh.get(form.get("refresh_token", ""))
            valid = (entry is not None and not entry["revoked"]
                     and entry["grant"] not in self.state.revoked_grants
                     and entry["client_id"] == form.get("client_id"))
            if valid:
                self.state.stats["refreshes"] += 1
        if not valid:
            return self.oauth_error(400, "invalid_grant", "Token has been expired or revoked.")
        rotated = None
        if self.state.args.rotate_refresh_tokens:
            rotated = secrets.token_urlsafe(32)
            with LOCK:
                entry["revoked"] = True
                self.state.refresh[rotated] = dict(entry, revoked=False)
        return self.json(200, self.issue(entry["grant"], entry["scope"], rotated))

    def revoke(self, form):
        token = form.get("token", "")
        with LOCK:
            self.state.stats["revocations"] += 1
            entry = self.state.refresh.get(token) or self.state.access.get(token)
            if entry is not None:
                self.state.revoked_grants.add(entry["grant"])
        self.json(200, {})

    def revoke_all(self, form):
        with LOCK:
            self.state.stats["revocations"] += 1
            for entry in list(self.state.refresh.values()) + list(self.state.access.values()):
                self.state.revoked_grants.add(entry["grant"])
        self.json(200, {})

    def expire_access(self, form):
        with LOCK:
            for entry in self.state.access.values():
                entry["expires"] = 0
        self.json(200, {})

    def introspect(self, form):
        with LOCK:
            self.state.stats["introspections"] += 1
            entry = self.state.access.get(form.get("token", ""))
            active = (entry is not None and time.time() < entry["expires"]
                      and entry["grant"] not in self.state.revoked_grants)
        if not active:
            return self.json(200, {"active": False})
        return self.json(200, {"active": True, "sub": entry["sub"], "scope": entry["scope"],
                               "exp": int(entry["expires"])})

    def set_fault(self, form):
        mode = form.get("mode", "none")
        if mode not in ("none", "token-500", "token-garbage"):
            return self.json(400, {"error": "unknown mode"})
        self.state.fault = mode
        self.json(200, {"mode": mode})


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--client-id", action="append", required=True)
    parser.add_argument("--client-secret")
    parser.add_argument("--user", default="alice@example.test")
    parser.add_argument("--scope", default="https://mail.google.com/")
    parser.add_argument("--access-ttl", type=int, default=3600)
    parser.add_argument("--code-ttl", type=int, default=60)
    parser.add_argument("--rotate-refresh-tokens", action="store_true")
    parser.add_argument("--parent-pid", type=int)
    args = parser.parse_args()

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.state = State(args)

    def watch_parent():
        while args.parent_pid:
            try:
                os.kill(args.parent_pid, 0)
            except ProcessLookupError:
                server.shutdown()
                return
            time.sleep(0.25)

    threading.Thread(target=watch_parent, daemon=True).start()
    print("READY %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
