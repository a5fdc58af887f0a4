"""briefer's default house style: Word's own defaults (the template python-docx ships)
set up as briefer's — A4 with 2 cm margins, fonts that cover Latin, Cyrillic and
Chinese, without Word 2010's leftovers — and kept as house-style.docx beside this
module, so that a brief opens a 30 KB package rather than set up a 900 KB one again.

``python -m briefer.export.housestyle`` writes it afresh; a test checks that it is what
this module builds from the installed python-docx.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

from .opc import RT, Package, qn
from .word import WordDocument, child

HOUSE_STYLE = Path(__file__).with_name("house-style.docx")
A4_WIDTH, A4_HEIGHT, MARGIN = 11906, 16838, 1134  # twips: 210 x 297 mm, 20 mm
LATIN_FONT = "Calibri"  # Latin and Cyrillic
EAST_ASIAN_FONT = "Noto Sans CJK SC"  # Chinese names, in Simplified Chinese


def house_style() -> bytes:
    return HOUSE_STYLE.read_bytes()


def build() -> bytes:
    """The house style, built from python-docx's template (Word's own defaults), read
    from its wheel as a zip."""
    spec = importlib.util.find_spec("docx")
    assert spec is not None and spec.submodule_search_locations
    template = Path(next(iter(spec.submodule_search_locations))) / "templates" / "default.docx"
    package = Package.read(template.read_bytes())
    document = WordDocument.of(package)
    # Word 2010's copy of the styles (430 KB) that later Word neither needs nor reads
    # when styles.xml is there: it only made every brief larger and slower to write
    package.unrelate(
        document.part, "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
    )
    # the template's own picture and properties: each brief writes its own
    package.unrelate("", RT.THUMBNAIL, RT.CORE_PROPERTIES, RT.EXTENDED_PROPERTIES, RT.CUSTOM_PROPERTIES)
    # the hundred table styles Word 2010 wrote out (420 KB to parse for every brief) are
    # Word's built-ins, which Word and LibreOffice supply themselves; a brief uses one
    styles = document.styles
    for style in list(styles.iterfind(qn("w:style"))):
        name = style.find(qn("w:name"))
        kept = style.get(qn("w:default")) == "1" or (
            name is not None and name.get(qn("w:val")) == "Table Grid"
        )
        if style.get(qn("w:type")) == "table" and not kept:
            styles.remove(style)
    for section in document.sections:
        section.set_page(A4_WIDTH, A4_HEIGHT)
        for side in ("left", "right", "top", "bottom"):
            section.set_margin(side, MARGIN)
    defaults = styles.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    if run_defaults is not None:
        fonts = child(child(run_defaults, "w:rPr"), "w:rFonts", first=True)
        for attribute in list(fonts.attrib):  # theme fonts would override the names below
            del fonts.attrib[attribute]
        fonts.set(qn("w:ascii"), LATIN_FONT)
        fonts.set(qn("w:hAnsi"), LATIN_FONT)
        fonts.set(qn("w:cs"), LATIN_FONT)
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    return package.to_bytes(dt.datetime(1980, 1, 1))


if __name__ == "__main__":
    HOUSE_STYLE.write_bytes(build())
    sys.stdout.write(f"wrote {HOUSE_STYLE}\n")
