""" "The two" with no noun after it, before a verb, stands for the two parties named
before: "talks with President X, and the two signed"."""

from .conftest import Events, briefs


def test_the_two_with_no_noun_are_the_two_parties_named_before(events: Events) -> None:
    cases = [
        ("President Tinubu flew to Accra on Monday for talks with President Mahama, and "
         "the two signed a memorandum on trade.", ("057", "NGA", "GHA")),
        ("Finland's prime minister met Estonia's prime minister in Tallinn on Friday. The "
         "two signed a declaration on undersea cables.", ("057", "FIN", "EST")),
    ]  # fmt: skip
    for text, expected in cases:
        assert expected in briefs(events, text), text


def test_the_two_before_a_noun_or_a_number_are_no_bare_pair(events: Events) -> None:
    # "the two ships" names ships, not the parties of the meeting before
    text = ("Poland's president met Lithuania's president in Vilnius. The two ships were "
            "seized by pirates.")  # fmt: skip
    assert all(a1 not in ("POL", "LTU") for c, a1, _ in briefs(events, text) if c == "171")
