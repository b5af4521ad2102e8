"""The ``watchfloor`` command: thin views over the library. A command's docstring is its help."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from watchfloor import api
from watchfloor.errors import WatchfloorError
from watchfloor.extract import Extractor
from watchfloor.extract.explain import explain as explain_lines
from watchfloor.ingest import count_inputs, read_paths
from watchfloor.interrupts import StopOnSignal
from watchfloor.models import Document, Mention, Problem
from watchfloor.report import build_brief, render_brief_markdown, render_brief_terminal
from watchfloor.report.document import DOCUMENT_FORMATS, brief_document
from watchfloor.report.events import CSV_HEADER, event_csv_row, events_listing, render_event
from watchfloor.report.labels import Labeller
from watchfloor.report.safety import csv_row, inert, json_line, terminal
from watchfloor.report.tables import errors_listing, eval_table, events_table
from watchfloor.resolve import ResolveRules, describe_stored, load_sources, resolve_pending
from watchfloor.resolve import rebuild as rebuild_events
from watchfloor.scoring import evaluate
from watchfloor.settings import Settings, load_settings, max_workers, validate
from watchfloor.store import EventQuery, MentionQuery, Store, open_store

FORMATS = click.Choice(["table", "jsonl", "csv"])
T = TypeVar("T")
PIPED_WIDTH = 160
MAX_LIMIT = 1_000_000_000  # a row count every database takes


class _Context:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        # piped or redirected output has no terminal width: wide tables stay whole
        self.out = Console(soft_wrap=False)
        if not self.out.is_terminal:
            self.out = Console(soft_wrap=False, width=PIPED_WIDTH)
        # messages on stderr are log lines: never wrapped
        self.err = Console(stderr=True, soft_wrap=True)


pass_context = click.make_pass_decorator(_Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", help="SQLite file or SQLAlchemy URL [env WATCHFLOOR_DB; ./watchfloor.db].")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of your own dictionaries and rules [env WATCHFLOOR_DATA].")  # fmt: skip
@click.option("--workers", type=click.IntRange(1, None),
              help="Extraction processes, one per core at most "
                   "[env WATCHFLOOR_WORKERS; 1].")  # fmt: skip
@click.version_option(package_name="watchfloor")
@click.pass_context
def main(ctx: click.Context, db: str | None, data_dir: Path | None, workers: int | None) -> None:
    """watchfloor: news reports in; sourced, dated, located, confidence-rated events out.

    Example: watchfloor ingest examples/corpus && watchfloor brief --dyad PRK-RUS
    """
    try:
        settings = load_settings().with_overrides(db=db, data_dir=data_dir, workers=workers)
        validate(settings)
    except WatchfloorError as exc:
        raise click.ClickException(inert(str(exc))) from exc
    ctx.obj = _Context(settings)
    if settings.workers > max_workers():
        ctx.obj.err.print(f"[yellow]note[/]: {settings.workers} workers asked for; "
                          f"{max_workers()} used, one per core available")  # fmt: skip


def _engine_options(command: Any) -> Any:
    """--engine and --scheduler, which ``ingest`` and ``extract`` share."""
    command = click.option(
        "--scheduler", help="A dask scheduler's address (tcp://host:8786) for --engine dask; "
        "else a LocalCluster of --workers processes [env WATCHFLOOR_SCHEDULER].",
    )(command)  # fmt: skip
    return click.option(
        "--engine", type=click.Choice(["local", "dask"]),
        help="Where extraction runs: local processes, or a dask.distributed cluster "
        "[env WATCHFLOOR_ENGINE; local].",
    )(command)  # fmt: skip


def _with_engine(c: _Context, engine: str | None, scheduler: str | None) -> None:
    c.settings = c.settings.with_overrides(engine=engine, scheduler=scheduler)
    _run(lambda: validate(c.settings))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the run's report as JSON.")
@_engine_options
@pass_context
def ingest(c: _Context, paths: tuple[Path, ...], as_json: bool, engine: str | None,
           scheduler: str | None) -> None:  # fmt: skip
    """Read documents (.md/.txt with front matter, .html, RSS/Atom, .jsonl), extract their
    events and store them. Re-ingesting a document is a no-op; near-duplicates are linked.
    With --engine dask, extraction runs on a dask.distributed cluster.

    Example: watchfloor ingest examples/corpus feeds/today.xml
    """
    _with_engine(c, engine, scheduler)
    extractor = _extractor(c)
    with StopOnSignal() as stop, _progress(c, count_inputs(list(paths)), "ingesting") as advance:
        report = _run(lambda: api.ingest(list(paths), c.settings, extractor=extractor,
                                         progress=advance, stop=stop))  # fmt: skip
    if report.interrupted:
        c.err.print(f"[yellow]stopped by {stop.name}[/] between documents: what is listed "
                    "below is stored; run the same command again for the rest")  # fmt: skip
    for problem in report.problems:
        c.err.print(f"[yellow]skipped[/] {terminal(problem.path)}: {terminal(problem.reason)}")
    read = report.stored or report.updated or report.unchanged
    if as_json:
        click.echo(json_line(report.to_dict(), indent=2))
        if report.problems and not read:
            raise SystemExit(1)
        if report.interrupted:
            raise SystemExit(128 + (stop.received or 0))
        return
    c.out.print(
        f"stored {len(report.stored)}, updated {len(report.updated)}, "
        f"unchanged {len(report.unchanged)}, near-duplicates {len(report.near_duplicates)}, "
        f"skipped {len(report.problems)}; {report.mentions} event mentions -> "
        f"{terminal(c.settings.db)}"
    )
    for doc, of in report.near_duplicates:
        c.out.print(f"  {terminal(doc)} is a near-duplicate of {terminal(of)}")
    c.out.print(
        f"events: {len(report.events_created)} new, {len(report.events_updated)} updated"
        + (f", {len(report.events_removed)} removed" if report.events_removed else "")
    )
    if report.problems and not read:
        # a script must see that nothing at all could be read
        raise click.ClickException("no document could be read; see the lines above")
    if report.interrupted:
        raise SystemExit(128 + (stop.received or 0))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True)  # fmt: skip
@_engine_options
@pass_context
def extract(c: _Context, paths: tuple[Path, ...], fmt: str, engine: str | None,
            scheduler: str | None) -> None:  # fmt: skip
    """Print the event records of documents (spec section 2), without touching the database.

    Example: watchfloor extract article.md --engine dask --scheduler tcp://10.0.0.5:8786
    """
    _with_engine(c, engine, scheduler)
    extractor = _extractor(c)
    mentions: list[Mention] = []
    read = 0
    for item in _stream(api.extract_paths(list(paths), extractor, c.settings)):
        if isinstance(item, Problem):
            c.err.print(f"[yellow]skipped[/] {terminal(item.path)}: {terminal(item.reason)}")
            continue
        read += 1
        if fmt == "jsonl":
            _echo_jsonl(m.to_record() for m in item.mentions)
        else:
            mentions.extend(item.mentions)
    if fmt == "table":
        c.out.print(events_table(mentions))
    if not read:
        raise click.ClickException("no document could be read; see the lines above")


def _filters(command: Any, *, with_format: bool = True) -> Any:
    """The filters that ``events``, ``mentions`` and ``export`` share (``export`` has
    formats of its own)."""
    options = [
        click.option("--dyad", help="Two country codes, actor1-actor2: PRK-RUS."),
        click.option("--either-way", is_flag=True, help="With --dyad, match both directions."),
        click.option("--actor", help="A country or actor code on either side: KOR, KORSPY."),
        click.option("--code", help="CAMEO code or prefix: 072, 19."),
        click.option("--since", help="Event date from (ISO prefix): 2024-10."),
        click.option("--until", help="Event date up to (ISO prefix): 2024-12-31."),
        click.option("--doc", help="One document id."),
        click.option("--no-duplicates", is_flag=True, help="Leave out near-duplicate documents."),
        click.option("--limit", type=click.IntRange(0, MAX_LIMIT),
                     help=f"At most this many rows (0 to {MAX_LIMIT:,})."),
    ]
    if with_format:
        options.append(click.option("--format", "fmt", type=FORMATS, default="table",
                                    show_default=True))  # fmt: skip
    for option in reversed(options):
        command = option(command)
    return command


@main.command()
@_filters
@pass_context
def events(c: _Context, dyad: str | None, either_way: bool, actor: str | None,
           code: str | None, since: str | None, until: str | None, doc: str | None,
           no_duplicates: bool, limit: int | None, fmt: str) -> None:  # fmt: skip
    """List resolved events: each happening once, however many reports mention it, with
    its mentions, independent corroboration, estimates, denials and grade. The raw
    mentions are listed by `watchfloor mentions`.

    Example: watchfloor events --dyad PRK-RUS --code 072 --since 2024-10 --format jsonl
    """
    query = _run(lambda: EventQuery(
        dyad=_dyad(dyad), undirected=either_way, actor=actor, code=code, since=since,
        until=until, doc=doc, include_duplicates=not no_duplicates, limit=limit,
    ))  # fmt: skip
    registry = _run(lambda: load_sources(c.settings.data_dir))
    with _open_existing(c) as store:
        stored = _run(lambda: store.events(query))
        waiting = _run(store.unresolved_count)
    if no_duplicates:  # copies add nothing to an event but their own mentions
        stored = [replace(s, members=tuple(m for m in s.members if not m.is_copy)) for s in stored]
    found = [describe_stored(s, registry) for s in stored]
    if fmt == "jsonl":
        _echo_jsonl(e.to_record() for e in found)
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(csv_row(CSV_HEADER))
        writer.writerows(event_csv_row(e) for e in found)
    else:
        c.out.print(events_listing(found))
    if waiting:
        c.err.print(f"[yellow]{waiting} stored mentions are in no event yet[/]: "
                    "run `watchfloor resolve`")  # fmt: skip


@main.command()
@_filters
@pass_context
def mentions(c: _Context, dyad: str | None, either_way: bool, actor: str | None,
             code: str | None, since: str | None, until: str | None, doc: str | None,
             no_duplicates: bool, limit: int | None, fmt: str) -> None:  # fmt: skip
    """Query stored event mentions: one record per sentence of evidence (spec section 2),
    with its document's outlet and publication date.

    Example: watchfloor mentions --dyad PRK-RUS --code 072 --since 2024-10 --format csv
    """
    query = _run(lambda: MentionQuery(
        dyad=_dyad(dyad), undirected=either_way, actor=actor, code=code, since=since,
        until=until, doc=doc, include_duplicates=not no_duplicates, limit=limit,
    ))  # fmt: skip
    with _open_existing(c) as store:
        found = _run(lambda: store.mentions(query))
    rows = [s.mention for s in found]
    if fmt == "jsonl":
        _echo_jsonl({**s.mention.to_record(), "outlet": s.outlet,
                     "published": _iso(s.published)} for s in found)  # fmt: skip
    elif fmt == "csv":
        _write_csv(rows)
    else:
        c.out.print(events_table(rows))


@main.command()
@click.argument("event_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)  # fmt: skip
@pass_context
def event(c: _Context, event_id: str, fmt: str) -> None:
    """Show one resolved event in full: its mentions, estimates, denials, sources with
    the reasons for their grades, and its history.

    Example: watchfloor event ev-3f2a9c01b7de --format json
    """
    registry = _run(lambda: load_sources(c.settings.data_dir))
    with _open_existing(c) as store:
        stored = _run(lambda: store.event(event_id))
        labels = Labeller.from_store(store) if stored is not None and fmt == "text" else None
    if stored is None:
        raise click.ClickException(
            f"no event {inert(event_id)!r} in {c.settings.db}: `watchfloor events` lists their ids"
        )
    found = describe_stored(stored, registry)
    if fmt == "json":
        click.echo(json_line(found.to_record(with_history=True), indent=2))
    else:
        assert labels is not None
        render_event(found, labels, c.out)


@main.command()
@click.option("--rebuild", is_flag=True,
              help="Forget every event and resolve all stored mentions again (history "
                   "restarts; ids stay the same for the same evidence).")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print what was resolved as JSON.")
@pass_context
def resolve(c: _Context, rebuild: bool, as_json: bool) -> None:
    """Resolve stored mentions that are in no event yet (ingest does this by itself; use
    it after upgrading a database, or with --rebuild after changing the rules), and
    recount events whose documents were replaced.

    Example: watchfloor resolve --rebuild
    """
    rules = ResolveRules(_run(lambda: load_sources(c.settings.data_dir)))
    with _open_existing(c, write=True) as store:
        if rebuild:
            done = _run(lambda: rebuild_events(store, rules))
        else:
            done = _run(lambda: resolve_pending(store, rules, check_stale=True))
    if as_json:
        click.echo(json_line(done.to_dict(), indent=2))
        return
    c.out.print(
        f"resolved {done.mentions} mentions: {len(done.created)} new events, "
        f"{len(done.updated)} updated, {len(done.removed)} removed -> {terminal(c.settings.db)}"
    )


@main.command()
@click.option("--focus", help="A country code: only events it takes part in.")
@click.option("--dyad", help="Two country codes (either direction): PRK-RUS.")
@click.option("--format", "fmt", default="terminal", show_default=True,
              type=click.Choice(["terminal", "markdown", "json", *DOCUMENT_FORMATS]))  # fmt: skip
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the brief to this file [default: standard output].")  # fmt: skip
@click.option("--link-base", help="The dashboard's address (http://127.0.0.1:8000): html and "
              "pdf rows link to {link-base}/ui/event/{id}.")  # fmt: skip
@pass_context
def brief(c: _Context, focus: str | None, dyad: str | None, fmt: str, out: Path | None,
          link_base: str | None) -> None:  # fmt: skip
    """Print a situation brief built only from stored evidence: estimated deployments with
    their sources, a timeline, tables reported in the sources, and a citation for each row.
    html and pdf are documents that add charts and key judgments in ICD-203 words.

    Example: watchfloor brief --dyad PRK-RUS --format pdf --out brief.pdf
    """
    if out is None and fmt == "pdf" and sys.stdout.isatty():
        raise click.UsageError("a PDF is not for the terminal: give --out FILE")
    if out is not None and fmt == "terminal":
        raise click.UsageError("--out writes markdown, json, html or pdf: give --format too")
    registry = _run(lambda: load_sources(c.settings.data_dir))
    with _open_existing(c) as store:
        report = _run(lambda: build_brief(store, focus=focus, dyad=_dyad(dyad), registry=registry))
        if fmt in DOCUMENT_FORMATS:
            content = _run(lambda: brief_document(store, report, fmt, link_base=link_base,
                           registry=registry, data_dir=c.settings.data_dir))  # fmt: skip
        waiting = _run(store.unresolved_count)
    if fmt in DOCUMENT_FORMATS:
        _write_document(c, content, fmt, out)
    elif fmt == "json":
        text = json_line(report.to_dict(), indent=2) + "\n"
        _write_document(c, text.encode("utf-8"), fmt, out)
    elif fmt == "markdown":
        _write_document(c, (render_brief_markdown(report) + "\n").encode("utf-8"), fmt, out)
    else:
        render_brief_terminal(report, c.out)
    if waiting:  # the brief's events would be stale without a word
        c.err.print(f"[yellow]{waiting} stored mentions are in no event yet, so the brief may "
                    "be out of date[/]: run `watchfloor resolve`")  # fmt: skip


@main.command("eval")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--errors", is_flag=True, help="Also list every miss, false alarm and "
              "disagreement, grouped by cause, gold beside system.")  # fmt: skip
@pass_context
def eval_command(c: _Context, gold_dir: Path, as_json: bool, errors: bool) -> None:
    """Score extraction against a gold folder (<id>.md + <id>.jsonl) as spec section 4 says.
    Exits non-zero only on bad input, never on a low score.

    Example: watchfloor eval tests/data/gold/dev
    """
    extractor = _extractor(c)
    report = _run(lambda: evaluate(gold_dir, lambda d: extractor.extract(d).mentions))
    if as_json:
        click.echo(json_line(report.figures(), indent=2))
    else:
        c.out.print(eval_table(report))
    if errors:
        for line in errors_listing(report):
            click.echo(inert(line))


@main.command()
@click.argument("text")
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Publication date that relative dates resolve against.")  # fmt: skip
@pass_context
def explain(c: _Context, text: str, published: Any) -> None:
    """Show which rule fired for each field: actors, claimant, dates, places, quantities,
    the trigger with its pattern file and line, and the events made of them. TEXT is a
    sentence, or the path of a document (read with its context, sentence by sentence).

    Example: watchfloor explain "Pyongyang has sent 1,500 troops to Russia, the NIS said."
    """
    if not text.strip():
        raise click.ClickException("nothing to explain: give a sentence or a document's path")
    if _looks_like_path(text) and not _is_file(text):
        raise click.ClickException(
            f"{inert(text)}: no such file; give a sentence or a document's path"
        )
    extractor = _extractor(c)
    if _is_file(text):
        items = list(read_paths([text], c.settings))
        for problem in (i for i in items if isinstance(i, Problem)):
            raise click.ClickException(inert(f"{problem.path}: {problem.reason}"))
        documents = [d for d in items if isinstance(d, Document)]
    else:
        documents = [Document(id="explain", text=text,
                              published=published.date() if published else None)]  # fmt: skip
    for document in documents:
        for line in explain_lines(extractor, document):
            click.echo(inert(line))


def _looks_like_path(text: str) -> bool:
    name = text.strip()
    return " " not in name and (
        "/" in name or name.endswith((".md", ".txt", ".html", ".htm", ".jsonl", ".xml", ".rss"))
    )


def _is_file(text: str) -> bool:
    try:
        return "\n" not in text and Path(text).is_file()
    except OSError:  # a sentence too long to be a file name
        return False


def _write_document(c: _Context, content: bytes, fmt: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
        return
    try:
        out.write_bytes(content)
    except OSError as exc:
        raise click.ClickException(inert(f"cannot write {out}: {exc.strerror or exc}")) from exc
    c.err.print(f"wrote {terminal(out)} ({len(content):,} bytes, {fmt})")


def _open_existing(c: _Context, *, write: bool = False) -> Store:
    """The store of a query: a SQLite file that is not there is a mistyped --db, not a new
    empty database. Unless ``write``, nothing is created or migrated: a database that is
    not watchfloor's, or is at an older schema version, is refused with a message."""
    db = c.settings.db
    if c.settings.db_missing:
        raise click.ClickException(
            f"no database at {db}: ingest documents first (watchfloor --db {db} ingest PATH), "
            "or point --db / WATCHFLOOR_DB at an existing database"
        )
    return _run(lambda: open_store(c.settings.db_url, read_only=not write,
                                   busy_timeout=c.settings.busy_timeout_seconds))  # fmt: skip


