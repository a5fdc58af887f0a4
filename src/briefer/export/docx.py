"""DOCX made from the brief's Markdown: markdown-it-py tokens → python-docx.

Headings become Word heading styles, tables Word tables with a header row, lists
Word lists, links live hyperlinks; footnote references become superscript numbers and
the footnote definitions a numbered list of sources at the end. The document's title
and keywords come from the Markdown front matter.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape as _html_escape
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from ..errors import UsageError
from ..text.i18n import DOCX_LANGUAGES
from .markdown import split_front_matter
from .notes import Notes
from .notes import ensure_styles as _ensure_notes_styles
from .package import fixed_time, own_settings, with_entry_times

HYPERLINK_BLUE = RGBColor(0x05, 0x63, 0xC1)
PLACEHOLDER_STYLE = "Reporter Placeholder"  # a character style, so a house style can restyle it
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
LATIN_FONT = "Calibri"  # Latin and Cyrillic
EAST_ASIAN_FONT = "Noto Sans CJK SC"  # Chinese names, in Simplified Chinese
_PLACEHOLDER = re.compile(r"(\[\[.*?\]\])")


def markdown_parser() -> MarkdownIt:
    """CommonMark with tables, footnotes and front matter: the dialect briefs use."""
    return (
        MarkdownIt("commonmark")
        .enable("table")
        .use(front_matter_plugin)
        .use(footnote_plugin)
        .use(tasklists_plugin)
    )


def markdown_to_docx(
    markdown: str,
    notes: str = "footnotes",
    reference: Path | None = None,
    newsroom: str | None = None,
) -> bytes:
    """The DOCX bytes for a brief's Markdown.

    ``notes`` puts the sources in footnotes (default), endnotes, or only in the list of
    sources at the end ("none"); ``reference`` is a house-style DOCX whose styles, page
    set-up, headers and footers the brief takes, as pandoc's --reference-doc does.
    """
    # validation refuses control characters in facts; an editor's template or a library
    # caller could still bring one, and Word cannot hold it: it is dropped, not fatal
    markdown = _NOT_IN_XML.sub("", markdown)
    fields, _ = split_front_matter(markdown)
    document = _base_document(reference)
    language = DOCX_LANGUAGES.get(str(fields.get("lang", "en")), "en-GB")
    _tag_language(document, language)
    _set_properties(document, fields, language, newsroom)
    env: dict[str, Any] = {}
    tokens = markdown_parser().parse(markdown, env)
    writer = _DocxWriter(document, definitions=_definitions(tokens))
    if notes in ("footnotes", "endnotes"):
        writer.notes = Notes(document, notes)
    writer.write(tokens)
    if writer.notes is not None:
        writer.notes.finish()
    own_settings(document, language, markdown)
    buffer = io.BytesIO()
    document.save(buffer)
    fixed = fixed_time(fields)
    return with_entry_times(buffer.getvalue(), fixed) if fixed else buffer.getvalue()


def escape(text: str) -> str:
    """Text for XML element content (xml.sax.saxutils would pull in urllib and http at start-up)."""
    return _html_escape(text, quote=False)


def default_reference_docx() -> bytes:
    """briefer's default house style as a DOCX for an editor to restyle in Word, like
    'pandoc --print-default-data-file reference.docx'."""
    document = _base_document(None)
    _ensure_notes_styles(document, "Footnote")
    _ensure_notes_styles(document, "Endnote")
    document.add_paragraph("Title", style="Title")
    for level in (1, 2, 3):
        document.add_heading(f"Heading {level}", level=level)
    body = document.add_paragraph(
        "Body text. Restyle the styles, page, header and footer; briefs take them. "
    )
    for name in (PLACEHOLDER_STYLE, "Hyperlink"):
        _find_or_add_style(document, name, WD_STYLE_TYPE.CHARACTER)
    body.add_run("[[REPORTER: what the reporter must supply]]", style=PLACEHOLDER_STYLE)
    body.add_run(" A link.", style="Hyperlink")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _child(parent: Any, tag: str, first: bool = False) -> Any:
    """``parent``'s child element ``tag``, added (last, or ``first``) when missing."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        if first:
            parent.insert(0, child)
        else:
            parent.append(child)
    return child


