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
def _rows() -> tuple[tuple[str, ...], ...]:
    """The list's lines after its header: Russian name, English name, subject, sought in text."""
    return tuple(tuple(line.split("\t")) for line in _TOWNS.read_text(encoding="utf-8").splitlines()[1:])


@lru_cache(maxsize=1)
def _towns() -> dict[str, Town]:
    towns: dict[str, Town] = {}
    for russian, english, subject, _ in _rows():
        town = Town(english, subject)
        for name in (russian, english):
            towns[_key(name)] = town
    return towns


def _key(name: str) -> str:
    return name.casefold().replace("ё", "е")


def russian_town(name: str) -> Town | None:
    """The town of this name (Russian or English, in the nominative), if the list has it."""
    return _towns().get(_key(name))


_NOUN_ENDINGS = r"(?:ами|ями|ом|ем|ём|ой|ей|ою|ею|ах|ях|ам|ям|ов|ев|ью|а|я|у|ю|е|ы|и|ь|о)?"
_ADJECTIVE_NAME = re.compile(r"(?:ий|ый|ой|ое)$")
_ENDING = re.compile(r"(?:ий|ый|ой|ие|ые|ое|ая)$|[аяоеиыьй]$")


def _stem(word: str, alone: bool) -> str:
    """The part of a name every case keeps («Сургут»: Сургута, Сургутом; «Анапа»: Анапы;
    «Нижний Тагил»: Нижнего Тагила); a short name alone is kept whole («Шуя»)."""
    stem = _ENDING.sub("", word)
    return stem if len(stem) >= 4 or not alone else word


@lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern[str], dict[str, list[tuple[tuple[str, ...], str]]]]:
    """The Russian names of the towns the list says to seek in a text (not those that are also a
    word or a man's name: «Клин», «Королёв»), in any case, as one pattern; and the towns by the
    stem of their first word."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    alternatives = []
    for russian, _, _, sought in _rows():
        if sought != "yes":
            continue
        words = re.split(r"[\s-]", russian)
        stems = tuple(_stem(word, len(words) == 1) for word in words)
        separators = re.findall(r"[\s-]", russian)
        by_first.setdefault(stems[0], []).append((stems, russian))
        # a one-word noun takes a noun's endings only: «Подольский» is a man, not «Подольск»
        one_noun = len(words) == 1 and not _ADJECTIVE_NAME.search(russian)
        pattern = re.escape(stems[0]) + (_NOUN_ENDINGS if one_noun else r"\w{0,3}")
        for separator, stem in zip(separators, stems[1:], strict=True):
            pattern += (r"\s+" if separator.isspace() else "-") + re.escape(stem) + r"\w{0,3}"
        alternatives.append(pattern)
    alternatives.sort(key=len, reverse=True)  # «Набережные Челны» before a shorter name
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])"), by_first


_CAPITALISED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]{2}")


@lru_cache(maxsize=1)
def _openings() -> frozenset[str]:
    return frozenset(stem[:3] for stem in _names()[1])


def towns_named(text: str) -> list[tuple[int, int, str]]:
    """Where the text names a listed town, in any case, and its name in the nominative."""
    pattern, by_first = _names()
    found = []
    # (a capitalised word whose first letters open a listed name is where one may stand: one
    # alternation of all the names, tried only there, reads a text many times faster)
    openings = _openings()
    for word in _CAPITALISED.finditer(text):
        if word.group() not in openings or (match := pattern.match(text, word.start())) is None:
            continue
        words = re.split(r"[\s-]+", match.group())
        # the longest stem first: «Зеленоградск» is not «Зеленоград», «Новороссийск» not «Новый Уренгой»
        stems = sorted((stem for stem in by_first if words[0].startswith(stem)), key=len, reverse=True)
        town = next(
            (
                russian
                for stem in stems
                for stems_of_town, russian in by_first[stem]
                if len(stems_of_town) == len(words)
                and all(w.startswith(s) for w, s in zip(words, stems_of_town, strict=True))
            ),
            None,
        )
        if town is not None:
            found.append((match.start(), match.end(), town))
    return found
