"""The document body of a brief's DOCX, written as WordprocessingML text straight from
the Markdown tokens and parsed once, instead of built element by element through
python-docx's object layer (which cost most of the DOCX step).

Headings take Word's heading styles (the first level-1 heading the Title), lists their
own numbering instance restarting at 1, tables a header row that repeats and rows that
do not split, links live hyperlinks, `[[…]]` the placeholder style, footnote references
real notes (a source's first note in full, later ones short).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape as _html_escape
from typing import Any

from markdown_it.token import Token

from .notes import Notes
from .opc import nsdecls, parse_xml, qn
from .styles import PLACEHOLDER_PATTERN, PLACEHOLDER_STYLE, StyleSheet
from .word import Section, WordDocument

EMU_PER_TWIP = 635
CODE_FONT = "Courier New"


def escape(text: str) -> str:
    """Text for XML element content and attributes."""
    return _html_escape(text, quote=True)


def run_xml(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    style: str | None = None,
    font: str | None = None,
    superscript: bool = False,
) -> str:
    """One w:r with its properties in the schema's order."""
    properties = "".join(
        (
            f'<w:rStyle w:val="{escape(style)}"/>' if style else "",
            f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>' if font else "",
            "<w:b/>" if bold else "",
            "<w:i/>" if italic else "",
            '<w:vertAlign w:val="superscript"/>' if superscript else "",
        )
    )
    return (
        f"<w:r>{f'<w:rPr>{properties}</w:rPr>' if properties else ''}"
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    )


@dataclass
class _InlineState:
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: list[str] | None = None  # the runs of the hyperlink being written, while inside one


@dataclass
class _List:
    kind: str  # "bullet" or "ordered"
    num_id: int  # its own numbering instance, on every item


@dataclass
class _Paragraph:
    style: str | None = None
    numbering: tuple[int, int] | None = None  # (level, numbering instance)
    content: list[str] = field(default_factory=list)

    def xml(self) -> str:
        properties = (f'<w:pStyle w:val="{escape(self.style)}"/>' if self.style else "") + (
            f'<w:numPr><w:ilvl w:val="{self.numbering[0]}"/><w:numId w:val="{self.numbering[1]}"/></w:numPr>'
            if self.numbering
            else ""
        )
        return f"<w:p>{f'<w:pPr>{properties}</w:pPr>' if properties else ''}{''.join(self.content)}</w:p>"