def _extractor(c: _Context) -> Extractor:
    return _run(lambda: Extractor.from_settings(c.settings))


def _stream(items: Iterator[T]) -> Iterator[T]:
    """``items``; a WatchfloorError met on the way (a dask scheduler out of reach, say)
    becomes a clean message and exit status 1."""
    try:
        yield from items
    except WatchfloorError as exc:
        raise click.ClickException(str(exc)) from exc


def _run(job: Callable[[], T]) -> T:
    """Run ``job``; a WatchfloorError becomes a clean message and exit status 1."""
    try:
        return job()
    except WatchfloorError as exc:
        raise click.ClickException(inert(str(exc))) from exc


class _progress:
    """A rich progress bar over input files, shown on stderr only when it is a terminal."""

    def __init__(self, c: _Context, total: int, label: str) -> None:
        self._bar = Progress(
            TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=c.err, disable=not c.err.is_terminal, transient=True,
        )  # fmt: skip
        self._task = self._bar.add_task(label, total=total)
        self._last_path: str | None = None

    def __enter__(self) -> Any:
        self._bar.start()
        return self._advance

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()

    def _advance(self, item: object) -> None:
        path = getattr(item, "path", None)
        if path != self._last_path:
            self._last_path = path
            self._bar.advance(self._task)


