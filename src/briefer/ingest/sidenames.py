"""The places a summary names, in the cases a Russian or Belarusian sentence puts them in:
the registry's forms, or forms drafted from the name where the registry gives none."""

from __future__ import annotations

from ..places import Region
from ..text.inflect import draft_forms
from .candidates import Candidate


def name_of(region: Region, language: str) -> str:
    """The name as a sentence names it: in English with its article ("the Republic of Tatarstan"),
    and a town without the registry's "(city)", which only tells it from its oblast in a list."""
    return (region.name_in(language) if language != "en" else None) or in_a_sentence(region)


def in_a_sentence(region: Region) -> str:
    return region.in_text.removesuffix(" (city)")


def genitive(region: Region, language: str) -> str | None:
    """The name as a share's whole or part is named: English as it is, Russian and
    Belarusian in the genitive (None where the place has no name in the language)."""
    return form(region, language, "gen")


def form(region: Region, language: str, case: str) -> str | None:
    """The name in ``case``: the registry's form, or one drafted from the name where the
    registry gives none (a place it lacks); English as a sentence names it, with its article."""
    if language == "en":
        return in_a_sentence(region)
    name = region.name_in(language)
    if name is None:
        return None
    forms = region.forms_in(language) or draft_forms(name, language, region.name_in("ru"))
    return forms.get(case, name)


def in_cases(candidate: Candidate, language: str) -> dict[str, str]:
    """The sides in the cases a Russian or Belarusian sentence puts them in («Товарооборот
    {of_gen} с {with_ins}», «Экспорт {of_gen} в {with_acc}», «между {home_ins} и {away_ins}»)."""
    sides = {"of": candidate.home, "with": candidate.away, "home": candidate.home, "away": candidate.away}
    return {
        f"{side}_{case}": form(region, language, case) or name_of(region, language)
        for side, region in sides.items()
        if region is not None
        for case in ("gen", "acc", "ins")
    }


def locative(region: Region, language: str) -> str | None:
    """The name as where something was held: «в Полоцке» takes «Полоцке»."""
    return form(region, language, "loc")
