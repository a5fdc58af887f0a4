"""Numbers in a sentence, read as a desk writes them in Russian, Belarusian and English.

Money with its scale and currency («41,4 млн долларов», «230 млрд российских рублей»,
"USD 850 million", "$745 million"), percentages, multiples («в 1,8 раза», "2.5 times"),
counts («20 предприятий»), each with the qualifier before it («более», "nearly"). The
periods and dates beside them are read in ``periods``. Nothing is guessed: what the
sentence does not say is not returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..text.caseless import caseless

_SCALES = {
    "трлн": 10**12, "трилл": 10**12, "trillion": 10**12,
    "млрд": 10**9, "миллиард": 10**9, "мільярд": 10**9, "billion": 10**9, "bn": 10**9,
    "млн": 10**6, "миллион": 10**6, "мільён": 10**6, "million": 10**6, "mln": 10**6,
    "тыс": 10**3, "тысяч": 10**3, "тысяча": 10**3, "thousand": 10**3,
}  # fmt: skip
_CURRENCIES = (
    (r"(?:российск|расійск|рос\.)\w*\s+(?:рубл|руб)\w*\.?|russian\s+r(?:o)?ubles?|RUB|₽", "RUB"),
    (r"(?:белорусск|беларуск|бел\.)\w*\s+(?:рубл|руб)\w*\.?|belarusian\s+r(?:o)?ubles?|BYN|Br", "BYN"),
    (r"(?:доллар|долар|долл|dollar)\w*\.?(?:\s+(?:США|ЗША|US))?|USD|US\$|\$", "USD"),
    (r"евро|еўра|euro\w*|EUR|€", "EUR"),
    (r"юан\w*|yuan|CNY|RMB", "CNY"),
    (r"рубл\w*|руб\.|r(?:o)?ubles?", "RUB?"),  # rubles with no country: said to be unsure
)
_QUALIFIERS = (
    (
        r"более\s+чем|более|свыше|больш\s+за|больш\s+чым|звыш|more\s+than|over|in\s+excess\s+of|exceeding|above",
        "more than",
    ),
    (
        r"почти|амаль|практически|практычна|близко\s+к|nearly|almost|practically|close\s+to|just\s+under",
        "nearly",
    ),
    (r"около|порядка|примерно|каля|прыкладна|about|around|some|approximately", "about"),
    (r"не\s+менее|не\s+меньш|at\s+least", "at least"),
    (r"менее|меньше|less\s+than", "less than"),
    (r"до|up\s+to", "up to"),
)
_QUALIFIER = "|".join(pattern for pattern, _ in _QUALIFIERS)
# a qualifier is looked for before an amount once it is found: an optional group at the
# head of every pattern would be tried at every letter of the sentence
# («почти на $159 млн», «более чем на 20 %»: the preposition stands between)
_QUALIFIER_BEFORE = caseless(rf"(?<!\w)(?P<qualifier>{_QUALIFIER})\s+(?:на\s+)?$", re.IGNORECASE)
# groups of three digits apart (a space, or "1,234,567"), or digits with a decimal part
_NUMBER = (
    r"(?P<number>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|"
    r"\d+(?:[.,]\d+)?)"
)
_SCALE = (
    r"(?P<scale>трлн|трилл\w*|млрд|миллиард\w*|мільярд\w*|млн|миллион\w*|мільён\w*|тыс|тысяч\w*|"
    r"trillion|billion|bn|million|mln|thousand)\.?"
)
_CURRENCY = "|".join(f"(?:{pattern})" for pattern, _ in _CURRENCIES)

_MONEY_AFTER = caseless(
    rf"{_NUMBER}\s*(?:{_SCALE}\s*)?(?P<currency>{_CURRENCY})(?!\w)",
    re.IGNORECASE,
)
_MONEY_BEFORE = caseless(
    rf"(?P<currency>US\$|\$|USD|EUR|€|BYN|Br|RUB|CNY)\s?{_NUMBER}"
    rf"(?:\s*{_SCALE})?(?!\w)",
    re.IGNORECASE,
)
_PERCENT = caseless(
    rf"{_NUMBER}\s?(?:%|процент\w*|працэнт\w*|per\s?cent|percent)",
    re.IGNORECASE,
)
_TIMES = caseless(
    rf"(?:(?:в|у|ў)\s+{_NUMBER}\s+раз\w*|"
    + _NUMBER.replace("?P<number>", "?P<number_en>")
    + r"[- ](?:times|fold))",
    re.IGNORECASE,
)
_COUNT_NOUNS = (
    (r"предприяти\w*|прадпрыемств\w*|enterprises?", "enterprises"),
    (
        r"компани\w*|кампані\w*|compan(?:y|ies)|firms?|организаци\w*|арганізацы\w*|organi[sz]ations?",
        "companies",
    ),
    (r"совместн\w+\s+предприяти\w*|сумесн\w+\s+прадпрыемств\w*|joint\s+ventures?", "joint ventures"),
    (r"соглашени\w*|пагадненн?\w*|agreements?|договор\w*|дагавор\w*|treaties", "agreements"),
    (r"документ\w*|дакумент\w*|documents", "documents"),
    (r"проект\w*|праект\w*|projects?", "projects"),
    # a zone's residents are companies, as the base counts them
    (r"резидент\w*|рэзідэнт\w*|residents?", "companies"),
    # «создано два юридических лица при участии КНР»: companies
    (r"юридическ\w+\s+лиц\w*|юрыдычн\w+\s+ас[оа]б\w*|legal\s+entit(?:y|ies)", "companies"),
    (r"стран\w*|краін\w*|countries", "countries"),
    (r"регион\w*|рэгіён\w*|regions", "regions"),
    (r"тонн\w*|тон\b|tonnes?|tons?", "tonnes"),
    (r"трактор\w*|tractors?", "tractors"),
    (r"(?:карьерн\w+\s+)?самосвал\w*|(?:mine\s+)?dump\s+trucks?", "dump trucks"),
    (r"производител\w*|вытворц\w*|producers?", "producers"),
    (
        r"(?:город\w*|гарад\w*)-(?:побратим\w*|пабрацім\w*)|побратим\w*|пабрацім\w*|(?:twin|sister)\s+cities",
        "cities",
    ),
)
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
    "two hundred": 200, "three hundred": 300, "five hundred": 500, "двести": 200, "триста": 300,
    "пятьсот": 500, "дзвесце": 200, "трыста": 300, "пяцьсот": 500,
    "сорок": 40, "сорак": 40, "forty": 40,
    "двух": 2, "трёх": 3, "трех": 3,
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "десять": 10, "дзве": 2, "тры": 3, "чатыры": 4, "пяць": 5, "шэсць": 6, "сем": 7, "восем": 8,
    "дзевяць": 9, "дзесяць": 10,
}  # fmt: skip
_WORD_NUMBER = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
# «19 ноября подписано соглашение»: a day of a month, no count
_NOT_A_DAY = (
    r"(?!\s+(?:январ|феврал|март|апрел|ма[йяюе]\b|июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лют|"
    r"сакавік|красавік|травен|траўн|чэрвен|ліпен|жнівен|жніўн|верас|кастрычнік|лістапад|снеж|January|February|"
    r"March|April|May\b|June|July|August|September|October|November|December))"
)
_COUNT = caseless(
    rf"(?<![\d.,])(?:{_NUMBER}{_NOT_A_DAY}|\b(?P<word>{_WORD_NUMBER}))\s+"
    rf"(?:{_SCALE}\s*)?(?:[a-zа-яёіў-]+\s+){{0,2}}?(?P<noun>"
    + "|".join(f"(?:{pattern})" for pattern, _ in _COUNT_NOUNS)
    + r")",
    re.IGNORECASE,
)
_EXCEEDED = caseless(
    r"(?:превысил\w*|превысит|превысят|превысив|превысить|превышает|превышают|перевалил\w*|перавысі\w*|перавышае|"
    r"exceed(?:ed|s|ing)?|topped|surpass\w*)\s+"
    r"(?:the\s+(?:(?:mark|bar|threshold)\s+of\s+)?|(?:отметку|рубеж|порог|планку|адзнаку|мяжу|парог)\s+(?:в\s+|у\s+)?)?$",
    re.IGNORECASE,
)
_IS_YEAR = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")
# the words between a count and its noun qualify the noun («20 совместных предприятий»)
_CYRILLIC_WORDS = caseless(r"[а-яёіў-]+", re.I)
_WORD_REST = re.compile(r"\w*")
_QUALIFYING = caseless(
    r"(?:ых|их|ый|ий|ой|ая|яя|ое|ее|ые|ие|ыя|ую|ого|его|ым|им|ыми|ими|ай|ага|аму|ім|-)$", re.I
)
# "one hundred million Belarusian rubles", «сто миллионов рублей»: a number in words before its scale
_MONEY_WORDS = caseless(
    rf"\b(?P<word>(?:one\s+)?hundred|сто|half\s+a|one\s+and\s+a\s+half|"
    rf"полтора|паўтара|пол(?=миллиард|миллион|мільярд|мільён)|{_WORD_NUMBER}|one|одна|один)"
    rf"(?P<half>\s+and\s+a\s+half|\s+с\s+половиной|\s+з\s+паловай)?\s*"
    rf"{_SCALE}\s*(?P<currency>{_CURRENCY})(?!\w)",
    re.IGNORECASE,
)
# "two and a half times", «в два с половиной раза», «в полтора раза»
_WORD_MULTIPLE = caseless(
    rf"\b(?:(?:(?:в|у)\s+)?\b(?P<word>{_WORD_NUMBER}|one)(?P<half>\s+and\s+a\s+half|\s+с\s+половиной|\s+з\s+паловай)?"
    r"\s+(?:times|раз\w*)|(?:(?:в|у)\s+)?(?P<one_half>полтора|паўтара|one\s+and\s+a\s+half)\s+(?:раз\w*|times))",
    re.IGNORECASE,
)
_WORD_TIMES = caseless(r"\b(?:вдвое|удвая|ўдвая|doubled|twice)\b", re.IGNORECASE)
# "increased by almost half", "accounts for half of", «выросла почти наполовину», «приходится
# половина товарооборота», "by almost a quarter", «на четверть»; not "the first half of 2021",
# «первую половину года», "a quarter of a century" nor «четверть века»
_FRACTION_PERCENT = caseless(
    rf"\b(?:by|for|up)\s+(?:(?P<qualifier>{_QUALIFIER})\s+)?(?:a\s+|one\s+)?(?P<fraction>half|quarter)\b"
    r"(?!\s+(?:a\s+)?year|\s+(?:of\s+a\s+)?century)|"
    rf"(?:\bнаполовину|\bна\s+половину|\bнапалову|\bна\s+(?P<quarter>четверть|чвэрць))\b(?!\s+(?:века|стагоддзя))|"
    # «достиг четверти всего оборота»: reached a quarter of a whole
    rf"\b(?:приходится|прыпадае|accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|достиг\w*|дасягнуў|дасягнула)\s+"
    rf"(?:(?P<qualifier_share>{_QUALIFIER})\s+)?"
    r"(?:exactly\s+|ровно\s+|роўна\s+)?"
    r"(?P<share>половин[аы]|палов[аы]|три\s+четверти|тры\s+чвэрці|четверт[ьи]|чвэрц[ьі]|"
    r"десят(?:ую|ая)\s+част[ьи]|дзясят(?:ую|ая)\s+частк[аі]|(?:a\s+|one\s+)?tenth|"
    r"(?:a\s+|one\s+)?half|three\s+(?:fourths|quarters)|a\s+quarter|one\s+quarter)\b",
    re.IGNORECASE,
)


def _fraction_value(match: re.Match[str]) -> float:
    """«на четверть» 25, «три четверти» 75, "half" 50, "a tenth" 10."""
    words = (match["share"] or match["fraction"] or match["quarter"] or "").lower()
    if re.match(r"thr|три|тры", words):
        return 75
    if re.search(r"tenth|десят|дзясят", words):
        return 10
    return 25 if re.search(r"quarter|четверт|чвэрц", words) or match["quarter"] else 50


@dataclass(frozen=True)
class Amount:
    """A number with its unit, as the sentence gives it."""

    value: float
    unit: str  # USD, EUR, BYN, RUB, CNY, percent, times, or an English count noun
    qualifier: str | None
    start: int
    end: int
    text: str
    unsure: str = ""  # what the sentence leaves open about it


def _number(text: str, scale: str | None = "") -> float:
    """The number as written. Of an amount (``scale`` given, None where it has none) a
    comma before groups of three digits is a thousands separator ("USD 575,000"), though
    before a scale a decimal one («1,041 млрд»)."""
    digits = re.sub(r"[ \u00a0\u202f]", "", text)
    if scale is None and _THOUSANDS.fullmatch(digits):
        return float(digits.replace(",", ""))
    return float(digits.replace(",", "."))


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _qualifier(text: str | None) -> str | None:
    if not text:
        return None
    for pattern, word in _QUALIFIERS:
        if re.fullmatch(pattern, text.strip(), re.IGNORECASE):
            return word
    return None


def _scale(text: str | None) -> int:
    if not text:
        return 1
    folded = text.lower().rstrip(".")
    return next((size for stem, size in _SCALES.items() if folded.startswith(stem)), 1)


def _scaled(number: float, scale: str | None) -> float:
    """The number times its scale, as written: $1.041 billion is 1,041,000,000, not the
    binary float's 1,040,999,999.9999999."""
    size = _scale(scale)
    return number if size == 1 else float(round(number * size, 6))


