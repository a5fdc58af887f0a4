"""Words compared as Russian and Belarusian writers inflect them.

A place is named in every case: «Гомельская область», «с Гомельской областью», «у
Гомельскай вобласці», «Могилёва». A name's nominative drops its ending to give a stem,
and a word in a text matches the name's word when it is that stem plus one of the
languages' case endings. Nothing here knows a dictionary: names are what the registry
says, and only endings are known.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Belarusian letters folded onto their Russian counterparts, ё onto е, э onto е (desks
# write Chinese names either way), apostrophes dropped: one key for both languages.
_FOLD = str.maketrans({"ё": "е", "і": "и", "ў": "в", "э": "е", "’": "", "'": "", "ʼ": ""})

# The endings a nominative name drops to give its stem, longest first.
_ADJECTIVE_ENDS = ("ая", "яя", "ое", "ее", "ый", "ий", "ой", "ые", "ие", "ыя", "ае")
_NOMINATIVE_ENDINGS = (*_ADJECTIVE_ENDS, "ь", "й", "а", "я", "ы", "и", "о", "е")
# The case endings of adjectives (a name word such as «Гомельская», «Светлогорский»)
# and of nouns («Гомель», «Москва», «область», «провинция»), in either language, folded.
ADJECTIVE_ENDINGS = frozenset(
    [
        *_ADJECTIVE_ENDS,
        "ую",
        "юю",
        "ого",
        "его",
        "ому",
        "ему",
        "ем",  # a soft adjective's locative: «в Нижнем Новгороде»
        "ом",  # a masculine adjective's locative: «в Горецком районе»
        "ым",
        "им",
        "ых",
        "их",
        "ыми",
        "ими",
        "ей",
        "аго",
        "ага",
        "ога",  # a Belarusian adjective stressed on its ending: «абласнога»
        "аму",
        "яму",
        "ай",
        "яй",
        "ою",
        "ею",
    ]
)
NOUN_ENDINGS = frozenset(
    [
        "а",
        "я",
        "о",
        "е",
        "ы",
        "и",
        "у",
        "ю",
        "ь",
        "й",
        "ом",
        "ем",
        "ой",
        "ей",
        "ою",
        "ею",
        "ам",
        "ям",
        "ах",
        "ях",
        "ами",
        "ями",
        "ов",
        "ев",
        "ав",  # a Belarusian genitive plural: «з Мёраў», «з Паставаў»
        "яв",
        "ью",
        "ия",
        "ии",
        "ию",
        "ией",
    ]
) | {""}
# (Belarusian masculine adjectives end in «-скі», «-цкі», «-ны», «-чы»: «Віцебскі», «абласны»,
# «выканаўчы», folded «-ски»)
_ADJECTIVE_NOMINATIVE = (*_ADJECTIVE_ENDS, "ски", "цки", "ны", "чы")
# but «Карэлічы», «Ляхавічы» are towns, plural nouns: «у Карэлічах»
_TOWNS_IN_ICHY = "ичы"

_LETTERS = re.compile(r"[^\W_]+(?:[-’'ʼ][^\W_]+)*", re.UNICODE)
_CYRILLIC = re.compile(r"[а-яё]")


@lru_cache(maxsize=1 << 16)  # an article's words repeat, and each is folded more than once
def fold(word: str) -> str:
    """Lower case, Belarusian onto Russian letters, accents dropped (й is a letter of
    its own, not и with an accent)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().translate(_FOLD))
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ch == "\u0306")
    return unicodedata.normalize("NFC", kept).replace("\u0306", "")


def name_stem(word: str) -> str:
    """The part of a name's word (in its nominative) that its other cases keep."""
    folded = fold(word)
    if not _CYRILLIC.search(folded):
        return folded
    for ending in _NOMINATIVE_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 2:
            return folded[: -len(ending)]
    return folded


@lru_cache(maxsize=1 << 14)
def _is_cyrillic(stem: str) -> bool:
    return not stem.isascii() and bool(_CYRILLIC.search(stem))


def inflects(word: str, stem: str, whole: str) -> bool:
    """True if ``word`` (a word of a text, folded) is ``whole`` (a name's word, folded)
    in some case: the name's stem followed by a case ending."""
    if word == whole:
        return True
    if not _is_cyrillic(stem):  # most names are Latin or Cyrillic: one cheap look
        return word in (f"{whole}s", f"{whole}'s")
    if not word.startswith(stem):
        return False
    adjective = whole.endswith(_ADJECTIVE_NOMINATIVE) and not whole.endswith(_TOWNS_IN_ICHY)
    endings = ADJECTIVE_ENDINGS if adjective else NOUN_ENDINGS
    return word[len(stem) :] in endings


def words(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text`` (letters and digits, hyphenated words as one), each with
    its start and end."""
    return [(match.group(), match.start(), match.end()) for match in _LETTERS.finditer(text)]
