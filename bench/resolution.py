"""Event resolution against the dev gold: B-cubed precision, recall and F1.

    .venv/bin/python bench/resolution.py [GOLD_DIR] [--verbose]

The gold clustering: gold events that share code, actor1 country, actor2 country and
month (the date value's first 7 characters, else the published month) are one event,
across documents. Two figures are printed:

- gold mentions: the gold records themselves are stored and resolved, so the figure
  measures clustering alone, free of extraction errors;
- extractor mentions: the documents are ingested with the real extractor (as
  ``watchfloor ingest`` does); each gold record is matched to a system mention of its
  document with the same code (else the same root) and actor countries, and the
  clustering is scored over the gold records that found a match (coverage printed).

B-cubed (Bagga and Baldwin 1998): for each item, precision is the share of its system
cluster that is in its gold cluster and recall the share of its gold cluster that is in
its system cluster; both are averaged over items. A script that prints figures, not a
test: it never fails on a low score.
"""

from __future__ import annotations

import sys
import tempfile
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from watchfloor import Settings, ingest
from watchfloor.ingest import NearDuplicateIndex
from watchfloor.models import Document, Extraction, Mention
from watchfloor.resolve import ResolveRules, load_sources, resolve_pending
from watchfloor.scoring import load_gold
from watchfloor.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIRS = (ROOT.parent / "shared" / "gold" / "dev", ROOT / "tests" / "data" / "gold" / "dev")

Item = tuple[str, int]  # (doc, index of the record in its gold file)


@dataclass(frozen=True, slots=True)
class BCubed:
    precision: float
    recall: float
    items: int
    gold_clusters: int
    system_clusters: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def b_cubed(gold: Mapping[Item, Hashable], system: Mapping[Item, Hashable]) -> BCubed:
    """B-cubed over the items present in both clusterings."""
    items = [i for i in gold if i in system]
    gold_members: dict[Hashable, set[Item]] = defaultdict(set)
    system_members: dict[Hashable, set[Item]] = defaultdict(set)
    for item in items:
        gold_members[gold[item]].add(item)
        system_members[system[item]].add(item)
    precision = recall = 0.0
    for item in items:
        g, s = gold_members[gold[item]], system_members[system[item]]
        both = len(g & s)
        precision += both / len(s)
        recall += both / len(g)
    n = len(items) or 1
    return BCubed(precision / n, recall / n, len(items), len(gold_members), len(system_members))


def gold_folder(argv: Sequence[str]) -> Path:
    given = [a for a in argv if not a.startswith("-")]
    if given:
        return Path(given[0])
    return next(d for d in GOLD_DIRS if d.is_dir())


def read_gold(folder: Path) -> tuple[dict[str, Document], dict[Item, Mention]]:
    documents: dict[str, Document] = {}
    records: dict[Item, Mention] = {}
    for gold in load_gold(folder):
        documents[gold.document.id] = gold.document
        for index, mention in enumerate(gold.events):
            records[(gold.document.id, index)] = mention
    return documents, records


def gold_clusters(
    documents: Mapping[str, Document], records: Mapping[Item, Mention]
) -> dict[Item, Hashable]:
    """Item -> (code, actor1 country, actor2 country, month)."""
    clusters: dict[Item, Hashable] = {}
    for item, m in records.items():
        published = documents[m.doc].published
        month = m.date.value[:7] if m.date else (published.isoformat()[:7] if published else "")
        clusters[item] = (m.code, m.actor1.country, m.actor2.country if m.actor2 else "---", month)
    return clusters


def resolve_gold(
    url: str, documents: Mapping[str, Document], records: Mapping[Item, Mention]
) -> dict[Item, Hashable]:
    """Store the gold records as the documents' mentions, resolve, and read back which
    event each record went to."""
    index = NearDuplicateIndex()
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for (doc, _), mention in sorted(records.items()):
        by_doc[doc].append(mention)
    with open_store(url) as store:
        for doc_id, document in documents.items():
            signature = index.signature(document.text)
            duplicate_of = index.add(doc_id, signature)
            extraction = Extraction(document, (), tuple(by_doc.get(doc_id, ())))
            store.save_extraction(extraction, duplicate_of=duplicate_of, signature=signature)
        resolve_pending(store, ResolveRules(load_sources()))
        placed = _placed(store)
    return {item: placed[_key(m)] for item, m in records.items() if _key(m) in placed}


