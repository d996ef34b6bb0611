"""Session 16: a table cell that cites an older report carries its '(reported ...)' date, as a body line does.
Sentences are invented (fictional names and places)."""
from __future__ import annotations

from types import SimpleNamespace

from briefing.actors import OTHER
from briefing.layout import render
from briefing.plan import ActorPlan, Draft, Plan
from briefing.settings import Settings
from briefing.types import Chunk, Document, Evidence, Span, SupportReport


def _pool(texts: list[str], published: list[str]) -> SimpleNamespace:
    evidence, sentences = [], []
    for i, (t, day) in enumerate(zip(texts, published)):
        doc = Document(doc_id=f"d{i}", published=day, content_hash=f"d{i}", title=f"Report {i}")
        chunk = Chunk(chunk_id=f"d{i}:0", doc_id=f"d{i}", index=0, text=t, tokens=1, spans=[Span(start=0, end=len(t), orig_start=0, orig_end=len(t))])
        evidence.append(Evidence(chunk=chunk, document=doc, score=0.0))
        sentences.append(SimpleNamespace(text=t, evidence=i))
    return SimpleNamespace(sentences=sentences, evidence=evidence, quote=lambda j: texts[j], copies_of=lambda d: [])


def test_a_table_cell_citing_an_old_report_is_dated_like_a_body_line() -> None:
    texts = [
        "Ruritania said on Monday it would keep supporting the Elbonian government.",
        "Ruritanian jets struck rebel positions near Xville on Sunday.",
        "Freedonia's ambassador said this week its army may directly assist the Elbonian army.",
        "Freedonia said on Tuesday it backs the Elbonian government's efforts to keep order.",
    ]
    pool = _pool(texts, ["2024-12-02", "2024-12-01", "2018-08-14", "2024-12-03"])
    plan = Plan(actors=[
        ActorPlan("Ruritania", OTHER, "Elbonia", "military", Draft(texts[1], [1], 1), Draft(texts[0], [0], 0)),
        ActorPlan("Freedonia", OTHER, "Elbonia", "military", Draft(texts[2], [2], 2), Draft(texts[3], [3], 3)),
    ])
    md = render("backing for Elbonia", pool, plan, "extractive", SupportReport(), [], Settings()).markdown  # type: ignore[arg-type]
    rows = {line.split("|")[1].strip(): line for line in md.splitlines() if line.startswith("| ") and "---" not in line}
    freedonia, ruritania = rows["Freedonia"], rows["Ruritania"]
    # the 2018 report's evidence cell says when it was reported; this period's cells carry no date label
    assert "*(reported August 2018)* Freedonia's ambassador said this week" in freedonia
    assert "reported" not in ruritania and freedonia.count("reported") == 1
