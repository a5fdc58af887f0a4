"""What makes a DOCX package the brief's own and reproducible: settings without the
Word template's leftovers, and one time for the whole file when SOURCE_DATE_EPOCH asks
for the same bytes every time."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from typing import Any

from .opc import qn
from .word import WordDocument


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


# What python-docx's own template leaves in settings.xml for every file: a fixed
# document id, Word 2010 compatibility, Japanese as the East Asian theme language,
# the template's editing sessions, and spelling and grammar marked as already checked.
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_WORD_2013 = "15"


def own_settings(document: WordDocument, language: str, markdown: str) -> None:
    settings = document.settings
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
    doc_id = settings.makeelement(qn("w14:docId"), {})
    doc_id.set(f"{{{_W14}}}val", f"{int(digest[:8], 16) & 0x7FFFFFFF:08X}")
    settings.insert(min(place, len(settings)), doc_id)
