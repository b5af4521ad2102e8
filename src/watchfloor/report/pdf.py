"""The brief as a PDF, made from its HTML page by WeasyPrint (A4, fonts from the system:
Debian's fonts-dejavu-core). Nothing is fetched: the page holds its CSS and charts, and
any other address it names is refused."""

from __future__ import annotations

from typing import Any

from watchfloor.errors import WatchfloorError


def render_pdf(html: str) -> bytes:
    """The PDF of a self-contained HTML page."""
    weasyprint = _weasyprint()
    document = weasyprint.HTML(string=html, url_fetcher=_refuse_fetch, base_url=None)
    pdf: bytes = document.write_pdf()
    return pdf


def _refuse_fetch(url: str, timeout: int = 10, ssl_context: Any = None) -> dict[str, Any]:
    # the page is self-contained: a fetch would be a defect (or an article's markup)
    raise ValueError(f"the briefing fetches nothing; refused {url}")


def _weasyprint() -> Any:
    try:
        import weasyprint
    except ImportError:
        raise WatchfloorError(
            "PDF briefings need WeasyPrint: pip install 'watchfloor[docs]'"
        ) from None
    except OSError as exc:  # WeasyPrint loads Pango with ctypes
        raise WatchfloorError(
            f"WeasyPrint cannot load its system libraries ({exc}); on Debian: "
            "apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core"
        ) from None
    return weasyprint
