"""Output safety of the commands added beside the original ones (issue 12, item 5):
series, alerts, assess/ach, export/import, notify, watch, forget over a store whose ids,
outlets, titles, sentences, actor texts and place names hold escape sequences, rich
markup, a CSV formula, tabs and newlines. Nothing prints a control character or crashes
on markup, ``[est.]`` stays visible, CSV/TSV cells are no formulas and rows stay whole,
and JSON gives the stored text back unchanged."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from report.test_safety import has_control  # tests/report, on the path as pytest runs
from watchfloor import models as m
from watchfloor.analyse.alert_rules import load_alert_rules
from watchfloor.analyse.alerts import find_alerts
from watchfloor.cli import main
from watchfloor.exchange import gdelt
from watchfloor.notify import Notice
from watchfloor.notify.atom import render_feed
from watchfloor.notify.config import AtomTarget, EmailTarget
from watchfloor.notify.email import message_of
from watchfloor.report.safety import tsv_field, xml_text
from watchfloor.resolve import ResolveRules, load_sources, resolve_pending
from watchfloor.store import SentNotice, open_store

CLEAR = "\x1b[2J"
OSC8 = "\x1b]8;;http://x\x1b\\"
FORMULA = '=HYPERLINK("http://x","y")'
MARKUP = "[/] [bold red]"
# what every hostile field holds: escapes (7- and 8-bit), markup, [est.], a formula, a
# tab, a newline and a bidi override
BAD = f"{CLEAR}{OSC8}{MARKUP} [est.]\t{FORMULA}\nend \x9b31m\u202e"
CODES = ("190", "193", "194", "195", "180", "181", "183", "186", "173", "172")
CLEAN_ENV = {"WATCHFLOOR_DB": None, "WATCHFLOOR_DATA": None, "COLUMNS": "250"}


def hostile_extractions() -> list[m.Extraction]:
    """PRK-KOR conflict, one report a week for sixteen weeks and then nine in a week (an
    escalation alert), every article-derived field hostile."""
    start = date(2024, 1, 1)
    days = [start + timedelta(days=7 * week) for week in range(16)]
    days += [start + timedelta(days=7 * 16 + k * 7 // 9) for k in range(9)]
    found = []
    for index, day in enumerate(days):
        code = CODES[index % len(CODES)]
        text = f"North Korea {BAD} attacked South Korea ({code})."
        doc = f"{FORMULA}{CLEAR}[/]\t{index:03d}\n"
        mention = m.Mention(
            doc=doc, sentence=text, span=(0, len(text)), code=code, goldstein=-5.0,
            actor1=m.Actor("PRK", f"North Korea {BAD}"), actor2=m.Actor("KOR", f"South {BAD}"),
            certainty=m.Certainty.ASSERTED, date=m.EventDate(day.isoformat(), day.isoformat()),
            location=m.Place(f"{FORMULA} {BAD} {index}", "KOR"),
        )  # fmt: skip
        document = m.Document(doc, text, published=day, outlet=f"{FORMULA} Wire {BAD}",
                            title=f"Title {BAD}")  # fmt: skip
        found.append(m.Extraction(document, (m.Sentence(0, 0, len(text), text),), (mention,)))
    return found


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("hostile-commands") / "watchfloor.db"
    with open_store(f"sqlite:///{db}") as store:
        for extraction in hostile_extractions():
            store.save_extraction(extraction)
        resolve_pending(store, ResolveRules(load_sources()))
        assert find_alerts(store, load_alert_rules(), registry=load_sources())
    return db


def run(db: Path, *args: str) -> Result:
    return CliRunner(env=CLEAN_ENV).invoke(main, ["--db", str(db), *args])


def safe(result: Result) -> str:
    assert result.exit_code == 0, (result.output, result.exception)
    assert result.exception is None
    assert not has_control(result.output), repr(result.output)
    return result.stdout


TERMINAL = [
    ["series", "PRK-KOR"], ["series", "PRK-KOR", "--format", "csv"],
    ["series", "PRK-KOR", "--format", "json"], ["alerts"], ["alerts", "--format", "jsonl"],
    ["assess", "--focus", "KOR", "--no-save"],
    ["assess", "--focus", "KOR", "--no-save", "--format", "json"],
    ["export", "--format", "plover"], ["export", "--format", "jsonl"],
    ["export", "--format", "geojson"], ["export", "--format", "csv"],
    ["export", "--format", "acled"], ["export", "--format", "gdelt"],
    ["export", "--format", "gdelt-mentions"], ["mentions"], ["events"],
    ["brief", "--dyad", "PRK-KOR"], ["brief", "--format", "markdown"],
    ["brief", "--focus", "KOR"], ["brief", "--focus", "KOR", "--format", "markdown"],
    ["mentions", "--format", "csv"], ["events", "--format", "csv"],
    ["brief", "--focus", "KOR", "--format", "html"],
]  # fmt: skip


@pytest.mark.parametrize("args", TERMINAL, ids=" ".join)
def test_no_new_command_crashes_or_prints_a_control_character(
    hostile_store: Path, args: list[str]
) -> None:
    safe(run(hostile_store, *args))


@pytest.mark.parametrize("fmt", ["csv", "acled"])
def test_export_csv_cells_are_no_formulas_and_rows_stay_whole(
    hostile_store: Path, fmt: str
) -> None:
    rows = list(csv.reader(io.StringIO(safe(run(hostile_store, "export", "--format", fmt)))))
    assert len(rows) > 1 and len({len(r) for r in rows}) == 1
    cells = [cell for row in rows for cell in row]
    assert not any(c.startswith(("=", "@", "+")) for c in cells)
    assert not any("\n" in c or "\t" in c for c in cells)
    assert any(c.startswith("'=HYPERLINK") and "[est.]" in c for c in cells)


GDELT_WIDTHS = [("gdelt", len(gdelt.EVENT_COLUMNS)),
                ("gdelt-mentions", len(gdelt.MENTION_COLUMNS))]  # fmt: skip


@pytest.mark.parametrize(("fmt", "width"), GDELT_WIDTHS)
def test_export_gdelt_rows_keep_their_columns(hostile_store: Path, fmt: str, width: int) -> None:
    lines = safe(run(hostile_store, "export", "--format", fmt)).splitlines()
    assert lines
    for line in lines:
        cells = line.split("\t")
        assert len(cells) == width, cells
        assert not any(c.startswith(("=", "@")) for c in cells)
    assert "[est.]" in "".join(lines)


def test_export_json_gives_the_stored_text_back(hostile_store: Path) -> None:
    places = {f"{FORMULA} {BAD} {i}" for i in range(25)}
    lines = safe(run(hostile_store, "export", "--format", "jsonl")).splitlines()
    assert {json.loads(line)["location"] for line in lines} <= places
    collection = json.loads(safe(run(hostile_store, "export", "--format", "geojson")))
    assert {f["properties"]["location"] for f in collection["features"]} <= places


def test_series_csv_and_alerts_table(hostile_store: Path) -> None:
    rows = list(csv.reader(io.StringIO(safe(run(hostile_store, "series", "PRK-KOR",
                                                "--format", "csv")))))  # fmt: skip
    assert len(rows) > 2
    shown = safe(run(hostile_store, "alerts"))
    assert "KOR" in shown


def test_ach_overrides_show_hostile_analyst_and_reason(hostile_store: Path) -> None:
    event = json.loads(safe(run(hostile_store, "events", "--format", "jsonl")).splitlines()[0])
    first = json.loads(
        safe(run(hostile_store, "assess", "--focus", "KOR", "--no-save", "--format", "json"))
    )["hypotheses"][0]["id"]
    said = safe(run(hostile_store, "ach", "override", event["id"], first, "I", "--by",
                    f"kim {BAD}", "--reason", f"because {BAD}"))  # fmt: skip
    assert "[est.]" in said
    table = safe(run(hostile_store, "ach", "overrides"))
    assert "[est.]" in table and "[/]" in table
    listed = safe(run(hostile_store, "ach", "overrides", "--format", "jsonl")).splitlines()
    assert json.loads(listed[-1])["reason"] == f"because {BAD}"


def test_unknown_ids_are_quoted_inertly(hostile_store: Path) -> None:
    missing = run(hostile_store, "ach", "override", f"ev-{BAD}", "x", "I", "--by", "kim")
    assert missing.exit_code != 0 and not has_control(missing.output)
    forgot = run(hostile_store, "forget", f"nope {BAD}")
    assert forgot.exit_code == 1 and not has_control(forgot.output)


def test_import_problems_quote_the_bad_row_inertly(hostile_store: Path, tmp_path: Path) -> None:
    db = tmp_path / "import.db"
    bad = tmp_path / f"bad{CLEAR}.CSV"
    bad.write_text(f"{BAD}\t{FORMULA}\n", encoding="utf-8")
    result = run(db, "import", str(bad), "--format", "gdelt")
    assert result.exit_code == 1
    assert not has_control(result.output), repr(result.output)
    assert "Traceback" not in result.output


# -- notifications ------------------------------------------------------------------

NOTICE = Notice(key=f"k{BAD}", kind=f"alert{BAD}", title=f"Title {BAD}",
                summary=f"Summary {BAD}", at=datetime(2024, 11, 1, 12, tzinfo=UTC),
                data={"text": BAD}, link=f"http://x/{BAD}")  # fmt: skip


def test_email_headers_are_one_line_and_the_body_inert() -> None:
    message = message_of(NOTICE, EmailTarget(host="127.0.0.1", port=25, sender="a@x",
                                              recipients=("b@x",)))  # fmt: skip
    assert "\n" not in str(message["Subject"]) and "[est.]" in str(message["Subject"])
    body = message.get_content()
    assert not has_control(body) and "Summary" in body
    payload = body.split("The notice as JSON:\n", 1)[1].strip()
    assert json.loads(payload)["data"]["text"] == BAD  # lossless


def test_the_atom_feed_stays_valid_xml(tmp_path: Path) -> None:
    sent = SentNotice(channel="atom", key=NOTICE.key, kind=NOTICE.kind, title=NOTICE.title,
                      summary=NOTICE.summary, link=NOTICE.link, payload=NOTICE.payload(),
                      at=NOTICE.at, sent_at=NOTICE.at)  # fmt: skip
    body = render_feed(AtomTarget(path=tmp_path / "f.atom"), [sent], NOTICE.at)
    feed = ET.fromstring(body)
    text = body.decode("utf-8")
    assert not has_control(text.replace("\n", "")) and "[est.]" in text
    content = feed.find("{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}content")
    assert content is not None and json.loads(content.text or "")["data"]["text"] == BAD


def test_notify_dry_run_with_a_hostile_notice(hostile_store: Path, tmp_path: Path) -> None:
    (tmp_path / "notify.yaml").write_text(f"atom:\n  path: {tmp_path / 'feed.atom'}\n",
                                          encoding="utf-8")  # fmt: skip
    (tmp_path / "n.jsonl").write_text(NOTICE.payload() + "\n", encoding="utf-8")
    shown = run(hostile_store, "notify", "--config", str(tmp_path / "notify.yaml"),
                "--notices", str(tmp_path / "n.jsonl"), "--dry-run")  # fmt: skip
    safe(shown)


# -- watch's log ----------------------------------------------------------------------


def test_watch_log_lines_are_inert(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text('allow_private: true\ndefaults:\n  retries: 0\nfeeds:\n'
                     '  - name: "Wire \\e[2J \\e]8;;http://x\\e\\\\ [/] [est.]\\tx"\n'
                     "    url: http://127.0.0.1:9/feed.xml\n", encoding="utf-8")  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", "from watchfloor.cli import main; main()", "--db",
         str(tmp_path / "w.db"), "watch", str(feeds), "--once"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "Wire" in done.stderr and "[est.]" in done.stderr
    assert not has_control(done.stderr.replace("\n", "")), repr(done.stderr)


# -- the helpers the writers use -------------------------------------------------------


def test_tsv_field_keeps_a_row_whole_and_a_number_a_number() -> None:
    assert tsv_field(f"a\tb\nc {FORMULA}") == f"a b c {FORMULA}"
    assert tsv_field(FORMULA) == "'" + FORMULA
    assert tsv_field(f"{CLEAR}x") == "x"
    assert (tsv_field("-5.0"), tsv_field(None), tsv_field(0)) == ("-5.0", "", "0")


def test_xml_text_holds_no_character_xml_forbids() -> None:
    value = xml_text(f"a\x00b\x0bc{CLEAR}d\ud800")
    ET.fromstring(f"<a>{value}</a>".encode())
    assert xml_text(None) == ""
