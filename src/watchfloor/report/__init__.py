"""Briefings built from stored evidence: terminal, markdown and JSON."""

from watchfloor.report.brief import Brief, build_brief
from watchfloor.report.render import render_brief_markdown, render_brief_terminal

__all__ = ["Brief", "build_brief", "render_brief_markdown", "render_brief_terminal"]
