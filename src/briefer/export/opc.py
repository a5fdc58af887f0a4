"""A Word package as briefer reads and writes it: a zip of parts, their content types
and the relationships between them (Open Packaging Conventions, ECMA-376 part 2).

briefer builds a brief's XML as text and needs of a package only its parts, by name
or by relationship; python-docx's object layer cost a cold brief more to import and to
open than the brief took to write. Parts are kept as bytes and parsed (with lxml, safely:
no entities, no network) only when briefer changes them.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import zipfile
from dataclasses import dataclass
from html import escape
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
}
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


class RT:
    """Relationship types briefer follows or makes."""

    OFFICE_DOCUMENT = _OFFICE_RELATIONSHIPS + "officeDocument"
    STYLES = _OFFICE_RELATIONSHIPS + "styles"
    SETTINGS = _OFFICE_RELATIONSHIPS + "settings"
    NUMBERING = _OFFICE_RELATIONSHIPS + "numbering"
    FOOTNOTES = _OFFICE_RELATIONSHIPS + "footnotes"
    ENDNOTES = _OFFICE_RELATIONSHIPS + "endnotes"
    HYPERLINK = _OFFICE_RELATIONSHIPS + "hyperlink"
    EXTENDED_PROPERTIES = _OFFICE_RELATIONSHIPS + "extended-properties"
    CUSTOM_PROPERTIES = _OFFICE_RELATIONSHIPS + "custom-properties"
    CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"


# what a house style may weigh: a Word document of pictures and fonts stays far below
MAX_PACKAGE_BYTES = 100 * 1024 * 1024
MAX_PARTS = 10_000
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True, huge_tree=False)


def qn(tag: str) -> str:
    """'w:style' as lxml's '{namespace}style'."""
    prefix, local = tag.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


def nsdecls(*prefixes: str) -> str:
    return " ".join(f'xmlns:{prefix}="{NAMESPACES[prefix]}"' for prefix in prefixes)


def parse_xml(text: str | bytes) -> Any:
    return etree.fromstring(text.encode("utf-8") if isinstance(text, str) else text, _PARSER)


def serialize(element: Any) -> bytes:
    return bytes(etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True))


class PackageError(ValueError):
    """Bytes that are no Word package ("not a Word document") or one briefer cannot read."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Relationship:
    id: str
    type: str
    target: str  # a part's name for an internal target, else the URL
    external: bool = False


def _rels_name(part: str) -> str:
    """The member that holds ``part``'s relationships ('' is the package's own)."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _resolve(source: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target)).lstrip("/")


