"""A real weak model behind OPENAI_BASE_URL: the dev questions and one brief, configured by settings alone.

Not a CI test: it needs a running OpenAI-compatible server, e.g. SmolLM2-135M-Instruct served by
llama-cpp-python:

    python -m llama_cpp.server --model SmolLM2-135M-Instruct.Q4_1.gguf --host 127.0.0.1 --port 8931 --n_ctx 4096
    OPENAI_BASE_URL=http://127.0.0.1:8931/v1 OPENAI_API_KEY=x python benchmarks/real_model.py --store STORE

Writes benchmarks/results/real-model.json: per question the time, what was shown (each sentence
with its citation quotes, for labeling by hand), what was dropped and why, whether the answer fell
back to the extractive reader, and the model's raw reply. `--labels FILE` (one JSON object a line:
{"id", "sentence", "label": supported|partial|unsupported|contradicted}) adds the hand labels' counts.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path
from typing import Any

from briefing import Corpus, Settings, llm

ROOT = Path(__file__).resolve().parents[1]


class Recorder:
    """The configured ChatModel, with every raw reply kept for the report."""

    def __init__(self, inner: llm.ChatModel) -> None:
        self.inner = inner
        self.name = inner.name
        self.url = getattr(inner, "url", inner.name)
        self.replies: list[str] = []

    def complete(self, messages: llm.Messages, max_tokens: int, timeout: float) -> llm.Reply:
        reply = self.inner.complete(messages, max_tokens, timeout)
        self.replies.append(reply.text)
        return reply

    def stream(self, messages: llm.Messages, max_tokens: int, timeout: float) -> llm.Stream:
        stream = self.inner.stream(messages, max_tokens, timeout)
        self.replies.append("")
        index = len(self.replies) - 1

        def pieces() -> Any:
            for piece in stream:
                self.replies[index] += piece
                out.model = stream.model
                yield piece

        out = llm.Stream(pieces(), stream.model, stream.close)
        return out


def _answer_row(q: dict[str, Any], a: Any, took: float, raw: str) -> dict[str, Any]:
    fell_back = a.backend == "extractive"
    by_id = {c.id: c for c in a.citations}
    return {
        "id": q.get("id"), "question": q["question"], "answerable": q.get("answerable"), "seconds": round(took, 2),
        "backend": a.backend, "fell_back": fell_back, "insufficient": a.insufficient_evidence,
        "support": a.support.model_dump(), "notes": a.notes,
        "shown_model_sentences": [] if fell_back else [
            {"sentence": s.text, "quotes": [by_id[i].quote for i in s.citations if i in by_id]} for s in a.sentences
        ],
        "answer": a.answer, "raw_reply": raw,
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--store", type=Path, required=True, help="A COPY of the examples store (corpus 'default').")
    p.add_argument("--questions", type=Path, default=Path("/work/shared/eval/seed_questions.jsonl"))
    p.add_argument("--brief", default="international backing for the government", help="Topic of the one brief.")
    p.add_argument("--labels", type=Path, help="Hand labels of the shown sentences (JSONL).")
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "real-model.json")
    p.add_argument("--replay", type=Path, help="Replay the raw replies of an earlier results file instead of calling a server "
                   "(to compare settings, e.g. BRIEFING_GENERATE__REQUIRE_QUOTES=false, on the same model output).")
    args = p.parse_args()
    os.environ["BRIEFING_STORE__PATH"] = str(args.store)
    if args.replay:
        os.environ.setdefault("BRIEFING_GENERATE__BACKEND", "openai")
        settings = Settings()
        earlier = json.loads(args.replay.read_text())
        replies = {r["question"]: r["raw_reply"] for r in earlier["questions"]}
        brief_reply = earlier["brief"]["raw_reply"]
        args.brief = earlier["brief"]["topic"]

        def replay(messages: llm.Messages, max_tokens: int) -> str:
            text = " ".join(m for _, m in messages)
            return next((r for q, r in replies.items() if q in text), brief_reply) or "INSUFFICIENT_EVIDENCE"

        inner: llm.ChatModel = llm.FunctionModel(replay, name=f"replay:{earlier['summary']['model']}")
    else:
        if not os.environ.get("OPENAI_BASE_URL"):
            raise SystemExit("set OPENAI_BASE_URL to the model server (settings alone configure the model)")
        settings = Settings()
        inner = llm.from_settings(settings)
    recorder = Recorder(inner)
    corpus = Corpus(settings, chat_model=recorder)
    questions = [json.loads(line) for line in args.questions.read_text().splitlines() if line.strip()]
    rows = []
    for q in questions:
        start = time.monotonic()
        before = len(recorder.replies)
        a = corpus.ask(q["question"])
        took = time.monotonic() - start
        raw = recorder.replies[before] if len(recorder.replies) > before else ""
        rows.append(_answer_row(q, a, took, raw))
        print(f"{took:6.1f}s {a.backend:40} {a.support.checked:2} checked {a.support.dropped:2} dropped | {q['question'][:60]}", flush=True)
    if args.replay:
        brief_row = earlier["brief"]  # briefs call the model through settings (brief.py), not a passed ChatModel
    else:
        start = time.monotonic()
        before = len(recorder.replies)
        b = corpus.brief(args.brief)
        brief_row = {
            "topic": args.brief, "seconds": round(time.monotonic() - start, 2), "backend": b.backend, "insufficient": b.insufficient_evidence,
            "support": b.support.model_dump(), "notes": b.notes, "sentences": len(b.sentences), "markdown": b.markdown,
            "raw_reply": recorder.replies[before] if len(recorder.replies) > before else "",
        }
    asked = [r for r in rows if r["raw_reply"]]
    summary = {
        "model_server": f"replay of {args.replay}" if args.replay else os.environ["OPENAI_BASE_URL"], "require_quotes": settings.generate.require_quotes, "model": settings.generate.model, "max_tokens": settings.generate.max_tokens,
        "deadline": settings.generate.deadline, "questions": len(rows), "model_called": len(asked),
        "shown_model_sentences": sum(len(r["shown_model_sentences"]) for r in rows),
        "dropped": sum(r["support"]["dropped"] for r in rows),
        "fell_back": sum(r["fell_back"] for r in rows),
        "seconds_p50": round(statistics.median(r["seconds"] for r in rows), 2),
        "seconds_max": round(max(r["seconds"] for r in rows), 2),
        "brief_seconds": brief_row["seconds"], "brief_backend": brief_row["backend"], "brief_sentences": brief_row["sentences"], "brief_notes": brief_row["notes"],
    }
    if args.labels and args.labels.exists():
        labels = [json.loads(line) for line in args.labels.read_text().splitlines() if line.strip()]
        summary["labels"] = {k: sum(1 for x in labels if x["label"] == k) for k in ("supported", "partial", "unsupported", "contradicted")}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"summary": summary, "questions": rows, "brief": brief_row}, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
