"""The cleaning's faster paths give what the slower code they replaced gave (session 9: same output, less CPU).

Each test runs the replaced code (kept here as the reference) and the new one on the same sentences.
"""
from __future__ import annotations

import re

import pytest

from briefing.clean import CleanText, _fix_token, _fragment_hits, _glued_fragments, clean


def _fragments_by_regex(text: str, title: str) -> list[tuple[int, int]]:
    """_glued_fragments as it was: one compiled pattern per title fragment."""
    words = title.split()
    for n in range(min(5, len(words) - 1), 1, -1):
        frag = " ".join(words[:n])
        pattern = re.compile(r"(?:(?<=[.!?\"”’])|(?<=\s\s))" + re.escape(frag) + r"(?!\s+" + re.escape(words[n]) + r")[ \t]*")
        hits = [(m.start(), m.end()) for m in pattern.finditer(text)]
        if len(hits) >= 2:
            return hits
    return []


FRAGMENT_CASES = [
    ("Rebels take the town of Fenwick", "The army left.Rebels take the town  and more.Rebels take the town \tafter a week."),
    ("Rebels take the town of Fenwick", "The army left.Rebels take the town of Fenwick and more.Rebels take the town of Fenwick."),
    ("Rebels take the town of Fenwick", "Rebels take the town.  Rebels take the town\nRebels take the town\n\nRebels take the town"),
    ("Rebels take the town of Fenwick", "He said:”Rebels take the town’Rebels take the town?Rebels take the town!Rebels take"),
    ("Rebels take the town of Fenwick", "x.Rebels take the town  of Fenwick y.Rebels take the town \n of Fenwick z.Rebels take the town  off Fenwick."),
    ("A b A b A b c", "q.A b A b A b A b A b.A b A b A b A b"),
    ("Aid convoy hit near the city", "Aid convoy hit near the city. It burned.Aid convoy hit. Later.Aid convoy hit near"),
    ("Aid convoy", "only two words.Aid convoy and.Aid convoy"),
    ("Ünïcode tïtle wörds here now", "Ends.Ünïcode tïtle wörds\u00a0\u00a0Ünïcode tïtle wörds here\u2003Ünïcode tïtle wörds here now"),
    ("Ünïcode tïtle wörds here now", "Ends.Ünïcode tïtle wörds here\u00a0\u00a0next.\u2003\u2003Ünïcode tïtle wörds here\tfoo"),
    ("Rebels take the town of Fenwick", "x.Rebels take the town  in Fenwick y.Rebels take the town\tin Fenwick.Rebels take the town of"),
    ("", "nothing"),
]


@pytest.mark.parametrize(("title", "text"), FRAGMENT_CASES)
def test_glued_title_fragments_are_found_as_the_per_title_pattern_found_them(title: str, text: str) -> None:
    # (cases with hits and without: the title's next word after a run of spaces, 'off' after 'of', lone prefixes)
    assert _glued_fragments(text, title or None) == (_fragments_by_regex(text, title) if title else _glued_fragments(text, None))


def test_fragment_hits_agree_with_the_pattern_on_every_prefix_and_following_word() -> None:
    text = "Ruritania backs the regime.Ruritania backs it.  Ruritania backs\tthe  regime!Ruritania backs  them”Ruritania backs"
    for frag, following in [("Ruritania backs", "the"), ("Ruritania backs", "it"), ("Ruritania", "backs"), ("backs the", "regime")]:
        pattern = re.compile(r"(?:(?<=[.!?\"”’])|(?<=\s\s))" + re.escape(frag) + r"(?!\s+" + re.escape(following) + r")[ \t]*")
        assert _fragment_hits(text, frag, following) == [m.span() for m in pattern.finditer(text)]


