"""Feed watching (``watchfloor watch FEEDS.yaml``): a service that polls RSS/Atom feeds
and their article pages on per-feed schedules and stores what is new.

    feeds = load_feeds(Path("feeds.yaml"))          # validated, file:line errors
    Watcher(feeds, settings, stop=event, log=print).run_cycle(every_feed=True)

Stages: ``config`` (the feeds file), ``guard`` (no private addresses), ``fetch`` (HTTP
with limits), ``retry`` (backoff with jitter), ``robots``, ``poll`` (one feed),
``service`` (cycles, state, catching up), ``alerts_hook`` (hand-over to alerting).
"""

from watchfloor.watch.config import Feed, FeedsFile, Limits, load_feeds
from watchfloor.watch.service import CycleReport, FeedOutcome, Watcher

__all__ = ["CycleReport", "Feed", "FeedOutcome", "FeedsFile", "Limits", "Watcher", "load_feeds"]
