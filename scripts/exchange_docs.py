"""Write the mapping tables of docs/exchange.md from the data files they describe:
the CAMEO -> ACLED mapping and what the CAMEO -> PLOVER mapping loses.

    python scripts/exchange_docs.py          # rewrite the tables in place
    python scripts/exchange_docs.py --check  # exit 1 if the docs are out of date
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from watchfloor.exchange.mappings import (
    acled_markdown,
    load_acled_mapping,
    load_plover_mapping,
    losses_markdown,
    plover_losses,
)
from watchfloor.taxonomy import load_cameo

DOCS = Path(__file__).resolve().parents[1] / "docs" / "exchange.md"


def tables() -> dict[str, str]:
    return {
        "acled-mapping": acled_markdown(load_acled_mapping()),
        "plover-losses": losses_markdown(plover_losses(load_plover_mapping(), load_cameo())),
    }


def render(text: str) -> str:
    for name, table in tables().items():
        pattern = re.compile(rf"(<!-- {name} -->\n).*?(<!-- /{name} -->)", re.S)
        text = pattern.sub(lambda m, t=table: m.group(1) + t + m.group(2), text)
    return text


def main() -> int:
    current = DOCS.read_text(encoding="utf-8")
    wanted = render(current)
    if "--check" in sys.argv:
        return 0 if wanted == current else 1
    DOCS.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
