"""Exporters: the Markdown document (the single intermediate) and DOCX made from it."""
