"""Families decided by whether an act is asked for or done, and what a ban stops (e-code8):

- a release asked for in noun form ("asked for the release of", "a note requesting the
  immediate release of", "is seeking the return of its nationals") is an appeal for it
  (0253), not the release (0841); one announced stays a release;
- a state's own citizens barred from travelling to another state: contacts cut (160), no
  visit (042); a court barring one person names no citizens and makes no 160;
- exports or imports banned outright: an embargo (163), not trade (061); a ban lifted is
  no embargo;
- migrant workers stopped from going to a state ("suspended the deployment of domestic
  workers to", "halted labour approvals for a firm"): an administrative sanction (172),
  no troops sent (072) or mobilised (154); a deployment resumed is none;
- another's decision or measure regretted: disapproval (111) aimed at whose it is; a loss
  of life regretted is no criticism;
- an apology refused ("refused to apologise", "will not apologise"): a refusal to yield
  (124), no apology (055); an apology made stays 055.

Every sentence here is invented (other countries, other wording than any gold text).
Actors are compared by country, the first three letters of the code, as the scorer does."""

import pytest

from .conftest import Events, briefs

# (code, sentence, actor1 country, actor2 country or None)
FOUND = [
    ("0253", "Ghana summoned Togo's ambassador on Monday and asked for the release of "
     "eleven fishermen from Keta.", "GHA", "TGO"),
    ("0253", "Fiji asked Vanuatu for the immediate release of the crew.", "FJI", "VUT"),
    ("0253", "Senegal is seeking the release of 14 Senegalese fishermen from Mauritania.",
     "SEN", "MRT"),
    ("160", "Kuwait has banned its citizens from travelling to Iraq until further notice.",
     "KWT", "IRQ"),
    ("160", "Nationals of Qatar are prohibited from travelling to Yemen, the interior "
     "ministry said.", "QAT", "YEM"),
    ("163", "Tanzania banned rice exports to Kenya in March.", "TZA", "KEN"),
    ("163", "Malawi's government banned maize exports on Friday.", "MWI", None),
    ("172", "Sri Lanka suspended the deployment of domestic workers to Jordan on Monday.",
     "LKA", "JOR"),
    ("172", "The Philippines imposed a ban on the deployment of new workers to Oman.", "PHL",
     "OMN"),
    ("172", "Bangladesh halted labour approvals for a Thai rubber company.", "BGD", "THA"),
    ("111", "Laos said it regretted Cambodia's decision to close the Trapeang Kriel crossing.",
     "LAO", "KHM"),
    ("111", "Bhutan's foreign ministry regrets the decision of the Nepali government.",
     "BTN", "NPL"),
    ("124", "Turkey refused to apologise to Cyprus for the minister's remarks.", "TUR",
     "CYP"),
    ("124", 'The Turkish government said Ankara "will not apologise" to Cyprus.', "TUR",
     "CYP"),
    ("055", "Turkey apologised to Cyprus for the minister's remarks.", "TUR", "CYP"),
]


@pytest.mark.parametrize(("code", "sentence", "actor1", "actor2"), FOUND)
def test_appeal_and_ban_wording(
    events: Events, code: str, sentence: str, actor1: str, actor2: str | None
) -> None:
    assert (code, actor1, actor2) in briefs(events, sentence)


# the family the same words must not take
NOT_FOUND = [
    # a release asked for is not yet done
    ("0841", "Fiji asked Vanuatu for the immediate release of the crew."),
    ("0841", "Senegal is seeking the release of 14 Senegalese fishermen from Mauritania."),
    # a release announced is no appeal
    ("0253", "Mauritania announced the release of 14 Senegalese fishermen on Friday."),
    # citizens barred from travelling make no visit
    ("042", "Kuwait has banned its citizens from travelling to Iraq until further notice."),
    # one man barred by a court is no state's travel ban
    ("160", "A court in Nairobi barred the former governor from travelling to London."),
    # a ban on exports is no trade, and a ban lifted is no embargo
    ("061", "Tanzania banned rice exports to Kenya in March."),
    ("163", "Malawi lifted the ban on maize exports on Friday."),
    # workers are no troops, and a deployment resumed is no sanction
    ("072", "Sri Lanka suspended the deployment of domestic workers to Jordan on Monday."),
    ("154", "Sri Lanka suspended the deployment of domestic workers to Jordan on Monday."),
    ("172", "Sri Lanka resumed the deployment of domestic workers to Jordan."),
    ("172", "Kenya has suspended the deployment of its troops to Haiti."),
    # a loss of life regretted is no criticism
    ("111", "Cambodia's foreign ministry said it regretted the loss of life at the border."),
    # an apology refused is none made, and one made is no refusal
    ("055", "Turkey refused to apologise to Cyprus for the minister's remarks."),
    ("055", 'The Turkish government said Ankara "will not apologise" to Cyprus.'),
    ("124", "Turkey apologised to Cyprus for the minister's remarks."),
]


@pytest.mark.parametrize(("code", "sentence"), NOT_FOUND)
def test_appeal_and_ban_not_this_family(events: Events, code: str, sentence: str) -> None:
    assert not any(c == code for c, _, _ in briefs(events, sentence))