def _a4_unless_set(document: Document) -> None:
    """A house style that leaves the page unset (pandoc's does) gets A4 with 2 cm margins."""
    for section in document.sections:
        if section.page_width is None or section.page_height is None:
            section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            if getattr(section, side) is None:
                setattr(section, side, Mm(20))


def _reference_document(reference: Path) -> Document:
    """The house style's DOCX, or UsageError saying why it cannot be one."""
    import zipfile

    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(reference))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError) as error:
        # a file that is no zip, a zip that is no Word package, or a package with broken XML
        reason = (
            "not a Word document"
            if isinstance(error, PackageNotFoundError | zipfile.BadZipFile)
            else ("a Word package briefer cannot read")
        )
        raise UsageError(
            f"the house-style document {reference} is {reason}.\n"
            "    fix: save the house style from Word or LibreOffice as .docx, and pass that file "
            "(--reference-doc or docx.reference in briefer.yaml)"
        ) from None


def _base_document(reference: Path | None) -> Document:
    """The house style's document emptied of its text, or briefer's defaults: A4, 2 cm
    margins, fonts that cover Latin, Cyrillic and Chinese."""
    if reference is not None:
        document = _reference_document(reference)
        body = document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        _a4_unless_set(document)
        return document
    document = docx.Document()
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin = section.bottom_margin = Mm(20)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    if run_defaults is not None:
        fonts = _child(_child(run_defaults, "w:rPr"), "w:rFonts", first=True)
        for attribute in list(fonts.attrib):  # theme fonts would override the names below
            del fonts.attrib[attribute]
        fonts.set(qn("w:ascii"), LATIN_FONT)
        fonts.set(qn("w:hAnsi"), LATIN_FONT)
        fonts.set(qn("w:cs"), LATIN_FONT)
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    return document


def _set_properties(document: Document, fields: dict[str, Any], language: str, newsroom: str | None) -> None:
    """Core, app and custom properties from the front matter; no stale template values."""
    properties = document.core_properties
    properties.title = str(fields.get("title", ""))
    properties.keywords = ", ".join(str(k) for k in fields.get("keywords", []))
    title = str(fields.get("title", ""))
    properties.subject = title.split(":")[0] if ":" in title else title
    properties.author = newsroom or "briefer"
    properties.last_modified_by = newsroom or "briefer"
    properties.comments = str(fields.get("generator", ""))
    properties.language = language
    properties.category = str(fields.get("kind", ""))
    properties.revision = 1
    when = fixed_time(fields) or dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    properties.created = when
    properties.modified = when
    package = document.part.package
    for relationship in list(package.rels.values()):
        # a house style's own thumbnail, app and custom properties would describe it, not the brief
        if relationship.reltype in (
            RELATIONSHIP_TYPE.THUMBNAIL,
            RELATIONSHIP_TYPE.EXTENDED_PROPERTIES,
            RELATIONSHIP_TYPE.CUSTOM_PROPERTIES,
        ):
            del package.rels[relationship.rId]
    app = Part(
        PackURI("/docProps/app.xml"),
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f"<Application>{escape(str(fields.get('generator', 'briefer')))}</Application>"
            "</Properties>"
        ).encode(),
        package,
    )
    package.relate_to(app, RELATIONSHIP_TYPE.EXTENDED_PROPERTIES)
    custom = {
        "region": fields.get("region", ""),
        "partner": fields.get("partner", ""),
        "kind": fields.get("kind", ""),
        "as_of": fields.get("as_of", ""),
        "facts": ", ".join(str(f) for f in fields.get("facts", [])),
    }
    entries = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{index}" name="{name}">'
        f"<vt:lpwstr>{escape(str(value))}</vt:lpwstr></property>"
        for index, (name, value) in enumerate(custom.items(), start=2)
    )
    custom_part = Part(
        PackURI("/docProps/custom.xml"),
        "application/vnd.openxmlformats-officedocument.custom-properties+xml",
        (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"{entries}</Properties>"
        ).encode(),
        package,
    )
    package.relate_to(custom_part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


def _definitions(tokens: list[Token]) -> dict[str, Token]:
    """Each source's reference (its footnote definition's inline token), by label."""
    found: dict[str, Token] = {}
    label = None
    for token in tokens:
        if token.type == "footnote_open":
            label = str(token.meta.get("label"))
        elif token.type == "inline" and label is not None and label not in found:
            found[label] = token
        elif token.type == "footnote_close":
            label = None
    return found


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
        lang = _child(_child(element, "w:rPr"), "w:lang")
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), "zh-CN")


