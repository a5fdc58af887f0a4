"""Named occasions an event is held at (a forum held year after year, a city's day, a
festival), found in its sentence so that its summary says where the sides met and the
base's own account of the occasion is recognised."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..text.caseless import Caseless, caseless

_OCCASIONS = Path(__file__).parent / "occasions.yaml"


@dataclass(frozen=True)
class _Entry:
    id: str
    held_as: str  # forum, exhibition or celebration
    numbered: bool
    sought: Caseless  # in an article, in any of its languages
    in_english: Caseless  # in the base's English summaries
    names: dict[str, str]  # en: with its article; ru, be: in the prepositional case


@lru_cache(maxsize=1)
def _entries() -> dict[str, _Entry]:
    entries = {}
    for row in yaml.safe_load(_OCCASIONS.read_text(encoding="utf-8")):
        sought = row["sought"]
        entries[row["id"]] = _Entry(
            row["id"],
            str(row["held_as"]),
            bool(row["numbered"]),
            caseless("|".join(f"(?:{sought[language]})" for language in ("ru", "be", "en")), re.I),
            caseless(sought["en"], re.I),
            {"en": row["name"], "ru": row["ru"], "be": row["be"]},
        )
    return entries


@dataclass(frozen=True)
class Occasion:
    """An occasion an event was held at, with the number of its edition where it gives one."""

    id: str
    edition: int | None = None

    def name(self, language: str) -> str:
        """ "the 12th Forum of Twin Cities"; «XII Форуме городов-побратимов» (as it follows «на»)."""
        template = _entries()[self.id].names[language]
        if self.edition is None:
            return template.format(n="")
        number = _english_ordinal(self.edition) if language == "en" else _roman(self.edition)
        return template.format(n=f"{number} ")

    @property
    def taken_part_in(self) -> bool:
        """A forum or an exhibition, which delegations take part in; not a celebration, which a
        delegation comes to a place for."""
        return _entries()[self.id].held_as in ("forum", "exhibition")

    def named_in(self, english_summary: str) -> bool:
        """Whether a base fact's summary names this occasion."""
        return bool(_entries()[self.id].in_english.search(english_summary))


_ORDINAL_WORDS = (
    # stems of the first twelve ordinals in Russian, Belarusian and English, by number
    (1, r"перв|перш|first"),
    (2, r"втор|друг|second"),
    (3, r"трет|трэц|third"),
    (4, r"четв[её]рт|чацв[её]рт|fourth"),
    (5, r"пят|fifth"),
    (6, r"шест|шост|sixth"),
    (7, r"седьм|с[её]м|seventh"),
    (8, r"восьм|eighth"),
    (9, r"девят|дзявят|ninth"),
    (10, r"десят|дзясят|tenth"),
    (11, r"одиннадцат|адзінаццат|eleventh"),
    (12, r"двенадцат|дванаццат|twelfth"),
)
_JUBILEE = r"(?:юбилейн\w*|юбілейн\w*|jubilee|anniversary)\s+"
# the edition just before the name: «ХII Форума», «юбилейный Х Форум», "the Second Forum", «12-й»
_EDITION = caseless(
    rf"(?<!\w)(?:(?P<roman>(?-i:[IVXХІ]{{1,6}}))|(?P<digits>\d{{1,2}})(?:-?(?:й|ый|ий|го|ого|м|ом|ы|і|га|th|st|nd|rd))?|"
    rf"(?P<word>(?:{'|'.join(stem for _, stem in _ORDINAL_WORDS)})\w*))\s+(?:{_JUBILEE})?[«\"“]?$",
    re.I,
)
_FILLER = (
    rf"(?:the\s+|[«\"“]|(?:{_JUBILEE}|традиционн\w*\s+|традыцыйн\w*\s+|международн\w*\s+|"
    r"міжнародн\w*\s+|annual\s+|international\s+|праздновани\w+\s+|святкаванн\w+\s+|"
    r"праздник\w*\s+|свят\w*\s+|мероприяти\w+,?\s+|мерапрыемств\w+,?\s+|"
    r"фестивал\w+\s+|фестывал\w+\s+|celebrations?\s+of\s+(?:the\s+)?|festival\s+|"
    r"посвящ\w+\s+|прысвеч\w+\s+|dedicated\s+to\s+(?:the\s+)?|"
    rf"(?:{'|'.join(stem for _, stem in _ORDINAL_WORDS)})\w*\s+|"
    r"(?-i:[IVXХІ]{1,6})\s+|\d{1,2}(?:-?\w{1,3})?\s+|\w+(?<=[йяеоьі])\s+(?=форум|Форум|forum|Forum)))*"
)
# a place, not a time or an aim: «на Форуме», «в рамках Форума», "at the Forum", "during the
# Forum"; not «к Форуму», «в преддверии Форума», "ahead of the Forum"
_LOCATED = caseless(
    r"(?:(?<!\w)(?:на|в|во|у|ў|в\s+рамках|у\s+рамках|в\s+ходе|у\s+ходзе|во\s+время|падчас|на\s+полях|"
    rf"at|during|in|on\s+the\s+sidelines\s+of|on\s+the\s+margins\s+of)\s+){_FILLER}$",
    re.I,
)


def occasion_named_by(sentence: str, word_at: int) -> Occasion | None:
    """The occasion whose name holds the word an event was found by: «в Уфе проходит Х Форум
    регионов Беларуси и России» is the 10th Forum of Regions."""
    for entry, found in _found(sentence):
        if found.start() <= word_at < found.end():
            return Occasion(entry.id, _edition(sentence, found.start()) if entry.numbered else None)
    return None


def occasion_at(sentence: str) -> Occasion | None:
    """The first occasion the sentence puts its event at: «встреча на Дне города», "met on the
    sidelines of SPIEF"; not one it heads for («к Форуму регионов»)."""
    located = [
        (found.start(), Occasion(entry.id, _edition(sentence, found.start()) if entry.numbered else None))
        for entry, found in _found(sentence)
        if _LOCATED.search(sentence[max(0, found.start() - 120) : found.start()])
    ]
    return min(located, key=lambda pair: pair[0])[1] if located else None


def _found(sentence: str) -> Iterator[tuple[_Entry, re.Match[str]]]:
    for entry in _entries().values():
        for found in entry.sought.finditer(sentence):
            yield entry, found


def _edition(sentence: str, name_at: int) -> int | None:
    told = _EDITION.search(sentence[max(0, name_at - 40) : name_at])
    if told is None:
        return None
    if told.group("digits"):
        return int(told.group("digits")) or None
    if told.group("word"):
        word = told.group("word").casefold()
        return next(
            (number for number, stem in _ORDINAL_WORDS if re.match(stem, word, re.I)),
            None,
        )
    return _from_roman(told.group("roman").upper().translate(_CYRILLIC_ROMAN))


_CYRILLIC_ROMAN = str.maketrans("ХІ", "XI")
_ROMAN = (("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def _roman(number: int) -> str:
    told = ""
    for letters, value in _ROMAN:
        while number >= value:
            told, number = told + letters, number - value
    return told


def _from_roman(letters: str) -> int | None:
    """The number a Roman numeral up to 39 writes, if it is one written as usual."""
    for number in range(1, 40):
        if _roman(number) == letters:
            return number
    return None


def _english_ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
