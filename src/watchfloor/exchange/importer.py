"""Import GDELT 2.0 events and mentions files and ACLED CSV exports (plain or zipped)
as stored events with their provenance. A bad row is reported with file:row and skipped;
a batch never stops on one.

Each row becomes a document (its text a one-line summary of the row) with one mention,
and the row itself is kept (``Store.save_import``). Rows of one external event (a GDELT
event and its mentions) make one resolved event of their own: never merged with events
extracted from reports, so a GDELT row is not a second independent source for a report
watchfloor has read itself.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from watchfloor.errors import StoreError
from watchfloor.exchange import acled, gdelt
from watchfloor.exchange.context import Reference, host_of
from watchfloor.models import Document, Extraction, Mention, Problem, Sentence
from watchfloor.resolve import Resolution, ResolveRules, resolve_pending
from watchfloor.store import Provenance, Store

IMPORT_FORMATS = ("gdelt", "gdelt-mentions", "acled")
BATCH = 500  # rows per transaction


@dataclass
class ImportReport:
    stored: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    resolution: Resolution = field(default_factory=Resolution)

    def to_dict(self) -> dict[str, object]:
        return {"stored": self.stored, "unchanged": self.unchanged,
                "problems": [{"where": p.path, "reason": p.reason} for p in self.problems],
                "events": self.resolution.to_dict()}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Row:
    path: str  # the file named on the command line (a progress bar counts these)
    file: str  # the file read: the path, or path!member of a zip
    number: int
    fields: dict[str, str]

    @property
    def where(self) -> str:
        return f"{self.file}:{self.number}"


def import_files(
    store: Store, paths: list[Path], fmt: str, rules: ResolveRules,
    ref: Reference | None = None, progress: Callable[[object], None] | None = None,
) -> ImportReport:  # fmt: skip
    """Import every row of ``paths`` as ``fmt``, then resolve the new rows into events.
    ``progress`` is called with each row read (its ``path`` is the file's)."""
    ref = ref or Reference()
    report = ImportReport()
    events = _EventRows(store)
    for path in paths:
        batch: list[tuple[_Row, tuple[Extraction, Provenance]]] = []
        for row in _rows(path, fmt, report):
            try:
                batch.append((row, _parse(row, fmt, ref, events)))
            except ValueError as exc:
                report.problems.append(Problem(row.where, str(exc)))
            if len(batch) >= BATCH:
                _save(store, batch, report)
                batch = []
            if progress is not None:
                progress(row)
        _save(store, batch, report)
    report.resolution = resolve_pending(store, rules, check_stale=True)
    return report


def _save(
    store: Store, batch: list[tuple[_Row, tuple[Extraction, Provenance]]], report: ImportReport
) -> None:
    """Write a batch in one transaction; if it fails, row by row, so that one row the
    database refuses is reported with file:row and the others are kept."""
    if not batch:
        return
    try:
        results = store.save_imports([parsed for _, parsed in batch])
    except StoreError:
        results = []
        for row, parsed in batch:
            try:
                results += store.save_imports([parsed])
            except StoreError as exc:
                report.problems.append(Problem(row.where, str(exc)))
    report.stored += sum(1 for r in results if r.inserted)
    report.unchanged += sum(1 for r in results if not r.inserted)


def _rows(path: Path, fmt: str, report: ImportReport) -> Iterator[_Row]:
    try:
        contents = list(_contents(path))
    except (OSError, zipfile.BadZipFile) as exc:
        report.problems.append(Problem(str(path), f"cannot read: {exc}; skipped"))
        return
    if not contents:
        report.problems.append(Problem(str(path), "an archive with no file inside; skipped"))
    for name, data in contents:
        if fmt == "acled":
            yield from _csv_rows(str(path), name, data, report)
        else:
            yield from _tsv_rows(str(path), name, data, fmt, report)


def _contents(path: Path) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of the file, or of every member of a zip."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                if not member.endswith("/"):
                    yield f"{path}!{member}", archive.read(member)
        return
    yield str(path), path.read_bytes()


def _tsv_rows(path: str, name: str, data: bytes, fmt: str, report: ImportReport) -> Iterator[_Row]:
    columns = gdelt.EVENT_COLUMNS if fmt == "gdelt" else gdelt.MENTION_COLUMNS
    # lines end at \n only: a name may hold other line separators (U+2028)
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8").rstrip("\r")
        except UnicodeDecodeError as exc:
            report.problems.append(Problem(f"{name}:{number}", f"not UTF-8 ({exc.reason})"))
            continue
        values = line.split("\t")
        if not line.strip() or (number == 1 and values[0] == "GLOBALEVENTID"):
            continue  # a header row, as `watchfloor export --header` writes
        try:
            yield _Row(path, name, number, gdelt.fields_of(values, columns))
        except ValueError as exc:
            report.problems.append(Problem(f"{name}:{number}", f"{exc}; is this a {fmt} file?"))


def _csv_rows(path: str, name: str, data: bytes, report: ImportReport) -> Iterator[_Row]:
    try:
        text = data.decode("utf-8-sig")  # ACLED's downloads may begin with a BOM
    except UnicodeDecodeError as exc:
        report.problems.append(Problem(name, f"not UTF-8 ({exc.reason}); skipped"))
        return
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in acled.REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        report.problems.append(Problem(name, f"no {', '.join(missing)} column: not an ACLED CSV"))
        return
    for record in reader:
        if None in record:
            report.problems.append(Problem(f"{name}:{reader.line_num}", "more cells than columns"))
            continue
        yield _Row(path, name, reader.line_num, {k: (v or "").strip() for k, v in record.items()})


class _EventRows:
    """The stored events-file rows that mentions rows refer to, each read once."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._found: dict[str, Provenance | None] = {}

    def get(self, key: str) -> Provenance | None:
        if key not in self._found:
            self._found[key] = self._store.imported_event_row(key)
        return self._found[key]


def _parse(
    row: _Row, fmt: str, ref: Reference, events: _EventRows
) -> tuple[Extraction, Provenance]:
    if fmt == "gdelt":
        return _gdelt_event(row, ref)
    if fmt == "gdelt-mentions":
        return _gdelt_mention(row, ref, events)
    return _acled(row, ref)


def _gdelt_event(row: _Row, ref: Reference) -> tuple[Extraction, Provenance]:
    fields = row.fields
    number = gdelt.event_id_of(fields)
    url = fields["SOURCEURL"]
    doc = f"gdelt-{number}"
    text = _summary("GDELT event", number, fields.get("Actor1Code", ""),
                    fields.get("EventCode", ""), fields.get("Actor2Code", ""), url)  # fmt: skip
    mention = gdelt.mention_of(fields, doc, text, ref)
    added = fields.get("DATEADDED", "")
    published = gdelt.parse_day(added, "DATEADDED") if added else None
    document = Document(id=doc, text=text, published=published, outlet=host_of(url) or "GDELT",
                        url=url if "://" in url else None, path=row.file)  # fmt: skip
    provenance = Provenance("gdelt", f"gdelt:{number}", row.file, row.number, url or None,
                            fields)  # fmt: skip
    return _extraction(document, mention), provenance


def _gdelt_mention(
    row: _Row, ref: Reference, events: _EventRows
) -> tuple[Extraction, Provenance]:
    fields = row.fields
    number = gdelt.event_id_of(fields)
    event = events.get(f"gdelt:{number}")
    if event is None or event.dataset != "gdelt":
        raise ValueError(f"event {number} is not stored: import its GDELT events file first")
    identifier = fields["MentionIdentifier"]
    # two mentions may share article, sentence and offset (two events in one sentence)
    key = f"{identifier}|{fields['SentenceID']}|{fields['ActionCharOffset']}|{row.number}"
    doc = f"gdelt-{number}-m{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}"
    text = _summary("GDELT mention of event", number, event.fields.get("Actor1Code", ""),
                    event.fields.get("EventCode", ""), event.fields.get("Actor2Code", ""),
                    identifier)  # fmt: skip
    mention = gdelt.mention_of(event.fields, doc, text, ref)
    when = fields["MentionTimeDate"]
    document = Document(
        id=doc, text=text, published=gdelt.parse_day(when, "MentionTimeDate") if when else None,
        outlet=fields["MentionSourceName"] or host_of(identifier) or None,
        url=identifier if "://" in identifier else None, path=row.file,
    )  # fmt: skip
    provenance = Provenance("gdelt-mentions", f"gdelt:{number}", row.file, row.number,
                            identifier or None, fields)  # fmt: skip
    return _extraction(document, mention), provenance


def _acled(row: _Row, ref: Reference) -> tuple[Extraction, Provenance]:
    fields = row.fields
    key = fields.get("event_id_cnty", "")
    doc = f"acled-{key}"
    mention = acled.mention_of(fields, doc, ref)
    sources = fields.get("source", "")
    day = date.fromisoformat(mention.date.value) if mention.date else None
    document = Document(id=doc, text=mention.sentence, published=day,
                        outlet=sources.split(";")[0].strip() or "ACLED", path=row.file)  # fmt: skip
    provenance = Provenance("acled", f"acled:{key}", row.file, row.number, None, fields)
    return _extraction(document, mention), provenance


def _extraction(document: Document, mention: Mention) -> Extraction:
    text = document.text
    sentence = Sentence(index=0, start=0, end=len(text), text=text)
    found = replace(mention, sentence=text, span=(0, len(text)))
    return Extraction(document=document, sentences=(sentence,), mentions=(found,))


def _summary(kind: str, number: int, actor1: str, code: str, actor2: str, url: str) -> str:
    dyad = f"{actor1 or '?'} -> {actor2}" if actor2 else (actor1 or "?")
    return f"{kind} {number}: {dyad}, CAMEO {code}" + (f" ({url})" if url else "")
