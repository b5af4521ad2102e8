"""Notices go out once per channel, to a real HTTP receiver and SMTP server on loopback
and an Atom file; failures are reported and tried again."""

from __future__ import annotations

import json
import time
from datetime import UTC, date, datetime
from pathlib import Path

import feedparser

from watchfloor.analyse.alerts import Alert
from watchfloor.notify import (
    Notice,
    alert_notice,
    dispatch,
    load_notify_config,
    threat_notice,
    verify,
)
from watchfloor.notify.webhook import SIGNATURE_HEADER, TIMESTAMP_HEADER
from watchfloor.store import Store

from .conftest import Mailbox, Receiver

SECRET = "s3cret-for-tests"
NOW = datetime(2024, 11, 4, 9, 0, tzinfo=UTC)
ALERT = Alert(
    dyad="PRK-RUS", kind="conflict", change="sustained rise", start=date(2024, 10, 14),
    detected=date(2024, 10, 27), events=("ev-1", "ev-2", "ev-3"), grades=("B3", "F4", "B2"),
    score=5.2, p_value=0.001, expected=1.5, observed=7.0, period="week",
)  # fmt: skip
THREAT = threat_notice("KOR", "high", "moderate", at=NOW, probability=0.7, phrase="likely")


def config_file(tmp_path: Path, receiver: Receiver, mailbox: Mailbox | None = None) -> Path:
    text = f"""\
webhooks:
  - url: {receiver.url}
    secret_env: TEST_WEBHOOK_SECRET
    timeout: 5
atom:
  path: feed/alerts.atom
  title: Watch floor alerts
"""
    if mailbox is not None:
        text += f"""\
email:
  host: {mailbox.host}
  port: {mailbox.port}
  from: watchfloor@example.org
  to: [duty-officer@example.org, analyst@example.org]
"""
    path = tmp_path / "notify.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_signed_webhook_atom_and_email_each_sent_once(
    store: Store, tmp_path: Path, receiver: Receiver, smtp_server: Mailbox
) -> None:
    config = load_notify_config(config_file(tmp_path, receiver, smtp_server),
                                {"TEST_WEBHOOK_SECRET": SECRET})  # fmt: skip
    notices = [alert_notice(ALERT), THREAT]
    report = dispatch(store, notices, config, now=NOW)
    assert len(report.sent) == 6 and report.failed == [] and report.already == 0

    assert len(receiver.requests) == 2
    first = receiver.requests[0]
    assert verify(SECRET, first.headers[TIMESTAMP_HEADER], first.body,
                  first.headers[SIGNATURE_HEADER])  # fmt: skip
    assert not verify("wrong secret", first.headers[TIMESTAMP_HEADER], first.body,
                      first.headers[SIGNATURE_HEADER])  # fmt: skip
    assert abs(int(first.headers[TIMESTAMP_HEADER]) - time.time()) < 600
    record = json.loads(first.body)
    assert record["kind"] == "alert" and record["data"]["dyad"] == "PRK-RUS"
    assert record["data"]["events"] == ["ev-1", "ev-2", "ev-3"]
    assert json.loads(receiver.requests[1].body)["data"]["level"] == "high"

    assert len(smtp_server.messages) == 2
    mail = smtp_server.messages[0]
    assert mail["Subject"].startswith("[watchfloor] PRK-RUS conflict")
    assert "duty-officer@example.org" in mail["X-Rcpt-To"]
    assert "ev-1" in mail.get_payload()

    feed = feedparser.parse(str(tmp_path / "feed" / "alerts.atom"))
    assert not feed.bozo and feed.feed.title == "Watch floor alerts"
    assert [e.title for e in feed.entries] == [THREAT.title, alert_notice(ALERT).title]

    again = dispatch(store, notices, config, now=NOW)
    assert again.sent == [] and again.already == 6
    assert len(receiver.requests) == 2 and len(smtp_server.messages) == 2


def test_a_new_notice_joins_the_feed_and_goes_out_alone(
    store: Store, tmp_path: Path, receiver: Receiver
) -> None:
    config = load_notify_config(config_file(tmp_path, receiver), {"TEST_WEBHOOK_SECRET": SECRET})
    dispatch(store, [alert_notice(ALERT)], config, now=NOW)
    report = dispatch(store, [alert_notice(ALERT), THREAT], config, now=NOW)
    assert [(d.channel.split(":")[0], d.key) for d in report.sent] == [
        ("webhook", THREAT.key), ("atom", THREAT.key)
    ]  # fmt: skip
    feed = feedparser.parse(str(tmp_path / "feed" / "alerts.atom"))
    assert len(feed.entries) == 2 and feed.entries[0].title == THREAT.title


def test_a_failed_delivery_is_reported_and_tried_again(
    store: Store, tmp_path: Path, receiver: Receiver
) -> None:
    config = load_notify_config(config_file(tmp_path, receiver), {"TEST_WEBHOOK_SECRET": SECRET})
    receiver.status = 500
    report = dispatch(store, [alert_notice(ALERT)], config, now=NOW)
    assert len(report.failed) == 1 and "answered 500" in (report.failed[0].error or "")
    assert [d.channel.split(":")[0] for d in report.sent] == ["atom"]  # the others go on
    receiver.status = 200
    retried = dispatch(store, [alert_notice(ALERT)], config, now=NOW)
    assert [d.channel.split(":")[0] for d in retried.sent] == ["webhook"]
    assert len(receiver.requests) == 2


def test_an_unreachable_smtp_server_fails_cleanly(
    store: Store, tmp_path: Path, receiver: Receiver
) -> None:
    closed = Mailbox("127.0.0.1", 1)  # nothing listens on port 1
    config = load_notify_config(config_file(tmp_path, receiver, closed),
                                {"TEST_WEBHOOK_SECRET": SECRET})  # fmt: skip
    report = dispatch(store, [THREAT], config, now=NOW)
    assert [d.channel.split(":")[0] for d in report.failed] == ["email"]
    assert "127.0.0.1:1" in (report.failed[0].error or "")
    assert len(report.sent) == 2


def test_dry_run_sends_and_records_nothing(
    store: Store, tmp_path: Path, receiver: Receiver
) -> None:
    config = load_notify_config(config_file(tmp_path, receiver), {"TEST_WEBHOOK_SECRET": SECRET})
    report = dispatch(store, [THREAT], config, now=NOW, dry_run=True)
    assert len(report.sent) == 2 and receiver.requests == []
    assert not (tmp_path / "feed" / "alerts.atom").exists()
    assert store.sent_notices(config.webhooks[0].channel) == []


def test_notice_records_round_trip() -> None:
    assert Notice.from_record(json.loads(THREAT.payload())) == THREAT
    notice = alert_notice(ALERT)
    assert notice.key == "alert/PRK-RUS/conflict/2024-10-14"
    assert "7 conflict events" in notice.summary
