"""Periods and dates in a sentence, read as a desk writes them in Russian, Belarusian
and English: the period a figure covers («в январе–марте 2023 года», "in Q1 2021", «за
2025 год»), and dates, absolute or relative to the article's own date («сегодня», «7
ноября», «в прошлом году»); the years a plan runs for or to, which are neither.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Protocol

from ..text.caseless import caseless
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
MONTH_WORD = (
    r"(?:январ|феврал|март|апрел|ма[йяюеі]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"студзен|лют|сакавік|красавік|травен|траўн|чэрвен|ліпен|жнівен|жніўн|верас|"
    r"кастрычнік|лістапад|снеж|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\w*"
)

_YEAR = r"(?P<year>(?:19|20)\d\d)(?!-?(?:х|ых|ые|ыя)\b|'?s\b)"  # not a decade: «2000-х», "the 2000s"
_DASH = r"\s*[-–—−‒]\s*"  # the minus sign and the figure dash too: «2026−2028»

_QUARTER = caseless(
    rf"\b(?:(?P<roman>IV|III|II|I)\s+квартал\w*|(?P<ordinal>перв|втор|трет|четв[её]рт|перш|друг|трэц|чацв[её]рт)\w*\s+квартал\w*|"
    rf"(?:the\s+)?(?P<english>first|second|third|fourth)\s+quarter(?:\s+of)?|Q(?P<q>[1-4]))\s*(?:of\s+)?"
    # a quarter without its year is of the report's own year: "in the first quarter",
    # "in the first quarter of this year", «в I квартале текущего года»
    rf"(?:{_YEAR}|(?P<this>this\s+year|этого\s+года|текущего\s+года|нынешнего\s+года|гэтага\s+года|бягучага\s+года)|(?![\s,]*\d))",
    re.IGNORECASE,
)
_HALF = caseless(
    rf"(?:(?:перв\w*|перш\w*|the\s+first)\s+(?:полугоди\w*|паўгоддз\w*|half)|\b(?:H1|1H)(?=\s))\s*(?:of\s+)?"
    rf"(?:{_YEAR}|(?P<this>(?:the|this)\s+year|этого\s+года|текущего\s+года|гэтага\s+года|бягучага\s+года)|"
    r"(?P<bare>(?!\s*\d)))",
    re.IGNORECASE,
)
_QUARTERS_OF = caseless(
    rf"\b(?P<count>двух|тр[её]х|2|3|two|three|first\s+(?:two|three)|дзвюх|трох)\s+(?:квартал\w*|quarters)\s*(?:of\s+)?"
    rf"(?:{_YEAR}|(?P<this>этого\s+года|текущего\s+года|гэтага\s+года|this\s+year))",
    re.IGNORECASE,
)
_BY_YEAR_END = caseless(
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
_MONTHS_OF = caseless(
    r"\b(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|[а-яё]+)\s+"
    rf"(?:месяц\w*|месяцаў|months)\s*(?:of\s+|of\s+the\s+year\s+)?(?:{_YEAR}|(?P<this>this\s+year|этого\s+года|гэтага\s+года))?",
    re.IGNORECASE,
)
_FROM_TO = caseless(
    rf"(?:\bfrom|\bс|\bсо|\bз|\bса)\s+(?P<first>{MONTH_WORD})\s+(?:to|по|па|до|да)\s+(?P<last>{MONTH_WORD})\s*"
    r"(?:of\s+)?"
    rf"(?:{_YEAR}|(?P<this>this\s+year|этого\s+года|текущего\s+года|нынешнего\s+года|гэтага\s+года|бягучага\s+года))?",
    re.IGNORECASE,
)
# (a month starts a word: not "apr" in a web address's «napravleniyah»)
_MONTH_RANGE = caseless(
    rf"\b(?P<first>{MONTH_WORD})(?:{_DASH}(?P<last>{MONTH_WORD}))?\s*(?:of\s+)?{_YEAR}",
    re.IGNORECASE,
)
# «в январе текущего года», "in March this year": the article's year
_MONTH_THIS_YEAR = caseless(
    rf"(?:в|за|у|in)\s+(?P<first>{MONTH_WORD})(?:{_DASH}(?P<last>{MONTH_WORD}))?\s+(?:of\s+)?"
    r"(?:this\s+year|этого\s+года|текущего\s+года|нынешнего\s+года|гэтага\s+года|бягучага\s+года)",
    re.IGNORECASE,
)
_MONTH_RANGE_NO_YEAR = caseless(
    rf"(?:в|за|у|in)\s+(?P<first>{MONTH_WORD}){_DASH}(?P<last>{MONTH_WORD})(?!\s*\d)"
    # "in January-March this year": the year is the range's, not a period of its own
    r"(?:\s+(?:of\s+)?(?:this\s+year|этого\s+года|текущего\s+года|нынешнего\s+года|гэтага\s+года|бягучага\s+года))?",
    re.IGNORECASE,
)
_YEAR_ONLY = caseless(
    rf"\b(?:(?:в|за|по\s+итогам|по\s+выніках|у|на\s+конец|in|for|over|during|by)\s+)?{_YEAR}(?:\s*(?:год\w*|г\.|гг\.)|\b)",
    re.IGNORECASE,
)
_DAY_MONTH = caseless(
    # «с 18 по 21 сентября», «18–21 сентября»: the first day of the span
    rf"(?<!\d)(?P<day>[0-3]?\d)(?:\s*(?:по|па|до|да|to|[-–—])\s*[0-3]?\d)?\s+(?P<month>{MONTH_WORD})(?:\s+{_YEAR})?",
    re.IGNORECASE,
)
_MONTH_DAY_EN = caseless(
    rf"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    rf"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?\s+{_YEAR})?",
    re.IGNORECASE,
)
_IN_MONTH = caseless(
    # "in early July", «в начале июля», «у канцы лістапада»: the month all the same
    rf"\b(?:в|у|ў|in)\s+(?:(?:early|late|mid)[- ]|(?:начале|конце|середине|пачатку|канцы|сярэдзіне)\s+)?"
    rf"(?P<month>{MONTH_WORD})(?!{_DASH}|\w)(?:\s+(?:{_YEAR}|этого|текущего|гэтага))?",
    re.IGNORECASE,
)
_YEAR_RANGE = re.compile(
    rf"(?P<first>(?:19|20)\d\d){_DASH}(?:(?P<last>(?:19|20)\d\d)|"
    # «на 2024-26 годы»: the last year's century left out, before the word for years only
    r"(?P<short>\d\d)(?=\s*(?:год|гад|гг\.|г\.|years)))"
)
# the year a plan runs to: «план мероприятий до 2026 года», "a plan until 2027"
_HORIZON = caseless(
    rf"\b(?:до|да|until|till|through|up\s+to|running\s+to)\s+{_YEAR}(?:\s*(?:год\w*|гад\w*|г\.))?(?!\s*[-–—]?\s*\d)",
    re.IGNORECASE,
)
_LAST_WEEK = caseless(
    r"\b(?:(?P<fortnight>на\s+позапрошлой\s+неделе|на\s+пазамінулым\s+тыдні|the\s+week\s+before\s+last)|"
    r"(?P<days>на\s+днях|днями|a\s+few\s+days\s+ago)|"
    r"(?P<week>на\s+(?:прошедшей|прошлой|минувшей)\s+неделе|на\s+мінулым\s+тыдні|last\s+week|(?:the\s+)?past\s+week)|"
    r"(?:на\s+выходных|у\s+выхадныя|(?:over|at)\s+the\s+weekend))\b",
    re.IGNORECASE,
)
_WEEKDAY_NAMES = (
    ("monday", "понедельник", "панядзелак"),
    ("tuesday", "вторник", "аўторак"),
    ("wednesday", "среду", "сераду"),
    ("thursday", "четверг", "чацвер"),
    ("friday", "пятницу", "пятніцу"),
    ("saturday", "субботу", "суботу"),
    ("sunday", "воскресенье", "нядзелю"),
)
_WEEKDAYS = {name: number for number, names in enumerate(_WEEKDAY_NAMES) for name in names}
WEEKDAY = caseless(
    r"\b(?:on|last)\s+(?P<en>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    # («в минувшее воскресенье», «в прошлую пятницу», «у мінулую нядзелю»: the same day before the article's)
    r"(?:^|\s)(?:в|во|у|ў)\s+(?:(?:минувш|прошл|мінул)\w+\s+)?"
    r"(?P<ru>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|"
    r"панядзелак|аўторак|сераду|чацвер|пятніцу|суботу|нядзелю)\b",
    re.IGNORECASE,
)
_RELATIVE = (
    (caseless(r"\b(?:сегодня|сёння|today)\b", re.IGNORECASE), 0),
    (caseless(r"\b(?:вчера|учора|yesterday)\b", re.IGNORECASE), -1),
    # «состоялась накануне в Москве»: the day before; not «накануне форума», before something else
    (
        caseless(
            # («накануне рассказал»: a verb in the past after it, the day before too)
            r"\b(?:накануне|напярэдадні)\b(?=\s*(?:[,.;]|$|(?:в|во|на|у|ў|состоял\w*|прош\w*|адбыл\w*)\b|"
            r"[а-яёіў]+(?:л|ла|ло|ли|лі)\b))",
            re.I,
        ),
        -1,
    ),
)
_LAST_YEAR = caseless(
    r"\b(?:в\s+прошлом\s+году|у\s+мінулым\s+годзе|за\s+прошлый\s+год|за\s+мінулы\s+год|"
    r"по\s+итогам\s+прошлого\s+года|па\s+выніках\s+мінулага\s+года|last\s+year)\b",
    re.IGNORECASE,
)
THIS_YEAR = caseless(
    r"\b(?:в\s+этом\s+году|в\s+текущем\s+году|в\s+нынешнем\s+году|сёлета|у\s+гэтым\s+годзе|"
    r"у\s+бягучым\s+годзе|this\s+year)\b",
    re.IGNORECASE,
)


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


def month_number(word: str) -> int:
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
        first = month_number(match["first"])
        last = month_number(match["last"]) if match["last"] else first
    except ValueError:
        return None
    if last < first:
        return None
    name = MONTHS_EN[first - 1] if first == last else f"{MONTHS_EN[first - 1]}-{MONTHS_EN[last - 1]}"
    return name, last


# every period a sentence names has a number or one of these words in it
_MAY_NAME_A_PERIOD = caseless(
    r"\d|year|год|гад|квартал|quarter|полугод|паўгод|\bhalf\b|месяц|month|Q[1-4]|H1|1H", re.IGNORECASE
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
    for match in _QUARTERS_OF.finditer(sentence):
        # «по итогам трёх кварталов 2021 года», "the first two quarters": the months they run
        count = 3 if re.match(r"тр|3|three|first\s+three", match["count"], re.I) else 2
        year = match["year"] or (str(article.year) if article is not None and match["this"] else None)
        if year:
            add(f"January-{MONTHS_EN[count * 3 - 1]} {year}", f"{year}-{count * 3:02d}", *match.span())
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
            first, last = month_number(match["first"]), month_number(match["last"])
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
                first, last = month_number(match["first"]), month_number(match["last"])
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
    found = []
    for m in _YEAR_RANGE.finditer(sentence):
        last = m["last"] or m["first"][:2] + m["short"]
        if int(m["first"]) < int(last):
            found.append((f"{m['first']}-{last}", *m.span()))
    return found


_SOON = 31  # days after the article's date that a report still speaks of as current
_JUST_PASSED = 14  # days before the article's date that a plan's day may lie, announced again


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
                month = month_number(match["month"])
                day = int(match["day"])
                if match["year"]:
                    year, relative = int(match["year"]), False
                elif article is not None:
                    # a day without a year is this year's, unless it would fall after the
                    # article by more than a month («Брест 28–29 сентября принимает…» on 28
                    # September is this year's; «2 декабря» in a January report, last year's)
                    later = (month, day) > (article.month, article.day)
                    if ahead:
                        # what will happen on a day before the article's is next year's; its own day is
                        # today; a day a few days before it, this year's (an announcement put out again)
                        passed = -_days_after(article, month, day)  # how many days before the article's
                        year = article.year + 1 if passed > _JUST_PASSED else article.year
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
            month = month_number(match["month"])
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
        for match in _BY_YEAR_END.finditer(sentence):
            # «пройдут … до конца этого года»: some time in that year
            add(When(match["year"] or str(article.year), *match.span(), not match["year"]))
        for match in WEEKDAY.finditer(sentence):
            # "Harare Mayor on Tuesday signed…", «во вторник подписали»: that day of the article's
            # week, before it (after it, for what is ahead)
            weekday = _WEEKDAYS[(match["en"] or match["ru"]).lower()]
            back = (article.weekday() - weekday) % 7
            that_day = (
                article + dt.timedelta(days=(7 - back) % 7) if ahead else article - dt.timedelta(days=back)
            )
            add(When(that_day.isoformat(), *match.span(), True))
    return sorted(found, key=lambda when: when.start)


_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}\s+$")


def a_day(sentence: str, period: Period) -> bool:
    """Whether a month's period is a day's month («2 апреля 1996 года»): a date, not a period."""
    return bool(_DAY_BEFORE.search(sentence, max(0, period.start - 4), period.start))


class Spanned(Protocol):
    """Anything with its place in a sentence: an amount a period is looked for beside."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def period_for(spans: list[Period], amount: Spanned, sentence: str = "") -> Period | None:
    """The period of the amount's clause nearest it, preferring one before it; a period
    in brackets belongs to the amounts in the same brackets ("$1.041 billion (in 2020,
    $1.014 billion)"), unless it is only what they are compared with («(товарооборот —
    41,4 млн долларов, а это 110,1 % к аналогичному периоду 2022-го)»): then the
    sentence's own period is theirs."""
    inside = brackets(sentence, amount.start)
    fitting = [p for p in spans if not sentence or brackets(sentence, p.start) == inside]
    # "4% more than in 2019": the year a change is measured from is not the figure's period
    own = [p for p in fitting if not is_base(sentence, p)]
    if not own and inside != -1:
        # "(83 countries in the same period of 2020)": the bracket's own period
        own = [p for p in fitting if not is_compared(sentence, p)]
        if not own:
            own = [p for p in spans if brackets(sentence, p.start) != inside and not is_base(sentence, p)]
    candidates = own or fitting
    if not candidates:
        return None
    return min(candidates, key=lambda period: _distance(sentence, period, amount))


