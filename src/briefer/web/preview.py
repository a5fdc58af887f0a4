"""A brief's Markdown as HTML for the browser: the same document the DOCX is made from."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from ..briefs.make import Brief
from ..facts.model import Fact
from ..text.i18n import Language

# [[REPORTER: …]] and its translations: what the reporter must supply, marked to be seen
_PLACEHOLDER = re.compile(r"\[\[([^\[\]]{1,500})\]\]")


def _marked(text: str) -> str:
    """Escaped text with its placeholders marked."""
    return _PLACEHOLDER.sub(r'<mark class="placeholder">[[\1]]</mark>', escapeHtml(text))


def _text(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    # Only running text is marked: a link's title or an image's text stays an attribute.
    return _marked(tokens[idx].content)


def _code(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return f"<code{self.renderAttrs(tokens[idx])}>{_marked(tokens[idx].content)}</code>"


def _anchor(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    # one way back from a source, to where it is first cited, not one per citation
    if tokens[idx].meta.get("subId", 0) > 0:
        return ""
    return f' <a href="#fnref{tokens[idx].meta["id"] + 1}" class="footnote-backref">\u21a9\ufe0e</a>'


def _caption(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    # A source cited again keeps its number, as in the DOCX: [1], not [1:1].
    return f"[{tokens[idx].meta['id'] + 1}]"


@functools.cache
def _parser() -> MarkdownIt:
    # html=False: text from the fact base is shown as text, never as markup; markdown-it
    # refuses javascript: and data: links on its own; and images are off, so that no
    # fact can make a reader's browser fetch anything from elsewhere.
    parser = (
        MarkdownIt("commonmark", {"html": False})
        .use(front_matter_plugin)
        .use(footnote_plugin)
        # the checklists: boxes a reporter can tick while working (nothing is kept)
        .use(tasklists_plugin, enabled=True)
        .enable("table")
        .disable("image")
    )
    parser.add_render_rule("footnote_caption", _caption)
    parser.add_render_rule("footnote_anchor", _anchor)
    parser.add_render_rule("text", _text)
    parser.add_render_rule("code_inline", _code)
    return parser


def markdown_to_html(markdown: str) -> str:
    """The body as HTML (front matter dropped), placeholders marked."""
    html: str = _parser().render(markdown)
    return html


@dataclass(frozen=True)
class BriefSummary:
    """What a reporter reads before the brief itself: how much it rests on, what is left
    to do, and how old its news is."""

    facts_used: int
    facts_to_check: int
    placeholders: int
    newest_fact: str | None  # 'June 2021, 5 years before the brief's date', in the page's language
    newest_figure: str | None


def summarize(brief: Brief, words: Language) -> BriefSummary:
    context = brief.context
    used = context.used_facts

    def dated(fact: Fact | None, label: str | None = None) -> str | None:
        if fact is None:
            return None
        age = words.age(min(fact.date.first_day, context.as_of), context.as_of)
        return words.gettext("%(date)s, %(age)s before the brief's date") % {
            "date": label or words.fact_date(fact.date),
            "age": age,
        }

    figure = context.newest_figure
    return BriefSummary(
        facts_used=len(used),
        facts_to_check=sum(1 for fact in used if context.reasons_to_check(fact)),
        placeholders=len(_PLACEHOLDER.findall(brief.markdown)),
        newest_fact=dated(context.newest_fact),
        newest_figure=dated(figure, figure.figure.period if figure and figure.figure else None),
    )
