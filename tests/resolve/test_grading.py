"""grading: NATO Admiralty grades from the registry and from independent corroboration
and contradiction, each with its reason; a denial by the accused lowers no grade."""

from __future__ import annotations

from pathlib import Path

from watchfloor.resolve import Chain, Corroboration, Stance, load_sources
from watchfloor.resolve.grading import CredibilityRules, grade_event

from .articles import BATCH1, BATCH2, CONTESTED, Events, Ingest, event_of, march


def test_three_independent_claimants_confirm_the_deployment(
    ingest_into: Ingest, events: Events
) -> None:
    ingest_into(BATCH1, BATCH2)
    grade = march(events()).grade

    assert grade.code == "B1"
    assert "KORSPY" in grade.reliability_explanation
    assert "sources.tsv:" in grade.reliability_explanation
    assert grade.credibility_explanation.startswith("1 (confirmed): confirmed by 3 independent")
    assert "PRKGOV, a party to the event" in grade.credibility_explanation


def test_every_source_grade_explains_itself(ingest_into: Ingest, events: Events) -> None:
    ingest_into(BATCH1, BATCH2, CONTESTED)
    for event in events():
        assert event.grade.reliability_explanation and event.grade.credibility_explanation
        for source in event.grade.sources:
            assert source.explanation.startswith(f"{source.reliability} (")


def test_a_denial_by_the_accused_lowers_no_grade(ingest_into: Ingest, events: Events) -> None:
    ingest_into(BATCH1)
    before = march(events())
    ingest_into(BATCH2 / "res-04.md")
    after = march(events())

    assert "res-04" in after.documents and after.denials
    assert after.grade.reliability == before.grade.reliability
    assert after.grade.credibility == before.grade.credibility == 2
    confirming = {s.chain.key: s.reliability for s in before.grade.sources}
    assert {s.chain.key: s.reliability for s in after.grade.sources
            if s.chain.stance == Stance.CONFIRMS} == confirming  # fmt: skip
    assert "denied by PRKGOV, a party to the event" in after.grade.credibility_explanation
    assert after.corroboration.contradicting == ()


def test_contradiction_by_third_parties_makes_it_doubtful(
    ingest_into: Ingest, events: Events
) -> None:
    ingest_into(BATCH1, CONTESTED)
    deployment = march(events())

    assert "res-09" in deployment.documents
    assert {c.key for c in deployment.corroboration.contradicting} == {"CHN", "MNG"}
    assert deployment.grade.credibility == 4
    assert "contradict it" in deployment.grade.credibility_explanation


def test_more_contradiction_than_confirmation_is_improbable(
    ingest_into: Ingest, events: Events
) -> None:
    ingest_into(BATCH1 / "res-01.md", CONTESTED)
    deployment = march(events())

    assert deployment.corroboration.count == 1
    assert deployment.grade.credibility == 5
    assert deployment.grade.credibility_explanation.startswith("5 (improbable): contradicted by 2")


def test_a_source_missing_from_the_registry_is_graded_f(
    ingest_into: Ingest, events: Events
) -> None:
    ingest_into(BATCH1, CONTESTED)
    (mongolia,) = [s for s in march(events()).grade.sources if s.chain.key == "MNG"]

    assert mongolia.reliability == "F"
    assert mongolia.explanation == (
        "F (reliability cannot be judged): MNGMIL is not in the source registry"
    )


def test_the_analysts_registry_regrades_without_reingesting(
    ingest_into: Ingest, events: Events, tmp_path: Path
) -> None:
    ingest_into(BATCH1, BATCH2)
    assert event_of(events(), "res-08").grade.code == "B3"
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "sources.tsv").write_text(
        "KORSPY\tclaimant\tD\tour own review of its 2026 record\n", encoding="utf-8"
    )

    regraded = event_of(events(data_dir=mine), "res-08").grade

    assert regraded.code == "D4"
    assert "our own review of its 2026 record" in regraded.reliability_explanation
    assert str(mine / "sources.tsv") + ":1" in regraded.reliability_explanation


def _chain(key: str, stance: Stance, party: bool = False) -> Chain:
    return Chain("claimant", key, key, stance, (key,), ("doc",), (), party)


def test_credibility_thresholds() -> None:
    registry = load_sources()

    def credibility(*chains: Chain, rules: CredibilityRules | None = None) -> int:
        grade = grade_event(Corroboration(chains), registry, rules or CredibilityRules())
        return grade.credibility

    confirm, deny = Stance.CONFIRMS, Stance.DENIES
    assert credibility(_chain("KOR", confirm), _chain("USA", confirm), _chain("JPN", confirm)) == 1
    assert credibility(_chain("KOR", confirm), _chain("USA", confirm)) == 2
    assert credibility(_chain("KOR", confirm)) == 3
    assert credibility(_chain("UKR", confirm)) == 4, "one source graded C"
    assert credibility(_chain("KOR", confirm), _chain("CHN", deny)) == 4
    assert credibility(_chain("KOR", confirm), _chain("CHN", deny), _chain("IRN", deny)) == 5
    assert credibility(_chain("PRK", Stance.HEDGES)) == 6
    assert credibility() == 6
    accused = _chain("PRK", deny, party=True)
    assert credibility(_chain("KOR", confirm), accused) == 3
    strict = CredibilityRules(party_denials_contradict=True)
    assert credibility(_chain("KOR", confirm), accused, rules=strict) == 4
