"""Conflict wording of roots 11-18 told without the usual verb (e-silent7): force and
custody told in the passive with the doer after "by" ("were beaten by police", "were held
on board by the authorities"), visas and licences stopped ("suspended the issuance of
visas to", "refused to renew the licences of"), imports restricted, a threat by naming
a "legitimate target", threats to cut aid or to boycott told as warnings, disapproval in
the diplomatic register ("deeply regrets", "was troubled that"), a partnership suspended,
and a civilian act by a crowd no state names, done by the civilians of the place the
sentence sets it in ("About 200 fishermen protested outside the consulate in Cork").

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country or None)
WORDINGS = [
    ("182", "Three Malian traders were beaten by Guinean police at the market.", "GIN", "MLI"),
    (
        "173",
        "The nine Tunisian fishermen were held on board by the Maltese authorities for two days.",
        "MLT",
        "TUN",
    ),
    (
        "172",
        "Qatar suspended the issuance of new work visas to Nepalese nationals.",
        "QAT",
        "NPL",
    ),
    ("172", "Oman stopped issuing new visas for Pakistani nationals on Monday.", "OMN", "PAK"),
    (
        "172",
        "Norway refused to renew the licences of 20 Icelandic trawlers.",
        "NOR",
        "ISL",
    ),
    (
        "163",
        "Belarus introduced restrictions on imports of dairy products from Lithuania.",
        "BLR",
        "LTU",
    ),
    (
        "138",
        "Iran's foreign ministry said on Monday that the base makes Bahrain a legitimate target.",
        "IRN",
        "BHR",
    ),
    (
        "1312",
        "The Turkish union federation warned it could call a boycott of Danish products.",
        "TUR",
        "DNK",
    ),
    ("111", "Norway deeply regrets Belarus's decision to close the border.", "NOR", "BLR"),
    ("111", "Canada said it was troubled that Peru had deported the journalist.", "CAN", "PER"),
    ("160", "Japan suspended its strategic partnership with Myanmar in May.", "JPN", "MMR"),
    (
        "141",
        "About 200 fishermen protested outside the French consulate in Cork on Monday.",
        "IRL",
        "FRA",
    ),
    ("141", "Hundreds of people protested outside the Chinese embassy in Manila.", "PHL", "CHN"),
]

NOT_EVENTS = [
    # struck by a storm, a missile: no assault on people by people
    ("182", "Two Cuban freighters were struck by a storm off Haiti."),
    # talks, not people, held
    ("173", "Talks were held by the Malian and Guinean ministers in Conakry."),
    # visas issued, not stopped
    ("172", "Qatar resumed the issuance of work visas to Nepalese nationals."),
    # a licence renewed
    ("172", "Norway agreed to renew the licences of 20 Icelandic trawlers."),
    # no one named as a target, and a warning of no boycott or cut
    ("138", "Analysts said the base was a legitimate concern for Iran."),
    ("1312", "The Turkish union federation warned it could call a strike at the port."),
    # a regret of one's own, not of another's act
    ("111", "The minister regrets that he could not attend the summit in Lima."),
    # a partnership deepened
    ("160", "Japan upgraded its strategic partnership with Myanmar in May."),
    # a crowd that protests nowhere the sentence names: no state can be given it
    ("141", "Hundreds of people protested outside the embassy."),
    # a crowd's march aimed at no one the sentence names
    ("141", "Thousands of people marched through the centre of Lima on Sunday."),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), WORDINGS)
def test_silent_conflict_wording(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


@pytest.mark.parametrize(("code", "sentence"), NOT_EVENTS)
def test_silent_conflict_near_misses(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))
