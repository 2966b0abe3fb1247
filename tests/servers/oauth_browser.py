#!/usr/bin/python3
"""Follows an OAuth 2 authorization address the way a person's browser would, for Epistle's tests.

    oauth_browser.py URL [--deny] [--state STATE] [--stop-before-redirect]

GETs URL (the provider's authorize endpoint, tests/servers/oauth_provider.py), submits its consent form
(Allow, or Deny with --deny), then follows the provider's redirect to Epistle's loopback listener,
with the state replaced by STATE when --state is given (a forged answer). Prints the redirect target on
the first line and the page the listener answered after it. Real HTTP throughout; exit 0 when the
listener answered, 1 otherwise. Standard library only: /usr/bin/python3.
"""
import argparse
import http.client
import re
import sys
import urllib.parse


def request(method, url, body=None):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    path = parts.path + ("?" + parts.query if parts.query else "")
    headers = {"User-Agent": "EpistleTestBrowser/1"}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path or "/", body=body, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, response.getheader("Location"), data.decode("utf-8", "replace")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--deny", action="store_true")
    parser.add_argument("--state")
    parser.add_argument("--stop-before-redirect", action="store_true")
    args = parser.parse_args()

    status, _, page = request("GET", args.url)
    if status != 200:
        print("authorize answered %d: %s" % (status, page), file=sys.stderr)
        return 1
    txn = re.search(r'name="txn" value="([^"]+)"', page)
    if not txn:
        print("no consent form in: %s" % page, file=sys.stderr)
        return 1
    consent = urllib.parse.urljoin(args.url, "/consent")
    body = urllib.parse.urlencode({"txn": txn.group(1), "decision": "deny" if args.deny else "allow"})
    status, location, page = request("POST", consent, body)
    if status != 302 or not location:
        print("consent answered %d: %s" % (status, page), file=sys.stderr)
        return 1
    if args.state is not None:
        parts = urllib.parse.urlsplit(location)
        query = dict(urllib.parse.parse_qsl(parts.query))
        query["state"] = args.state
        location = urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))
    print(location, flush=True)
    if args.stop_before_redirect:
        return 0
    status, _, page = request("GET", location)
    print(page, flush=True)
    return 0 if status == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
