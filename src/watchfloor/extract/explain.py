"""Which rule fired for each field of a sentence's events: the lines ``watchfloor
explain`` prints."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from watchfloor.extract.analysis import SentenceTrace
from watchfloor.extract.pipeline import Extractor
from watchfloor.extract.targets import chosen_targets
from watchfloor.models import Actor, Document


def explain(extractor: Extractor, document: Document) -> Iterator[str]:
    traces = list(extractor.trace(document))
    model = extractor.model.targets if extractor.model is not None else None
    targets = chosen_targets(model, traces) if model is not None else {}
    first = 0  # the index of the trace's first record among the document's
    for trace in traces:
        yield from _sentence_lines(trace, targets, first)
        first += len(trace.mentions)


def _sentence_lines(
    trace: SentenceTrace, targets: Mapping[int, tuple[Actor, float]], first: int
) -> Iterator[str]:
    s = trace.sentence
    yield f"sentence [{s.start}, {s.end}]: {s.text}"
    a = trace.analysed
    if a is None:
        yield "  (a question: no events)"
        return
    for m in a.mentions:
        yield f"  actor     {m.code:<7} {m.kind:<8} {m.text!r}"
    if a.claim is not None:
        yield f"  claim     {a.claim.kind} cue {_words(a, a.claim.cue_first, a.claim.cue_last)!r}"
    if a.claimant is not None:
        yield f"  claimant  {a.claimant.code} {a.claimant.text!r}"
    if a.denier is not None:
        yield f"  denier    {a.denier.code} {a.denier.text!r}"
    for d in a.dates:
        yield f"  date      {d.value:<10} {d.text!r}"
    for p in a.places:
        yield f"  place     {p.entry.country or '-':<4} {p.entry.kind:<8} {p.text!r}"
    for q in a.quantities:
        yield f"  quantity  {q.value:g} {q.unit} {q.text!r}"
    for t in trace.triggers:
        words = _words(a, t.first, t.last)
        yield f"  trigger   {t.pattern.code:<5} {words!r} ({t.pattern.origin})"
    for i, (event, made) in enumerate(zip(trace.mentions, trace.events, strict=True)):
        target = event.actor2.code if event.actor2 else "-"
        if first + i in targets:
            actor, chance = targets[first + i]
            target = f"{actor.code} (learned target from the story, p={chance:.2f})"
        source = event.source.code if event.source else "-"
        place = event.location.name if event.location else "-"
        quantity = event.quantity.text if event.quantity else "-"
        by = f" (learned proposer, p={made.learned:.2f})" if made.learned else ""
        yield (
            f"  EVENT     {event.code} {event.actor1.code} -> {target} date={_v(event.date)} "
            f"place={place} qty={quantity} source={source} {event.certainty.value}{by}"
        )


def _words(a: object, first: int, last: int) -> str:
    tokens = getattr(a, "tokens")  # noqa: B009
    return " ".join(t.text for t in tokens[first:last])


def _v(value: object) -> str:
    return str(getattr(value, "value", "-"))
