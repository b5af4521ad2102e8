"""Hostile inputs: random bytes and text, surrogates and control characters, terminal
escapes, huge and tiny numbers and dates, deep nesting, entities, giant lines, and the
seed corpus in ``seeds/`` mutated."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

SEEDS = Path(__file__).parent / "seeds"
SNIPPETS = (
    "\x1b[2J", "\x1b]8;;http://evil/\x07", "\x1b]0;t\x1b\\", "\x9b31m", "\u202e", "\u2028",
    "\ud800", "\udfff", "\x00", "\x07", "\ufeff", "\r", "\r\n", "\t", "[/]", "[est.]",
    "[bold]", "\\", "|", "| a | b |", "|---|---|", "---\n", "...\n", "=1+2", "@SUM(A1)",
    "9999-12-31", "0001-01-01", "0000-00-00", "2024-02-30", "Dec. 31, 9999", "in 9999",
    "1e308", "-1e999", "NaN", "Infinity", "99999999999999999999999", "0.0000001",
    "{", "}", "[", "]", '"', "<", ">", "&", "&amp;", "&#0;", "<!ENTITY x 'y'>", "<![CDATA[",
    "-->", "<script>", "id: yes", "published: 9999-12-31", "\n\n", " " * 50,
)  # fmt: skip
WORDS = (
    "North", "Korea", "has", "sent", "about", "1,500", "troops", "to", "Russia", "South",
    "Korea's", "spy", "agency", "said", "on", "Friday", "Oct.", "3", "2024", "Dec.", "31",
    "9999", "in", "the", "Japan", "protested", "China", "denied", "missiles", "fired",
    "Kyiv", "Ukraine's", "officials", "up", "to", "3,000", "million", "Seoul", "Tokyo",
    "Moscow", "Pyongyang", "Lt.", "U.S.", "will", "visit", "next", "year", "ago", "months",
    "three", ".", ",", ";", ":", "?", "!", "'", "\"", "(", ")", "—", "|", "\n", "\n\n",
)  # fmt: skip

any_char = st.characters(codec=None, categories=None, exclude_categories=())
surrogate = st.characters(categories=["Cs"])
control = st.characters(min_codepoint=0, max_codepoint=0x9F).filter(
    lambda c: not c.isprintable()
)
snippet = st.sampled_from(SNIPPETS)


def hostile_text(max_parts: int = 60) -> st.SearchStrategy[str]:
    """News-like words mixed with hostile snippets and any character at all."""
    part = st.one_of(st.sampled_from(WORDS), snippet, st.text(any_char, max_size=8),
                     surrogate, control)  # fmt: skip
    words = st.lists(part, max_size=max_parts).map(" ".join)
    return st.one_of(words, st.text(any_char, max_size=200), giant_line())


def giant_line() -> st.SearchStrategy[str]:
    """A long line without stops, or one symbol repeated."""
    return st.builds(lambda word, n: word * n,
                     st.sampled_from(["troops russia ", "a. ", "x", "[", "|", "1,", "Dec. 31 "]),
                     st.integers(1, 3000))  # fmt: skip


def any_date() -> st.SearchStrategy[date]:
    return st.one_of(st.dates(), st.sampled_from([date.min, date.max, date(9999, 12, 31)]))


def date_strings() -> st.SearchStrategy[str]:
    return st.one_of(
        any_date().map(date.isoformat),
        st.sampled_from(["9999-12-31", "0000", "0001-01", "9999", "2024-13-45", "10000-01-01",
                         "2024-02-30", "-0001-01-01", "", "yesterday", "Fri, 31 Dec 9999"]),
        st.text(max_size=12),
    )  # fmt: skip


def json_values(max_leaves: int = 20) -> st.SearchStrategy[Any]:
    leaves = st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(),
        st.sampled_from([10**400, -(10**400), 1e308, 5e-324]), hostile_text(8), date_strings(),
    )  # fmt: skip
    return st.recursive(leaves, lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)),
        max_leaves=max_leaves)  # fmt: skip


def jsonl_line() -> st.SearchStrategy[bytes]:
    """One JSON Lines line: a document-shaped object with hostile values, deep nesting,
    or anything."""
    record = st.fixed_dictionaries(
        {"text": st.one_of(hostile_text(), json_values())},
        optional={"id": json_values(3), "published": st.one_of(date_strings(), json_values(3)),
                  "title": json_values(3), "outlet": json_values(3), "url": json_values(3)},
    )  # fmt: skip
    dumped = record.map(lambda r: json.dumps(r, ensure_ascii=False, allow_nan=True))
    deep = st.integers(50, 20_000).map(lambda n: '{"text": "x", "n": ' + "[" * n + "]" * n + "}")
    escaped = st.builds(lambda s, t: json.dumps({"id": s, "text": t}), surrogate, hostile_text())
    text_line = st.one_of(dumped, deep, escaped, hostile_text())
    return st.one_of(
        text_line.map(lambda s: s.replace("\n", " ").encode("utf-8", "surrogatepass")),
        st.binary(max_size=200),
    )


def front_matter() -> st.SearchStrategy[bytes]:
    """A front-matter document with hostile metadata and body."""
    value = st.one_of(hostile_text(6), date_strings(), st.sampled_from(
        ["yes", "no", "~", "007", "1e3", "[a, b]", "{a: 1}", "&a x", "*a", "'quoted: yes'",
         "!!python/object:os.system", "|\n  block", "[" * 3000]))  # fmt: skip
    keys = st.sampled_from(["id", "title", "published", "outlet", "url", "other"])
    meta = st.lists(st.tuples(keys, value), max_size=6).map(
        lambda pairs: "".join(f"{k}: {v}\n" for k, v in pairs))
    return st.builds(lambda m, body, close: f"---\n{m}{close}{body}\n",
                     meta, hostile_text(), st.sampled_from(["---\n", "...\n", ""])).map(
        lambda s: s.encode("utf-8", "surrogatepass"))  # fmt: skip


def feed() -> st.SearchStrategy[bytes]:
    """An RSS document with hostile guids, dates, text and DOCTYPEs."""
    item = st.builds(
        lambda guid, day, body: f"<item><guid>{guid}</guid><pubDate>{day}</pubDate>"
                                f"<description>{body}</description></item>",
        hostile_text(5), date_strings(), hostile_text(),
    )  # fmt: skip
    doctype = st.sampled_from(["", '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
                               '<!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'])
    return st.builds(
        lambda d, items: f'<?xml version="1.0"?>{d}<rss version="2.0"><channel><title>W'
                         f"</title>{''.join(items)}</channel></rss>",
        doctype, st.lists(item, max_size=4),
    ).map(lambda s: s.encode("utf-8", "surrogatepass"))  # fmt: skip


def html_page() -> st.SearchStrategy[bytes]:
    depth = st.integers(0, 2000)
    return st.builds(
        lambda t, d, body: f"<html><head><title>{t}</title></head><body>{'<div>' * d}"
                           f"<p>{body}</p>{'</div>' * d}</body></html>",
        hostile_text(5), depth, hostile_text(),
    ).map(lambda s: s.encode("utf-8", "surrogatepass"))  # fmt: skip


def seeds(suffixes: tuple[str, ...]) -> list[bytes]:
    return [p.read_bytes() for p in sorted(SEEDS.iterdir()) if p.suffix in suffixes]


@st.composite
def mutated(draw: st.DrawFn, corpus: list[bytes]) -> bytes:
    """A seed with a few random edits: bytes or hostile snippets inserted, a slice cut,
    a slice repeated."""
    data = bytearray(draw(st.sampled_from(corpus)))
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.integers(0, 3))
        at = draw(st.integers(0, len(data)))
        if op == 0:
            data[at:at] = draw(st.binary(max_size=16))
        elif op == 1:
            data[at:at] = draw(snippet).encode("utf-8", "surrogatepass")
        elif op == 2:
            del data[at : at + draw(st.integers(0, 64))]
        else:
            data[at:at] = data[at : at + draw(st.integers(0, 64))] * draw(st.integers(1, 50))
    return bytes(data)
