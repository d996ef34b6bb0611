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
import re
import statistics
import time
from pathlib import Path
from typing import Any

from briefing import Corpus, Settings, generate, llm

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


DROP_NOTE = re.compile(r"^(\d+) model sentence\(s\) dropped: (.*)$")
MODEL_CHECKED = re.compile(r"^the model's (\d+) sentence\(s\) were not supported")


def drop_reasons(notes: list[str], support: dict[str, int]) -> dict[str, int]:
    """Dropped model sentences by reason: the drop notes of generate.Drops, and the rest by the claim verifier."""
    out: dict[str, int] = {}
    for n in notes:
        m = DROP_NOTE.match(n)
        if m:
            reason = m.group(2).split(":")[0].strip()
            out[reason] = out.get(reason, 0) + int(m.group(1))
    return out


def _answer_row(q: dict[str, Any], a: Any, took: float, raw: str) -> dict[str, Any]:
    fell_back = a.backend == "extractive"
    by_id = {c.id: c for c in a.citations}
    support = a.support.model_dump()
    reasons = drop_reasons(a.notes, support)
    # the model's sentences the claim verifier dropped: those it checked, less those shown and those dropped before the check
    said = next((int(m.group(1)) for n in a.notes if (m := MODEL_CHECKED.match(n))), None)
    model_checked = support["checked"] if not fell_back else (said or 0)
    shown = 0 if fell_back else len(a.sentences)
    reasons["not supported (claim verifier)"] = max(model_checked - shown - sum(reasons.values()), 0)
    return {
        "id": q.get("id"), "question": q["question"], "answerable": q.get("answerable"), "seconds": round(took, 2),
        "backend": a.backend, "fell_back": fell_back, "insufficient": a.insufficient_evidence,
        "support": support, "dropped_by_reason": reasons, "notes": a.notes,
        "shown_model_sentences": [] if fell_back else [
            {"sentence": s.text, "doc_ids": list(dict.fromkeys(by_id[i].doc_id for i in s.citations if i in by_id)), "quotes": [by_id[i].quote for i in s.citations if i in by_id]} for s in a.sentences
        ],
        "answer": a.answer, "raw_reply": raw,
    }


class AnchorLog:
    """Every reworded span the run anchored (generate.anchor_span) and what the full check then said, for labeling."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.question: Any = None  # id of the question being asked ('brief' for the brief)
        self._span_of: dict[int, tuple[str, float]] = {}
        find, check = generate.anchor_span, generate.verify_drafts

        def anchor_span(pool: Any, span: str, cited: list[int]) -> int | None:
            j = find(pool, span, cited)
            if j is not None:
                self._span_of[j] = (span, generate.span_overlap(span, pool.sentences[j].text))
            return j

        def verify_drafts(pool: Any, drafts: list[Any], settings: Any, report: Any) -> list[Any]:
            out = []
            for d in drafts:
                kept = check(pool, [d], settings, report)
                if d.anchor is not None:
                    span, overlap = self._span_of.get(d.anchor, ("", 0.0))
                    self.rows.append({"question_id": self.question, "sentence": d.text, "span": span, "overlap": round(overlap, 3), "doc_id": pool.doc_id(d.anchor),
                                      "anchor_sentence": pool.quote(d.anchor), "passed_check": bool(kept)})
                out += kept
            return out

        generate.anchor_span, generate.verify_drafts = anchor_span, verify_drafts  # type: ignore[assignment]


def _brief_sentences(b: Any) -> list[dict[str, Any]]:
    by_id = {c.id: c for c in b.citations}
    out = []
    for s in b.sentences:
        quotes = [q.quote for q in s.quotes] or [by_id[i].quote for i in s.citations if i in by_id]
        doc_ids = [q.doc_id for q in s.quotes] or [by_id[i].doc_id for i in s.citations if i in by_id]
        out.append({"sentence": s.text, "section": s.section, "doc_ids": list(dict.fromkeys(doc_ids)), "quotes": quotes})
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--store", type=Path, required=True, help="A COPY of the examples store (corpus 'default').")
    p.add_argument("--questions", type=Path, default=Path("/work/shared/eval/seed_questions.jsonl"))
    p.add_argument("--brief", default="international backing for the government", help="Topic of the one brief.")
    p.add_argument("--labels", type=Path, help="Hand labels of the shown sentences (JSONL).")
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "real-model.json")
    p.add_argument("--replay", type=Path, help="Replay the raw replies of an earlier results file instead of calling a server "
                   "(to compare settings, e.g. BRIEFING_GENERATE__REQUIRE_QUOTES=false, on the same model output).")
    p.add_argument("--anchor-overlap", type=float, help="Turn span anchoring on (generate.anchor_spans) with this generate.ANCHOR_OVERLAP, to see and label the spans a threshold would anchor.")
    args = p.parse_args()
    if args.anchor_overlap is not None:
        generate.ANCHOR_OVERLAP = args.anchor_overlap
        os.environ["BRIEFING_GENERATE__ANCHOR_SPANS"] = "true"
    anchor_log = AnchorLog()
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
        anchor_log.question = q.get("id")
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
        anchor_log.question = "brief"
        start = time.monotonic()
        before = len(recorder.replies)
        b = corpus.brief(args.brief)
        brief_row = {
            "topic": args.brief, "seconds": round(time.monotonic() - start, 2), "backend": b.backend, "insufficient": b.insufficient_evidence,
            "support": b.support.model_dump(), "notes": b.notes, "sentences": len(b.sentences), "markdown": b.markdown,
            "shown_model_sentences": [] if b.backend == "extractive" else _brief_sentences(b),
            "raw_reply": recorder.replies[before] if len(recorder.replies) > before else "",
            "raw_replies": recorder.replies[before:],
        }
    asked = [r for r in rows if r["raw_reply"]]
    summary = {
        "model_server": f"replay of {args.replay}" if args.replay else os.environ["OPENAI_BASE_URL"], "require_quotes": settings.generate.require_quotes, "model": settings.generate.model, "max_tokens": settings.generate.max_tokens,
        "deadline": settings.generate.deadline, "questions": len(rows), "model_called": len(asked),
        "shown_model_sentences": sum(len(r["shown_model_sentences"]) for r in rows),
        "dropped": sum(r["support"]["dropped"] for r in rows),
        "anchored_shown": sum(r["support"].get("anchored", 0) for r in rows if not r["fell_back"]),
        "dropped_by_reason": {k: sum(r["dropped_by_reason"].get(k, 0) for r in rows) for k in sorted({k for r in rows for k in r["dropped_by_reason"]})},
        "fell_back": sum(r["fell_back"] for r in rows),
        "seconds_p50": round(statistics.median(r["seconds"] for r in rows), 2),
        "seconds_max": round(max(r["seconds"] for r in rows), 2),
        "brief_seconds": brief_row["seconds"], "brief_backend": brief_row["backend"], "brief_sentences": brief_row["sentences"], "brief_notes": brief_row["notes"],
    }
    if args.labels and args.labels.exists():
        labels = [json.loads(line) for line in args.labels.read_text().splitlines() if line.strip()]
        summary["labels"] = {k: sum(1 for x in labels if x["label"] == k) for k in ("supported", "partial", "unsupported", "contradicted")}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    summary["anchor_overlap"] = generate.ANCHOR_OVERLAP
    summary["anchored_candidates"] = len(anchor_log.rows)
    summary["anchored_passed_check"] = sum(r["passed_check"] for r in anchor_log.rows)
    args.out.write_text(json.dumps({"summary": summary, "questions": rows, "brief": brief_row, "anchored": anchor_log.rows}, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
