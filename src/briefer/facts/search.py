"""Searching the fact base by words, places, kind, status and dates."""

from __future__ import annotations

from collections.abc import Iterable

from ..places import normalize
from .model import Fact, FactBase, FactDate


def _words(fact: Fact) -> str:
    """Everything a search for words looks in, folded as names are folded."""
    parts: list[str] = [fact.id, fact.summary, fact.headline or "", *fact.organisations, *fact.topics]
    parts += [source.title for source in fact.sources]
    parts += [text for fields in fact.translations.values() for text in fields.values()]
    if fact.quote:
        parts += [fact.quote.text, fact.quote.speaker]
    # a space first, so that every word, the first too, starts after one
    return " " + " ".join(" ".join(normalize(word) for word in part.split()) for part in parts)


def _stem(word: str) -> str:
    """The start of a word that its other forms share, roughly: Russian and Belarusian
    change endings ("Сычуань", "Сычуани"; "побратимы", "побратимство"), so a long word
    is also looked for as a word beginning with all but its last letters."""
    if len(word) < 6:  # a short word ("БелАЗ") is looked for as it is
        return word
    return word[: max(5, len(word) - (len(word) // 4 + 1))]


def search_facts(
    base: FactBase,
    text: str = "",
    region: str | None = None,
    partner: str | None = None,
    kind: str | None = None,
    status: str | None = None,
    since: FactDate | None = None,
    until: FactDate | None = None,
) -> list[Fact]:
    """Facts that match every given condition, oldest first. ``text`` matches whole or
    partial words in any language the fact is written in; a date range matches every
    fact whose date can fall inside it."""
    found: Iterable[Fact] = base.find(region, partner, kind or None)
    if status:
        found = (f for f in found if f.status == status)
    if since:
        found = (f for f in found if f.date.last_day >= since.first_day)
    if until:
        found = (f for f in found if f.date.first_day <= until.last_day)
    wanted = [normalize(word) for word in text.split() if normalize(word)]
    if wanted:
        stems = [f" {_stem(word)}" for word in wanted]
        # each fact's folded words, made on the first search and kept with the base
        words: dict[str, str] = base.derived.get("search words") or {}
        if not words:
            words = base.derived["search words"] = {f.id: _words(f) for f in base.facts}
        found = (
            f
            for f in found
            if all(
                word in words[f.id] or stem in words[f.id] for word, stem in zip(wanted, stems, strict=True)
            )
        )
    return list(found)
