"""An Atom feed (RFC 4287) of the notices sent, rebuilt from the store's record each
time, newest first, and written whole (a temporary file renamed over the old one), so a
reader never sees half a feed."""

from __future__ import annotations

import json
import os
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import UTC, datetime

from watchfloor.notify.config import AtomTarget
from watchfloor.report.safety import json_line, xml_text
from watchfloor.store import SentNotice

ATOM = "http://www.w3.org/2005/Atom"


def render_feed(target: AtomTarget, notices: Sequence[SentNotice], now: datetime) -> bytes:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", target.feed_id)
    _text(feed, "title", target.title)
    updated = max((n.sent_at for n in notices), default=now)
    _text(feed, "updated", _stamp(updated))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "watchfloor")
    for n in notices:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", f"{target.feed_id}:{n.key}")
        _text(entry, "title", n.title)
        _text(entry, "updated", _stamp(n.sent_at))
        _text(entry, "published", _stamp(n.at))
        ET.SubElement(entry, f"{{{ATOM}}}category", term=xml_text(n.kind))
        _text(entry, "summary", n.summary)
        content = _text(entry, "content", _json_text(n.payload))
        content.set("type", "application/json")
        if n.link:
            ET.SubElement(entry, f"{{{ATOM}}}link", href=xml_text(n.link))
    body: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return body


def write_feed(target: AtomTarget, notices: Sequence[SentNotice], now: datetime) -> None:
    """Write the feed file whole; raises OSError if the folder is not writable."""
    body = render_feed(target, notices, now)
    target.path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(body)
        os.replace(temporary, target.path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _text(parent: ET.Element, name: str, value: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{name}")
    # a control character would make the whole feed invalid XML
    element.text = xml_text(value)
    return element


def _json_text(payload: str) -> str:
    # written again so that a payload stored raw before stays valid JSON and valid XML
    try:
        return json_line(json.loads(payload), sort_keys=True)
    except ValueError:
        return xml_text(payload)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
