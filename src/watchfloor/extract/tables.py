"""Pipe tables inside article bodies, read as rows of cells."""

from __future__ import annotations

from watchfloor.extract.sentences import table_line_flags
from watchfloor.models import Table


def read_tables(doc_id: str, body: str) -> tuple[Table, ...]:
    """Every block of two or more consecutive pipe lines with a header row."""
    tables: list[Table] = []
    block: list[tuple[int, int]] = []
    pos = 0
    lines = [*body.split("\n"), ""]
    for line, in_table in zip(lines, table_line_flags(lines), strict=True):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip() and in_table:
            block.append((start, end))
            continue
        table = _table_from_block(doc_id, len(tables), body, block)
        if table is not None:
            tables.append(table)
        block = []
    return tuple(tables)


def _table_from_block(
    doc_id: str, index: int, body: str, block: list[tuple[int, int]]
) -> Table | None:
    rows = [_cells(body[s:e]) for s, e in block]
    rows = [row for row in rows if row and not all(_is_rule(cell) for cell in row)]
    if len(rows) < 2:
        return None
    header, *data = rows
    width = len(header)
    data = [tuple((list(row) + [""] * width)[:width]) for row in data]
    return Table(doc_id, index, (block[0][0], block[-1][1]), header, tuple(data))


def _cells(line: str) -> tuple[str, ...]:
    parts = [cell.strip() for cell in line.strip().strip("|").split("|")]
    return tuple(parts) if any(parts) else ()


def _is_rule(cell: str) -> bool:
    return bool(cell) and set(cell) <= set("-: ")


def row_spans(body: str, table: Table) -> tuple[tuple[int, int], ...]:
    """The body spans of ``table``'s data rows, in order (its header and rules left out)."""
    spans: list[tuple[int, int]] = []
    pos = table.span[0]
    for line in body[table.span[0] : table.span[1]].split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        cells = _cells(line)
        if cells and not all(_is_rule(cell) for cell in cells):
            spans.append(_trimmed(line, start, end))
    return tuple(spans[1:])


def _trimmed(line: str, start: int, end: int) -> tuple[int, int]:
    return start + len(line) - len(line.lstrip()), end - (len(line) - len(line.rstrip()))
