"""What the serve tests store: the sample corpus and a hostile article."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from watchfloor.models import (
    Actor,
    Certainty,
    Document,
    EventDate,
    Extraction,
    Mention,
    Place,
    Sentence,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
TOKEN = "test-token-7f3a"

HOSTILE = {
    "id": "hostile-1",
    "title": "<b>Bold</b> claims <script>window.__pwned = 'title'</script>",
    "published": "2024-11-02",
    "outlet": "<i>Injected</i> Wire",
    "url": "javascript:window.__pwned='url'",
    "text": (
        "North Korea has sent about 2,000 <script>window.__pwned = 'sentence'</script> "
        "troops to Russia <img src=x onerror=\"window.__pwned='img'\">, South Korea's "
        "National Intelligence Service said on Friday."
    ),
}


CONFLICT_CODES = ("111", "112", "113", "121", "122", "125", "128", "131", "132", "138")
PLACES = ("UKR", "RUS", "PRK", "KOR", "CHN", "JPN")


def escalation() -> list[tuple[str, str, str]]:
    """(day, code, place) of PRK-KOR conflict: one event a week for sixteen weeks, then
    nine in one week; no two in a week share code and place, so each stays its own event."""
    combos = [(c, p) for p in PLACES for c in CONFLICT_CODES]
    counts = [1] * 16 + [9]
    planted, turn = [], 0
    for week, count in enumerate(counts):
        for k in range(count):
            code, place = combos[turn % len(combos)]
            turn += 1
            day = date(2024, 1, 1) + timedelta(days=7 * week + (k * 7) // count)
            planted.append((day.isoformat(), code, place))
    return planted


def escalation_extractions() -> list[Extraction]:
    """The escalation as stored documents, one report each."""
    found = []
    for index, (day, code, place) in enumerate(escalation()):
        text = f"North Korea attacked South Korea ({code}) on {day}."
        doc = f"esc-{index:03d}"
        mention = Mention(
            doc=doc, sentence=text, span=(0, len(text)), code=code, goldstein=-5.0,
            actor1=Actor("PRK", "North Korea"), actor2=Actor("KOR", "South Korea"),
            certainty=Certainty.ASSERTED, date=EventDate(day, day),
            location=Place(f"somewhere in {place}", place),
        )  # fmt: skip
        document = Document(doc, text, published=date.fromisoformat(day), outlet="Wire")
        found.append(Extraction(document, (Sentence(0, 0, len(text), text),), (mention,)))
    return found
