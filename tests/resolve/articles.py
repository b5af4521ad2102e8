"""Fixtures for event resolution: articles written for these tests, ingested with the
real extractor into a SQLite file in tmp_path.

tests/resolve/data tells one story: North Korea sends troops to Russia in March 2026,
reported with different figures by different claimants, copied by syndication, denied
by the accused and doubted by third parties; and a second contingent in September.

- batch1/     res-01 (South Korea's NIS via Harbor Wire, about 2,000 troops) and res-02
              (the Pentagon via Capital Ledger, 4,000 to 5,000)
- batch2/     res-03 (Ukraine's military intelligence, about 6,000), res-04 (Pyongyang
              denies it), res-05 (Seaboard Daily's syndicated copy of res-02), res-06
              (the NIS again, via Pacific Bulletin, about 3,000), res-07 (a second
              contingent in September), res-08 (Russia sends air defences the other way)
- contested/  res-09 (China and Mongolia deny it: contradictions by third parties)
- lent/       res-10 (Belarus sends troops to Serbia: the Pentagon counts them, NATO
              only confirms that units were deployed)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from watchfloor import IngestReport
from watchfloor.resolve import ResolvedEvent

DATA = Path(__file__).parent / "data"
BATCH1 = DATA / "batch1"
BATCH2 = DATA / "batch2"
CONTESTED = DATA / "contested"
LENT = DATA / "lent"
MARCH = ("res-01", "res-02", "res-03", "res-04", "res-05", "res-06")

Ingest = Callable[..., IngestReport]
Events = Callable[..., list[ResolvedEvent]]


def event_of(found: Sequence[ResolvedEvent], doc: str, code: str = "072") -> ResolvedEvent:
    """The event holding ``doc``'s mention of ``code``."""
    matches = [e for e in found if any(m.doc == doc and m.mention.code == code for m in e.members)]
    assert len(matches) == 1, (doc, [e.id for e in matches])
    return matches[0]


def march(found: Sequence[ResolvedEvent]) -> ResolvedEvent:
    """The March deployment: the event that holds res-01's report."""
    return event_of(found, "res-01")
