"""What makes a DOCX package the brief's own and reproducible: settings without the
python-docx template's leftovers, and zip entries dated as the brief when
SOURCE_DATE_EPOCH asks for the same bytes every time."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
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


def with_entry_times(package: bytes, when: dt.datetime) -> bytes:
    """The same package with every zip entry dated ``when`` (zip cannot go before 1980)."""
    import zipfile

    stamp = max(when, dt.datetime(1980, 1, 1)).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry))
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
