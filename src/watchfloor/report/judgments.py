"""Key judgments: what the evidence says about each estimated deployment or transfer, in
the likelihood words of ICD-203 (``data/likelihood.tsv``, by the event's credibility
grade) with a confidence kept apart from the likelihood (``data/confidence.tsv``, by
the reliability of its best source). Both files are data an analyst may edit.

A brief with an assessment leads with its threat judgment: the probability, its ICD-203
words and range are the assessment's own (``analyse.threat``), not re-derived here; its
confidence follows the best source among the events of the fired indicators."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar

from watchfloor.errors import DataFileError
from watchfloor.report.brief import Brief, Citation, EstimateRow
from watchfloor.report.brief_assessment import AssessmentSection
from watchfloor.taxonomy._tsv import Row, read_rows
from watchfloor.taxonomy.likelihood import likelihood_scale

# ICD-203's expressions of likelihood and their synonyms (taxonomy/data/icd203.tsv)
ICD203_TERMS = likelihood_scale().terms
CREDIBILITY_GRADES = (1, 2, 3, 4, 5, 6)
RELIABILITY_GRADES = ("A", "B", "C", "D", "E", "F")
MAX_JUDGMENTS = 6
K = TypeVar("K")
V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Likelihood:
    term: str
    low: int
    high: int
    lead: str

    @property
    def band(self) -> str:
        return f"{self.low}–{self.high}%"


@dataclass(frozen=True, slots=True)
class JudgmentWords:
    """Likelihood by credibility grade (1-6), confidence by reliability grade (A-F)."""

    likelihood: dict[int, Likelihood]
    confidence: dict[str, str]


@dataclass(frozen=True, slots=True)
class KeyJudgment:
    event_id: str | None  # None: the threat judgment, which rests on several events
    text: str
    likelihood: str  # the ICD-203 term
    band: str  # "80–95%"
    confidence: str
    basis: str
    citations: tuple[Citation, ...]


def key_judgments(brief: Brief, words: JudgmentWords) -> tuple[KeyJudgment, ...]:
    """The threat judgment when the brief has an assessment with a fired indicator, then
    one judgment per estimated deployment or transfer, the best graded first."""
    lead = _threat_judgment(brief.assessment, words) if brief.assessment else None
    ranked = sorted(brief.deployments, key=lambda r: (r.grade[1:], r.grade[:1], -r.corroboration))
    judged = [_judgment(row, words) for row in ranked[: MAX_JUDGMENTS - (lead is not None)]]
    return tuple([lead, *judged] if lead else judged)


def _threat_judgment(a: AssessmentSection, words: JudgmentWords) -> KeyJudgment | None:
    """The assessment's threat in its own words and numbers; None when no indicator fired
    (a baseline alone is not a judgment the evidence supports)."""
    if not a.implications:
        return None
    t = a.threat
    fired = list(dict.fromkeys(r.indicator for r in a.implications))
    events = list(dict.fromkeys(r.event_id for r in a.implications))
    best = min(r.grade[:1] for r in a.implications)
    cited = {c.doc: c for r in a.implications for c in r.citations}
    as_of = f"As of {t.as_of}, we" if t.as_of else "We"
    return KeyJudgment(
        event_id=None,
        text=f"{t.question} {as_of} judge it {t.words} (threat level {t.level}).",
        likelihood=t.words,
        band=t.band,
        confidence=words.confidence[best],
        basis=(
            f"p = {t.probability:.2f} from {len(fired)} fired indicators "
            f"({', '.join(fired)}) on {len(events)} events; best source reliability {best}"
        ),
        citations=tuple(cited.values()),
    )


def _judgment(row: EstimateRow, words: JudgmentWords) -> KeyJudgment:
    reliability, credibility = row.grade[:1], int(row.grade[1:])
    likely = words.likelihood[credibility]
    what = row.what[:1].lower() + row.what[1:]
    actors = row.sender + (f" → {row.recipient}" if row.recipient != "—" else "")
    estimated = f", estimated at {row.range}" if row.range else ""
    text = f"{likely.lead} this took place: {actors}, {what}{estimated}."
    sources = "source" if row.corroboration == 1 else "sources"
    basis = f"grade {row.grade}; {row.corroboration} independent {sources}"
    if row.denials:
        basis += f"; denied by {'; '.join(row.denials)}"
    cited = {f.citation.doc: f.citation for f in row.figures}
    return KeyJudgment(
        event_id=row.event_id,
        text=text,
        likelihood=likely.term,
        band=likely.band,
        confidence=words.confidence[reliability],
        basis=basis,
        citations=tuple(cited.values()) or (row.citation,),
    )


def load_judgment_words(data_dir: Path | None = None) -> JudgmentWords:
    """The packaged word lists, or the user's ``likelihood.tsv`` / ``confidence.tsv`` in
    ``data_dir`` when there. Raises DataFileError naming file and line."""
    return JudgmentWords(
        likelihood=_likelihood(_source("likelihood.tsv", data_dir)),
        confidence=_confidence(_source("confidence.tsv", data_dir)),
    )


def _source(name: str, data_dir: Path | None) -> Path | Traversable:
    if data_dir is not None and (data_dir / name).is_file():
        return data_dir / name
    return resources.files("watchfloor.report").joinpath("data", name)


def _likelihood(source: Path | Traversable) -> dict[int, Likelihood]:
    found: dict[int, Likelihood] = {}
    for row in read_rows(source, ("credibility", "term", "low", "high", "lead"), 5):
        grade = _int(row, row.fields[0], "credibility")
        term, low, high = row.fields[1], _int(row, row.fields[2], "low"), _int(
            row, row.fields[3], "high")  # fmt: skip
        if grade not in CREDIBILITY_GRADES:
            raise row.error(f"credibility {grade} is not an Admiralty grade (1-6)")
        band = likelihood_scale().band_named(term)
        if band is None:
            raise row.error(f"{term!r} is not an ICD-203 expression of likelihood "
                            f"(one of: {', '.join(sorted(ICD203_TERMS))})")  # fmt: skip
        if (low, high) != (band.low, band.high):
            raise row.error(f"band {low}-{high} is not ICD-203's for {term!r}: "
                            f"{band.low}-{band.high}")  # fmt: skip
        found[grade] = Likelihood(term, low, high, row.fields[4])
    return _complete(found, CREDIBILITY_GRADES, source, "credibility")


def _confidence(source: Path | Traversable) -> dict[str, str]:
    found: dict[str, str] = {}
    for row in read_rows(source, ("reliability", "confidence"), 2):
        if row.fields[0] not in RELIABILITY_GRADES:
            raise row.error(f"reliability {row.fields[0]!r} is not an Admiralty grade (A-F)")
        found[row.fields[0]] = row.fields[1]
    return _complete(found, RELIABILITY_GRADES, source, "reliability")


def _complete(
    found: dict[K, V], keys: Sequence[K], source: Path | Traversable, column: str
) -> dict[K, V]:
    missing = [str(k) for k in keys if k not in found]
    if missing:
        raise DataFileError(str(source), None, f"no row for {column} {', '.join(missing)}")
    return found


def _int(row: Row, value: str, column: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise row.error(f"{column} {value!r} is not a whole number") from None
