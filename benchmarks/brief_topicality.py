"""Count on-topic and off-topic findings of briefs against hand labels (issue 10, session 19).

    python benchmarks/brief_topicality.py DIR [DIR2] [--labels benchmarks/brief-topicality-labels19.json]

DIR holds the briefs' Markdown as `benchmarks/brief.py --write DIR` writes it (one file per topic). For each labelled
topic it reads the timeline lines and bottom-line sentences and counts those labelled on the topic, off it, and not
labelled yet (printed, to be labelled); totals per split (tune / test) and section. Given DIR2 (another version's
briefs), both are counted and the lines only one of them shows are listed.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEY_CHARS = 60  # labels are keyed by a sentence's first 60 characters


def slug(topic: str) -> str:
    """The file name benchmarks/brief.py gives a topic's brief."""
    return re.sub(r"\W+", "-", topic.lower()).strip("-")[:60] + ".md"


def _section(markdown: str, head: str) -> str:
    m = re.search(rf"^## {head}[^\n]*\n(.*?)(?=^## |\Z)", markdown, re.M | re.S)
    return m.group(1) if m else ""


def _plain(text: str) -> str:
    """A shown sentence without its report label, citation marks, source note and Markdown escapes."""
    text = re.sub(r"\*\(reported [^)]*\)\*\s*", "", text)
    text = re.sub(r"\s*\*\((?:single source|\d+ sources?[^)]*)\)\*", "", text)
    text = re.sub(r"(?<!\\)\s*\[\d+(?:,\s*\d+)*\]", "", text)
    return text.replace("\\", "").strip()


def findings(markdown: str) -> list[tuple[str, str]]:
    """(section, sentence) for each timeline line and bottom-line sentence of a brief."""
    out = []
    for line in _section(markdown, "Timeline").splitlines():
        m = re.match(r"- \*\*[0-9-]+\*\*: (.*)", line)
        if m:
            out.append(("timeline", _plain(m.group(1))))
    bottom = _section(markdown, "Bottom line").strip()
    for part in re.split(r"(?<=\d\])\s+", bottom):  # after a citation mark, not an escaped bracket of the text
        if part.strip():
            out.append(("bottom line", _plain(part)))
    return out


def label_of(lines: dict[str, bool], sentence: str) -> bool | None:
    """The hand label of a sentence (matched on its first KEY_CHARS characters, or a shorter key it opens with), None when not labelled."""
    if sentence[:KEY_CHARS] in lines:
        return lines[sentence[:KEY_CHARS]]
    return next((v for k, v in lines.items() if len(k) < KEY_CHARS and sentence.startswith(k)), None)  # a shorter key: a prefix


def count(folder: Path, labels: dict[str, dict]) -> tuple[dict[tuple[str, str], list[int]], dict[str, list[tuple[str, str, bool | None]]]]:
    """Per (split, section): [lines, on, off, unlabelled]; per topic its labelled findings."""
    totals: dict[tuple[str, str], list[int]] = {}
    shown: dict[str, list[tuple[str, str, bool | None]]] = {}
    for topic, entry in labels.items():
        if topic.startswith("_"):
            continue
        path = folder / slug(topic)
        if not path.exists():
            continue
        rows = [(sec, text, label_of(entry["lines"], text)) for sec, text in findings(path.read_text(encoding="utf-8"))]
        shown[topic] = rows
        for sec, _, lab in rows:
            t = totals.setdefault((entry["split"], sec), [0, 0, 0, 0])
            t[0] += 1
            t[1 if lab is True else 2 if lab is False else 3] += 1
    return totals, shown


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", type=Path, nargs="+")
    ap.add_argument("--labels", type=Path, default=ROOT / "benchmarks" / "brief-topicality-labels19.json")
    args = ap.parse_args()
    labels = json.loads(args.labels.read_text(encoding="utf-8"))
    results = [count(f, labels) for f in args.folders]
    for folder, (totals, shown) in zip(args.folders, results):
        print(f"== {folder}")
        for (split, sec), (n, on, off, new) in sorted(totals.items()):
            print(f"{split:5} {sec:12} lines {n:4}  on {on:4}  off {off:4}  unlabelled {new:3}  on-topic share of labelled {on / max(1, on + off):.2f}")
        for topic, rows in shown.items():
            for sec, text, lab in rows:
                if lab is None:
                    print(f"  unlabelled [{topic}] {sec}: {text[:160]}")
    if len(results) == 2:
        a, b = results[0][1], results[1][1]
        for topic in a:
            gone = {t for _, t, _ in a[topic]} - {t for _, t, _ in b.get(topic, [])}
            new = {t for _, t, _ in b.get(topic, [])} - {t for _, t, _ in a[topic]}
            for t in sorted(gone):
                print(f"  - [{topic}] {label_of(labels[topic]['lines'], t)} {t[:150]}")
            for t in sorted(new):
                print(f"  + [{topic}] {label_of(labels[topic]['lines'], t)} {t[:150]}")


if __name__ == "__main__":
    main()
