"""Where extraction time goes, stage by stage: the bench's clock (``bench/throughput.py``).

An ``Extractor`` whose ``stages`` is set laps this clock at the end of each stage of each
sentence; every lap charges the time since the one before to the stage that ended, less
the time the parser took meanwhile, which goes to ``parse`` (the parse is made lazily,
by whichever stage first asks a question of syntax, or in the document's batch).
Unset, as everywhere but in the bench, it costs one test per stage."""

from __future__ import annotations

import time

from watchfloor.extract.parser import Parser

# in the order a sentence meets them
STAGES = (
    "sentences", "tokens", "actors", "attribution", "places", "dates", "quantities",
    "triggers", "arguments", "records", "parse", "document",
)  # fmt: skip


class Stages:
    """Seconds spent per stage (``seconds``, keyed by the names of ``STAGES``), the
    sentences parsed (``parsed``) and those the entity recognizer read (``recognized``,
    its time counted as the parse's)."""

    __slots__ = ("_last", "_parse_seconds", "_parser", "parsed", "recognized", "seconds")

    def __init__(self, parser: Parser | None) -> None:
        self._parser = parser
        self.seconds: dict[str, float] = dict.fromkeys(STAGES, 0.0)
        self.parsed = 0
        self.recognized = 0
        self._last = time.perf_counter()
        self._parse_seconds = parser.seconds if parser is not None else 0.0

    def start(self) -> None:
        """Begin timing (a document): what came before is no stage's."""
        self._last = time.perf_counter()
        self._parse_seconds = self._parser.seconds if self._parser is not None else 0.0

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        parse = 0.0
        if self._parser is not None:
            parse = self._parser.seconds - self._parse_seconds
            self._parse_seconds = self._parser.seconds
        self.seconds[stage] += now - self._last - parse
        self.seconds["parse"] += parse
        self._last = now

    def totals(self) -> dict[str, float]:
        """The seconds per stage and, under ``parsed`` and ``recognized``, the sentences
        parsed and recognized so far."""
        parsed = self._parser.sentences if self._parser is not None else 0
        recognized = self._parser.recognized if self._parser is not None else 0
        return {**self.seconds, "parsed": float(parsed), "recognized": float(recognized)}

    def add(self, totals: dict[str, float]) -> None:
        """Count another process's work (a worker's ``totals`` over a chunk)."""
        for stage, spent in totals.items():
            if stage == "parsed":
                self.parsed += int(spent)
            elif stage == "recognized":
                self.recognized += int(spent)
            else:
                self.seconds[stage] += spent
