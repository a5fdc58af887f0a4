"""Briefs: selecting a pair's facts (select), deciding the story's angles (angles),
rendering the editors' templates in a sandbox (render, sandbox), making and writing a
brief (make), and many briefs at once (batch)."""

from .make import FORMATS, KIND_TITLES, Brief, DocxOptions, make_brief, parse_formats, write_brief

__all__ = ["FORMATS", "KIND_TITLES", "Brief", "DocxOptions", "make_brief", "parse_formats", "write_brief"]
