from collections.abc import Callable
from datetime import date

import pytest

from watchfloor.extract.dates import find_dates
from watchfloor.models import Mention

Events = Callable[..., list[Mention]]


FRIDAY = date(2024, 10, 18)  # a Friday
MONDAY = date(2024, 10, 28)


def values(text: str, published: date | None = FRIDAY, future: bool = False) -> list[str]:
    return [d.value for d in find_dates(text, 0, published, future)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between Oct. 8 and Oct. 13", ["2024-10"]),
        ("on Friday", ["2024-10-18"]),
        ("last Friday", ["2024-10-11"]),
        ("on Tuesday", ["2024-10-15"]),
        ("in Moscow on Nov. 1", ["2023-11-01"]),
        ("signed on 19 June 2024", ["2024-06-19"]),
        ("three months ago", ["2024-07"]),
        # "a year ago this week": the same month, years back; "a year ago" alone the year
        ("a year ago this week", ["2023-10"]),
        ("two years ago this month", ["2022-10"]),
        ("a year ago", ["2023"]),
        ("earlier this month", ["2024-10"]),
        ("last year", ["2023"]),
        ("since 2019", ["2019"]),
        ("in October 2024", ["2024-10"]),
        ("in early November", ["2023-11"]),
        ("between 10 and 16 September", ["2024-09"]),
        ("yesterday", ["2024-10-17"]),
    ],
)
def test_past_dates_resolve_against_publication(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_future_weekday_is_the_next_one() -> None:
    assert values("will host him on Thursday", MONDAY, future=True) == ["2024-10-31"]


def test_may_the_verb_is_no_month() -> None:
    assert values("North Korea may send more troops", FRIDAY) == []
    assert values("in May", FRIDAY) == ["2024-05"]


def test_relative_dates_need_a_publication_date() -> None:
    assert values("on Friday", None) == []
    assert values("on 19 June 2024", None) == ["2024-06-19"]


def test_offsets_point_into_the_body() -> None:
    sentence = "The agency said on Friday."
    found = find_dates(sentence, 100, FRIDAY)
    assert (found[0].start, found[0].end) == (
        100 + sentence.index("on Friday"),
        100 + len(sentence) - 1,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Troops reached İzmir on Friday.",  # lower-casing "İ" lengthens the text
        "TROOPS REACHED THE BORDER ON FRIDAY.",
        "troops reached the border on friday.",
    ],
)
def test_dates_ignore_case_and_keep_offsets(text: str) -> None:
    [found] = find_dates(text, 10, FRIDAY)
    assert found.value == "2024-10-18"
    assert text[found.start - 10 : found.end - 10].strip() == found.text
    assert found.text.lower() == "on friday"


def test_mid_year_and_hyphenated_month() -> None:
    assert values("Fighting resumed in mid-2023.") == ["2023"]
    assert values("The talks stalled in late-September.") == ["2024-09"]


def test_a_date_before_and_closes_the_earlier_clause(events: Events) -> None:
    text = (
        "Vietnam's foreign minister held talks with his Laotian counterpart in Hanoi on Oct. 2 "
        "and was received by the Lao president three days later."
    )
    dated = {m.code: m.date.value if m.date else None for m in events(text)}
    assert dated.get("040") == "2024-10-02"


@pytest.mark.parametrize(
    "text",
    ["Fighting resumed in mid-2023.", "Talks were held on Friday, Nov. 1.", "No date here."],
)
def test_the_callers_words_find_what_a_scan_finds(text: str) -> None:
    from watchfloor.extract.text import tokenize

    words = {p for t in tokenize(text) for p in t.key.split("-")}
    assert find_dates(text, 0, FRIDAY, words=words) == find_dates(text, 0, FRIDAY)


def test_present_perfect_act_takes_no_story_day(events: Callable[..., list[Mention]]) -> None:
    """ "has sent" tells an act done up to now: the day the story last spoke of is when
    something else happened, not when the troops went."""
    text = (
        "Ethiopian artillery shelled Eritrean positions near Badme on Tuesday.\n\n"
        "Sudan has also sent 2,000 soldiers to Chad, officials said.\n\n"
        "Niger sent 500 soldiers to Chad as well."
    )
    found = {m.actor1.code: m for m in events(text) if m.code.startswith("07")}
    assert found["SDN"].date is None
    story_day = found["NER"].date
    assert story_day is not None and story_day.value == "2024-10-15"


def test_the_day_a_statement_was_released_is_no_date_of_the_act(
    events: Callable[..., list[Mention]],
) -> None:
    text = (
        "Canada will provide Moldova with two radar systems, according to a joint "
        "statement released by the Canadian foreign ministry on Tuesday."
    )
    (aid,) = [m for m in events(text) if m.code.startswith("07")]
    assert aid.actor1.code.startswith("CAN") and aid.date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the second anniversary of the coup", ["2022-10-18"]),
        ("On the 10th anniversary of the annexation", ["2014-10-18"]),
        ("ahead of the fifth anniversary of the ceasefire", ["2019"]),
    ],
)
def test_an_anniversary_dates_what_it_marks(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_an_anniversary_dates_the_act_it_names_not_the_main_one(events: Events) -> None:
    text = (
        "On the second anniversary of Russia's invasion of Ukraine, the European Union "
        "today imposed new sanctions on Russia."
    )
    dated = {m.code: m.date.value if m.date else None for m in events(text)}
    assert dated == {"190": "2022-10-18", "163": "2024-10-18"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Venezuela's defence minister said on Tuesday that any attack on Venezuelan soil "
            "would meet a crushing response.",
            "2024-10-15",
        ),
        (
            "The Ethiopian foreign minister said on Monday that Ethiopia condemns the "
            "Egyptian statement.",
            "2024-10-14",
        ),
    ],
)
def test_a_speech_act_is_dated_by_its_saying(events: Events, text: str, day: str) -> None:
    found = events(text)
    assert found and all(m.date is not None and m.date.value == day for m in found)


