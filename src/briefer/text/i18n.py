"""The languages briefs are written in: gettext catalogs and CLDR formatting.

Every word a brief prints comes from a template (through Jinja's i18n extension) or from
a catalog message marked in Python with ``_()``; numbers, money and dates come from
CLDR (a table taken from Babel's data, see cldr.py). The catalogs are .po files in the
repository, read when first used, so a clean clone needs no build step.

House conventions (documented in templates/README.md): money as the desk writes it —
"USD 95 million" in English, «95 млн долларов США» in Russian, «95 млн долараў ЗША» in
Belarusian; percentages as CLDR writes them («58 %» with a no-break space in Russian
and Belarusian, "58%" in English); multiples as «в 13 раз» / «у 13
разоў»; dates as CLDR's long form («27 ноября 2026 г.»), months standing alone in the
nominative («июнь 2021 г.») so that no name or month is ever inflected by hand.
"""

from __future__ import annotations

import datetime as dt
import gettext
import re
from functools import cache
from pathlib import Path

from . import cldr
from .catalog import Catalog
from .formatting import CURRENCIES, Dated, Measure
from .grammar import Message, Name

LANGUAGES = ("en", "ru", "be")
LOCALES = cldr.LOCALES
# The w:lang tags a DOCX carries, so Word spell-checks and hyphenates the right language.
DOCX_LANGUAGES = {"en": "en-GB", "ru": "ru-RU", "be": "be-BY"}
DOMAIN = "briefer"
CATALOGS = Path(__file__).parent / "locale"
_COMPACT_FROM = 1_000_000  # "95 million" from a million up; below it, digits
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"),
        start=1,
    )
}  # fmt: skip
_MONTH_NAMES = tuple(_MONTH_NUMBERS)
_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def N_(message: str) -> str:
    """Marks a message for the catalogs where it is defined; it is translated where used."""
    return message


def NP_(context: str, message: str) -> str:
    """Marks a word looked up by value (a region's kind, a qualifier) for the catalogs."""
    return message


def NN_(singular: str, plural: str) -> str:
    """Marks a counted message used through a helper (Language.times) for the catalogs."""
    return singular


def NNP_(context: str, singular: str, plural: str) -> str:
    """Marks a counted word looked up by value (a figure's unit) for the catalogs."""
    return singular


