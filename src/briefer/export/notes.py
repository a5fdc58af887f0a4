"""Word footnotes and endnotes: the notes part python-docx has no API for.

Each citation marker in the text becomes a note. A source's first note carries its
full reference, with live links; later notes carry a short form (author or publisher,
short title, year), as a newsroom's style book has it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from .styles import find_style, new_style

NOTE_KINDS = ("footnotes", "endnotes", "none")
_CONTENT_TYPES = {
    "footnotes": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    "endnotes": "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
}
_RELATIONSHIPS = {"footnotes": RELATIONSHIP_TYPE.FOOTNOTES, "endnotes": RELATIONSHIP_TYPE.ENDNOTES}


@dataclass
class Notes:
    """The notes of one document, built while its body is written."""

    document: Document
    kind: str = "footnotes"  # footnotes | endnotes
    elements: list[Any] = field(default_factory=list)  # the w:footnote / w:endnote elements
    part: Part | None = None

    @property
    def tag(self) -> str:
        return "footnote" if self.kind == "footnotes" else "endnote"

    @property
    def style_prefix(self) -> str:
        return "Footnote" if self.kind == "footnotes" else "Endnote"

    text_style: str = ""
    reference_style: str = ""

    def __post_init__(self) -> None:
        self.text_style, self.reference_style = ensure_styles(self.document, self.style_prefix)
        # a house style may bring notes of its own (pandoc's reference.docx does): the brief's replace them
        for relationship in list(self.document.part.rels.values()):
            if relationship.reltype == _RELATIONSHIPS[self.kind]:
                del self.document.part.rels[relationship.rId]
        # the part exists from the start so that links inside notes can be related to it
        self.part = Part(
            PackURI(f"/word/{self.kind}.xml"), _CONTENT_TYPES[self.kind], b"", self.document.part.package
        )
        self.document.part.relate_to(self.part, _RELATIONSHIPS[self.kind])

    def new_note(self) -> tuple[int, Any]:
        """A new note: its id and the paragraph (w:p) to write its text into."""
        note_id = len(self.elements) + 1
        note = OxmlElement(f"w:{self.tag}")
        note.set(qn("w:id"), str(note_id))
        paragraph = OxmlElement("w:p")
        properties = OxmlElement("w:pPr")
        style = OxmlElement("w:pStyle")
        style.set(qn("w:val"), self.text_style)
        properties.append(style)
        paragraph.append(properties)
        mark = OxmlElement("w:r")
        mark.append(_run_style(self.reference_style))
        mark.append(OxmlElement(f"w:{self.tag}Ref"))
        paragraph.append(mark)
        space = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.set(qn("xml:space"), "preserve")
        text.text = " "
        space.append(text)
        paragraph.append(space)
        note.append(paragraph)
        self.elements.append(note)
        return note_id, paragraph

    def reference_xml(self, note_id: int) -> str:
        """The run in the text that points at a note, as WordprocessingML."""
        return (
            f'<w:r><w:rPr><w:rStyle w:val="{self.reference_style}"/></w:rPr>'
            f'<w:{self.tag}Reference w:id="{note_id}"/></w:r>'
        )

    def relate_link(self, url: str) -> str:
        assert self.part is not None
        return str(self.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))

    def finish(self) -> None:
        """Write the notes part, with the separators Word expects before the notes."""
        tag = self.tag
        root = parse_xml(
            f"<w:{self.kind} {nsdecls('w', 'r')}>"
            f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f"<w:r><w:separator/></w:r></w:p></w:{tag}>"
            f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f"<w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>"
            f"</w:{self.kind}>"
        )
        for element in self.elements:
            root.append(element)
        assert self.part is not None
        from lxml import etree  # type: ignore[import-untyped]  # python-docx's own XML library

        self.part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        settings = self.document.settings.element
        properties = settings.find(qn(f"w:{tag}Pr"))
        if properties is None:
            properties = parse_xml(
                f'<w:{tag}Pr {nsdecls("w")}><w:{tag} w:id="-1"/><w:{tag} w:id="0"/></w:{tag}Pr>'
            )
            settings.append(properties)


def _run_style(style_id: str) -> Any:
    properties = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), style_id)
    properties.append(style)
    return properties


def ensure_styles(document: Document, prefix: str) -> tuple[str, str]:
    """The ids of Footnote Text and Footnote Reference (or the endnote pair), added unless
    the house style has them. A localized Word names its styles' ids in its own language,
    so they are found by name."""
    text_id = find_style(document, f"{prefix} Text", WD_STYLE_TYPE.PARAGRAPH)
    if text_id is None:
        text = new_style(document, f"{prefix} Text", WD_STYLE_TYPE.PARAGRAPH)
        text.element.basedOn_val = find_style(document, "Normal", WD_STYLE_TYPE.PARAGRAPH)
        text.font.size = Pt(9)
        text.paragraph_format.space_after = Pt(0)
        text_id = str(text.style_id)
    reference_id = find_style(document, f"{prefix} Reference", WD_STYLE_TYPE.CHARACTER)
    if reference_id is None:
        reference = new_style(document, f"{prefix} Reference", WD_STYLE_TYPE.CHARACTER)
        reference.font.superscript = True
        reference_id = str(reference.style_id)
    return text_id, reference_id