def _distance(sentence: str, period: Period, amount: Spanned) -> int:
    """How far the period is from the amount, a clause break between them counting for
    much: «Если в 2022-м … составлял 16 %, то в первом квартале…» — the 16 % is 2022's."""
    after = period.start > amount.start
    between = sentence[amount.end : period.start] if after else sentence[period.end : amount.start]
    breaks = len(CLAUSE_BREAK.findall(between))
    return abs(period.start - amount.start) + (5 + 200 * breaks if after else 60 * breaks)


# a comma, a semicolon or a dash, but not before "which", «что», «который»: those clauses
# go on about the amount ("two billion dollars, which was achieved in 2012")
CLAUSE_BREAK = caseless(
    r"(?:[,;]\s|\s[—–]\s)(?!\s*(?:which|что|который|которая|которые|які|якая|якія)\b)", re.I
)
# what a change is measured against: "than in 2019", «по сравнению с 2017-м», «127 % к январю–марту
# 2018-го», "since 2015"
_COMPARED_BEFORE = caseless(
    r"(?:(?:than(?:\s+in)?|compared\s+(?:with|to)|in\s+comparison\s+with|against|"
    r"по\s+сравнению\s+с|в\s+сравнении\s+с|чем\s+в|к\s+уровню|у\s+параўнанні\s+з|чым\s+у|"
    r"да\s+ўзроўню|(?:%|процент\w*|працэнт\w*|раз\w*)\s+(?:к|да)|(?:times|fold|%|percent)\s+(?:over|on)|"
    r"since|(?:up|down)\s+from|(?<!\w)[сз])"
    r"(?:\s+(?:the\s+same\s+period(?:\s+(?:of|in))?|аналогичн\w+\s+(?:период|показател)\w*|"
    r"аналагічн\w+\s+(?:перыяд|паказчык)\w*))?|"
    r"\bк\s+аналогичн\w+\s+период\w*|\bда\s+аналагічн\w+\s+перыяд\w*)\s*$",
    re.I,
)
# the same period of another year: a base beside a figure, or a bracketed figure's own
# ("(83 countries in the same period in 2020)", «за аналогичный период 2020 года»)
_SAME_PERIOD_BEFORE = caseless(
    r"(?:the\s+same\s+period(?:\s+(?:of|in))?|(?:за|в|у)\s+аналогичн\w+\s+период\w*|"
    r"(?:за|у)\s+аналагічн\w+\s+перыяд\w*)\s*$",
    re.I,
)


