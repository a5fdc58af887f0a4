"""DOCX made from the brief's Markdown: markdown-it-py tokens → python-docx.

Headings become Word heading styles, tables Word tables with a header row, lists
Word lists, links live hyperlinks; footnote references become superscript numbers and
the footnote definitions a numbered list of sources at the end. The document's title
and keywords come from the Markdown front matter.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import io
import re
from html import escape as _html_escape
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from ..errors import UsageError
from ..text.i18n import DOCX_LANGUAGES
from .body import BodyWriter
from .markdown import split_front_matter
from .notes import Notes
from .notes import ensure_styles as _ensure_notes_styles
from .package import fixed_time, own_settings, package_bytes
from .styles import PLACEHOLDER_STYLE, find_or_add_style

_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
LATIN_FONT = "Calibri"  # Latin and Cyrillic
EAST_ASIAN_FONT = "Noto Sans CJK SC"  # Chinese names, in Simplified Chinese


@functools.cache
def markdown_parser() -> MarkdownIt:
    """CommonMark with tables, footnotes and front matter: the dialect briefs use. Built
    once per process (a few milliseconds a brief): parsing keeps its state in the call."""
    return (
        MarkdownIt("commonmark")
        .enable("table")
        .use(front_matter_plugin)
        .use(footnote_plugin)
        .use(tasklists_plugin)
    )


def markdown_to_docx(
    markdown: str,
    notes: str = "footnotes",
    reference: Path | None = None,
    newsroom: str | None = None,
) -> bytes:
    """The DOCX bytes for a brief's Markdown.

    ``notes`` puts the sources in footnotes (default), endnotes, or only in the list of
    sources at the end ("none"); ``reference`` is a house-style DOCX whose styles, page
    set-up, headers and footers the brief takes, as pandoc's --reference-doc does.
    """
    # validation refuses control characters in facts; an editor's template or a library
    # caller could still bring one, and Word cannot hold it: it is dropped, not fatal
    markdown = _NOT_IN_XML.sub("", markdown)
    fields, _ = split_front_matter(markdown)
    document = _base_document(reference)
    language = DOCX_LANGUAGES.get(str(fields.get("lang", "en")), "en-GB")
    _tag_language(document, language)
    _set_properties(document, fields, language, newsroom)
    env: dict[str, Any] = {}
    tokens = markdown_parser().parse(markdown, env)
    writer = BodyWriter(document, definitions=_definitions(tokens))
    if notes in ("footnotes", "endnotes"):
        writer.notes = Notes(document, notes)
    writer.write(tokens)
    if writer.notes is not None:
        writer.notes.finish()
    own_settings(document, language, markdown)
    return package_bytes(document, fixed_time(fields))


def escape(text: str) -> str:
    """Text for XML element content (xml.sax.saxutils would pull in urllib and http at start-up)."""
    return _html_escape(text, quote=False)


def default_reference_docx() -> bytes:
    """briefer's default house style as a DOCX for an editor to restyle in Word, like
    'pandoc --print-default-data-file reference.docx'."""
    document = _base_document(None)
    _ensure_notes_styles(document, "Footnote")
    _ensure_notes_styles(document, "Endnote")
    document.add_paragraph("Title", style="Title")
    for level in (1, 2, 3):
        document.add_heading(f"Heading {level}", level=level)
    body = document.add_paragraph(
        "Body text. Restyle the styles, page, header and footer; briefs take them. "
    )
    for name in (PLACEHOLDER_STYLE, "Hyperlink"):
        find_or_add_style(document, name, WD_STYLE_TYPE.CHARACTER)
    body.add_run("[[REPORTER: what the reporter must supply]]", style=PLACEHOLDER_STYLE)
    body.add_run(" A link.", style="Hyperlink")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _child(parent: Any, tag: str, first: bool = False) -> Any:
    """``parent``'s child element ``tag``, added (last, or ``first``) when missing."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        if first:
            parent.insert(0, child)
        else:
            parent.append(child)
    return child


def _a4_unless_set(document: Document) -> None:
    """A house style that leaves the page unset (pandoc's does) gets A4 with 2 cm margins."""
    for section in document.sections:
        if section.page_width is None or section.page_height is None:
            section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            if getattr(section, side) is None:
                setattr(section, side, Mm(20))


def _reference_document(reference: Path) -> Document:
    """The house style's DOCX, or UsageError saying why it cannot be one."""
    import zipfile

    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(reference))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError) as error:
        # a file that is no zip, a zip that is no Word package, or a package with broken XML
        reason = (
            "not a Word document"
            if isinstance(error, PackageNotFoundError | zipfile.BadZipFile)
            else ("a Word package briefer cannot read")
        )
        raise UsageError(
            f"the house-style document {reference} is {reason}.\n"
            "    fix: save the house style from Word or LibreOffice as .docx, and pass that file "
            "(--reference-doc or docx.reference in briefer.yaml)"
        ) from None


