"""``watchfloor watch FEEDS.yaml``: the feed-watching service on the command line."""

from __future__ import annotations

import signal
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

import click

from watchfloor.cli import _Context, _run, pass_context
from watchfloor.extract import Extractor
from watchfloor.report.safety import json_line, one_line
from watchfloor.watch import Watcher, load_feeds

FAILED = ("failed", "refused", "error")


@click.command()
@click.argument("feeds_file", type=click.Path(path_type=Path))
@click.option("--once", is_flag=True,
              help="Run one cycle over every feed, then exit (for cron and tests).")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="With --once, print the cycle as JSON.")
@pass_context
def watch(c: _Context, feeds_file: Path, once: bool, as_json: bool) -> None:
    """Watch RSS/Atom feeds (and their article pages) listed in a YAML file, each on its
    own schedule, storing, resolving and alerting on what is new, until SIGTERM or
    Ctrl-C (which stop it between documents). Conditional requests, retries with
    backoff, size, time and content-type limits, robots.txt, and no private addresses
    unless the file allows them. Each line of the log goes to stderr.

    Example: watchfloor --db watch.db watch feeds.yaml
    """
    feeds = _run(lambda: load_feeds(feeds_file))
    stop = threading.Event()
    _stop_on_signals(stop)
    extractor = _run(lambda: Extractor.from_settings(c.settings))
    watcher = Watcher(feeds, c.settings, stop=stop, log=_log, extractor=extractor)
    _log(f"watching {len(feeds.feeds)} feeds from {feeds_file} into {c.settings.db}")
    if once:
        report = _run(lambda: watcher.run_cycle(every_feed=True))
        if as_json:
            click.echo(json_line(report.to_dict(), indent=2, default=str))
        if report.outcomes and all(o.status in FAILED for o in report.outcomes):
            raise click.ClickException("no feed could be polled; see the lines above")
        return
    _run(watcher.run_forever)
    _log("stopped cleanly")


def _stop_on_signals(stop: threading.Event) -> None:
    def handle(number: int, _frame: FrameType | None) -> None:
        _log(f"{signal.Signals(number).name}: stopping after the current document")
        stop.set()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)


def _log(message: str) -> None:
    # feed names, titles, errors quoting a feed: one inert line each
    sys.stderr.write(f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ} {one_line(message)}\n")
    sys.stderr.flush()