@dataclass
class _InlineState:
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: Any = None  # the w:hyperlink element runs go into, while inside a link


@dataclass
class _List:
    kind: str  # "bullet" or "ordered"
    num_id: int  # its own numbering instance, on every item


@dataclass
class _DocxWriter:
    document: Document
    definitions: dict[str, Token] = field(default_factory=dict)
    notes: Notes | None = None
    lists: list[_List] = field(default_factory=list)  # innermost last
    quote_depth: int = 0
    in_footnotes: bool = False
    titled: bool = False  # the first level-1 heading is the document's Title
    cited: set[str] = field(default_factory=set)  # sources whose full reference a note gave
    style_ids: dict[str, str] = field(default_factory=dict)

    def write(self, tokens: list[Token]) -> None:
        stream = iter(tokens)
        for token in stream:
            self._block(token, stream)

    def _block(self, token: Token, stream: Iterator[Token]) -> None:
        kind = token.type
        if kind == "heading_open":
            level = int(token.tag[1])
            if level == 1 and not self.titled:
                paragraph = self._styled("Title")
                self.titled = True
            else:
                paragraph = self._styled(f"Heading {min(level, 9)}")
            self._inline(paragraph, next(stream))
        elif kind == "paragraph_open":
            paragraph = self._new_paragraph()
            self._inline(paragraph, next(stream))
        elif kind in ("bullet_list_open", "ordered_list_open"):
            self._open_list("bullet" if kind == "bullet_list_open" else "ordered")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
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
            self._open_list("ordered")
        elif kind == "footnote_block_close":
            self.in_footnotes = False
            self.lists.pop()
        # front_matter, list_item and footnote wrappers carry no content of their own

    def _open_list(self, kind: str) -> None:
        self.lists.append(_List(kind, _new_numbering(self.document, kind)))

    def _new_paragraph(self) -> Paragraph:
        if self.lists:
            depth = len(self.lists)
            current = self.lists[-1]
            base = "List Bullet" if current.kind == "bullet" else "List Number"
            style = base if depth == 1 else f"{base} {min(depth, 3)}"
            paragraph = self._styled(style)
            # every item carries its list's own numbering instance, at its nesting level
            properties = paragraph._p.get_or_add_pPr()
            numbering = properties.get_or_add_numPr()
            numbering.get_or_add_ilvl().val = min(depth - 1, 8)
            numbering.get_or_add_numId().val = current.num_id
            return paragraph
        if self.quote_depth:
            return self._styled("Quote")
        return self.document.add_paragraph()

    def _styled(self, name: str) -> Paragraph:
        paragraph = self.document.add_paragraph()
        paragraph._p.get_or_add_pPr().style = self._style_id(name, WD_STYLE_TYPE.PARAGRAPH)
        return paragraph

    def _style_id(self, name: str, kind: WD_STYLE_TYPE) -> str:
        # python-docx resolves a style name by scanning every style on each call; a brief
        # has hundreds of paragraphs, so each name is resolved once
        if name not in self.style_ids:
            self.style_ids[name] = _find_or_add_style(self.document, name, kind)
        return self.style_ids[name]

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
        style_id = self._style_id("Table Grid", WD_STYLE_TYPE.TABLE)
        table.style = next(style for style in self.document.styles if style.style_id == style_id)
        table.autofit = False
        widths = _column_widths(rows, columns, self.document.sections[-1])
        table_rows = table.rows
        for row_index, row in enumerate(rows):
            header = row_index < header_rows
            cells = table_rows[row_index].cells  # once per row: Table.cell rebuilds the list each call
            for column_index, inline in enumerate(row):
                cell = cells[column_index]
                cell.width = widths[column_index]
                self._inline(cell.paragraphs[0], inline, bold=header)
            row_properties = table_rows[row_index]._tr.get_or_add_trPr()
            row_properties.append(OxmlElement("w:cantSplit"))  # a row stays on one page
            if header:  # repeat the header row on every page
                row_properties.append(OxmlElement("w:tblHeader"))

    def _inline(self, paragraph: Paragraph, token: Token, bold: bool = False) -> None:
        state = _InlineState(bold=bold)
        previous_kind = ""
        for child in token.children or []:
            kind = child.type
            if kind == "html_inline" and child.content.startswith("<input"):
                # a task-list item: a box to tick on paper
                self._run(paragraph, "☒" if "checked" in child.content else "☐", state)
            elif kind in ("text", "html_inline"):
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
                self._note_reference(paragraph, str(child.meta["label"]), previous_kind == "footnote_ref")
            elif kind == "image":
                self._run(paragraph, child.content, state)
            # footnote_anchor (the back-link) has no place in print
            previous_kind = kind

    def _note_reference(self, paragraph: Paragraph, label: str, adjacent: bool) -> None:
        """A citation: a real note where notes are on, else the source's number."""
        if adjacent:  # "2,4", never "24"
            comma = paragraph.add_run(",")
            comma.font.superscript = True
        definition = self.definitions.get(label)
        if self.notes is None or definition is None:
            run = paragraph.add_run(label)
            run.font.superscript = True
            return
        note_id, note_paragraph = self.notes.new_note()
        if label in self.cited:
            _append_text(note_paragraph, f"{_short_form(definition)} [{label}].")
        else:
            self.cited.add(label)
            self._note_text(note_paragraph, definition, label)
        paragraph._p.append(self.notes.reference_run(note_id))

    def _note_text(self, note_paragraph: Any, definition: Token, label: str) -> None:
        """The full reference, links live, inside a note."""
        assert self.notes is not None
        italic = False
        link: Any = None
        for child in definition.children or []:
            if child.type == "em_open":
                italic = True
            elif child.type == "em_close":
                italic = False
            elif child.type == "link_open":
                link = OxmlElement("w:hyperlink")
                link.set(qn("r:id"), self.notes.relate_link(str(child.attrs.get("href", ""))))
                note_paragraph.append(link)
            elif child.type == "link_close":
                link = None
            elif child.type in ("text", "softbreak"):
                run = _text_run(
                    child.content if child.type == "text" else " ",
                    italic=italic,
                    style=self._link_style() if link is not None else None,
                )
                (link if link is not None else note_paragraph).append(run)
        _append_text(note_paragraph, f" [{label}]")

    def _run(self, paragraph: Paragraph, text: str, state: _InlineState) -> None:
        if not text:
            return
        if state.link is not None:
            state.link.append(_text_run(text, italic=state.italic, style=self._link_style()))
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
                run._r.get_or_add_rPr().style = self._style_id(PLACEHOLDER_STYLE, WD_STYLE_TYPE.CHARACTER)

    def _link_style(self) -> str:
        return self._style_id("Hyperlink", WD_STYLE_TYPE.CHARACTER)


