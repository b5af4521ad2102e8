from collections.abc import Callable
from pathlib import Path

import pytest

from watchfloor.errors import DataFileError
from watchfloor.extract.rules import STAGE_CLASSES, inflections, load_rules, plural
from watchfloor.models import Mention


def test_packaged_rules_load_and_cover_the_spec_table() -> None:
    rules = load_rules()
    codes = {p.code for patterns in rules.patterns.values() for p in patterns}
    spec_table = {"036", "040", "042", "043", "046", "057", "061", "062", "064", "070", "071",
                  "072", "111", "112", "130", "138", "150", "152", "154", "163", "172", "190",
                  "193", "194", "195", "016", "017", "0312"}  # fmt: skip
    missing = spec_table - codes
    assert not missing, f"no patterns for {sorted(missing)}"


def test_inflections() -> None:
    assert set(inflections("deploy")) >= {"deploy", "deploys", "deployed", "deploying"}
    assert set(inflections("supply")) >= {"supplies", "supplied", "supplying"}
    assert set(inflections("provide")) >= {"provides", "provided", "providing"}
    assert set(inflections("ship")) >= {"shipped", "shipping"}


def test_a_pattern_noun_also_matches_its_plural(events: Callable[..., list[Mention]]) -> None:
    assert [plural(w) for w in ("ambassador", "party", "tax", "march")] == [
        "ambassadors", "parties", "taxes", "marches"
    ]  # fmt: skip
    text = "Gabon responded by recalling its ambassadors from Yaounde and Malabo."
    found = {(m.code, m.actor1.code, m.actor2.code[:3] if m.actor2 else None) for m in events(text)}
    assert found == {("161", "GAB", "CMR"), ("161", "GAB", "GNQ")}


def test_a_bad_user_pattern_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "event_patterns.tsv").write_text("# mine\n072\tsend+\tto\tneeds=NOPE\n")
    with pytest.raises(DataFileError) as caught:
        load_rules(tmp_path)
    assert caught.value.path == str(tmp_path / "event_patterns.tsv")
    assert caught.value.line == 2
    assert "NOPE" in str(caught.value)


def test_a_user_pattern_extends_the_packaged_ones(tmp_path: Path) -> None:
    (tmp_path / "event_patterns.tsv").write_text("0231\tbeg+ ~ for ~ aid\tfrom\t-\n")
    rules = load_rules(tmp_path)
    assert any(p.code == "0231" for p in rules.patterns["begged"])


def test_unknown_codes_are_refused_when_the_taxonomy_is_given(tmp_path: Path) -> None:
    (tmp_path / "event_patterns.tsv").write_text("999\tfoo\t-\t-\n")
    with pytest.raises(DataFileError, match="not in the CAMEO taxonomy"):
        load_rules(tmp_path, known_codes=frozenset({"072"}))


def test_actor_class_and_soft_target_flags(tmp_path: Path) -> None:
    (tmp_path / "event_patterns.tsv").write_text(
        "141\tmarch+\tagainst\tby=PROTESTER\n072\tairlift+\tto\tneeds=MILITEM,wants_target\n"
        "062\tstage+ @CODENAME\twith\tjoint\n"
    )
    rules = load_rules(tmp_path)
    march = next(p for p in rules.patterns["marched"] if p.code == "141" and p.needs_by)
    assert march.needs_by == ("PROTESTER",) and march.needs == ()
    airlift = next(p for p in rules.patterns["airlifted"] if p.code == "072")
    assert airlift.wants_target and airlift.needs_target
    staged = next(p for p in rules.patterns["staged"] if p.code == "062" and len(p.slots) == 2)
    assert staged.slots[1].codename


def test_the_not_by_flag_is_read_and_checked(tmp_path: Path) -> None:
    (tmp_path / "event_patterns.tsv").write_text("172\tsuspend+ ~ ferries\tto\tnot_by=MILITEM\n")
    rules = load_rules(tmp_path)
    ferries = next(p for p in rules.patterns["suspended"] if "ferries" in p.slots[-1].words)
    assert ferries.not_by == ("MILITEM",) and ferries.needs_by == ()
    (tmp_path / "event_patterns.tsv").write_text("172\tsuspend+ ~ ferries\tto\tnot_by=NOPE\n")
    with pytest.raises(DataFileError, match="NOPE"):
        load_rules(tmp_path)


def test_code_names() -> None:
    from watchfloor.extract.rules import is_codename

    assert is_codename("Zapad-2021") and is_codename("Interaction-2024")
    assert is_codename("Thunder-2025A")
    assert not is_codename("Moscow") and not is_codename("2024") and not is_codename("F-16")


def test_an_intent_row_must_name_an_intent_code(tmp_path: Path) -> None:
    (tmp_path / "intents.tsv").write_text("# mine\n072\t190\n")
    with pytest.raises(DataFileError, match="intent code") as caught:
        load_rules(tmp_path)
    assert caught.value.line == 2


def test_a_stage_class_takes_single_words_only(tmp_path: Path) -> None:
    (tmp_path / "noun_classes.tsv").write_text("# mine\nSETTLEMENT\tkampong|market town\n")
    with pytest.raises(DataFileError, match="single words") as caught:
        load_rules(tmp_path)
    assert caught.value.path == str(tmp_path / "noun_classes.tsv")
    assert caught.value.line == 2
    assert "market town" in str(caught.value)


def test_a_malformed_class_row_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "noun_classes.tsv").write_text("LOCATIVE\tbeyond\nsettlement\tkampong\n")
    with pytest.raises(DataFileError, match="upper case") as caught:
        load_rules(tmp_path)
    assert (caught.value.path, caught.value.line) == (str(tmp_path / "noun_classes.tsv"), 2)
    (tmp_path / "noun_classes.tsv").write_text("# mine\n\nSETTLEMENT\n")
    with pytest.raises(DataFileError, match="2 non-empty") as caught:
        load_rules(tmp_path)
    assert caught.value.line == 3


def test_a_user_class_row_adds_to_a_stage_class(tmp_path: Path) -> None:
    (tmp_path / "noun_classes.tsv").write_text("SETTLEMENT\tkampong\nSPEAKER\tenvoy\n")
    rules = load_rules(tmp_path)
    assert {"kampong", "village"} <= rules.class_words("SETTLEMENT")
    assert "envoy" in rules.class_words("SPEAKER")


def test_every_stage_class_is_packaged_and_asked_for_by_name() -> None:
    rules = load_rules()
    assert all(rules.class_words(name) for name in STAGE_CLASSES)
    with pytest.raises(KeyError, match=r"noun_classes\.tsv"):
        rules.class_words("NO_SUCH_CLASS")
