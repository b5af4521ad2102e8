"""What the stages found in one sentence (``_Sentence``) and the trace of every stage
that ``watchfloor explain`` shows (``SentenceTrace``)."""

from __future__ import annotations

from dataclasses import dataclass

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.attribution import (
    Attribution,
    CueSpans,
)
from watchfloor.extract.dates import DateMention
from watchfloor.extract.events import Assembled
from watchfloor.extract.fields import DateQuestion
from watchfloor.extract.places import PlaceMention
from watchfloor.extract.quantities import QuantityMention
from watchfloor.extract.syntax import LazyParse
from watchfloor.extract.text import Token
from watchfloor.extract.triggers import Trigger
from watchfloor.models import (
    Document,
    EventDate,
    Mention,
    Place,
    Sentence,
)


@dataclass(frozen=True, slots=True)
class _Sentence:
    """What the stages found in one sentence."""

    sentence: Sentence
    tokens: tuple[Token, ...]
    cues: CueSpans
    mentions: tuple[ActorMention, ...]
    names: frozenset[int]  # tokens inside any actor's name, claimants too: no trigger there
    claim: Attribution | None
    claimant: ActorMention | None
    denier: ActorMention | None
    dates: tuple[DateMention, ...]
    places: tuple[PlaceMention, ...]
    quantities: tuple[QuantityMention, ...]
    said_at: tuple[PlaceMention, ...] = ()  # where the claim was made ("said in Tokyo")
    said_on: tuple[DateMention, ...] = ()  # when the claim was made ("said on Friday")
    parse: LazyParse | None = None  # the dependency parse, made when a question needs it


@dataclass(frozen=True, slots=True)
class SentenceTrace:
    """One sentence's stages: ``analysed`` is None for a sentence that states nothing
    (a question)."""

    sentence: Sentence
    analysed: _Sentence | None
    triggers: tuple[Trigger, ...]
    events: tuple[Assembled, ...]
    mentions: tuple[Mention, ...]
    fallback_dates: tuple[EventDate | None, ...]  # for mentions the document leaves undated
    fallback_places: tuple[Place | None, ...]  # the scene, for statements that name no place


@dataclass(frozen=True, slots=True)
class ReadDocument:
    """A document with every sentence read, before the parse settles the dates left
    open (``asked``: one entry per record, in order; see ``fields.DateQuestion``)."""

    document: Document
    sentences: tuple[Sentence, ...]
    traces: tuple[SentenceTrace, ...]
    asked: tuple[DateQuestion | None, ...]