def _currency(text: str) -> str:
    for pattern, code in _CURRENCIES:
        if re.fullmatch(pattern, text.strip(), re.IGNORECASE):
            return code
    return "USD"


def amounts(sentence: str) -> list[Amount]:
    """Every amount in the sentence, in order; overlapping readings keep the first and
    longest (money before a bare count)."""
    found: list[Amount] = []

    def add(amount: Amount) -> None:
        if not any(amount.start < other.end and amount.end > other.start for other in found):
            found.append(amount)

    for pattern in (_MONEY_AFTER, _MONEY_BEFORE):
        for match in pattern.finditer(sentence):
            add(_money(match, _scaled(_number(match["number"], match["scale"]), match["scale"])))
    folded = sentence.lower()
    # a number in words is money only before a scale, and a multiple only before «раз» or
    # "times": most sentences have neither, and a look for them is far quicker
    for match in _MONEY_WORDS.finditer(sentence) if any(stem in folded for stem in _SCALES) else ():
        half = 0.5 if match["half"] else 0.0
        add(_money(match, _scaled(word_number(match["word"]) + half, match["scale"])))
    for match in _PERCENT.finditer(sentence):
        add(
            Amount(
                _number(match["number"]),
                "percent",
                None,
                *match.span(),
                match.group(),
            )
        )
    for match in _TIMES.finditer(sentence):
        number = match["number"] or match["number_en"]
        add(Amount(_number(number), "times", None, *match.span(), match.group()))
    for match in _WORD_TIMES.finditer(sentence):
        add(Amount(2, "times", None, *match.span(), match.group()))
    for match in _FRACTION_PERCENT.finditer(sentence):
        qualifier = _qualifier(match["qualifier"] or match["qualifier_share"])
        add(Amount(_fraction_value(match), "percent", qualifier, *match.span(), match.group().strip()))
    for match in _WORD_MULTIPLE.finditer(sentence) if "раз" in folded or "times" in folded else ():
        half = 0.5 if match["half"] else 0.0
        value = 1.5 if match["one_half"] else word_number(match["word"]) + half
        if value >= 1.5:
            add(Amount(value, "times", None, *match.span(), match.group()))
    position = 0
    while count := _COUNT.search(sentence, position):
        position = count.end()
        noun = next(
            word for pattern, word in _COUNT_NOUNS if re.fullmatch(pattern, count["noun"], re.IGNORECASE)
        )
        number = (
            _number(count["number"], count["scale"])
            if count["number"]
            else _NUMBER_WORDS[count["word"].lower()]
        )
        if count["number"] and _IS_YEAR.fullmatch(count["number"]) and not count["scale"]:
            # «в 2016 году соглашение», "in 2021 residents": a year, not a count; the count
            # may follow it ("in 2021 four new residents")
            position = count.end("number")
            continue
        # (after the scale's whole word: «тыс» may have matched in «тысяч»)
        words_from = max(count.end("number"), count.end("word"), count.end("scale"))
        words_from += len(_WORD_REST.match(sentence[words_from:]).group())  # type: ignore[union-attr]
        if not all(
            _QUALIFYING.search(word)
            for word in _CYRILLIC_WORDS.findall(sentence, words_from, count.start("noun"))
        ):
            continue  # «президенты двух государств подписали договор»: two states, no count of treaties
        value = _scaled(number, count["scale"])
        add(Amount(value, noun, None, *count.span(), count.group()))
    for match in _NUMBER_OF.finditer(sentence):
        noun = next(word for pattern, word in _COUNT_NOUNS if re.fullmatch(pattern, match["noun"], re.I))
        if not _IS_YEAR.fullmatch(match["number"]):
            add(Amount(_number(match["number"], None), noun, None, *match.span("number"), match.group()))
    return sorted((_qualified(sentence, amount) for amount in found), key=lambda amount: amount.start)


