"""Analysis over stored events: dyads, and later time series, alerts and networks."""

from watchfloor.analyse.dyads import DyadSummary, summarise_dyads

__all__ = ["DyadSummary", "summarise_dyads"]
