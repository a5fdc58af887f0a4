"""The region registry: every Belarusian region and partner, and name resolution.

Journalists spell places many ways (Gomel, Homiel, Гомель, Гомельская вобласць;
Sichuan, 四川, Сычуань). Resolution ignores case, accents, spacing and punctuation,
tries the id first, then names and aliases, then the name without a generic word such
as "region" or "province", and offers near misses when nothing matches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import AmbiguousRegionError, Problem, UnknownRegionError
from .region import Region, normalize, strip_generic

# characters that reorder or hide text: bidi embeddings, overrides and isolates, marks
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# characters that are Markdown or HTML syntax: a name goes into titles and headings as it is
_MARKUP = re.compile(r"[\[\]<>*_`|\\{}]")
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def close_matches(word: str, possibilities: Iterable[str], n: int, cutoff: float) -> list[str]:
    """difflib's, imported for a misspelling only: a name spelt right never needs it."""
    from difflib import get_close_matches as close

    return close(word, possibilities, n=n, cutoff=cutoff)


def _spellings(region: Region) -> list[str]:
    return [
        region.name,
        *([region.short] if region.short else []),
        *region.aliases,
        *(n for _, n in region.names),
    ]


def _spelling_problem(spelling: str) -> tuple[str, str, str] | None:
    """Why a place's spelling cannot stand (an error) or looks like a trick (a warning)."""
    if _BIDI.search(spelling):
        return (
            f"the spelling {spelling!r} holds a character that reorders or hides text",
            "type the name again without it",
            "error",
        )
    markup = _MARKUP.search(spelling)
    if markup:
        return (
            f"the spelling {spelling!r} holds {markup.group()!r}, which is markup in a brief",
            "write the name as it is spelt, without brackets, asterisks or underscores",
            "error",
        )
    for word in spelling.split():
        scripts = {
            script
            for char in word
            if char.isalpha()
            for script in _SCRIPTS
            if unicodedata.name(char, "").startswith(script)
        }
        if len(scripts) > 1:
            return (
                f"the spelling {spelling!r} mixes {' and '.join(sorted(s.title() for s in scripts))} letters "
                f"in {word!r}: it looks like another name but does not match it",
                "retype the word in one alphabet",
                "warning",
            )
    return None


REGION_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\Z")
MAX_REGION_ID = 60  # a brief's file name holds two region ids and a kind

REGION_KINDS = (
    "country",
    "oblast",
    "city",
    "province",
    "municipality",
    "autonomous-region",
    "krai",
    "republic",
    "region",
    "district",
    "county",
    "state",
    "world-region",
    "union",
)


