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
    if best[-1] is None:
        return None
    read = best[-1][2]
    # "Xi'an": a syllable opening with a vowel is set apart from the one before
    joined = "".join(
        ("'" if number and syllable[0] in "aoe" else "") + syllable for number, syllable in enumerate(read)
    )
    return joined[:1].upper() + joined[1:]