def _whitespace_by_tokens(original: str) -> tuple[str, list[int], list[int]]:
    """clean()'s text and offsets as the token-by-token loop built them (no debris cut)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(s: str, a: int, b: int) -> None:
        for ch in s:
            out.append(ch)
            starts.append(a)
            ends.append(b)

    for m in re.finditer(r"\s+|\S+", original):
        a, b, tok = m.start(), m.end(), m.group()
        if tok.isspace():
            if not out:
                continue
            ws = "\n" if "\n" in tok else " "
            if out[-1] in " \n":
                if ws == "\n" and out[-1] == " ":
                    out[-1] = "\n"
                continue
            emit(ws, a, b)
            continue
        fixed = _fix_token(tok)
        if not fixed:
            continue
        if fixed == tok:
            for i, ch in enumerate(tok):
                out.append(ch)
                starts.append(a + i)
                ends.append(a + i + 1)
        else:
            emit(fixed, a, b)
    while out and out[-1] in " \n":
        out.pop()
        starts.pop()
        ends.pop()
    return "".join(out), starts, ends


@pytest.mark.parametrize(
    "text",
    [
        "  The army said on Monday that 12 people died.\n\nRescuers   searched \t the rubble.  ",
        "The army\u00a0said  it would stay. \n \nA second\u2003paragraph follows here.\r\nAnd a third one.",
        "Tokens with mojibake: donâ€™t stop, the cafÃ© said. \ufffd\ufffd \ufffd Then a plain sentence ends here.",
        "\ufffd  The only bad token opens the text, then  two spaces and a line\n",
        "One line only",
    ],
)
def test_whitespace_and_offsets_are_those_of_the_token_loop(text: str) -> None:
    ct = clean(text)
    assert (ct.text, ct.starts, ct.ends) == _whitespace_by_tokens(text)


def _quote_span_by_characters(ct: CleanText, start: int, end: int) -> tuple[int, int]:
    best = (start, start)
    piece = start
    for i in range(start, end):
        if i + 1 == end or ct.original[ct.ends[i] : ct.starts[i + 1]].strip():
            if i + 1 - piece > best[1] - best[0]:
                best = (piece, i + 1)
            piece = i + 1
    a, b = best
    while a < b and ct.text[a].isspace():
        a += 1
    while b > a and ct.text[b - 1].isspace():
        b -= 1
    return ct.orig_span(a, b)


def test_quote_spans_are_those_of_the_character_scan() -> None:
    original = (
        "Jets struck the town on Monday. Share this article: Facebook\nThe monitor said 12 died https://t.co/x in the strikes.\n"
        "Rescuers   searched the rubble (AFP Photo) for hours. Related Articles\nOther headline here"
    )
    ct = clean(original, "Jets strike the town")
    n = len(ct.text)
    assert any(e < s for e, s in zip(ct.ends, ct.starts[1:]))  # cleaning cut pieces out: the spans have gaps to find
    for start in range(0, n, 7):
        for end in range(start, n + 1, 5):
            assert ct.quote_span(start, end) == _quote_span_by_characters(ct, start, end)


# Session 16: four debris patterns open with a lookahead of the characters a match can start with, so the regex
# engine skips every other position. The reference is the same pattern with the lookahead removed.
_GUARD = re.compile(r"\(\?=\[[^\]]+\]\)")


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    assert len(_GUARD.findall(pattern.pattern)) == 1, "each guarded pattern has one leading-character lookahead"
    return re.compile(_GUARD.sub("", pattern.pattern), pattern.flags)


DEBRIS_TEXTS = [
    "Fighters shelled the town. SEND https://t.co/x AFP Photo The army said it would respond.",
    "Read the report at http://example.org/a?b=c and httpst:/broken.link now.",
    "Community standards Discussion Comment via Facebook Comment via Disqus News The talks ended.",
    "Print Tweet Views 1200 The minister spoke on Friday.",
    "AFP Tuesday 04 April 2017 Rebels said on Wednesday 5 Apr 2017 that DPA Sunday 1 Jan 2016 was quiet.",
    "A boy stands in rubble (AFP Photo) as men dig (File Photo: Reuters) nearby (Photo/File) today.",
    "Clashes in the north - YouTube and pic.twitter.com/abc123 Activists (@SyriaNews) 3 March 2016 more",
    "youtube clip shared; PIC.TWITTER.com link; Comment via Twitter; (@user) 12 June 2015 posted",
    "Share this story. Tags Syria Idlib. Related Articles. Watch: the video. By John Smith",
    "The war goes on.Related News Other headline 2017 Related Stories More",
    "Get short URL (updated 12:31 07.04.2017) (Sputnik) - Troops moved. (Reuters and Agencies) The army",
    "Fighters rest in Xville March 3 2015. REUTERS/Jan Kowal We hope. Boys walk August 4 2015 AFP/Stringer The army AP/Mo",
    "Nothing to cut here: the council met on Monday and agreed a plan in Damascus.",
    "",
]


@pytest.mark.parametrize("name", ["_INLINE", "_CAPTION_END", "DEBRIS_SENTENCE", "_RELATED_RUN"])
def test_leading_character_lookaheads_find_what_the_unguarded_patterns_find(name: str) -> None:
    import briefing.clean as clean_module

    pattern = getattr(clean_module, name)
    reference = _unguarded(pattern)
    found = 0
    for text in DEBRIS_TEXTS:
        for piece in (text, text.lower(), text.upper(), " " + text):
            spans = [m.span() for m in pattern.finditer(piece)]
            assert spans == [m.span() for m in reference.finditer(piece)], (name, piece)
            found += len(spans)
    assert found, f"{name} found nothing in the debris texts"


def test_caption_breaks_by_bisection_match_the_linear_scan() -> None:
    text = "Men dig (AFP Photo) in the rubble.\n\nClashes - YouTube Then  the  army pic.twitter.com/x moved (Photo: AA) on."
    ct = clean(text)
    import bisect

    for p in range(len(text) + 1):
        assert bisect.bisect_left(ct.starts, p) == next((i for i, st in enumerate(ct.starts) if st >= p), len(ct.text))
