#!/usr/bin/python3
"""Runs lupdate over the sources, then carries translations over to strings that only moved.

When a class is renamed or a string moves to another class (a widget's message moving to
the core, say), lupdate sees a new string in a new context and an obsolete one in the old.
This fills each new, untranslated entry whose source text (and comment) is translated
elsewhere in the same catalogue, and drops the obsolete entries, so that only strings that
are really new are left for a translator. It prints what is still untranslated.
Usage: scripts/update-translations.py [BUILD_DIR] [--donor OTHER_VI.ts]...   (default build/dev)
A donor catalogue (say, the other side of a merge) lends its translations too.
"""
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = sys.argv[1:]
donors = [args[i + 1] for i, a in enumerate(args) if a == "--donor"]
args = [a for i, a in enumerate(args) if a != "--donor" and (i == 0 or args[i - 1] != "--donor")]
build = args[0] if args else os.path.join(root, "build", "dev")
subprocess.run(["cmake", "--build", build, "--target", "update_translations"], check=True)

for ts in ("wsprobe_en.ts", "wsprobe_vi.ts"):
    path = os.path.join(root, "translations", ts)
    tree = ET.parse(path)
    known = {}
    sources = [tree] + ([ET.parse(d) for d in donors] if ts == "wsprobe_vi.ts" else [])
    for message in (m for t in sources for m in t.iter("message")):
        t = message.find("translation")
        if t is not None and t.get("type") in (None, "obsolete", "vanished") and (t.text or len(t)):
            key = (message.findtext("source"), message.findtext("comment"))
            known.setdefault(key, t)
    filled = 0
    left = []
    for context in tree.getroot().iter("context"):
        for message in list(context.iter("message")):
            t = message.find("translation")
            if t.get("type") in ("obsolete", "vanished"):
                context.remove(message)
                continue
            if t.get("type") != "unfinished":
                continue
            key = (message.findtext("source"), message.findtext("comment"))
            if key in known:
                donor = known[key]
                t.text = donor.text
                for child in list(t):
                    t.remove(child)
                for child in donor:
                    t.append(child)
                del t.attrib["type"]
                filled += 1
            else:
                left.append(f"{context.findtext('name')}: {key[0]!r}")
    for context in list(tree.getroot().iter("context")):
        if not context.findall("message"):
            tree.getroot().remove(context)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, encoding="utf-8") as f:
        text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{ts}: {filled} carried over, {len(left)} to translate")
    if ts == "wsprobe_en.ts":
        left = []  # the English catalogue is the source text itself
    for line in left:
        print("  ", line)

# lupdate writes the catalogues in its own layout again, so diffs stay small.
subprocess.run(["cmake", "--build", build, "--target", "update_translations"], check=True,
               stdout=subprocess.DEVNULL)
