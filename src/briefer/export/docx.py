"""DOCX made from the brief's Markdown: markdown-it-py tokens → python-docx.

Headings become Word heading styles, tables Word tables with a header row, lists
Word lists, links live hyperlinks; footnote references become superscript numbers and
the footnote definitions a numbered list of sources at the end. The document's title
and keywords come from the Markdown front matter.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import docx
from docx.document import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from ..i18n import DOCX_LANGUAGES
from .markdown import split_front_matter

HYPERLINK_BLUE = RGBColor(0x05, 0x63, 0xC1)
_PLACEHOLDER = re.compile(r"(\[\[.*?\]\])")


def markdown_parser() -> MarkdownIt:
    """CommonMark with tables, footnotes and front matter: the dialect briefs use."""
    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(footnote_plugin)


def markdown_to_docx(markdown: str) -> bytes:
    """The DOCX bytes for a brief's Markdown."""
    fields, _ = split_front_matter(markdown)
    document = docx.Document()
    properties = document.core_properties
    properties.title = str(fields.get("title", ""))
    properties.keywords = ", ".join(str(k) for k in fields.get("keywords", []))
    properties.subject = f"{fields.get('region', '')} – {fields.get('partner', '')}".strip(" –")
    properties.author = "briefer"
    properties.comments = str(fields.get("generator", ""))
    language = DOCX_LANGUAGES.get(str(fields.get("lang", "en")), "en-GB")
    properties.language = language
    _tag_language(document, language)
    _DocxWriter(document).write(markdown_parser().parse(markdown))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _tag_language(document: Document, language: str) -> None:
    """Tag the document defaults and every style with the brief's language, Chinese as the
    East Asian language, so Word spell-checks and hyphenates the text as what it is."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    elements = [defaults.find(qn("w:rPrDefault"))] if defaults is not None else []
    elements += list(styles.iterfind(qn("w:style")))
    for element in elements:
        if element is None:
            continue
        run_properties = element.find(qn("w:rPr"))
        if run_properties is None:
            run_properties = OxmlElement("w:rPr")
            element.append(run_properties)
        lang = run_properties.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            run_properties.append(lang)
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), "zh-CN")


@dataclass
class _InlineState:
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: Any = None  # the w:hyperlink element runs go into, while inside a link


@dataclass
class _DocxWriter:
    document: Document
    lists: list[str] = field(default_factory=list)  # "bullet" / "ordered", innermost last
    list_restart: list[bool] = field(default_factory=list)
    quote_depth: int = 0
    in_footnotes: bool = False

    def write(self, tokens: list[Token]) -> None:
        stream = iter(tokens)
        for token in stream:
            self._block(token, stream)

    def _block(self, token: Token, stream: Iterator[Token]) -> None:
        kind = token.type
        if kind == "heading_open":
            level = int(token.tag[1])
            paragraph = self.document.add_heading("", level=min(level, 9))
            self._inline(paragraph, next(stream))
        elif kind == "paragraph_open":
            paragraph = self._new_paragraph()
            self._inline(paragraph, next(stream))
        elif kind in ("bullet_list_open", "ordered_list_open"):
            self.lists.append("bullet" if kind == "bullet_list_open" else "ordered")
            self.list_restart.append(True)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
            self.list_restart.pop()
        elif kind == "blockquote_open":
            self.quote_depth += 1
        elif kind == "blockquote_close":
            self.quote_depth -= 1
        elif kind == "table_open":
            self._table(stream)
        elif kind in ("fence", "code_block"):
            paragraph = self.document.add_paragraph()
            run = paragraph.add_run(token.content.rstrip("\n"))
            run.font.name = "Courier New"
        elif kind == "hr":
            self.document.add_paragraph("* * *")
        elif kind == "footnote_block_open":
            self.in_footnotes = True
            self.lists.append("ordered")
            self.list_restart.append(True)
        elif kind == "footnote_block_close":
            self.in_footnotes = False
            self.lists.pop()
            self.list_restart.pop()
        # front_matter, list_item and footnote wrappers carry no content of their own

    def _new_paragraph(self) -> Paragraph:
        if self.lists:
            depth = len(self.lists)
            base = "List Bullet" if self.lists[-1] == "bullet" else "List Number"
            style = base if depth == 1 else f"{base} {min(depth, 3)}"
            paragraph = self.document.add_paragraph(style=style)
            if self.lists[-1] == "ordered" and self.list_restart[-1]:
                _restart_numbering(self.document, paragraph)
                self.list_restart[-1] = False
            return paragraph
        if self.quote_depth:
            return self.document.add_paragraph(style="Quote")
        return self.document.add_paragraph()

    def _table(self, stream: Iterator[Token]) -> None:
        rows: list[list[Token]] = []
        header_rows = 0
        in_head = False
        for token in stream:
            if token.type == "table_close":
                break
            if token.type == "thead_open":
                in_head = True
            elif token.type == "thead_close":
                in_head = False
            elif token.type == "tr_open":
                rows.append([])
                header_rows += in_head
            elif token.type == "inline":
                rows[-1].append(token)
        columns = max(len(row) for row in rows)
        table = self.document.add_table(rows=len(rows), cols=columns)
        table.style = "Table Grid"
        for row_index, row in enumerate(rows):
            header = row_index < header_rows
            for column_index, inline in enumerate(row):
                cell = table.cell(row_index, column_index)
                self._inline(cell.paragraphs[0], inline, bold=header)
            if header:  # repeat the header row on every page
                row_properties = table.rows[row_index]._tr.get_or_add_trPr()
                row_properties.append(OxmlElement("w:tblHeader"))

    def _inline(self, paragraph: Paragraph, token: Token, bold: bool = False) -> None:
        state = _InlineState(bold=bold)
        previous_kind = ""
        for child in token.children or []:
            kind = child.type
            if kind in ("text", "html_inline"):
                self._run(paragraph, child.content, state)
            elif kind == "code_inline":
                state.code = True
                self._run(paragraph, child.content, state)
                state.code = False
            elif kind in ("softbreak",):
                self._run(paragraph, " ", state)
            elif kind == "hardbreak":
                paragraph.add_run().add_break()
            elif kind == "strong_open":
                state.bold = True
            elif kind == "strong_close":
                state.bold = bold
            elif kind == "em_open":
                state.italic = True
            elif kind == "em_close":
                state.italic = False
            elif kind == "link_open":
                state.link = _add_hyperlink(paragraph, str(child.attrs.get("href", "")))
            elif kind == "link_close":
                state.link = None
            elif kind == "footnote_ref":
                label = str(child.meta["label"])  # "2,4" rather than "24" for adjacent markers
                run = paragraph.add_run(f",{label}" if previous_kind == "footnote_ref" else label)
                run.font.superscript = True
            elif kind == "image":
                self._run(paragraph, child.content, state)
            # footnote_anchor (the back-link) has no place in print
            previous_kind = kind

    def _run(self, paragraph: Paragraph, text: str, state: _InlineState) -> None:
        if not text:
            return
        if state.link is not None:
            run_element = OxmlElement("w:r")
            properties = OxmlElement("w:rPr")
            color = OxmlElement("w:color")
            color.set(qn("w:val"), str(HYPERLINK_BLUE))
            underline = OxmlElement("w:u")
            underline.set(qn("w:val"), "single")
            properties.extend([color, underline])
            run_element.append(properties)
            text_element = OxmlElement("w:t")
            text_element.text = text
            text_element.set(qn("xml:space"), "preserve")
            run_element.append(text_element)
            state.link.append(run_element)
            return
        for part in _PLACEHOLDER.split(text):
            if not part:
                continue
            run = paragraph.add_run(part)
            run.bold = state.bold or None
            run.italic = state.italic or None
            if state.code:
                run.font.name = "Courier New"
            if _PLACEHOLDER.fullmatch(part):  # what the reporter must supply stands out in print
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _add_hyperlink(paragraph: Paragraph, url: str) -> Any:
    """A live w:hyperlink in ``paragraph``; python-docx has no API for it yet."""
    relationship_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), relationship_id)
    paragraph._p.append(hyperlink)
    return hyperlink


def _restart_numbering(document: Document, paragraph: Paragraph) -> None:
    """Make a numbered list start again at 1 instead of continuing the previous one."""
    numbering = document.part.numbering_part.element
    style = paragraph.style
    style_numbering = style.element.pPr.numPr if style is not None and style.element.pPr is not None else None
    if style_numbering is None or style_numbering.numId is None:
        return
    style_num_id = style_numbering.numId.val
    abstract_id = next(
        (num.abstractNumId.val for num in numbering.num_lst if num.numId == style_num_id), None
    )
    if abstract_id is None:
        return
    new_num = numbering.add_num(abstract_id)
    override = new_num.add_lvlOverride(ilvl=0)
    override.add_startOverride(1)
    paragraph_properties = paragraph._p.get_or_add_pPr()
    num_pr = paragraph_properties.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = new_num.numId
