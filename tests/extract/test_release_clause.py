"""A release demanded in a that-clause whose subject is the held ("demanded that the
crew be released", "demanded that the trawler be returned"; a pronoun
there is not yet read) is a demand for release (1053) aimed at
the holder, as "demanded their release" is (e-code9; blind batches 12-23 code such
clauses 1053 where the held are people or a craft). Invented stories."""

from .conftest import Events, briefs


def test_a_release_demanded_in_a_that_clause_is_1053_at_the_holder(events: Events) -> None:
    cases = [
        ("Peruvian coast guard vessels seized an Ecuadorian fishing boat on Sunday. "
         "Ecuador's embassy in Lima called the seizure \"an abuse\" and demanded that the "
         "boat be released at once.", ("1053", "ECU", "PER")),
        ("Moroccan navy patrols intercepted a Spanish trawler off Dakhla on Friday. Spain's "
         "foreign ministry demanded that the trawler be returned without delay.",
         ("1053", "ESP", "MAR")),
    ]  # fmt: skip
    for text, expected in cases:
        found = briefs(events, text)
        assert expected in found, (text, found)


def test_something_else_released_is_no_release_demand(events: Events) -> None:
    # a report or funds released on demand are not people or craft held
    text = (
        "Kenyan police detained nine Ugandan traders in Busia on Friday. Uganda's foreign "
        "ministry demanded that the police report be released in full."
    )
    found = briefs(events, text)
    assert not any(c == "1053" for c, _, _ in found), found