def _echo_jsonl(records: Iterator[dict[str, Any]] | Any) -> None:
    for record in records:
        sys.stdout.write(json_line(record) + "\n")


def _write_csv(mentions: Sequence[Mention]) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(csv_row(["doc", "code", "actor1", "actor2", "date", "location", "country",
                     "quantity", "source", "certainty", "sentence"]))  # fmt: skip
    for m in mentions:
        writer.writerow(csv_row([
            m.doc, m.code, m.actor1.code, m.actor2.code if m.actor2 else "",
            m.date.value if m.date else "", m.location.name if m.location else "",
            (m.location.country or "") if m.location else "",
            m.quantity.to_record()["value"] if m.quantity else "",
            m.source.code if m.source else "",
            m.certainty.value, m.sentence,
        ]))  # fmt: skip


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = value.upper().split("-")
    if len(parts) != 2 or not all(len(p) == 3 and p.isalpha() for p in parts):
        raise click.BadParameter(
            f"{value!r}: give two country codes, like PRK-RUS", param_hint="--dyad"
        )
    return parts[0], parts[1]


def _iso(value: object) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else None


def _register_commands() -> None:
    # commands in modules of their own import this module's helpers, so they are
    # added once it is complete
    from watchfloor.commands import alerts, exchange, forget, notify, series
    from watchfloor.commands.assess import ach, assess
    from watchfloor.commands.serve import serve
    from watchfloor.commands.train import train
    from watchfloor.commands.watch import watch

    main.add_command(watch)
    main.add_command(serve)
    series.register(main)
    alerts.register(main)
    notify.register(main)
    main.add_command(assess)
    main.add_command(ach)
    main.add_command(forget.forget)
    main.add_command(train)
    for command in exchange.COMMANDS:
        main.add_command(command)


_register_commands()
