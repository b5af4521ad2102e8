from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import ConfigError, DataFileError
from watchfloor.taxonomy import ActorDictionary, ActorEntry, load_actors
from watchfloor.taxonomy.actors import ACTOR_KINDS, ROLE_CODES

from .files import write

# The 193 UN member states (ISO 3166-1 alpha-3), written out here so the test does not
# trust the data file it checks.
_UN_MEMBERS_TEXT = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE
PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE
MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR
USA URY UZB VUT VEN VNM YEM ZMB ZWE
"""
UN_MEMBERS = _UN_MEMBERS_TEXT.split()
_KEY_STATES_TEXT = "USA RUS CHN PRK KOR JPN UKR IRN ISR GBR FRA DEU TWN TUR IND PAK SAU YEM BLR POL"


def codes_for(actors: ActorDictionary, phrase: str) -> list[tuple[str, str]]:
    return [(e.code, e.kind) for e in actors.by_phrase().get(phrase.casefold(), [])]


def test_un_member_list_is_complete() -> None:
    assert len(UN_MEMBERS) == len(set(UN_MEMBERS)) == 193


@pytest.mark.parametrize("iso3", [*UN_MEMBERS, "TWN", "PSE", "XKX"])
def test_every_un_member_has_a_country_name(actors: ActorDictionary, iso3: str) -> None:
    names = [e for e in actors.entries if e.code == iso3 and e.kind == "country"]
    assert names, f"no country name for {iso3}"
    assert actors.country_name(iso3) == names[0].phrase


@pytest.mark.parametrize("iso3", _KEY_STATES_TEXT.split())
def test_key_states_have_demonyms_capitals_and_leaders(actors: ActorDictionary, iso3: str) -> None:
    kinds = {e.kind for e in actors.entries if e.code[:3] == iso3}
    assert {"country", "demonym", "capital", "leader"} <= kinds


@pytest.mark.parametrize(
    ("phrase", "code", "kind"),
    [
        ("Pyongyang", "PRK", "capital"),
        ("pyongyang", "PRK", "capital"),
        ("North Korean", "PRK", "demonym"),
        ("DPRK", "PRK", "country"),
        # the wire's capitals abbreviations of a state's name
        ("PNG", "PNG", "country"),
        ("BiH", "BIH", "country"),
        ("NZ", "NZL", "country"),
        ("U.S.", "USA", "country"),
        ("Britain", "GBR", "country"),
        ("Republic of Korea", "KOR", "country"),
        ("National Intelligence Service", "KORSPY", "agency"),
        ("NIS", "KORSPY", "agency"),
        ("Putin", "RUSGOV", "leader"),
        ("Kim Jong Un", "PRKGOV", "leader"),
        ("Zelenskyy", "UKRGOV", "leader"),
        ("Houthis", "YEMREB", "group"),
        ("Hamas", "PSEREB", "group"),
        ("Wagner", "RUSMIL", "group"),
        ("Pentagon", "USAMIL", "agency"),
        ("State Department", "USAGOV", "agency"),
        ("Kremlin", "RUSGOV", "agency"),
        ("KCNA", "PRKMED", "agency"),
        ("Korean People's Army", "PRKMIL", "agency"),
        ("HUR", "UKRSPY", "agency"),
        ("United Nations", "IGOUNO", "igo"),
        ("Security Council", "IGOUNO", "igo"),
        ("NATO", "IGONAT", "igo"),
        ("European Union", "IGOEEC", "igo"),
        ("African Union", "IGOAFU", "igo"),
        ("ASEAN", "IGOASN", "igo"),
        ("Guterres", "IGOUNO", "leader"),
        ("Rutte", "IGONAT", "leader"),
    ],
)
def test_phrases_map_to_their_codes(
    actors: ActorDictionary, phrase: str, code: str, kind: str
) -> None:
    assert codes_for(actors, phrase) == [(code, kind)]


@pytest.mark.parametrize("phrase", ["Kim", "Lee", "Li", "Korea", "the North", "Wang", "CAR"])
def test_ambiguous_names_are_left_out(actors: ActorDictionary, phrase: str) -> None:
    assert codes_for(actors, phrase) == []


def test_entries_are_valid(actors: ActorDictionary) -> None:
    assert {e.kind for e in actors.entries} == ACTOR_KINDS
    assert {r.role for r in actors.roles} <= ROLE_CODES
    assert all(e.phrase == e.phrase.strip() and e.phrase for e in actors.entries)


def test_each_phrase_has_one_code(actors: ActorDictionary) -> None:
    conflicts = {p: es for p, es in actors.by_phrase().items() if len({e.code for e in es}) > 1}
    assert conflicts == {}


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("troops", "MIL"),
        ("military", "MIL"),
        ("military intelligence", "SPY"),
        ("intelligence", "SPY"),
        ("defence ministry", "MIL"),
        ("foreign ministry", "GOV"),
        ("officials", "GOV"),
        ("lawmakers", "LEG"),
        ("state media", "MED"),
        ("entities", "BUS"),
        ("rebels", "REB"),
        ("Joint Chiefs of Staff", "MIL"),
    ],
)
def test_role_words(actors: ActorDictionary, phrase: str, role: str) -> None:
    assert actors.roles_by_phrase()[phrase.casefold()].role == role


def test_country_name_falls_back_to_the_code(actors: ActorDictionary) -> None:
    assert actors.country_name("PRK") == "North Korea"
    assert actors.country_name("IGOUNO") == "United Nations"
    assert actors.country_name("XYZ") == "XYZ"


def test_extra_dir_adds_and_overrides_by_phrase(tmp_path: Path) -> None:
    write(tmp_path / "actors.tsv", "# mine\nKORGOV\tagency\tNIS|Blue House 2\nPRKMIL\tgroup\tKim\n")
    write(tmp_path / "roles.tsv", "GOV\ttroops\nCVL\tfishermen\n")
    actors = load_actors(extra_dir=tmp_path)
    assert codes_for(actors, "nis") == [("KORGOV", "agency")]
    assert codes_for(actors, "Blue House 2") == [("KORGOV", "agency")]
    assert codes_for(actors, "Kim") == [("PRKMIL", "group")]
    assert codes_for(actors, "National Intelligence Service") == [("KORSPY", "agency")]
    roles = actors.roles_by_phrase()
    assert roles["troops"].role == "GOV"
    assert roles["fishermen"].role == "CVL"
    assert roles["soldiers"].role == "MIL"


def test_extra_dir_without_files_changes_nothing(tmp_path: Path, actors: ActorDictionary) -> None:
    assert load_actors(extra_dir=tmp_path) == actors


def test_extra_dir_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_actors(extra_dir=tmp_path / "missing")


def test_custom_files_replace_the_packaged_ones(tmp_path: Path) -> None:
    actors = load_actors(
        write(tmp_path / "a.tsv", "code\tkind\tnames\nPRK\tcountry\tNorth Korea|DPRK\n"),
        write(tmp_path / "r.tsv", "MIL\ttroops\n"),
    )
    assert actors.entries == (
        ActorEntry("PRK", "country", "North Korea"),
        ActorEntry("PRK", "country", "DPRK"),
    )
    assert [r.phrase for r in actors.roles] == ["troops"]


def test_repeated_phrase_with_the_same_code_is_kept_once(tmp_path: Path) -> None:
    path = write(tmp_path / "a.tsv", "PRK\tcountry\tDPRK\nPRK\tcapital\tdprk|Pyongyang\n")
    phrases = [e.phrase for e in load_actors(path).entries]
    assert phrases == ["DPRK", "Pyongyang"]


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        ("PRK\tcountry\tNorth Korea\nprk\tcountry\tDPRK\n", 2, "three capital letters"),
        ("PRKMILX\tagency\tKPA\n", 1, "three capital letters"),
        ("PRKXYZ\tagency\tKPA\n", 1, "not a CAMEO role"),
        ("PRK\tstate\tNorth Korea\n", 1, "kind 'state'"),
        ("PRK\tcountry\t\n", 1, "empty 'names'"),
        ("PRK\tcountry\tNorth Korea||DPRK\n", 1, "empty name"),
        ("PRK\tcountry\n", 1, "empty 'names'"),
        ("PRK\tcountry\tDPRK\textra\n", 1, "at most 3"),
    ],
)
def test_invalid_actor_rows_name_file_and_line(
    tmp_path: Path, body: str, line: int, reason: str
) -> None:
    path = write(tmp_path / "actors.tsv", body)
    with pytest.raises(DataFileError, match=reason) as caught:
        load_actors(path)
    assert (caught.value.path, caught.value.line) == (str(path), line)


def test_phrase_given_two_codes_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path / "actors.tsv", "# c\nPRK\tcountry\tDPRK\n\nKOR\tcountry\tROK|dprk\n")
    with pytest.raises(DataFileError, match=r"'dprk' is given code KOR here and PRK on line 2"):
        load_actors(path)
    with pytest.raises(DataFileError) as caught:
        load_actors(path)
    assert caught.value.line == 4


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        ("MIL\ttroops\nARMY\tsoldiers\n", 2, "role 'ARMY'"),
        ("MIL\ttroops\nGOV\tTroops\n", 2, "given code GOV here and MIL on line 1"),
        ("MIL\t\n", 1, "empty 'names'"),
    ],
)
def test_invalid_role_rows_name_file_and_line(
    tmp_path: Path, body: str, line: int, reason: str
) -> None:
    path = write(tmp_path / "roles.tsv", body)
    with pytest.raises(DataFileError, match=reason) as caught:
        load_actors(roles_path=path)
    assert (caught.value.path, caught.value.line) == (str(path), line)


def test_errors_in_extra_dir_files_name_them(tmp_path: Path) -> None:
    write(tmp_path / "actors.tsv", "PRK\tcountry\tDPRK\nPRK\tnonsense\tX\n")
    with pytest.raises(DataFileError, match=r"actors\.tsv:2: kind 'nonsense'"):
        load_actors(extra_dir=tmp_path)