def _base_document(reference: Path | None) -> Document:
    """The house style's document emptied of its text, or briefer's defaults: A4, 2 cm
    margins, fonts that cover Latin, Cyrillic and Chinese."""
    if reference is not None:
        document = _reference_document(reference)
        body = document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        _a4_unless_set(document)
        return document
    # briefer's defaults are built once per process and copied for each brief: copying
    # the parsed package costs about half of opening python-docx's template again
    return copy.deepcopy(_default_document())


def prepare() -> None:
    """Build what every DOCX starts from, before worker processes fork and share it."""
    _default_document()


@functools.cache
def _default_document() -> Document:
    document = docx.Document()
    # Word 2010's copy of the styles (430 KB) that later Word neither needs nor reads
    # when styles.xml is there: it only made every brief larger and slower to write
    for relationship in list(document.part.rels.values()):
        if relationship.reltype.endswith("/stylesWithEffects"):
            del document.part.rels[relationship.rId]
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin = section.bottom_margin = Mm(20)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    if run_defaults is not None:
        fonts = _child(_child(run_defaults, "w:rPr"), "w:rFonts", first=True)
        for attribute in list(fonts.attrib):  # theme fonts would override the names below
            del fonts.attrib[attribute]
        fonts.set(qn("w:ascii"), LATIN_FONT)
        fonts.set(qn("w:hAnsi"), LATIN_FONT)
        fonts.set(qn("w:cs"), LATIN_FONT)
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    return document


def _set_properties(document: Document, fields: dict[str, Any], language: str, newsroom: str | None) -> None:
    """Core, app and custom properties from the front matter; no stale template values."""
    properties = document.core_properties
    properties.title = str(fields.get("title", ""))
    properties.keywords = ", ".join(str(k) for k in fields.get("keywords", []))
    title = str(fields.get("title", ""))
    properties.subject = title.split(":")[0] if ":" in title else title
    properties.author = newsroom or "briefer"
    properties.last_modified_by = newsroom or "briefer"
    properties.comments = str(fields.get("generator", ""))
    properties.language = language
    properties.category = str(fields.get("kind", ""))
    properties.revision = 1
    when = fixed_time(fields) or dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    properties.created = when
    properties.modified = when
    package = document.part.package
    for relationship in list(package.rels.values()):
        # a house style's own thumbnail, app and custom properties would describe it, not the brief
        if relationship.reltype in (
            RELATIONSHIP_TYPE.THUMBNAIL,
            RELATIONSHIP_TYPE.EXTENDED_PROPERTIES,
            RELATIONSHIP_TYPE.CUSTOM_PROPERTIES,
        ):
            del package.rels[relationship.rId]
    app = Part(
        PackURI("/docProps/app.xml"),
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f"<Application>{escape(str(fields.get('generator', 'briefer')))}</Application>"
            "</Properties>"
        ).encode(),
        package,
    )
    package.relate_to(app, RELATIONSHIP_TYPE.EXTENDED_PROPERTIES)
    custom = {
        "region": fields.get("region", ""),
        "partner": fields.get("partner", ""),
        "kind": fields.get("kind", ""),
        "as_of": fields.get("as_of", ""),
        "facts": ", ".join(str(f) for f in fields.get("facts", [])),
    }
    entries = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{index}" name="{name}">'
        f"<vt:lpwstr>{escape(str(value))}</vt:lpwstr></property>"
        for index, (name, value) in enumerate(custom.items(), start=2)
    )
    custom_part = Part(
        PackURI("/docProps/custom.xml"),
        "application/vnd.openxmlformats-officedocument.custom-properties+xml",
        (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"{entries}</Properties>"
        ).encode(),
        package,
    )
    package.relate_to(custom_part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


def _definitions(tokens: list[Token]) -> dict[str, Token]:
    """Each source's reference (its footnote definition's inline token), by label."""
    found: dict[str, Token] = {}
    label = None
    for token in tokens:
        if token.type == "footnote_open":
            label = str(token.meta.get("label"))
        elif token.type == "inline" and label is not None and label not in found:
            found[label] = token
        elif token.type == "footnote_close":
            label = None
    return found


def _tag_language(document: Document, language: str) -> None:
    """Tag the document defaults with the brief's language, Chinese as the East Asian
    language, so Word spell-checks and hyphenates the text as what it is; a style that
    names a language of its own (a house style's may) is retagged, the others inherit."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        lang = _child(_child(_child(defaults, "w:rPrDefault"), "w:rPr"), "w:lang")
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), "zh-CN")
    for lang in styles.iterfind(f"{qn('w:style')}/{qn('w:rPr')}/{qn('w:lang')}"):
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), "zh-CN")
