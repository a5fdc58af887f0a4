"""The styles a brief's DOCX uses, found in the house style by name or added plainly."""

from __future__ import annotations

import re
import weakref
from typing import Any

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

HYPERLINK_BLUE = RGBColor(0x05, 0x63, 0xC1)
PLACEHOLDER_STYLE = "Reporter Placeholder"  # a character style, so a house style can restyle it
PLACEHOLDER_PATTERN = re.compile(r"(\[\[.*?\]\])")


_TYPE_NAMES = {
    WD_STYLE_TYPE.PARAGRAPH: "paragraph",
    WD_STYLE_TYPE.CHARACTER: "character",
    WD_STYLE_TYPE.TABLE: "table",
    WD_STYLE_TYPE.LIST: "numbering",
}
_INDEXES: weakref.WeakKeyDictionary[Any, dict[tuple[str, str], str]] = weakref.WeakKeyDictionary()


def _style_index(document: Document) -> dict[tuple[str, str], str]:
    """(type, name casefolded) -> style id, read once from the styles part: python-docx
    builds an object per style on every lookup, which cost more than writing the body."""
    # keyed by the document's part: lxml makes a new proxy for an element it does not
    # hold, so the styles element itself would be a new key on every call
    index = _INDEXES.get(document.part)
    if index is None:
        element = document.styles.element
        index = {}
        for style in element.iterfind(qn("w:style")):
            name = style.find(qn("w:name"))
            if name is None:
                continue
            label = str(name.get(qn("w:val")) or "")
            key = (style.get(qn("w:type")) or "paragraph", label.casefold())
            index.setdefault(key, str(style.get(qn("w:styleId"))))
        _INDEXES[document.part] = index
    return index


def find_style(document: Document, name: str, kind: WD_STYLE_TYPE) -> str | None:
    """The id of the style called ``name`` (any case), or None."""
    return _style_index(document).get((_TYPE_NAMES[kind], name.casefold()))


def remember_style(document: Document, style: Any) -> str:
    """Index a style just added; its id."""
    _style_index(document)[(_TYPE_NAMES[style.type], str(style.name).casefold())] = str(style.style_id)
    return str(style.style_id)


def new_style(document: Document, name: str, kind: WD_STYLE_TYPE) -> Any:
    """A style the index says the document lacks, added and indexed. python-docx's own
    add_style first scans every style by its display name, which cost milliseconds a call."""
    from docx.styles.style import StyleFactory

    style = StyleFactory(document.styles.element.add_style_of_type(name, kind, False))
    remember_style(document, style)
    return style


def find_or_add_style(document: Document, name: str, kind: WD_STYLE_TYPE) -> str:
    """The id of the style called `name`; a house style that lacks it gets a plain one.

    Names are matched without regard to case: Word calls its built-ins "heading 1" inside
    the file, pandoc's reference.docx calls them "Heading 1".
    """
    index = _style_index(document)
    found = index.get((_TYPE_NAMES[kind], name.casefold()))
    if found is not None:
        return found
    added = new_style(document, name, kind)
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
        added.element.basedOn_val = find_style(document, "Normal", WD_STYLE_TYPE.PARAGRAPH)
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
