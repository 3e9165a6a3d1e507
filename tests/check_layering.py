#!/usr/bin/python3
"""Fails when an include points the wrong way between Wsprobe's folders.

The include path (src/, ui/, app/) cannot tell src/protocol from src/log, so this reads every
project include, resolves it to a file, and checks it against the allowed dependencies
below: the protocol library stands alone, the core's capability folders depend only on
those listed, the core never reaches into ui/ or app/, and ui/ never into app/.
Usage: check_layering.py REPOSITORY_ROOT
"""
import os
import re
import sys

# folder -> folders it may include (besides itself)
CORE = {
    "protocol": set(),
    "connection": {"protocol"},
    "json": {"protocol"},  # Utf8Validator
    "decode": {"protocol", "json"},
    "protocols": {"protocol", "json", "decode"},
    "log": {"protocol", "connection", "json", "decode", "protocols"},
    "compose": {"protocol", "connection", "json", "log", "decode"},
    "session": {"protocol", "connection", "json", "decode", "log"},
    "match": {"protocol", "connection", "json", "log", "compose"},
    "replay": {"protocol", "connection", "json", "decode", "log", "compose", "session"},
    "workbench": {"protocol", "connection", "json", "decode", "log", "compose", "session", "replay",
                  "protocols"},
    "demo": {"protocol", "connection"},
    "serve": {"protocol", "connection", "json", "log", "compose", "session", "match"},
    "snippet": {"protocol"},
    "collection": {"protocol", "connection", "json", "decode", "log", "compose", "session"},
    "relay": {"protocol", "connection", "json", "log", "compose", "session", "match"},
    # The JavaScript runtime (its own library, wsprobe_script): on top of a workbench; no core
    # folder includes it, so only its users link Qt Qml. It sees serve for the rules file's
    # script (serve/servescript.h is the interface serve calls it through).
    "script": {"protocol", "connection", "json", "decode", "log", "compose", "session", "match",
               "replay", "workbench", "serve"},
}
ALL_CORE = set(CORE)
# ui folders may use any core folder; among themselves only the window sees every page.
UI = {
    "window": {"connection", "log", "compose", "session", "replay", "snippet", "collection",
               "relay", "protocols", "serve"},
    "connection": {"log", "compose", "snippet", "protocols"},
    "snippet": set(),
    "log": set(),
    "compose": {"log"},
    "session": {"log"},
    "replay": {"log", "session"},
    "collection": {"compose", "connection"},
    "relay": {"log", "connection"},
    "protocols": {"log"},
    "serve": {"log", "compose", "connection"},
}
# Inside src/protocol: the client's and the server's ends share the root and frame/ but not
# each other, and the shared parts know neither end (engine.cpp, the factory of the client
# engines, excepted).
PROTOCOL_ENDS = {"client", "server"}
PROTOCOL_FACTORY = "src/protocol/engine.cpp"
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
WIDGETS = re.compile(r"^\s*#\s*include\s+<(QtWidgets|QtGui|QWidget|QApplication|QDialog)\b", re.M)


def resolve(root, name):
    for top in ("src", "ui", "app"):
        if os.path.isfile(os.path.join(root, top, name)):
            return top, name.split("/")[0] if "/" in name else ""
    return None, None


def protocol_include_ok(rel, name):
    parts = rel.replace(os.sep, "/").split("/")
    sub = parts[2] if len(parts) > 3 else ""
    target_parts = name.split("/")
    target_sub = target_parts[1] if len(target_parts) > 2 else ""
    if target_sub not in PROTOCOL_ENDS or target_sub == sub:
        return True
    return sub == "" and rel.replace(os.sep, "/") == PROTOCOL_FACTORY


def main():
    root = sys.argv[1]
    problems = []
    checked = 0
    for top in ("src", "ui", "app"):
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            for f in files:
                if not f.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(dirpath, f)
                rel = os.path.relpath(path, root)
                parts = rel.split(os.sep)
                folder = parts[1] if len(parts) > 2 else ""
                text = open(path, encoding="utf-8").read()
                if top == "src" and WIDGETS.search(text):
                    problems.append(f"{rel}: includes a Widgets/Gui header; the core may not")
                for name in INCLUDE.findall(text):
                    if name.startswith("ui_") or name.endswith(".moc"):
                        continue
                    checked += 1
                    target_top, target = resolve(root, name)
                    if target_top is None:
                        problems.append(f'{rel}: "{name}" is not a root-relative project header')
                        continue
                    ok = True
                    if top == "src":
                        ok = target_top == "src" and (target == folder
                                                      or target in CORE.get(folder, set()))
                    elif top == "ui":
                        if target_top == "app":
                            ok = False
                        elif target_top == "ui":
                            ok = target == folder or target in UI.get(folder, set())
                    elif top == "app":
                        ok = target_top in ("src", "app") or (folder == "" and target_top == "ui")
                    if ok and top == "src" and folder == "protocol" and target == "protocol":
                        ok = protocol_include_ok(rel, name)
                    if not ok:
                        problems.append(f'{rel}: may not include "{name}" ({target_top}/{target})')
    for p in problems:
        print(p)
    print(f"{checked} includes checked, {len(problems)} pointing the wrong way")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
