from collections.abc import Callable
from datetime import date

from watchfloor.models import Mention

Events = Callable[..., list[Mention]]


def one(events: Events, text: str) -> Mention:
    found = events(text)
    assert len(found) == 1, found
    return found[0]


def test_claimant_before_the_cue(events: Events) -> None:
    m = one(events, "North Korea sent troops to Russia, South Korea's spy agency said.")
    assert (m.source and m.source.code, m.certainty.value) == ("KORSPY", "reported")


def test_according_to(events: Events) -> None:
    m = one(events, "According to the Pentagon, North Korea sent 10,000 soldiers to Russia.")
    assert m.source is not None and m.source.code == "USAMIL"


def test_original_claimant_of_a_chain(events: Events) -> None:
    text = (
        "The Seoul daily Hanbit Ilbo, citing the National Intelligence Service, reported that "
        "North Korea has sent more than 10,000 soldiers to Russia."
    )
    m = one(events, text)
    assert m.source is not None and m.source.code == "KORSPY"
    assert m.actor1.code == "PRK"


def test_appositive_name_between_claimant_and_cue(events: Events) -> None:
    text = (
        "Russia's ambassador, Vassily Nebenzia, rejected claims that North Korean soldiers "
        "were fighting against Ukraine."
    )
    m = one(events, text)
    assert (m.source and m.source.code, m.certainty.value) == ("RUSGOV", "denied")


def test_a_speech_act_relayed_by_its_own_side_has_no_claimant(events: Events) -> None:
    m = one(events, "Japan's defence minister said Tokyo had lodged a protest with Beijing.")
    assert (m.code, m.source, m.certainty.value) == ("114", None, "asserted")


def test_a_noun_is_no_cue(events: Events) -> None:
    text = "Thomas-Greenfield of the United States accused Moscow because its reports had erred."
    m = one(events, text)
    assert m.actor2 is not None and m.actor2.code == "RUS"


def test_headline_dash_names_the_source(events: Events) -> None:
    m = one(events, "CHINA launches drills around Taiwan — PLA Eastern Theater Command.")
    assert m.source is not None and m.source.code == "CHNMIL"


_BRIEFING = """TRANSCRIPT — PRESS CONFERENCE ON EXERCISE NORTHERN GALE
African Union Commission, Addis Ababa, 3 March 2025

MODERATOR: Welcome, everyone.

DEFENCE SPOKESPERSON: The African Union will deploy 4,000 troops to the border next month.

Q (Nile Gazette): Ethiopia's prime minister accused the African Union of bias yesterday.

CHIEF SPOKESPERSON: The African Union is not sending troops to Tigray.
"""


def test_an_unnamed_spokesperson_speaks_for_the_host_of_the_briefing(events: Events) -> None:
    found = {m.code: m for m in events(_BRIEFING)}
    deploy = next(m for m in found.values() if m.code.startswith("15"))
    assert deploy.source is not None and deploy.source.code == "IGOAFU"


def test_a_questioner_is_no_speaker(events: Events) -> None:
    accusation = next(m for m in events(_BRIEFING) if m.code == "112")
    assert accusation.source is None and accusation.certainty.value == "asserted"


def test_a_paragraph_without_a_label_goes_on_with_the_turn(events: Events) -> None:
    text = (
        "MINISTRY OF FOREIGN AFFAIRS — REGULAR BRIEFING\n"
        "Ankara, June 4, 2025\n\n"
        "SPOKESPERSON: Good morning.\n\n"
        "Yesterday the Treasury imposed sanctions on six Syrian companies.\n"
    )
    m = next(m for m in events(text) if m.code == "163")
    assert m.source is not None and m.source.code[:3] == "TUR"


def test_a_named_institution_is_not_the_forces_last_seen(events: Events) -> None:
    text = (
        "Azerbaijan's army said Armenia shelled villages in Tovuz on Monday.\n\n"
        "Armenia shelled Azerbaijani positions again at dawn, the General Staff said."
    )
    shelling = [m for m in events(text) if m.actor1.code.startswith("ARM")]
    assert shelling and all(m.source is not None and m.source.code == "AZEMIL" for m in shelling)


def test_the_one_quoted_is_the_original_claimant(events: Events) -> None:
    text = (
        "Alexander Lukashenko met army commanders in Minsk on Monday.\n\n"
        "TASS quoted Lukashenko as saying that Belarus would unveil a memorial to the "
        "border guards."
    )
    memorial = next(m for m in events(text) if m.code == "017")
    assert memorial.source is not None and memorial.source.code == "BLRGOV"


_HEARING = (
    "WELLINGTON, Oct 18 - The following exchange took place at a select committee hearing.\n\n"
    "Rear Admiral JANE ROE (Chief of Navy): Chair, the Russian navy task group of two ships "
    "conducted live-fire drills in the Coral Sea on Monday.\n"
)


def test_a_mixed_case_parliamentary_label_is_a_speaker(events: Events) -> None:
    drill = next(m for m in events(_HEARING) if m.code == "150")
    assert drill.actor1.code == "RUSMIL"
    assert (drill.source and drill.source.code, drill.certainty.value) == ("NZLMIL", "reported")


