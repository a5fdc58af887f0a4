"""Drafts of the case forms a place lacks, for an editor to check and paste."""

from __future__ import annotations

from collections.abc import Iterable

from ..text.grammar import OBLIQUE_CASES
from ..text.inflect import draft_forms
from .region import Region


def lacking_forms(regions: Iterable[Region]) -> list[Region]:
    """The places with an official name in Russian or Belarusian but no forms for it."""
    return [
        region
        for region in regions
        if any(region.forms_in(language) is None for language, _name in region.names)
    ]


def forms_draft(region: Region) -> str:
    """The ``forms:`` block for ``region``'s entry in regions.yaml, drafted for the
    languages it names, each form to be read before it is pasted."""
    lines = [f"# {region.id}: {region.name}", "  forms:"]
    for language, name in region.names:
        forms = region.forms_in(language) or draft_forms(name, language, region.name_in("ru"))
        if all(form == name for form in forms.values()):
            lines.append(f"    {language}: indeclinable")
            continue
        cases = ", ".join(f"{case}: {forms[case]}" for case in OBLIQUE_CASES)
        lines.append(f"    {language}: {{{cases}}}")
    return "\n".join(lines)
