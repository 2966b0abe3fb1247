#!/usr/bin/python3
"""Lists the messages of a Qt .ts file that still need a translator, and the translations that break their source.

    /usr/bin/python3 untranslated.py epistle_de.ts          # what is unfinished or empty
    /usr/bin/python3 untranslated.py --check epistle_de.ts  # also: placeholders, tags, accelerators, plural forms
    /usr/bin/python3 untranslated.py --accelerators epistle_de.ts  # also: letters a translation made clash

After `cmake --build <dir> --target update_translations` has brought new sentences into epistle_de.ts, this
prints each one as "context | source" (a plural one as "context | [plural] source"), so a translator sees at once
what is left. --check also lists finished translations that lose or add a placeholder (%1, %n), a rich text tag,
a line break, an accelerator (&) or the text's leading or trailing blank, and plural messages without the number
of forms the language needs. --accelerators lists two messages of one context whose translations share an
accelerator letter while their sources do not: a hint to read, since only controls shown together can clash.
Exit status: 0 when nothing is listed, 1 otherwise, 2 when the file cannot be read.
"""
import argparse
import collections
import re
import sys
import xml.etree.ElementTree as ET

# Plural forms per language (Qt's numerus rules): the ones Epistle is translated into, and the usual neighbours.
PLURAL_FORMS = {"de": 2, "en": 2, "fr": 2, "es": 2, "it": 2, "nl": 2, "pl": 3, "cs": 3, "ru": 3, "ja": 1}

PLACEHOLDER = re.compile(r"%(?:L?[1-9][0-9]?|n)")
# Rich text tags Qt's labels understand; an address in <...> is not one.
TAG = re.compile(r"</?(a|b|i|u|s|p|br|tt|code|pre|em|strong|big|small|font|span|div|h[1-6]|table|tr|th|td|ul|ol|li|img|nobr|qt)\b[^>]*>",
                 re.IGNORECASE)
ACCELERATOR = re.compile(r"&([^&\s])")


def texts_of(message):
    """The translation's text(s): one string, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def is_unfinished(message):
    translation = message.find("translation")
    if translation is None:
        return True
    kind = translation.get("type")
    if kind in ("obsolete", "vanished"):
        return False
    texts = texts_of(message)
    return kind == "unfinished" or not texts or any(not text for text in texts)


def is_live(message):
    translation = message.find("translation")
    return translation is None or translation.get("type") not in ("obsolete", "vanished")


def accelerator(text):
    match = ACCELERATOR.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def problems_of(message, forms_needed):
    """What a finished translation loses or adds compared with its source."""
    source = message.findtext("source") or ""
    found = []
    texts = texts_of(message)
    if message.get("numerus") == "yes" and forms_needed and len(texts) != forms_needed:
        found.append("has %d plural form(s), the language needs %d" % (len(texts), forms_needed))
    for text in texts:
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
            # A plural form may leave %n out ("one attachment"), but never another placeholder.
            wanted = set(PLACEHOLDER.findall(source)) - {"%n"}
            if message.get("numerus") != "yes" or wanted != set(PLACEHOLDER.findall(text)) - {"%n"}:
                found.append("placeholders %s, source has %s"
                             % (sorted(set(PLACEHOLDER.findall(text))), sorted(set(PLACEHOLDER.findall(source)))))
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            found.append("rich text tags differ from the source")
        if source.count("\n") != text.count("\n"):
            found.append("%d line break(s), source has %d" % (text.count("\n"), source.count("\n")))
        if (accelerator(source) is None) != (accelerator(text) is None):
            found.append("accelerator (&) %s" % ("missing" if accelerator(text) is None else "added"))
        # A fragment glued to another keeps its blank; German may open it with a comma instead (", während").
        if source[:1].isspace() != (text[:1].isspace() or (source[:1].isspace() and text[:1] in ",;:.")):
            found.append("leading blank differs from the source")
        if source[-1:].isspace() != text[-1:].isspace():
            found.append("trailing blank differs from the source")
    return found


def clashes_of(context):
    """Pairs of messages in one context whose translations share an accelerator letter while their sources do not."""
    keyed = []
    for message in context.iter("message"):
        if not is_live(message) or is_unfinished(message):
            continue
        source = message.findtext("source") or ""
        for text in set(texts_of(message)):
            if accelerator(text):
                keyed.append((accelerator(text), accelerator(source), text))
    clashes = []
    for i, (letter, source_letter, text) in enumerate(keyed):
        for other_letter, other_source_letter, other in keyed[i + 1:]:
            if letter == other_letter and source_letter != other_source_letter and text != other:
                clashes.append("accelerator '%s' on %s / %s" % (letter, text, other))
    return clashes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts_file")
    parser.add_argument("--check", action="store_true",
                        help="also list translations whose placeholders, tags, line breaks or accelerators differ")
    parser.add_argument("--accelerators", action="store_true",
                        help="also list accelerator letters a context's translations share where the sources do not "
                             "(advisory: two pages of one dialog may share a letter)")
    args = parser.parse_args()
    try:
        root = ET.parse(args.ts_file).getroot()
    except (OSError, ET.ParseError) as error:
        print("untranslated.py: cannot read %s: %s" % (args.ts_file, error), file=sys.stderr)
        return 2
    language = (root.get("language") or "").split("_")[0]
    forms_needed = PLURAL_FORMS.get(language)
    listed = 0
    total = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if not is_live(message):
                continue
            total += 1
            # One message a line: a line break in the source is shown as \n.
            source = (message.findtext("source") or "").replace("\n", "\\n")
            plural = "[plural] " if message.get("numerus") == "yes" else ""
            if is_unfinished(message):
                print("%s | %s%s" % (name, plural, source))
                listed += 1
            elif args.check:
                for problem in problems_of(message, forms_needed):
                    print("%s | %s%s | %s" % (name, plural, source, problem))
                    listed += 1
        if args.accelerators:
            for clash in clashes_of(context):
                print("%s | %s" % (name, clash))
                listed += 1
    unfinished = sum(1 for c in root.iter("context") for m in c.iter("message") if is_live(m) and is_unfinished(m))
    print("%s: %d of %d message(s) unfinished%s" % (args.ts_file, unfinished, total,
                                                    ", %d listed" % listed if args.check or args.accelerators else ""),
          file=sys.stderr)
    return 1 if listed else 0


if __name__ == "__main__":
    sys.exit(main())
