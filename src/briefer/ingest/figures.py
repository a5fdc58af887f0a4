"""Numbers, periods and dates in a sentence, read as a desk writes them in Russian,
Belarusian and English.

Money with its scale and currency («41,4 млн долларов», «230 млрд российских рублей»,
"USD 850 million", "$745 million"), percentages, multiples («в 1,8 раза», "2.5 times"),
counts («20 предприятий»), each with the qualifier before it («более», "nearly"); the
period a figure covers («в январе–марте 2023 года», "in Q1 2021", «за 2025 год»); and
dates, absolute or relative to the article's own date («сегодня», «7 ноября», «в
прошлом году»). Nothing is guessed: what the sentence does not say is not returned.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..text.stems import fold

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# month stems in Russian, Belarusian and English, folded (і→и, ў→в), in month order
_MONTH_STEMS = (
    ("январ", "студз", "jan"), ("феврал", "лют", "feb"), ("март", "сакав", "mar"),
    ("апрел", "красав", "apr"), ("ма", "трав", "may"), ("июн", "чэрв", "черв", "jun"),
    ("июл", "лип", "jul"), ("август", "жнив", "aug"), ("сентябр", "верас", "sep"),
    ("октябр", "кастрыч", "oct"), ("ноябр", "листапад", "nov"), ("декабр", "снеж", "dec"),
)  # fmt: skip
_MONTH_WORD = (
    r"(?:январ|феврал|март|апрел|ма[йяюеі]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"студзен|лют|сакавік|красавік|травен|траўн|чэрвен|ліпен|жнівен|жніўн|верас|"
    r"кастрычнік|лістапад|снеж|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\w*"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DASH = r"\s*[-–—−‒]\s*"  # the minus sign and the figure dash too: «2026−2028»

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
    (r"почти|амаль|практически|практычна|nearly|almost|practically", "nearly"),
    (r"около|порядка|примерно|около|каля|прыкладна|about|around|some|approximately", "about"),
    (r"не\s+менее|не\s+меньш|at\s+least", "at least"),
    (r"менее|меньше|less\s+than", "less than"),
    (r"до|up\s+to", "up to"),
)
_QUALIFIER = "|".join(pattern for pattern, _ in _QUALIFIERS)
# a qualifier is looked for before an amount once it is found: an optional group at the
# head of every pattern would be tried at every letter of the sentence
# («почти на $159 млн», «более чем на 20 %»: the preposition stands between)
_QUALIFIER_BEFORE = re.compile(rf"(?<!\w)(?P<qualifier>{_QUALIFIER})\s+(?:на\s+)?$", re.IGNORECASE)
_NUMBER = r"(?P<number>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_SCALE = (
    r"(?P<scale>трлн|трилл\w*|млрд|миллиард\w*|мільярд\w*|млн|миллион\w*|мільён\w*|тыс|тысяч\w*|"
    r"trillion|billion|bn|million|mln|thousand)\.?"
)
_CURRENCY = "|".join(f"(?:{pattern})" for pattern, _ in _CURRENCIES)

_MONEY_AFTER = re.compile(
    rf"{_NUMBER}\s*(?:{_SCALE}\s*)?(?P<currency>{_CURRENCY})(?!\w)",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(
    rf"(?P<currency>US\$|\$|USD|EUR|€|BYN|Br|RUB|CNY)\s?{_NUMBER}"
    rf"(?:\s*{_SCALE})?(?!\w)",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    rf"{_NUMBER}\s?(?:%|процент\w*|працэнт\w*|per\s?cent|percent)",
    re.IGNORECASE,
)
_TIMES = re.compile(
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
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "десять": 10, "дзве": 2, "тры": 3, "чатыры": 4, "пяць": 5, "шэсць": 6, "сем": 7, "восем": 8,
    "дзевяць": 9, "дзесяць": 10,
}  # fmt: skip
_WORD_NUMBER = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_COUNT = re.compile(
    rf"(?<![\d.,])(?:{_NUMBER}|\b(?P<word>{_WORD_NUMBER}))\s+"
    rf"(?:{_SCALE}\s*)?(?:[a-zа-яёіў-]+\s+){{0,2}}?(?P<noun>"
    + "|".join(f"(?:{pattern})" for pattern, _ in _COUNT_NOUNS)
    + r")",
    re.IGNORECASE,
)
_EXCEEDED = re.compile(
    r"(?:превысил\w*|превысит|превысят|превысив|превысить|превышает|превышают|перевалил\w*|перавысі\w*|перавышае|"
    r"exceed(?:ed|s|ing)?|topped|surpass\w*)\s+(?:the\s+|отметку\s+(?:в\s+)?|рубеж\s+(?:в\s+)?)?$",
    re.IGNORECASE,
)
_IS_YEAR = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")
# "one hundred million Belarusian rubles", «сто миллионов рублей»: a number in words before its scale
_MONEY_WORDS = re.compile(
    rf"\b(?P<word>(?:one\s+)?hundred|сто|half\s+a|one\s+and\s+a\s+half|"
    rf"полтора|паўтара|пол(?=миллиард|миллион|мільярд|мільён)|{_WORD_NUMBER}|one|одна|один)"
    rf"(?P<half>\s+and\s+a\s+half|\s+с\s+половиной|\s+з\s+паловай)?\s*"
    rf"{_SCALE}\s*(?P<currency>{_CURRENCY})(?!\w)",
    re.IGNORECASE,
)
# "two and a half times", «в два с половиной раза», «в полтора раза»
_WORD_MULTIPLE = re.compile(
    rf"(?:(?:в|у)\s+)?\b(?P<word>{_WORD_NUMBER}|one)(?P<half>\s+and\s+a\s+half|\s+с\s+половиной|\s+з\s+паловай)?"
    r"\s+(?:times|раз\w*)|(?:(?:в|у)\s+)?(?P<one_half>полтора|паўтара|one\s+and\s+a\s+half)\s+(?:раз\w*|times)",
    re.IGNORECASE,
)
_WORD_TIMES = re.compile(r"\b(?:вдвое|удвая|ўдвая|doubled|twice)\b", re.IGNORECASE)
# "increased by almost half", "accounts for half of", «выросла почти наполовину», «приходится
# половина товарооборота», "by almost a quarter", «на четверть»; not "the first half of 2021",
# «первую половину года», "a quarter of a century" nor «четверть века»
_FRACTION_PERCENT = re.compile(
    rf"\b(?:by|for|up)\s+(?:(?P<qualifier>{_QUALIFIER})\s+)?(?:a\s+|one\s+)?(?P<fraction>half|quarter)\b"
    r"(?!\s+(?:a\s+)?year|\s+(?:of\s+a\s+)?century)|"
    rf"(?:\bнаполовину|\bна\s+половину|\bнапалову|\bна\s+(?P<quarter>четверть|чвэрць))\b(?!\s+(?:века|стагоддзя))|"
    rf"\b(?:приходится|прыпадае|accounts?\s+for|makes?\s+up)\s+(?:(?P<qualifier_share>{_QUALIFIER})\s+)?"
    r"(?P<share>половина|палова|три\s+четверти|тры\s+чвэрці|четверть|чвэрць|"
    r"(?:a\s+|one\s+)?half|three\s+(?:fourths|quarters)|a\s+quarter|one\s+quarter)\b",
    re.IGNORECASE,
)


def _fraction_value(match: re.Match[str]) -> float:
    """«на четверть» 25, «три четверти» 75, "half" 50."""
    words = (match["share"] or match["fraction"] or match["quarter"] or "").lower()
    if re.match(r"thr|три|тры", words):
        return 75
    return 25 if re.search(r"quarter|четверть|чвэрць", words) or match["quarter"] else 50


_QUARTER = re.compile(
    rf"(?:(?P<roman>IV|III|II|I)\s+квартал\w*|(?P<ordinal>перв|втор|трет|четв[её]рт|перш|друг|трэц|чацв[её]рт)\w*\s+квартал\w*|"
    rf"(?:the\s+)?(?P<english>first|second|third|fourth)\s+quarter(?:\s+of)?|Q(?P<q>[1-4]))\s*(?:of\s+)?"
    # a quarter without its year is of the report's own year: "in the first quarter",
    # "in the first quarter of this year", «в I квартале текущего года»
    rf"(?:{_YEAR}|(?P<this>this\s+year|этого\s+года|текущего\s+года|нынешнего\s+года|гэтага\s+года|бягучага\s+года)|(?![\s,]*\d))",
    re.IGNORECASE,
)
_HALF = re.compile(
    rf"(?:перв\w*|перш\w*|the\s+first)\s+(?:полугоди\w*|паўгоддз\w*|half)\s*(?:of\s+)?"
    rf"(?:{_YEAR}|(?P<this>(?:the|this)\s+year|этого\s+года|текущего\s+года|гэтага\s+года|бягучага\s+года)|"
    r"(?P<bare>(?!\s*\d)))",
    re.IGNORECASE,
)
_BY_YEAR_END = re.compile(
    rf"\b(?:by\s+the\s+end\s+of|до\s+конца|к\s+концу|да\s+канца)\s+"
    rf"(?:{_YEAR}(?:\s+год\w*)?|(?:this|the|этого|текущего|гэтага|бягучага)?\s*(?:year|года))",
    re.IGNORECASE,
)
_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "двух": 2, "два": 2, "трех": 3, "три": 3, "четырех": 4, "четыре": 4, "пяти": 5, "пять": 5,
    "шести": 6, "шесть": 6, "семи": 7, "семь": 7, "восьми": 8, "восемь": 8, "девят": 9, "десят": 10,
    "одиннадцат": 11, "трох": 3, "чатыр": 4, "пяц": 5, "шасц": 6, "сям": 7, "вась": 8,
}  # fmt: skip
_MONTHS_OF = re.compile(
    r"(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|[а-яё]+)\s+"
    rf"(?:месяц\w*|месяцаў|months)\s*(?:of\s+|of\s+the\s+year\s+)?(?:{_YEAR}|(?P<this>this\s+year|этого\s+года|гэтага\s+года))?",
    re.IGNORECASE,
)
_FROM_TO = re.compile(
    rf"(?:\bfrom|\bс|\bсо|\bз|\bса)\s+(?P<first>{_MONTH_WORD})\s+(?:to|по|па|до|да)\s+(?P<last>{_MONTH_WORD})\s*"
    r"(?:of\s+)?"
    rf"(?:{_YEAR}|(?P<this>this\s+year|этого\s+года|текущего\s+года|нынешнего\s+года|гэтага\s+года|бягучага\s+года))?",
    re.IGNORECASE,
)
_MONTH_RANGE = re.compile(
    rf"(?P<first>{_MONTH_WORD})(?:{_DASH}(?P<last>{_MONTH_WORD}))?\s*(?:of\s+)?{_YEAR}",
    re.IGNORECASE,
)
# «в январе текущего года», "in March this year": the article's year
_MONTH_THIS_YEAR = re.compile(
    rf"(?:в|за|у|in)\s+(?P<first>{_MONTH_WORD})(?:{_DASH}(?P<last>{_MONTH_WORD}))?\s+(?:of\s+)?"
    r"(?:this\s+year|этого\s+года|текущего\s+года|нынешнего\s+года|гэтага\s+года|бягучага\s+года)",
    re.IGNORECASE,
)
_MONTH_RANGE_NO_YEAR = re.compile(
    rf"(?:в|за|у|in)\s+(?P<first>{_MONTH_WORD}){_DASH}(?P<last>{_MONTH_WORD})(?!\s*\d)"
    # "in January-March this year": the year is the range's, not a period of its own
    r"(?:\s+(?:of\s+)?(?:this\s+year|этого\s+года|текущего\s+года|нынешнего\s+года|гэтага\s+года|бягучага\s+года))?",
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(
    rf"(?:(?:в|за|по\s+итогам|по\s+выніках|у|на\s+конец|in|for|over|during|by)\s+)?{_YEAR}(?:\s*(?:год\w*|г\.|гг\.)|\b)",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(
    # «с 18 по 21 сентября», «18–21 сентября»: the first day of the span
    rf"(?<!\d)(?P<day>[0-3]?\d)(?:\s*(?:по|па|до|да|to|[-–—])\s*[0-3]?\d)?\s+(?P<month>{_MONTH_WORD})(?:\s+{_YEAR})?",
    re.IGNORECASE,
)
_MONTH_DAY_EN = re.compile(
    rf"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    rf"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?\s+{_YEAR})?",
    re.IGNORECASE,
)
_IN_MONTH = re.compile(
    # "in early July", «в начале июля», «у канцы лістапада»: the month all the same
    rf"\b(?:в|у|ў|in)\s+(?:(?:early|late|mid)[- ]|(?:начале|конце|середине|пачатку|канцы|сярэдзіне)\s+)?"
    rf"(?P<month>{_MONTH_WORD})(?!{_DASH}|\w)(?:\s+(?:{_YEAR}|этого|текущего|гэтага))?",
    re.IGNORECASE,
)
_YEAR_RANGE = re.compile(rf"(?P<first>(?:19|20)\d\d){_DASH}(?P<last>(?:19|20)\d\d)")
# the year a plan runs to: «план мероприятий до 2026 года», "a plan until 2027"
_HORIZON = re.compile(
    rf"\b(?:до|да|until|till|through|up\s+to|running\s+to)\s+{_YEAR}(?:\s*(?:год\w*|гад\w*|г\.))?(?!\s*[-–—]?\s*\d)",
    re.IGNORECASE,
)
_LAST_WEEK = re.compile(
    r"\b(?P<fortnight>на\s+позапрошлой\s+неделе|на\s+пазамінулым\s+тыдні|the\s+week\s+before\s+last)\b|"
    r"\b(?P<days>на\s+днях|днями|a\s+few\s+days\s+ago)\b|"
    r"\b(?P<week>на\s+(?:прошедшей|прошлой)\s+неделе|на\s+мінулым\s+тыдні|last\s+week)\b|"
    r"\b(?:на\s+выходных|у\s+выхадныя|(?:over|at)\s+the\s+weekend)\b",
    re.IGNORECASE,
)
_RELATIVE = (
    (re.compile(r"\b(?:сегодня|сёння|today)\b", re.IGNORECASE), 0),
    (re.compile(r"\b(?:вчера|учора|yesterday)\b", re.IGNORECASE), -1),
    # «состоялась накануне в Москве»: the day before; not «накануне форума», before something else
    (
        re.compile(
            r"\b(?:накануне|напярэдадні)\b(?=\s*(?:[,.;]|$|(?:в|во|на|у|ў|состоял\w*|прош\w*|адбыл\w*)\b))",
            re.I,
        ),
        -1,
    ),
)
_LAST_YEAR = re.compile(
    r"\b(?:в\s+прошлом\s+году|у\s+мінулым\s+годзе|за\s+прошлый\s+год|за\s+мінулы\s+год|"
    r"по\s+итогам\s+прошлого\s+года|па\s+выніках\s+мінулага\s+года|last\s+year)\b",
    re.IGNORECASE,
)
THIS_YEAR = re.compile(
    r"\b(?:в\s+этом\s+году|в\s+текущем\s+году|в\s+нынешнем\s+году|сёлета|у\s+гэтым\s+годзе|"
    r"у\s+бягучым\s+годзе|this\s+year)\b",
    re.IGNORECASE,
)


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


@dataclass(frozen=True)
class Period:
    """The period a figure covers: as a reader says it, and its date."""

    text: str  # "2024", "January-March 2023", "Q1 2021"
    date: str  # YYYY or YYYY-MM: the period's end, as a fact's date
    start: int
    end: int


@dataclass(frozen=True)
class When:
    """A date in the sentence: YYYY, YYYY-MM or YYYY-MM-DD, and how it was read."""

    date: str
    start: int
    end: int
    relative: bool = False  # read from the article's date («сегодня», «7 ноября»)


def _number(text: str) -> float:
    digits = re.sub(r"[ \u00a0\u202f]", "", text)
    return float(digits.replace(",", "."))


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
            add(_money(match, _scaled(_number(match["number"]), match["scale"])))
    for match in _MONEY_WORDS.finditer(sentence):
        half = 0.5 if match["half"] else 0.0
        add(_money(match, _scaled(_word_number(match["word"]) + half, match["scale"])))
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
    for match in _WORD_MULTIPLE.finditer(sentence):
        half = 0.5 if match["half"] else 0.0
        value = 1.5 if match["one_half"] else _word_number(match["word"]) + half
        if value >= 1.5:
            add(Amount(value, "times", None, *match.span(), match.group()))
    position = 0
    while count := _COUNT.search(sentence, position):
        position = count.end()
        noun = next(
            word for pattern, word in _COUNT_NOUNS if re.fullmatch(pattern, count["noun"], re.IGNORECASE)
        )
        number = _number(count["number"]) if count["number"] else _NUMBER_WORDS[count["word"].lower()]
        if count["number"] and _IS_YEAR.fullmatch(count["number"]) and not count["scale"]:
            # «в 2016 году соглашение», "in 2021 residents": a year, not a count; the count
            # may follow it ("in 2021 four new residents")
            position = count.end("number")
            continue
        value = _scaled(number, count["scale"])
        add(Amount(value, noun, None, *count.span(), count.group()))
    for match in _NUMBER_OF.finditer(sentence):
        noun = next(word for pattern, word in _COUNT_NOUNS if re.fullmatch(pattern, match["noun"], re.I))
        if not _IS_YEAR.fullmatch(match["number"]):
            add(Amount(_number(match["number"]), noun, None, *match.span("number"), match.group()))
    return sorted((_qualified(sentence, amount) for amount in found), key=lambda amount: amount.start)


# the count told after its noun: "the number of organizations with Russian capital … rose to
# 450", «количество предприятий … достигло 120»
_NUMBER_OF = re.compile(
    r"(?:the\s+number\s+of|количеств\w+|числ[оа]|колькасц\w+|лік\w*)\s+(?P<noun>"
    + "|".join(f"(?:{pattern})" for pattern, _ in _COUNT_NOUNS)
    + r")\b[^.;%]{0,80}?\b(?:rose|increased|reached|grew|totall?ed|stood\s+at|составил\w*|составля\w*|"
    r"достиг\w*|вырос\w*|увеличил\w*|склала|складае|дасягнул\w*|вырасла|павялічыл\w*)\s+"
    r"(?:up\s+)?(?:to\s+|до\s+|да\s+)?(?P<number>\d+(?:\s\d{3})*)\b(?!\s*(?:%|процент|працэнт|per|млн|млрд|тыс|mln|bn|million|billion))",
    re.I,
)


_ROSE_TO = re.compile(
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
    return amount


def _money(match: re.Match[str], value: float) -> Amount:
    """A sum of money as the match gives it: its currency and span."""
    code = _currency(match["currency"])
    unsure = ""
    if code == "RUB?":
        code, unsure = "RUB", "the sentence says «рублей» without saying whose: Russian or Belarusian"
    return Amount(value, code, None, *match.span(), match.group(), unsure)


def _word_number(word: str) -> float:
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


def _month(word: str) -> int:
    folded = fold(word)
    for number, stems in enumerate(_MONTH_STEMS, start=1):
        if any(folded.startswith(stem) for stem in stems):
            # «ма» is May only as a whole word's start («мая», «май»), not «март»
            if number == 5 and folded.startswith("мар"):
                continue
            return number
    raise ValueError(word)


def _months(match: re.Match[str]) -> tuple[str, int] | None:
    """A month or a run of months as a period says them ("March", "January-March"), and
    the last month's number; None where the words are no months in order."""
    try:
        first = _month(match["first"])
        last = _month(match["last"]) if match["last"] else first
    except ValueError:
        return None
    if last < first:
        return None
    name = MONTHS_EN[first - 1] if first == last else f"{MONTHS_EN[first - 1]}-{MONTHS_EN[last - 1]}"
    return name, last


