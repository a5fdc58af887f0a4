"""Making a brief: select the facts, render the template, export Markdown and DOCX."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import OutputError, UsageError
from ..export.markdown import document
from ..facts import FactBase
from ..facts.localize import localized_base, markdown_base
from ..output import write_files
from ..places import resolve_pair
from ..text.i18n import LANGUAGES, N_, Language
from ..text.typography import desk_typography
from .angles import Story
from .render import Citations, Placeholders, kind_info, render_template
from .select import BriefContext, select

FORMATS = ("md", "docx")
KIND_TITLES = {
    "factsheet": N_("fact sheet"),
    "news": N_("news story skeleton"),
    "feature": N_("feature skeleton"),
    "anniversary": N_("anniversary story skeleton"),
    "interview": N_("interview preparation"),
}


@dataclass(frozen=True)
class DocxOptions:
    """How the DOCX is made: where sources go, the house style, who the author is."""

    notes: str = "footnotes"  # footnotes | endnotes | none
    reference: Path | None = None  # a house-style DOCX, as pandoc's --reference-doc
    newsroom: str | None = None

    def render(self, markdown: str) -> bytes:
        from ..export.docx import markdown_to_docx  # markdown-it and lxml: for DOCX only

        return markdown_to_docx(markdown, self.notes, self.reference, self.newsroom)


@dataclass(frozen=True)
class Brief:
    context: BriefContext
    markdown: str
    title: str

    @property
    def stem(self) -> str:
        return f"{self.context.region.id}-{self.context.partner.id}-{self.context.kind}"


def make_brief(
    base: FactBase,
    region_name: str,
    partner_name: str,
    kind: str = "factsheet",
    as_of: dt.date | None = None,
    template_dirs: Sequence[Path] = (),
    stale_after: dict[str, int] | None = None,
    language: str = "en",
) -> Brief:
    """The brief for a pair in ``language``, as Markdown; names may be any spelling."""
    info = kind_info(kind, template_dirs)
    if language not in LANGUAGES:
        raise UsageError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
    if language not in info.languages:
        raise UsageError(
            f"the {kind} kind is written in {', '.join(info.languages)} only so far; "
            f"use --lang {info.languages[0]} (its template lists the languages it is translated into)"
        )
    words = Language(language)
    # A name means the same place whatever the brief's language: it is resolved before
    # the registry takes the language's names (in Russian the city is named "Могилёв",
    # which is also what people call the oblast).
    region_id, partner_id = (place.id for place in resolve_pair(base.regions, region_name, partner_name))
    base = localized_base(markdown_base(base), language)
    region, partner = resolve_pair(base.regions, region_id, partner_id)
    context = select(base, region, partner, as_of or dt.date.today(), kind, stale_after, language)
    kind_title = (
        words.gettext(KIND_TITLES[kind]) if kind in KIND_TITLES else info.title or kind.replace("-", " ")
    )
    title = str(words.gettext("{region} and {partner}: {kind}")).format(
        region=region.name, partner=partner.in_text, kind=kind_title
    )
    citations = Citations(words)
    placeholders = Placeholders(words)
    body = render_template(
        kind,
        {
            "brief": context,
            "story": Story(context),
            "kind": info,
            "title": title,
            "cite": citations.cite,
            "citations": citations,
            "placeholder": placeholders.add,
            "placeholders": placeholders,
        },
        template_dirs,
        language,
    )
    body = desk_typography(body, language)
    keywords = [region.name, partner.name, kind_title, words.gettext("Belarus")]
    if partner.country_id != partner.id:
        keywords.append(base.regions.get(partner.country_id).name)
    markdown = document(
        title=title,
        region=region.id,
        partner=partner.id,
        kind=kind,
        lang=language,
        as_of=context.as_of.isoformat(),
        fact_ids=citations.fact_ids,
        keywords=list(dict.fromkeys(str(keyword) for keyword in keywords)),
        body=body,
        target_length=info.target,
    )
    return Brief(context=context, markdown=markdown, title=title)


def parse_formats(text: str) -> list[str]:
    formats = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(f"unknown format {', '.join(unknown) or repr(text)}; use md, docx or md,docx")
    return list(dict.fromkeys(formats))


def write_brief(
    brief: Brief,
    out_dir: Path,
    formats: Sequence[str],
    force: bool = False,
    docx_options: DocxOptions | None = None,
) -> list[Path]:
    """Write the brief in each format into ``out_dir``; returns the paths written."""
    files: dict[Path, bytes] = {}
    for fmt in formats:
        path = out_dir / f"{brief.stem}.{fmt}"
        # ids are validated, but a base that bypassed validation must still not write
        # anywhere but the output folder
        if path.resolve().parent != out_dir.resolve():
            raise OutputError(
                f"refusing to write {path}: it lies outside the output folder {out_dir}\n"
                "    fix: correct the region id or kind it was named after (ids are kebab-case)"
            )
        files[path] = (
            brief.markdown.encode() if fmt == "md" else (docx_options or DocxOptions()).render(brief.markdown)
        )
    write_files(files, force=force)
    return list(files)