def _before(sentence: str, period: Period) -> str:
    """The words before the period, with a preposition the period's own match took in
    ("2.1 times | over 2020")."""
    leading = _LEADING_PREPOSITION.match(sentence, period.start)
    return sentence[max(0, period.start - 45) : leading.end() if leading else period.start]


_LEADING_PREPOSITION = caseless(r"(?:over|on|against)\s+", re.I)


def is_compared(sentence: str, period: Period) -> bool:
    """Whether the sentence measures something against the period ('than in 2019')."""
    return bool(sentence) and bool(_COMPARED_BEFORE.search(_before(sentence, period)))


def is_base(sentence: str, period: Period) -> bool:
    """Whether the period is what a change is measured against ('than in 2019'), or the
    same period of another year ('in the same period of 2020')."""
    before = _before(sentence, period)
    return bool(sentence) and bool(_COMPARED_BEFORE.search(before) or _SAME_PERIOD_BEFORE.search(before))


def brackets(sentence: str, position: int) -> int:
    """Where the innermost bracket around ``position`` opens, or -1."""
    depth_starts: list[int] = []
    for index, char in enumerate(sentence[:position]):
        if char in "([":
            depth_starts.append(index)
        elif char in ")]" and depth_starts:
            depth_starts.pop()
    return depth_starts[-1] if depth_starts else -1
