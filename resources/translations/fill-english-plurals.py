#!/usr/bin/python3
"""Fills the English plural forms in epistle_en.ts from the source strings' "(s)" convention.

The source strings are written as "%n draft(s)"; English needs "1 draft" and "3 drafts". After
`cmake --build <dir> --target update_translations` adds a new plural string to epistle_en.ts, run this
to fill it in (forms already filled are left alone): /usr/bin/python3 fill-english-plurals.py
"""
import os
import re
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "epistle_en.ts")
tree = ET.parse(path)
changed = 0
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if all(f.text for f in forms):
        continue
    singular = re.sub(r"(\w+)\(s\)", r"\1", source)
    plural = re.sub(r"(\w+)\(s\)", r"\1s", source)
    for form in forms:
        translation.remove(form)
    for text in (singular, plural):
        ET.SubElement(translation, "numerusform").text = text
    translation.attrib.pop("type", None)
    changed += 1
with open(path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
    f.write(b"\n")
print("filled %d plural message(s) in %s" % (changed, path))
