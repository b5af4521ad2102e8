"""The NATO Admiralty grade of an event: source reliability (A-F) and information
credibility (1-6), each with a sentence saying why.

Reliability is a property of sources, read from the registry (``registry``): each chain
of reporting (``corroboration``) is graded by its best-graded claimant code, or by its
outlet; the event's reliability is that of the best source that confirms it (of any
source, if none confirms it). Nothing the event says changes a reliability grade.

Credibility comes from independent corroboration and contradiction (``CredibilityRules``
holds the thresholds), taken in this order:

====  =================  ====================================================
6     cannot be judged   no source confirms or contradicts it (only hedges, or none)
5     improbable         more independent sources contradict it than confirm it
4     doubtful           contradicted by an independent source
1     confirmed          at least ``confirmed_min_sources`` independent sources
2     probably true      at least ``probable_min_sources`` independent sources
3     possibly true      one source, graded ``single_source_min_reliability`` or better
4     doubtful           one source graded worse than that
====  =================  ====================================================

A denial by a party to the event (the accused, or the receiver) is named in the
explanation but, unless ``party_denials_contradict``, does not count as a contradiction:
that a government denies what it is accused of tells little.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from watchfloor.resolve.corroboration import Chain, Corroboration
from watchfloor.resolve.registry import RELIABILITY, UNKNOWN, SourceEntry, SourceRegistry

CREDIBILITY = {
    1: "confirmed",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


@dataclass(frozen=True, slots=True)
class CredibilityRules:
    confirmed_min_sources: int = 3
    probable_min_sources: int = 2
    single_source_min_reliability: str = "B"
    party_denials_contradict: bool = False


DEFAULT_CREDIBILITY = CredibilityRules()


@dataclass(frozen=True, slots=True)
class SourceGrade:
    chain: Chain
    reliability: str
    explanation: str

    def to_record(self) -> dict[str, object]:
        return {**self.chain.to_record(), "reliability": self.reliability,
                "explanation": self.explanation}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Grade:
    reliability: str
    credibility: int
    reliability_explanation: str
    credibility_explanation: str
    sources: tuple[SourceGrade, ...]

    @property
    def code(self) -> str:
        return f"{self.reliability}{self.credibility}"

    def to_record(self) -> dict[str, object]:
        return {
            "code": self.code,
            "reliability": self.reliability,
            "credibility": self.credibility,
            "reliability_explanation": self.reliability_explanation,
            "credibility_explanation": self.credibility_explanation,
            "sources": [s.to_record() for s in self.sources],
        }


def grade_source(chain: Chain, registry: SourceRegistry) -> SourceGrade:
    """A chain's reliability: its best-graded claimant code, or its outlet's grade."""
    if chain.kind == "claimant":
        found = [(e, code) for code in chain.codes if (e := registry.claimant(code))]
        if found:
            entry, code = min(found, key=lambda pair: pair[0].reliability)
            return SourceGrade(chain, entry.reliability, _graded(code, entry))
        named = ", ".join(chain.codes)
    else:
        outlet = registry.outlet(chain.label)
        if outlet is not None:
            return SourceGrade(chain, outlet.reliability, _graded(chain.label, outlet))
        named = chain.label
    return SourceGrade(
        chain, UNKNOWN, f"{UNKNOWN} ({RELIABILITY[UNKNOWN]}): {named} is not in the source registry"
    )


def grade_event(
    corroboration: Corroboration,
    registry: SourceRegistry,
    rules: CredibilityRules = DEFAULT_CREDIBILITY,
) -> Grade:
    sources = tuple(grade_source(chain, registry) for chain in corroboration.chains)
    confirming = [s for s in sources if s.chain in corroboration.confirming]
    basis = confirming or list(sources)
    if basis:
        best = min(basis, key=lambda s: s.reliability)
        verb = "confirms" if confirming else "reports on"
        reliability = best.reliability
        why = f"the most reliable source that {verb} it, {best.chain.label}, is {best.explanation}"
    else:
        reliability, why = UNKNOWN, f"{UNKNOWN} ({RELIABILITY[UNKNOWN]}): no source to grade"
    single = min((s.reliability for s in confirming), default=UNKNOWN)
    credibility, because = _credibility(corroboration, single, rules)
    return Grade(reliability, credibility, why, because, sources)


def _credibility(corr: Corroboration, best: str, rules: CredibilityRules) -> tuple[int, str]:
    contra = corr.contradicting + (corr.party_denials if rules.party_denials_contradict else ())
    grade, why = _grade(corr, contra, best, rules)
    explanation = f"{grade} ({CREDIBILITY[grade]}): {why}"
    if corr.party_denials and not rules.party_denials_contradict:
        explanation += (
            f"; denied by {_labels(corr.party_denials)}, a party to the event, whose denial "
            "is expected and is not counted against it"
        )
    return grade, explanation


def _grade(
    corr: Corroboration, contra: tuple[Chain, ...], best: str, rules: CredibilityRules
) -> tuple[int, str]:
    confirm = corr.confirming
    sources = f"{_count(len(confirm))} ({_labels(confirm)})"
    if not confirm and not contra:
        hedged = f"; {_labels(corr.hedging)} only say it may happen" if corr.hedging else ""
        return 6, "no source confirms or contradicts it" + hedged
    if len(contra) > len(confirm):
        against = f"against {sources} that confirm it" if confirm else "and none confirms it"
        return 5, f"contradicted by {_count(len(contra))} ({_labels(contra)}) {against}"
    if contra:
        against = f"{_count(len(contra))} contradict it ({_labels(contra)})"
        return 4, f"{sources} confirm it, but {against}"
    if len(confirm) >= rules.confirmed_min_sources:
        return 1, f"confirmed by {sources}"
    if len(confirm) >= rules.probable_min_sources:
        return 2, (
            f"reported by {sources}, short of the {rules.confirmed_min_sources} that would "
            "confirm it"
        )
    if best <= rules.single_source_min_reliability:
        return 3, f"a single source, {confirm[0].label}, graded {best}"
    return 4, (
        f"a single source, {confirm[0].label}, graded {best} (worse than "
        f"{rules.single_source_min_reliability}), with nothing to corroborate it"
    )


def _count(n: int) -> str:
    return f"{n} independent source" + ("" if n == 1 else "s")


def _labels(chains: tuple[Chain, ...]) -> str:
    return "; ".join(chain.label for chain in chains)


def _graded(name: str, entry: SourceEntry) -> str:
    meaning = RELIABILITY[entry.reliability]
    note = f": {entry.note}" if entry.note else ""
    return f"{entry.reliability} ({meaning}) as {name} ({entry.where}){note}"


@dataclass(frozen=True, slots=True)
class GradeWeights:
    """How much one event or report counts by its grade: source reliability (A-F) times
    information credibility (1-6). The one table that weighted dyad series and the
    evidence behind a judgment both use. F and 6 ("cannot be judged") sit above E and 5
    ("unreliable", "improbable"): an unknown source is not a known bad one."""

    reliability: dict[str, float] = field(
        default_factory=lambda: {"A": 1.0, "B": 0.8, "C": 0.6, "D": 0.4, "E": 0.2, "F": 0.3}
    )
    credibility: dict[int, float] = field(
        default_factory=lambda: {1: 1.0, 2: 0.8, 3: 0.6, 4: 0.4, 5: 0.2, 6: 0.3}
    )

    def of(self, reliability: str, credibility: int) -> float:
        return self.reliability.get(reliability, 0.3) * self.credibility.get(credibility, 0.3)


DEFAULT_WEIGHTS = GradeWeights()
