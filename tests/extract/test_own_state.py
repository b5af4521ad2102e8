"""A state's own texts name it without its name: "the Kingdom" in a Danish minister's
answer, "the Republic" in a Ghanaian deputy's question, "our country" in a ministry's
statement; a ministry's statement calls itself "the Ministry" after naming another
state's ministry; a house named in its own language ("Tweede Kamer") gives its record
a state. Invented transcripts and statements of several states."""

from pathlib import Path

import pytest

from watchfloor.errors import DataFileError
from watchfloor.extract import Extractor
from watchfloor.extract.rules import load_rules
from watchfloor.models import Document

Found = set[tuple[str, str, str | None]]


def _found(extractor: Extractor, text: str, title: str, outlet: str | None = None) -> Found:
    document = Document(id="t", text=text, title=title, outlet=outlet, published=None)
    return {(m.code, m.actor1.code, m.actor2.code if m.actor2 else None)
            for m in extractor.extract(document).mentions}  # fmt: skip


def test_the_kingdom_in_a_danish_ministers_answer_is_denmark(extractor: Extractor) -> None:
    text = (
        "Folketing, question hour, Wednesday 4 March 2026\n\n"
        "Mr Holm (V): What does the government say to Moscow?\n\n"
        "Minister Lund: Let me be clear. Moscow has threatened the Kingdom with "
        "retaliation over the cable inspections.\n"
    )
    found = _found(extractor, text, "Folketing question hour: Russian threats (translated)")
    assert any(code.startswith("13") and a2 == "DNK" for code, _, a2 in found)


def test_the_republic_in_a_statement_is_its_issuers_state(extractor: Extractor) -> None:
    text = (
        "The Ministry of Foreign Affairs of the Republic of Moldova notes that on 3 May "
        "the Russian Federation accused the Republic of preparing a provocation on the "
        "Dniester.\n"
    )
    title = "Statement of the Ministry of Foreign Affairs of the Republic of Moldova"
    found = _found(extractor, text, title)
    assert ("112", "RUS", "MDA") in found


def test_our_country_in_a_statement_is_its_state(extractor: Extractor) -> None:
    text = "Azerbaijan has threatened our country with a blockade.\n"
    title = "Statement of the Ministry of Foreign Affairs of the Republic of Armenia"
    found = _found(extractor, text, title)
    assert any(code.startswith("138") and a2 == "ARM" for code, _, a2 in found)


def test_the_kingdom_is_never_a_republics_own(extractor: Extractor) -> None:
    """Ghana is no kingdom: "the Kingdom" in its statement is the other state, not Ghana."""
    text = "The Ministry of Foreign Affairs of Ghana regrets that the Kingdom condemned Ghana.\n"
    title = "Statement of the Ministry of Foreign Affairs of Ghana on the Kingdom of Morocco"
    found = _found(extractor, text, title)
    assert not any(a1 == "GHA" and code == "111" for code, a1, _ in found)


def test_the_republic_in_wire_copy_is_nobodys(extractor: Extractor) -> None:
    text = "ACCRA, May 3 (Wire) - Togo condemned the Republic over the border closure.\n"
    found = _found(extractor, text, "Togo condemns border closure")
    assert ("111", "TGO", "GHA") not in found


def test_the_ministry_stays_the_issuer_after_the_others_ministry(extractor: Extractor) -> None:
    """A ministry's statement names the other state's ministry, then itself: "the
    Ministry" is the issuer, never the ministry last named."""
    text = (
        "The Ministry of Foreign Affairs of Latvia has received the note by which the "
        "Ministry of Foreign Affairs of the Republic of Belarus expelled the Latvian "
        "consul in Vitebsk.\n\n"
        "The Ministry delivered a protest note to the Embassy of Belarus on the same day.\n"
    )
    title = "Statement of the Ministry of Foreign Affairs of Latvia on the expulsion of its consul"
    found = _found(extractor, text, title)
    assert any(code == "114" and a1 == "LVAGOV" for code, a1, _ in found)
    assert not any(code == "114" and a1.startswith("BLR") for code, a1, _ in found)


