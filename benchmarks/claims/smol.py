"""Collect real weak-model sentences for the claim set: SmolLM2-135M-Instruct writes one sentence per passage.

Serve the model first (see docs/benchmarks.md), then:
    python benchmarks/claims/smol.py --sources sources.jsonl --url http://127.0.0.1:PORT/v1 > smol_raw.jsonl
Each output line keeps the passage and doc_id; labels are added by hand in smol_labeled.jsonl.
"""
from __future__ import annotations

import argparse
import json
import sys

from openai import OpenAI

PROMPTS = [
    "Passage:\n{p}\n\nWrite one sentence that states a fact from the passage. Use only the passage.",
    "Read this news passage:\n{p}\n\nIn one sentence, who did what to whom according to the passage?",
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", required=True)
    ap.add_argument("--url", required=True)
    ap.add_argument("--n", type=int, default=40)
    args = ap.parse_args()
    client = OpenAI(base_url=args.url, api_key="local", timeout=60)
    rows = [json.loads(line) for line in open(args.sources)]
    step = max(1, len(rows) // args.n)
    for k, row in enumerate(rows[::step][: args.n]):
        prompt = PROMPTS[k % len(PROMPTS)].format(p=row["sentence"])
        r = client.chat.completions.create(model="smollm2", messages=[{"role": "user", "content": prompt}], max_tokens=70, temperature=0)
        text = (r.choices[0].message.content or "").strip().split("\n")[0]
        sys.stdout.write(json.dumps({"doc_id": row["doc_id"], "corpus": row["corpus"], "passage": row["sentence"], "output": text}, ensure_ascii=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
