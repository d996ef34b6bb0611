"""Session 18 (second round): which path of assembly.choose added each shown further sentence, on the tune halves.

Usage: .venv/bin/python benchmarks/questions/filler_paths18.py main|new STORES OUT.json
(STORES holds h9/ and h10/; 'main' runs with LEAD_KINDS and STRICT_REASON off, 'new' on.) Each answered answerable
question: its lead and every further shown sentence with the first path function that returned it (article_span,
article_answer, answer_neighbour, continuation, named_speaker, reads_on (focus_reading too), other_sides,
side_sentences; else 'loop', the ranked loop) and whether it states a fact regex.
"""
import json
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from answers15_paired import retrieved  # noqa: E402


def main() -> None:
    from briefing import assembly as A
    from briefing.generate import answer

    A.LEAD_KINDS = A.STRICT_REASON = (sys.argv[1] == "new")
    log = []
    def wrap(name):
        f = getattr(A, name)
        def g(*a, **k):
            r = f(*a, **k)
            pool = a[1] if name not in ("answer_neighbour", "continuation", "named_speaker") else a[0]
            idx = r if isinstance(r, list) else [r] if r is not None else []
            for i in idx:
                log.append((name, pool.sentences[i].text))
            return r
        setattr(A, name, g)
    for n in ["article_span", "article_answer", "answer_neighbour", "continuation", "named_speaker", "reads_on", "focus_reading", "other_sides", "side_sentences"]:
        wrap(n)
    R = Path(sys.argv[2])
    ROOT = Path(__file__).resolve().parents[2]
    stores = {"h9": (R / "h9", "h9"), "h10": (R / "h10", "h10")}
    corpora = {}
    out = []
    for path, corpus in [(ROOT / "benchmarks/holdout9/questions-h9.jsonl", "h9"), (ROOT / "benchmarks/holdout10/questions-h10.jsonl", "h10")]:
        for q, st, ev, pool in retrieved(Path(path), "tune", corpus, stores, corpora):
            log.clear()
            a = answer(q["question"], ev, pool, st)
            if a.insufficient_evidence or not q.get("answerable", True):
                continue
            texts = [s.text for s in a.sentences]
            rows = []
            for t in texts[1:]:
                path_ = next((n for n, x in log if x == t), "loop")
                fact = any(re.search(f, t, re.I) for f in q["facts"])
                rows.append({"path": path_, "fact": fact, "text": t})
            out.append({"id": q["id"], "question": q["question"], "lead": texts[0], "added": rows})
            print(q["id"], flush=True)
    Path(sys.argv[3]).write_text(json.dumps(out, indent=0))


if __name__ == "__main__":
    main()
