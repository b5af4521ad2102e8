"""What the serve tests store: the sample corpus and a hostile article."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
TOKEN = "test-token-7f3a"

HOSTILE = {
    "id": "hostile-1",
    "title": "<b>Bold</b> claims <script>window.__pwned = 'title'</script>",
    "published": "2024-11-02",
    "outlet": "<i>Injected</i> Wire",
    "url": "javascript:window.__pwned='url'",
    "text": (
        "North Korea has sent about 2,000 <script>window.__pwned = 'sentence'</script> "
        "troops to Russia <img src=x onerror=\"window.__pwned='img'\">, South Korea's "
        "National Intelligence Service said on Friday."
    ),
}