# Words briefs look up by value: written out here so that extraction puts them in the
# catalogs and the completeness test can ask for their translations.
REGION_KIND_WORDS = (
    NP_("region kind", "country"),
    NP_("region kind", "oblast"),
    NP_("region kind", "city"),
    NP_("region kind", "province"),
    NP_("region kind", "municipality"),
    NP_("region kind", "autonomous-region"),
    NP_("region kind", "krai"),
    NP_("region kind", "republic"),
    NP_("region kind", "region"),
    NP_("region kind", "district"),
    NP_("region kind", "county"),
    NP_("region kind", "state"),
    NP_("region kind", "world-region"),
    NP_("region kind", "union"),
)
QUALIFIER_WORDS = (
    NP_("qualifier", "about"),
    NP_("qualifier", "nearly"),
    NP_("qualifier", "almost"),
    NP_("qualifier", "more than"),
    NP_("qualifier", "over"),
    NP_("qualifier", "under"),
    NP_("qualifier", "less than"),
    NP_("qualifier", "at least"),
    NP_("qualifier", "up to"),
)
# The months after "in" ("in June 2021"), which Russian and Belarusian put in the
# prepositional case («в июне 2021 года»).
IN_MONTH_WORDS = (
    NP_("in month", "January"),
    NP_("in month", "February"),
    NP_("in month", "March"),
    NP_("in month", "April"),
    NP_("in month", "May"),
    NP_("in month", "June"),
    NP_("in month", "July"),
    NP_("in month", "August"),
    NP_("in month", "September"),
    NP_("in month", "October"),
    NP_("in month", "November"),
    NP_("in month", "December"),
)
# The months after "to" ("up 58% to January-April 2020"), which Russian puts in the
# dative («к январю–апрелю 2020 г.»).
TO_MONTH_WORDS = (
    NP_("to month", "January"),
    NP_("to month", "February"),
    NP_("to month", "March"),
    NP_("to month", "April"),
    NP_("to month", "May"),
    NP_("to month", "June"),
    NP_("to month", "July"),
    NP_("to month", "August"),
    NP_("to month", "September"),
    NP_("to month", "October"),
    NP_("to month", "November"),
    NP_("to month", "December"),
)
# A period's label in the cases a comparison needs: "quarter" and, for a label of
# another shape, "the level of …" in the genitive, dative and prepositional.
_PERIOD_CASE_WORDS = {
    "gen": (NP_("period case", "quarter (genitive)"), NP_("period case", "the level of {label} (genitive)")),
    "dat": (NP_("period case", "quarter (dative)"), NP_("period case", "the level of {label} (dative)")),
    "loc": (
        NP_("period case", "quarter (prepositional)"),
        NP_("period case", "the level of {label} (prepositional)"),
    ),
}
PERIOD_WORDS = (
    NP_("period case", "quarter"),
    NP_("period case", "{year} (year)"),
    NP_("period case", "the level of {label} (accusative)"),
)
CHANGE_QUALIFIER_WORDS = (
    NP_("change qualifier", "about"),
    NP_("change qualifier", "nearly"),
    NP_("change qualifier", "almost"),
    NP_("change qualifier", "more than"),
    NP_("change qualifier", "over"),
    NP_("change qualifier", "under"),
    NP_("change qualifier", "less than"),
    NP_("change qualifier", "at least"),
    NP_("change qualifier", "up to"),
)
# Counts of times, through Language.times: each a plural, and a fraction's form of its own.
TIMES_MESSAGES = (
    NN_("{number} times", "{number} times"),
    NN_("by {number} times", "by {number} times"),
    NN_("{number} times the {base} level", "{number} times the {base} level"),
    NP_("fraction", "{number} times"),
    NP_("fraction", "by {number} times"),
    NP_("fraction", "{number} times the {base} level"),
)
# The built-in kinds' target lengths, as their templates state them.
TARGET_WORDS = (
    N_("400–600 words"),
    N_("1,000–1,400 words"),
    N_("600–900 words"),
    N_("a 20-minute interview, 8–10 questions"),
)
UNIT_WORDS = (
    NNP_("unit", "companies", "companies"),
    NNP_("unit", "countries", "countries"),
    NNP_("unit", "tractors", "tractors"),
    NNP_("unit", "tonnes", "tonnes"),
    NNP_("unit", "facilities", "facilities"),
    NNP_("unit", "agreements", "agreements"),
    NNP_("unit", "dump trucks", "dump trucks"),
    NNP_("unit", "social facilities", "social facilities"),
    NNP_("unit", "representatives", "representatives"),
    NNP_("unit", "regions", "regions"),
    NNP_("unit", "projects", "projects"),
    NNP_("unit", "producers", "producers"),
    NNP_("unit", "organisations", "organisations"),
    NNP_("unit", "documents", "documents"),
    NNP_("unit", "developments", "developments"),
    NNP_("unit", "enterprises", "enterprises"),
    NNP_("unit", "joint ventures", "joint ventures"),
    NNP_("unit", "residents", "residents"),
    NNP_("unit", "cities", "cities"),
    NNP_("unit", "hectares", "hectares"),
    NNP_("unit", "pairs", "pairs"),
    NNP_("unit", "people", "people"),
    NNP_("unit", "students", "students"),
)


def catalog_path(language: str) -> Path:
    return CATALOGS / language / "LC_MESSAGES" / f"{DOMAIN}.po"


class CasedTranslations:
    """A catalog whose messages fill ``%(name.case)s`` from a declining :class:`Name`,
    so that a Russian message can ask for «%(partner.ins)s» where English has none."""

    def __init__(self, catalog: gettext.NullTranslations) -> None:
        self._catalog = catalog

    def gettext(self, message: str) -> str:
        return Message(self._catalog.gettext(message))

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return Message(self._catalog.ngettext(singular, plural, count))

    def pgettext(self, context: str, message: str) -> str:
        return Message(self._catalog.pgettext(context, message))

    def npgettext(self, context: str, singular: str, plural: str, count: int) -> str:
        return Message(self._catalog.npgettext(context, singular, plural, count))


