"""Plain text from an HTML fragment (a feed entry's content or summary).

Block elements (paragraphs, list items, headings, line breaks, ...) become paragraph
breaks, blank-line separated; runs of whitespace inside a block become one space, as a
browser shows them; script and style contents are dropped; entities are decoded.
"""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
        *("figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header"),
        *("hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th"),
        *("tr", "ul"),
    }
)
_SKIPPED_TAGS = frozenset({"script", "style", "template"})


def html_to_text(fragment: str) -> str:
    """The readable text of ``fragment``, paragraphs separated by a blank line."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return collector.text()


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._blocks: list[str] = []
        self._pieces: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self._end_block()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self._end_block()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._pieces.append(data)

    def text(self) -> str:
        self._end_block()
        return "\n\n".join(self._blocks)

    def _end_block(self) -> None:
        block = " ".join("".join(self._pieces).split())
        if block:
            self._blocks.append(block)
        self._pieces = []
