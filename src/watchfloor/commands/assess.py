"""``watchfloor assess`` and ``watchfloor ach``: the judgment layer on the command line."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from watchfloor.analyse.ach import CELLS
from watchfloor.analyse.assess import Assessment, load_config, save_assessment
from watchfloor.analyse.assess import assess as assess_focus
from watchfloor.analyse.hypotheses import load_hypotheses
from watchfloor.cli import _Context, _open_existing, _run, pass_context
from watchfloor.notify import assessment_notice
from watchfloor.report.assessment import render_assessment
from watchfloor.report.safety import inert, json_line, terminal
from watchfloor.resolve import load_sources
from watchfloor.store import CellOverride

_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.command()
@click.option("--focus", required=True, help="The focal country: KOR.")
@click.option(
    "--as-of",
    "as_of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Assess what was known on this day [the latest stored report's].",
)
@click.option(
    "--indicators",
    "indicator_files",
    type=_FILE,
    multiple=True,
    help="An indicator set (YAML), instead of the packaged ones; repeatable.",
)
@click.option("--hypotheses", "hypotheses_file", type=_FILE, help="Hypotheses (YAML).")
@click.option("--playbook", "playbook_file", type=_FILE, help="Response options (YAML).")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option("--no-save", is_flag=True, help="Do not store this assessment.")
@click.option(
    "--notices",
    "notices_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Append a threat-level notice here (JSON lines) when the level changed since "
    "the last stored assessment; `watchfloor notify --notices FILE` sends it.",
)
@pass_context
def assess(
    c: _Context,
    focus: str,
    as_of: datetime | None,
    indicator_files: tuple[Path, ...],
    hypotheses_file: Path | None,
    playbook_file: Path | None,
    fmt: str,
    no_save: bool,
    notices_file: Path | None,
) -> None:
    """Assess the threat to a focal country: which indicators fired and on what events,
    the threat as an ICD 203 probability phrase, competing hypotheses weighed against
    the evidence, the response options that became relevant, and what changed since
    the last assessment (each run is stored, unless --no-save).

    Example: watchfloor assess --focus KOR --format json --notices threat.jsonl
    """
    config = _run(lambda: load_config(indicator_files, hypotheses_file, playbook_file))
    registry = _run(lambda: load_sources(c.settings.data_dir))
    day = as_of.date() if as_of else None
    with _open_existing(c, write=not no_save) as store:
        found = _run(
            lambda: assess_focus(store, focus, as_of=day, config=config, registry=registry)
        )
        if not no_save:
            _run(lambda: save_assessment(store, found))
    if notices_file is not None:
        _append_notice(notices_file, found)
    if fmt == "json":
        click.echo(json_line(found.to_record(), indent=2))
    else:
        render_assessment(found, c.out)


def _append_notice(path: Path, found: Assessment) -> None:
    notice = assessment_notice(found)
    if notice is None:
        return
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(notice.payload() + "\n")
    except OSError as exc:
        raise click.ClickException(f"cannot write notices to {path}: {exc.strerror}") from exc


@click.group()
def ach() -> None:
    """Competing hypotheses: analysts' overrides of matrix cells, kept with who and when.

    Example: watchfloor ach override ev-04a025808407 economic-gain I --by kim
    """


@ach.command()
@click.argument("event_id")
@click.argument("hypothesis")
@click.argument("cell", type=click.Choice(CELLS))
@click.option("--by", "analyst", required=True, help="Who makes the judgment.")
@click.option("--reason", help="Why, in a sentence.")
@click.option(
    "--hypotheses",
    "hypotheses_file",
    type=_FILE,
    help="The hypotheses file the HYPOTHESIS id is from [the packaged one].",
)
@pass_context
def override(
    c: _Context,
    event_id: str,
    hypothesis: str,
    cell: str,
    analyst: str,
    reason: str | None,
    hypotheses_file: Path | None,
) -> None:
    """Set one cell of the ACH matrix (EVENT_ID against HYPOTHESIS) to CELL: CC very
    consistent, C consistent, N neutral, I inconsistent, II very inconsistent. The
    override is stored with who and when; a later one of the same cell replaces it.

    Example: watchfloor ach override ev-04a025808407 economic-gain I --by kim --reason "unpaid"
    """
    known = _run(lambda: load_hypotheses(hypotheses_file))
    ids = [h.id for h in known.hypotheses]
    if hypothesis not in ids:
        raise click.ClickException(
            inert(f"no hypothesis {hypothesis!r} in {known.file}; known: {', '.join(ids)}")
        )
    if not analyst.strip():
        raise click.ClickException("--by must name the analyst")
    with _open_existing(c, write=True) as store:
        if _run(lambda: store.event(event_id)) is None:
            raise click.ClickException(
                inert(f"no event {event_id!r} in {c.settings.db}: ")
                + "`watchfloor events` lists their ids"
            )
        saved = _run(
            lambda: store.assessments().add_override(
                CellOverride(event_id, hypothesis, cell, analyst.strip(), datetime.now(UTC), reason)
            )
        )
    c.out.print(
        f"{terminal(event_id)} × {terminal(hypothesis)} = {cell}, "
        f"by {terminal(saved.analyst)} at "
        f"{saved.at.isoformat(timespec='seconds')}"
    )


@ach.command("overrides")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True
)
@pass_context
def list_overrides(c: _Context, fmt: str) -> None:
    """List every stored override of an ACH cell, oldest first (later ones win).

    Example: watchfloor ach overrides --format jsonl
    """
    with _open_existing(c) as store:
        found = _run(lambda: store.assessments().overrides())
    for o in found:
        record = {
            "event": o.event_id,
            "hypothesis": o.hypothesis,
            "cell": o.cell,
            "by": o.analyst,
            "at": o.at.isoformat(timespec="seconds"),
            "reason": o.reason,
        }
        if fmt == "jsonl":
            sys.stdout.write(json_line(record) + "\n")
        else:
            c.out.print(" ".join(f"{k}={terminal(v)}" for k, v in record.items() if v is not None))