class Package:
    """The parts of one Word package, by name ('word/document.xml'), with their
    relationships; a part briefer changed is written from its parsed XML."""

    def __init__(
        self,
        blobs: dict[str, bytes],
        defaults: dict[str, str],
        overrides: dict[str, str],
    ) -> None:
        self._blobs = blobs
        self._defaults = defaults  # extension -> content type
        self._overrides = overrides  # part name -> content type
        self._xml: dict[str, Any] = {}
        self._relationships: dict[str, dict[str, Relationship]] = {}

    @classmethod
    def read(cls, data: bytes) -> Package:
        """The package in ``data``; PackageError if it is none, or too big to be a house style."""
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            members = archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError):
            raise PackageError("not a Word document") from None
        if len(members) > MAX_PARTS or sum(member.file_size for member in members) > MAX_PACKAGE_BYTES:
            raise PackageError("too large for a house style (over 100 MB unpacked)")
        try:
            blobs = {member.filename: archive.read(member) for member in members if not member.is_dir()}
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            raise PackageError("a Word package briefer cannot read") from None
        if "[Content_Types].xml" not in blobs or "_rels/.rels" not in blobs:
            raise PackageError("not a Word document")
        try:
            types = parse_xml(blobs.pop("[Content_Types].xml"))
        except etree.XMLSyntaxError:
            raise PackageError("a Word package briefer cannot read") from None
        defaults = {
            str(item.get("Extension", "")).lower(): str(item.get("ContentType", ""))
            for item in types.iterfind(f"{{{_TYPES_NS}}}Default")
        }
        overrides = {
            str(item.get("PartName", "")).lstrip("/"): str(item.get("ContentType", ""))
            for item in types.iterfind(f"{{{_TYPES_NS}}}Override")
        }
        package = cls(blobs, defaults, overrides)
        if package.related("", RT.OFFICE_DOCUMENT) is None:
            raise PackageError("not a Word document")
        return package

    # --- parts ------------------------------------------------------------------------

    def has(self, name: str) -> bool:
        return name in self._xml or name in self._blobs

    def xml(self, name: str) -> Any:
        """The part's XML, parsed once; changes to it are what the package writes."""
        if name not in self._xml:
            try:
                self._xml[name] = parse_xml(self._blobs[name])
            except etree.XMLSyntaxError:
                raise PackageError("a Word package briefer cannot read") from None
        return self._xml[name]

    def add(self, name: str, content_type: str, content: bytes | Any) -> None:
        """A new part (replacing one of that name), as bytes or as parsed XML."""
        self._xml.pop(name, None)
        self._blobs.pop(name, None)
        self._relationships.pop(name, None)
        if isinstance(content, bytes):
            self._blobs[name] = content
        else:
            self._xml[name] = content
        self._overrides[name] = content_type

    def put_xml(self, name: str, element: Any) -> None:
        """New XML for a part already in the package, its relationships kept."""
        self._blobs.pop(name, None)
        self._xml[name] = element

    def content_type(self, name: str) -> str | None:
        if name in self._overrides:
            return self._overrides[name]
        return self._defaults.get(posixpath.splitext(name)[1].lstrip(".").lower())

    # --- relationships ---------------------------------------------------------------

    def relationships(self, source: str) -> dict[str, Relationship]:
        """``source``'s relationships by id ('' for the package's own)."""
        if source not in self._relationships:
            found: dict[str, Relationship] = {}
            blob = self._blobs.get(_rels_name(source))
            if blob is not None:
                try:
                    root = parse_xml(blob)
                except etree.XMLSyntaxError:
                    raise PackageError("a Word package briefer cannot read") from None
                for item in root.iterfind(f"{{{_RELS_NS}}}Relationship"):
                    external = item.get("TargetMode") == "External"
                    target = str(item.get("Target", ""))
                    found[str(item.get("Id"))] = Relationship(
                        str(item.get("Id")),
                        str(item.get("Type", "")),
                        target if external else _resolve(source, target),
                        external,
                    )
            self._relationships[source] = found
        return self._relationships[source]

    def related(self, source: str, relationship_type: str) -> str | None:
        """The name of the part ``source`` relates to by that type, if any."""
        for relationship in self.relationships(source).values():
            if (
                relationship.type == relationship_type
                and not relationship.external
                and self.has(relationship.target)
            ):
                return relationship.target
        return None

    def relate(self, source: str, relationship_type: str, target: str, external: bool = False) -> str:
        """A new relationship from ``source``; its id (the first rIdN free, as Word numbers them)."""
        existing = self.relationships(source)
        number = 1
        while f"rId{number}" in existing:
            number += 1
        relationship_id = f"rId{number}"
        existing[relationship_id] = Relationship(relationship_id, relationship_type, target, external)
        return relationship_id

    def unrelate(self, source: str, *relationship_types: str) -> None:
        relationships = self.relationships(source)
        for relationship_id, relationship in list(relationships.items()):
            if relationship.type in relationship_types:
                del relationships[relationship_id]

    # --- writing ---------------------------------------------------------------------

    def snapshot(self) -> tuple[dict[str, bytes], dict[str, str], dict[str, str]]:
        """The package as it stands, as bytes: what Package(...) makes a fresh copy from."""
        blobs = dict(self._blobs)
        for name, element in self._xml.items():
            blobs[name] = serialize(element)
        names = set(blobs) | {""}
        for source in self._relationships:
            blobs[_rels_name(source)] = self._rels_xml(source, names)
        return blobs, dict(self._defaults), dict(self._overrides)

    def to_bytes(self, when: dt.datetime | None) -> bytes:
        """The package as a zip, every entry dated ``when`` (else now) and quickly
        compressed: a brief is small, and time matters more. Only the parts reachable
        by relationships are written, as Word itself keeps them."""
        stamp = max(when or dt.datetime.now(), dt.datetime(1980, 1, 1)).timetuple()[:6]  # zip starts in 1980
        reachable: list[str] = []
        pending = [""]
        seen = {""}
        while pending:
            source = pending.pop(0)
            for relationship in self.relationships(source).values():
                target = relationship.target
                if relationship.external or target in seen or not self.has(target):
                    continue
                seen.add(target)
                reachable.append(target)
                pending.append(target)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:

            def write(name: str, blob: bytes) -> None:
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, blob, compresslevel=1)

            write("[Content_Types].xml", self._content_types(reachable))
            write("_rels/.rels", self._rels_xml("", seen))
            for name in reachable:
                write(name, serialize(self._xml[name]) if name in self._xml else self._blobs[name])
                if self.relationships(name):
                    write(_rels_name(name), self._rels_xml(name, seen))
        return out.getvalue()

    def _content_types(self, names: list[str]) -> bytes:
        entries = [
            f'<Default Extension="rels" ContentType="{_RELS_CONTENT_TYPE}"/>',
            '<Default Extension="xml" ContentType="application/xml"/>',
        ]
        defaults_used = {"rels", "xml"}
        for name in names:
            extension = posixpath.splitext(name)[1].lstrip(".").lower()
            content_type = self.content_type(name) or "application/octet-stream"
            if (
                name not in self._overrides
                and extension in self._defaults
                and extension not in ("rels", "xml")
            ):
                if extension not in defaults_used:
                    defaults_used.add(extension)
                    entries.append(
                        f'<Default Extension="{escape(extension)}" ContentType="{escape(content_type)}"/>'
                    )
            elif not (extension == "xml" and content_type == "application/xml"):
                entries.append(f'<Override PartName="/{escape(name)}" ContentType="{escape(content_type)}"/>')
        return (
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<Types xmlns="{_TYPES_NS}">{"".join(entries)}</Types>'
        ).encode()

    def _rels_xml(self, source: str, written: set[str]) -> bytes:
        items = []
        for relationship in self.relationships(source).values():
            if relationship.external:
                target, mode = relationship.target, ' TargetMode="External"'
            elif relationship.target in written:
                # relative to the source's folder; from the package's root, the part's name itself
                target, mode = posixpath.relpath(relationship.target, posixpath.dirname(source) or "."), ""
            else:
                continue  # a part no longer in the package
            items.append(
                f'<Relationship Id="{escape(relationship.id)}" Type="{escape(relationship.type)}" '
                f'Target="{escape(target)}"{mode}/>'
            )
        return (
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<Relationships xmlns="{_RELS_NS}">{"".join(items)}</Relationships>'
        ).encode()


_RELS_CONTENT_TYPE = "application/vnd.openxmlformats-package.relationships+xml"
