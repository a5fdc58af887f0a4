"""Name suggestions as a reporter types: every curated spelling, in all three scripts."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UsageError
from ..places import HOME_COUNTRY, Region, RegionRegistry, normalize

SIDES = ("region", "partner")


@dataclass(frozen=True)
class Suggestion:
    value: str  # the spelling that matched, which the field takes as it is
    region: Region

    @property
    def label(self) -> str:
        """'Гомельская область – Gomel Oblast' (the matched spelling, then the name)."""
        return self.value if self.value == self.region.name else f"{self.value} – {self.region.name}"


def _resolves_to(registry: RegionRegistry, spelling: str, region: Region) -> bool:
    try:
        return registry.resolve(spelling).id == region.id
    except UsageError:
        return False


class NameIndex:
    """Every spelling of every curated region, for prefix and word matching."""

    def __init__(self, registry: RegionRegistry) -> None:
        # (folded spelling, spelling, region, the language of an official name, or "")
        self._entries: list[tuple[str, str, Region, str]] = []
        self._ordered: dict[tuple[bool, str], list[tuple[str, str, Region]]] = {}
        ranked: list[tuple[int, str, str, Region, str]] = []
        for region in registry:
            official = [("en", region.name), *region.names]
            named = [(0, language, spelling) for language, spelling in official]
            named += [(1, "", alias) for alias in region.aliases]
            for rank, language, spelling in named:
                # a spelling the field would not resolve to this region alone (Гомель:
                # the oblast or the city?) is no suggestion for it
                if _resolves_to(registry, spelling, region):
                    ranked.append((rank, normalize(spelling), spelling, region, language))
        # official names before aliases, shorter before longer
        ranked.sort(key=lambda entry: (entry[0], len(entry[1]), entry[1]))
        seen: set[tuple[str, str]] = set()
        for _, folded, spelling, region, language in ranked:
            if (folded, region.id) not in seen:
                seen.add((folded, region.id))
                self._entries.append((folded, spelling, region, language))

    def _candidates(self, home: bool, language: str) -> list[tuple[str, str, Region]]:
        """One field's spellings, the reader's own names first (a stable sort keeps the
        order above within each); made once per field and language."""
        key = (home, language)
        if key not in self._ordered:
            entries = [e for e in self._entries if (e[2].country_id == HOME_COUNTRY) == home]
            entries.sort(key=lambda entry: entry[3] != language)
            self._ordered[key] = [(folded, spelling, region) for folded, spelling, region, _ in entries]
        return self._ordered[key]

    def suggest(self, text: str, side: str, limit: int = 8, language: str = "en") -> list[Suggestion]:
        """Up to ``limit`` regions whose spellings start with ``text`` (or one of whose
        words does); Belarusian ones for the region field, the rest for the partner;
        a name in the reader's ``language`` before the same place's other names."""
        wanted = normalize(text)
        if not wanted:
            return []
        first_word = normalize(text.split()[0]) if text.split() else wanted
        candidates = self._candidates(side == "region", language)
        # whole spellings that start with the text first, then spellings one of whose
        # words does ("Хэнань" finds "провинция Хэнань")
        tests = (
            lambda folded, spelling: folded.startswith(wanted),
            lambda folded, spelling: any(normalize(w).startswith(first_word) for w in spelling.split()[1:]),
        )
        found: dict[str, Suggestion] = {}
        for matches in tests:
            for folded, spelling, region in candidates:
                if len(found) >= limit:
                    return list(found.values())
                if region.id not in found and matches(folded, spelling):
                    found[region.id] = Suggestion(spelling, region)
        return list(found.values())
