"""The styles a brief's DOCX uses, found in the house style by name or added plainly."""

from __future__ import annotations

import re
from html import escape
from typing import Any

from .opc import nsdecls, parse_xml, qn

HYPERLINK_BLUE = "0563C1"
PLACEHOLDER_STYLE = "Reporter Placeholder"  # a character style, so a house style can restyle it
PLACEHOLDER_PATTERN = re.compile(r"(\[\[.*?\]\])")
# Word's ids for the built-in names whose ids are not the name without spaces
_BUILT_IN_IDS = {"caption": "Caption", **{f"heading {n}": f"Heading{n}" for n in range(1, 10)}}


class StyleSheet:
    """The styles part of one document, indexed by type and name (any case): Word calls
    its built-ins "heading 1" inside the file, pandoc's reference.docx "Heading 1", and a
    localized Word names the ids in its own language, so styles are found by name."""

    def __init__(self, element: Any) -> None:
        self.element = element
        self._index: dict[tuple[str, str], str] = {}
        for style in element.iterfind(qn("w:style")):
            name = style.find(qn("w:name"))
            if name is None:
                continue
            key = (style.get(qn("w:type")) or "paragraph", str(name.get(qn("w:val")) or "").casefold())
            self._index.setdefault(key, str(style.get(qn("w:styleId"))))

    def find(self, name: str, kind: str = "paragraph") -> str | None:
        """The id of the ``kind`` style called ``name``, or None."""
        return self._index.get((kind, name.casefold()))

    def add(
        self,
        name: str,
        kind: str,
        *,
        paragraph: str = "",
        run: str = "",
        table: str = "",
        based_on_normal: bool = False,
    ) -> str:
        """A custom style added with the given properties (WordprocessingML, in the
        schema's order); its id."""
        taken = {str(style.get(qn("w:styleId"))) for style in self.element.iterfind(qn("w:style"))}
        style_id = _BUILT_IN_IDS.get(name.casefold(), name.replace(" ", ""))
        base, number = style_id, 1
        while style_id in taken:  # a house style may use the id for a style of another name
            number += 1
            style_id = f"{base}{number}"
        normal = self.find("Normal") if based_on_normal else None
        self.element.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="{kind}" w:customStyle="1" w:styleId="{style_id}">'
                f'<w:name w:val="{_attribute(name)}"/>'
                + (f'<w:basedOn w:val="{_attribute(normal)}"/>' if normal else "")
                + (f"<w:pPr>{paragraph}</w:pPr>" if paragraph else "")
                + (f"<w:rPr>{run}</w:rPr>" if run else "")
                + (f"<w:tblPr>{table}</w:tblPr>" if table else "")
                + "</w:style>"
            )
        )
        self._index[(kind, name.casefold())] = style_id
        return style_id

    def find_or_add(self, name: str, kind: str = "paragraph") -> str:
        """The id of the style called ``name``; a house style that lacks it gets a plain one."""
        found = self.find(name, kind)
        if found is not None:
            return found
        if name == "Hyperlink":
            return self.add(name, kind, run=f'<w:color w:val="{HYPERLINK_BLUE}"/><w:u w:val="single"/>')
        if name == PLACEHOLDER_STYLE:
            return self.add(name, kind, run='<w:highlight w:val="yellow"/>')
        if name == "Table Grid":
            borders = "".join(
                f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                for side in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            return self.add(name, kind, table=f"<w:tblBorders>{borders}</w:tblBorders>")
        if kind != "paragraph":
            return self.add(name, kind)
        level = re.fullmatch(r"Heading (\d)", name)
        if level or name == "Title":
            points = 24 if name == "Title" else max(11, 18 - 2 * int(level.group(1)) if level else 11)
            outline = f'<w:outlineLvl w:val="{int(level.group(1)) - 1}"/>' if level else ""
            return self.add(
                name,
                kind,
                paragraph=f"<w:keepNext/>{outline}",
                run=f'<w:b/><w:sz w:val="{points * 2}"/>',
                based_on_normal=True,
            )
        return self.add(name, kind, based_on_normal=True)


def _attribute(text: str) -> str:
    return escape(text, quote=True)