@cache
def translations(language: str) -> CasedTranslations:
    """The compiled catalog for ``language``; English is the messages themselves."""
    if language == "en":
        return CasedTranslations(gettext.NullTranslations())
    return CasedTranslations(Catalog(catalog_path(language)))


class Language:
    """One language's words and formats: what templates and angles write with."""

    def __init__(self, code: str) -> None:
        self.code = code
        self._translations = translations(code)

    # --- words ---------------------------------------------------------------------

    def gettext(self, message: str) -> str:
        return self._translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self._translations.ngettext(singular, plural, count)

    def pgettext(self, context: str, message: str) -> str:
        return self._translations.pgettext(context, message)

    def npgettext(self, context: str, singular: str, plural: str, count: int) -> str:
        return self._translations.npgettext(context, singular, plural, count)

    # --- numbers -------------------------------------------------------------------

    def number(self, value: float) -> str:
        """95 million / 95 млн; 1.25 billion / 1,25 млрд; 12,500 / 12 500; 3.8 / 3,8."""
        if abs(value) >= _COMPACT_FROM:  # "95 million", as English copy writes it; «95 млн»
            return cldr.compact_text(self.code, value)
        return cldr.decimal_text(self.code, value)

    def percent(self, value: float) -> str:
        """'58%' in English, «58 %» in Russian and Belarusian: CLDR's pattern, with its
        no-break space, and up to three decimals."""
        return cldr.percent_text(self.code, value)

    def money(self, value: float, currency: str) -> str:
        """'USD 95 million'; «95 млн долларов США» (after млн and млрд the noun is plural)."""
        number = self.number(value)
        if self.code == "en":
            return f"{currency} {number}"
        count = 5 if abs(value) >= _COMPACT_FROM else value
        return f"{number} {cldr.currency_name(self.code, currency, count)}"

    def figure(self, figure: Measure, unit: str | None = None) -> str:
        """A figure's value with its unit and qualifier ('nearly USD 95 million')."""
        if figure.unit in CURRENCIES:
            text = self.money(figure.value, figure.unit)
        elif figure.unit == "percent":
            text = self.percent(figure.value)
        elif figure.unit == "times":
            number = self.number(figure.value)
            if figure.compared_with:
                message = self.times("{number} times the {base} level", figure.value)
                text = message.format(number=number, base=self.period_name(self.period(figure.compared_with)))
            elif self.code == "en" and float(figure.value).is_integer():
                text = f"{number}-fold"
            else:
                text = self.times("{number} times", figure.value).format(number=number)
            if figure.qualifier:
                # «более чем в 4 раза», «больш чым у 4 разы»: the qualifier a change takes
                return f"{self.pgettext('change qualifier', figure.qualifier)} {text}"
        else:
            count = int(figure.value) if float(figure.value).is_integer() else 5
            noun = unit or self.npgettext("unit", figure.unit, figure.unit, count)
            text = f"{self.number(figure.value)} {noun}"
        return self.qualified(figure.qualifier, text)

    def times(self, message: str, value: float) -> str:
        """A message counting times, for ``value``: a whole number agrees with it («в 3 раза»,
        «в 5 раз»), a fraction takes a case of its own («в 3,8 раза», «у 3,8 раза», not «разы»).
        ``message`` is its own singular and plural, as the catalogs hold it."""
        if float(value).is_integer():
            return self.ngettext(message, message, int(value))
        return self.pgettext("fraction", message)

    def qualified(self, qualifier: str | None, text: str) -> str:
        return f"{self.pgettext('qualifier', qualifier)} {text}" if qualifier else text

    def change(self, figure: Measure) -> str:
        """'up 58% on January-April 2020' / «рост на 58% к январю–апрелю 2020 г.»."""
        if figure.change_pct is None:
            return ""
        if figure.change_pct == 0:
            text = self.gettext("unchanged")
        else:
            amount = self.percent(abs(figure.change_pct))
            up = figure.change_pct > 0
            if figure.change_qualifier:
                # Russian puts the qualifier before the preposition: «рост почти на 25%»
                qualifier = self.pgettext("change qualifier", figure.change_qualifier)
                message = (
                    self.gettext("up {qualifier} {amount}")
                    if up
                    else self.gettext("down {qualifier} {amount}")
                )
                text = message.format(qualifier=qualifier, amount=amount)
            else:
                message = self.gettext("up {amount}") if up else self.gettext("down {amount}")
                text = message.format(amount=amount)
        if figure.compared_with:
            return self.gettext("{change} on {base}").format(
                change=text, base=self.period_name(self.period(figure.compared_with))
            )
        return text

    # --- dates ---------------------------------------------------------------------

    def fact_date(self, date: Dated) -> str:
        """'2011' / «2011 г.», 'June 2021' / «июнь 2021 г.», '12 June 2021' / «12 июня 2021 г.»."""
        if date.day:
            return self.day(dt.date(date.year, date.month, date.day))
        if date.month:
            month = cldr.month_name(self.code, date.month)
            return self.gettext("{month} {year}").format(month=month, year=date.year)
        return self.pgettext("period", "{year}").format(year=date.year)  # «2011 г.»

    def when(self, date: Dated) -> str:
        """A date as an adverbial: 'in 2008', 'in June 2021', 'on 12 June 2021' /
        «в 2008 году», «в июне 2021 года», «12 июня 2021 года» — so that a sentence
        can say when something happened instead of labelling it with a date."""
        if date.day:
            day = cldr.day_month_year(self.code, dt.date(date.year, date.month, date.day))
            return self.gettext("on {day}").format(day=day)
        if date.month:
            month = self.pgettext("in month", _MONTH_NAMES[date.month - 1])
            return self.gettext("in {month} {year}").format(month=month, year=date.year)
        return self.gettext("in {year}").format(year=date.year)

    def period_name(self, label: str) -> Name:
        """A period's label as a :class:`Name` that declines, so that a comparison
        reads as a sentence: «в 13 раз больше, чем в 2015 г.», «рост на 58 % к
        январю–апрелю 2020 г.». Labels of another shape keep their words, quoted after
        a word that declines for them («к уровню „начало 2000-х“»)."""
        if self.code == "en":
            return Name(label)
        forms = self._period_forms(label.strip())
        if forms is None:
            forms = {
                case: self.pgettext("period case", message).format(label=label)
                for case, (_quarter, message) in _PERIOD_CASE_WORDS.items()
            }
            forms["acc"] = self.pgettext("period case", "the level of {label} (accusative)").format(
                label=label
            )
        return Name(label, forms)

    def declines_period(self, label: str) -> bool:
        """Whether a period's label has cases of its own (a year, a quarter, months)."""
        return self._period_forms(label.strip()) is not None

    def period_is_as_of(self, label: str) -> bool:
        """Whether a period's label is a point in time («на март 2026 г.», "as of
        March 2026"), which takes no «за»/"for" before it."""
        if self.code == "en":
            return label.strip().lower().startswith("as of ")
        # the words a period may open with that take no «за»: «на март», «с 1 января по…»
        openers = self.pgettext("period case", "as of").split()
        first = label.strip().split(" ", 1)[0].lower()
        return first in openers

    def _period_forms(self, label: str) -> dict[str, str] | None:
        if re.fullmatch(r"\d{1,2}\s\w+\s\d{4}\s?г\.", label):
            # «25 января 2022 г.»: a day's month is already in the genitive, in every case
            return dict.fromkeys(("gen", "dat", "acc", "loc"), label)
        year = re.fullmatch(r"(\d{4})(?: г\.)?", label)
        if year:
            text = self.pgettext("period case", "{year} (year)").format(year=year[1])
            return {"gen": text, "dat": text, "acc": text, "loc": text}
        quarter = re.fullmatch(r"([IV]+) (\w+) (\d{4}) г\.", label)
        if quarter and quarter[2] == self.pgettext("period case", "quarter"):
            forms = {
                case: f"{quarter[1]} {self.pgettext('period case', word)} {quarter[3]} г."
                for case, (word, _level) in _PERIOD_CASE_WORDS.items()
            }
            return {**forms, "acc": label}
        months = re.fullmatch(r"(\w+)(?:–(\w+))? (\d{4}) г\.", label)
        if not months:
            return None
        nominative = {cldr.month_name(self.code, number): number for number in range(1, 13)}
        names = [name for name in (months[1], months[2]) if name]
        if any(name not in nominative for name in names):
            return None
        numbers = [nominative[name] for name in names]
        month_words = {
            "gen": [cldr.month_name(self.code, n, standing_alone=False) for n in numbers],
            "dat": [self.pgettext("to month", _MONTH_NAMES[n - 1]) for n in numbers],
            "loc": [self.pgettext("in month", _MONTH_NAMES[n - 1]) for n in numbers],
        }
        declined = {case: f"{'–'.join(words)} {months[3]} г." for case, words in month_words.items()}
        return {"acc": label, **declined}

    def period(self, text: str) -> str:
        """A figure's period, written in the base's English way ('2023', 'January-March
        2023', 'Q1 2023'), in this language: «январь–март 2023 г.», «I квартал 2023 г.»."""
        so_far = re.fullmatch(r"(\d{4}) to (\d{1,2}) ([A-Z][a-z]+)", text)
        if so_far and so_far[3] in _MONTH_NUMBERS:  # «в этом году» in a report of 19 May 2022
            day = dt.date(int(so_far[1]), _MONTH_NUMBERS[so_far[3]], int(so_far[2]))
            return self.pgettext("period", "the year to {day}").format(
                day=cldr.day_month_year(self.code, day)
            )
        if self.code == "en":
            return text
        as_of = re.fullmatch(r"as of (.+)", text)
        if as_of:  # a count at a point in time: «на июль 2025 г.»
            return self.pgettext("period", "as of {period}").format(period=self.period(as_of[1]))
        by_the_end = re.fullmatch(r"by the end of (.+)", text)
        if by_the_end:  # a target or forecast's horizon: «к концу 2023 г.»
            return self.pgettext("period", "by the end of {period}").format(period=self.period(by_the_end[1]))
        quarter = re.fullmatch(r"Q([1-4]) (\d{4})", text)
        if quarter:
            roman = ("I", "II", "III", "IV")[int(quarter[1]) - 1]
            return self.gettext("Q{quarter} {year}").format(quarter=roman, year=quarter[2])
        months = re.fullmatch(r"([A-Z][a-z]+)(?:-([A-Z][a-z]+))? (\d{4})", text)
        if months and months[1] in _MONTH_NUMBERS and (not months[2] or months[2] in _MONTH_NUMBERS):
            year = int(months[3])
            names = [
                cldr.month_name(self.code, _MONTH_NUMBERS[name]) for name in (months[1], months[2]) if name
            ]
            return self.gettext("{month} {year}").format(month="–".join(names), year=year)
        if re.fullmatch(r"\d{4}", text):
            return self.pgettext("period", "{year}").format(year=text)
        return text

    def age(self, then: dt.date, now: dt.date) -> str:
        """How long ago: 'five years', 'over a year', '14 months' / «5 лет», «более года»."""
        months = (now.year - then.year) * 12 + now.month - then.month - (now.day < then.day)
        if months >= 24:
            years = months // 12
            number = _SMALL[years] if self.code == "en" and years < len(_SMALL) else str(years)
            return self.ngettext("{number} year", "{number} years", years).format(number=number)
        if months > 12:
            return self.gettext("over a year")
        if months == 12:
            return self.gettext("a year")
        months = max(months, 1)
        number = _SMALL[months] if self.code == "en" and months < len(_SMALL) else str(months)
        return self.ngettext("{number} month", "{number} months", months).format(number=number)

    def day(self, day: dt.date) -> str:
        """'27 November 2026' / «27 ноября 2026 г.» / «27 лістапада 2026 г.»."""
        return cldr.long_date(self.code, day)
