"""Russian towns the registry does not hold, with the federal subject each lies in: where a
town an article names for the first time belongs, before an editor adds it to the registry."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

_TOWNS = Path(__file__).parent / "russian_towns.tsv"


class Town(NamedTuple):
    english: str  # the town's usual English spelling
    subject: str  # the registry id of the federal subject it lies in


@lru_cache(maxsize=1)
def _towns() -> dict[str, Town]:
    towns: dict[str, Town] = {}
    for line in _TOWNS.read_text(encoding="utf-8").splitlines()[1:]:
        russian, english, subject = line.split("\t")
        town = Town(english, subject)
        for name in (russian, english):
            towns[_key(name)] = town
    return towns


def _key(name: str) -> str:
    return name.casefold().replace("ё", "е")


def russian_town(name: str) -> Town | None:
    """The town of this name (Russian or English, in the nominative), if the list has it."""
    return _towns().get(_key(name))


# a name of a man's shape («Королёв», «Жуковский») is no town without a word that calls it one
_SURNAME_SHAPE = re.compile(r"(?:ов|ев|ёв|ин|ский|ской)$")
_NOUN_ENDINGS = r"(?:ами|ями|ом|ем|ём|ой|ей|ою|ею|ах|ях|ам|ям|ов|ев|ью|а|я|у|ю|е|ы|и|ь|о)?"
_ENDING = re.compile(r"(?:ий|ый|ой|ие|ые|ое|ая)$|[аяоеиыьй]$")


def _stem(word: str, alone: bool) -> str:
    """The part of a name every case keeps («Сургут»: Сургута, Сургутом; «Анапа»: Анапы;
    «Нижний Тагил»: Нижнего Тагила); a short name alone is kept whole («Шуя»)."""
    stem = _ENDING.sub("", word)
    return stem if len(stem) >= 4 or not alone else word


@lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern[str], dict[str, list[tuple[tuple[str, ...], str]]]]:
    """The listed towns' Russian names in any case, as one pattern, and the towns by the stem
    of their first word."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    alternatives = []
    for line in _TOWNS.read_text(encoding="utf-8").splitlines()[1:]:
        russian = line.split("\t")[0]
        words = re.split(r"[\s-]", russian)
        stems = tuple(_stem(word, len(words) == 1) for word in words)
        if len(words) == 1 and (_SURNAME_SHAPE.search(russian) or _SURNAME_SHAPE.search(stems[0])):
            continue  # («Пушкино» would take the poet's «Пушкин»)
        separators = re.findall(r"[\s-]", russian)
        by_first.setdefault(stems[0], []).append((stems, russian))
        # a one-word name takes a noun's endings only: «Подольский» is a man, not «Подольск»
        ending = _NOUN_ENDINGS if len(words) == 1 else r"\w{0,3}"
        pattern = re.escape(stems[0]) + ending
        for separator, stem in zip(separators, stems[1:], strict=True):
            pattern += (r"\s+" if separator.isspace() else "-") + re.escape(stem) + r"\w{0,3}"
        alternatives.append(pattern)
    alternatives.sort(key=len, reverse=True)  # «Набережные Челны» before a shorter name
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])"), by_first


def towns_named(text: str) -> list[tuple[int, int, str]]:
    """Where the text names a listed town, in any case, and its name in the nominative."""
    pattern, by_first = _names()
    found = []
    for match in pattern.finditer(text):
        words = re.split(r"[\s-]+", match.group())
        for stems, russian in by_first.get(next((s for s in by_first if words[0].startswith(s)), ""), []):
            if len(stems) == len(words) and all(w.startswith(s) for w, s in zip(words, stems, strict=True)):
                found.append((match.start(), match.end(), russian))
                break
    return found