def resolve_extracted(
    url: str, folder: Path, records: Mapping[Item, Mention]
) -> tuple[dict[Item, Hashable], dict[Item, Mention]]:
    """Ingest the documents with the extractor; match gold records to system mentions."""
    settings = Settings(db=url)
    ingest(sorted(folder.glob("*.md")), settings)
    with open_store(settings.db_url) as store:
        events = store.events()
    system: dict[Item, Hashable] = {}
    matched: dict[Item, Mention] = {}
    mentions_of: dict[str, list[tuple[Mention, str]]] = defaultdict(list)
    for event in events:
        for member in event.members:
            mentions_of[member.doc].append((member.mention, event.id))
    taken: set[int] = set()
    for item, gold in sorted(records.items()):
        found = _partner(gold, mentions_of[gold.doc], taken)
        if found is not None:
            system[item], matched[item] = found[1], found[0]
    return system, matched


def _partner(
    gold: Mention, candidates: list[tuple[Mention, str]], taken: set[int]
) -> tuple[Mention, str] | None:
    """The system mention of the same document that is gold's: same actor countries and
    root, preferring the same code, then the same month, then the same figure; each
    system mention partners one gold record at most."""

    def countries(m: Mention) -> tuple[str, str]:
        return m.actor1.country, m.actor2.country if m.actor2 else "---"

    def month(m: Mention) -> str | None:
        return m.date.value[:7] if m.date else None

    def value(m: Mention) -> float | None:
        return m.quantity.value if m.quantity else None

    same = [
        c for c in candidates
        if id(c[0]) not in taken and countries(c[0]) == countries(gold) and c[0].root == gold.root
    ]  # fmt: skip
    if not same:
        return None
    best = min(
        same,
        key=lambda c: (
            c[0].code != gold.code,
            month(c[0]) != month(gold),
            value(c[0]) != value(gold),
        ),
    )
    taken.add(id(best[0]))
    return best


def _placed(store: Store) -> dict[tuple[object, ...], str]:
    return {_key(m.mention): event.id for event in store.events() for m in event.members}


def _key(m: Mention) -> tuple[object, ...]:
    return (m.doc, m.span, m.code, m.actor1.code, m.actor2.code if m.actor2 else None)


def show(label: str, figures: BCubed, extra: str = "") -> None:
    print(
        f"{label:<22} precision {figures.precision:.3f}  recall {figures.recall:.3f}  "
        f"F1 {figures.f1:.3f}  ({figures.items} items, {figures.gold_clusters} gold events, "
        f"{figures.system_clusters} resolved){extra}"
    )


def explain(gold: Mapping[Item, Hashable], system: Mapping[Item, Hashable]) -> None:
    """Gold events split across resolved events, and resolved events mixing gold ones."""
    by_gold: dict[Hashable, set[Hashable]] = defaultdict(set)
    by_system: dict[Hashable, set[Hashable]] = defaultdict(set)
    for item, g in gold.items():
        if item in system:
            by_gold[g].add(system[item])
            by_system[system[item]].add(g)
    for g, events in sorted(by_gold.items(), key=str):
        if len(events) > 1:
            print(f"  split  {g}: {len(events)} resolved events")
    for s, golds in sorted(by_system.items(), key=str):
        if len(golds) > 1:
            print(f"  merged {s}: {sorted(golds, key=str)}")


def main(argv: Sequence[str]) -> None:
    folder = gold_folder(argv)
    documents, records = read_gold(folder)
    gold = gold_clusters(documents, records)
    print(f"gold: {folder} ({len(documents)} documents, {len(records)} gold events)")
    with tempfile.TemporaryDirectory() as tmp:
        system = resolve_gold(f"sqlite:///{tmp}/gold.db", documents, records)
        show("gold mentions", b_cubed(gold, system))
        if "--verbose" in argv:
            explain(gold, system)
        extracted, matched = resolve_extracted(f"{tmp}/extracted.db", folder, records)
        coverage = f"; {len(matched)}/{len(records)} gold events matched"
        show("extractor mentions", b_cubed(gold, extracted), coverage)
        if "--verbose" in argv:
            explain(gold, extracted)


if __name__ == "__main__":
    main(sys.argv[1:])
