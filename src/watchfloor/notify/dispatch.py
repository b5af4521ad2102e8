"""Send notices to every configured channel, each notice once per channel: the store
remembers what went out (``notices_sent``); a failed delivery is reported, not recorded,
and tried again on the next run. One channel failing never stops the others."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial

from watchfloor.notify import atom, email, webhook
from watchfloor.notify.config import EmailTarget, NotifyConfig, WebhookTarget
from watchfloor.notify.notice import Notice
from watchfloor.notify.webhook import DeliveryError
from watchfloor.store import SentNotice, Store


@dataclass(frozen=True, slots=True)
class Delivery:
    channel: str
    key: str
    error: str | None = None


@dataclass(slots=True)
class DispatchReport:
    """``sent``: deliveries made; ``already``: how many notice-channel pairs had gone
    out before; ``failed``: deliveries that failed, with why (tried again next run)."""

    sent: list[Delivery] = field(default_factory=list)
    already: int = 0
    failed: list[Delivery] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        failed = [{"channel": d.channel, "key": d.key, "error": d.error} for d in self.failed]
        return {
            "sent": [{"channel": d.channel, "key": d.key} for d in self.sent],
            "already_sent": self.already,
            "failed": failed,
        }


def dispatch(
    store: Store,
    notices: Sequence[Notice],
    config: NotifyConfig,
    *,
    now: datetime | None = None,
    dry_run: bool = False,
) -> DispatchReport:
    """Deliver the notices not yet sent to each channel of ``config``. ``dry_run``: say
    what would go out, send and record nothing."""
    at = now or datetime.now(UTC)
    report = DispatchReport()
    unique = list({n.key: n for n in notices}.values())
    senders: list[tuple[str, Callable[[Notice], None]]] = [
        (t.channel, partial(_post, t)) for t in config.webhooks
    ]
    if config.email is not None:
        senders.append((config.email.channel, partial(_mail, config.email)))
    for channel, send in senders:
        for notice in _pending(store, channel, unique, report):
            if dry_run:
                report.sent.append(Delivery(channel, notice.key))
                continue
            try:
                send(notice)
            except DeliveryError as exc:
                report.failed.append(Delivery(channel, notice.key, str(exc)))
                continue
            store.record_notice(_sent(channel, notice, at))
            report.sent.append(Delivery(channel, notice.key))
    if config.atom is not None:
        _feed(store, config, unique, report, at, dry_run)
    return report


def _post(target: WebhookTarget, notice: Notice) -> None:
    webhook.post(target, notice.payload().encode("utf-8"))


def _mail(target: EmailTarget, notice: Notice) -> None:
    email.send(notice, target)


def _pending(
    store: Store, channel: str, notices: Sequence[Notice], report: DispatchReport
) -> list[Notice]:
    done = store.sent_notice_keys(channel, [n.key for n in notices])
    report.already += len(done)
    return [n for n in notices if n.key not in done]


def _feed(
    store: Store,
    config: NotifyConfig,
    notices: Sequence[Notice],
    report: DispatchReport,
    at: datetime,
    dry_run: bool,
) -> None:
    """New notices join the feed: the file is written with them first, and only then
    are they recorded, so a feed that could not be written is tried again."""
    target = config.atom
    assert target is not None
    fresh = [_sent(target.channel, n, at) for n in _pending(store, target.channel, notices, report)]
    if not fresh:
        return
    if dry_run:
        report.sent += [Delivery(target.channel, s.key) for s in fresh]
        return
    shown = [*reversed(fresh), *store.sent_notices(target.channel, target.max_entries)]
    try:
        atom.write_feed(target, shown[: target.max_entries], at)
    except OSError as exc:
        error = f"atom feed {target.path} could not be written: {exc}"
        report.failed += [Delivery(target.channel, s.key, error) for s in fresh]
        return
    for sent in fresh:
        store.record_notice(sent)
        report.sent.append(Delivery(target.channel, sent.key))


def _sent(channel: str, notice: Notice, at: datetime) -> SentNotice:
    return SentNotice(
        channel=channel, key=notice.key, kind=notice.kind, title=notice.title,
        summary=notice.summary, link=notice.link, payload=notice.payload(),
        at=notice.at, sent_at=at,
    )  # fmt: skip
