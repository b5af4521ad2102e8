"""Whom a state's own statement answers: the other state its title names. Invented
statements of several ministries."""

from watchfloor.extract import Extractor
from watchfloor.models import Document

Found = set[tuple[str, str, str | None]]


def _found(extractor: Extractor, text: str, title: str, outlet: str | None = None) -> Found:
    document = Document(id="t", text=text, title=title, outlet=outlet, published=None)
    return {(m.code[:2], m.actor1.country, m.actor2.country if m.actor2 else None)
            for m in extractor.extract(document).mentions}  # fmt: skip


def test_an_untargeted_rejection_answers_the_state_the_title_names(
    extractor: Extractor,
) -> None:
    text = (
        "The Ministry of Foreign Affairs of the Republic of Ghana firmly rejects and "
        "condemns the new visa restrictions announced on 3 May.\n\n"
        "Ghana reserves the right to respond in accordance with the principle of "
        "reciprocity.\n"
    )
    title = (
        "Statement of the Ministry of Foreign Affairs of the Republic of Ghana on the "
        "new visa restrictions of the Government of Togo (unofficial translation)"
    )
    found = _found(extractor, text, title)
    assert ("11", "GHA", "TGO") in found
    assert ("13", "GHA", "TGO") in found


def test_a_language_in_the_titles_brackets_is_no_party(extractor: Extractor) -> None:
    text = "Malawi reserves the right to respond to any aggression against its territory.\n"
    title = (
        "Statement of the Presidency of the Republic of Malawi on the attack in Chitipa "
        "(translated from French)"
    )
    assert ("13", "MWI", "FRA") not in _found(extractor, text, title)


def test_a_target_the_clause_gives_stays(extractor: Extractor) -> None:
    text = "The Ministry of Foreign Affairs of Mongolia condemns Kazakhstan's decision.\n"
    title = (
        "Statement of the Ministry of Foreign Affairs of Mongolia on the border talks with China"
    )
    found = _found(extractor, text, title)
    assert ("11", "MNG", "KAZ") in found
    assert ("11", "MNG", "CHN") not in found


def test_a_wire_story_has_no_adversary(extractor: Extractor) -> None:
    """Only a state's own statement answers anyone: a wire story's headline is no party
    to an untargeted condemnation."""
    text = "ACCRA, May 4 (Coast Wire) - Ghana's opposition condemned the decision.\n"
    found = _found(extractor, text, "Ghana's opposition condemns Togo visa curbs", "Coast Wire")
    assert not any(target == "TGO" and code == "11" for code, _, target in found)
