"""Cleaning: strip page debris, repair mojibake, normalise whitespace, split sentences.

The cleaned text keeps, for every character, the span of the original it came
from, so any piece of cleaned text can be quoted back verbatim from the original.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

# Lines that end the article: everything from them on is page furniture.
_TRAILER = re.compile(
    r"^\s*(related (articles|news|stories|posts|content)|read (more|also)|more (from|on) |"
    r"leave a (reply|comment)|comments?\s*(\(\d+\))?\s*:?\s*$|you may also like|recommended for you|"
    r"most (read|popular))\b",
    re.I,
)
# Lines that are page furniture wherever they stand.
_FURNITURE = re.compile(
    r"^\s*(you can share this (story|article)|share this( story| article)?\s*:|share on (facebook|twitter|whatsapp)|"
    r"follow us on |subscribe (to|now)|sign up for|click here|advertisement\s*$|"
    r"your email address will not be published|required fields are marked|"
    r"(all rights reserved|copyright ©)|tags?\s*:)",
    re.I,
)
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DATE = rf"(?:\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}})"
# A dateline the scraper left at the start of the text ('Date of publication 25 July 2016 Video', 'Wed 05 Apr 2017 at 0914').
_DATELINE = re.compile(
    rf"^\W*(?:(?:Date of publication|Published|Posted|Updated|Last updated)\s*:?\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?{_DATE}"
    r"(?:\s+(?:at\s+)?\d{1,2}:?\d{2}(?:\s*(?:GMT|UTC|am|pm))?)?(?:\s+(?:Video|Photo|Watch|Live))?\b[\s:|-]*",
    re.I,
)
# The same with its label, after any sentence end: merged pages repeat their datelines.
_DATELINE_INSIDE = re.compile(
    rf"(?<!\S)(?:Date of publication|Published|Posted|Updated|Last updated)\s*:?\s*{_DATE}"
    r"(?:\s+(?:at\s+)?\d{1,2}:?\d{2}(?:\s*(?:GMT|UTC|am|pm))?)?(?:\s+(?:Video|Photo|Watch|Live))?\b[\s:|-]*",
)
# Debris inside running text: share links, link shorteners, comment widgets, picture credits.
# Every match starts with one of the (?=...) characters (SEND, http, Community/Discussion/Comment, Print, an agency or
# a weekday name): the lookahead lets the engine skip other positions without trying each alternative (same matches, ~3x faster).
_INLINE = re.compile(
    r"(?=[SChDPARXMTWF])(?:"
    r"\bSEND\s+\S+(?:\s+(?:[A-Z]{2,5}|AA|AFP|Reuters)\s+Photo\b)?|"
    r"\b(?:https?|httpst?)(?::|\b)\S*|"
    r"(?:\bCommunity standards\s*)?(?:\bDiscussion\s*)?(?:Comment via [A-Z][a-z]+(?: News)?\s*)+|"
    r"\bPrint\s+Tweet(?:\s+Views\s+\d+)?\b|"
    rf"(?:\b(?:AFP|AP|Reuters|AA|DPA|Xinhua)\s+)?\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}\b)",
)
# A wire photo credit, 'REUTERS/Bassam Khabieh' or 'REUTERS/Stringer', after the caption it ends with the picture's year:
# the agency in capitals, a slash and the photographer's name (one or two capitalised words; a second word that opens a
# sentence, 'The', 'We', is the body's). Not 'a Reuters/Ipsos poll': written in running text, not after a caption's date.
_PHOTO_CREDIT = (
    r"(?:(?<=\d{4}\.\s)|(?<=\d{4}\s))(?:REUTERS|AFP|AP|EPA)\s*/\s*(?:Stringer|Staff|Handout|File|"
    r"[A-Z][\w.'’-]+(?:\s+(?!(?:The|A|An|We|I|It|In|On|At|He|She|They|This|That|But|And|As|Its|His|Her|Our)\b)[A-Z][\w.'’-]+)?)\b"
)
# Markers that end a caption (photo, video or tweet): the piece of text just before them is the caption.
# (Every match starts at a space, a bracket, 'pic' or a photo credit's agency: the lookahead skips other positions, as in _INLINE.)
_CAPTION_END = re.compile(
    r"(?=[\s(pRAE])(?:" + _PHOTO_CREDIT + r"|\s*\((?:[\w.]+\s+){0,3}(?:[Pp]hoto|File [Pp]hoto|Photo/File)\)|\s*\((?:File\s+)?Photo[:/]?\s+[\w.]+(?:\s+[\w.]+)?\)|"
    r"\s+-\s+YouTube\b|"
    rf"\s*\bpic\.twitter\.com\S*(?:\s+[^()]{{1,60}}?\s+\(@?\w+\)\s+{_DATE})?)",
)
# A tag list: 'Tags' and the keywords after it, up to the next sentence start.
_TAGS = re.compile(r"\bTags?\b:?\s+")
_SENTENCE_START = re.compile(
    r"(?:The|A|An|In|On|At|As|After|Before|While|When|According|Hundreds|Thousands|Dozens|More|At least|Some|Several|"
    r"Local|Activists|Rebels|Government|Opposition|Two|Three|Four|Five|Ten|\d+)\s+[a-z\d]|"
    r"[A-Z][a-z]+\s+(?:[a-z]+ed|said|says|is|are|was|were|has|have|had|will)\b"  # a subject and its verb
)
# A verb of a clause: a tag run has none, so a 'sentence start' found after one is inside the reporting (glued_body finds it)
_CLAUSE_VERB = re.compile(r"\b(?:has|have|had|was|were|is|are|will|said|says)\b")
# Trailers that end the article when they stand inside a line ('319 Related ...', 'Related Articles').
_INLINE_TRAILER = re.compile(r"\b(?:\d+\s+Related\b|Related\s+(?:Articles|News|Stories|Posts)\b|You may also like\b)")
_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr",
    "prof", "inc", "ltd", "co", "corp", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "maj", "adm", "brig", "cmdr", "rev", "mt", "ft", "fig",
}
_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
# A sentence ends at [.!?] (plus closing quotes) when what follows starts a new sentence.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]»]*(?=(\s+|[\"“‘«]?)[\"“‘«(]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.\-]*)$")
_MOJIBAKE = re.compile(r"[ÃÂâ€]|\ufffd")
# Whitespace that cleaning rewrites: runs of two or more, or one character other than a plain space.
_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")


@dataclass
class CleanText:
    """Cleaned text, a map back to the original, and sentence spans over the cleaned text."""

    original: str
    text: str
    starts: list[int]
    ends: list[int]
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span that cleaned text[start:end] came from."""
        return self.starts[start], self.ends[end - 1]

    def quote(self, start: int, end: int) -> str:
        """The verbatim original text behind cleaned text[start:end].

        Where cleaning cut debris out of the middle, the longest uncut piece is quoted.
        """
        a, b = self.quote_span(start, end)
        return self.original[a:b]

    def quote_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the longest piece of text[start:end] that cleaning left whole."""
        best = (start, start)
        piece = start
        orig = self.original
        # A piece ends where cleaning cut text out between two characters (most neighbours have no gap at all), and at the end.
        gaps = zip(self.ends[start : end - 1], self.starts[start + 1 : end])
        cuts = [i for i, (e, s) in enumerate(gaps, start + 1) if e < s and orig[e:s].strip()]
        for c in [*cuts, end]:
            if c - piece > best[1] - best[0]:
                best = (piece, c)
            piece = c
        a, b = best
        while a < b and self.text[a].isspace():
            a += 1
        while b > a and self.text[b - 1].isspace():
            b -= 1
        return self.orig_span(a, b)

    def sentence_texts(self) -> list[str]:
        return [self.text[a:b] for a, b in self.sentences]


def normalize_key(text: str) -> str:
    """Lower-case, alphanumeric-only key used to compare sentences and lines across documents."""
    return _NOT_KEY.sub(" ", text.lower()).strip()


_NOT_KEY = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4096)
def _fix_token(token: str) -> str:
    import ftfy

    if "\ufffd" in token:
        token = token.replace("\ufffd", "")
    if not _MOJIBAKE.search(token):
        return token
    return ftfy.fix_text(token, uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False, normalization=None)


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line)))
        pos += len(line)
    return spans


def _is_titlecase_fragment(text: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if len(words) < 4 or text.rstrip()[-1:] in ".!?\"”":
        return False
    caps = sum(w[0].isupper() for w in words)
    return caps / len(words) >= 0.7


def _debris_ranges(text: str, title: str | None) -> list[tuple[int, int]]:
    """Ranges of the original that are page debris."""
    cut: list[tuple[int, int]] = []
    lines = _lines(text)
    seen: set[str] = set()
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        stripped = line.strip()
        if not stripped:
            continue
        if _TRAILER.match(line) and a > len(text) * 0.3:
            cut.append((a, len(text)))
            # A headline of another article glued on just before the trailer.
            prev = [(pa, pb) for pa, pb in lines[:i] if text[pa:pb].strip()]
            if prev:
                pa, pb = prev[-1]
                tail = re.search(r"(?<=[.!?”\"])\s+([^.!?]+?)\s*$", text[pa:pb])
                if tail and _is_titlecase_fragment(tail.group(1)):
                    cut.append((pa + tail.start(1), pb))
            break
        key = normalize_key(stripped)
        if _FURNITURE.match(line) or (key in seen and len(key.split()) >= 3):
            cut.append((a, b))
        elif len(stripped) <= 3 and not any(c.isalnum() for c in stripped):
            cut.append((a, b))
        seen.add(key)
    cut.extend(_glued_fragments(text, title))
    cut.extend(_inline_debris(text))
    return cut


def _inline_debris(text: str) -> list[tuple[int, int]]:
    """Debris glued into running text: datelines, share links, tags, captions' markers, widget text, trailers."""
    cut: list[tuple[int, int]] = []
    m = _DATELINE.match(text)
    if m:
        cut.append((m.start(), m.end()))
    cut.extend(x.span() for x in _DATELINE_INSIDE.finditer(text))
    cut.extend(x.span() for x in _INLINE.finditer(text))
    cut.extend(x.span() for x in _CAPTION_END.finditer(text))
    tags = list(_TAGS.finditer(text))
    for t in tags:
        if t.start() > 0 and text[t.start() - 1] not in " \n.\"”":
            continue
        rest = text[t.end() : t.end() + 300]
        start = _SENTENCE_START.search(rest)
        # The run also ends where other furniture begins (another tag list, a share link, a dateline):
        # 'Tags X Y Tags X Y AFP Tuesday ... SEND ...' is furniture to its end, whatever sentence start follows.
        ends = [s - t.end() for s, _ in cut if t.end() <= s < t.end() + 300] + [u.start() - t.end() for u in tags if t.end() <= u.start() < t.end() + 300]
        end = min([*ends, start.start()] if start else ends, default=None)
        if end is not None and len(rest[:end].split()) <= 25 and not _CLAUSE_VERB.search(rest[:end]):
            cut.append((t.start(), t.end() + end))
        elif t.start() > len(text) * 0.6:
            cut.append((t.start(), len(text)))
    for t in _INLINE_TRAILER.finditer(text):
        if t.start() > len(text) * 0.5:
            cut.append((t.start(), len(text)))
            break
    return cut


