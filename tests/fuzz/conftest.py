"""The fuzz suite's summary: inputs generated per target, and batch crashes."""

from __future__ import annotations

import pytest

from .budget import RUNS, SCALE


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not RUNS:
        return
    parts = ", ".join(f"{name} {count:,}" for name, count in sorted(RUNS.items()))
    terminalreporter.write_line(
        f"fuzz (scale {SCALE:g}): {sum(RUNS.values()):,} generated inputs: {parts}"
    )
