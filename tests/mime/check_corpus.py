#!/usr/bin/python3
"""Cross-checks messages written by Epistle's MessageWriter with Python's email package (policy=default), a
parser nobody on the project wrote.

Usage: check_corpus.py MANIFEST.json

The manifest (written by tst_corpus) lists each message file and what it must contain. For every message this
asserts: CRLF line ends only and lines of at most 998 octets (7-bit only when the writer was not allowed 8bit
or UTF-8); no defects in any part or header; Subject, From, To, Cc, Reply-To (display names and addresses, groups
included), Message-ID decode to exactly what was given; Bcc absent (neither the field nor any Bcc address or
name appears in the bytes); the MIME tree; text bodies decode to the given text; attachments' and inline
images' decoded bytes hash (SHA-256) to the originals, with their file names, types and Content-IDs; every
boundary occurs only on its own delimiter lines.

Normalisation of text bodies (documented in MessageWriter): line breaks become CRLF (a lone CR or LF is a line
break too) and a non-empty text gains a final line break when it has none. So the expected text has "\\r\\n"
and "\\r" turned into "\\n" and a final "\\n" added when missing; the decoded text has "\\r\\n" turned into "\\n".

These defects are expected by design and tolerated, nothing else:
- "encoded word inside quoted string" and "missing trailing whitespace after encoded-word" (the closing quote
  follows the word) in the Content-Type of an attachment whose "name" parameter carries RFC 2047 words: that
  is what old readers (Outlook) understand; the RFC 2231 filename parameter sits beside it for everyone else.
  The checker still requires the decoded name to equal the file name.
- NonASCIILocalPartDefect in messages written with UTF-8 headers: RFC 6532 3.2 allows UTF-8 local parts.

Python gaps worked around, each stated where it applies:
- Messages with UTF-8 headers: their header fields are checked on a parse of the decoded text
  (message_from_string), because Python's bytes parser only understands 7-bit headers (RFC 6532 is not
  implemented); their bodies and attachments are checked on the bytes parse, because message_from_string
  mangles 8bit bodies (get_payload(decode=True) re-encodes them as raw-unicode-escape).
- Display names longer than one encoded word: RFC 2047 6.2 says the whitespace between adjacent encoded words
  is not displayed, but this Python's address parser (email._header_value_parser.get_phrase) keeps it, so its
  own generator's output does not round trip. probe_phrase_bug() checks that on the running Python; when it
  is present the names are checked exactly with Python's RFC 2047 decoder (email.header.decode_header over
  email.utils.getaddresses), and policy=default's names only with whitespace removed. Addresses and groups
  are always compared exactly.
"""

import email
import email.header
import email.utils
import hashlib
import json
import os
import re
import sys
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage


def probe_phrase_bug():
    """Whether this Python inserts spaces between the encoded words of a long display name (see above)."""
    name = "\u308f" * 40 + " " + "\u0915\u094b" * 20
    message = EmailMessage()
    message["To"] = Address(name, "a", "example.org")
    parsed = email.message_from_bytes(message.as_bytes(policy=policy.default), policy=policy.default)
    return parsed["to"].addresses[0].display_name != name


PHRASE_BUG = probe_phrase_bug()


