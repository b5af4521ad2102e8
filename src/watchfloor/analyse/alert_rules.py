"""Alert rules and watchlists: analyst-editable YAML (``analyse/data/alerts.yaml``, or
a file of one's own), validated on load with file:line errors."""

from __future__ import annotations

from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path

from watchfloor.analyse.detect import DetectorSettings
from watchfloor.analyse.series import PERIODS, DatedEvent, parse_dyad, parse_grade
from watchfloor.errors import ConfigError
from watchfloor.yamlfile import Spot, read_yaml

PACKAGED = "alerts.yaml"
_TOP = ("period", "min_grade", "detector", "kinds", "watch")
_WATCH = ("dyad", "focus", "every_dyad", "directed", "kinds", "min_events")
# the bounds of each detector setting: (low, high)
_BOUNDS: dict[str, tuple[float, float]] = {
    "baseline_periods": (2, 520), "min_baseline_periods": (1, 520), "shift": (1.01, 100),
    "min_shift": (0, 1000), "threshold": (0.01, 1000), "spike_p": (0, 0.5),
    "min_count": (0, 100000), "max_episode": (1, 520), "gap": (0, 52), "prior_mean": (0.001, 100),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of change: the events of these quad classes or under these CAMEO codes."""

    name: str
    description: str
    quad_classes: frozenset[int]
    codes: tuple[str, ...]

    def matches(self, event: DatedEvent) -> bool:
        return event.quad_class in self.quad_classes or event.code.startswith(self.codes)


@dataclass(frozen=True, slots=True)
class Watch:
    """One watchlist entry: a dyad (``PRK-RUS``), a focal country (``KOR``) or every
    dyad (``*``), for these kinds. ``where``: its file and line, for messages."""

    subject: str
    kinds: tuple[str, ...]
    directed: bool = False
    min_events: int = 0
    where: str = ""

    @property
    def scope(self) -> str:
        if self.subject == "*":
            return "every dyad"
        return "dyad" if "-" in self.subject else "focus"


@dataclass(frozen=True, slots=True)
class AlertRules:
    source: str
    period: str
    min_grade: str | None
    detector: DetectorSettings
    kinds: dict[str, Kind]
    watches: tuple[Watch, ...]


def load_alert_rules(path: Path | None = None) -> AlertRules:
    """The packaged rules, or those of ``path``. Raises DataFileError naming the file
    and line of any mistake."""
    if path is None:
        packaged = resources.files("watchfloor.analyse").joinpath("data", PACKAGED)
        root = read_yaml(packaged, shown_as=f"analyse/data/{PACKAGED}")
    else:
        root = read_yaml(path)
    top = root.mapping("the alert rules", _TOP)
    for key in ("kinds", "watch"):
        if key not in top:
            raise root.error(f"the alert rules need a {key!r} section")
    kinds = {name: _kind(name, spot) for name, spot in top["kinds"].mapping("kinds").items()}
    if not kinds:
        raise top["kinds"].error("give at least one kind")
    watches = tuple(_watch(spot, kinds) for spot in top["watch"].items("watch"))
    return AlertRules(
        source=root.file,
        period=_period(top["period"]) if "period" in top else "week",
        min_grade=_grade(top.get("min_grade")),
        detector=_detector(top["detector"]) if "detector" in top else DetectorSettings(),
        kinds=kinds,
        watches=watches,
    )


def _period(spot: Spot) -> str:
    value = spot.text("period")
    if value not in PERIODS:
        raise spot.error(f"period {value!r}: give one of {', '.join(PERIODS)}")
    return value


def _grade(spot: Spot | None) -> str | None:
    if spot is None or spot.value is None:
        return None
    value = spot.text("min_grade")
    try:
        parse_grade(value)
    except ConfigError as exc:
        raise spot.error(str(exc)) from None
    return value


def _detector(spot: Spot) -> DetectorSettings:
    given = spot.mapping("detector", _BOUNDS)
    values: dict[str, float | int] = {}
    for f in fields(DetectorSettings):
        if f.name in given:
            low, high = _BOUNDS[f.name]
            what = f"detector {f.name}"
            item = given[f.name]
            whole = f.type in (int, "int")
            values[f.name] = (
                item.whole(what, int(low), int(high)) if whole else item.number(what, low, high)
            )
    settings = DetectorSettings(**values)  # type: ignore[arg-type]
    if settings.min_baseline_periods > settings.baseline_periods:
        raise spot.error("detector min_baseline_periods must not exceed baseline_periods")
    return settings


def _kind(name: str, spot: Spot) -> Kind:
    given = spot.mapping(f"kind {name!r}", ("description", "quad_classes", "codes"))
    quads: set[int] = set()
    for item in given["quad_classes"].items("quad_classes") if "quad_classes" in given else []:
        quads.add(item.whole("a quad class", 1, 4))
    codes = given["codes"].texts("a CAMEO code") if "codes" in given else ()
    for code, item in zip(codes, given["codes"].each("codes") if codes else [], strict=True):
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise item.error(f"{code!r} is not a CAMEO code (2 to 4 digits; quote it)")
    if not quads and not codes:
        raise spot.error(f"kind {name!r} needs quad_classes or codes")
    description = given["description"].text("description") if "description" in given else name
    return Kind(name, description, frozenset(quads), tuple(codes))


def _watch(spot: Spot, kinds: dict[str, Kind]) -> Watch:
    given = spot.mapping("a watch entry", _WATCH)
    chosen = [k for k in ("dyad", "focus", "every_dyad") if k in given]
    if len(chosen) != 1:
        raise spot.error("a watch entry names one of dyad, focus or every_dyad")
    subject = _subject(chosen[0], given[chosen[0]])
    if "kinds" not in given:
        raise spot.error("a watch entry needs its kinds")
    names = given["kinds"].texts("a kind")
    for name, item in zip(names, given["kinds"].each("kinds"), strict=True):
        if name not in kinds:
            raise item.error(f"unknown kind {name!r}; the kinds are {', '.join(kinds)}")
    return Watch(
        subject=subject,
        kinds=names,
        directed=given["directed"].flag("directed") if "directed" in given else False,
        min_events=given["min_events"].whole("min_events", 0, 10**9)
        if "min_events" in given else 0,
        where=f"{spot.file}:{spot.line}",
    )  # fmt: skip


def _subject(key: str, spot: Spot) -> str:
    if key == "every_dyad":
        if not spot.flag("every_dyad"):
            raise spot.error("every_dyad: false watches nothing; remove the entry")
        return "*"
    value = spot.text(key).upper()
    if key == "dyad":
        try:
            return "-".join(parse_dyad(value))
        except ConfigError as exc:
            raise spot.error(str(exc)) from None
    if not (len(value) == 3 and value.isalpha()):
        raise spot.error(f"focus {value!r}: give a country code, like KOR")
    return value
