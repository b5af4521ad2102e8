"""``watchfloor notify``: send new alerts (and notices from other producers) out."""

from __future__ import annotations

import json
from pathlib import Path

import click

from watchfloor.analyse.alert_rules import load_alert_rules
from watchfloor.analyse.alerts import find_alerts
from watchfloor.cli import _Context, _open_existing, _run, pass_context
from watchfloor.commands.alerts import DAY, as_day
from watchfloor.errors import InputError
from watchfloor.notify import Notice, alert_notice, dispatch, load_notify_config
from watchfloor.report.safety import json_line, terminal
from watchfloor.resolve import load_sources


@click.command()
@click.option(
    "--config",
    "config_file",
    envvar="WATCHFLOOR_NOTIFY",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to send (YAML) [env WATCHFLOOR_NOTIFY].",
)
@click.option(
    "--rules",
    "rules_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Your own alert rules (default: the packaged ones).",
)
@click.option("--since", type=DAY, help="Only alerts detected on or after this day.")
@click.option(
    "--notices",
    "notice_files",
    multiple=True,
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Also send these notices (JSON lines, e.g. threat-level changes).",
)
@click.option("--dry-run", is_flag=True, help="Say what would go out; send nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print what was sent as JSON.")
@pass_context
def notify(c: _Context, config_file: Path, rules_file: Path | None, since: object,
           notice_files: tuple[Path, ...], dry_run: bool, as_json: bool) -> None:  # fmt: skip
    """Send new escalation alerts, and any notices given with --notices (such as
    threat-level changes), as HMAC-signed webhooks, an Atom feed and email. Each notice
    goes to each channel once: the database remembers what was sent, and a failed
    delivery is tried again on the next run.

    Example: watchfloor notify --config notify.yaml --since 2024-10-01
    """
    config = _run(lambda: load_notify_config(config_file))
    rules = _run(lambda: load_alert_rules(rules_file))
    registry = _run(lambda: load_sources(c.settings.data_dir))
    extra = _run(lambda: [n for path in notice_files for n in read_notices(path)])
    with _open_existing(c, write=True) as store:
        found = _run(lambda: find_alerts(store, rules, since=as_day(since), registry=registry))
        notices = [alert_notice(a) for a in found] + extra
        report = _run(lambda: dispatch(store, notices, config, dry_run=dry_run))
    if as_json:
        click.echo(json_line(report.to_dict(), indent=2))
    else:
        verb = "would send" if dry_run else "sent"
        c.out.print(f"{len(notices)} notices: {verb} {len(report.sent)}, "
                    f"{report.already} already sent, {len(report.failed)} failed")  # fmt: skip
    for failure in report.failed:
        c.err.print(f"[yellow]not sent[/] {terminal(failure.key)}: {terminal(failure.error)}")
    if report.failed and not report.sent:
        raise SystemExit(1)


def read_notices(path: Path) -> list[Notice]:
    """Notices from a JSON-lines file; raises InputError naming the file and line."""
    notices = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            notices.append(Notice.from_record(json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}: not a notice ({exc}); each line is a JSON "
                             "object with key, kind, title, summary and at") from exc  # fmt: skip
    return notices


def register(group: click.Group) -> None:
    """Add the command to ``group`` (cli.py calls it: a typed hook across the import cycle)."""
    group.add_command(notify)
