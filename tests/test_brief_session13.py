"""Session 13: briefs that read the same under any string-hash seed, a backing relation only between a verb's own
arguments, a layout that follows the topic. Sentences are invented (fictional names and places)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

# One party under two names ('Jan al-Smit', 'Smit'), mentioned in sentences of equal relevance whose indices share a
# slot of a small set's hash table (3 and 11, 19): the order of its sentences used to follow the string-hash order in
# which its names were visited.
_PROBE = r"""
import json
from briefing.actors import Subject, find_actors
S = [""] * 24
S[3] = "Jan al-Smit ordered the troops to advance on the northern town."
S[11] = "Smit ordered a new assault on the valley."
S[19] = "Smit visited the front on Monday."
S[5] = "Smit and his allies signed the agreement."
rel = [0.5 if t else 0.0 for t in S]
print(json.dumps([(a.name, a.mentions, a.acting) for a in find_actors(S, rel, Subject(set(), None, False))]))
"""


def _run(seed: int) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    return subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True).stdout


def test_actor_sentences_do_not_depend_on_the_string_hash_seed() -> None:
    outs = {_run(seed) for seed in (1, 2, 3, 4, 5, 6)}
    assert len(outs) == 1, outs
    # ties in relevance go by sentence order
    assert json.loads(outs.pop()) == [["Smit", [3, 5, 11, 19], [3, 11, 19]]]