def normalise_expected(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text and not text.endswith("\n"):
        text += "\n"
    return text


def describe(part):
    if part.is_multipart():
        return "%s(%s)" % (part.get_content_type(), ",".join(describe(p) for p in part.iter_parts()))
    return part.get_content_type()


def ace(address, utf8):
    """The form the address must have in the headers: Unicode with SMTPUTF8, else the domain in IDNA."""
    if utf8 or "@" not in address:
        return address
    local, _, domain = address.rpartition("@")
    if domain.startswith("[") or domain.isascii():
        return address
    return local + "@" + ".".join(
        label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")
        for label in domain.lower().split("."))


def address_entries(header, utf8):
    """The groups of an address header as the manifest spells them."""
    entries = []
    for group in header.groups:
        members = [{"name": a.display_name, "address": a.addr_spec} for a in group.addresses]
        if group.display_name is None:
            entries.extend(members)
        else:
            entries.append({"group": group.display_name, "members": members})
    return entries


def squeeze(entries):
    """Entries with the whitespace removed from names (for PHRASE_BUG)."""
    out = []
    for e in entries:
        if "group" in e:
            out.append({"group": re.sub(r"\s+", "", e["group"]),
                        "members": [{"name": re.sub(r"\s+", "", m["name"]), "address": m["address"]} for m in e["members"]]})
        else:
            out.append({"name": re.sub(r"\s+", "", e["name"]), "address": e["address"]})
    return out


def flat_mailboxes(entries):
    out = []
    for e in entries:
        out.extend(e["members"] if "group" in e else [e])
    return [(m["name"], m["address"]) for m in out]


def rfc2047_mailboxes(raw_value):
    """Names and addresses through email.utils.getaddresses and the RFC 2047 decoder email.header.decode_header."""
    result = []
    for name, address in email.utils.getaddresses([raw_value]):
        if not address:
            continue
        result.append((str(email.header.make_header(email.header.decode_header(name))), address))
    return result


def expected_entries(entries, utf8):
    out = []
    for e in entries:
        if "group" in e:
            out.append({"group": e["group"],
                        "members": [{"name": m["name"], "address": ace(m["address"], utf8)} for m in e["members"]]})
        else:
            out.append({"name": e["name"], "address": ace(e["address"], utf8)})
    return out


def check_message(entry, directory):
    problems = []
    path = os.path.join(directory, entry["file"])
    with open(path, "rb") as f:
        raw = f.read()
    utf8 = entry["utf8Headers"]

    # The wire form.
    if not raw.endswith(b"\r\n"):
        problems.append("does not end with CRLF")
    for number, line in enumerate(raw.split(b"\r\n"), 1):
        if b"\r" in line or b"\n" in line:
            problems.append("line %d has a bare CR or LF" % number)
        if len(line) > 998:
            problems.append("line %d is %d octets long" % (number, len(line)))
        if entry["sevenBit"] and not line.isascii():
            problems.append("line %d is not 7-bit: %r" % (number, line[:80]))
        if len(problems) > 20:
            break

    # "message" is for header fields, "content" for bodies and attachments (the same parse unless UTF-8 headers).
    content = email.message_from_bytes(raw, policy=policy.default)
    if utf8:
        message = email.message_from_string(raw.decode("utf-8"), policy=policy.default)
        legacy = email.message_from_string(raw.decode("utf-8"), policy=policy.compat32)
    else:
        message = content
        legacy = email.message_from_bytes(raw, policy=policy.compat32)

    # Defects, in every part and every header.
    for parse in (message, content):
        for part in parse.walk():
            for defect in part.defects:
                problems.append("%s part: defect %r" % (part.get_content_type(), defect))
    for part in message.walk():
        raw_fields = dict((k.lower(), v) for k, v in part.raw_items())
        rfc2047_name = re.search(r'\bname="=\?', raw_fields.get("content-type", "")) is not None
        for name, value in part.items():
            for defect in getattr(value, "defects", ()):
                text = str(defect)
                if (name.lower() == "content-type" and rfc2047_name
                        and ("encoded word inside quoted string" in text
                             or "missing trailing whitespace after encoded-word" in text)):
                    continue
                if utf8 and type(defect).__name__ == "NonASCIILocalPartDefect":
                    continue
                problems.append("%s header %s: defect %r" % (part.get_content_type(), name, defect))

    # Headers decode to exactly what was given.
    if entry["subject"]:
        if message["subject"] != entry["subject"]:
            problems.append("Subject %r, expected %r" % (message["subject"], entry["subject"]))
    elif "subject" in message:
        problems.append("unexpected Subject %r" % message["subject"])
    for field in ("from", "to", "cc", "reply-to"):
        expected = expected_entries(entry.get(field, []), utf8)
        header = message[field]
        got = address_entries(header, utf8) if header is not None else []
        if field == "to" and not entry.get("to") and not entry.get("cc"):
            expected = [{"group": "undisclosed-recipients", "members": []}]
        if got != expected and not (PHRASE_BUG and squeeze(got) == squeeze(expected)):
            problems.append("%s is %r, expected %r" % (field, got, expected))
        raw_value = legacy[field]
        exact = rfc2047_mailboxes(raw_value) if raw_value is not None else []
        if exact != flat_mailboxes(expected):
            problems.append("%s decodes (RFC 2047) to %r, expected %r" % (field, exact, flat_mailboxes(expected)))
    if message["message-id"] != entry["messageId"]:
        problems.append("Message-ID %r, expected %r" % (message["message-id"], entry["messageId"]))
    if message["mime-version"] != "1.0":
        problems.append("MIME-Version %r" % message["mime-version"])

    # Bcc never written.
    if "bcc" in message:
        problems.append("a Bcc field is present")
    for secret in entry.get("bccSecrets", []):
        if secret.encode("utf-8") in raw or secret.encode("utf-8").lower() in raw.lower():
            problems.append("Bcc data %r appears in the message" % secret)

    # Structure.
    structure = describe(message)
    if structure != entry["structure"]:
        problems.append("structure %s, expected %s" % (structure, entry["structure"]))

    # Boundaries only on their delimiter lines.
    for part in message.walk():
        if part.is_multipart():
            boundary = part.get_boundary().encode("ascii")
            children = len(list(part.iter_parts()))
            delimiter_lines = raw.count(b"\r\n--" + boundary + b"\r\n") + raw.count(b"\r\n--" + boundary + b"--\r\n")
            if raw.count(b"--" + boundary) != delimiter_lines or delimiter_lines != children + 1:
                problems.append("boundary %s appears outside its %d delimiter lines" % (boundary, children + 1))

    # Bodies and attachments.
    text_parts = []
    files = []
    # The leaves of both parses, side by side: (content part, header part).
    leaves = list(zip((p for p in content.walk() if not p.is_multipart()),
                      (p for p in message.walk() if not p.is_multipart())))
    for part, view in leaves:
        disposition = part.get_content_disposition()
        if disposition in ("attachment", "inline") and view.get_filename() is not None:
            files.append((part, view))
        elif part.get_content_type() in ("text/plain", "text/html") and disposition is None:
            text_parts.append(part)
        else:
            problems.append("unexpected part %s (%s)" % (part.get_content_type(), disposition))

    def body_of(content_type):
        for part in text_parts:
            if part.get_content_type() == content_type:
                if part.get_content_charset() != "utf-8":
                    problems.append("%s charset %r" % (content_type, part.get_content_charset()))
                return part.get_content().replace("\r\n", "\n")
        return None

    plain = body_of("text/plain")
    html = body_of("text/html")
    if entry["text"] is not None and plain != normalise_expected(entry["text"]):
        problems.append("text/plain %r, expected %r" % ((plain or "")[:200], normalise_expected(entry["text"])[:200]))
    if entry["text"] is None and entry["html"] is not None and plain is None:
        problems.append("no text/plain alternative for the HTML")
    if entry["html"] is not None and html != normalise_expected(entry["html"]):
        problems.append("text/html %r, expected %r" % ((html or "")[:200], normalise_expected(entry["html"])[:200]))
    if entry["html"] is None and html is not None:
        problems.append("unexpected text/html part")

    expected_files = entry["attachments"]
    if len(files) != len(expected_files):
        problems.append("%d attachments/inline parts, expected %d" % (len(files), len(expected_files)))
    for (part, view), want in zip(files, expected_files):
        data = part.get_payload(decode=True) or b""
        name = view.get_filename()
        if name != want["fileName"]:
            problems.append("file name %r, expected %r" % (name, want["fileName"]))
        type_name = view["content-type"].params.get("name")
        if type_name != want["fileName"]:
            problems.append("Content-Type name %r, expected %r" % (type_name, want["fileName"]))
        if part.get_content_type() != want["mimeType"]:
            problems.append("%s: type %s, expected %s" % (name, part.get_content_type(), want["mimeType"]))
        if part.get_content_disposition() != want["disposition"]:
            problems.append("%s: disposition %s, expected %s" % (name, part.get_content_disposition(), want["disposition"]))
        if len(data) != want["size"] or hashlib.sha256(data).hexdigest() != want["sha256"]:
            problems.append("%s: %d bytes with SHA-256 %s, expected %d bytes with %s"
                            % (name, len(data), hashlib.sha256(data).hexdigest(), want["size"], want["sha256"]))
        if part["content-transfer-encoding"] != "base64":
            problems.append("%s: transfer encoding %s" % (name, part["content-transfer-encoding"]))
        if want.get("contentId"):
            if part["content-id"] != "<%s>" % want["contentId"]:
                problems.append("%s: Content-ID %r, expected <%s>" % (name, part["content-id"], want["contentId"]))
            if html is None or ("cid:" + want["contentId"]) not in html:
                problems.append("%s: the HTML does not reference cid:%s" % (name, want["contentId"]))
    for part in message.walk():
        if part.get_content_type() == "multipart/related":
            root = next(part.iter_parts())
            if part.get_param("type") != root.get_content_type():
                problems.append("multipart/related type=%r but its root is %s" % (part.get_param("type"), root.get_content_type()))
    return problems


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        manifest = json.load(f)
    directory = os.path.dirname(os.path.abspath(sys.argv[1]))
    failed = 0
    for entry in manifest["messages"]:
        problems = check_message(entry, directory)
        if problems:
            failed += 1
            print("%s: %d problem(s)" % (entry["file"], len(problems)))
            for p in problems[:30]:
                print("    " + p)
    print("checked %d messages, %d failed" % (len(manifest["messages"]), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