# Generic words people add to a place name; dropped for a second, looser match.
@dataclass
class RegionRegistry:
    """The curated regions, and behind them every country and every region of Russia,
    China and Uzbekistan from ISO 3166 (loaded only when a name or id is not curated)."""

    regions: dict[str, Region] = field(default_factory=dict)
    iso_fallback: bool = True

    def __post_init__(self) -> None:
        self._iso: RegionRegistry | None = None
        self._iso_spellings: dict[str, set[str]] = {}
        self._by_spelling: dict[str, set[str]] = {}
        self._by_loose_spelling: dict[str, set[str]] = {}
        for region in self.regions.values():
            for spelling in region.spellings():
                self._by_spelling.setdefault(normalize(spelling), set()).add(region.id)
                loose = strip_generic(spelling)
                if loose:
                    self._by_loose_spelling.setdefault(loose, set()).add(region.id)

    def __contains__(self, region_id: object) -> bool:
        if region_id in self.regions:
            return True
        return isinstance(region_id, str) and region_id in self.iso().regions

    def __iter__(self) -> Iterator[Region]:
        return iter(self.regions.values())

    def __len__(self) -> int:
        return len(self.regions)

    def get(self, region_id: str) -> Region:
        found = self.regions.get(region_id)
        return found if found is not None else self.iso().regions[region_id]

    def iso(self) -> RegionRegistry:
        """The ISO 3166 places the curated registry lacks (empty without the fallback)."""
        if self._iso is None:
            places: dict[str, Region] = {}
            if self.iso_fallback:
                from .iso import iso_places

                found, spellings = iso_places(self._curated_id)
                places = {r.id: r for r in found if r.id not in self.regions}
                # The ISO and translated spellings of curated places resolve to them too.
                for region_id, names in spellings.items():
                    for name in names:
                        self._iso_spellings.setdefault(normalize(name), set()).add(region_id)
            self._iso = RegionRegistry(places, iso_fallback=False)
        return self._iso

    def _curated_id(self, spelling: str) -> str | None:
        """The curated region a spelling names, if exactly one."""
        for index, key in (
            (self._by_spelling, normalize(spelling)),
            (self._by_loose_spelling, strip_generic(spelling)),
        ):
            ids = index.get(key, set())
            if len(ids) == 1:
                return next(iter(ids))
        return None

    def named(self, spelling: str) -> list[Region]:
        """The curated regions a spelling names exactly, in any of their names or aliases."""
        return [self.regions[i] for i in sorted(self._by_spelling.get(normalize(spelling), set()))]

    def resolve(self, name: str) -> Region:
        """The region a user means by ``name``, or a UsageError that says why not."""
        try:
            return self._resolve_curated(name)
        except UnknownRegionError as unknown:
            if not self.iso_fallback:
                raise
            iso = self.iso()
            known = self._iso_spellings.get(normalize(name), set())
            if len(known) == 1:
                return self.get(next(iter(known)))
            try:
                return iso._resolve_curated(name)
            except UnknownRegionError as iso_unknown:
                raise UnknownRegionError(name, (unknown.suggestions + iso_unknown.suggestions)[:3]) from None

    def _resolve_curated(self, name: str) -> Region:
        wanted = name.strip()
        if wanted in self.regions:
            return self.regions[wanted]
        for index in (self._by_spelling, self._by_loose_spelling):
            key = normalize(wanted) if index is self._by_spelling else strip_generic(wanted)
            matches = index.get(key, set())
            if len(matches) == 1:
                return self.regions[next(iter(matches))]
            if matches:
                raise AmbiguousRegionError(name, [self.describe(i) for i in sorted(matches)])
        raise UnknownRegionError(name, self._near_misses(wanted))

    def _near_misses(self, name: str, limit: int = 3) -> list[str]:
        suggestions: list[str] = []
        # the whole name; failing that, the name without its generic words, so that an
        # adjective form ("Сычуаньская провинция") comes close to the place ("Сычуань")
        for index, key in (
            (self._by_spelling, normalize(name)),
            (self._by_loose_spelling, strip_generic(name)),
        ):
            if suggestions:
                break
            for spelling in close_matches(key, index, n=8, cutoff=0.7):
                for region_id in sorted(index[spelling]):
                    if region_id not in suggestions:
                        suggestions.append(region_id)
        return [self.describe(region_id) for region_id in suggestions[:limit]]

    def describe(self, region_id: str) -> str:
        region = self.regions[region_id]
        return f"{region.id} ({region.name})"

    def ancestors(self, region_id: str) -> list[str]:
        """The region's parents, nearest first (its country last where it has one)."""
        chain: list[str] = []
        current = self.get(region_id)
        while current.parent and current.parent not in chain and current.parent in self:
            chain.append(current.parent)
            current = self.get(current.parent)
        return chain

    def within(self, region_id: str, container_id: str) -> bool:
        """True if ``region_id`` is ``container_id`` or lies inside it."""
        return region_id == container_id or container_id in self.ancestors(region_id)

    def in_country(self, country_id: str) -> Iterable[Region]:
        return (r for r in self.regions.values() if r.country_id == country_id)


_REGION_FIELDS = {"id", "name", "names", "forms", "kind", "country", "parent", "aliases", "short", "article"}
LANGUAGE_NAMES = {"ru": "Russian", "be": "Belarusian"}


def _names(entry: Any, path: str, problems: list[Problem]) -> tuple[tuple[str, str], ...]:
    """names: {ru: ..., be: ...}: the region's official names in the desks' languages."""
    value = entry.get("names")
    if value is None:
        return ()
    if not isinstance(value, dict) or not all(isinstance(v, str) and v.strip() for v in value.values()):
        problems.append(
            Problem(
                path,
                entry.line_of("names"),
                "names must map ru and be to names",
                "write 'names: {ru: ..., be: ...}'",
            )
        )
        return ()
    unknown = sorted(set(value) - {"ru", "be"})
    if unknown:
        problems.append(
            Problem(
                path, entry.line_of("names"), f"unknown language {unknown[0]!r} in names", "use ru and be"
            )
        )
    return tuple((str(k), str(v).strip()) for k, v in sorted(value.items()) if k in ("ru", "be"))


