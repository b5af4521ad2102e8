"""`watchfloor watch` as a real process: --once for cron, and SIGTERM stopping the
service cleanly, between documents, with what it stored whole and the rest caught up."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

from watchfloor.store import open_store
from watchfloor.watch.guard import is_public

from .conftest import FeedServer, Route, feeds_yaml, rss

ENTRIES = 120


def command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-c", "from watchfloor.cli import main; main()", "--db", str(db),
            *args]  # fmt: skip


def loopback_feeds(tmp_path: Path, server: FeedServer) -> Path:
    return feeds_yaml(tmp_path, f"allow_private: true\nfeeds:\n  - name: Loopback Wire\n"
                                f"    url: {server.url('/feed.xml')}\n    every: 1h\n")  # fmt: skip


def test_once_runs_one_cycle_and_prints_it(tmp_path: Path, feed_server: FeedServer) -> None:
    feed_server.routes["/feed.xml"] = Route(rss(feed_server, 2), etag='"a"')
    done = subprocess.run(command(tmp_path / "w.db", "watch", str(loopback_feeds(tmp_path,
                          feed_server)), "--once", "--json"), capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    (feed,) = json.loads(done.stdout)["feeds"]
    assert (feed["status"], feed["stored"]) == ("fetched", 2)
    assert "feed Loopback Wire: fetched, 2 new documents" in done.stderr


def test_once_fails_when_no_feed_can_be_polled(tmp_path: Path, feed_server: FeedServer) -> None:
    feed_server.failing = True
    feeds = feeds_yaml(tmp_path, f"allow_private: true\ndefaults:\n  retries: 0\nfeeds:\n"
                                 f"  - url: {feed_server.url('/feed.xml')}\n")  # fmt: skip
    done = subprocess.run(command(tmp_path / "w.db", "watch", str(feeds), "--once"),
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 1
    assert "no feed could be polled" in done.stderr and "HTTP 503" in done.stderr


def test_a_bad_feeds_file_is_named_with_its_line(tmp_path: Path) -> None:
    feeds = feeds_yaml(tmp_path, "feeds:\n  - url: gopher://old.example/\n")
    done = subprocess.run(command(tmp_path / "w.db", "watch", str(feeds), "--once"),
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 1
    assert f"{feeds}:2: url must be an http:// or https:// address" in done.stderr


def test_sigterm_stops_the_service_cleanly_and_the_rest_is_caught_up(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.routes["/feed.xml"] = Route(rss(feed_server, ENTRIES), etag='"big"')
    db, feeds = tmp_path / "w.db", loopback_feeds(tmp_path, feed_server)
    service = subprocess.Popen(command(db, "watch", str(feeds)), stderr=subprocess.PIPE,
                               text=True)  # fmt: skip
    try:
        assert feed_server.served.wait(120), "the service never asked for the feed"
        service.send_signal(signal.SIGTERM)
        _, log = service.communicate(timeout=120)
    finally:
        service.kill()
    assert service.returncode == 0, log
    assert "SIGTERM: stopping after the current document" in log
    assert log.rstrip().endswith("stopped cleanly")
    with open_store(f"sqlite:///{db}") as store:
        stored = store.documents()
        assert all(store.sentences(d.id) for d in stored), "every stored document is whole"
        state = store.feed_states()
    if len(stored) < ENTRIES:  # stopped mid-feed: its validators were not saved
        assert "stopped after" in log and not (state and state[0].etag)

    again = subprocess.run(command(db, "watch", str(feeds), "--once"), capture_output=True,
                           text=True, timeout=120)  # fmt: skip
    assert again.returncode == 0, again.stderr
    with open_store(f"sqlite:///{db}") as store:
        assert store.counts()["documents"] == ENTRIES


def test_the_guard_knows_public_from_private_addresses() -> None:
    assert is_public("93.184.216.34") and is_public("2606:2800:220:1::1")
    for address in ("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                    "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1",
                    "224.0.0.1"):  # fmt: skip
        assert not is_public(address), address
