"""The HTML brief of a focus (``--focus KOR``) shows its assessment: the threat level,
the fired indicators with their events, the competing hypotheses and the most diagnostic
rows of the ACH matrix, the response options and the changes, every row cited from a
stored document with its outlet and date, events linked to the dashboard, text inert."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import lxml.html
import pytest

from watchfloor import Brief, build_brief
from watchfloor.report.brief_assessment import AssessmentSection
from watchfloor.report.html import (
    ASSESSMENT_SECTIONS,
    MAX_MATRIX_ROWS,
    SECTIONS,
    brief_page,
    page_sections,
    render_brief_html,
)
from watchfloor.report.judgments import ICD203_TERMS, key_judgments, load_judgment_words
from watchfloor.report.series import brief_series
from watchfloor.store import Store

from .conftest import HOSTILE_SCRIPT

LINK_BASE = "http://127.0.0.1:8765"
CITED = ("indicators", "hypotheses", "responses")


def render(store: Store, brief: Brief, link_base: str | None = LINK_BASE) -> Any:
    judgments = key_judgments(brief, load_judgment_words())
    page = brief_page(brief, judgments, brief_series(store, brief), link_base=link_base)
    return lxml.html.document_fromstring(render_brief_html(page))


@pytest.fixture(scope="module")
def focus_brief(evidence: Store) -> Brief:
    return build_brief(evidence, focus="KOR")


@pytest.fixture(scope="module")
def tree(evidence: Store, focus_brief: Brief) -> Any:
    return render(evidence, focus_brief)


def assessment(brief: Brief) -> AssessmentSection:
    assert brief.assessment is not None
    return brief.assessment


def rows(tree: Any, section: str, table: str | None = None) -> list[Any]:
    where = f"//section[@id='{section}']//table" + (f"[@class='{table}']" if table else "")
    return list(tree.xpath(f"{where}/tbody/tr"))


def cells(row: Any) -> list[str]:
    return [td.text_content() for td in row.xpath("./td")]


def test_the_assessment_follows_the_key_judgments_only_with_a_focus(
    tree: Any, focus_brief: Brief, evidence_brief: Brief
) -> None:
    found = [s.get("id") for s in tree.xpath("//main/section")]
    expected = ("judgments", *ASSESSMENT_SECTIONS, *SECTIONS[1:])
    assert page_sections(focus_brief) == expected
    # the reported tables' section is there only when the sources have tables
    assert found == [s for s in expected if s != "reported" or focus_brief.tables]
    assert page_sections(evidence_brief) == SECTIONS


def test_the_threat_row_is_the_assessments_own(tree: Any, focus_brief: Brief) -> None:
    t = assessment(focus_brief).threat
    (row,) = rows(tree, "threat")
    assert cells(row) == [t.question, t.level, f"{t.probability:.2f}", t.words, t.band,
                          t.as_of]  # fmt: skip
    assert t.words in ICD203_TERMS and t.phrase.startswith(t.words)
    low, high = (int(x) for x in t.band.rstrip("%").split("–"))
    assert low <= t.probability * 100 <= high
    heading = tree.xpath("//section[@id='threat']/h2")[0].text_content()
    assert heading == "Threat level to KOR"


def test_each_fired_indicator_shows_its_events_linked(
    tree: Any, focus_brief: Brief, evidence: Store
) -> None:
    a = assessment(focus_brief)
    shown = rows(tree, "indicators")
    assert len(shown) == len(a.implications) >= 4
    for row, implication in zip(shown, a.implications, strict=True):
        (link,) = row.xpath(".//a[@class='event']")
        assert link.text_content() == implication.event_id
        assert link.get("href") == f"{LINK_BASE}/ui/event/{implication.event_id}"
        assert evidence.event(implication.event_id) is not None
        assert cells(row)[:2] == [implication.aspect, implication.implies]
    aspects = {cells(r)[0] for r in shown}
    assert "A state sends forces abroad to fight for another" in aspects


@pytest.mark.parametrize("section", CITED)
def test_every_row_cites_a_stored_document_with_its_outlet_and_date(
    tree: Any, evidence: Store, section: str
) -> None:
    found = rows(tree, section)
    assert found
    for row in found:
        cites = row.xpath(".//span[@class='cite']")
        assert cites, lxml.html.tostring(row)
        for cite in cites:
            stored = evidence.document(cite.text_content().split(",", 1)[0])
            assert stored is not None
            assert cite.xpath("./span[@class='outlet']")[0].text_content() == stored.outlet
            assert stored.published is not None
            assert cite.xpath("./time")[0].text_content() == stored.published.isoformat()


def test_the_hypotheses_show_posterior_and_inconsistency(tree: Any, focus_brief: Brief) -> None:
    a = assessment(focus_brief)
    shown = rows(tree, "hypotheses", "motives")
    assert [cells(r)[0] for r in shown] == list(a.hypotheses)
    for row, motive in zip(shown, a.motives, strict=True):
        assert cells(row)[2:4] == [f"{motive.posterior:.3f}", f"{motive.inconsistency:.2f}"]
        assert (row.get("class") == "leading") == motive.leading
        linked = [link.text_content() for link in row.xpath("./td[5]//a[@class='event']")]
        assert linked == list(motive.consistent)
    assert len([r for r in shown if r.get("class") == "leading"]) == 1


def test_the_matrix_shows_the_most_diagnostic_rows_and_says_what_it_leaves_out(
    tree: Any, focus_brief: Brief
) -> None:
    a = assessment(focus_brief)
    shown = rows(tree, "hypotheses", "matrix")
    assert len(shown) == min(len(a.matrix), MAX_MATRIX_ROWS)
    diagnosticity = [float(cells(r)[4]) for r in shown]
    assert diagnosticity == sorted(diagnosticity, reverse=True)
    best = max(a.matrix, key=lambda r: r.diagnosticity)
    assert cells(shown[0])[0] == best.event_id
    assert cells(shown[0])[5 : 5 + len(a.hypotheses)] == list(best.cells)
    header = [th.text_content() for th in tree.xpath("//table[@class='matrix']/thead//th")]
    assert header[5 : 5 + len(a.hypotheses)] == list(a.hypotheses)
    caption = tree.xpath("//table[@class='matrix']/caption")[0].text_content()
    left_out = len(a.matrix) - len(shown)
    assert (f"{left_out} less diagnostic rows are left out" in caption) == (left_out > 0)
    check = tree.xpath("//p[@class='sensitivity']")[0].text_content()
    assert a.sensitive_rows or "no single row's removal changes" in check


def test_a_row_the_sensitivity_check_names_is_always_shown(
    evidence: Store, focus_brief: Brief
) -> None:
    a = assessment(focus_brief)
    weakest = min(a.matrix, key=lambda r: (r.diagnosticity, r.event_id)).event_id
    sensitive = replace(focus_brief, assessment=replace(a, sensitive_rows=(weakest,)))
    tree = render(evidence, sensitive)
    marked = rows(tree, "hypotheses", "matrix")
    assert [cells(r)[0] for r in marked if r.get("class") == "sensitive"] == [weakest]
    check = tree.xpath("//p[@class='sensitivity']")[0]
    assert [x.text_content() for x in check.xpath(".//a[@class='event']")] == [weakest]
    assert "alone would change the leading hypothesis" in check.text_content()


def test_each_response_shows_its_effects_and_where_they_are_argued(
    tree: Any, focus_brief: Brief
) -> None:
    a = assessment(focus_brief)
    shown = rows(tree, "responses")
    assert len(shown) == len(a.responses)
    for row, option in zip(shown, a.responses, strict=True):
        text = cells(row)
        assert text[:3] == [option.response, option.immediate, option.long_term]
        assert text[5] == "; ".join(option.sources)
        linked = [link.text_content() for link in row.xpath(".//a[@class='event']")]
        assert linked == list(option.event_ids)
    sanctions = next(cells(r) for r in shown if cells(r)[0].startswith("Expand targeted"))
    assert sanctions[1:3] == ["Heightened isolation of North Korea.", "Possible economic collapse."]


def test_the_changes_are_listed(tree: Any, focus_brief: Brief) -> None:
    items = [li.text_content() for li in tree.xpath("//section[@id='changes']//li")]
    assert items == list(assessment(focus_brief).changes) and items


def test_the_threat_judgment_leads_the_key_judgments(tree: Any, focus_brief: Brief) -> None:
    t = assessment(focus_brief).threat
    first = cells(rows(tree, "judgments")[0])
    assert first[0] == "" and first[1].startswith(t.question)
    assert f"judge it {t.words} (threat level {t.level})" in first[1]
    assert first[2] == f"{t.words} ({t.band})"
    assert first[4].startswith(f"p = {t.probability:.2f} from ")


def test_assessment_text_shows_as_text(evidence: Store, focus_brief: Brief) -> None:
    a = assessment(focus_brief)
    hostile = replace(
        a,
        threat=replace(a.threat, question=HOSTILE_SCRIPT),
        responses=(replace(a.responses[0], immediate=HOSTILE_SCRIPT, sources=("<i>x</i>",)),),
        implications=(replace(a.implications[0], implies=HOSTILE_SCRIPT),),
        changes=(HOSTILE_SCRIPT,),
    )
    tree = render(evidence, replace(focus_brief, assessment=hostile))
    html = lxml.html.tostring(tree, encoding="unicode")
    assert "<script" not in html and "<i>x</i>" not in html and not tree.xpath("//i")
    for section in ("threat", "indicators", "responses", "changes"):
        text = tree.xpath(f"//section[@id='{section}']")[0].text_content()
        assert HOSTILE_SCRIPT in text, section


def test_without_a_link_base_the_events_are_not_links(evidence: Store, focus_brief: Brief) -> None:
    tree = render(evidence, focus_brief, link_base=None)
    assert not tree.xpath("//a[@class='event']")
    shown = tree.xpath("//section[@id='indicators']//span[@class='event']")
    assert [s.text_content() for s in shown] == [
        r.event_id for r in assessment(focus_brief).implications
    ]
