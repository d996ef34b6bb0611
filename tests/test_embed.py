from __future__ import annotations

import numpy as np

from briefing.embed import PAD_SLACK, PAD_TOKENS, batches, get_embedder
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
