"""The HTML briefing: every section, every row cited with a stored document's outlet and
date, rows linked to the dashboard's event pages, nothing fetched, article text inert."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import lxml.html
import pytest

from watchfloor import Brief
from watchfloor.errors import WatchfloorError
from watchfloor.report.html import (
    MAX_TIMELINE_ROWS,
    SECTIONS,
    brief_page,
    check_link_base,
    render_brief_html,
)
from watchfloor.report.judgments import key_judgments, load_judgment_words
from watchfloor.report.series import brief_series
from watchfloor.store import Store

from .conftest import HOSTILE_ID, HOSTILE_OUTLET, HOSTILE_SCRIPT

LINK_BASE = "http://127.0.0.1:8765/"
CITED_SECTIONS = ("judgments", "relations", "deployments", "estimates", "timeline", "reported")
CHARTS = ("dyads", "estimates", "timeline")


def render(store: Store, brief: Brief, link_base: str | None = None) -> str:
    judgments = key_judgments(brief, load_judgment_words())
    series = brief_series(store, brief)
    return render_brief_html(brief_page(brief, judgments, series, link_base=link_base))


@pytest.fixture(scope="module")
def html(evidence: Store, evidence_brief: Brief) -> str:
    return render(evidence, evidence_brief, LINK_BASE)


@pytest.fixture(scope="module")
def tree(html: str) -> Any:
    return lxml.html.document_fromstring(html)


def body_rows(tree: Any, section: str) -> list[Any]:
    return list(tree.xpath(f"//section[@id='{section}']//tbody/tr"))


def test_every_id_on_the_page_is_unique(tree: Any) -> None:
    ids = tree.xpath("//@id")
    assert len(ids) == len(set(ids)), "three inline charts must not share glyph or clip ids"


def test_every_section_is_there_in_order(tree: Any) -> None:
    found = [s.get("id") for s in tree.xpath("//main/section")]
    assert found == list(SECTIONS)
    titles = [h.text_content() for h in tree.xpath("//main/section/h2")]
    assert titles[:2] == ["Key judgments", "Most active relations"]
    assert "Timeline" in titles


def test_the_page_fetches_nothing(tree: Any, html: str) -> None:
    assert not tree.xpath("//script | //link | //img | //iframe | //object | //*[@src]")
    assert "@import" not in html
    assert not re.search(r"url\((?!#)", html), "only references inside the page"
    in_svg = tree.xpath("//*[local-name()='svg']//@*[local-name()='href']")
    assert all(href.startswith("#") for href in in_svg)
    assert len(tree.xpath("//head/style")) == 1
    charts = tree.xpath("//figure[@class='chart']")
    assert [f.get("id") for f in charts] == [f"chart-{name}" for name in CHARTS]
    for figure in charts:
        svg = figure.xpath("./*[local-name()='svg']")
        assert len(svg) == 1 and svg[0].xpath(".//*[local-name()='path']")


@pytest.mark.parametrize("section", CITED_SECTIONS)
def test_every_row_cites_a_stored_document_with_its_outlet_and_date(
    tree: Any, evidence: Store, section: str
) -> None:
    rows = body_rows(tree, section)
    assert rows, f"no rows in {section}"
    for row in rows:
        cites = row.xpath(".//span[@class='cite']")
        assert cites, lxml.html.tostring(row)
        for cite in cites:
            doc = cite.text_content().split(",", 1)[0]
            stored = evidence.document(doc)
            assert stored is not None, doc
            assert cite.xpath("./span[@class='outlet']")[0].text_content() == stored.outlet
            published = stored.published.isoformat() if stored.published else None
            assert cite.xpath("./time")[0].text_content() == published


def test_rows_link_to_their_event_page_on_the_dashboard(tree: Any, evidence: Store) -> None:
    links = tree.xpath("//a[@class='event']")
    assert len(links) >= len(body_rows(tree, "deployments")) + len(body_rows(tree, "judgments"))
    for link in links:
        event_id = link.text_content()
        assert link.get("href") == f"http://127.0.0.1:8765/ui/event/{event_id}"
        assert evidence.event(event_id) is not None, event_id
    for section in ("judgments", "deployments", "estimates"):
        for row in body_rows(tree, section):
            assert row.xpath(".//a[@class='event']"), section


def test_without_a_link_base_nothing_links_to_a_dashboard(
    evidence: Store, evidence_brief: Brief
) -> None:
    tree = lxml.html.document_fromstring(render(evidence, evidence_brief))
    assert not tree.xpath("//a[@class='event']")
    assert tree.xpath("//span[@class='event']")


def test_article_text_and_metadata_show_as_text(tree: Any, html: str) -> None:
    assert "<script" not in html
    assert "<b>North Korea" not in html
    quoted = [td for td in tree.xpath("//td") if HOSTILE_SCRIPT in td.text_content()]
    assert quoted, "the sentence with markup is shown, as text"
    outlets = [o for o in tree.xpath("//span[@class='outlet']") if o.text == HOSTILE_OUTLET]
    assert outlets, "the outlet with markup is shown, as text"


def test_a_javascript_address_is_never_a_link(tree: Any) -> None:
    cites = [c for c in tree.xpath("//span[@class='cite']")
             if c.text_content().startswith(HOSTILE_ID)]  # fmt: skip
    assert cites
    assert all(not c.xpath(".//a") for c in cites)
    assert not [a for a in tree.xpath("//a") if not a.get("href", "").startswith("http")]
    linked = tree.xpath("//span[@class='cite']/a/@href")
    assert any(href.startswith("https://example.org/") for href in linked)


def test_the_same_brief_renders_the_same_page(
    evidence: Store, evidence_brief: Brief, html: str
) -> None:
    assert render(evidence, evidence_brief, LINK_BASE) == html


def test_a_long_timeline_shows_its_latest_rows_and_says_so(
    evidence: Store, evidence_brief: Brief
) -> None:
    rows = evidence_brief.timeline
    long = replace(evidence_brief, timeline=tuple(rows * (MAX_TIMELINE_ROWS // len(rows) + 2)))
    tree = lxml.html.document_fromstring(render(evidence, long))
    assert len(body_rows(tree, "timeline")) == MAX_TIMELINE_ROWS
    left_out = len(long.timeline) - MAX_TIMELINE_ROWS
    note = tree.xpath("//section[@id='timeline']/p[@class='note']")[0].text_content()
    assert f"{left_out} earlier ones are left out" in note
    shown = body_rows(tree, "timeline")[-1].xpath("./td")[0].text_content()
    assert shown == long.timeline[-1].date, "the latest rows are the ones shown"


@pytest.mark.parametrize("bad", ["ftp://host", "127.0.0.1:8000", "javascript:alert(1)"])
def test_a_link_base_must_be_a_web_address(bad: str) -> None:
    with pytest.raises(WatchfloorError, match="--link-base"):
        check_link_base(bad)
