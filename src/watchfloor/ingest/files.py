"""Reading an input file as text, the same way for every format.

Files are decoded as UTF-8; ``utf-8-sig`` drops a byte-order mark. CRLF line endings
become LF before anything is parsed, so a document saved on Windows gives the same body,
and the same ``span`` offsets, as the same document saved with LF. A lone CR (classic
Mac OS) is left as it is.
"""

from __future__ import annotations

from pathlib import Path

from watchfloor.errors import DocumentError


def read_text(path: Path) -> str:
    """The file's text, BOM dropped and CRLF turned into LF.

    Raises DocumentError when the file cannot be read or is not UTF-8.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(str(path), f"cannot read the file ({error.strerror})") from error
    return decode_utf8(data, str(path))


def decode_utf8(data: bytes, path: str) -> str:
    """``data`` decoded as UTF-8 (BOM dropped, CRLF → LF); DocumentError if it is not."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise DocumentError(
            path,
            f"not UTF-8 (byte 0x{data[error.start]:02x} on line {line}): re-save the file as UTF-8",
        ) from error
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    """CRLF → LF; everything else unchanged."""
    return text.replace("\r\n", "\n") if "\r" in text else text


def id_from_path(path: str | Path) -> str:
    """The document id when none is given: the file name without its extension."""
    return Path(path).stem
