"""Proposals: each candidate fact written as a fact of the base's own schema, with the
sentence it rests on, its source, how it stands against the base, and what it is unsure
of; and each place the registry lacks, as a registry entry to accept.

A proposal's words are briefer's, from the catalogs, in English and in Russian and
Belarusian; its values are the sentence's. Its status is needs-check until an editor
accepts it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..facts import FactBase
from ..places import LANGUAGE_NAMES, Region
from ..text.caseless import caseless
from ..text.i18n import Language
from .articles import Article
from .candidates import Candidate
from .dating import dated_by_article_only
from .extract import Extraction, extract
from .match import Standing, standing
from .places import PlaceFinder
from .sides import oblast_of
from .summaries import BODIES, metric_words, summary

_TOPICS = {"trade turnover": "trade", "exports": "exports", "imports": "imports", "investment": "investment",
           "accredited enterprises": "exports"}  # fmt: skip
_FIELDS = tuple(
    (caseless(pattern, re.I), topic)
    for pattern, topic in (
        (r"туризм|турист|турыз|турыст|touris", "tourism"),
        # («муниципального образования»: a municipality, not schooling)
        (
            r"(?<!ального\s)(?<!альное\s)(?<!альным\s)(?<!альном\s)(?<!альных\s)образовани|адукацы|education|"
            r"университет|універсітэт|universit",
            "education",
        ),
        (r"\bкультур|\bcultur", "culture"),
        (r"здравоохранени|аховы\s+здароўя|медицин|медыцын|health|medic", "health"),
        (r"сельск\w+\s+хозяйств|сельскай\s+гаспадар|аграр|agricultur|farm", "agriculture"),
        (r"промышлен|прамысл|industr", "industry"),
        (r"\bспорт|\bsport", "sport"),
    )
)
_ALL_FIELDS = caseless(
    r"торгово-экономическ|гандлёва-эканамічн|научно-техническ|навукова-тэхнічн|trade,?\s+(?:and\s+)?economic|"
    r"scientific",
    re.I,
)
# a document signed by the sides' departments, not by the regions themselves
_LANGUAGES = ("en", "ru", "be")


@dataclass
class Proposal:
    """A fact proposed from an article, or a place proposed for the registry."""

    id: str
    fact: dict[str, Any] | None
    place: dict[str, Any] | None
    evidence: dict[str, Any]  # the sentence, its start and end in the article's text
    source: dict[str, Any]
    standing: Standing
    notes: list[str] = field(default_factory=list)
    article: str = ""  # the article's key

    @property
    def what(self) -> str:
        if self.place is not None:
            return "place"
        assert self.fact is not None
        return str(self.fact["kind"])

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "what": self.what,
            "fact": self.fact,
            "place": self.place,
            "evidence": self.evidence,
            "source": self.source,
            "match": self.standing.as_json(),
            "notes": self.notes,
            "article": self.article,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Proposal:
        match = data.get("match") or {"status": "new"}
        return cls(
            id=data["id"],
            fact=data.get("fact"),
            place=data.get("place"),
            evidence=data["evidence"],
            source=data["source"],
            standing=Standing(match["status"], match.get("fact"), match.get("how", "")),
            notes=list(data.get("notes") or []),
            article=data.get("article", ""),
        )


def place_finder(base: FactBase) -> PlaceFinder:
    """The base's index of place names, built once per base (a server proposes against
    the same base again and again)."""
    finder: PlaceFinder | None = base.__dict__.get(_FINDER_ATTRIBUTE)
    if finder is None:
        finder = base.__dict__[_FINDER_ATTRIBUTE] = PlaceFinder(base.regions)
    return finder


_FINDER_ATTRIBUTE = "_place_finder"


def propose(articles: Iterable[Article], base: FactBase, today: dt.date) -> list[Proposal]:
    """Every proposal from ``articles``, in the order read, once each."""
    finder = place_finder(base)
    proposals: dict[str, Proposal] = {}
    taken_ids = set(base.by_id)
    for article in articles:
        extraction = extract(article, finder)
        for proposal in _proposals(extraction, base, today, taken_ids):
            proposals.setdefault(proposal.id, proposal)
    return list(proposals.values())


def _proposals(extraction: Extraction, base: FactBase, today: dt.date, taken_ids: set[str]) -> list[Proposal]:
    article = extraction.article
    source = _source(article)
    source_notes = _source_notes(article)
    found: list[Proposal] = []
    seen: set[tuple[object, ...]] = set()
    new_places = {found.region.id for found in extraction.new_places}
    for found_place in extraction.new_places:
        entry = place_entry(found_place.region)
        signature: tuple[object, ...] = ("place", entry["id"])
        if signature in seen or entry["id"] in base.regions.regions:
            continue
        seen.add(signature)
        evidence = _evidence(
            found_place.sentence,
            found_place.start,
            found_place.end,
            found_place.place.start,
            found_place.place.end,
        )
        found.append(
            Proposal(
                _proposal_id(article, found_place.start, signature),
                None,
                entry,
                evidence,
                source,
                Standing("new"),
                list(found_place.notes),
                article.key,
            )
        )
    ties_told = {
        _told_as(c, base)
        for c in extraction.candidates
        if (c.kind in ("twinning", "agreement") or c.event == "days")
        and c.away is not None
        and not dated_by_article_only(c.notes)
    }
    # a fact the body tells again is proposed on the body's fuller sentence, not on the heading's
    heading = len(article.title) if article.title and article.text.startswith(f"{article.title}\n\n") else 0
    facts_from = len(found)
    for candidate in sorted(extraction.candidates, key=lambda c: c.start < heading):
        dated_by_article = dated_by_article_only(candidate.notes)
        if dated_by_article and candidate.away and _told_as(candidate, base) in ties_told:
            # the tie the article dates elsewhere, told again («have signed this Agreement…»); the
            # Days it dates, named again («В рамках Дней Псковской области в Витебске будет…»)
            continue
        if candidate.dated_by and any(
            other.kind == "twinning"
            and not other.dated_by
            and _told_as(other, base) == _told_as(candidate, base)
            for other in extraction.candidates
        ):
            continue  # the tie the article dates, told again as standing
        entry = _fact_entry(candidate, article, source, today, base, taken_ids)
        signature = _signature(entry)
        if signature in seen:
            continue
        seen.add(signature)
        where = standing(
            base,
            entry,
            dated_by_article,
            in_force=candidate.in_force == "now",
            tie_signing=candidate.event in ("twinning signing", "friendship signing"),
            tied_by=candidate.dated_by,
            occasion=candidate.occasion,
        )
        if where.status == "updates" and where.fact:
            entry["supersedes"] = [where.fact]
        notes = [*candidate.notes, *source_notes]
        waiting = [region for region in entry["regions"] if region in new_places]
        if waiting:
            notes.append(f"names a place the registry lacks ({', '.join(waiting)}): accept the place first")
        body = BODIES.search(candidate.sentence) if candidate.kind in ("agreement", "event") else None
        if body:
            bodies = f"the sides' bodies («{body.group()}»)"
            done = f"signed by {bodies}" if candidate.kind == "agreement" else f"{bodies} took part"
            notes.append(f"{done}, not the regions themselves: name them")
        untold = [language for language in ("ru", "be") if language not in entry["translations"]]
        if untold:
            names = ", ".join(
                sorted({r.name for language in untold for r in unnamed_sides(candidate, language)})
            )
            tongues = " or ".join(LANGUAGE_NAMES[language] for language in untold)
            notes.append(f"no {tongues} summary: {names} has no {tongues} name yet; write it on accepting")
        focus = candidate.amount.start if candidate.amount else 0
        focus_end = candidate.amount.end if candidate.amount else 0
        evidence = _evidence(candidate.sentence, candidate.start, candidate.end, focus, focus_end)
        found.append(
            Proposal(
                _proposal_id(article, candidate.start, signature),
                entry,
                None,
                evidence,
                source,
                where,
                notes,
                article.key,
            )
        )
    found[facts_from:] = sorted(found[facts_from:], key=lambda proposal: proposal.evidence["start"])
    return found


def _told_as(candidate: Candidate, base: FactBase) -> tuple[str, str, str]:
    """A tie or a region's Days as the article may tell them twice: its kind and its sides, a
    town as its oblast («Дни Псковской области … в городе Витебске», «…Дней … в Витебске»)."""
    kind = "days" if candidate.event == "days" else candidate.kind
    away = candidate.away.id if candidate.away else ""
    return kind, oblast_of(base.regions, candidate.home).id if kind == "days" else candidate.home.id, away


def _evidence(sentence: str, start: int, end: int, focus: int, focus_end: int) -> dict[str, Any]:
    evidence: dict[str, Any] = {"text": sentence, "start": start, "end": end}
    if focus_end > focus:
        evidence["focus"] = [focus, focus_end]  # the value's place inside the sentence
    return evidence


def _proposal_id(article: Article, start: int, signature: tuple[object, ...]) -> str:
    digest = hashlib.sha256(f"{article.key}|{start}|{signature!r}".encode()).hexdigest()
    return f"p-{digest[:10]}"


def _signature(entry: dict[str, Any]) -> tuple[object, ...]:
    figure = entry.get("figure") or {}
    return (entry["kind"], tuple(entry["regions"]), entry["date"], figure.get("value"), figure.get("unit"),
            figure.get("metric"), entry.get("tie"))  # fmt: skip


def _source(article: Article) -> dict[str, Any]:
    source: dict[str, Any] = {"title": article.title or article.text.split("\n", 1)[0][:120]}
    if article.site:
        source["publisher"] = article.site
    if article.date:
        source["date"] = article.date.isoformat()
    if article.url:
        source["url"] = article.url
    source["language"] = article.language
    return source


def _source_notes(article: Article) -> list[str]:
    notes = []
    if not article.title:
        notes.append("the article gives no title: its first line stands for it")
    if not article.url and not (article.site and article.date):
        notes.append("the source has no address: add its publisher and date, or its URL")
    return notes


def _fact_entry(
    candidate: Candidate,
    article: Article,
    source: dict[str, Any],
    today: dt.date,
    base: FactBase,
    taken: set[str],
) -> dict[str, Any]:
    home, away = candidate.home, candidate.away
    regions = [home.id] + ([away.id] if away and away.id != home.id else [])
    entry: dict[str, Any] = {"id": "", "kind": candidate.kind, "regions": regions, "date": candidate.date}
    summaries = {language: summary(candidate, language) for language in _LANGUAGES}
    entry["summary"] = summaries["en"]
    if candidate.kind == "twinning":
        entry["tie"] = candidate.tie
        entry["topics"] = ["twinning"]
        if candidate.dated_by:
            entry["dated_by"] = True
    elif candidate.kind == "agreement":
        entry["topics"] = ["twinning" if candidate.tie else "diplomacy"]
    elif candidate.kind == "event":
        entry["topics"] = ["diplomacy"]
    if candidate.kind in ("agreement", "event") and not _ALL_FIELDS.search(candidate.sentence):
        # «Протокол о намерениях между Управлением туризма …»: the fields the sentence names (not
        # those of a general agreement «о торгово-экономическом, научно-техническом … сотрудничестве»)
        fields = [topic for pattern, topic in _FIELDS if pattern.search(candidate.sentence)]
        entry["topics"] += fields if len(fields) <= 2 else []  # (three or more: talks of everything)
    # a place named only in Latin letters would stand in a Russian sentence untranslated and
    # undeclined: that summary is left for the editor to write
    translations: dict[str, dict[str, str]] = {
        language: {"summary": summaries[language]}
        for language in ("ru", "be")
        if not unnamed_sides(candidate, language)
    }
    if candidate.kind == "figure":
        assert candidate.amount is not None and candidate.period is not None and candidate.metric is not None
        amount = candidate.amount
        scope: dict[str, Any] = {"of": home.id}
        if away is not None:
            scope["with"] = away.id
        figure: dict[str, Any] = {
            "metric": candidate.metric,
            "value": int(amount.value) if float(amount.value).is_integer() else amount.value,
            "unit": amount.unit,
            "period": candidate.period.text,
        }
        if amount.qualifier:
            figure["qualifier"] = amount.qualifier
        if candidate.change_pct is not None:
            figure["change_pct"] = candidate.change_pct
        if candidate.compared_with:
            figure["compared_with"] = candidate.compared_with
        entry["scope"] = scope
        entry["figure"] = figure
        flow = candidate.metric.removeprefix("growth of ").split(" of ")[0]  # "exports of meat products"
        entry["topics"] = [_TOPICS.get(flow, "trade")]
        for language in translations:
            words = Language(language)
            translations[language]["metric"] = metric_words(words, candidate.metric)
            translations[language]["period"] = words.period(candidate.period.text)
    if candidate.reported:
        entry["reported"] = candidate.reported
    entry["status"] = "needs-check"
    entry["sources"] = [dict(source)]
    entry["added"] = today.isoformat()
    entry["translations"] = translations
    entry["id"] = _free_id(base, taken, "-".join([*regions, candidate.kind, candidate.date]))
    return entry


def unnamed_sides(candidate: Candidate, language: str) -> list[Region]:
    """The sides with no name in ``language`` yet: new places named only in Latin letters."""
    sides = [candidate.home, candidate.away] if candidate.away else [candidate.home]
    return [region for region in sides if region.name_in(language) is None]


def _free_id(base: FactBase, taken: set[str], wanted: str) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", wanted.lower()).strip("-")[:100]
    candidate, number = stem, 2
    while candidate in taken or candidate in base.by_id:
        candidate, number = f"{stem}-{number}", number + 1
    taken.add(candidate)
    return candidate


def place_entry(region: Region) -> dict[str, Any]:
    """A provisional region as the registry entry an editor accepts."""
    entry: dict[str, Any] = {"id": region.id, "name": region.name}
    if region.names:
        entry["names"] = dict(region.names)
    entry["kind"] = region.kind
    if region.country:
        entry["country"] = region.country
    if region.parent:
        entry["parent"] = region.parent
    if region.aliases:
        entry["aliases"] = list(region.aliases)
    return entry
