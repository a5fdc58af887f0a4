"""A brief's Markdown as HTML for the browser: the same document the DOCX is made from."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

# [[REPORTER: …]] and its translations: what the reporter must supply, marked to be seen
_PLACEHOLDER = re.compile(r"\[\[([^\[\]<>]{1,500})\]\]")


def _caption(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    # A source cited again keeps its number, as in the DOCX: [1], not [1:1].
    return f"[{tokens[idx].meta['id'] + 1}]"


@functools.cache
def _parser() -> MarkdownIt:
    # html=False: text from the fact base is shown as text, never as markup; and
    # markdown-it refuses javascript: and data: links on its own.
    parser = MarkdownIt("commonmark", {"html": False}).use(front_matter_plugin).use(footnote_plugin)
    parser.add_render_rule("footnote_caption", _caption)
    return parser.enable("table")


def markdown_to_html(markdown: str) -> str:
    """The body as HTML (front matter dropped), placeholders marked."""
    html = _parser().render(markdown)
    return _PLACEHOLDER.sub(r'<mark class="placeholder">[[\1]]</mark>', html)