@dataclass
class BodyWriter:
    """Writes the tokens of a brief into ``document``'s body."""

    document: WordDocument
    styles: StyleSheet
    definitions: dict[str, Token] = field(default_factory=dict)
    notes: Notes | None = None
    lists: list[_List] = field(default_factory=list)  # innermost last
    quote_depth: int = 0
    titled: bool = False  # the first level-1 heading is the document's Title
    cited: set[str] = field(default_factory=set)  # sources whose full reference a note gave
    style_ids: dict[str, str] = field(default_factory=dict)
    parts: list[str] = field(default_factory=list)  # the body's blocks, as XML
    link_ids: dict[str, str] = field(default_factory=dict)

    def write(self, tokens: list[Token]) -> None:
        stream = iter(tokens)
        for token in stream:
            self._block(token, stream)
        insert_blocks(self.document, self.parts)

    def _block(self, token: Token, stream: Iterator[Token]) -> None:
        kind = token.type
        if kind == "heading_open":
            level = int(token.tag[1])
            if level == 1 and not self.titled:
                paragraph = _Paragraph(self._style_id("Title"))
                self.titled = True
            else:
                paragraph = _Paragraph(self._style_id(f"Heading {min(level, 9)}"))
            self._inline(paragraph, next(stream))
            self.parts.append(paragraph.xml())
        elif kind == "paragraph_open":
            paragraph = self._new_paragraph()
            self._inline(paragraph, next(stream))
            self.parts.append(paragraph.xml())
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
            self.parts.append(_Paragraph(content=[run_xml(token.content.rstrip("\n"), font=CODE_FONT)]).xml())
        elif kind == "hr":
            self.parts.append(_Paragraph(content=[run_xml("* * *")]).xml())
        elif kind == "footnote_block_open":
            self._open_list("ordered")
        elif kind == "footnote_block_close":
            self.lists.pop()
        # front_matter, list_item and footnote wrappers carry no content of their own

    def _open_list(self, kind: str) -> None:
        self.lists.append(_List(kind, new_numbering(self.document, kind)))

    def _new_paragraph(self) -> _Paragraph:
        if self.lists:
            depth = len(self.lists)
            current = self.lists[-1]
            base = "List Bullet" if current.kind == "bullet" else "List Number"
            style = base if depth == 1 else f"{base} {min(depth, 3)}"
            # every item carries its list's own numbering instance, at its nesting level
            return _Paragraph(self._style_id(style), (min(depth - 1, 8), current.num_id))
        if self.quote_depth:
            return _Paragraph(self._style_id("Quote"))
        return _Paragraph()

    def _style_id(self, name: str, kind: str = "paragraph") -> str:
        if name not in self.style_ids:
            self.style_ids[name] = self.styles.find_or_add(name, kind)
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
        widths = [int(w) // EMU_PER_TWIP for w in column_widths(rows, columns, self.document.last_section)]
        style = self._style_id("Table Grid", "table")
        xml = [
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{escape(style)}"/><w:tblW w:type="auto" w:w="0"/>'
            '<w:tblLayout w:type="fixed"/><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" '
            'w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid>',
            *(f'<w:gridCol w:w="{width}"/>' for width in widths),
            "</w:tblGrid>",
        ]
        for row_index, row in enumerate(rows):
            header = row_index < header_rows
            # a row stays on one page; the header row repeats on every page
            xml.append(f"<w:tr><w:trPr><w:cantSplit/>{'<w:tblHeader/>' if header else ''}</w:trPr>")
            for column_index in range(columns):
                paragraph = _Paragraph()
                if column_index < len(row):
                    self._inline(paragraph, row[column_index], bold=header)
                xml.append(
                    f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{widths[column_index]}"/></w:tcPr>'
                    f"{paragraph.xml()}</w:tc>"
                )
            xml.append("</w:tr>")
        xml.append("</w:tbl>")
        self.parts.append("".join(xml))

    def _inline(self, paragraph: _Paragraph, token: Token, bold: bool = False) -> None:
        state = _InlineState(bold=bold)
        previous_kind = ""
        for child in token.children or []:
            kind = child.type
            if kind == "html_inline" and child.content.startswith("<input"):
                # a task-list item: a box to tick on paper
                self._run(paragraph, "☒" if "checked" in child.content else "☐", state)
            elif kind in ("text", "html_inline", "image"):
                self._run(paragraph, child.content, state)
            elif kind == "code_inline":
                state.code = True
                self._run(paragraph, child.content, state)
                state.code = False
            elif kind == "softbreak":
                self._run(paragraph, " ", state)
            elif kind == "hardbreak":
                paragraph.content.append("<w:r><w:br/></w:r>")
            elif kind == "strong_open":
                state.bold = True
            elif kind == "strong_close":
                state.bold = bold
            elif kind == "em_open":
                state.italic = True
            elif kind == "em_close":
                state.italic = False
            elif kind == "link_open":
                relationship = self._relate(str(child.attrs.get("href", "")))
                state.link = [f'<w:hyperlink r:id="{relationship}">']
            elif kind == "link_close":
                if state.link is not None:
                    paragraph.content.extend([*state.link, "</w:hyperlink>"])
                state.link = None
            elif kind == "footnote_ref":
                self._note_reference(paragraph, str(child.meta["label"]), previous_kind == "footnote_ref")
            # footnote_anchor (the back-link) has no place in print
            previous_kind = kind

    def _relate(self, url: str) -> str:
        if url not in self.link_ids:
            self.link_ids[url] = self.document.relate_link(url)
        return self.link_ids[url]

    def _note_reference(self, paragraph: _Paragraph, label: str, adjacent: bool) -> None:
        """A citation: a real note where notes are on, else the source's number."""
        if adjacent:  # "2,4", never "24"
            paragraph.content.append(run_xml(",", superscript=True))
        definition = self.definitions.get(label)
        if self.notes is None or definition is None:
            paragraph.content.append(run_xml(label, superscript=True))
            return
        note_id, note_paragraph = self.notes.new_note()
        if label in self.cited:
            note_paragraph.append(run_xml(f"{short_form(definition)} [{label}]."))
        else:
            self.cited.add(label)
            self._note_text(note_paragraph, definition, label)
        paragraph.content.append(self.notes.reference_xml(note_id))

    def _note_text(self, note_paragraph: list[str], definition: Token, label: str) -> None:
        """The full reference, links live, inside a note."""
        assert self.notes is not None
        italic = False
        in_link = False
        for child in definition.children or []:
            if child.type == "em_open":
                italic = True
            elif child.type == "em_close":
                italic = False
            elif child.type == "link_open":
                in_link = True
                link_id = self.notes.relate_link(str(child.attrs.get("href", "")))
                note_paragraph.append(f'<w:hyperlink r:id="{escape(link_id)}">')
            elif child.type == "link_close":
                if in_link:
                    note_paragraph.append("</w:hyperlink>")
                in_link = False
            elif child.type in ("text", "softbreak"):
                note_paragraph.append(
                    run_xml(
                        child.content if child.type == "text" else " ",
                        italic=italic,
                        style=self._link_style() if in_link else None,
                    )
                )
        if in_link:
            note_paragraph.append("</w:hyperlink>")
        note_paragraph.append(run_xml(f" [{label}]"))

    def _run(self, paragraph: _Paragraph, text: str, state: _InlineState) -> None:
        if not text:
            return
        if state.link is not None:
            state.link.append(run_xml(text, italic=state.italic, style=self._link_style()))
            return
        for part in PLACEHOLDER_PATTERN.split(text):
            if not part:
                continue
            # what the reporter must supply stands out in print
            style = (
                self._style_id(PLACEHOLDER_STYLE, "character")
                if PLACEHOLDER_PATTERN.fullmatch(part)
                else None
            )
            paragraph.content.append(
                run_xml(
                    part,
                    bold=state.bold,
                    italic=state.italic,
                    style=style,
                    font=CODE_FONT if state.code else None,
                )
            )

    def _link_style(self) -> str:
        return self._style_id("Hyperlink", "character")


def insert_blocks(document: WordDocument, blocks: list[str]) -> None:
    """Blocks written as WordprocessingML, parsed once and put in the body before its
    final section properties."""
    body = document.body
    fragment = parse_xml(f"<w:body {nsdecls('w', 'r')}>{''.join(blocks)}</w:body>")
    section = body.find(qn("w:sectPr"))
    for element in list(fragment):
        if section is not None:
            section.addprevious(element)
        else:
            body.append(element)


def short_form(definition: Token) -> str:
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


def column_widths(rows: list[list[Token]], columns: int, section: Section) -> list[int]:
    """Widths from content (EMU): each column's share of the text width by its longest
    cell, within bounds, so the metric column is wide and the source column narrow."""
    longest = [1] * columns
    for row in rows:
        for index, inline in enumerate(row):
            longest[index] = max(longest[index], len(inline.content))
    shares = [min(max(length, 6), 60) for length in longest]
    usable = section.text_width * EMU_PER_TWIP
    total = sum(shares)
    return [int(usable * share / total) for share in shares]


def new_numbering(document: WordDocument, kind: str) -> int:
    """A numbering instance of its own for one list, restarting at 1, its levels
    indented with a hanging indent so that '10.' never touches the text."""
    numbering = document.numbering
    abstract_id = _abstract_numbering(numbering, kind)
    taken = [int(n.get(qn("w:numId"), "0")) for n in numbering.iterfind(qn("w:num"))]
    num_id = max(taken, default=0) + 1
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="1"/></w:lvlOverride>' for level in range(9)
    )
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f"{overrides}</w:num>"
        )
    )
    return num_id


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