DEBRIS_SENTENCE = re.compile(
    r"^(?:\d+\s+related\b|by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*$|share\b|tags?\b|related\b|comment\b|send\b|watch\b|video\b|photo\b|read more\b|"
    r"click\b|subscribe\b|follow us\b|advertisement\b|print\b|categor(?:y|ies)\s*:?\s+(?-i:[A-Z]))|"  # a site's section label: 'Category News ...'
    # past the start, a match opens with y, p, h, c or a bracket: the lookahead skips other positions (as _INLINE's)
    r"(?=[yphc(])(?:youtube|pic\.twitter|https?\S|\bcomment via\b|\(@?\w+\)\s+" + _DATE + ")",
    re.I,
)


# A 'Related' link run glued after a caption or a sentence: headlines of other articles, not this one's text.
_RELATED_RUN = re.compile(  # (every match opens with one of the (?=...) characters: the lookahead skips other positions)
    r"(?=[).!?”\"\dG(])(?:(?:[).!?”\"]|\d{4})\s*Related\s+[A-Z]|\bGet short URL\b|\(updated \d|"
    r"\(\w+\)\s+[-–]\s|"  # '(agency) - ' glued between two pieces of text
    r"^\((?:[A-Z][\w.]*\s*){1,4}(?:and\s+Agencies)?\)\s)"  # a credit opening the sentence: '(Agency and Agencies) ...'
)
# 'Related' capitalised after a word and before a capitalised one, inside a sentence: a link run of other articles'
# headlines glued into the text ('... Velmar Governor Related Ruritanian refugees arrive in new camp ...', 'Source AA Related
# News ...'); prose writes 'related' in lower case there. 4 sentences of 3,878 FA-KES/holdout9/holdout10 articles, all debris.
_RELATED_GLUED = re.compile(r"(?<=[\w.,;:)”\"'])\s+Related\s+[A-Z]")
# A run of this many capitalised words (short function words aside) is a headline glued into the sentence.
HEADLINE_RUN = 8
_CAP_RUN = re.compile(r"(?:(?:[A-Z][\w’'-]*|of|in|the|for|on|to|and|a|an|at|by)\s+){%d,}" % HEADLINE_RUN)