def _forms(
    entry: Any, path: str, problems: list[Problem], names: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """forms: {ru: {gen: ..., dat: ..., acc: ..., ins: ..., loc: ...}, be: indeclinable}:
    the official names' cases, so that a sentence never brackets a name."""
    from ..text.grammar import INDECLINABLE, OBLIQUE_CASES

    value = entry.get("forms")
    if value is None:
        return ()
    line = entry.line_of("forms")
    example = (
        "write 'forms: {ru: {gen: ..., dat: ..., acc: ..., ins: ..., loc: ...}}' "
        "or 'forms: {ru: indeclinable}'"
    )
    if not isinstance(value, dict):
        problems.append(Problem(path, line, "forms must map ru and be to a name's cases", example))
        return ()
    official = dict(names)
    result = []
    for language, cases in sorted(value.items()):
        if language not in ("ru", "be"):
            problems.append(Problem(path, line, f"unknown language {language!r} in forms", "use ru and be"))
            continue
        if language not in official:
            problems.append(
                Problem(
                    path,
                    line,
                    f"forms in {language} but no name in {language}",
                    f"add names: {{{language}: ...}}",
                )
            )
            continue
        if cases == INDECLINABLE:
            result.append((language, (official[language],) * len(OBLIQUE_CASES)))
            continue
        if not isinstance(cases, dict) or not all(isinstance(v, str) and v.strip() for v in cases.values()):
            problems.append(Problem(path, line, f"forms in {language} must map cases to names", example))
            continue
        unknown = sorted(set(cases) - set(OBLIQUE_CASES))
        missing = [case for case in OBLIQUE_CASES if case not in cases]
        if unknown or missing:
            detail = f"unknown case {unknown[0]!r}" if unknown else f"no {', '.join(missing)}"
            problems.append(
                Problem(
                    path,
                    line,
                    f"forms in {language}: {detail}",
                    "give gen, dat, acc, ins and loc (the nominative is the name itself)",
                )
            )
            continue
        result.append((language, tuple(str(cases[case]).strip() for case in OBLIQUE_CASES)))
    return tuple(result)


def registry_from_data(
    data: object, path: str, base: RegionRegistry | None = None
) -> tuple[RegionRegistry, list[Problem]]:
    """Build the registry from parsed regions.yaml, reporting every problem found.

    With ``base`` (a lower layer's registry) the file adds regions to it, and its
    regions may name the base's regions as country or parent.
    """
    from ..yamlload import LocatedDict

    problems: list[Problem] = []
    if not isinstance(data, list):
        problems.append(
            Problem(
                path,
                1,
                "the region registry must be a list of regions",
                "start each region with '- id: ...'",
            )
        )
        return base or RegionRegistry(), problems
    inherited = dict(base.regions) if base else {}
    regions: dict[str, Region] = {}
    lines: dict[str, int] = {}
    for entry in data:
        if not isinstance(entry, LocatedDict):
            problems.append(Problem(path, None, f"a region must be a mapping, not {entry!r}"))
            continue
        for key in sorted(set(entry) - _REGION_FIELDS):
            problems.append(
                Problem(
                    path,
                    entry.line_of(key),
                    f"unknown key {key!r} in a region",
                    f"use only: {', '.join(sorted(_REGION_FIELDS))}",
                )
            )
        for key in ("id", "name", "kind"):
            if isinstance(entry.get(key), bool):  # YAML 1.1 reads no, yes, on, off as booleans
                problems.append(
                    Problem(
                        path,
                        entry.line_of(key),
                        f"region {key} reads as the boolean {str(entry[key]).lower()}, not text",
                        f"quote it, e.g. {key}: 'no'",
                    )
                )
        if any(isinstance(entry.get(key), bool) for key in ("id", "name", "kind")):
            continue
        missing = [key for key in ("id", "name", "kind") if not entry.get(key)]
        for key in missing:
            problems.append(Problem(path, entry.line, f"region is missing {key!r}", f"add '{key}: ...'"))
        if missing:
            continue
        region_id = str(entry["id"])
        if not REGION_ID.match(region_id):
            problems.append(
                Problem(
                    path,
                    entry.line_of("id"),
                    f"region id {region_id!r} is not kebab-case: ids become file names, so only "
                    "lowercase ASCII letters, digits and single hyphens are allowed",
                    "write it like 'escape-land' or 'minsk-oblast'",
                )
            )
            continue
        if len(region_id) > MAX_REGION_ID:
            problems.append(
                Problem(
                    path,
                    entry.line_of("id"),
                    f"region id {region_id[:40]!r}… is {len(region_id)} characters long; ids become "
                    f"file names, so at most {MAX_REGION_ID} are allowed",
                    "shorten the id; the name and aliases can stay as long as they are",
                )
            )
            continue
        if region_id in inherited:
            problems.append(
                Problem(
                    path,
                    entry.line_of("id"),
                    f"region id {region_id!r} is already in the built-in registry",
                    "use the built-in region, or choose another id for yours",
                )
            )
            continue
        if region_id in regions:
            problems.append(
                Problem(
                    path,
                    entry.line_of("id"),
                    f"duplicate region id {region_id!r} (first at line {lines[region_id]})",
                    "give each region a unique id",
                )
            )
            continue
        if entry["kind"] not in REGION_KINDS:
            problems.append(
                Problem(
                    path,
                    entry.line_of("kind"),
                    f"unknown region kind {entry['kind']!r}",
                    f"use one of: {', '.join(REGION_KINDS)}",
                )
            )
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str | int) for a in aliases):
            problems.append(Problem(path, entry.line_of("aliases"), "aliases must be a list of names"))
            aliases = []
        regions[region_id] = Region(
            id=region_id,
            name=str(entry["name"]),
            kind=str(entry["kind"]),
            country=str(entry["country"]) if entry.get("country") else None,
            parent=str(entry["parent"]) if entry.get("parent") else None,
            aliases=tuple(str(a) for a in aliases),
            short=str(entry["short"]) if entry.get("short") else None,
            article=str(entry["article"]) if entry.get("article") else None,
            names=(names := _names(entry, path, problems)),
            forms=_forms(entry, path, problems, names),
        )
        for language, _name in regions[region_id].names:
            if regions[region_id].forms_in(language) is None:
                problems.append(
                    Problem(
                        path,
                        entry.line_of("names"),
                        f"region {region_id!r} has no {LANGUAGE_NAMES[language]} case forms, so "
                        f"{LANGUAGE_NAMES[language]} briefs can only guess them",
                        f"run 'briefer facts forms {region_id}', check the draft it prints and add it here",
                        severity="warning",
                    )
                )
        forms = [form for _language, cases in regions[region_id].forms for form in cases]
        for spelling in [*_spellings(regions[region_id]), *forms]:
            problem = _spelling_problem(spelling)
            if problem:
                message, hint, severity = problem
                problems.append(Problem(path, entry.line, message, hint, severity))
        if entry.get("article") not in (None, "the"):
            problems.append(
                Problem(
                    path,
                    entry.line_of("article"),
                    f"article {entry['article']!r} is not allowed",
                    "write 'article: the' or leave it out",
                )
            )
        lines[region_id] = entry.line
    known = {**inherited, **regions}
    for region in regions.values():
        for key in ("country", "parent"):
            target = getattr(region, key)
            if target and target not in known:
                problems.append(
                    Problem(
                        path,
                        lines[region.id],
                        f"region {region.id!r} has unknown {key} {target!r}",
                        f"add a region with id {target!r} or correct the {key}",
                    )
                )
        if region.kind not in ("country", "world-region", "union") and not region.country:
            problems.append(
                Problem(
                    path,
                    lines[region.id],
                    f"region {region.id!r} has no country",
                    "add 'country: <country id>'",
                )
            )
    registry = RegionRegistry(known)
    for spelling, ids in registry._by_spelling.items():
        if len(ids) > 1 and ids & set(regions):
            owners = sorted(ids)
            problems.append(
                Problem(
                    path,
                    lines[next(o for o in owners if o in lines)],
                    f"the spelling {spelling!r} belongs to {', '.join(owners)}",
                    "briefer will ask which one is meant; keep each alias on one region",
                    severity="warning",
                )
            )
    return registry, problems
