"""Suggested case forms for a place's Russian and Belarusian names.

The registry carries each place's forms, read and corrected by an editor; these
functions only draft them: for a place added to a workspace (``briefer facts forms``
prints the draft to paste), and for a partner outside the registry, named only by ISO
3166, whose brief would otherwise bracket its name. Russian forms come from the
pymorphy3 dictionary, word by word with agreement; Belarusian ones from the endings of
the declensions, since no Belarusian dictionary ships as a package.

A generic word leading a name («провинция Хэнань», «Республика Татарстан») declines
and the name after it stays as it is, as an apposition does.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from .grammar import OBLIQUE_CASES

_PYMORPHY_CASES = {"gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt", "loc": "loct"}
_RU_GENERIC = {
    "провинция", "республика", "город", "автономный", "район", "край", "область", "округ",
    "специальный", "административный", "городской", "муниципалитет", "штат", "уезд",
}  # fmt: skip
_BE_GENERIC = {
    "правінцыя", "рэспубліка", "горад", "аўтаномны", "раён", "край", "вобласць", "акруга",
    "спецыяльны", "адміністрацыйны", "гарадскі", "муніцыпалітэт", "штат", "павет",
}  # fmt: skip


@functools.cache
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def _keep_capital(original: str, form: str) -> str:
    """``form`` with the capitals of ``original``, part by part: «Южно-Сахалинска»."""
    parts = form.split("-")
    originals = original.split("-")
    if len(parts) != len(originals):
        return form[:1].upper() + form[1:] if original[:1].isupper() else form
    return "-".join(
        part[:1].upper() + part[1:] if source[:1].isupper() else part
        for part, source in zip(parts, originals, strict=True)
    )


# a masculine adjective of a place: «Горецкий», «Сморгонский», «Зерноградский»
_RU_UNKNOWN_ADJECTIVE = re.compile(r"(?P<ending>(?<=ск|цк)ий|(?<=ск|цк)ой|(?<=\w\w)ый)$")


def _russian_word(word: str, case: str, gender: str | None) -> str:
    """One word of a Russian name in ``case``; words the dictionary does not know are
    declined as Russian declines foreign names: a consonant ending as a masculine
    noun, a vowel ending not at all."""
    if "-" in word and not word.startswith("-"):
        head, _, tail = word.partition("-")
        if head.lower() in ("санкт", "улан", "ханты", "усть", "нарьян", "петропавловск"):
            return f"{head}-{_russian_word(tail, case, gender)}" if head.lower() == "санкт" else word
    if word.isupper() and len(word) > 1:
        return word  # an abbreviation: США, ОАЭ
    parses = [p for p in _analyzer().parse(word) if p.is_known]
    known = [p for p in parses if {"Geox"} & set(p.tag.grammemes) and "sing" in p.tag]
    if not known:
        known = [p for p in parses if "ADJF" in p.tag and "Apro" not in p.tag]
        if gender:
            known = [p for p in known if gender in p.tag] or known
    if not known:
        known = [
            p
            for p in parses
            if "NOUN" in p.tag
            and "Name" not in p.tag
            and "Surn" not in p.tag
            and "sing" in p.tag
            and "nomn" in p.tag
        ]
    if known:
        form = known[0].inflect({_PYMORPHY_CASES[case]} | ({"sing"} if "NOUN" in known[0].tag else set()))
        if form is not None:
            return _keep_capital(word, form.word)
    lower = word.lower()
    adjective = _RU_UNKNOWN_ADJECTIVE.search(lower)
    if adjective and gender in ("masc", None):
        # «Горецкий район», «Семилукский район»: an adjective the dictionary lacks
        if case == "acc":
            return word
        stem = word[: adjective.start("ending")]
        instrumental = "им" if adjective["ending"] == "ий" else "ым"
        return stem + {"gen": "ого", "dat": "ому", "ins": instrumental, "loc": "ом"}[case]
    if lower[-1:] in "аеёиоуыэюя":
        return word
    if lower.endswith("ь"):  # Chinese names in -нь decline as masculine: в Шэньчжэне
        stem = word[:-1]
        return {"gen": stem + "я", "dat": stem + "ю", "acc": word, "ins": stem + "ем", "loc": stem + "е"}[
            case
        ]
    if lower.endswith("й"):
        stem = word[:-1]
        return {"gen": stem + "я", "dat": stem + "ю", "acc": word, "ins": stem + "ем", "loc": stem + "е"}[
            case
        ]
    soft_ins = "ем" if lower[-1:] in "жшчщц" else "ом"
    return {"gen": word + "а", "dat": word + "у", "acc": word, "ins": word + soft_ins, "loc": word + "е"}[
        case
    ]


def russian_forms(name: str) -> dict[str, str]:
    """The oblique cases of a Russian place name: «Могилёвская область» ->
    {"gen": "Могилёвской области", ...}; an indeclinable name gives itself."""
    words = name.split()
    # a leading generic phrase declines; the proper name after it stays in the nominative
    generic = 0
    while generic < len(words) and words[generic].lower() in _RU_GENERIC:
        generic += 1
    later = next((i for i, w in enumerate(words) if i and w.lower() in _RU_GENERIC), None)
    if generic and generic < len(words) and words[generic - 1].lower() not in ("автономный", "специальный"):
        declined, fixed = words[:generic], words[generic:]
    elif later is not None:
        # «Ахматовский район Грозного»: what follows the generic words stays as it is
        while later + 1 < len(words) and words[later + 1].lower() in _RU_GENERIC:
            later += 1
        declined, fixed = words[: later + 1], words[later + 1 :]
    else:
        declined, fixed = words, []
    gender = russian_gender(declined[-1]) if declined else None
    forms = {}
    for case in OBLIQUE_CASES:
        if case == "acc" and gender in ("masc", "neut", None):
            forms[case] = name  # an inanimate place's accusative is its nominative
            continue
        forms[case] = " ".join([*(_russian_word(word, case, gender) for word in declined), *fixed])
    return forms


def russian_gender(noun: str) -> str | None:
    """masc, femn or neut for a Russian noun the dictionary knows, "fixed" for one that
    does not decline; masc for a foreign name ending in a consonant, as Russian treats
    it; None when it cannot tell."""
    if noun.isupper():
        return None
    nouns = [p for p in _analyzer().parse(noun) if "NOUN" in p.tag and p.is_known]
    if nouns and "Fixd" in nouns[0].tag:
        return "fixed"
    if nouns:
        return next((g for g in ("masc", "femn", "neut") if g in nouns[0].tag), None)
    return None if noun[-1:].lower() in "аеёиоуыэюя" else "masc"


# Belarusian endings by the nominative's ending, for the genitive, dative, accusative,
# instrumental and locative; the first that matches wins.
_BE_ADJECTIVE = (
    ("ая", ("ай", "ай", "ую", "ай", "ай")),
    ("кі", ("кага", "каму", "кі", "кім", "кім")),
    ("гі", ("гага", "гаму", "гі", "гім", "гім")),
    ("ні", ("няга", "няму", "ні", "нім", "нім")),
    ("ы", ("ага", "аму", "ы", "ым", "ым")),
    ("і", ("яга", "яму", "і", "ім", "ім")),
    ("ае", ("ага", "аму", "ае", "ым", "ым")),
)
_BE_NOUN = (
    ("вобласць", ("вобласці", "вобласці", "вобласць", "вобласцю", "вобласці")),
    ("акруга", ("акругі", "акрузе", "акругу", "акругай", "акрузе")),
    ("рэспубліка", ("рэспублікі", "рэспубліцы", "рэспубліку", "рэспублікай", "рэспубліцы")),
    ("горад", ("горада", "гораду", "горад", "горадам", "горадзе")),
    ("раён", ("раёна", "раёну", "раён", "раёнам", "раёне")),
    ("край", ("краю", "краю", "край", "краем", "краі")),
    ("ка", ("кі", "цы", "ку", "кай", "цы")),
    ("га", ("гі", "зе", "гу", "гай", "зе")),
    ("ха", ("хі", "се", "ху", "хай", "се")),
    ("ія", ("іі", "іі", "ію", "іяй", "іі")),
    ("ыя", ("ыі", "ыі", "ыю", "ыяй", "ыі")),
    ("ва", ("вы", "ве", "ву", "вой", "ве")),
    ("на", ("ны", "не", "ну", "ной", "не")),
    ("а", ("ы", "е", "у", "ай", "е")),
    ("я", ("і", "і", "ю", "яй", "і")),
    ("ь", ("я", "ю", "ь", "ем", "і")),
    ("ў", ("ва", "ву", "ў", "вам", "ве")),
    ("й", ("я", "ю", "й", "ем", "і")),
    ("к", ("ка", "ку", "к", "кам", "ку")),
    ("г", ("га", "гу", "г", "гам", "гу")),
    ("х", ("ха", "ху", "х", "хам", "ху")),
    ("т", ("та", "ту", "т", "там", "це")),
    ("д", ("да", "ду", "д", "дам", "дзе")),
    ("р", ("ра", "ру", "р", "рам", "ры")),
    ("ж", ("жа", "жу", "ж", "жам", "жы")),
    ("ш", ("ша", "шу", "ш", "шам", "шы")),
    ("ч", ("ча", "чу", "ч", "чам", "чы")),
    ("ц", ("ца", "цу", "ц", "цам", "цы")),
    ("л", ("ла", "лу", "л", "лам", "ле")),
    ("н", ("на", "ну", "н", "нам", "не")),
    ("м", ("ма", "му", "м", "мам", "ме")),
    ("с", ("са", "су", "с", "сам", "се")),
    ("з", ("за", "зу", "з", "зам", "зе")),
    ("п", ("па", "пу", "п", "пам", "пе")),
    ("б", ("ба", "бу", "б", "бам", "бе")),
    ("в", ("ва", "ву", "в", "вам", "ве")),
    ("ф", ("фа", "фу", "ф", "фам", "фе")),
)


_BE_FEMININE_SOFT = ("і", "і", "", "ю", "і")  # Беларусь, Казань: the instrumental doubles
_BE_NEUTER = ("а", "у", "а", "ам", "е")  # Гродна, Маладзечна


def _belarusian_word(
    word: str, table: tuple[tuple[str, tuple[str, ...]], ...], gender: str | None = None
) -> tuple[str, ...] | None:
    if (word.isupper() and len(word) > 1) or gender == "fixed":
        return (word,) * 5  # an abbreviation, or a name Russian does not decline (Марокко)
    lower = word.lower()
    if gender == "femn" and lower.endswith("ь") and len(word) > 2:
        stem, last = word[:-2], word[-2]
        forms = [word[:-1] + suffix for suffix in _BE_FEMININE_SOFT]
        forms[2] = word
        # a single consonant after a vowel doubles (Казанню), a cluster does not (вобласцю)
        doubled = last + last if stem[-1:].lower() in "аеёіоуыэюя" else last
        forms[3] = stem + doubled + "ю"
        return tuple(forms)
    if gender == "neut" and lower.endswith("а"):
        stem = word[:-1]
        forms = [stem + suffix for suffix in _BE_NEUTER]
        forms[0], forms[1], forms[2] = word, word, word
        return tuple(forms)
    for ending, endings in table:
        if lower.endswith(ending):
            stem = word[: len(word) - len(ending)]
            return tuple(_keep_capital(word, stem + suffix) for suffix in endings)
    return None


def belarusian_forms(name: str, russian: str | None = None) -> dict[str, str]:
    """A draft of the oblique cases of a Belarusian place name: «Магілёўская вобласць»
    -> {"gen": "Магілёўскай вобласці", ...}. Vowel endings other than -а stay as they
    are (Чжэнчжоу, Уласі); an editor checks every draft."""
    words = name.split()
    generic = 0
    while generic < len(words) and words[generic].lower() in _BE_GENERIC:
        generic += 1
    later = next((i for i, w in enumerate(words) if i and w.lower() in _BE_GENERIC), None)
    if generic and generic < len(words) and words[generic - 1].lower() not in ("аўтаномны", "спецыяльны"):
        declined, fixed = words[:generic], words[generic:]
    elif later is not None:
        # «Ахматаўскі раён Грознага»: what follows the generic words stays as it is
        while later + 1 < len(words) and words[later + 1].lower() in _BE_GENERIC:
            later += 1
        declined, fixed = words[: later + 1], words[later + 1 :]
    else:
        declined, fixed = words, []
    # the Russian name tells a noun's gender where the ending does not (Беларусь, Гродна)
    gender = (
        russian_gender(russian.split()[-1])
        if russian and not fixed and len(russian.split()) == len(declined)
        else None
    )
    columns: list[tuple[str, ...]] = []
    for index, word in enumerate(declined):
        last = index == len(declined) - 1
        forms = _belarusian_word(word, _BE_NOUN if last else _BE_ADJECTIVE, gender if last else None)
        if forms is None and not last:
            forms = _belarusian_word(word, _BE_NOUN)
        columns.append(forms or (word,) * 5)
    return {
        case: " ".join([*(column[position] for column in columns), *fixed])
        for position, case in enumerate(OBLIQUE_CASES)
    }


def draft_forms(name: str, language: str, russian: str | None = None) -> dict[str, str]:
    """Draft oblique forms of ``name`` in ``language`` (ru or be); for Belarusian, the
    place's Russian name helps tell a noun's gender."""
    if language == "ru":
        return russian_forms(name)
    if language == "be":
        return belarusian_forms(name, russian)
    raise ValueError(f"no case forms for language {language!r}")


_PREPOSITIONS = {
    "в",
    "во",
    "с",
    "со",
    "на",
    "из",
    "от",
    "для",
    "по",
    "к",
    "у",
    "ў",
    "з",
    "да",
    "ад",
    "па",
    "среди",
    "сярод",
}
_GROWTH_WORDS = {"ru": ("рост", "увеличение"), "be": ("рост", "павелічэнне")}


def metric_subject(metric: str, language: str) -> tuple[str, str] | None:
    """A figure's metric as the subject of a headline, with its gender or number for
    the verb (masc, femn, neut, plur): «рост товарооборота» -> («товарооборот», "masc").
    None where the metric cannot stand as a subject (a Belarusian growth metric, whose
    words would need a dictionary, or a metric that names its own change)."""
    words = metric.split()
    if not words or language not in _GROWTH_WORDS:
        return None
    growth = words[0].casefold() in _GROWTH_WORDS[language]
    if growth:
        words = words[1:]
    if not words or any(word.casefold() in _GROWTH_WORDS[language] for word in words):
        return None
    if language == "be":
        if growth:
            return None
        head = next((w for w in words if not re.search(r"(ы|і|ая|ае|ыя|ія)$", w)), words[0])
        return " ".join(words), _belarusian_gender(head)
    head_index = next((i for i, w in enumerate(words) if w.casefold() in _PREPOSITIONS), len(words))
    noun_phrase, rest = words[:head_index], words[head_index:]
    parses = [_analyzer().parse(word) for word in noun_phrase]
    nouns = [p for options in parses for p in options if "NOUN" in p.tag]
    if not nouns:
        return None
    noun = nouns[0]
    number = "plur" if "plur" in noun.tag else None
    gender = number or next((g for g in ("masc", "femn", "neut") if g in noun.tag), "masc")
    if growth:  # «рост белорусского экспорта» -> «белорусский экспорт»
        nominative = []
        for word, options in zip(noun_phrase, parses, strict=True):
            chosen = next((p for p in options if "gent" in p.tag), options[0])
            wanted = {"nomn"} | (
                {"plur"} if number else {"sing", gender} if "ADJF" in chosen.tag else {"sing"}
            )
            form = chosen.inflect(wanted)
            nominative.append(_keep_capital(word, form.word) if form else word)
        noun_phrase = nominative
    return " ".join([*noun_phrase, *rest]), gender


def _belarusian_gender(noun: str) -> str:
    lower = noun.casefold()
    if lower.endswith(("ы", "і")):
        return "plur"
    if lower.endswith(("а", "я")):
        return "femn"
    if lower.endswith(("о", "е", "ё")):
        return "neut"
    return "masc"


_UNIT_WORDS = {"ru": " область", "be": " вобласць"}
_ADJECTIVE_ENDINGS = {"ru": "ий", "be": "і"}


def unit_adjective(name: str, language: str) -> str:
    """The adjective an oblast's name gives its executive committee: «Гомельская область»
    → «Гомельский» (облисполком), «Гомельская вобласць» → «Гомельскі» (аблвыканкам);
    the name as it is where it is no '…ская область'."""
    word = _UNIT_WORDS.get(language)
    if word is None or not name.endswith(word):
        return name
    stem = name.removesuffix(word)
    if " " in stem or not stem.endswith("ая"):
        return name
    return stem.removesuffix("ая") + _ADJECTIVE_ENDINGS[language]
