"""A place: its id, names in each language and kind, and how names are compared.

Names are folded before they are compared (case, accents, spacing and punctuation), so
that Gomel, Homiel and ГОМЕЛЬ meet, and sorted without their generic words.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_GENERIC_WORDS = (
    "autonomous region",
    "special administrative region",
    "oblast",
    "region",
    "province",
    "municipality",
    "city",
    "krai",
    "republic of",
    "republic",
    "county",
    "автономный район",
    "аўтаномны раён",
    "область",
    "вобласць",
    "провинция",
    "правінцыя",
    "город",
    "горад",
    "край",
    "республика",
    "рэспубліка",
    "省",
    "市",
    "自治区",
    # abbreviations last, so that the full words above are removed whole first
    "вобл.",
    "обл.",
    "obl.",
    "вобл",
    "обл",
)


# Dropped from the end of a name for a headline: "Gomel Oblast" -> "Gomel".
_HEADLINE_DROPPED_WORDS = ("Oblast", "Province", "Region", "Krai", "Municipality", "Autonomous Region")


def normalize(name: str) -> str:
    """Fold case and accents and drop everything but letters and digits. Russian 'э' is
    folded to 'е', as desks write Chinese names either way (Хубэй, Хубей)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("э", "е"))
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def strip_generic(name: str) -> str:
    folded = name.casefold()
    for word in _GENERIC_WORDS:
        folded = folded.replace(word, " ")
    return normalize(folded)


def sort_key(name: str) -> str:
    """A name as it sorts in a list: without its generic words ("провинция Хэнань" under
    Х, "Mogilev Oblast" under M), folded like every name."""
    return strip_generic(name) or normalize(name)


@dataclass(frozen=True)
class Region:
    id: str
    name: str
    kind: str
    country: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    short: str | None = None  # the name a local reader uses in a headline: "Gomel", "Tatarstan"
    names: tuple[tuple[str, str], ...] = ()  # (language, official name): ("ru", "Гомельская область")
    article: str | None = None  # "the" where English wants it: "the Republic of Tatarstan"
    # (language, oblique forms in OBLIQUE_CASES order): ("ru", ("Гомельской области", ...))
    forms: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def short_name(self) -> str:
        """The name for headlines: 'Gomel' for Gomel Oblast, 'Sichuan' for Sichuan Province."""
        if self.short:
            return self.short
        name = self.name
        for word in _HEADLINE_DROPPED_WORDS:
            if name.endswith(f" {word}") and len(name) > len(word) + 1:
                return name[: -len(word) - 1]
        return name

    def name_in(self, language: str) -> str | None:
        """The official name in ``language`` (ru, be), or None if the registry has none."""
        return dict(self.names).get(language)

    def forms_in(self, language: str) -> dict[str, str] | None:
        """The official name's oblique cases in ``language`` (gen, dat, acc, ins, loc),
        or None if the registry gives none."""
        from ..text.grammar import OBLIQUE_CASES

        forms = dict(self.forms).get(language)
        return dict(zip(OBLIQUE_CASES, forms, strict=True)) if forms else None

    @property
    def in_text(self) -> str:
        """The name inside a sentence, with its article: 'the Republic of Tatarstan'."""
        return f"{self.article} {self.name}" if self.article else self.name

    @property
    def country_id(self) -> str:
        """The id of the country this region is in (a country is its own)."""
        return self.country or self.id

    def spellings(self) -> list[str]:
        return [self.id, self.name, *self.aliases]