def test_a_house_named_in_its_own_language_gives_the_record_its_state(
    extractor: Extractor,
) -> None:
    """ "Tweede Kamer": a minister's label with no state speaks for the Netherlands, not
    for the state the question is about."""
    text = (
        "Tweede Kamer der Staten-Generaal, question time, Tuesday 3 March 2026\n\n"
        "Mrs Bakker (D66): What will the government do about the Iranian threats?\n\n"
        "Minister Jansen: Yesterday I summoned the Iranian ambassador to the ministry.\n"
    )
    found = _found(extractor, text, "Question time: Iranian threats (translated from Dutch)")
    assert any(code == "114" and a1 == "NLDGOV" for code, a1, _ in found)
    assert not any(a1.startswith("IRN") and code == "114" for code, a1, _ in found)


def test_a_home_row_stands_alone(tmp_path: Path) -> None:
    (tmp_path / "context_actors.tsv").write_text("# mine\nthe Realm\tHOME\tNOR\n")
    with pytest.raises(DataFileError, match="HOME") as caught:
        load_rules(tmp_path)
    assert (caught.value.path, caught.value.line) == (str(tmp_path / "context_actors.tsv"), 2)


def test_a_house_named_with_its_state_in_the_title_gives_the_record_its_state(
    extractor: Extractor,
) -> None:
    """A title "National Assembly of the Republic of Bulgaria, ..." and an outlet in the
    house's own language: the minister's "we" is Bulgaria's government."""
    text = (
        "FORTY-SECOND SITTING, 4 March 2026 (excerpt)\n\n"
        "IVAN PETROV (GERB): Minister, what has the government done about the drones?\n\n"
        "ELENA GEORGIEVA (Minister of Foreign Affairs): On 2 March we summoned the Russian "
        "ambassador.\n"
    )
    title = "National Assembly of the Republic of Bulgaria, parliamentary control: drones"
    found = _found(extractor, text, title, "Narodno sabranie na Republika Balgariya")
    assert any(code == "114" and a1 == "BGRGOV" and (a2 or "").startswith("RUS")
               for code, a1, a2 in found)  # fmt: skip


def test_your_ministry_in_a_members_question_is_the_houses_government(
    extractor: Extractor,
) -> None:
    """A member asks the minister: "your ministry" is the house's state's, and the
    ministry handed the note is the note's target (the recipient before the note)."""
    text = (
        "Sejm of the Republic of Poland, 12th sitting, 4 June 2026\n\n"
        "Deputy Jan Nowak (PSL): Minister, on Monday the Belarusian ambassador handed your "
        "ministry a protest note about the border fence.\n"
    )
    found = _found(extractor, text, "Sejm, current questions: the border fence")
    assert any(code == "114" and a1.startswith("BLR") and a2 == "POLGOV"
               for code, a1, a2 in found)  # fmt: skip


def test_a_protest_note_handed_to_the_first_object(extractor: Extractor) -> None:
    text = "Chile on Friday handed Bolivia a formal protest note over the border incident."
    found = _found(extractor, text, "Chile protests to Bolivia")
    assert any(code == "114" and a1.startswith("CHL") and (a2 or "").startswith("BOL")
               for code, a1, a2 in found)  # fmt: skip


def test_a_member_holds_the_houses_own_government_to_account(extractor: Extractor) -> None:
    """A legislature's member who condemns or makes demands of the house's government
    acts on it: the government is the target, not one side with the member."""
    text = (
        "Storting, question hour, Wednesday 11 March 2026\n\n"
        "Mr Berg (FrP): I condemn the Norwegian Government for its silence over the "
        "seized trawler.\n"
    )
    found = _found(extractor, text, "Storting question hour: the seized trawler")
    assert ("111", "NORLEG", "NORGOV") in found


def test_the_opposition_in_the_street_still_has_no_target_in_its_police(
    extractor: Extractor,
) -> None:
    """A state's own police and its protesters stay domestic: the new rule is of the
    legislature and the government only."""
    text = "Police in Lima detained dozens of opposition protesters on Monday."
    found = _found(extractor, text, "Peru protests")
    assert not any(a2 == "PEROPP" and a1 == "PERCOP" for _, a1, a2 in found)


def test_a_members_thanks_to_the_houses_government_are_courtesy(extractor: Extractor) -> None:
    text = (
        "Storting, question hour, Wednesday 11 March 2026\n\n"
        "Mr Berg (FrP): I thank the Norwegian Government for the answer.\n"
    )
    found = _found(extractor, text, "Storting question hour: the seized trawler")
    assert not any(code.startswith("05") and a2 == "NORGOV" for code, _, a2 in found)
