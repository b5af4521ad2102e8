"""Key judgments: worded with the ICD-203 term of each event's credibility grade and the
confidence of its best source's reliability, read from data files checked on load."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from watchfloor import Brief, build_brief
from watchfloor.errors import DataFileError
from watchfloor.report.judgments import (
    ICD203_TERMS,
    MAX_JUDGMENTS,
    key_judgments,
    load_judgment_words,
)
from watchfloor.store import Store

PACKAGED = load_judgment_words()


def test_every_deployment_is_judged_in_icd203_words(evidence_brief: Brief) -> None:
    judgments = key_judgments(evidence_brief, PACKAGED)
    assert judgments and len(judgments) == min(len(evidence_brief.deployments), 6)
    rows = {row.event_id: row for row in evidence_brief.deployments}
    for judgment in judgments:
        row = rows[judgment.event_id]
        likely = PACKAGED.likelihood[int(row.grade[1:])]
        assert judgment.likelihood == likely.term and judgment.likelihood in ICD203_TERMS
        assert judgment.text.startswith(likely.lead) and row.sender in judgment.text
        assert judgment.band == f"{likely.low}–{likely.high}%"
        assert judgment.confidence == PACKAGED.confidence[row.grade[0]]
        assert f"grade {row.grade}" in judgment.basis
        assert {c.doc for c in judgment.citations} == {f.citation.doc for f in row.figures}


def test_the_best_graded_come_first(evidence_brief: Brief) -> None:
    judgments = key_judgments(evidence_brief, PACKAGED)
    grades = {row.event_id: row.grade for row in evidence_brief.deployments}
    credibility = [int(grades[j.event_id][1:]) for j in judgments]
    assert credibility == sorted(credibility)
    assert judgments[0].likelihood == "almost certain"  # NIS, the Pentagon and Seoul agree


def test_the_words_follow_the_admiralty_scale() -> None:
    bands = [PACKAGED.likelihood[grade] for grade in range(1, 6)]
    assert [b.low for b in bands] == sorted((b.low for b in bands), reverse=True)
    assert PACKAGED.confidence["A"] == "high confidence"


def test_a_users_words_replace_the_packaged_ones(tmp_path: Path, evidence_brief: Brief) -> None:
    packaged = Path(__file__).parents[2] / "src/watchfloor/report/data/likelihood.tsv"
    text = packaged.read_text(encoding="utf-8").replace(
        "1\talmost certain\t95\t99\tIt is almost certain that",
        "1\tnearly certain\t95\t99\tWe judge it nearly certain that",
    )
    (tmp_path / "likelihood.tsv").write_text(text, encoding="utf-8")
    words = load_judgment_words(tmp_path)
    assert words.likelihood[1].term == "nearly certain"
    assert words.confidence == PACKAGED.confidence
    assert key_judgments(evidence_brief, words)[0].text.startswith("We judge it nearly certain")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("1\tpretty sure\t95\t99\tIt is", "'pretty sure' is not an ICD-203 expression"),
        ("7\tlikely\t55\t80\tIt is", "credibility 7 is not an Admiralty grade"),
        ("1\tlikely\t80\t55\tIt is", "band 80-55"),
        ("1\tlikely\t50\t80\tIt is", "band 50-80 is not ICD-203.s for .likely.: 55-80"),
        ("1\tlikely\tmost\t80\tIt is", "low 'most' is not a whole number"),
    ],
)
def test_a_bad_row_is_named_by_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    (tmp_path / "likelihood.tsv").write_text(f"# words\n{row}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as caught:
        load_judgment_words(tmp_path)
    assert caught.value.line == 2 and caught.value.path.endswith("likelihood.tsv")


def test_a_missing_grade_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "confidence.tsv").write_text("A\thigh confidence\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="no row for reliability B, C, D, E, F"):
        load_judgment_words(tmp_path)


def test_the_threat_judgment_leads_in_the_assessments_own_words(evidence: Store) -> None:
    brief = build_brief(evidence, focus="KOR")
    a = brief.assessment
    assert a is not None and a.implications
    lead, *rest = key_judgments(brief, PACKAGED)
    t = a.threat
    assert lead.event_id is None and lead.text.startswith(t.question)
    assert (lead.likelihood, lead.band) == (t.words, t.band)
    assert lead.likelihood in ICD203_TERMS and t.phrase.startswith(t.words)
    assert lead.basis.startswith(f"p = {t.probability:.2f} from ")
    best = min(r.grade[0] for r in a.implications)
    assert lead.confidence == PACKAGED.confidence[best]
    assert {c.doc for c in lead.citations} == {c.doc for r in a.implications for c in r.citations}
    assert all(j.event_id for j in rest) and len(rest) < MAX_JUDGMENTS
    # with a deployment to judge as well, the threat still leads and the total is capped
    deployments = build_brief(evidence).deployments
    judged = key_judgments(replace(brief, deployments=deployments), PACKAGED)
    assert judged[0].event_id is None
    assert len(judged) == min(len(deployments) + 1, MAX_JUDGMENTS) and judged[1].event_id


def test_no_fired_indicator_no_threat_judgment(evidence: Store) -> None:
    brief = build_brief(evidence, focus="KOR")
    assert brief.assessment is not None
    quiet = replace(brief, assessment=replace(brief.assessment, implications=()))
    assert all(j.event_id for j in key_judgments(quiet, PACKAGED))
