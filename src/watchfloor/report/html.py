"""The brief as one self-contained HTML page: CSS inline, charts inline SVG, nothing
fetched. Every value from the evidence is escaped by the templates (autoescape), so an
article's text shows as text, never as markup.

Each section is its own template, ``templates/sections/<name>.html.j2``, rendered in the
order of ``SECTIONS``; a section reads the page (``page.brief``, ``page.judgments``,
``page.charts``) and the macros of ``templates/macros.html.j2`` (citations, links to the
dashboard). Adding a section is adding a template and its name. A brief with an
assessment (``--focus``) also has the ``ASSESSMENT_SECTIONS``, after the key judgments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import quote, urlsplit

from watchfloor.errors import WatchfloorError
from watchfloor.report.brief import Brief, Citation, TimelineRow
from watchfloor.report.brief_assessment import MatrixRow
from watchfloor.report.charts import SeriesLine, dyad_chart, estimates_chart, timeline_chart
from watchfloor.report.judgments import KeyJudgment
from watchfloor.report.safety import inert

SECTIONS = ("judgments", "relations", "deployments", "estimates", "timeline", "reported")
# threat level, fired indicators, competing hypotheses, response options, changes
ASSESSMENT_SECTIONS = ("threat", "indicators", "hypotheses", "responses", "changes")
# a document shows the most diagnostic rows of the ACH matrix; `watchfloor assess` all
MAX_MATRIX_ROWS = 8
# a document lists the latest timeline rows; the full list is `watchfloor events`
MAX_TIMELINE_ROWS = 400


@dataclass(frozen=True, slots=True)
class BriefPage:
    """What the templates read: the brief, its key judgments, its charts (SVG by name:
    ``dyads``, ``estimates``, ``timeline``; a chart with nothing to draw is absent) and
    the dashboard's address for links to evidence (None: no links)."""

    brief: Brief
    judgments: tuple[KeyJudgment, ...]
    charts: dict[str, str] = field(default_factory=dict)
    link_base: str | None = None

    def event_url(self, event_id: str | None) -> str | None:
        """The dashboard's page of an event: ``{link_base}/ui/event/{event_id}``."""
        if not self.link_base or not event_id:
            return None
        return f"{self.link_base.rstrip('/')}/ui/event/{quote(event_id, safe='')}"

    @property
    def timeline(self) -> tuple[TimelineRow, ...]:
        """The latest ``MAX_TIMELINE_ROWS`` rows of the timeline, oldest first."""
        return self.brief.timeline[-MAX_TIMELINE_ROWS:]

    @property
    def timeline_left_out(self) -> int:
        return max(len(self.brief.timeline) - MAX_TIMELINE_ROWS, 0)

    @property
    def matrix(self) -> tuple[MatrixRow, ...]:
        """The most diagnostic ``MAX_MATRIX_ROWS`` rows of the ACH matrix, most diagnostic
        first, and every row the sensitivity check names, whatever its diagnosticity."""
        a = self.brief.assessment
        if a is None:
            return ()
        ranked = sorted(a.matrix, key=lambda r: (-r.diagnosticity, r.event_id))
        return tuple(r for i, r in enumerate(ranked)
                     if i < MAX_MATRIX_ROWS or r.event_id in a.sensitive_rows)  # fmt: skip

    @property
    def matrix_left_out(self) -> int:
        a = self.brief.assessment
        return len(a.matrix) - len(self.matrix) if a else 0

    def dyad_citations(self, actor1: str, actor2: str, limit: int = 3) -> list[Citation]:
        """The latest reports of a dyad's timeline rows, newest first."""
        found = {c.doc: c for r in self.brief.timeline if r.dyad == (actor1, actor2)
                 for c in r.citations}  # fmt: skip
        newest = sorted(found.values(), key=lambda c: (c.published or date.min, c.doc))
        return newest[::-1][:limit]


def brief_page(
    brief: Brief,
    judgments: Sequence[KeyJudgment],
    series: Sequence[SeriesLine],
    *,
    link_base: str | None = None,
) -> BriefPage:
    """The page of a brief with its charts drawn."""
    charts = {
        "dyads": dyad_chart(series),
        "estimates": estimates_chart(brief.deployments),
        "timeline": timeline_chart(brief.timeline[-MAX_TIMELINE_ROWS:]),
    }
    drawn = {name: svg for name, svg in charts.items() if svg is not None}
    return BriefPage(brief, tuple(judgments), drawn, check_link_base(link_base))


def page_sections(brief: Brief) -> tuple[str, ...]:
    """The sections of a brief's page, in order: the assessment's after the judgments."""
    if brief.assessment is None:
        return SECTIONS
    return (*SECTIONS[:1], *ASSESSMENT_SECTIONS, *SECTIONS[1:])


def render_brief_html(page: BriefPage, sections: Sequence[str] | None = None) -> str:
    """The page; ``sections`` (default: ``page_sections``) names the templates to show."""
    from markupsafe import Markup

    if sections is None:
        sections = page_sections(page.brief)

    environment = _environment()
    template = environment.get_template("brief.html.j2")
    charts = {name: Markup(svg) for name, svg in page.charts.items()}  # drawn by us, paths only
    html: str = template.render(page=page, charts=charts, sections=list(sections))
    return html


def check_link_base(link_base: str | None) -> str | None:
    """An http(s) address, or a clear error naming the option."""
    if link_base is None:
        return None
    parts = urlsplit(link_base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise WatchfloorError(
            f"--link-base {link_base!r} is not an http(s) address: give the dashboard's "
            "address, e.g. http://127.0.0.1:8000"
        )
    return link_base


def document_url(citation: Citation) -> str | None:
    """The document's own address when it is a web address (never ``javascript:``)."""
    if citation.url and urlsplit(citation.url).scheme in ("http", "https"):
        return citation.url
    return None


def _inert_value(value: Any) -> Any:
    # autoescape keeps article text from being HTML, but an escape sequence or a bidi
    # override would still act on the terminal the page is printed to
    if isinstance(value, str) and not hasattr(value, "__html__"):
        return inert(value)
    return value


def _environment() -> Any:
    try:
        import jinja2
    except ImportError:
        raise WatchfloorError(
            "HTML briefings need jinja2: pip install 'watchfloor[docs]'"
        ) from None
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("watchfloor.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_inert_value,
    )
    environment.globals["document_url"] = document_url
    return environment