# the count told after its noun: "the number of organizations with Russian capital … rose to
# 450", «количество предприятий … достигло 120»
_NUMBER_OF = caseless(
    r"(?:the\s+number\s+of|количеств\w+|числ[оа]|колькасц\w+|лік\w*)\s+(?P<noun>"
    + "|".join(f"(?:{pattern})" for pattern, _ in _COUNT_NOUNS)
    + r")\b[^.;%]{0,80}?\b(?:rose|increased|reached|grew|totall?ed|stood\s+at|составил\w*|составля\w*|"
    r"достиг\w*|вырос\w*|увеличил\w*|склала|складае|дасягнул\w*|вырасла|павялічыл\w*)\s+"
    r"(?:up\s+)?(?:to\s+|до\s+|да\s+)?(?P<number>\d+(?:\s\d{3})*)\b(?!\s*(?:%|процент|працэнт|per|млн|млрд|тыс|mln|bn|million|billion))",
    re.I,
)


_ROSE_TO = caseless(
    r"(?:вырос\w*|увеличил\w*|нарастил\w*|сократил\w*|снизил\w*|вырас\w*|павялічы\w*|скарацi\w*|"
    r"rose|grew|increased|fell|declined|went\s+up|went\s+down)\b[^.;]{0,40}$",
    re.I,
)


