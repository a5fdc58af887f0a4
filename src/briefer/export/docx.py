"""DOCX made from the brief's Markdown: markdown-it-py tokens → WordprocessingML.

Headings become Word heading styles, tables Word tables with a header row, lists
Word lists, links live hyperlinks; footnote references become superscript numbers and
the footnote definitions a numbered list of sources at the end. The document's title
and keywords come from the Markdown front matter.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from html import escape as _html_escape
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from ..errors import UsageError
from ..text.i18n import DOCX_LANGUAGES
from .body import BodyWriter, insert_blocks, run_xml
from .housestyle import A4_HEIGHT, A4_WIDTH, MARGIN, house_style
from .markdown import split_front_matter
from .notes import Notes
from .notes import ensure_styles as _ensure_notes_styles
from .opc import RT, Package, PackageError, qn
from .package import fixed_time, own_settings
from .styles import PLACEHOLDER_STYLE, StyleSheet
from .word import CoreProperties, WordDocument, child

_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


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
    styles = StyleSheet(document.styles)
    language = DOCX_LANGUAGES.get(str(fields.get("lang", "en")), "en-GB")
    _tag_language(styles, language)
    _set_properties(document, fields, language, newsroom)
    env: dict[str, Any] = {}
    tokens = markdown_parser().parse(markdown, env)
    writer = BodyWriter(document, styles, definitions=_definitions(tokens))
    if notes in ("footnotes", "endnotes"):
        writer.notes = Notes(document, styles, notes)
    writer.write(tokens)
    if writer.notes is not None:
        writer.notes.finish()
    own_settings(document, language, markdown)
    return document.package.to_bytes(fixed_time(fields))


def escape(text: str) -> str:
    """Text for XML element content (xml.sax.saxutils would pull in urllib and http at start-up)."""
    return _html_escape(text, quote=False)


def default_reference_docx() -> bytes:
    """briefer's default house style as a DOCX for an editor to restyle in Word, like
    'pandoc --print-default-data-file reference.docx'."""
    document = _base_document(None)
    styles = StyleSheet(document.styles)
    _ensure_notes_styles(styles, "Footnote")
    _ensure_notes_styles(styles, "Endnote")

    def paragraph(style: str, runs: str) -> str:
        return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{runs}</w:p>'

    parts = [paragraph(styles.find_or_add("Title"), run_xml("Title"))]
    parts += [
        paragraph(styles.find_or_add(f"Heading {level}"), run_xml(f"Heading {level}")) for level in (1, 2, 3)
    ]
    parts.append(
        paragraph(
            styles.find_or_add("Normal"),
            run_xml("Body text. Restyle the styles, page, header and footer; briefs take them. ")
            + run_xml(
                "[[REPORTER: what the reporter must supply]]",
                style=styles.find_or_add(PLACEHOLDER_STYLE, "character"),
            )
            + run_xml(" A link.", style=styles.find_or_add("Hyperlink", "character")),
        )
    )
    insert_blocks(document, parts)
    CoreProperties(title="briefer house style", author="briefer").write_to(document.package)
    return document.package.to_bytes(None)


def _a4_unless_set(document: WordDocument) -> None:
    """A house style that leaves the page unset (pandoc's does) gets A4 with 2 cm margins."""
    if not document.sections:
        document.body.append(document.body.makeelement(qn("w:sectPr"), {}))
    for section in document.sections:
        if section.page_width is None or section.page_height is None:
            section.set_page(A4_WIDTH, A4_HEIGHT)
        for side in ("left", "right", "top", "bottom"):
            if section.margin(side) is None:
                section.set_margin(side, MARGIN)


def _house_style_error(reference: Path, reason: str) -> UsageError:
    return UsageError(
        f"the house-style document {reference} is {reason}.\n"
        "    fix: save the house style from Word or LibreOffice as .docx, and pass that file "
        "(--reference-doc or docx.reference in briefer.yaml)"
    )


def _base_document(reference: Path | None) -> WordDocument:
    """The house style's document emptied of its text, or briefer's defaults: A4, 2 cm
    margins, fonts that cover Latin, Cyrillic and Chinese."""
    if reference is None:
        return _default_document()
    try:
        document = WordDocument.of(Package.read(reference.read_bytes()))
        body = document.body
    except PackageError as error:
        raise _house_style_error(reference, error.reason) from None
    except OSError as error:
        raise UsageError(
            f"cannot read the house-style document {reference}: {error.strerror or error}\n"
            "    fix: check the path and its permissions (--reference-doc or docx.reference in briefer.yaml)"
        ) from None
    for element in list(body):
        if element.tag != qn("w:sectPr"):
            body.remove(element)
    _a4_unless_set(document)
    return document


def prepare() -> None:
    """Read what every DOCX starts from, before worker processes fork and share it."""
    _default_parts()


@functools.cache
def _default_parts() -> tuple[dict[str, bytes], dict[str, str], dict[str, str]]:
    """briefer's default house style, read once per process."""
    return Package.read(house_style()).snapshot()


def _default_document() -> WordDocument:
    blobs, defaults, overrides = _default_parts()
    return WordDocument.of(Package(dict(blobs), dict(defaults), dict(overrides)))


def _set_properties(
    document: WordDocument, fields: dict[str, Any], language: str, newsroom: str | None
) -> None:
    """Core, app and custom properties from the front matter; no stale template values."""
    title = str(fields.get("title", ""))
    when = fixed_time(fields) or dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    package = document.package
    CoreProperties(
        title=title,
        subject=title.split(":")[0] if ":" in title else title,
        author=newsroom or "briefer",
        keywords=", ".join(str(k) for k in fields.get("keywords", [])),
        comments=str(fields.get("generator", "")),
        last_modified_by=newsroom or "briefer",
        category=str(fields.get("kind", "")),
        language=language,
        created=when,
        modified=when,
    ).write_to(package)
    # a house style's own thumbnail, app and custom properties would describe it, not the brief
    package.unrelate("", RT.THUMBNAIL, RT.EXTENDED_PROPERTIES, RT.CUSTOM_PROPERTIES)
    package.add(
        "docProps/app.xml",
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f"<Application>{escape(str(fields.get('generator', 'briefer')))}</Application>"
            "</Properties>"
        ).encode(),
    )
    package.relate("", RT.EXTENDED_PROPERTIES, "docProps/app.xml")
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
    package.add(
        "docProps/custom.xml",
        "application/vnd.openxmlformats-officedocument.custom-properties+xml",
        (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"{entries}</Properties>"
        ).encode(),
    )
    package.relate("", RT.CUSTOM_PROPERTIES, "docProps/custom.xml")


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


def _tag_language(styles: StyleSheet, language: str) -> None:
    """Tag the document defaults with the brief's language, Chinese as the East Asian
    language, so Word spell-checks and hyphenates the text as what it is; a style that
    names a language of its own (a house style's may) is retagged, the others inherit."""
    defaults = styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        lang = child(child(child(defaults, "w:rPrDefault"), "w:rPr"), "w:lang")
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), "zh-CN")
    for lang in styles.element.iterfind(f"{qn('w:style')}/{qn('w:rPr')}/{qn('w:lang')}"):
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), "zh-CN")
