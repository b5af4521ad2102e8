from datetime import date
from pathlib import Path

from watchfloor.ingest import read_file
from watchfloor.models import Document, Problem

DATA = Path(__file__).parent / "data" / "feeds"


def documents(items: list[Document | Problem]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def test_rss_entries_become_documents_in_feed_order() -> None:
    items = list(read_file(DATA / "harbor-wire.rss"))
    assert [type(item) for item in items] == [Document, Document, Document, Problem]
    first, second, third = documents(items)
    # guids kept whole: two that differ in any character are two documents (issue 12)
    assert first.id == "https://example.org/harbor-wire/2024/10/18/nis-special-forces"
    assert second.id == "HW:2024:Oct/31 #7781"
    assert third.id == "https://example.org/harbor-wire/2024/11/01/link-only"  # no guid
    assert {doc.outlet for doc in (first, second, third)} == {"Harbor Wire — Asia"}
    assert first.title == "Seoul says North Korean troops shipped to Russia"
    assert first.url == "https://example.org/harbor-wire/2024/10/18/nis-special-forces"


def test_rss_dates_keep_the_feed_timezone_and_bad_dates_are_unknown() -> None:
    first, second, third = documents(list(read_file(DATA / "harbor-wire.rss")))
    assert first.published == date(2024, 10, 18)  # 08:30 +0900 is still the 17th in UTC
    assert second.published == date(2024, 10, 31)
    assert third.published is None


def test_rss_text_prefers_content_and_strips_html() -> None:
    first, second, _ = documents(list(read_file(DATA / "harbor-wire.rss")))
    assert first.text == (
        "SEOUL, Oct 18 — North Korea has sent about 1,500 special forces troops to Russia, "
        "South Korea's National Intelligence Service said.\n\n"
        "The agency said more would follow & that a second transport was expected."
    )
    assert second.text.startswith("TOKYO — Japan lodged a protest")
    assert "<p>" not in second.text


def test_rss_entry_without_text_is_a_problem_and_the_feed_goes_on() -> None:
    problem = list(read_file(DATA / "harbor-wire.rss"))[-1]
    assert isinstance(problem, Problem)
    assert problem.path == str(DATA / "harbor-wire.rss")
    assert problem.reason.startswith("entry 4: 'Empty item'")


def test_atom_entries() -> None:
    first, second = documents(list(read_file(DATA / "global-desk.atom")))
    assert first.id == "tag:example.org,2024:gdr/unsc-kp-troops"
    assert first.title == "UN Security Council meets on North Korean troops"
    assert first.published == date(2024, 10, 31)  # published, not updated; local date
    assert first.outlet == "Global Desk Report"
    assert first.text == (
        "NEW YORK — The UN Security Council met on Wednesday to discuss reports that "
        'North Korea sent troops to Russia.\n\nRussia\'s envoy called the reports "lies".'
    )
    assert second.id == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"
    assert second.text == "BRUSSELS — NATO confirmed the deployment.\nA second line of plain text."
    assert second.published == date(2024, 11, 2)  # only <updated>
    assert second.url is None  # feedparser copies the urn id into the link


def test_xml_that_is_not_a_feed_is_a_problem() -> None:
    (problem,) = read_file(DATA / "sitemap.xml")
    assert isinstance(problem, Problem)
    assert "not a readable RSS or Atom feed" in problem.reason
