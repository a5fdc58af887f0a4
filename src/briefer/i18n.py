"""The languages briefs are written in: gettext catalogs and CLDR formatting.

Every word a brief prints comes from a template (through Jinja's i18n extension) or from
a catalog message marked in Python with ``_()``; numbers, money and dates come from
CLDR through Babel. The catalogs are .po files in the repository, compiled in memory
when first used, so a clean clone needs no build step.

House conventions (documented in templates/README.md): money as the desk writes it —
"USD 95 million" in English, «95 млн долларов США» in Russian, «95 млн долараў ЗША» in
Belarusian; a percent sign without a space («58%»); multiples as «в 13 раз» / «у 13
разоў»; dates as CLDR's long form («27 ноября 2026 г.»), months standing alone in the
nominative («июнь 2021 г.») so that no name or month is ever inflected by hand.
"""

from __future__ import annotations

import datetime as dt
import gettext
from functools import cache
from io import BytesIO
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_compact_decimal, format_decimal, get_currency_name
from babel.support import Translations

from .model import CURRENCIES, FactDate, Figure

LANGUAGES = ("en", "ru", "be")
LOCALES = {"en": "en_GB", "ru": "ru_RU", "be": "be_BY"}
# The w:lang tags a DOCX carries, so Word spell-checks and hyphenates the right language.
DOCX_LANGUAGES = {"en": "en-GB", "ru": "ru-RU", "be": "be-BY"}
DOMAIN = "briefer"
CATALOGS = Path(__file__).parent / "locale"
_COMPACT_FROM = 1_000_000  # "95 million" from a million up; below it, digits


def catalog_path(language: str) -> Path:
    return CATALOGS / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalog for ``language``; English is the messages themselves."""
    if language == "en":
        return gettext.NullTranslations()
    with catalog_path(language).open("rb") as handle:
        catalog = read_po(handle, locale=LOCALES[language], domain=DOMAIN)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


class Language:
    """One language's words and formats: what templates and angles write with."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.locale = Locale.parse(LOCALES[code])
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
        compact = abs(value) >= _COMPACT_FROM
        if compact and self.code == "en":  # "95 million", as English copy writes it
            return format_compact_decimal(value, format_type="long", locale=self.locale, fraction_digits=3)
        if compact:
            return format_compact_decimal(value, format_type="short", locale=self.locale, fraction_digits=3)
        return format_decimal(value, format="#,##0.###", locale=self.locale)

    def percent(self, value: float) -> str:
        # The desks write the sign without a space: 58%, not CLDR's «58 %».
        return f"{format_decimal(value, format='#,##0.###', locale=self.locale)}%"

    def money(self, value: float, currency: str) -> str:
        """'USD 95 million'; «95 млн долларов США» (after млн and млрд the noun is plural)."""
        number = self.number(value)
        if self.code == "en":
            return f"{currency} {number}"
        count = 5 if abs(value) >= _COMPACT_FROM else value
        return f"{number} {get_currency_name(currency, count=count, locale=self.locale)}"

    def figure(self, figure: Figure, unit: str | None = None) -> str:
        """A figure's value with its unit and qualifier ('nearly USD 95 million')."""
        if figure.unit in CURRENCIES:
            text = self.money(figure.value, figure.unit)
        elif figure.unit == "percent":
            text = self.percent(figure.value)
        elif figure.unit == "times":
            number = self.number(figure.value)
            if figure.compared_with:
                text = self.gettext("{number} times the {base} level").format(
                    number=number, base=figure.compared_with
                )
            elif self.code == "en" and float(figure.value).is_integer():
                text = f"{number}-fold"
            else:
                text = self.gettext("{number} times").format(number=number)
        else:
            count = int(figure.value) if float(figure.value).is_integer() else 5
            noun = unit or self.npgettext("unit", figure.unit, figure.unit, count)
            text = f"{self.number(figure.value)} {noun}"
        return self.qualified(figure.qualifier, text)

    def qualified(self, qualifier: str | None, text: str) -> str:
        return f"{self.pgettext('qualifier', qualifier)} {text}" if qualifier else text

    def change(self, figure: Figure) -> str:
        """'up 58% on January-April 2020' / «рост на 58% к январю–апрелю 2020 г.»."""
        if figure.change_pct is None:
            return ""
        if figure.change_pct == 0:
            text = self.gettext("unchanged")
        else:
            amount = self.qualified(figure.change_qualifier, self.percent(abs(figure.change_pct)))
            message = "up {amount}" if figure.change_pct > 0 else "down {amount}"
            text = self.gettext(message).format(amount=amount)
        if figure.compared_with:
            return self.gettext("{change} on {base}").format(change=text, base=figure.compared_with)
        return text

    # --- dates ---------------------------------------------------------------------

    def fact_date(self, date: FactDate) -> str:
        """'2011', 'June 2021' / «июнь 2021 г.», '12 June 2021' / «12 июня 2021 г.»."""
        if date.day:
            return self.day(dt.date(date.year, date.month, date.day))
        if date.month:
            month = format_date(dt.date(date.year, date.month, 1), "LLLL", locale=self.locale)
            return self.gettext("{month} {year}").format(month=month, year=date.year)
        return str(date.year)

    def day(self, day: dt.date) -> str:
        """'27 November 2026' / «27 ноября 2026 г.» / «27 лістапада 2026 г.»."""
        if self.code == "en":
            return format_date(day, "d MMMM y", locale=self.locale)
        return format_date(day, "long", locale=self.locale)
