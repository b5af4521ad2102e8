"""`watchfloor notify` end to end: alerts found in a real store and a notices file, sent
to a receiver on loopback, once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyse.streams import store_stream, weekly  # tests/analyse, on the path as pytest runs
from watchfloor.cli import main
from watchfloor.store import Store

from .conftest import Receiver
from .test_dispatch import NOW, THREAT

RULES = """\
kinds:
  conflict:
    quad_classes: [3, 4]
watch:
  - dyad: PRK-RUS
    kinds: [conflict]
"""


def test_notify_sends_new_alerts_and_notices_once(
    store: Store, db_path: Path, tmp_path: Path, receiver: Receiver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    store_stream(store, weekly([1, 2, 1, 0, 2, 1, 1, 2, 0, 1, 2, 1] * 2 + [6, 8, 7]))
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / "notify.yaml").write_text(
        f"webhooks:\n  - url: {receiver.url}\n    secret_env: TEST_HOOK\n", encoding="utf-8"
    )
    (tmp_path / "threat.jsonl").write_text(THREAT.payload() + "\n", encoding="utf-8")
    monkeypatch.setenv("TEST_HOOK", "secret")
    monkeypatch.setenv("WATCHFLOOR_NOTIFY", str(tmp_path / "notify.yaml"))
    args = ["--db", str(db_path), "notify", "--rules", str(tmp_path / "rules.yaml"),
            "--notices", str(tmp_path / "threat.jsonl"), "--json"]  # fmt: skip
    runner = CliRunner()
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    sent = json.loads(first.output)["sent"]
    assert [d["key"].split("/")[0] for d in sent] == ["alert", "threat"]
    bodies = [json.loads(r.body) for r in receiver.requests]
    assert bodies[0]["data"]["dyad"] == "PRK-RUS" and bodies[1]["key"] == THREAT.key
    second = runner.invoke(main, args)
    assert json.loads(second.output) == {"sent": [], "already_sent": 2, "failed": []}
    assert len(receiver.requests) == 2
    assert NOW.year == 2024


def test_a_bad_notices_file_names_its_line(db_path: Path, store: Store, tmp_path: Path) -> None:
    (tmp_path / "notify.yaml").write_text("atom:\n  path: feed.atom\n", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text(THREAT.payload() + "\n{\"key\": 1}\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["--db", str(db_path), "notify", "--config",
                                    str(tmp_path / "notify.yaml"), "--notices",
                                    str(tmp_path / "bad.jsonl")])  # fmt: skip
    assert out.exit_code == 1 and f"{tmp_path / 'bad.jsonl'}:2: not a notice" in out.output
