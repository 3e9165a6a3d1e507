#!/usr/bin/python3
"""Fails when a user-visible string of the product has no Vietnamese translation.

Runs lupdate over the sources into a copy of the committed catalogue, so a string added to
the code but never translated is caught even if nobody ran the update_translations target.
Usage: check_translations.py LUPDATE TS_FILE SOURCE_DIR...
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, ts_file, *sources = sys.argv[1:]
with tempfile.TemporaryDirectory() as tmp:
    copy = f"{tmp}/catalogue.ts"
    shutil.copy(ts_file, copy)
    subprocess.run([lupdate, "-silent", "-locations", "none", *sources, "-ts", copy], check=True)
    root = ET.parse(copy).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") == "unfinished":
                missing.append(f"{name}: {message.findtext('source')!r}")
    total = sum(1 for _ in root.iter("message"))
    for line in missing:
        print("untranslated:", line)
    print(f"{total - len(missing)} of {total} strings translated in {ts_file}")
    sys.exit(1 if missing or total == 0 else 0)