def test_a_form_of_address_opening_a_turn_is_no_actor(events: Events) -> None:
    text = _HEARING.replace("Chair,", "Senator,")
    assert [(m.code, m.actor1.code) for m in events(text)] == [("150", "RUSMIL")]


def test_a_headline_with_a_colon_is_no_speaker(events: Events) -> None:
    text = "Live Updates: Russian warships conducted live-fire drills in the Coral Sea.\n"
    drill = next(m for m in events(text) if m.code == "150")
    assert drill.source is None and drill.certainty.value == "asserted"


def test_a_saying_coordinated_with_an_act_shares_its_subject(events: Events) -> None:
    text = (
        "Peru's president Jose Jeri condemned the Chilean raid, calling it a provocation, "
        "and said Peru would suspend intelligence sharing with Chile."
    )
    suspension = next(m for m in events(text) if m.code == "160")
    assert suspension.source is not None and suspension.source.code == "PERGOV"


def test_a_but_said_claim_is_the_subjects(events: Events) -> None:
    text = (
        "Chile's navy did not confirm the incident but said its ships had repelled an "
        "attack by Peruvian boats near the border."
    )
    repelled = next(m for m in events(text) if m.code.startswith("19"))
    assert (repelled.source and repelled.source.code, repelled.certainty.value) == (
        "CHLMIL",
        "reported",
    )


def test_an_act_before_a_coordinated_saying_is_not_claimed(events: Events) -> None:
    text = "Japan announced $20 million in aid for Tonga and said it would send engineers."
    aid = next(m for m in events(text) if m.code == "070")
    assert aid.source is None and aid.certainty.value == "asserted"


def test_an_act_before_an_and_clause_with_its_own_speaker_is_not_claimed(events: Events) -> None:
    text = (
        "Armenia has cancelled all cultural events with Iran and the Armenian culture "
        "ministry said an Iranian delegation was no longer welcome."
    )
    cancelled = next(m for m in events(text) if m.code == "160")
    assert cancelled.source is None and cancelled.certainty.value == "asserted"


_COMMONS = (
    "Extract from the House of Commons, oral answers to questions, Thursday 7 May 2026.\n\n"
    "Moldova\n\n"
    "John Smith (Anytown North) (Lab): Will the Government act?\n\n"
    "The Minister of State for Europe (Jane Roe): Today the UK has imposed asset freezes "
    "on six Moldovan officials.\n"
)


def test_a_minister_answering_in_a_chamber_speaks_for_its_government(events: Events) -> None:
    freeze = next(m for m in events(_COMMONS, date(2026, 5, 8)) if m.code == "163")
    assert (freeze.source and freeze.source.code, freeze.certainty.value) == (
        "GBRGOV",
        "reported",
    )


def test_today_in_a_transcript_is_the_day_of_the_sitting(events: Events) -> None:
    freeze = next(m for m in events(_COMMONS, date(2026, 5, 8)) if m.code == "163")
    assert freeze.date is not None and freeze.date.value == "2026-05-07"


def test_a_speaker_named_by_a_role_the_sentence_gave_one_state(events: Events) -> None:
    text = (
        "Lithuanian border guards detained 25 people who crossed from Belarus overnight, "
        "the guard service said."
    )
    detained = next(m for m in events(text) if m.code == "173")
    assert (detained.source and detained.source.code, detained.certainty.value) == (
        "LTUCOP",
        "reported",
    )


def test_a_role_two_states_share_names_no_speaker(events: Events) -> None:
    text = "Russian troops attacked Ukrainian troops near Pokrovsk, the army said."
    attack = next(m for m in events(text) if m.code.startswith("19"))
    assert attack.source is None or attack.source.code[:3] not in ("RUS", "UKR")


def test_an_unnamed_spokesman_speaks_for_the_body_his_sentence_named(events: Events) -> None:
    text = (
        "Greek coast guard boats chased two Turkish trawlers near Lesbos, Greece's "
        "shipping ministry said.\n\nTurkey's navy rejected the account.\n\n"
        "Greece's navy has sent three more frigates to the Aegean islands, a navy "
        "spokesman said."
    )
    sent = [e for e in events(text) if e.code == "154"]
    assert sent and sent[0].source is not None
    assert sent[0].source.code == "GRCMIL"


def test_adding_someone_to_a_list_is_an_act_no_claim(events: Events) -> None:
    text = (
        "The European Union added two North Korean generals to its sanctions list, and the "
        "U.S. Treasury Department designated both men the same day."
    )
    found = events(text)
    assert found and all(m.source is None for m in found), found
    assert all(m.certainty.value == "asserted" for m in found), found


def test_a_speaker_who_adds_still_speaks(events: Events) -> None:
    m = one(events, "Russia sent 500 troops to Belarus, Ukraine's defence ministry added.")
    assert (m.source and m.source.code, m.certainty.value) == ("UKRMIL", "reported")
    m = one(events, "Ukraine's defence ministry added that Russia had sent 500 troops to Belarus.")
    assert (m.source and m.source.code, m.certainty.value) == ("UKRMIL", "reported")