# every period a sentence names has a number or one of these words in it
_MAY_NAME_A_PERIOD = re.compile(
    r"\d|year|год|гад|квартал|quarter|полугод|паўгод|\bhalf\b|месяц|month|Q[1-4]", re.IGNORECASE
)


def periods(sentence: str, article: dt.date | None = None) -> list[Period]:
    """The periods the sentence names, most precise first where they overlap."""
    found: list[Period] = []
    if not _MAY_NAME_A_PERIOD.search(sentence):
        return found  # most sentences name none: one look instead of a dozen

    def add(text: str, date: str, start: int, end: int) -> None:
        if not any(start < other.end and end > other.start for other in found):
            found.append(Period(text, date, start, end))

    for match in _QUARTER.finditer(sentence):
        year = match["year"]
        if match["roman"]:
            quarter = {"I": 1, "II": 2, "III": 3, "IV": 4}[match["roman"].upper()]
        elif match["q"]:
            quarter = int(match["q"])
        else:
            word = fold(match["ordinal"] or match["english"])
            quarter = next(
                number
                for number, starts in enumerate(
                    (
                        ("перв", "перш", "first"),
                        ("втор", "друг", "second"),
                        ("трет", "трэц", "third"),
                        ("четв", "чацв", "fourth"),
                    ),
                    start=1,
                )
                if word.startswith(starts)
            )
        if year is None:
            if article is None:
                continue
            # a quarter not yet over when the article was written is last year's
            year = str(article.year if quarter * 3 < article.month or match["this"] else article.year - 1)
        add(f"Q{quarter} {year}", f"{year}-{quarter * 3:02d}", *match.span())
    for match in _HALF.finditer(sentence):
        year = match["year"]
        if year is None:
            if article is None:
                continue
            # the first half of the year, told in July or later, is this year's; before, last year's
            year = str(article.year if article.month > 6 else article.year - 1)
        add(f"January-June {year}", f"{year}-06", *match.span())
    for match in _BY_YEAR_END.finditer(sentence):
        # a target or a plan: "by the end of 2021", «до конца текущего года»
        year = match["year"] or (str(article.year) if article is not None else None)
        if year:
            add(f"by the end of {year}", f"{year}-12", *match.span())
    for match in _MONTHS_OF.finditer(sentence):
        count_text = match["count"].lower()
        count = (
            int(count_text)
            if count_text.isdigit()
            else next((n for stem, n in _COUNT_WORDS.items() if fold(count_text).startswith(fold(stem))), 0)
        )
        year = int(match["year"]) if match["year"] else (article.year if article and match["this"] else None)
        if (
            year is None
            and article is not None
            # "in the first three months", and a bare "in three months" / «за три месяца»
            # in a report: the months of the article's year so far
            and re.search(
                r"first|перв|перш|\b(?:in|over)\s+$|(?:^|\s)(?:за|в)\s+$",
                sentence[max(0, match.start() - 12) : match.start()],
                re.I,
            )
        ):
            year = article.year if count < article.month else article.year - 1
        if 1 <= count <= 12 and year:
            text = MONTHS_EN[0] if count == 1 else f"January-{MONTHS_EN[count - 1]}"
            add(f"{text} {year}", f"{year}-{count:02d}", *match.span())
    for match in _FROM_TO.finditer(sentence):
        try:
            first, last = _month(match["first"]), _month(match["last"])
        except ValueError:
            continue
        year = int(match["year"]) if match["year"] else (article.year if article and match["this"] else None)
        if year and first < last:
            add(f"{MONTHS_EN[first - 1]}-{MONTHS_EN[last - 1]} {year}", f"{year}-{last:02d}", *match.span())
    for match in _MONTH_RANGE.finditer(sentence):
        months = _months(match)
        if months:
            add(f"{months[0]} {match['year']}", f"{match['year']}-{months[1]:02d}", *match.span())
    if article is not None:
        for match in _MONTH_THIS_YEAR.finditer(sentence):
            months = _months(match)
            if months:
                add(f"{months[0]} {article.year}", f"{article.year}-{months[1]:02d}", *match.span())
        for match in _MONTH_RANGE_NO_YEAR.finditer(sentence):
            try:
                first, last = _month(match["first"]), _month(match["last"])
            except ValueError:
                continue
            year = article.year if last <= article.month else article.year - 1
            name = f"{MONTHS_EN[first - 1]}-{MONTHS_EN[last - 1]}"
            add(f"{name} {year}", f"{year}-{last:02d}", *match.span())
    # a year that starts or ends a span of years (a programme for 2024–2026), or that a plan
    # runs to, is no period
    for _, start, end in year_ranges(sentence) + horizons(sentence) + _named_years(sentence):
        found.append(Period("", "", start, end))
    for match in _YEAR_ONLY.finditer(sentence):
        add(match["year"], match["year"], *match.span())
    if article is not None:
        for match in _LAST_YEAR.finditer(sentence):
            add(str(article.year - 1), str(article.year - 1), *match.span())
        # the article's year, so far (a figure's proposal says so) or ahead (a plan's)
        for match in THIS_YEAR.finditer(sentence):
            add(str(article.year), str(article.year), *match.span())
    return sorted((period for period in found if period.text), key=lambda period: period.start)


