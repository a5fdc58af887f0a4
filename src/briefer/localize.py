"""The fact base as seen in one language: translated words, the same figures.

A brief in Russian or Belarusian is selected from a copy of the base whose facts carry
their translated summaries, metrics and headlines and whose regions carry their
official names, so that selection, angles and templates need no language of their own.
A fact without a translation keeps its English words, marked as such.
"""

from __future__ import annotations

import dataclasses

from .i18n import Language
from .model import Fact, FactBase
from .regions import Region, RegionRegistry

_CACHE_ATTRIBUTE = "_localized"


def localized_base(base: FactBase, language: str) -> FactBase:
    """``base`` in ``language``, built once per base and language."""
    if language == "en":
        return base
    cache: dict[str, FactBase] = base.__dict__.setdefault(_CACHE_ATTRIBUTE, {})
    if language not in cache:
        words = Language(language)
        registry = RegionRegistry(
            {
                region_id: localized_region(region, language)
                for region_id, region in base.regions.regions.items()
            }
        )
        facts = [localized_fact(fact, language, words, base.note_translations) for fact in base.facts]
        cache[language] = FactBase(
            registry, facts, base.root, layers=base.layers, note_translations=base.note_translations
        )
    return cache[language]


def localized_region(region: Region, language: str) -> Region:
    """The region under its official name in ``language``; its English name stays a spelling."""
    name = region.name_in(language)
    if not name:
        return region
    return dataclasses.replace(
        region, name=name, article=None, short=name, aliases=(*region.aliases, region.name)
    )


def localized_fact(
    fact: Fact, language: str, words: Language, notes: dict[str, dict[str, str]] | None = None
) -> Fact:
    """The fact's words in ``language``; the English ones, marked, where none is given.
    A source's note takes its translation from ``notes`` (source-notes.yaml)."""
    texts = fact.translations.get(language, {})
    marker = words.gettext("[not yet translated]")
    summary = texts.get("summary")
    if summary is None:
        summary = f"{fact.summary} {marker}"
    changes: dict[str, object] = {"summary": summary, "headline": texts.get("headline")}
    if any(source.note for source in fact.sources):
        changes["sources"] = tuple(
            dataclasses.replace(source, note=_note(source.note, language, marker, notes or {}))
            if source.note
            else source
            for source in fact.sources
        )
    if fact.figure is not None:
        changes["figure"] = dataclasses.replace(
            fact.figure,
            metric=texts.get("metric", fact.figure.metric),
            period=texts.get("period", fact.figure.period),
            compared_with=texts.get("compared_with", fact.figure.compared_with),
        )
    if fact.scope is not None and (fact.scope.body or fact.scope.group):
        changes["scope"] = dataclasses.replace(
            fact.scope,
            body=texts.get("body", fact.scope.body),
            group=texts.get("group", fact.scope.group),
        )
    return dataclasses.replace(fact, **changes)  # type: ignore[arg-type]


def _note(note: str, language: str, marker: str, notes: dict[str, dict[str, str]]) -> str:
    translated = notes.get(note, {}).get(language)
    return translated if translated else f"{note} {marker}"


def translation_coverage(base: FactBase, language: str) -> tuple[int, int]:
    """(facts with a summary in ``language``, all facts)."""
    done = sum(1 for fact in base.facts if fact.translations.get(language, {}).get("summary"))
    return done, len(base.facts)


def note_coverage(base: FactBase, language: str) -> tuple[int, int]:
    """(distinct source notes translated into ``language``, all distinct notes)."""
    notes = {source.note for fact in base.facts for source in fact.sources if source.note}
    done = sum(1 for note in notes if base.note_translations.get(note, {}).get(language))
    return done, len(notes)
