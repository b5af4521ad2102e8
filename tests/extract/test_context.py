from watchfloor.extract.context import speaker_label


def test_commons_labels_name_the_office_and_the_member() -> None:
    line = "The Minister for Trade (Jane Roe): I thank my honourable friend."
    assert speaker_label(line) == ("The Minister for Trade (Jane Roe)", 35)
    member = "John Smith (Anytown North) (Lab): Will the Minister act?"
    assert speaker_label(member) == ("John Smith (Anytown North) (Lab)", 34)


def test_a_plain_name_label_needs_a_transcript() -> None:
    assert speaker_label("Jane Roe: We will act.") is None
    assert speaker_label("Jane Roe: We will act.", in_turns=True) == ("Jane Roe", 10)
    assert speaker_label("Senator ROE: We will act.") == ("Senator ROE", 13)
    assert speaker_label("Kenya: Ruto says troops will stay.", in_turns=True) is None