# A credit or dateline glued before the reporting: '(Agency and Agencies) The army said ...',
# 'Headline words MOSCOW (Agency) The army said ...', 'BEIRUT (Agency) - The army said ...'. The reporting after it is kept.
_GLUED_LEAD = re.compile(
    r"^\((?:[A-Z][\w.]*\s*){1,4}(?:and\s+Agencies)?\)\s+(?:[-–]\s+)?(?=[A-Z\"“])"
    r"|^.{0,300}?\b[A-Z]{3,}(?:\s+[A-Z]{3,})?,?\s+\((?:[A-Z][\w.]*\s*){1,3}\)\s+(?:[-–]\s+)?(?=[A-Z\"“])"
)
MIN_BODY_WORDS = 6  # the text after a glued credit must read as a sentence: this many lower-case words (a caption or tag run has fewer)
# Words that open a sentence: a capitalised run ending in one has run into the body after a headline ('... for X The army said').
_BODY_OPENERS = frozenset("The A An In On At For As After Before Since While When".split())


def body_start(sentence: str) -> int:
    """Where the reporting starts in a sentence that opens with a glued credit or dateline (0 when it does not)."""
    m = _GLUED_LEAD.search(sentence)
    if m and len(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", sentence[m.end():])) >= MIN_BODY_WORDS:
        return m.end()
    return 0


# Furniture that opens a lead sentence with the reporting glued behind it: a tag run, a doubled wire credit, a
# 'Get short URL' share stamp; never a 'Related' run (headlines of other articles follow it).
_LEAD_FURNITURE = re.compile(r"^(?:Tags?\b|\()|\bGet short URL\b|\(updated \d")
_NOT_LEAD = re.compile(r"\bRelated\b|\bPrint\s+Tweet\b|\bComment\b|\bRead (?:more|also)\b", re.I)
LEAD_WORDS = 40  # the reporting starts within this many words of the furniture (tag runs run to ~25 words)
LEAD_NAME_WORDS = 2  # capitalised words the reporting may open with before its first lower-case word ('Intense Zendan shelling')
_OPENER = re.compile(r"(?:The|A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|"
                     r"Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundreds|Thousands|Dozens|"
                     r"Over|More|Nearly|Almost|About|Around|Some|At least)\b")


def glued_body(sentence: str) -> int:
    """Where the reporting starts in a lead sentence glued behind furniture (0 when it does not): 'Tags X Y Z Intense
    shelling killed eight', '07.04.2017 Get short URL Topic ... (200) 2510 The strike killed four', '(AFP) (AFP) Jets hit'.

    The reporting is the first piece after the furniture that is no debris itself, reads as a sentence
    (MIN_BODY_WORDS lower-case words, no share counter in it), and opens with a determiner or number word, or with at
    most LEAD_NAME_WORDS capitalised words (no brackets, no digits) before its first lower-case word.
    """
    leads = [m for m in _LEAD_FURNITURE.finditer(sentence) if m.start() <= 200]
    if not leads or _NOT_LEAD.search(sentence):
        return 0
    after = max(m.end() for m in leads)
    bodies = []
    for n, m in enumerate(re.finditer(r"(?<!\S)[A-Z\d]", sentence)):
        if n > LEAD_WORDS:
            break
        p = m.start()
        body = sentence[p:]
        if p < after or _COUNTER.search(body[:100]) or (body[0].isdigit() and not re.match(r"[\d,.]+\s+[a-z]", body)):
            continue
        if is_debris(body) or not _is_content(body) or len(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", body)) < MIN_BODY_WORDS:
            continue
        bodies.append((p, body))
    # a determiner or number word opens the reporting (tag runs have none); else a short name before a lower-case word
    for p, body in bodies:
        if _OPENER.match(body):
            return p
    for p, body in bodies:
        first_lower = re.search(r"(?<![\w'’-])[a-z][\w'’-]*", body)
        head = body[: first_lower.start()] if first_lower else body
        if not re.search(r"[()\d]", head) and len(re.findall(r"[A-Z][\w'’-]*", head)) <= LEAD_NAME_WORDS:
            return p
    return 0


_COUNTER = re.compile(r"\(\d+\)|^[\d,.]+\s+\d")  # a share or view counter: '(200) 2510', '0 38'


def _glued_headline(s: str, run: re.Match[str]) -> bool:
    """A capitalised run opening a sentence is a glued headline when it ends the sentence or runs into the body's
    first word ('... in Battle for X The army said'); not when a verb follows a long name ('Leader of the ...
    Ali Khamenei had said') or a comma-less list of names goes on ('the towns of A B C D and E in rural X')."""
    words = run.group(0).split()
    rest = s[run.end():].strip()
    return not rest or words[-1] in _BODY_OPENERS or not re.match(r"[a-z]", rest)


def is_debris(sentence: str) -> bool:
    """A sentence that is page furniture, a caption or a tag run rather than reporting (or carries one glued on)."""
    s = sentence.strip()
    if DEBRIS_SENTENCE.search(s) or _RELATED_RUN.search(s) or _DATELINE_INSIDE.search(" " + s) or _INLINE.search(s) or _CAPTION_END.search(s):
        return True
    if "Related" in s and _RELATED_GLUED.search(s):
        return True  # a 'Related' link run glued inside the sentence
    if re.match(_DATE.replace("(?:", "(?:", 1), s) or _DATELINE.match(s) and re.match(r"\W*(?:Date|Published|Posted|Updated|Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d)", s):
        return True  # a dateline glued to the sentence (stores cleaned before datelines were cut)
    run = _CAP_RUN.match(s + " ")
    if run and sum(w[0].isupper() for w in run.group(0).split()) >= HEADLINE_RUN and _glued_headline(s, run):
        return True  # 'REUTERS Jane Roe Forces Get the Better of Rebels in Battle for X The ...'
    words = re.findall(r"[A-Za-z][\w'’-]*", s)
    if len(words) >= 6 and not re.search(r"[.!?][\"'”’]?$", s) and sum(w[0].isupper() for w in words) / len(words) > 0.75:
        return True  # a run of capitalised keywords or a headline
    return False


def _glued_fragments(text: str, title: str | None) -> list[tuple[int, int]]:
    """Title fragments the scraper glued onto sentences ('...the regime.Ruritania backs')."""
    if not title:
        first = text.strip().splitlines()[0] if text.strip() else ""
        title = first
    words = title.split()
    for n in range(min(5, len(words) - 1), 1, -1):
        hits = _fragment_hits(text, " ".join(words[:n]), words[n])
        if len(hits) >= 2:
            return hits
    return []


def _fragment_hits(text: str, frag: str, following: str) -> list[tuple[int, int]]:
    """Spans of `frag` glued after a sentence end or two spaces, not followed by the title's next word, with the
    spaces and tabs after it: what re.finditer of (?:(?<=[.!?"”’])|(?<=\s\s))FRAG(?!\s+FOLLOWING)[ \t]* finds,
    without compiling a pattern per title (3,200 compiles on FA-KES cost more than the rest of the cleaning's regexes)."""
    hits: list[tuple[int, int]] = []
    i = text.find(frag)
    while i >= 0:
        j = i + len(frag)
        after = (i >= 1 and text[i - 1] in _GLUE_AFTER) or (i >= 2 and text[i - 2].isspace() and text[i - 1].isspace())
        if after:
            k = j
            while k < len(text) and text[k].isspace():
                k += 1
            if k == j or not text.startswith(following, k):
                while j < len(text) and text[j] in " \t":
                    j += 1
                hits.append((i, j))
                i = text.find(frag, j)
                continue
        i = text.find(frag, i + 1)
    return hits


_GLUE_AFTER = frozenset(".!?\"”’")  # a title fragment glued right after one of these (or two spaces) is debris


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def clean(original: str, title: str | None = None, boilerplate: frozenset[str] = frozenset()) -> CleanText:
    """Clean an article; sentences whose normalised key is in `boilerplate` are dropped."""
    cuts = _merge(_debris_ranges(original, title))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    keep: list[tuple[int, int]] = []
    for a, b in cuts:
        if pos < a:
            keep.append((pos, a))
        pos = max(pos, b)
    if pos < len(original):
        keep.append((pos, len(original)))

    def emit(s: str, a: int, b: int) -> None:
        out.extend(s)
        starts.extend([a] * len(s))
        ends.extend([b] * len(s))

    def space(tok: str, a: int, b: int) -> None:
        """A run of whitespace: one space, or a line break if it holds one; none at the start or after another."""
        if not out:
            return
        ws = "\n" if "\n" in tok else " "
        if out[-1] in " \n":
            if ws == "\n" and out[-1] == " ":
                out[-1] = "\n"
            return
        emit(ws, a, b)

    def copy(a: int, b: int) -> None:
        """Original text kept as it is (words and the single spaces between them), each character its own span."""
        if a < b and original[a] == " " and (not out or out[-1] in " \n"):
            a += 1  # a lone space at the start, or after another space or break, is dropped as space() would
        out.extend(original[a:b])
        starts.extend(range(a, b))
        ends.extend(range(a + 1, b + 1))

    for ka, kb in keep:
        if not _MOJIBAKE.search(original, ka, kb):
            # No token needs repair: copy between the whitespace runs that are not one plain space.
            pos = ka
            for m in _SPACE_RUN.finditer(original, ka, kb):
                copy(pos, m.start())
                space(m.group(), m.start(), m.end())
                pos = m.end()
            copy(pos, kb)
            continue
        for m in re.finditer(r"\s+|\S+", original[ka:kb]):
            a, b = ka + m.start(), ka + m.end()
            tok = m.group()
            if tok.isspace():
                space(tok, a, b)
                continue
            fixed = _fix_token(tok)
            if not fixed:
                continue
            if fixed == tok:
                copy(a, b)
            else:
                emit(fixed, a, b)
    while out and out[-1] in " \n":
        out.pop()
        starts.pop()
        ends.pop()
    text = "".join(out)
    ct = CleanText(original=original, text=text, starts=starts, ends=ends)
    sentences: list[tuple[int, int]] = []
    headlines: list[tuple[int, int]] = []
    previous = ""
    title_key = normalize_key(title) if title is not None else None
    # A caption (photo, video, tweet) is the piece of text that ends where its marker was cut.
    captions = [(m.start(), "twitter" in m.group(0)) for m in _CAPTION_END.finditer(original)]
    cap_breaks = sorted({bisect.bisect_left(starts, p) for p, _ in captions})  # starts never decrease: the first char at or after p
    for a, b in _split_at(text, split_sentences(text), _title_breaks(text, title) + [c for c in cap_breaks if 0 < c < len(text)]):
        a += body_start(text[a:b])  # a credit glued before the reporting is cut, the reporting kept
        debris = is_debris(text[a:b])
        if debris and (lead := glued_body(text[a:b])):
            a += lead  # a lead sentence behind a tag run, a share stamp or a doubled credit is kept
            debris = is_debris(text[a:b])
        key = normalize_key(text[a:b])
        # Scrapers repeat a lead sentence right after itself; keep one.
        headline = title is not None and key == title_key
        if headline and key not in boilerplate:
            headlines.append((a, b))
        if key in boilerplate or key == previous or headline or not _is_content(text[a:b]) or debris:
            continue
        if any(ends[b - 1] <= p <= ends[b - 1] + 3 for p, _ in captions) and _is_caption(text[a:b], ends[b - 1], captions):
            continue
        sentences.append((a, b))
        previous = key
    # An article that is only its headline keeps it: the text is all there is to quote.
    ct.sentences = sentences or headlines[:1]
    return ct


def _is_caption(sentence: str, end: int, captions: list[tuple[int, bool]]) -> bool:
    """The text before a caption marker is a caption: always before a tweet's link; before a photo
    credit when it does not end a sentence or ends with the picture's date."""
    if any(tweet for p, tweet in captions if end <= p <= end + 3):
        return True
    return not re.search(r"[.!?][\"'”’)]*$", sentence) or bool(re.search(_DATE + r"\.?$", sentence))


def _title_breaks(text: str, title: str | None) -> list[int]:
    """Where a headline (and a dateline before it) runs into the first sentence, a sentence ends."""
    if not title or len(title) < 12:
        return []
    head = text[: len(title) + 200]
    i = head.find(title.strip().rstrip(".:"))
    if i < 0:
        return []
    end = i + len(title.strip().rstrip(".:"))
    return [b for b in (i, end) if 0 < b < len(text)]


def _split_at(text: str, spans: list[tuple[int, int]], breaks: list[int]) -> list[tuple[int, int]]:
    """Sentence spans, also cut at forced break positions; pieces are trimmed."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        cuts = [a] + [x for x in breaks if a < x < b] + [b]
        for x, y in zip(cuts, cuts[1:]):
            _add(out, text, 0, x, y)
    return out


def _is_content(sentence: str) -> bool:
    """Keep sentences with words in them; drop bylines and lone labels ('By', 'MINA')."""
    words = re.findall(r"[^\W_]+", sentence)
    if not words:
        return False
    if len(words) < 7 and not re.search(r"[.!?][\"'”’)\]»]*$", sentence):
        return False
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of cleaned text: paragraphs first, then sentence punctuation."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        pa = para.start()
        p = para.group()
        start = 0
        for m in _BOUNDARY.finditer(p):
            end = m.end()
            before = _WORD_BEFORE.search(p[start : m.start()])
            word = before.group(1) if before else ""
            following = p[end : end + 2]
            if word and (word.lower().rstrip(".") in _ABBREV or re.fullmatch(r"([A-Z]\.)*[A-Z]", word)):
                continue
            # 'areas.Smith' (glued, no space) only counts after a lower-case word of 2+ letters
            if not following[:1].isspace() and not re.search(r"[a-z]{2}[\"'”’)\]»]*[.!?]+[\"'”’)\]»]*$", p[: m.end()]):
                continue
            _add(spans, p, pa, start, end)
            start = end
        _add(spans, p, pa, start, len(p))
    return spans


def _add(spans: list[tuple[int, int]], p: str, offset: int, a: int, b: int) -> None:
    while a < b and p[a].isspace():
        a += 1
    while b > a and p[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((offset + a, offset + b))


# ---- sentence-level checks for briefs (a stored sentence may still carry furniture glued to its start) ----

# Page furniture glued before a sentence's first word: an update stamp, a wire credit, an all-capitals
# dateline, or a title-case dateline glued to a dash ('Capital- Rebels ...').
_LEAD_DEBRIS = re.compile(
    r"^(?:(?:Last\s+)?(?:updated|modified|posted)\s*(?:at|on|:)?\s*(?:\w+\s+)?\d{1,2}[\s,]*\d{4}\s*(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*)?"
    r"|(?:\(?(?:AFP|AP|Reuters|REUTERS|dpa|DPA|ANSA)\)?\s*[-–—:]?\s+)"
    r"|(?:[A-Z]{5,}(?:\s+[A-Z]{3,}){0,2}(?:\s*\([A-Za-z]+\))?\s*[-–—:,]?\s+(?=[A-Z“\"]))"
    r"|(?:[A-Z]{3,}(?:\s+[A-Z]{3,}){1,2},?\s+[A-Z][a-z]+\s*[-–—:,]?\s+(?=[A-Z]))"
    r"|(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?-\s+(?=[A-Z]))"
    rf"|(?:{_MONTHS}\s+\d{{1,2}}(?:,?\s+\d{{4}})?\s*\([^)]{{2,40}}\)\s*[-–—:]?\s*)"
    r"|(?:(?:[A-Z][a-z]+\s+)?[A-Z]{2,6}\s+-\s+(?=[A-Z]))"
    r"|(?:\d{1,2}[./\\]+\d{1,2}\.\d{4}\s*(?:\(updated[^)]*\))?\s*(?:Get short URL\s*\d*\s*)?)"
    # a photo credit, an agency and its photographer ('REUTERS/Jan Smit The army said ...'), when an article opens the body
    r"|(?:[A-Z]{2,}\s?/\s?(?:[A-Z][\w'’.-]*\s+){1,3}?(?=(?:The|A|An)\s)))+",
)
# A photo credit still opening a sentence: an agency and its photographer with no article after them to show where the
# body starts ('REUTERS/Jan Smit We hope ...', 'REUTERS/Jan Smit Secretary of State ...').
_PHOTO_CREDIT_OPEN = re.compile(r"^[A-Z]{2,}\s?/\s?[A-Z][a-z]")
# Longer than this many words, a 'sentence' is several run together by the scraper (no full stop between them):
# news sentences run 20-35 words; 60 is past every well-formed sentence in the example articles.
RUN_ON_WORDS = 60
# A pull quote's attribution glued mid-sentence ('... to go - Jan Roe medic in ...').
_GLUED_ATTRIBUTION = re.compile(r"\b[a-z]+[\"”’]?\s+-\s+[A-Z][a-z]+\s+(?:[A-Z][a-z]+|al-[A-Z]\w+)\b")
# Words repeated at the start of a sentence and again inside it: the scraper printed the sentence twice.
REPEAT_WORDS = 6
# A photo caption names the full date (day, month, year) of its own report: prose says 'on Sunday' instead.
CAPTION_DAYS = 3
_FULL_DATE = re.compile(rf"\b({_MONTHS})\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b|\b(\d{{1,2}})\s+({_MONTHS}),?\s+((?:19|20)\d\d)\b")
_ATTRIBUTED = re.compile(r"\b(?:said|told|(?<!\ba )(?<!\bthe )reported|announced|according|added|stated|claimed|confirmed|wrote)\b", re.I)


# A byline opening a sentence: 'by' and up to eight capitalised names, joined by 'and' (the headline may follow it).
_BYLINE = re.compile(r"\W*[Bb]y\s+(?:(?:and\s+)?[A-Z][\w’'-]+,?\s+){1,8}")
# Fewest headline words that, opening a sentence, show the headline was glued onto it.
HEADLINE_WORDS = 5


def lead_debris(sentence: str, title: str | None = None) -> int:
    """How many leading characters of a sentence are furniture glued to it (0 if none): the headline, a stamp, a dateline."""
    cut = 0
    if title:
        words = re.findall(r"\w+", title.lower())
        byline = _BYLINE.match(sentence)
        # The headline glued before the first sentence, whole or up to the site's own trailer ('... - Region - World');
        # after a byline ('by Jan Roe and Ann Poe "Headline" ...') the headline may follow the names.
        for n in range(len(words), HEADLINE_WORDS - 1, -1):
            pattern = r"\W*" + r"\W+".join(map(re.escape, words[:n])) + r"\b[^\w\"“‘']*"
            head = re.match(pattern, sentence, re.I)
            if head is None and byline:
                head = re.compile(pattern, re.I).match(sentence, byline.end())
            if head and head.end() < len(sentence) - 20:
                cut = head.end()
                break
    m = _LEAD_DEBRIS.match(sentence[cut:])
    if m and cut + m.end() < len(sentence) - 1:
        cut += m.end()
    return cut


# A wire credit glued after a sentence's full stop ('... the monitor said.--AFP', '... on Monday. (Reuters)').
_TRAIL_CREDIT = re.compile(r"(?<=[.!?\"”’])\s*(?:-{1,2}|–|—)?\s*\(?(?:AFP|AP|Reuters|REUTERS|dpa|DPA|ANSA)\)?\s*$")


def trail_debris(sentence: str) -> int:
    """How many trailing characters of a sentence are a wire credit glued after its full stop (0 if none)."""
    m = _TRAIL_CREDIT.search(sentence)
    return len(sentence) - m.start() if m else 0


# A photo or wire credit closing a caption the source runs into the next sentence: '... October 11 2016. Source Reuters
# (Agency World and Agencies) The militants have ...', '... August 6 2016 (AFP) A suicide bomber ...'. What follows it is the sentence.
_CREDIT = re.compile(
    r"\((?:[A-Z][\w.]*\s+){0,4}(?:and\s+)?(?:[Aa]gencies|AFP|AP|Reuters|Getty\s+Images|[Pp]hoto|[Ff]ile)\)\s+(?=[A-Z\"“])"
)
# What is kept after a credit must be a sentence of its own, this many words at least.
CREDIT_REST_WORDS = 6


def credit_end(sentence: str) -> int | None:
    """Where the sentence starts after a caption credit glued before it ('... (Agency World and Agencies) X said ...'), else None."""
    cut = None
    for m in _CREDIT.finditer(sentence):
        if len(sentence[m.end() :].split()) >= CREDIT_REST_WORDS:
            cut = m.end()
    return cut


# Words a written sentence cannot go long without: articles, prepositions, conjunctions, auxiliaries, verbs of saying.
_FUNCTION_WORDS = frozenset(
    "the a an of in on at to for from with by as and or but that which who is are was were be been has have had will would "
    "said says told say its their his her this these those it they he she we after before during since amid into over than "
    "not no can could may might must should near against also then now".split()
)
# A sentence opening with this many words and none of them a function word nor a past-tense verb opens with a keyword run
# (a tag list or a headline glued before it: 'Elbonia Ruritania airstrike truce rebels Kafr Nabl aid convoy ...').
KEYWORD_RUN = 10


def headline_before_body(sentence: str) -> bool:
    """A title-case headline glued before a body sentence that opens with a capitalised word after its article:
    'Anti-X Forces Get the Better of Rebels in Battle for Y The US-led coalition has ...' (the run's last words
    are 'The US-led', the body's opening). Brief time only: ingest cleaning is unchanged."""
    run = _CAP_RUN.match(sentence + " ")
    if not run:
        return False
    words = run.group(0).split()
    if sum(w[0].isupper() for w in words) < HEADLINE_RUN:
        return False
    rest = sentence[run.end() - 1 :]
    return any(w in _BODY_OPENERS for w in words[-3:-1]) and (not rest.strip() or bool(re.match(r"\s*[a-z]", rest)))


# What follows a long capitalised subject in prose: its verb ('... Rami Abdel Rahman told', '... Red Crescent Societies
# released', '... Ali Khamenei had'), a past form, an auxiliary or modal, or a present verb of saying. General English.
_SUBJECT_VERB = re.compile(
    r"(?:[a-z]+ed|said|says|told|tells|has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does|"
    r"took|gave|made|met|sent|spoke|wrote|went|came|saw|led|held|left|won|lost|claims|denies|warns|urges|accuses|insists|calls|"
    # an adverb or quantifier between a subject and its verb ('... and James Roe of Xstate also said', '... Tom Roe both called')
    r"also|both|all|each|jointly|together|then|now|later|still|already|never|often|reportedly|previously|recently|earlier)\b"
)


def credit_before_body(sentence: str) -> bool:
    """Does the sentence open with a photo credit ('REUTERS/Jan Smit ...') that lead_debris could not cut off, or with a
    photographer's name and a title-case headline glued before the body (headline_after_credit)? Brief time only."""
    return bool(_PHOTO_CREDIT_OPEN.match(sentence)) or headline_after_credit(sentence)


def headline_after_credit(sentence: str) -> bool:
    """A photo credit and a title-case headline glued before a body sentence whose own start cannot be told from the
    headline ('Jan Smit Army Seizes Armed Men at the Border Xland forces managed to ...'): a run of HEADLINE_RUN or
    more capitalised words opens the sentence and the lower-case word after it is no verb, so the run is not the
    sentence's subject ('The Director of the Xland Observatory for Human Rights Jan Smit told ...' is). Brief time only."""
    run = _CAP_RUN.match(sentence + " ")
    if not run or sum(w[0].isupper() for w in run.group(0).split()) < HEADLINE_RUN:
        return False
    after = re.match(r"\s*([a-z][\w'’]*)(?![\w'’-])", sentence[run.end() - 1 :])
    return bool(after) and not _SUBJECT_VERB.fullmatch(after.group(1))  # type: ignore[union-attr]


def keyword_run(sentence: str) -> bool:
    """Does the sentence open with a run of keywords (a tag list or headline) rather than with a clause?"""
    words = re.findall(r"[A-Za-z][\w'’-]*", sentence)[:KEYWORD_RUN]
    if len(words) < KEYWORD_RUN:
        return False
    return not any(w.lower() in _FUNCTION_WORDS or (w.islower() and re.search(r"(?:ed|en|ing)$", w)) for w in words)


def is_run_on(sentence: str) -> bool:
    """Several sentences, a pull quote or the same sentence twice, run together without a full stop."""
    words = sentence.split()
    if len(words) > RUN_ON_WORDS or _GLUED_ATTRIBUTION.search(sentence):
        return True
    if len(words) >= 2 * REPEAT_WORDS:
        head = " ".join(words[:REPEAT_WORDS])
        return head in " ".join(words[REPEAT_WORDS:])
    return False


# How a caption opens whatever its date: 'In this Oct. 11 2016 file photo ...', 'A picture taken on July 29 2016 shows ...'.
_CAPTION_OPENER = re.compile(
    r"^\W*(?:In\s+this\s+(?:[\w.,]+\s+){0,5}?(?:file\s+|handout\s+)?(?:photo|picture|image|photograph)\b|"
    r"An?\s+(?:file\s+|handout\s+)?(?:picture|photo|image|photograph)\s+(?:taken|released|provided|posted|made\s+available|shows)\b|"
    r"(?:File\s+)?(?:Photo|Picture|Image)\s+shows\b)",
    re.I,
)


# A caption describes its picture in the present tense ('A man checks the damage', 'A boy inspects a site') and
# ends on the picture's full date; a report tells the past and names who says so.
_PRESENT_ACT = re.compile(r"^(?:\S+\s+){1,5}?(?!(?:is|has|was|does|says|tells|its|this|his|news)\b)[a-z]{3,}s\s+(?:the|a|an|past|through|along|amid|amongst|among|near|outside|inside|after|over|from|during)\b")
_DATE_END = re.compile(rf"(?:\bon\s+)?(?:{_MONTHS})\s+\d{{1,2}},?\s+(?:19|20)\d\d\W*$|\b\d{{1,2}}\s+(?:{_MONTHS}),?\s+(?:19|20)\d\d\W*$")


def present_tense_caption(sentence: str) -> bool:
    """A photo caption whatever its date: a present-tense act in its first words, its full date last, nobody quoted."""
    return bool(_PRESENT_ACT.match(sentence) and _DATE_END.search(sentence) and not _ATTRIBUTED.search(sentence) and not re.search(r"\b(?:says|tells|reports)\b", sentence))


# A picture credit in brackets glued into the text ('Images of the captured pilot were released [Twitter] In a ...'):
# the sentence carries a caption. Credits name the platform or agency a picture came from.
_BRACKET_CREDIT = re.compile(r"\[(?:Twitter|Getty(?: Images)?|AFP|Reuters|AP|Anadolu|AA|EPA|Facebook|YouTube|Instagram|File(?: photo)?|Archive)\]")


# A picture's caption ends on where and when it was taken, with no preposition before the date ('... in what is said to be
# Xvilles outskirts Ruritania April 15 2017.'); a report dates its events 'on April 15' or after a comma in a clause
# ('..., it said on April 15 2017'). In the FA-KES text every sentence of this form is a caption (3 of 3, none a report).
_PLACE_DATE_END = re.compile(
    rf"(?<!\bon )(?<!\bof )(?<!\bsince )(?<!\buntil )(?<!\bby )(?<!\bfrom )\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+\s+"
    rf"(?:(?:{_MONTHS})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS})),?\s+(?:19|20)\d\d\W*$"
)


# A caption says what the picture is wherever the words stand ('... at a site of an explosion in X in this handout
# picture provided by the agency on September 5 2016'); in the FA-KES text the phrase occurs 4 times, all captions.
_PICTURE_INSIDE = re.compile(r"\bin\s+this\s+(?:[\w.,]+\s+){0,3}?(?:photo|picture|image|photograph)\b", re.I)


def place_dated_caption(sentence: str) -> bool:
    """A caption by its form: it ends on a place name then a full date, nothing between ('... Ruritania April 15 2017.')."""
    return bool(_PLACE_DATE_END.search(sentence))


def is_caption(sentence: str, published: str | None) -> bool:
    """A photo caption: one that opens as captions do, or the full date of the report's own days with nobody quoted
    ('A man walks past ... July 10, 2016')."""
    from datetime import date

    if _CAPTION_OPENER.match(sentence) or present_tense_caption(sentence) or place_dated_caption(sentence) or _PICTURE_INSIDE.search(sentence) or _BRACKET_CREDIT.search(sentence):
        return True
    if not published or len(published) < 10 or _ATTRIBUTED.search(sentence):
        return False
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    try:
        report = date.fromisoformat(published[:10])
    except ValueError:
        return False
    for m in _FULL_DATE.finditer(sentence):
        month, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        try:
            when = date(int(year), months.index(month[:3].lower()) + 1, int(day))
        except ValueError:
            continue
        if 0 <= (report - when).days <= CAPTION_DAYS:
            return True
    return False


# A sub-heading, caption, pull-quote attribution or headline run glued before a sentence with no stop between them
# ('Xville rebel assault In neighbouring Xville province the ...', 'UN resumes aid deliveries A convoy was ...'): a
# capitalised sentence-opening word in mid-sentence, right after a word (no comma, colon or stop), is where the
# reporting starts. General English: mid-sentence these words are lower case ('... fighting in the province').
_HEADING_OPENER = re.compile(
    r"(?<=[\w)\]\"”’'])\s+(?:The|A|An|In|On|At|For|As|After|Before|Since|While|When|Meanwhile|However|Some|Dozens|Hundreds"
    r"|Thousands|More|Over|Nearly|Earlier|Later|Amid|Despite|Following)\s+(?=\S)"
)
# Most words of what stands before the opener: headings run 1-10 words, a caption with its credit or a run of related
# headlines up to 20. Measured on the stored sentences of FA-KES (9,680) and holdout9 (16,682): 159 and 17 sentences cut,
# read by hand, all glued furniture (43 after one word: a heading, credit or date: 'Kestrel The army ...', 'AFP At
# least ...', '26.12.2014 The army ...').
HEADING_WORDS = 20
# A first word that opens a clause of the sentence itself, not a heading: a conjunction, a preposition or a time word
# ('Last month The Xland Observatory said ...' is one sentence whose comma the source dropped).
_CLAUSE_FIRST = frozenset("but and or so yet because if in on at during after before since last next this earlier later meanwhile when while as for from by with to of".split())
# A word after which a capitalised opener starts a quote or a title the sentence names ('he wrote The ...', 'told The
# Herald'): verbs of saying, besides the function words.
_SAYING = frozenset("said says told wrote writes added adds stated announced declared tweeted reported according called named".split())


# Adverbs that sit inside a clause ('X also owns ...'): a heading ('Xville bombed after four years') has none.
_CLAUSE_ADVERB = re.compile(r"\b(?:also|still|now|already|never|reportedly|often|currently|recently)\b")


def glued_heading(sentence: str) -> int:
    """Where the reporting starts in a sentence that opens with a heading, caption or headline glued to it (0 when it
    does not): 'Xville rebel assault In neighbouring Xville province the rebels ...' -> the offset of 'In'.

    The heading is 1..HEADING_WORDS words (a one-word section heading or credit: 'Kestrel', 'AFP'), opens capitalised (or on a digit or bracket), holds no comma, and does not
    open a clause (_CLAUSE_FIRST); its last word is no function word, verb of saying or -ed/-ing form (an acronym such as 'IS' is a name). 'The' after a
    lower-case word in -s before a name, in a run holding an adverb of a clause ('Mr Roe also owns The Daily Post'), is
    a title the sentence names, not a new sentence. What follows must read as a sentence (MIN_BODY_WORDS lower-case words). Brief time only.
    """
    for m in _HEADING_OPENER.finditer(sentence):
        head = sentence[: m.start()]
        words = head.split()
        if not 1 <= len(words) <= HEADING_WORDS or re.search(r"[,;]", head):
            continue
        if not re.match(r"[A-Z\d(\[]", words[0]) or re.sub(r"\W", "", words[0]).lower() in _CLAUSE_FIRST:
            continue
        last = re.sub(r"\W", "", words[-1])
        if not last.isupper() and (last.lower() in _FUNCTION_WORDS or last.lower() in _SAYING) or (last.islower() and last.endswith(("ed", "ing"))):
            continue
        opener, after = m.group(0).split(), sentence[m.end() :]
        if opener[0] == "The" and last.islower() and last.endswith("s") and after[:1].isupper() and _CLAUSE_ADVERB.search(head):
            continue
        if len(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", sentence[m.start() :])) < MIN_BODY_WORDS:
            continue
        return m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    return 0
