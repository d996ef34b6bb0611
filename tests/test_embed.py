from __future__ import annotations

import numpy as np

import pytest

from briefing import embed as embed_module
from briefing.embed import MAX_SESSIONS, PAD_SLACK, PAD_TOKENS, OnnxEmbedder, batches, get_embedder, session_layout
from briefing.settings import Settings


def test_batches_group_texts_of_about_the_same_length_and_cover_each_once() -> None:
    lengths = [150, 12, 149, 40, 151, 13, 200, 41, 12, 150]
    got = batches(lengths, rows=3)
    assert sorted(i for b in got for i in b) == list(range(len(lengths)))
    assert all(len(b) <= 3 for b in got)
    for b in got:
        shortest = min(lengths[i] for i in b)
        assert max(lengths[i] for i in b) <= shortest * (1 + PAD_SLACK) + PAD_TOKENS
    assert [sorted(lengths[i] for i in b) for b in got] == [[12, 12, 13], [40, 41], [149, 150, 150], [151], [200]]


def test_padding_of_a_mixed_call_is_small_and_the_vectors_do_not_depend_on_the_batching() -> None:
    e = get_embedder(Settings())
    texts = [("The convoy crossed the river at dawn. " * k).strip() for k in (1, 9, 2, 8, 3, 1, 7)]
    lengths = [len(x.ids) for x in e.tokenizer.encode_batch(texts)]
    padded = sum(max(lengths[i] for i in b) * len(b) for b in batches(lengths, 32))
    assert padded <= 1.05 * sum(lengths) + PAD_TOKENS * len(texts)
    together = e.embed(texts)
    alone = np.stack([e.embed([t])[0] for t in texts])
    assert np.all(np.sum(together * alone, axis=1) > 0.999)


def test_threads_that_do_not_spin_give_the_same_vectors() -> None:
    texts = ["Jets struck the town on Monday, the monitor said.", "Aid reached the besieged district after a week of talks."]
    spinning = get_embedder(Settings())
    quiet = get_embedder(Settings(embed={"spinning": False}))
    assert quiet is not spinning  # its own session, configured without spinning
    assert np.allclose(spinning.embed(texts), quiet.embed(texts), atol=1e-5)


def test_sessions_side_by_side_give_bit_identical_vectors() -> None:
    """Two single-thread sessions taking whole model batches compute exactly what one session does."""
    texts = [("Shelling hit the market district on Tuesday, residents said. " * k).strip() for k in range(1, 30)] + [f"Talks resumed in round {i}." for i in range(40)]
    one = OnnxEmbedder(sessions=1)
    two = OnnxEmbedder(sessions=2)
    assert two._pool is not None and one._pool is None
    assert np.array_equal(one.embed(texts[:1]), two.embed(texts[:1]))  # one batch: run on the calling thread
    assert len(two._sessions) == 1  # the second session is built only when a call has batches for it
    assert len(batches([len(e.ids) for e in one.tokenizer.encode_batch(texts)], one.batch_size)) >= 4  # work for both sessions
    assert np.array_equal(one.embed(texts), two.embed(texts))
    assert len(two._sessions) <= 2


@pytest.mark.parametrize(("cores", "sessions", "threads", "layout"), [
    (2, 0, 0, (2, 1)),  # the shared 2-core machine: two single-thread sessions
    (1, 0, 0, (1, 0)),  # one core: one session, onnxruntime's own thread count
    (16, 0, 0, (MAX_SESSIONS, 16 // MAX_SESSIONS)),  # many cores: capped sessions, the cores shared among them
    (8, 1, 0, (1, 0)),  # one session asked for: onnxruntime's default, every core in each operator
    (8, 3, 2, (3, 2)),  # both given: as asked
])
def test_session_layout_shares_the_cores(monkeypatch: pytest.MonkeyPatch, cores: int, sessions: int, threads: int, layout: tuple[int, int]) -> None:
    monkeypatch.setattr(embed_module, "_cores", lambda: cores)
    assert session_layout(sessions, threads) == layout
