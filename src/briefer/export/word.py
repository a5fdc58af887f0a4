"""The parts of a Word document a brief writes into: the body, styles, settings,
numbering, sections and properties of one package (see opc.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape
from typing import Any

from .opc import RT, Package, nsdecls, parse_xml, qn

_WORDML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
STYLES_TYPE = _WORDML + "styles+xml"
SETTINGS_TYPE = _WORDML + "settings+xml"
NUMBERING_TYPE = _WORDML + "numbering+xml"
CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"

# the order the schema gives a section's children, for adding the ones a house style lacks
_SECTION_ORDER = (
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
    "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
    "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange",
)  # fmt: skip
_UNITS_PER_TWIP = {"mm": 1440 / 25.4, "cm": 1440 / 2.54, "in": 1440.0, "pt": 20.0, "pc": 240.0, "pi": 240.0}


def twips(value: str | None) -> int | None:
    """A measure as Word writes it ('11906', or '210mm' in strict files), in twips."""
    if not value:
        return None
    if value.isdigit():
        return int(value)
    unit = value[-2:]
    try:
        return round(float(value[:-2]) * _UNITS_PER_TWIP[unit]) if unit in _UNITS_PER_TWIP else None
    except ValueError:
        return None


def child(parent: Any, tag: str, first: bool = False, successors: tuple[str, ...] = ()) -> Any:
    """``parent``'s child ``tag``, added when missing: first, before the first of its
    ``successors`` in the schema, or last."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    found = parent.makeelement(qn(tag), {})
    if first:
        parent.insert(0, found)
        return found
    for successor in successors:
        later = parent.find(qn(f"w:{successor}"))
        if later is not None:
            later.addprevious(found)
            return found
    parent.append(found)
    return found


@dataclass
class Section:
    """One section's page: width and margins in twips, None where the file leaves them unset."""

    element: Any

    def _value(self, tag: str, attribute: str) -> int | None:
        found = self.element.find(qn(tag))
        return twips(found.get(qn(attribute))) if found is not None else None

    @property
    def page_width(self) -> int | None:
        return self._value("w:pgSz", "w:w")

    @property
    def page_height(self) -> int | None:
        return self._value("w:pgSz", "w:h")

    def margin(self, side: str) -> int | None:
        return self._value("w:pgMar", f"w:{side}")

    def set_page(self, width: int, height: int) -> None:
        size = child(self.element, "w:pgSz", successors=_SECTION_ORDER[_SECTION_ORDER.index("pgSz") + 1 :])
        size.set(qn("w:w"), str(width))
        size.set(qn("w:h"), str(height))

    def set_margin(self, side: str, value: int) -> None:
        margins = child(
            self.element, "w:pgMar", successors=_SECTION_ORDER[_SECTION_ORDER.index("pgMar") + 1 :]
        )
        margins.set(qn(f"w:{side}"), str(value))

    @property
    def text_width(self) -> int:
        """The width between the margins (A4's with 2 cm margins where unset)."""
        return (self.page_width or 11906) - (self.margin("left") or 1134) - (self.margin("right") or 1134)


@dataclass
class WordDocument:
    """A package and its main document part."""

    package: Package
    part: str = "word/document.xml"
    _styles: str | None = field(default=None, repr=False)

    @classmethod
    def of(cls, package: Package) -> WordDocument:
        part = package.related("", RT.OFFICE_DOCUMENT)
        assert part is not None  # Package.read refuses a package without one
        return cls(package, part)

    @property
    def element(self) -> Any:
        return self.package.xml(self.part)

    @property
    def body(self) -> Any:
        return child(self.element, "w:body")

    @property
    def sections(self) -> list[Section]:
        return [Section(element) for element in self.body.iter(qn("w:sectPr"))]

    @property
    def last_section(self) -> Section:
        """The section the body ends in (a document without one has A4's page)."""
        sections = self.sections
        return sections[-1] if sections else Section(self.body.makeelement(qn("w:sectPr"), {}))

    def _part(self, relationship_type: str, name: str, content_type: str, empty: str) -> Any:
        """The part related by ``relationship_type``, made (empty) if the document lacks it."""
        found = self.package.related(self.part, relationship_type)
        if found is None:
            found = name
            self.package.add(name, content_type, parse_xml(f"<w:{empty} {nsdecls('w')}/>"))
            self.package.relate(self.part, relationship_type, name)
        return self.package.xml(found)

    @property
    def styles(self) -> Any:
        return self._part(RT.STYLES, "word/styles.xml", STYLES_TYPE, "styles")

    @property
    def settings(self) -> Any:
        return self._part(RT.SETTINGS, "word/settings.xml", SETTINGS_TYPE, "settings")

    @property
    def numbering(self) -> Any:
        return self._part(RT.NUMBERING, "word/numbering.xml", NUMBERING_TYPE, "numbering")

    def relate_link(self, url: str, source: str | None = None) -> str:
        """A relationship to an external link from the body (or from ``source``); its id."""
        return self.package.relate(source or self.part, RT.HYPERLINK, url, external=True)


@dataclass
class CoreProperties:
    """docProps/core.xml, written whole: no value of a house style's own survives into a brief."""

    title: str = ""
    subject: str = ""
    author: str = ""
    keywords: str = ""
    comments: str = ""
    last_modified_by: str = ""
    category: str = ""
    language: str = ""
    revision: int = 1
    created: dt.datetime | None = None
    modified: dt.datetime | None = None

    def xml(self) -> bytes:
        def text(tag: str, value: str) -> str:
            return f"<{tag}>{escape(value, quote=False)}</{tag}>" if value else ""

        def when(tag: str, value: dt.datetime | None) -> str:
            if value is None:
                return ""
            return f'<{tag} xsi:type="dcterms:W3CDTF">{value.strftime("%Y-%m-%dT%H:%M:%SZ")}</{tag}>'

        return (
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            "<cp:coreProperties "
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            + text("dc:title", self.title)
            + text("dc:subject", self.subject)
            + text("dc:creator", self.author)
            + text("cp:keywords", self.keywords)
            + text("dc:description", self.comments)
            + text("cp:lastModifiedBy", self.last_modified_by)
            + text("cp:revision", str(self.revision))
            + when("dcterms:created", self.created)
            + when("dcterms:modified", self.modified)
            + text("cp:category", self.category)
            + text("dc:language", self.language)
            + "</cp:coreProperties>"
        ).encode()

    def write_to(self, package: Package) -> None:
        package.unrelate("", RT.CORE_PROPERTIES)
        package.add("docProps/core.xml", CORE_TYPE, self.xml())
        package.relate("", RT.CORE_PROPERTIES, "docProps/core.xml")
