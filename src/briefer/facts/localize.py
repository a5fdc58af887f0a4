"""The fact base as seen in one language: translated words, the same figures.

A brief in Russian or Belarusian is selected from a copy of the base whose facts carry
their translated summaries, metrics and headlines and whose regions carry their
official names, so that selection, angles and templates need no language of their own.
A fact without a translation keeps its English words, marked as such.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from ..errors import Problem
from ..places import Region, RegionRegistry
from ..text.formatting import CURRENCIES
from ..text.grammar import Name
from ..text.i18n import UNIT_WORDS, Language
from ..text.markdown import escape_markdown
from .model import Fact, FactBase, Figure, Quote, Scope, Source

_Item = TypeVar("_Item")

_CACHE_ATTRIBUTE = "_localized"
_MARKDOWN_ATTRIBUTE = "_for_markdown"


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
            registry,
            facts,
            base.root,
            layers=base.layers,
            note_translations=base.note_translations,
            rivals=base.rivals,
        )
    return cache[language]


def localized_region(region: Region, language: str) -> Region:
    """The region under its official name in ``language``, a :class:`Name` that knows
    its cases; its English name stays a spelling. A place the registry gives no forms
    (one known only from ISO 3166) gets drafted ones rather than a bracketed name."""
    official = region.name_in(language)
    if not official:
        return region
    forms = region.forms_in(language)
    if forms is None:
        from ..text.inflect import draft_forms

        forms = draft_forms(official, language, region.name_in("ru"))
    name = Name(official, {"nom": official, **forms})
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
    # the base's own English words stay with the fact, for what reads them (a plan's target year)
    english = {"summary": fact.summary, **({"period": fact.figure.period} if fact.figure else {})}
    changes: dict[str, object] = {
        "summary": summary,
        "headline": texts.get("headline"),
        "translations": {**fact.translations, "en": english},
    }
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
            period=_period(texts.get("period", fact.figure.period), words),
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


def unit_problems(base: FactBase, languages: tuple[str, ...] = ("ru", "be")) -> list[Problem]:
    """A warning for each figure whose unit has no word in a brief's language: such a
    figure would print its English unit («53 pairs») in a Russian brief."""
    words = {language: Language(language) for language in languages}
    problems = []
    for fact in base.facts:
        unit = fact.figure.unit if fact.figure else None
        if unit is None or unit in CURRENCIES or unit in ("percent", "times"):
            continue
        missing = [
            language
            for language, language_words in words.items()
            if language_words.npgettext("unit", unit, unit, 5) == unit
        ]
        if missing:
            problems.append(
                Problem(
                    fact.path,
                    fact.line,
                    f"figure unit {unit!r} of {fact.id!r} has no word in {', '.join(missing)}, "
                    "so those briefs print it in English",
                    f"use a currency, percent, times or one of: {', '.join(sorted(UNIT_WORDS))}; "
                    "or add the unit's words to the ru and be catalogs",
                    severity="warning",
                )
            )
    return problems


def note_coverage(base: FactBase, language: str) -> tuple[int, int]:
    """(distinct source notes translated into ``language``, all distinct notes)."""
    notes = {source.note for fact in base.facts for source in fact.sources if source.note}
    done = sum(1 for note in notes if base.note_translations.get(note, {}).get(language))
    return done, len(notes)


def markdown_base(base: FactBase) -> FactBase:
    """``base`` with every word of its facts escaped for Markdown, built once per base:
    what briefs and digests are rendered from (then localized), so that no fact text
    becomes markup while briefer's own words, such as the untranslated marker, stay
    as they are written."""
    cached: FactBase | None = base.__dict__.get(_MARKDOWN_ATTRIBUTE)
    if cached is None:
        cached = FactBase(
            base.regions,
            [markdown_fact(fact) if _may_need_escaping(fact) else fact for fact in base.facts],
            base.root,
            layers=base.layers,
            note_translations={
                note: {language: escape_markdown(text) for language, text in texts.items()}
                for note, texts in base.note_translations.items()
            },
            rivals=base.rivals,
        )
        base.__dict__[_MARKDOWN_ATTRIBUTE] = cached
    return cached


# what escape_markdown could change: a character that opens inline syntax, or a block
# marker (or space before one) where a text starts
_INLINE_OPENERS = "\\`*_[]<>&"
_BLOCK_OPENERS = "#>+=-"


def _may_need_escaping(fact: Fact) -> bool:
    """Whether markdown_fact could change any of the fact's texts: most facts have
    nothing to escape, and looking costs a fraction of escaping each text."""
    texts = [fact.summary, fact.headline or "", *fact.organisations]
    for source in fact.sources:
        texts += [
            source.title,
            source.author or "",
            source.publisher or "",
            source.pages or "",
            source.note or "",
        ]
    if fact.figure:
        figure = fact.figure
        texts += [figure.metric, figure.period, figure.qualifier or "", figure.compared_with or ""]
        texts.append(figure.change_qualifier or "")
    if fact.scope:
        texts += [fact.scope.body or "", fact.scope.group or ""]
    if fact.quote:
        texts += [fact.quote.text, fact.quote.speaker, fact.quote.role or ""]
    for words in fact.translations.values():
        texts += words.values()
    joined = "".join(texts)  # str's own search is far quicker than a regular expression's
    if any(opener in joined for opener in _INLINE_OPENERS):
        return True
    return any(
        text[:1] in _BLOCK_OPENERS or text[:1].isdigit() or text[:1].isspace() for text in texts if text
    )


def markdown_fact(fact: Fact) -> Fact:
    """The fact with its summary, headline, names, figure words, quote, sources and
    translations escaped for Markdown; ids, dates, numbers and URLs as they are."""
    translations = {
        language: {name: escape_markdown(text) for name, text in texts.items()}
        for language, texts in fact.translations.items()
    }
    return _with(
        fact,
        summary=escape_markdown(fact.summary),
        headline=_escaped(fact.headline),
        organisations=_same_or(
            fact.organisations, tuple(escape_markdown(name) for name in fact.organisations)
        ),
        sources=_same_or(fact.sources, tuple(_markdown_source(source) for source in fact.sources)),
        figure=_markdown_figure(fact.figure) if fact.figure else None,
        scope=_markdown_scope(fact.scope) if fact.scope else None,
        quote=_markdown_quote(fact.quote) if fact.quote else None,
        translations=fact.translations if translations == fact.translations else translations,
    )


def _with(item: _Item, **changes: Any) -> _Item:
    """``item`` with ``changes``, or ``item`` itself where escaping changed nothing: most
    fact text has nothing to escape, and a brief escapes every fact of the base."""
    if all(getattr(item, name) is value for name, value in changes.items()):
        return item
    return dataclasses.replace(item, **changes)  # type: ignore[type-var]


def _same_or(old: tuple[Any, ...], new: tuple[Any, ...]) -> tuple[Any, ...]:
    return old if all(a is b for a, b in zip(old, new, strict=True)) else new


def _escaped(text: str | None) -> str | None:
    return escape_markdown(text) if text is not None else None


def _markdown_source(source: Source) -> Source:
    return _with(
        source,
        title=escape_markdown(source.title),
        author=_escaped(source.author),
        publisher=_escaped(source.publisher),
        pages=_escaped(source.pages),
        note=_escaped(source.note),
    )


def _markdown_figure(figure: Figure) -> Figure:
    return _with(
        figure,
        metric=escape_markdown(figure.metric),
        period=escape_markdown(figure.period),
        qualifier=_escaped(figure.qualifier),
        compared_with=_escaped(figure.compared_with),
        change_qualifier=_escaped(figure.change_qualifier),
    )


def _markdown_scope(scope: Scope) -> Scope:
    return _with(scope, body=_escaped(scope.body), group=_escaped(scope.group))


def _markdown_quote(quote: Quote) -> Quote:
    return _with(
        quote,
        text=escape_markdown(quote.text),
        speaker=escape_markdown(quote.speaker),
        role=_escaped(quote.role),
    )


def _period(label: str, words: Language) -> str:
    """A bare year as the language writes a year on its own: «2020 г.» in Russian."""
    year = label.strip()
    return words.pgettext("period", "{year}").format(year=year) if re.fullmatch(r"\d{4}", year) else label
