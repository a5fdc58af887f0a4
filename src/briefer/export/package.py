"""What makes a DOCX package the brief's own and reproducible: settings without the
python-docx template's leftovers, and zip entries dated as the brief when
SOURCE_DATE_EPOCH asks for the same bytes every time."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import zipfile
from typing import Any

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def fixed_time(fields: dict[str, Any]) -> dt.datetime | None:
    """The one time a reproducible file carries: with SOURCE_DATE_EPOCH set, the brief's
    as-of date (else the epoch itself); without it, None (the time of writing)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return None
    if fields.get("as_of"):
        try:
            return dt.datetime.combine(dt.date.fromisoformat(str(fields["as_of"])), dt.time(0, 0))
        except ValueError:
            pass
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    except (ValueError, OverflowError, OSError):
        return dt.datetime(1980, 1, 1)


def package_bytes(document: Document, when: dt.datetime | None) -> bytes:
    """The DOCX package as bytes, every zip entry dated ``when`` (else now). Written here
    rather than by python-docx's save so that the dates are set as each entry is
    written and a quick compression serves: a brief is small, and time matters more."""
    from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
    from docx.opc.pkgwriter import _ContentTypesItem

    stamp = max(when or dt.datetime.now(), dt.datetime(1980, 1, 1)).timetuple()[:6]  # zip starts in 1980
    package = document.part.package
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:

        def write(name: str, blob: bytes) -> None:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, blob, compresslevel=1)

        write(CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob)  # type: ignore[no-untyped-call]
        write(PACKAGE_URI.rels_uri.membername, package.rels.xml)
        for part in parts:
            write(part.partname.membername, part.blob)
            if len(part.rels):
                write(part.partname.rels_uri.membername, part.rels.xml)
    return out.getvalue()


# What python-docx's own template leaves in settings.xml for every file: a fixed
# document id, Word 2010 compatibility, Japanese as the East Asian theme language,
# the template's editing sessions, and spelling and grammar marked as already checked.
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_WORD_2013 = "15"


def own_settings(document: Document, language: str, markdown: str) -> None:
    settings = document.settings.element
    for tag in ("w:proofState", "w:rsids"):
        for element in settings.findall(qn(tag)):
            settings.remove(element)
    place = len(settings)
    for index, element in reversed(list(enumerate(settings))):
        if element.tag.endswith("}docId"):
            settings.remove(element)
            place = index
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), _WORD_2013)
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), language)
        theme.set(qn("w:eastAsia"), "zh-CN")
    # an id of the brief's own, the same for the same brief: files stay reproducible
    digest = hashlib.sha256(markdown.encode("utf-8")).hexdigest()
    doc_id = OxmlElement("w14:docId")
    doc_id.set(f"{{{_W14}}}val", f"{int(digest[:8], 16) & 0x7FFFFFFF:08X}")
    settings.insert(min(place, len(settings)), doc_id)
