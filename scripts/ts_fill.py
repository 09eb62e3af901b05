#!/usr/bin/env python3
"""Fill translations in a Qt .ts file from a list of pairs.

  scripts/ts_fill.py translations/peere-console_fr.ts pairs.tsv
  scripts/ts_fill.py --missing translations/peere-console_fr.ts   # list what has no translation

pairs.tsv: one "source<TAB>translation" per line, texts as in the code (\\n for a line break).
Only unfinished or empty translations are filled; existing ones are kept unless --force.
"""
import argparse
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ts")
    ap.add_argument("pairs", nargs="?")
    ap.add_argument("--missing", action="store_true")
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args()
    tree = ET.parse(args.ts)
    root = tree.getroot()
    if args.missing:
        for context in root.iter("context"):
            for message in context.iter("message"):
                tr = message.find("translation")
                if tr is None or tr.get("type") == "unfinished" or not (tr.text or len(tr)):
                    print(context.findtext("name") + "\t" + message.findtext("source").replace("\n", "\\n"))
        return 0
    pairs = {}
    with open(args.pairs, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or "\t" not in line:
                continue
            source, translation = line.split("\t", 1)
            pairs[unescape(source)] = unescape(translation)
    filled = 0
    for message in root.iter("message"):
        source = message.findtext("source")
        tr = message.find("translation")
        if source not in pairs or tr is None:
            continue
        if not args.force and tr.get("type") != "unfinished" and (tr.text or len(tr)):
            continue
        if message.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            for form in pairs[source].split("|"):
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = pairs[source]
        tr.attrib.pop("type", None)
        filled += 1
    tree.write(args.ts, encoding="utf-8", xml_declaration=True)
    # ElementTree drops the DOCTYPE; Qt tools accept the file without it, but keep it tidy.
    with open(args.ts, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    with open(args.ts, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"filled {filled} translations", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
