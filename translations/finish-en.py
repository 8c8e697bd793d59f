#!/usr/bin/env python3
"""Finish every unfinished message of the English .ts file: English is the source language, so the
translation is the source text. Numerus messages get a singular and a plural form, derived from the
"(s)" convention of the sources ("%n document(s)" -> "%n document" / "%n documents"; also "(es)" and
"y(ies)": "%n match(es)" -> "match" / "matches", "%n entry(ies)" -> "entry" / "entries"). Where the
mechanical forms read badly in the singular ("All 1 document checked."), OVERRIDES gives the English
forms; keep it to such cases.

Usage: finish-en.py [path/to/sic_en.ts]   (default: sic_en.ts next to this script)
Run it after `update_translations` has added new messages; finished messages are left alone.
"""

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# "word(s)", "word(es)", "entry(ies)": the group is the plural ending; "y(ies)" replaces the y.
PLURAL_MARK = re.compile(r"(y?)\((s|es|ies)\)")

# source -> [singular, plural] where "drop the (s)" does not give natural English.
OVERRIDES = {
    "All %n document(s) checked.": ["%n document checked.", "All %n documents checked."],
}


def _singular(m: re.Match) -> str:
    return m.group(1)


def _plural(m: re.Match) -> str:
    if m.group(2) == "ies" and m.group(1):
        return "ies"
    return m.group(1) + m.group(2)


def numerus_forms(source: str, count: int) -> list[str]:
    if source in OVERRIDES:
        singular, plural = OVERRIDES[source]
    else:
        singular = PLURAL_MARK.sub(_singular, source)
        plural = PLURAL_MARK.sub(_plural, source)
    return [singular] + [plural] * (count - 1)


def finish(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation", {"type": "unfinished"})
    if translation.get("type") != "unfinished":
        return False  # finished, vanished or obsolete: not ours to touch
    source = message.findtext("source") or ""
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        # English has two forms; lupdate writes as many empty ones as the language needs.
        for form in forms:
            translation.remove(form)
        for text in numerus_forms(source, max(2, len(forms))):
            ET.SubElement(translation, "numerusform").text = text
        translation.text = translation.text if translation.text and translation.text.strip() else None
    else:
        translation.text = source
    del translation.attrib["type"]
    return True


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("sic_en.ts")
    tree = ET.parse(path)
    root = tree.getroot()
    if root.get("language", "en").split("_")[0] != "en":
        print(f"{path}: not an English translation file", file=sys.stderr)
        return 1
    done = sum(finish(m) for m in root.iter("message"))
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    # ElementTree drops the prolog; lupdate expects it.
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    print(f"{path}: {done} message(s) finished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
