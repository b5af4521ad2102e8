"""Extractions written by hand for the store tests: the North Korea–Russia story of
the spec, and a small builder for documents with chosen mentions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from watchfloor.models import (
    Actor,
    Certainty,
    Document,
    EventDate,
    Extraction,
    Mention,
    Place,
    Quantity,
    Sentence,
    Table,
)
from watchfloor.store import Store

LEAD = (
    "SEOUL, Oct 18 — North Korea has sent about 1,500 special forces troops to "
    "Russia's Far East, South Korea's National Intelligence Service said on Friday."
)
SHIPS = (
    "The troops were carried on Russian navy ships from Chongjin to Vladivostok "
    "in October, the agency said."
)
DENIAL = "Russia's foreign ministry denied that any North Korean troops had arrived."
VISIT = "Kim Jong Un may visit Moscow next year with up to 25 officials, Seoul said."
TABLE = "| Unit | Troops |\n|---|---|\n| Special forces | 1,500 |"


def sentences_of(parts: list[str]) -> tuple[str, tuple[Sentence, ...]]:
    """The body made of ``parts`` joined by spaces, and its sentences with offsets."""
    sentences, start = [], 0
    for index, part in enumerate(parts):
        sentences.append(Sentence(index=index, start=start, end=start + len(part), text=part))
        start += len(part) + 1
    return " ".join(parts), tuple(sentences)


def north_korea_russia(doc_id: str = "kp-ru-0001") -> Extraction:
    prose, sentences = sentences_of([LEAD, SHIPS, DENIAL, VISIT])
    text = prose + "\n\n" + TABLE + "\n"
    document = Document(
        id=doc_id,
        text=text,
        title="Seoul says Pyongyang has sent troops to Russia",
        published=date(2024, 10, 18),
        outlet="Example Wire",
        url="https://example.org/a/1",
        path="corpus/kp-ru-0001.md",
    )
    lead, _ships, denial, visit = sentences
    troops = Mention(
        doc=doc_id,
        sentence=lead.text,
        span=(lead.start, lead.end),
        code="072",
        goldstein=8.3,
        actor1=Actor("PRKMIL", "North Korea"),
        actor2=Actor("RUS", "Russia's Far East"),
        certainty=Certainty.REPORTED,
        date=EventDate("2024-10", "in October"),
        location=Place("Vladivostok", "RUS", 43.1155, 131.8855),
        quantity=Quantity(1500.0, 1500.0, 1500.0, "troops", True, "about 1,500"),
        source=Actor("KORSPY", "South Korea's National Intelligence Service"),
    )
    denied = Mention(
        doc=doc_id,
        sentence=denial.text,
        span=(denial.start, denial.end),
        code="072",
        goldstein=8.3,
        actor1=Actor("PRKMIL", "North Korean troops"),
        actor2=Actor("RUS", "Russia"),
        certainty=Certainty.DENIED,
        source=Actor("RUSGOV", "Russia's foreign ministry"),
    )
    meeting = Mention(
        doc=doc_id,
        sentence=visit.text,
        span=(visit.start, visit.end),
        code="036",
        goldstein=4.0,
        actor1=Actor("PRKGOV", "Kim Jong Un"),
        actor2=None,
        certainty=Certainty.POSSIBLE,
        date=EventDate("2025", "next year"),
        location=Place("Moscow", "RUS", 55.7558, 37.6173),
        quantity=Quantity(25.0, None, 25.0, "officials", True, "up to 25"),
    )
    table_start = text.index("| Unit")
    table = Table(
        doc=doc_id,
        index=0,
        span=(table_start, table_start + len(TABLE)),
        header=("Unit", "Troops"),
        rows=(("Special forces", "1,500"),),
    )
    return Extraction(document, sentences, (troops, denied, meeting), (table,))


def event(
    doc_id: str,
    code: str,
    actor1: str,
    actor2: str | None = None,
    *,
    when: str | None = None,
    certainty: Certainty = Certainty.ASSERTED,
    source: str | None = None,
    span: tuple[int, int] = (0, 10),
) -> Mention:
    """A mention with just the fields a query test looks at."""
    return Mention(
        doc=doc_id,
        sentence=f"{actor1} did {code} to {actor2}",
        span=span,
        code=code,
        goldstein=1.0,
        actor1=Actor(actor1, f"{actor1} text"),
        actor2=Actor(actor2, f"{actor2} text") if actor2 else None,
        certainty=certainty,
        date=EventDate(when, when) if when else None,
        source=Actor(source, f"{source} text") if source else None,
    )


def story(
    doc_id: str,
    *mentions: Mention,
    published: date | None = None,
    text: str | None = None,
    outlet: str = "Example Wire",
) -> Extraction:
    """A one-sentence document carrying ``mentions`` (re-addressed to ``doc_id``)."""
    body = text if text is not None else f"The report {doc_id}."
    document = Document(id=doc_id, text=body, published=published, outlet=outlet)
    sentence = Sentence(index=0, start=0, end=len(body), text=body)
    own = tuple(replace(m, doc=doc_id) for m in mentions)
    return Extraction(document, (sentence,), own)


def query_corpus(store: Store) -> Store:
    """Five documents for the query tests; "syndicated" near-duplicates "troops"."""
    store.save_extraction(
        story(
            "troops",
            event("x", "072", "PRKMIL", "RUS", when="2024-10", certainty=Certainty.REPORTED),
            event("x", "0721", "PRK", "RUSMIL", when="2024-10-23", span=(20, 30)),
            published=date(2024, 10, 18),
        )
    )
    store.save_extraction(
        story(
            "exchange",
            event("x", "193", "UKRMIL", "RUSMIL", when="2024-11-05"),
            event("x", "193", "RUSMIL", "UKRMIL", when="2024-11-05", span=(11, 20)),
            event("x", "070", "RUS", "PRK", when="2024-12", certainty=Certainty.POSSIBLE),
            published=date(2024, 11, 6),
        )
    )
    store.save_extraction(
        story(
            "undated",
            event("x", "111", "USAGOV", "PRK", certainty=Certainty.ASSERTED),
            event("x", "016", "RUSGOV", None, certainty=Certainty.DENIED),
            published=date(2024, 9, 30),
        )
    )
    store.save_extraction(story("unpublished", event("x", "036", "IGOUNO", "PRK")))
    store.save_extraction(
        story(
            "syndicated",
            event("x", "072", "PRKMIL", "RUS", when="2024-10", certainty=Certainty.REPORTED),
            published=date(2024, 10, 19),
            outlet="Other Wire",
        ),
        duplicate_of="troops",
    )
    return store


def dyad_story(store: Store) -> None:
    """Resolved events for the dyad series: three PRK->RUS happenings (two in one
    October week, one in November), one RUS->PRK, and one PRK->RUS reported twice (one
    event of two mentions)."""
    from watchfloor.resolve import ResolveRules, load_sources, resolve_pending

    docs = [
        ("a", replace(event("x", "072", "PRKMIL", "RUS", when="2024-10-14"), goldstein=8.3)),
        ("b", replace(event("x", "190", "PRK", "RUSMIL", when="2024-10-16"), goldstein=-10.0)),
        ("c", replace(event("x", "036", "PRKGOV", "RUS", when="2024-11-02"), goldstein=4.0)),
        ("d", replace(event("x", "111", "RUSGOV", "PRK", when="2024-10-15"), goldstein=-2.0)),
        ("e", replace(event("x", "036", "PRKGOV", "RUS", when="2024-11-02"), goldstein=4.0)),
    ]
    for doc_id, mention in docs:
        store.save_extraction(story(doc_id, mention, published=date(2024, 11, 3)))
    resolve_pending(store, ResolveRules(load_sources()))
