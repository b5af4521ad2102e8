"""Who speaks in a legislature's record: members, ministers and the surnames that later
labels give them. Invented transcripts of several houses."""

from watchfloor.extract import Extractor
from watchfloor.extract.actors import ActorMention
from watchfloor.extract.chamber import member, names_chamber, surname
from watchfloor.extract.text import tokenize
from watchfloor.models import Document

Found = set[tuple[str, str, str | None]]


def _found(extractor: Extractor, text: str, title: str, outlet: str | None = None) -> Found:
    document = Document(id="t", text=text, title=title, outlet=outlet, published=None)
    return {(m.code, m.actor1.code, m.actor2.code if m.actor2 else None)
            for m in extractor.extract(document).mentions}  # fmt: skip


def test_a_member_with_no_office_speaks_for_the_houses_legislature(
    extractor: Extractor,
) -> None:
    text = (
        "NATIONAL ASSEMBLY\n\n"
        "Hon. Jane Wanjiru (Kiambu, UDA): Hon. Speaker, I condemn Somalia for the raid on "
        "our border post.\n"
    )
    found = _found(extractor, text, "National Assembly, questions for oral reply",
                   "Parliament of the Republic of Kenya")  # fmt: skip
    assert ("111", "KENLEG", "SOM") in found


def test_a_committee_member_by_name_alone(extractor: Extractor) -> None:
    text = (
        "Joint Committee on Foreign Affairs and Defence debate\n\n"
        "Chairman: I call Deputy Brady.\n\n"
        "Deputy Ciara Brady: I want to condemn unreservedly the conduct of Belarus at the "
        "border.\n"
    )
    found = _found(extractor, text, "Joint Committee on Foreign Affairs (excerpt)",
                   "Houses of the Oireachtas")  # fmt: skip
    assert ("111", "IRLLEG", "BLR") in found


def test_a_members_seat_is_no_state(extractor: Extractor) -> None:
    """ "(Wellington North, CPC)" names a riding, not New Zealand."""
    text = (
        "ORAL QUESTIONS\n\n"
        "Hon. Paul Roy (Wellington North, CPC): Mr. Speaker, I condemn Beijing for the "
        "detention of two Canadians.\n"
    )
    found = _found(extractor, text, "House of Commons, Oral Questions: detained Canadians",
                   "House of Commons of Canada, Debates (Hansard)")  # fmt: skip
    assert ("111", "CANLEG", "CHN") in found
    assert not any(actor.startswith("NZL") for _, actor, _ in found)


def test_a_minister_keeps_the_office_under_the_surname_alone(extractor: Extractor) -> None:
    text = (
        "Extract from the House of Commons, oral answers to questions, Defence\n\n"
        "John Carter (Dover North) (Con): What steps has the Secretary of State taken?\n\n"
        "The Secretary of State for Defence (Tom Hale): We are watching closely.\n\n"
        "Mary Bell (Leeds East) (Lab): And what of Iran?\n\n"
        "Tom Hale: I condemn Iran for the seizure of the tanker.\n"
    )
    found = _found(extractor, text, "Commons exchange: the seized tanker (Hansard extract)")
    assert ("111", "GBRGOV", "IRN") in found
    assert ("111", "GBRLEG", "IRN") not in found


def test_a_senator_who_is_minister_answers_as_the_government(extractor: Extractor) -> None:
    text = (
        "Senator MARK DUNN: Minister, what did you tell Jakarta?\n\n"
        "Senator LUCY HART (Minister for Foreign Affairs): Senator, we summoned the "
        "Indonesian ambassador.\n\n"
        "Senator DUNN: And since then?\n\n"
        "Senator HART: I condemn Indonesia for the arrest of the fishermen.\n"
    )
    found = _found(extractor, text, "Senate estimates: fishermen held in Indonesia",
                   "Parliament of Australia")  # fmt: skip
    assert ("111", "AUSGOV", "IDN") in found


def test_a_label_with_the_office_after_a_comma(extractor: Extractor) -> None:
    """A translated plenary record: "Name, Federal Minister of ...:"."""
    text = (
        "German Bundestag, 12th sitting\n\n"
        "Vice-President Karl Heim: The next speaker is the Federal Foreign Minister.\n\n"
        "Anna Berg, Federal Minister for Foreign Affairs: Madam President, I condemn "
        "Belarus for the detention of German citizens.\n"
    )
    found = _found(extractor, text, "Bundestag debate on Belarus (plenary record, excerpts)")
    assert ("111", "DEUGOV", "BLR") in found


def test_a_wire_story_quoting_a_name_has_no_members(extractor: Extractor) -> None:
    text = (
        "LIMA, March 3 (Andes Wire) - Lawmakers argued over the border on Tuesday.\n\n"
        "Maria Lopez: I condemn Bolivia for the raid.\n"
    )
    found = _found(extractor, text, "Peru lawmakers argue over Bolivian raid", "Andes Wire")
    assert not any(actor.endswith("LEG") for _, actor, _ in found)


def test_names_chamber_wants_a_house_by_its_name(extractor: Extractor) -> None:
    def heads(text: str) -> list[list[ActorMention]]:
        return [extractor.actors.find(tokenize(text), text)]

    assert names_chamber(heads("Senate estimates: Defence questioned"))
    assert names_chamber(heads("Bundestag debate on the budget"))
    assert not names_chamber(heads("Lawmakers argued over the border"))
    assert not names_chamber(heads("Chile's parliament passes a law"))


def test_surname_is_the_name_outside_brackets_or_after_an_office() -> None:
    titles = frozenset({"senator", "minister", "secretary", "state", "commissioner"})
    assert surname(tokenize("Ms KRISSY BARRETT (Commissioner, Federal Police)"), titles) == (
        "Barrett"
    )
    assert surname(tokenize("The Minister of State (SHRI A. MEHTA)"), titles) == "Mehta"
    assert surname(tokenize("Senator"), titles) is None
    assert member("NGA", "Hon. Ada Obi").code == "NGALEG"


def test_courtesies_of_a_sitting_are_no_praise(extractor: Extractor) -> None:
    """ "Thank you, Chair", "I thank the member for the question": thanks that name no
    state are manners of the house; a state thanked is still praised."""
    text = (
        "NATIONAL ASSEMBLY\n\n"
        "The MINISTER OF DEFENCE: Thank you, Chairperson. I thank the hon member for the "
        "question.\n\n"
        "The MINISTER OF DEFENCE: We have thanked Botswana for its support at the border.\n"
    )
    found = _found(extractor, text, "National Assembly, questions for oral reply",
                   "Parliament of the Republic of Namibia")  # fmt: skip
    assert {(code, target) for code, _, target in found if code == "051"} == {("051", "BWA")}


def test_a_members_us_is_the_nation(extractor: Extractor) -> None:
    text = (
        "PLENARY SITTING\n\n"
        "Ms Ona Petraitė (LSDP): Madam Speaker, Belarus has been attacking us for years "
        "with cyber attacks.\n"
    )
    document = Document(
        id="t",
        text=text,
        title="Parliament plenary: hybrid attacks",
        outlet="Parliament of the Republic of Lithuania",
        published=None,
    )
    targets = {m.actor2.code for m in extractor.extract(document).mentions
               if m.actor1.country == "BLR" and m.actor2 is not None}  # fmt: skip
    assert targets == {"LTU"}
