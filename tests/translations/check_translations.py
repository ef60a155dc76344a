#!/usr/bin/env python3
"""Fails when a translation is missing or wrong, or when the .ts files are out of date.

- astro_fr_CA.ts: every message finished, not empty, with the same %1..%9 and %n placeholders
  as its source, every plural form filled;
- astro_en.ts: every plural message has its forms filled;
- both files list exactly the messages the sources have now (lupdate run into a copy).
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")


def messages(path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def check_file(path, require_all):
    problems = []
    for context, message in messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{path.name}: [{context}] {source[:70]!r}"
        if translation is None:
            problems.append(f"{where}: no translation element")
            continue
        kind = translation.get("type")
        if kind in ("obsolete", "vanished"):
            continue
        plural = message.get("numerus") == "yes"
        if not require_all and not plural:
            continue
        if kind == "unfinished":
            problems.append(f"{where}: unfinished")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] if plural else [translation.text or ""]
        if not forms or any(not f.strip() for f in forms):
            problems.append(f"{where}: empty translation")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            got = sorted(set(PLACEHOLDER.findall(form)))
            # A plural form may leave out %n (e.g. "un article"), never a numbered placeholder.
            if [p for p in wanted if p != "%n"] != [p for p in got if p != "%n"]:
                problems.append(f"{where}: placeholders {wanted} but translation has {got}: {form!r}")
    return problems


def sources(path):
    out = set()
    for context, message in messages(path):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("obsolete", "vanished"):
            continue
        out.add((context, message.findtext("source"), message.findtext("comment")))
    return out


def check_up_to_date(ts, lupdate, root, extra):
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts.name
        shutil.copy(ts, copy)
        dirs = [d for d in ("core", "bridge", "ui", "app", "server") if (root / d).is_dir()]
        subprocess.run([lupdate, "-no-obsolete", "-locations", "none", *extra, *dirs, "-ts", str(copy)],
                       cwd=root, check=True, capture_output=True)
        before, after = sources(ts), sources(copy)
    problems = []
    for ctx, src, _ in sorted(after - before, key=str):
        problems.append(f"{ts.name}: new message not in the file (run scripts/update-translations.sh): [{ctx}] {src[:70]!r}")
    for ctx, src, _ in sorted(before - after, key=str):
        problems.append(f"{ts.name}: message no longer in the sources (run scripts/update-translations.sh): [{ctx}] {src[:70]!r}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True, type=Path)
    parser.add_argument("--lupdate")
    args = parser.parse_args()
    ts_dir = args.root / "translations"
    problems = check_file(ts_dir / "astro_fr_CA.ts", require_all=True)
    problems += check_file(ts_dir / "astro_en.ts", require_all=False)
    if args.lupdate:
        problems += check_up_to_date(ts_dir / "astro_fr_CA.ts", args.lupdate, args.root, [])
        problems += check_up_to_date(ts_dir / "astro_en.ts", args.lupdate, args.root, ["-pluralonly"])
    for p in problems:
        print(p)
    print(f"{len(problems)} translation problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
