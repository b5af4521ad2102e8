"""Key judgments: worded with the ICD-203 term of each event's credibility grade and the
confidence of its best source's reliability, read from data files checked on load."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor import Brief
from watchfloor.errors import DataFileError
from watchfloor.report.judgments import ICD203_TERMS, key_judgments, load_judgment_words

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
