"""Text from the fact base made safe to place in Markdown.

A fact's words are text, never markup: a summary or a source title that contains
`[x](https://…)`, `<b>`, `*` or a leading `#` must print those characters, not become a
link, raw HTML, emphasis or a heading in the Markdown, the DOCX or the preview. Fact
text is one line (validation refuses line breaks), so escaping the characters that open
inline syntax, and a block marker at its start, is enough.
"""

from __future__ import annotations

import re

# characters that open inline syntax: links and images ([ ]), raw HTML and autolinks
# (< >), emphasis and code (* _ `), escapes (\), and entity references (&name;)
_INLINE = re.compile(r"[\\`*_\[\]<>]|&(?=#?[0-9A-Za-z]+;)")
# a block marker where the text starts a line: heading, quote, list item, rule
_BLOCK_START = re.compile(r"^(\s*)([#>+=-]|\d{1,9}(?=[.)]))")


def escape_markdown(text: str) -> str:
    """``text`` as Markdown that shows exactly ``text``. '|' is left to table cells,
    which escape it themselves."""
    # most fact text has neither: looked for first, as a brief escapes thousands of texts
    escaped = _INLINE.sub(lambda match: "\\" + match.group(), text) if _INLINE.search(text) else text
    block = _BLOCK_START.match(escaped)
    if block is None:
        return escaped
    return _escape_block_marker(block) + escaped[block.end() :]


def _escape_block_marker(match: re.Match[str]) -> str:
    space, marker = match.groups()
    # "2021. …" would open an ordered list: the escape goes before its full stop
    return f"{space}{marker}\\" if marker[0].isdigit() else f"{space}\\{marker}"