def _add_hyperlink(paragraph: Paragraph, url: str) -> Any:
    """A live w:hyperlink in ``paragraph``; python-docx has no API for it yet."""
    relationship_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), relationship_id)
    paragraph._p.append(hyperlink)
    return hyperlink


def _text_run(text: str, italic: bool = False, style: str | None = None) -> Any:
    """A w:r with text: for links and notes, where python-docx has no run API."""
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    if style is not None:
        style_element = OxmlElement("w:rStyle")
        style_element.set(qn("w:val"), style)
        properties.append(style_element)
    if italic:
        properties.append(OxmlElement("w:i"))
    if len(properties):
        run.append(properties)
    element = OxmlElement("w:t")
    element.text = text
    element.set(qn("xml:space"), "preserve")
    run.append(element)
    return run


def _append_text(paragraph: Any, text: str) -> None:
    paragraph.append(_text_run(text))


def _short_form(definition: Token) -> str:
    """'Zalessky, B., Real multi-vectorism…, 2015': author or publisher, short title, year."""
    children = definition.children or []
    before: list[str] = []
    title: list[str] = []
    after: list[str] = []
    part = "before"
    for child in children:
        if child.type == "em_open":
            part = "title"
        elif child.type == "em_close":
            part = "after"
        elif child.type == "link_open":
            break
        elif child.type == "text":
            {"before": before, "title": title, "after": after}[part].append(child.content)
    author = "".join(before).strip()
    title_text = "".join(title).strip().rstrip(".")
    words = title_text.split()
    short_title = " ".join(words[:6]) + ("…" if len(words) > 6 else "")
    tail = "".join(after).strip(" .")
    year = next(
        (
            w.strip(",.")
            for w in tail.replace(",", " ").split()
            if w.strip(",.").isdigit() and len(w.strip(",.")) == 4
        ),
        "",
    )
    publisher = tail.split(",")[0].strip() if tail and not tail[:4].isdigit() else ""
    who = author or publisher
    return ", ".join(part for part in (who, short_title, year) if part)