# the year in the name of an event: «День Брянского поля – 2023», «ИННОПРОМ-2023», "Expo 2025"
_NAMED_YEAR = re.compile(
    rf"(?:[-–—]\s*(?=\d{{4}}[»\"”])|\b[A-ZА-ЯЁІЎ]\w*-|\b(?:Expo|EXPO|ЭКСПО)\s+){_YEAR}\b"
)


def _named_years(sentence: str) -> list[tuple[str, int, int]]:
    return [(m["year"], *m.span()) for m in _NAMED_YEAR.finditer(sentence)]


def horizons(sentence: str) -> list[tuple[str, int, int]]:
    """Years a plan runs to («до 2026 года», "until 2027"): neither when it was signed nor
    a figure's period."""
    return [(m["year"], *m.span()) for m in _HORIZON.finditer(sentence)]


def year_ranges(sentence: str) -> list[tuple[str, int, int]]:
    """Spans of years a programme or roadmap runs for: '2024–2026' as '2024-2026'."""
    return [(f"{m['first']}-{m['last']}", *m.span()) for m in _YEAR_RANGE.finditer(sentence)
            if int(m["first"]) < int(m["last"])]  # fmt: skip


_SOON = 31  # days after the article's date that a report still speaks of as current


def _days_after(article: dt.date, month: int, day: int) -> int:
    try:
        return (dt.date(article.year, month, day) - article).days
    except ValueError:  # 29 February of a common year
        return _SOON + 1


