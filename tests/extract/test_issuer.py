"""A state body's own statement, on invented statements: who issues it (its title says
so), and that "we", "our Government" and the body's own acts are its state's."""

from datetime import date

from watchfloor.extract import Extractor
from watchfloor.extract.issuer import statement_issuer
from watchfloor.extract.text import tokenize
from watchfloor.models import Document

Brief = tuple[str, str, str | None]


def _issuer_code(extractor: Extractor, title: str) -> str | None:
    tokens = tokenize(title)
    found = extractor.actors.find(tokens, title)
    issuer = statement_issuer(tokens, found, extractor.rules.class_words("STATEMENT"))
    return None if issuer is None else issuer.code


def _briefs(extractor: Extractor, title: str, text: str) -> set[Brief]:
    document = Document(id="t", text=text, title=title, published=date(2026, 3, 10))
    return {
        (m.code, m.actor1.code, m.actor2.code if m.actor2 else None)
        for m in extractor.extract(document).mentions
    }


def test_the_body_after_statement_of_issues_it(extractor: Extractor) -> None:
    title = "Statement of the Ministry of Foreign Affairs of the Republic of Chile on the fishermen"
    assert _issuer_code(extractor, title) == "CHLGOV"
    by = "Boat seized (Statement by the Press Secretary, Ministry of Foreign Affairs of Ghana)"
    assert _issuer_code(extractor, by) == "GHAGOV"


def test_a_body_right_before_communique_issues_it(extractor: Extractor) -> None:
    assert _issuer_code(extractor, "Armenian defence ministry weekly briefing: the border") == (
        "ARMMIL"
    )
    assert _issuer_code(extractor, "Peruvian Navy communique on the seizure of a trawler") == (
        "PERMIL"
    )


def test_the_topic_of_a_statement_never_issues_it(extractor: Extractor) -> None:
    title = "Statement of the Presidency on the attack by Rwandan troops"
    issuer = _issuer_code(extractor, title)
    assert issuer is None or not issuer.startswith("RWA")
    assert _issuer_code(extractor, "Seoul issues statement on the North's missile launch") is None
    assert _issuer_code(extractor, "Kenya and Uganda sign a border treaty") is None


def test_our_government_is_the_issuers_state_with_no_dateline(extractor: Extractor) -> None:
    title = "Communiqué of the Ministry of Foreign Affairs of the Republic of Ecuador"
    text = (
        "COMMUNIQUÉ\n\nThe United States imposed new sanctions on Ecuadorian officials.\n\n"
        "Our Government thanks the Republic of Cuba for its solidarity with our people.\n"
    )
    found = _briefs(extractor, title, text)
    assert ("051", "ECUGOV", "CUB") in found
    assert not any(a1.startswith("USA") and c == "051" for c, a1, _ in found)


def test_we_in_a_general_staffs_statement_are_its_forces(extractor: Extractor) -> None:
    title = "Statement of the General Staff of the Armed Forces of Armenia (translated)"
    text = (
        "A spokesman for the General Staff issued the following statement.\n\n"
        "We condemn the shelling of Sotk by Azerbaijani units and we call on Azerbaijan to "
        "withdraw its troops from the border.\n"
    )
    found = _briefs(extractor, title, text)
    assert any(c == "111" and a1 == "ARMMIL" for c, a1, _ in found)


def test_a_wire_story_with_a_statement_in_its_title_has_no_issuer(extractor: Extractor) -> None:
    title = "Kenya issues statement on the border clash"
    text = "NAIROBI, March 9 (Wire) - Kenya said on Monday that we have seen no troops.\n"
    document = Document(id="t", text=text, title=title, published=date(2026, 3, 10))
    assert extractor.extract(document) is not None
    assert _issuer_code(extractor, title) is None


def test_the_islamic_emirate_is_afghanistans_government(extractor: Extractor) -> None:
    title = "Statement of the Ministry of Foreign Affairs of the Islamic Emirate of Afghanistan"
    text = "The Islamic Emirate condemns the shelling of Kunar province by Pakistani forces.\n"
    assert any(
        c == "111" and a1 == "AFGGOV" for c, a1, _ in _briefs(extractor, title, text)
    )


def _press_issuer(extractor: Extractor, title: str) -> tuple[str, str] | None:
    tokens = tokenize(title)
    found = extractor.actors.find(tokens, title)
    issuer = statement_issuer(
        tokens,
        found,
        extractor.rules.class_words("STATEMENT"),
        extractor.rules.class_words("PRESS_STATEMENT"),
    )
    return None if issuer is None else (issuer.code, issuer.role)


def test_a_numbered_press_release_or_note_names_its_issuer(extractor: Extractor) -> None:
    numbered = "Press release No. 57 of the Ministry of Foreign Affairs of Ghana on the trawler"
    assert _press_issuer(extractor, numbered) == ("GHAGOV", "GOV")
    note = "Press Note No. 9 of the Ministry of Foreign Affairs of the Republic of Chile"
    assert _press_issuer(extractor, note) == ("CHLGOV", "GOV")
    # "from", with no state: the body comes back for the document's home to complete
    unnamed = "Press release from the Ministry of Foreign Affairs: fishing boat seized"
    assert _press_issuer(extractor, unnamed) == ("", "GOV")


def test_a_release_or_a_note_without_press_names_no_issuer(extractor: Extractor) -> None:
    assert _press_issuer(extractor, "Iran demands the release of the British tanker") is None
    assert _press_issuer(extractor, "Japan hands a note of protest to China over the isles") is (
        None
    )


def test_a_state_named_after_its_ministry_issues_as_its_government(extractor: Extractor) -> None:
    # the state's own name follows a long ministry name; a people inside that name
    # ("Malians Abroad") is never the issuer
    title = (
        "Communiqué of the Ministry of Foreign Affairs, Cooperation and Malians Abroad of "
        "the Republic of Mali on the drone strike near the border"
    )
    assert _press_issuer(extractor, title) == ("MLIGOV", "GOV")
    longer = (
        "Communiqué of the Ministry of Foreign Affairs and International Cooperation of "
        "the Republic of Ghana on the detention of fishermen"
    )
    assert _press_issuer(extractor, longer) == ("GHAGOV", "GOV")


def test_the_government_after_an_opener_is_the_issuers(extractor: Extractor) -> None:
    title = "Press release No. 12 of the Ministry of Foreign Affairs of the Republic of Kenya"
    text = (
        "1. The Ministry expresses its strong dissatisfaction over the decision of Uganda.\n\n"
        "2. In response, the Government has decided to suspend the cooperation projects in "
        "Uganda.\n"
    )
    found = _briefs(extractor, title, text)
    assert any(c.startswith("16") and a1 == "KENGOV" for c, a1, _ in found)


def test_a_lower_case_government_after_an_opener_stays_unknown(extractor: Extractor) -> None:
    # wire copy with no home: "the government" of no state named is nobody's
    text = "In response, the government suspended the cooperation projects in Uganda.\n"
    document = Document(id="t", text=text, title="Aid row", published=date(2026, 3, 10))
    assert not any(m.actor1.code for m in extractor.extract(document).mentions)
