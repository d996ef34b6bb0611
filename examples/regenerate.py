"""Regenerate the sample outputs in examples/output/ with the offline default (no key, no network).

    python examples/regenerate.py

Ingests examples/articles into a throw-away store, then writes the brief
(Markdown and JSON) and one answer exactly as `briefing brief` / `briefing ask --json` would.
"""
from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from briefing import Corpus, Settings

HERE = Path(__file__).resolve().parent
TOPIC = "international backing for the Assad government"
QUESTION = "Which countries have expressed support for Damascus against the offensive?"


def main() -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    out = HERE / "output"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Corpus(Settings(store={"path": Path(tmp) / "store"}))
        corpus.ingest([HERE / "articles"])
        brief = corpus.brief(TOPIC)
        (out / "brief.md").write_text(brief.markdown, encoding="utf-8")
        (out / "brief.json").write_text(json.dumps(brief.model_dump(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        answer = corpus.ask(QUESTION)
        (out / "answer.json").write_text(json.dumps(answer.model_dump(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}/brief.md, brief.json, answer.json")


if __name__ == "__main__":
    main()