def dates(sentence: str, article: dt.date | None, ahead: bool = False) -> list[When]:
    """Dates the sentence gives, read against the article's date where it gives no year:
    a day before the article's, or within a month after it, is this year's; later, last
    year's, unless the sentence speaks of what is ``ahead`` (a forum that will be held)."""
    found: list[When] = []

    def add(when: When) -> None:
        if not any(when.start < other.end and when.end > other.start for other in found):
            found.append(when)

    for pattern in (_DAY_MONTH, _MONTH_DAY_EN):
        for match in pattern.finditer(sentence):
            try:
                month = _month(match["month"])
                day = int(match["day"])
                if match["year"]:
                    year, relative = int(match["year"]), False
                elif article is not None:
                    # a day without a year is this year's, unless it would fall after the
                    # article by more than a month («Брест 28–29 сентября принимает…» on 28
                    # September is this year's; «2 декабря» in a January report, last year's)
                    later = (month, day) > (article.month, article.day)
                    if ahead:
                        # what will happen on a day before the article's is next year's; its own day is today
                        year = (
                            article.year if (month, day) >= (article.month, article.day) else article.year + 1
                        )
                    elif later and _days_after(article, month, day) > _SOON:
                        year = article.year - 1
                    else:
                        year = article.year
                    relative = True
                else:
                    continue
                day_date = dt.date(year, month, day)
            except ValueError:
                continue
            add(When(day_date.isoformat(), *match.span(), relative))
    for match in _IN_MONTH.finditer(sentence):
        try:
            month = _month(match["month"])
        except ValueError:
            continue
        if match["year"]:
            year = int(match["year"])
        elif article is not None and ahead:
            year = article.year + 1 if month < article.month else article.year
        elif article is not None:
            year = article.year - 1 if month > article.month else article.year
        else:
            continue
        add(When(f"{year}-{month:02d}", *match.span(), not match["year"]))
    if article is not None:
        for pattern, shift in _RELATIVE:
            for match in pattern.finditer(sentence):
                add(When((article + dt.timedelta(days=shift)).isoformat(), *match.span(), True))
        for match in _LAST_WEEK.finditer(sentence):
            # «на прошедшей неделе», «на днях», «на выходных»: some day before the article's, its month
            back = (
                14
                if match["fortnight"]
                else 3
                if match["days"]
                else 7
                if match["week"]
                else article.weekday() + 1
            )
            before = article - dt.timedelta(days=back)
            add(When(f"{before:%Y-%m}", *match.span(), True))
        for match in THIS_YEAR.finditer(sentence):
            add(When(str(article.year), *match.span(), True))
    return sorted(found, key=lambda when: when.start)