def _find_or_add_style(document: Document, name: str, kind: WD_STYLE_TYPE) -> str:
    """The id of the style called `name`; a house style that lacks it gets a plain one.

    Names are matched without regard to case: Word calls its built-ins "heading 1" inside
    the file, pandoc's reference.docx calls them "Heading 1".
    """
    wanted = name.casefold()
    for style in document.styles:
        if style.type == kind and (style.name or "").casefold() == wanted:
            return str(style.style_id)
    added = document.styles.add_style(name, kind)
    if name == "Hyperlink":
        added.font.color.rgb = HYPERLINK_BLUE
        added.font.underline = True
    elif name == PLACEHOLDER_STYLE:
        added.font.highlight_color = WD_COLOR_INDEX.YELLOW
    elif name == "Table Grid":
        borders = parse_xml(
            f"<w:tblPr {nsdecls('w')}><w:tblBorders>"
            + "".join(
                f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                for side in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + "</w:tblBorders></w:tblPr>"
        )
        added.element.append(borders)
    elif kind == WD_STYLE_TYPE.PARAGRAPH:
        added.base_style = document.styles["Normal"]
        level = re.fullmatch(r"Heading (\d)", name)
        if level or name == "Title":
            added.font.bold = True
            added.font.size = Pt(
                24 if name == "Title" else max(11, 18 - 2 * int(level.group(1)) if level else 11)
            )
            added.paragraph_format.keep_with_next = True
        if level:
            properties = added.element.get_or_add_pPr()
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(int(level.group(1)) - 1))
            properties.append(outline)
    return str(added.style_id)


def _column_widths(rows: list[list[Token]], columns: int, section: Any) -> list[Any]:
    """Widths from content: each column's share of the text width by its longest cell,
    within bounds, so the metric column is wide and the source column narrow."""
    longest = [1] * columns
    for row in rows:
        for index, inline in enumerate(row):
            longest[index] = max(longest[index], len(inline.content))
    shares = [min(max(length, 6), 60) for length in longest]
    usable = section.page_width - section.left_margin - section.right_margin
    total = sum(shares)
    return [int(usable * share / total) for share in shares]


def _new_numbering(document: Document, kind: str) -> int:
    """A numbering instance of its own for one list, restarting at 1, its levels
    indented with a hanging indent so that '10.' never touches the text."""
    numbering = document.part.numbering_part.element
    abstract_id = _abstract_numbering(numbering, kind)
    number = numbering.add_num(abstract_id)
    for level in range(9):
        override = number.add_lvlOverride(ilvl=level)
        override.add_startOverride(1)
    return int(number.numId)


_ABSTRACT_IDS = {"bullet": 9001, "ordered": 9002}
_BULLETS = ("•", "◦", "▪")


def _abstract_numbering(numbering: Any, kind: str) -> int:
    """briefer's own list definition for ``kind``, added to the document once."""
    abstract_id = _ABSTRACT_IDS[kind]
    for existing in numbering.findall(qn("w:abstractNum")):
        if existing.get(qn("w:abstractNumId")) == str(abstract_id):
            return abstract_id
    levels = []
    for level in range(9):
        left = 360 * (level + 1) + 360
        if kind == "bullet":
            fmt, text = "bullet", _BULLETS[level % 3]
        else:
            fmt, text = "decimal", f"%{level + 1}."
        levels.append(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:suff w:val="tab"/>'
            f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
            f'<w:ind w:left="{left}" w:hanging="432"/></w:pPr></w:lvl>'
        )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>'
    )
    # abstract numbering definitions come before the numbering instances
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    return abstract_id
