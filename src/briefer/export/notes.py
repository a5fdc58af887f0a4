"""Word footnotes and endnotes: the notes part python-docx has no API for.

Each citation marker in the text becomes a note. A source's first note carries its
full reference, with live links; later notes carry a short form (author or publisher,
short title, year), as a newsroom's style book has it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
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
    elements: list[list[str]] = field(default_factory=list)  # each note's runs, as WordprocessingML
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

    def new_note(self) -> tuple[int, list[str]]:
        """A new note: its id and the list to write its text into, as WordprocessingML runs
        (the notes are written as text and parsed once, as the body is)."""
        note_id = len(self.elements) + 1
        content: list[str] = []
        self.elements.append(content)
        return note_id, content

    def _note_xml(self, note_id: int, content: list[str]) -> str:
        tag = self.tag
        return (
            f'<w:{tag} w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="{self.text_style}"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="{self.reference_style}"/></w:rPr><w:{tag}Ref/></w:r>'
            f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{"".join(content)}</w:p></w:{tag}>'
        )

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
        notes = "".join(self._note_xml(number, content) for number, content in enumerate(self.elements, 1))
        root = parse_xml(
            f"<w:{self.kind} {nsdecls('w', 'r')}>"
            f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f"<w:r><w:separator/></w:r></w:p></w:{tag}>"
            f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f"<w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>"
            f"{notes}</w:{self.kind}>"
        )
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
