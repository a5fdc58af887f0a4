"""Reading one fact entry from YAML: every problem found, with its line and a fix.

Validation collects problems instead of failing at the first, so that an editor sees
everything wrong with a file in one run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..errors import Problem
from ..places import RegionRegistry
from ..text.formatting import CURRENCIES
from ..yamlload import LocatedDict
from .model import (
    _COUNT_NOUN,
    _CURRENCY_WORDS,
    _ID_PATTERN,
    FACT_FIELDS,
    FACT_KINDS,
    FIGURE_FIELDS,
    HEADLINE_MAX_CHARS,
    HEADLINE_MAX_WORDS,
    LANGUAGES,
    MAX_FACT_ID,
    MAX_YEAR,
    MIN_YEAR,
    QUALIFIERS,
    QUOTE_FIELDS,
    SCOPE_FIELDS,
    SOURCE_FIELDS,
    STATUSES,
    TIES,
    TOPICS,
    TRANSLATED_FIELDS,
    Fact,
    FactDate,
    Figure,
    Quote,
    Scope,
    Source,
)
from .reader import LANGUAGE_CODE, MAX_NUMBER, WEB_ADDRESS, FactReader, plain_number


def fact_from_entry(entry: object, path: str, registry: RegionRegistry) -> tuple[Fact | None, list[Problem]]:
    if not isinstance(entry, LocatedDict):
        return None, [
            Problem(
                path,
                None,
                f"a fact must be a mapping of fields, not {entry!r}",
                "start each fact with '- id: ...' followed by its fields",
            )
        ]
    reader = FactReader(entry, path)
    reader.unknown_keys(entry, FACT_FIELDS, "a fact")

    fact_id = reader.text("id")
    if fact_id and not _ID_PATTERN.match(fact_id):
        reader.problem("id", f"id {fact_id!r} is not kebab-case", "use lowercase letters, digits and hyphens")
    elif fact_id and len(fact_id) > MAX_FACT_ID:
        reader.problem(
            "id",
            f"id {fact_id[:40]!r}… is {len(fact_id)} characters long",
            f"shorten it to {MAX_FACT_ID} or fewer",
        )
    kind = reader.choice("kind", FACT_KINDS, None)
    if "kind" not in entry:
        reader.problem(None, "missing required field 'kind'", f"add 'kind: ...' ({', '.join(FACT_KINDS)})")

    regions = reader.text_list("regions", required=True)
    if "regions" in entry and not regions and isinstance(entry.get("regions"), list):
        reader.problem("regions", "regions is empty", "list at least one region id")
    for region_id in regions:
        if region_id not in registry:
            reader.problem(
                "regions",
                f"unknown region id {region_id!r}",
                "use an id from regions.yaml ('briefer regions' lists them) or add the region there",
            )

    date = None
    if "date" not in entry:
        reader.problem(None, "missing required field 'date'", "add 'date: YYYY', 'YYYY-MM' or 'YYYY-MM-DD'")
    else:
        try:
            date = FactDate.parse(entry["date"])
        except ValueError as error:
            reader.problem("date", f"bad date: {error}", "write YYYY, YYYY-MM or YYYY-MM-DD")

    added = None
    if "added" not in entry:
        reader.problem(
            None,
            "missing required field 'added'",
            "add 'added: YYYY-MM-DD', the day the fact entered the base",
        )
    else:
        try:
            added_date = FactDate.parse(entry["added"])
            if not added_date.day:
                raise ValueError(f"{entry['added']!r} needs a day")
            added = dt.date(added_date.year, added_date.month, added_date.day)
        except ValueError as error:
            reader.problem("added", f"bad 'added' date: {error}", "write YYYY-MM-DD")

    summary = reader.text("summary")
    status = reader.choice("status", STATUSES, "verified")
    topics = reader.text_list("topics")
    for topic in topics:
        if topic not in TOPICS:
            reader.problem("topics", f"unknown topic {topic!r}", f"use topics from: {', '.join(TOPICS)}")
    organisations = reader.text_list("organisations")
    disputes = reader.text_list("disputes")
    if status == "disputed" and not disputes:
        reader.problem(
            "status",
            "is disputed but names no contradicting fact",
            "add 'disputes: [other-fact-id]'",
        )
    if disputes and status != "disputed":
        reader.problem(
            "disputes", "lists disputes but its status is not 'disputed'", "set 'status: disputed'"
        )

    sources = _read_sources(reader)
    figure = _read_figure(reader, kind)
    quote = _read_quote(reader, kind)
    tie = reader.choice("tie", TIES, None)
    if tie and kind != "twinning":
        reader.problem("tie", "only a twinning fact has a 'tie'", "remove 'tie' or set 'kind: twinning'")
    if kind == "twinning" and len(regions) != 2:
        reader.problem(
            "regions",
            f"a twinning links exactly two regions, not {len(regions)}",
            "list the Belarusian side and its partner",
        )

    scope = _read_scope(reader, kind, regions, registry)
    expires, never_expires = _read_expiry(reader)
    reported = None
    if "reported" in entry:
        try:
            reported = FactDate.parse(entry["reported"])
        except ValueError as error:
            reader.problem("reported", f"bad 'reported' date: {error}", "write YYYY, YYYY-MM or YYYY-MM-DD")
    supersedes = reader.text_list("supersedes")
    deprecated = reader.text("deprecated", required=False)
    if deprecated is not None and not deprecated.strip():
        reader.problem("deprecated", "'deprecated' gives no reason", "say why the claim is wrong")
        deprecated = None
    if deprecated and (status == "disputed" or disputes):
        reader.problem(
            "deprecated",
            "a deprecated claim is no live rival, yet it is marked disputed",
            "remove 'status: disputed' and 'disputes' here, and this fact's id from the other's 'disputes'",
        )
    translations = _read_translations(reader)
    dated_by = entry.get("dated_by", False)
    if not isinstance(dated_by, bool):
        reader.problem(
            "dated_by", f"dated_by must be true or false, not {dated_by!r}", "write 'dated_by: true'"
        )
        dated_by = False
    added_by = reader.text("added_by", required=False)
    reviewed_by = reader.text("reviewed_by", required=False)
    headline = reader.text("headline", required=False)
    if headline:
        words = len(headline.split())
        if words > HEADLINE_MAX_WORDS or len(headline) > HEADLINE_MAX_CHARS:
            reader.problem(
                "headline",
                f"headline has {words} words and {len(headline)} characters",
                f"keep it to {HEADLINE_MAX_WORDS} words and {HEADLINE_MAX_CHARS} characters: "
                "who did what, not the whole fact",
            )

    if reader.problems or not (fact_id and kind and summary and date and added and status):
        return None, reader.problems
    return Fact(
        id=fact_id,
        kind=kind,
        regions=regions,
        date=date,
        summary=summary.strip(),
        sources=sources,
        added=added,
        status=status,
        topics=topics,
        organisations=organisations,
        disputes=disputes,
        figure=figure,
        quote=quote,
        tie=(tie or "twinned") if kind == "twinning" else None,
        scope=scope,
        expires=expires,
        never_expires=never_expires,
        reported=reported,
        headline=headline.strip() if headline else None,
        supersedes=supersedes,
        deprecated=deprecated.strip() if deprecated else None,
        dated_by=dated_by,
        added_by=added_by.strip() if added_by else None,
        reviewed_by=reviewed_by.strip() if reviewed_by else None,
        translations=translations,
        path=path,
        line=entry.line,
    ), []


def _read_sources(reader: FactReader) -> tuple[Source, ...]:
    value = reader.entry.get("sources")
    if value is None:
        reader.problem(
            None,
            "has no source: a fact without a source is not a fact",
            "add 'sources:' with at least a title and a URL or a full reference",
        )
        return ()
    if not isinstance(value, list) or not value:
        reader.problem(
            "sources",
            "has no source: 'sources' must be a non-empty list",
            "add '- title: ...' and 'url: ...' under 'sources:'",
        )
        return ()
    sources = []
    for item in value:
        if not isinstance(item, LocatedDict):
            reader.problem("sources", "each source must be a mapping with a title", "write '- title: ...'")
            continue
        reader.unknown_keys(item, SOURCE_FIELDS, "a source")
        title = reader.text("title", item)
        year = item.get("year")
        if year is not None and (plain_number(year) is None or not MIN_YEAR <= year <= MAX_YEAR):
            reader.problem(
                "year",
                f"source year {year!r} must be a year from {MIN_YEAR} to {MAX_YEAR}",
                "write 'year: 2021'",
                item,
            )
            year = None
        if (
            title
            and not item.get("url")
            and not ((item.get("author") or item.get("publisher")) and (item.get("year") or item.get("date")))
        ):
            reader.problem(
                None,
                "source has neither a URL nor a full reference",
                "add 'url:', or 'author:' (or 'publisher:') and 'year:'",
                item,
            )
        published = None
        if item.get("date") is not None:
            try:
                published = FactDate.parse(item["date"])
            except ValueError as error:
                reader.problem(
                    "date", f"bad source date: {error}", "write the page's date as YYYY-MM-DD", item
                )
            else:
                if year is not None and year != published.year:
                    reader.problem(
                        "year",
                        f"source year {year} disagrees with its date {published}",
                        "drop 'year:'; the date gives it",
                        item,
                    )
                year = published.year
        language = reader.text("language", item, required=False)
        if language is not None and not LANGUAGE_CODE.match(language):
            reader.problem(
                "language",
                f"source language {language!r} is not a two-letter language code",
                "write the language the title is in: 'language: ru' (en, ru, be, zh, uz...)",
                item,
            )
            language = None
        translated = item.get("translated", False)
        if not isinstance(translated, bool):
            reader.problem(
                "translated", "'translated' must be true or false", "write 'translated: true'", item
            )
            translated = False
        elif translated and language is None:
            reader.problem(
                "translated",
                "a translated title needs the language it is translated into",
                "add 'language: en' (the title's language) and keep the original where you have it",
                item,
            )
        url = reader.text("url", item, required=False)
        if url is not None and not WEB_ADDRESS.match(url):
            # a source is a page to open: http or https, nothing a browser would run
            reader.problem(
                "url",
                f"source url {url!r} is not a web address",
                "write the page's address, starting with https:// or http://",
                item,
            )
            url = None
        if title:
            sources.append(
                Source(
                    title=title.strip(),
                    author=reader.text("author", item, required=False),
                    publisher=reader.text("publisher", item, required=False),
                    year=int(year) if year is not None else None,
                    url=url,
                    pages=reader.text("pages", item, required=False),
                    note=reader.text("note", item, required=False),
                    date=str(published) if published and published.month else None,
                    language=language,
                    translated=translated,
                )
            )
    return tuple(sources)


def _read_figure(reader: FactReader, kind: str | None) -> Figure | None:
    block = reader.mapping("figure")
    if block is None:
        if kind == "figure" and "figure" not in reader.entry:
            reader.problem(
                None,
                "a figure fact needs a 'figure' block",
                "add 'figure:' with metric, value, unit and period",
            )
        return None
    if kind != "figure":
        reader.problem("figure", "only a 'kind: figure' fact carries a figure", "set 'kind: figure'")
    reader.unknown_keys(block, FIGURE_FIELDS, "a figure")
    metric = reader.text("metric", block)
    value = plain_number(block.get("value"))
    if "value" not in block:
        reader.problem(None, "figure has no value", "add 'value: <number>'", block)
    elif value is None:
        reader.problem(
            "value",
            f"figure value {str(block['value'])[:40]!r} must be a plain finite number "
            f"no larger than {MAX_NUMBER:,}",
            "write digits only, e.g. 95000000 for USD 95 million",
            block,
        )
    unit = reader.text("unit", block, required=False)
    if unit is None:
        reader.problem(
            "figure",
            "figure has no unit",
            "add 'unit:' (USD, EUR, BYN, percent, times, or what is counted)",
        )
    elif unit.casefold() in _CURRENCY_WORDS:
        reader.problem(
            "unit",
            f"unit {unit!r} is a currency written as a word",
            f"write the currency code: 'unit: {_CURRENCY_WORDS[unit.casefold()]}'",
            block,
        )
        unit = None
    elif unit not in (*CURRENCIES, "percent", "times") and not _COUNT_NOUN.match(unit):
        reader.problem(
            "unit",
            f"unit {unit!r} is not a currency code, 'percent', 'times' or an English count noun",
            "write a currency as its code (USD, EUR, BYN, RUB, CNY) or what is counted in English, "
            "lower case ('companies', 'tonnes'); briefs translate units themselves",
            block,
        )
        unit = None
    period = reader.text("period", block, required=False)
    if period is None:
        reader.problem(
            "figure",
            "figure has no period",
            "add 'period:' (the year or months the value covers, e.g. \"Q1 2021\")",
        )
    qualifier = reader.text("qualifier", block, required=False)
    change_qualifier = reader.text("change_qualifier", block, required=False)
    for key, word in (("qualifier", qualifier), ("change_qualifier", change_qualifier)):
        if word and word not in QUALIFIERS:
            reader.problem(
                key, f"{key} {word!r} is not allowed", f"use one of: {', '.join(QUALIFIERS)}", block
            )
    if value is not None and unit == "percent" and "share" in (metric or "").casefold() and value > 100:
        reader.problem(
            "value",
            f"a share of {format_plain(value)} percent is impossible",
            "a share is at most 100 percent: check the source",
            block,
        )
    change = block.get("change_pct")
    if change is not None and plain_number(change) is None:
        reader.problem(
            "change_pct",
            f"change_pct {str(change)[:40]!r} must be a finite number no larger than {MAX_NUMBER:,}",
            "write e.g. 'change_pct: 58'",
            block,
        )
        change = None
    if change_qualifier and change is None:
        reader.problem(
            "change_qualifier",
            "change_qualifier qualifies a change, but the figure has no change_pct",
            "add 'change_pct:' or remove 'change_qualifier'",
            block,
        )
    if not (metric and value is not None and unit and period):
        return None
    return Figure(
        metric,
        value,
        unit,
        period,
        qualifier,
        change,
        reader.text("compared_with", block, required=False),
        change_qualifier,
    )


def format_plain(value: float) -> str:
    """A number for a message: 120 or 12.5."""
    return str(int(value)) if float(value).is_integer() else str(value)


def _read_scope(
    reader: FactReader, kind: str | None, regions: Sequence[str], registry: RegionRegistry
) -> Scope | None:
    block = reader.mapping("scope")
    if block is None:
        if kind == "figure" and "scope" not in reader.entry:
            reader.problem(
                None,
                "figure has no scope: say whose figure it is",
                f"add {_suggested_scope(regions, registry)} (facts/README.md, 'Scope', has examples)",
            )
        return None
    reader.unknown_keys(block, SCOPE_FIELDS, "a scope")
    of = reader.text("of", block)
    body = reader.text("body", block, required=False)
    with_ = block.get("with")
    if isinstance(with_, list):
        reader.problem(
            "with",
            "'with' names the one counterpart of a bilateral figure",
            "for several destinations together write 'among: [a, b]' instead",
            block,
        )
        with_ = None
    among_value = block.get("among")
    among: tuple[str, ...] = ()
    if among_value is not None:
        if not isinstance(among_value, list) or not all(isinstance(v, str) for v in among_value):
            reader.problem("among", "'among' must be a list of region ids", "write 'among: [a, b]'", block)
        else:
            among = tuple(among_value)
            if len(among) == 1:
                reader.problem(
                    "among",
                    "'among' lists one region",
                    f"a figure with one counterpart is bilateral: write 'with: {among[0]}'",
                    block,
                )
    group = reader.text("group", block, required=False)
    if with_ is not None and (among or group):
        reader.problem(
            "with",
            "a scope is either bilateral ('with') or over several destinations ('among', 'group')",
            "keep 'with' for one counterpart, or 'among'/'group' for several",
            block,
        )
    named = [(key, value) for key, value in (("of", of), ("with", with_)) if value is not None]
    named += [("among", value) for value in among]
    for key, value in named:
        value = str(value)
        if value not in registry:
            reader.problem(
                key, f"scope names unknown region id {value!r}", "use an id from regions.yaml", block
            )
        elif value not in regions:
            reader.problem(
                key,
                f"scope names {value!r}, which is not among the fact's regions",
                f"add {value!r} to 'regions', or correct the scope",
                block,
            )
    if of is None:
        return None
    return Scope(
        of=of,
        body=body.strip() if body else None,
        with_=str(with_) if with_ is not None else None,
        among=among,
        group=group.strip() if group else None,
    )


def _suggested_scope(regions: Sequence[str], registry: RegionRegistry) -> str:
    """The scope a figure most likely has, written out as the fix for a missing one."""
    home = [r for r in regions if r in registry and registry.get(r).country_id == "belarus"]
    of = (home or list(regions) or ["<region id>"])[0]
    away = [r for r in regions if r in registry and r not in home and r != of]
    # A place inside another listed partner is part of it, not a second destination.
    away = [r for r in away if not any(o != r and registry.within(r, o) for o in away)]
    if len(away) == 1:
        return f"'scope: {{of: {of}, with: {away[0]}}}' for a figure between the two"
    if len(away) > 1:
        return f"'scope: {{of: {of}, among: [{', '.join(away)}]}}' for a total over several partners"
    return f"'scope: {{of: {of}}}' for {of}'s own figure"


def _read_expiry(reader: FactReader) -> tuple[dt.date | None, bool]:
    """'expires: YYYY-MM-DD' or 'expires: never' (a claim that is history)."""
    if "expires" not in reader.entry:
        return None, False
    value = reader.entry["expires"]
    if str(value).strip().lower() == "never":
        return None, True
    try:
        parsed = FactDate.parse(value)
    except ValueError as error:
        reader.problem("expires", f"bad 'expires': {error}", "write YYYY-MM-DD, or 'never' for history")
        return None, False
    return parsed.last_day, False


def _read_quote(reader: FactReader, kind: str | None) -> Quote | None:
    block = reader.mapping("quote")
    if block is None:
        if kind == "quote":
            reader.problem(
                None,
                "a quote fact needs a 'quote' block",
                "add 'quote:' with text, speaker and role",
            )
        return None
    reader.unknown_keys(block, QUOTE_FIELDS, "a quote")
    text = reader.text("text", block)
    speaker = reader.text("speaker", block)
    if not (text and speaker):
        return None
    return Quote(text.strip(), speaker, reader.text("role", block, required=False))


def _read_translations(reader: FactReader) -> dict[str, dict[str, str]]:
    """translations: {ru: {summary: ..., metric: ...}, be: {...}} — words only, never figures."""
    block = reader.mapping("translations")
    if block is None:
        return {}
    found: dict[str, dict[str, str]] = {}
    for language, fields in block.items():
        if language not in LANGUAGES or language == "en":
            reader.problem(
                "translations",
                f"unknown language {language!r} in translations",
                "use ru or be (the summary itself is English)",
                block,
            )
            continue
        if not isinstance(fields, LocatedDict):
            reader.problem(
                "translations", f"translations.{language} must be a mapping", "write 'summary: ...'", block
            )
            continue
        reader.unknown_keys(fields, TRANSLATED_FIELDS, f"translations.{language}")
        texts = {}
        for key in TRANSLATED_FIELDS:
            value = reader.text(key, fields, required=False)
            if value:
                texts[key] = value.strip()
        found[str(language)] = texts
    return found
