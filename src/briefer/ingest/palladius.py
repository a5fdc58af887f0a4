"""Chinese place names written in Russian by the Palladius system, read back into pinyin:
«Муданьцзян» is Mudanjiang, «Сиань» Xi'an, where a letter-by-letter transliteration would give
Mudantszyan."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.caseless import caseless

# pinyin initials as Palladius writes them
_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г",
    "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж",
    "z": "цз", "c": "ц", "s": "с", "": "",
}  # fmt: skip
# each initial's finals, as Palladius writes them after it
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
    "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "i": "и", "ia": "я", "ie": "е", "iao": "яо",
    "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа",
    "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "v": "юй",
    "ve": "юэ", "van": "юань", "vn": "юнь",
}  # fmt: skip
_ALONE = {
    "a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй", "en": "энь",
    "eng": "эн", "er": "эр", "o": "о", "ou": "оу", "yi": "и", "ya": "я", "yao": "яо", "ye": "е",
    "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян", "ying": "ин", "yong": "юн", "wu": "у",
    "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван",
    "weng": "вэн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь",
}  # fmt: skip
# which finals each kind of initial takes: j, q and x only the i- and ü-finals, z, c, s and the
# retroflexes of those only «i», written «ы» after z, c and s
_PALATAL = ("i", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "v", "ve", "van", "vn")
_PLAIN = tuple(final for final in _FINALS if final not in _PALATAL)
_TAKES = {
    **{initial: tuple(_FINALS) for initial in ("b", "p", "m", "f", "d", "t", "n", "l")},
    **{initial: _PLAIN for initial in ("g", "k", "h")},
    **{initial: ("i", *_PLAIN) for initial in ("zh", "ch", "sh", "r", "z", "c", "s")},
    **{initial: _PALATAL for initial in ("j", "q", "x")},
}
_LABIAL = ("b", "p", "m", "f")
_RETROFLEX_I = {"zh": "и", "ch": "и", "sh": "и", "r": "и", "z": "ы", "c": "ы", "s": "ы"}
# a name only China writes: «цз», «чж», «ь» after a vowel and «н» (Хэнань, Сиань)
CHINESE_SPELLING = caseless(r"цз|чж|(?<=[аяеиуэю])нь|сюй|цюй|сюэ|цюэ", re.I)


@lru_cache(maxsize=1)
def _syllables() -> dict[str, str]:
    """Palladius spelling → pinyin, for every initial and final it joins."""
    told: dict[str, str] = {}
    for initial, finals in _TAKES.items():
        for final in finals:
            spelled = _FINALS[final]
            if final == "i" and initial in _RETROFLEX_I:
                spelled = _RETROFLEX_I[initial]
            elif final in ("e", "o", "uo") and (
                (final == "e" and initial in _LABIAL) or (final == "o") != (initial in _LABIAL)
            ):
                continue  # bo, po, mo, fo; but duo, guo, zhuo, all written «до», «го», «чжо»
            pinyin = initial + (
                final.replace("v", "u") if initial in ("j", "q", "x") else final.replace("v", "ü")
            )
            told.setdefault(_INITIALS[initial] + spelled, pinyin)
    for pinyin, spelled in _ALONE.items():
        told.setdefault(spelled, pinyin)
    return told


def pinyin(russian: str) -> str | None:
    """The pinyin of a Chinese name in Palladius spelling («Муданьцзян» → Mudanjiang), or None
    where the name does not split into Palladius syllables."""
    read = _reading(russian)
    if read is None:
        return None
    # "Xi'an": a syllable opening with a vowel is set apart from the one before
    joined = "".join(
        ("'" if number and syllable[0] in "aoe" else "") + syllable for number, syllable in enumerate(read)
    )
    return joined[:1].upper() + joined[1:]


def _reading(russian: str) -> list[str] | None:
    """The pinyin syllables a Palladius spelling splits into, or None."""
    syllables = _syllables()
    longest = max(len(spelled) for spelled in syllables)
    word = russian.lower().replace("ё", "е")
    # the reading with fewest syllables opening with a vowel, then fewest syllables: «Хэнань» is
    # He-nan, not Heng-an; «Цзинань» Ji-nan
    best: list[tuple[int, int, list[str]] | None] = [(0, 0, [])] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - longest), end):
            before, spelled = best[start], word[start:end]
            if before is None or spelled not in syllables:
                continue
            syllable = syllables[spelled]
            reading = (
                before[0] + (syllable[0] in "aoeiuü" and start > 0),
                before[1] + 1,
                [*before[2], syllable],
            )
            if best[end] is None or reading[:2] < best[end][:2]:  # type: ignore[index]
                best[end] = reading
    return None if best[-1] is None else best[-1][2]


# a capitalised word only China writes
_CHINESE_WORD = caseless(
    r"(?<![\w«\"„-])(?=(?-i:[А-ЯЁІЎ]))[а-яёіў]*(?:цз|чж|сюэ|цюэ|сюй|цюй)[а-яёіў]*(?![\w»\"-])", re.I
)
# («реки Янцзы», «компании Чжунтай»: a river's name, a firm's)
_NOT_A_TOWN_BEFORE = caseless(
    r"(?:компани|корпораци|групп|холдинг|бренд|марк|завод|фирм|кампані|карпарацы|рек[аиеуо]|рак[аіеуо]|"
    r"озер|возер|гор[аыеу]\b|улиц|вуліц|проспект|парк|храм|монастыр|дворц|палац|университет|універсітэт)\w*\s+$",
    re.I,
)
_WORD_BEFORE = re.compile(r"(?:^|\s)([А-ЯЁІЎ][а-яёіў]*) $")
_WORD_AFTER = re.compile(r" ([А-ЯЁІЎ][а-яёіў]*)")
# the cases of a name ending in «н», «нь» or «й» (Palladius names ending in a vowel do not decline):
# the ending, what the stem before it ends in, what the nominative adds to the stem;
# «в Цзинане» may be of «Цзинань» or of «Цзинан»: no guess
_CASE_ENDINGS = (
    ("ам", "н", ""), ("ом", "н", ""), ("а", "н", ""), ("у", "н", ""),
    ("ем", "н", "ь"), ("я", "н", "ь"), ("ю", "н", "ь"),
    ("ем", "а", "й"), ("я", "а", "й"), ("ю", "а", "й"), ("ем", "э", "й"), ("я", "э", "й"), ("ю", "э", "й"),
)  # fmt: skip
_AMBIGUOUS_ENDINGS = ("не", "ні")


def chinese_towns_named(text: str) -> list[tuple[int, int, str]]:
    """Where a Russian or Belarusian text names a place by a word only Chinese names are spelled
    with («Мэр Муданьцзяна»), and its name in the nominative: a town the registry lacks."""
    found = []
    for word in _CHINESE_WORD.finditer(text):
        written = word.group()
        before = _WORD_BEFORE.search(text, max(0, word.start() - 20), word.start())
        after = _WORD_AFTER.match(text, word.end())
        if (
            written.endswith(_AMBIGUOUS_ENDINGS)
            or _NOT_A_TOWN_BEFORE.search(text, max(0, word.start() - 20), word.start())
            # «Ван Цзюнь», «Си Цзиньпин», «Цзян Цзэминь»: a man's name, his surname and given name
            or any(other and _a_name_of_a_man(other[1]) for other in (before, after))
        ):
            continue
        # the nominative: the first reading of its cases that splits into Palladius syllables
        cases = [
            written[: -len(ending)] + added
            for ending, stem_end, added in _CASE_ENDINGS
            if written.endswith(ending) and written[: -len(ending)].endswith(stem_end)
        ]
        nominative, syllables = next(
            ((case, read) for case in [*cases, written] if (read := _reading(_plain(case)))), (written, None)
        )
        # two syllables at least: «Чжан», «Цзюнь» alone are more likely a man's names than a town's
        if syllables and len(syllables) >= 2:
            found.append((word.start(), word.end(), nominative))
    return found


def _a_name_of_a_man(word: str) -> bool:
    """A Chinese surname or given name: one or two Palladius syllables («Ван», «Цзюнь»)."""
    syllables = _reading(_plain(word.lower()))
    return syllables is not None and len(syllables) <= 2


def _plain(belarusian_or_russian: str) -> str:
    return belarusian_or_russian.replace("і", "и").replace("ў", "у")