def test_a_claimed_act_is_not_dated_by_the_claim(events: Events) -> None:
    found = events("Seoul's spy agency said on Tuesday that Pyongyang had sent troops to Russia.")
    assert found and all(m.date is None or m.date.value != "2024-10-15" for m in found)


def test_a_long_future_clause_still_looks_ahead() -> None:
    text = (
        "Chile will move some fifteen thousand marines and about two thousand four hundred "
        "armoured vehicles to the north in March"
    )
    found = find_dates(text, 0, date(2024, 1, 18))
    assert [d.value for d in found] == ["2024-03"]


def test_a_comma_closes_the_clause_a_date_stands_in(events: Events) -> None:
    text = "Niger expelled two French diplomats in May, accusing them of spying."
    dated = {m.code: m.date.value if m.date else None for m in events(text)}
    assert dated.get("174") == "2024-05"


def test_a_reduced_relative_clause_keeps_its_own_date(events: Events) -> None:
    text = (
        "Japan today expressed concern over the military agreement signed in Minsk on "
        "3 March by Russia and Belarus."
    )
    dated = {m.code: m.date.value if m.date else None for m in events(text)}
    assert dated.get("057") == "2024-03-03"


def test_a_comma_in_a_figure_parts_no_future_clause() -> None:
    text = "Brazil will send 3,000 soldiers to its southern border starting on Friday"
    assert [d.value for d in find_dates(text, 0, MONDAY)] == ["2024-11-01"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile will deploy 2,000 troops by the end of the month", ["2024-10"]),
        ("the bases will close by the end of next month", ["2024-11"]),
        ("the talks must end by the end of the year", ["2024"]),
        ("when we met in Lima on the 6th, we agreed", ["2024-10-06"]),
        ("when the two sides met on the 25th.", ["2024-09-25"]),
    ],
)
def test_deadlines_and_bare_days_of_the_month(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_an_ordinal_before_a_noun_is_no_day() -> None:
    assert values("Ships of the 7th Fleet sailed on the 5th of May") == ["2024-05-05"]
    assert values("for the 6th time") == []


def test_an_undated_speech_act_keeps_the_day_of_the_saying_before_it(events: Events) -> None:
    text = (
        "The Kenyan foreign minister said on Tuesday that Kenya would not tolerate "
        "incursions across its border.\nHe also accused Somalia of arming the militias."
    )
    accusation = next(m for m in events(text) if m.code == "112")
    assert accusation.date is not None and accusation.date.value == "2024-10-15"


def test_a_states_own_statement_speaks_on_the_day_it_is_issued(events: Events) -> None:
    text = (
        "HANOI, Oct 18 (VNA) — The Ministry of Foreign Affairs of Vietnam issued a statement "
        "on Friday. The full text follows:\n\n"
        "Vietnam strongly condemns the air strikes carried out by the Cambodian army on "
        "Thursday night against our border villages, which killed dozens of our people.\n\n"
        "We hold Cambodia fully responsible for these crimes. We call on the international "
        "community to act.\n"
    )
    blame = next(m for m in events(text) if m.code == "112")
    assert blame.date is not None and blame.date.value == "2024-10-18"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Christmas Day 2023, the cable went dead.", ["2023-12-25"]),
        ("drones struck the port on New Year's Eve", ["2023-12-31"]),
        ("on Christmas Eve they shelled the town", ["2023-12-24"]),
    ],
)
def test_days_the_calendar_names(text: str, expected: list[str]) -> None:
    assert values(text, date(2024, 1, 20)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("struck on March 15,2022 at dawn", ["2022-03-15"]),
        ("landed on 3 May,2021, officials said", ["2021-05-03"]),
        ("on Christmas Day,2020", ["2020-12-25"]),
    ],
)
def test_a_year_glued_to_its_day_by_a_comma_is_read(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_a_figure_after_a_glued_comma_is_no_year() -> None:
    assert values("by June 5,500 troops had arrived", FRIDAY) == ["2024-06"]


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        ("The Malian president travelled to Moscow in late May and signed a defence pact "
         "with Russia.", "057", "2024-05"),
        ("Kenyan police raided the camp on Tuesday and arrested 14 Somali nationals.",
         "173", "2024-10-15"),
        # a participle after a comma tells an act of the same subject
        ("Niger's junta suspended two French broadcasters in March, accusing them of "
         "spreading propaganda.", "112", "2024-03"),
    ],
)  # fmt: skip
def test_a_verb_sharing_the_subject_shares_the_date(
    events: Callable[..., list[Mention]], text: str, code: str, expected: str
) -> None:
    found = [m for m in events(text) if m.code == code]
    assert found and found[0].date is not None and found[0].date.value == expected
