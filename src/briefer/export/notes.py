"""Word footnotes and endnotes: the notes part, its styles and its settings.

Each citation marker in the text becomes a note. A source's first note carries its
full reference, with live links; later notes carry a short form (author or publisher,
short title, year), as a newsroom's style book has it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .opc import RT, nsdecls, parse_xml, qn
from .styles import StyleSheet
from .word import WordDocument, child

NOTE_KINDS = ("footnotes", "endnotes", "none")
_CONTENT_TYPES = {
    "footnotes": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    "endnotes": "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
}
_RELATIONSHIPS = {"footnotes": RT.FOOTNOTES, "endnotes": RT.ENDNOTES}


@dataclass
class Notes:
    """The notes of one document, built while its body is written."""

    document: WordDocument
    styles: StyleSheet
    kind: str = "footnotes"  # footnotes | endnotes
    elements: list[list[str]] = field(default_factory=list)  # each note's runs, as WordprocessingML

    @property
    def tag(self) -> str:
        return "footnote" if self.kind == "footnotes" else "endnote"

    @property
    def style_prefix(self) -> str:
        return "Footnote" if self.kind == "footnotes" else "Endnote"

    text_style: str = ""
    reference_style: str = ""

    @property
    def part(self) -> str:
        return f"word/{self.kind}.xml"

    def __post_init__(self) -> None:
        self.text_style, self.reference_style = ensure_styles(self.styles, self.style_prefix)
        # a house style may bring notes of its own (pandoc's reference.docx does): the brief's replace them
        package = self.document.package
        package.unrelate(self.document.part, _RELATIONSHIPS[self.kind])
        # the part exists from the start so that links inside notes can be related to it
        package.add(self.part, _CONTENT_TYPES[self.kind], b"")
        package.relate(self.document.part, _RELATIONSHIPS[self.kind], self.part)

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
        return self.document.relate_link(url, source=self.part)

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
        self.document.package.put_xml(self.part, root)
        # the separators' ids, in the order the schema gives settings' children
        settings = self.document.settings
        if settings.find(qn(f"w:{tag}Pr")) is None:
            properties = child(settings, f"w:{tag}Pr", successors=_AFTER_NOTE_PROPERTIES[tag])
            for note_id in ("-1", "0"):
                separator = properties.makeelement(qn(f"w:{tag}"), {qn("w:id"): note_id})
                properties.append(separator)


# what follows footnotePr and endnotePr among settings' children
_SETTINGS_AFTER_ENDNOTES = (
    "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
    "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
    "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
    "decimalSymbol", "listSeparator",
)  # fmt: skip
_AFTER_NOTE_PROPERTIES = {
    "footnote": ("endnotePr", *_SETTINGS_AFTER_ENDNOTES),
    "endnote": _SETTINGS_AFTER_ENDNOTES,
}


def ensure_styles(styles: StyleSheet, prefix: str) -> tuple[str, str]:
    """The ids of Footnote Text and Footnote Reference (or the endnote pair), added unless
    the house style has them."""
    text_id = styles.find(f"{prefix} Text") or styles.add(
        f"{prefix} Text",
        "paragraph",
        paragraph='<w:spacing w:after="0"/>',
        run='<w:sz w:val="18"/>',
        based_on_normal=True,
    )
    reference_id = styles.find(f"{prefix} Reference", "character") or styles.add(
        f"{prefix} Reference", "character", run='<w:vertAlign w:val="superscript"/>'
    )
    return text_id, reference_id