def _qualified(sentence: str, amount: Amount) -> Amount:
    """The amount with the qualifier written before it («более», "nearly"), its span
    and text taken back to it; «превысил 41,4 млн долларов», "exceeded $20 million": the
    verb is the qualifier."""
    if amount.qualifier is not None:
        return amount
    before = _QUALIFIER_BEFORE.search(sentence, max(0, amount.start - 30), amount.start)
    if before and _qualifier(before["qualifier"]) == "up to" and _ROSE_TO.search(sentence[: before.start()]):
        before = None  # «вырос в 3,3 раза, до 5,3 млн», "rose to": the level reached, not a ceiling
    if before:
        start = before.start()
        return replace(
            amount, qualifier=_qualifier(before["qualifier"]), start=start, text=sentence[start : amount.end]
        )
    if _EXCEEDED.search(sentence[max(0, amount.start - 30) : amount.start]):
        return replace(amount, qualifier="more than")
    if amount.unit == "percent" and not re.search(r"\d|exactly|ровно|роўна", amount.text, re.I):
        return replace(amount, qualifier="about")  # "three fourths", «на четверть»: a share said round
    return amount


def _money(match: re.Match[str], value: float) -> Amount:
    """A sum of money as the match gives it: its currency and span."""
    code = _currency(match["currency"])
    unsure = ""
    if code == "RUB?":
        code, unsure = "RUB", "the sentence says «рублей» without saying whose: Russian or Belarusian"
    return Amount(value, code, None, *match.span(), match.group(), unsure)


def word_number(word: str) -> float:
    """A number written in words: «два», "two hundred", «полтора»."""
    folded = re.sub(r"\s+", " ", word.lower())
    if folded in ("one hundred", "hundred", "сто"):
        return 100
    if folded in ("one", "одна", "один"):
        return 1
    if folded in ("half a", "пол"):
        return 0.5
    if folded in ("one and a half", "полтора", "паўтара"):
        return 1.5
    return _NUMBER_WORDS[folded]
