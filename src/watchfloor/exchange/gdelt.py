"""GDELT 2.0: events (61 columns) and mentions (16 columns), tab-separated without a
header as GDELT's own files are; rows out of resolved events, and rows read back in.

An event made from an imported GDELT row exports as that row: the columns watchfloor
cannot work out (AvgTone, actor geography, GDELT's counts of its first 15 minutes) are
kept from it, and only its empty columns are filled."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import astuple
from datetime import date, datetime

from watchfloor.exchange.context import (
    ExportEvent,
    Reference,
    actor_parts,
    day_stamp,
    host_of,
    numeric_id,
    stamp,
)
from watchfloor.exchange.geo import gdelt_geo
from watchfloor.models import Actor, Certainty, EventDate, Mention, Place, quad_class_of

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO), "DATEADDED", "SOURCEURL",
)  # fmt: skip
MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)  # fmt: skip


def event_row(item: ExportEvent, ref: Reference) -> list[str]:
    """The 61 columns of one event."""
    e = item.event
    day = e.dates.first_day
    values: dict[str, str] = {
        "GLOBALEVENTID": str(numeric_id(e.id)),
        "SQLDATE": day_stamp(day),
        "MonthYear": day.strftime("%Y%m") if day else "",
        "Year": str(day.year) if day else "",
        "FractionDate": f"{day.year + (day.month * 30 + day.day) / 365:.4f}" if day else "",
        "EventCode": e.code,
        "EventBaseCode": e.code[:3],
        "EventRootCode": e.code[:2],
        "QuadClass": str(quad_class_of(e.code)),
        "GoldsteinScale": str(ref.goldstein(e.code, e.members[0].mention.goldstein)),
        "NumMentions": str(len(e.members)),
        "NumSources": str(len(item.outlets)),
        "NumArticles": str(item.articles),
        "DATEADDED": stamp(e.created_at),
        "SOURCEURL": item.source_url,
    }
    for n, actor in ((1, e.actor1), (2, e.actor2)):
        values.update(_actor_columns(n, actor))
    geo = gdelt_geo(e.location, ref.gazetteer, ref.countries)
    values.update(zip((f"ActionGeo_{c}" for c in _GEO), astuple(geo), strict=True))
    base = item.row_of(e.members[0], "gdelt")
    if base is not None:  # the row itself: fill only what it leaves empty
        values = {c: base.fields.get(c) or values.get(c, "") for c in EVENT_COLUMNS}
    return [values.get(c, "") for c in EVENT_COLUMNS]


def mention_rows(item: ExportEvent) -> list[list[str]]:
    """One row per mention of the event (16 columns). An imported events row whose
    article its imported mentions rows name is left to them (they are GDELT's own)."""
    e = item.event
    named = {m.url for m in e.members if item.row_of(m, "gdelt-mentions") is not None}
    rows = []
    for member in e.members:
        if item.row_of(member, "gdelt") is not None and member.url in named:
            continue
        published = member.published
        values = {
            "GLOBALEVENTID": str(numeric_id(e.id)),
            "EventTimeDate": stamp(e.created_at),
            "MentionTimeDate": day_stamp(published) + "000000" if published else "",
            "MentionType": "1",
            # GDELT names a web source by its domain
            "MentionSourceName": host_of(member.url or "") or member.outlet or "",
            "MentionIdentifier": member.url or member.doc,
            "ActionCharOffset": str(member.mention.span[0]),
            "InRawText": "1",
        }
        base = item.row_of(member, "gdelt-mentions")
        if base is not None:
            values = {c: base.fields.get(c) or values.get(c, "") for c in MENTION_COLUMNS}
        rows.append([values.get(c, "") for c in MENTION_COLUMNS])
    return rows


def _actor_columns(n: int, actor: Actor | None) -> dict[str, str]:
    country, group, role = actor_parts(actor)
    return {
        f"Actor{n}Code": actor.code if actor else "",
        f"Actor{n}Name": actor.text if actor else "",
        f"Actor{n}CountryCode": country,
        f"Actor{n}KnownGroupCode": group,
        f"Actor{n}Type1Code": role,
    }


# -- reading ------------------------------------------------------------------------


def fields_of(values: list[str], columns: tuple[str, ...]) -> dict[str, str]:
    """Column -> value; raises ValueError naming the count when the row is short."""
    if len(values) != len(columns):
        raise ValueError(f"expected {len(columns)} tab-separated columns, found {len(values)}")
    return {c: v.strip() for c, v in zip(columns, values, strict=True)}


def event_id_of(fields: Mapping[str, str]) -> int:
    raw = fields.get("GLOBALEVENTID", "")
    if not raw.isdigit():
        raise ValueError(f"GLOBALEVENTID {raw!r} is not a whole number")
    return int(raw)


def mention_of(fields: Mapping[str, str], doc: str, text: str, ref: Reference) -> Mention:
    """The mention a GDELT events row makes; ValueError says what is wrong with it."""
    code = fields["EventCode"]
    if not (code.isdigit() and 2 <= len(code) <= 4 and 1 <= int(code[:2]) <= 20):
        raise ValueError(f"EventCode {code!r} is not a CAMEO event code")
    actor1 = _actor(fields, 1)
    if actor1 is None:
        raise ValueError("no Actor1Code: watchfloor events need a first actor")
    return Mention(
        doc=doc, sentence=text, span=(0, len(text)), code=code,
        goldstein=_goldstein(fields.get("GoldsteinScale", ""), code, ref),
        actor1=actor1, actor2=_actor(fields, 2), certainty=Certainty.REPORTED,
        date=EventDate(parse_day(fields["SQLDATE"], "SQLDATE").isoformat(), fields["SQLDATE"]),
        location=_place(fields, ref),
    )  # fmt: skip


def parse_day(value: str, column: str) -> date:
    try:
        return datetime.strptime(value[:8], "%Y%m%d").date()
    except ValueError:
        raise ValueError(f"{column} {value!r} is not a YYYYMMDD date") from None


def _actor(fields: Mapping[str, str], n: int) -> Actor | None:
    code = fields.get(f"Actor{n}Code", "")
    if not code:
        return None
    return Actor(code=code, text=fields.get(f"Actor{n}Name") or code)


def _goldstein(raw: str, code: str, ref: Reference) -> float:
    try:
        return float(raw)
    except ValueError:
        return ref.goldstein(code, 0.0)


def _place(fields: Mapping[str, str], ref: Reference) -> Place | None:
    name = fields.get("ActionGeo_FullName", "")
    if not name:
        return None
    country = ref.countries.iso3_of_fips(fields.get("ActionGeo_CountryCode", ""))
    return Place(name=name, country=country, lat=_float(fields.get("ActionGeo_Lat", "")),
                 lon=_float(fields.get("ActionGeo_Long", "")))  # fmt: skip


def _float(raw: str) -> float | None:
    try:
        return float(raw) if raw else None
    except ValueError:
        raise ValueError(f"{raw!r} is not a number") from None
