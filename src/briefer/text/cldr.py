"""The few CLDR formats briefs print, for English, Russian and Belarusian: numbers,
percentages, millions and billions, currency names, month names and the long date.

They are read from a table (``cldr_data.py``) extracted from Babel's CLDR data, not
from Babel at run time: importing Babel and loading a locale's data cost a cold brief
more time than rendering it. The tests check the table and every format against Babel,
so a newer CLDR shows up as a failing test; ``python -m briefer.text.cldr`` writes the
table afresh
(it writes ``cldr_data.py`` beside this file).
"""

from __future__ import annotations

import datetime as dt
import decimal
import sys
from typing import Any

from .cldr_data import TABLE

_THOUSANDTHS = decimal.Decimal("0.001")


def _decimal(value: float | decimal.Decimal) -> decimal.Decimal:
    # through the shortest repr, as Babel does: 0.1 is 0.1, not its binary expansion
    return value if isinstance(value, decimal.Decimal) else decimal.Decimal(str(value))


def plural_category(code: str, value: float | decimal.Decimal) -> str:
    """CLDR's plural category of ``value`` in ``code`` (one, few, many, other), from the
    number as written: 21 is "one" in Russian, 21.5 "other", as Babel has it."""
    number: int | decimal.Decimal
    if isinstance(value, int) or (isinstance(value, float) and value == int(value)):
        number = abs(int(value))
    else:
        number = abs(_decimal(value))
    integer = int(number)
    if isinstance(number, decimal.Decimal):
        exponent = number.as_tuple().exponent
        visible = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    else:
        visible = 0
    if code == "en":
        return "one" if integer == 1 and visible == 0 else "other"
    # Russian's rules count the decimals written (a Decimal 21.0 is not whole), Belarusian's the value
    whole = visible == 0 if code == "ru" else number == integer
    last, last_two = integer % 10, integer % 100
    if not whole:
        return "other"
    if last == 1 and last_two != 11:
        return "one"
    if 2 <= last <= 4 and not 12 <= last_two <= 14:
        return "few"
    return "many"


def _digits(code: str, number: decimal.Decimal, group: bool = True) -> str:
    """``number`` (not negative, already rounded) with the locale's separators."""
    symbols = TABLE[code]
    text = f"{number.normalize():f}"
    whole, _, fraction = text.partition(".")
    if group and len(whole) > 3:
        head = len(whole) % 3 or 3
        whole = symbols["group"].join([whole[:head], *(whole[i : i + 3] for i in range(head, len(whole), 3))])
    return whole + (symbols["decimal"] + fraction if fraction else "")


def _signed(code: str, value: decimal.Decimal, text: str) -> str:
    return (TABLE[code]["minus"] if value.is_signed() else "") + text


def decimal_text(code: str, value: float | decimal.Decimal) -> str:
    """'12,500.5' / «12 500,5»: up to three decimals, grouped (CLDR's #,##0.###)."""
    number = _decimal(value)
    rounded = abs(number).normalize().quantize(_THOUSANDTHS, rounding=decimal.ROUND_HALF_EVEN)
    return _signed(code, number, _digits(code, rounded))


def percent_text(code: str, value: float) -> str:
    """'58%' / «58 %»: the locale's percent pattern, up to three decimals."""
    symbols = TABLE[code]
    number = _decimal(value / 100).scaleb(2)
    rounded = abs(number).normalize().quantize(_THOUSANDTHS, rounding=decimal.ROUND_HALF_EVEN)
    return _signed(
        code, number, symbols["percent_prefix"] + _digits(code, rounded) + symbols["percent_suffix"]
    )


def compact_text(code: str, value: float) -> str:
    """'95 million', '1.25 billion' / «95 млн», «1,25 млрд»: CLDR's compact decimal form
    (long in English, short in Russian and Belarusian), up to three decimals."""
    symbols = TABLE[code]
    number = _decimal(value)
    magnitudes: list[tuple[int, int, str, str]] = symbols["compact"]  # largest first
    for index, (magnitude, divisor, prefix, suffix) in enumerate(magnitudes):
        if abs(number) < magnitude:
            continue
        rounded = round(number / divisor, 3)
        if index > 0 and abs(rounded) * divisor >= magnitudes[index - 1][0]:
            # 999,999,999.9 is "1 billion", not "1000 million"
            return compact_text(code, float(decimal.Decimal(magnitudes[index - 1][0]).copy_sign(number)))
        return _signed(code, rounded, prefix + _digits(code, abs(rounded), group=False) + suffix)
    return decimal_text(code, value)


def currency_name(code: str, currency: str, count: float) -> str:
    """«долларов США» for 5, «доллар США» for 21: the name that agrees with ``count``."""
    names = TABLE[code]["currencies"][currency]
    return str(names.get(plural_category(code, count), names["other"]))


def month_name(code: str, month: int, standing_alone: bool = True) -> str:
    """«июнь» standing alone, «июня» as in a date (CLDR's LLLL and MMMM)."""
    return str(TABLE[code]["months_alone" if standing_alone else "months"][month - 1])


def long_date(code: str, day: dt.date) -> str:
    """'27 November 2026' / «27 ноября 2026 г.» (CLDR's long date; English's without a comma)."""
    return str(TABLE[code]["long_date"]).format(
        day=day.day, month=month_name(code, day.month, standing_alone=False), year=day.year
    )


def day_month_year(code: str, day: dt.date) -> str:
    """'12 June 2021' / «12 июня 2021»: the day, its month as in a date, the year (CLDR's d MMMM y)."""
    return f"{day.day} {month_name(code, day.month, standing_alone=False)} {day.year}"


# --- writing the table from Babel ----------------------------------------------------------

LOCALES = {"en": "en_GB", "ru": "ru_RU", "be": "be_BY"}
_CURRENCIES = ("USD", "EUR", "BYN", "RUB", "CNY")
_DATE_PATTERNS = {"en": "d MMMM y", "ru": "long", "be": "long"}  # English copy puts the day first
_COMPACT_STYLES = {"en": "long", "ru": "short", "be": "short"}


def _date_template(pattern: str) -> str:
    """A CLDR date pattern of day, month and year as a str.format template."""
    fields = {"d": "{day}", "MMMM": "{month}", "y": "{year}"}
    out = []
    index = 0
    while index < len(pattern):
        if pattern[index] == "'":
            end = pattern.index("'", index + 1)
            out.append(pattern[index + 1 : end] or "'")
            index = end + 1
            continue
        for symbol, field in fields.items():
            if pattern.startswith(symbol, index) and not pattern.startswith(symbol + symbol[0], index):
                out.append(field)
                index += len(symbol)
                break
        else:
            if pattern[index].isalpha():
                raise ValueError(f"date pattern {pattern!r} has a field the table cannot hold")
            out.append(pattern[index])
            index += 1
    return "".join(out)


def extract_table() -> dict[str, dict[str, Any]]:
    """The table, from the installed Babel's CLDR data."""
    from babel import Locale

    table: dict[str, dict[str, Any]] = {}
    for code, name in LOCALES.items():
        locale = Locale.parse(name)
        symbols = locale.number_symbols["latn"]
        percent = locale.percent_formats[None].pattern
        prefix, _, rest = percent.partition("#,##0")
        compact_formats = locale.compact_decimal_formats[_COMPACT_STYLES[code]]
        compact = []
        for magnitude in sorted((int(m) for m in compact_formats["other"]), reverse=True):
            if magnitude < 1_000_000:
                continue
            pattern = compact_formats["other"][str(magnitude)]
            for category in compact_formats:
                form = compact_formats[category].get(str(magnitude))
                if form is None or form.pattern != pattern.pattern:
                    raise ValueError(f"{name}: compact forms differ by plural at {magnitude}")
            divisor = magnitude // (10 ** (pattern.pattern.count("0") - 1))
            compact.append((magnitude, divisor, pattern.prefix[0], pattern.suffix[0]))
        date_pattern = _DATE_PATTERNS[code]
        if date_pattern == "long":
            date_pattern = locale.date_formats["long"].pattern
        table[code] = {
            "decimal": symbols["decimal"],
            "group": symbols["group"],
            "minus": symbols["minusSign"],
            "percent_prefix": prefix,
            "percent_suffix": rest.replace("%", symbols["percentSign"]),
            "compact": compact,
            "currencies": {currency: _currency_names(locale, currency) for currency in _CURRENCIES},
            "months": [locale.months["format"]["wide"][m] for m in range(1, 13)],
            "months_alone": [locale.months["stand-alone"]["wide"][m] for m in range(1, 13)],
            "long_date": _date_template(date_pattern),
        }
    return table


def _currency_names(locale: Any, currency: str) -> dict[str, str]:
    """A currency's name by plural category, with the fallbacks Babel's get_currency_name takes."""
    plural_names = locale._data["currency_names_plural"]
    names = {str(k): str(v) for k, v in plural_names[currency].items()} if currency in plural_names else {}
    return {**names, "other": names.get("other", locale.currencies.get(currency, currency))}


def table_source(table: dict[str, dict[str, Any]]) -> str:
    import pprint

    return (
        '"""CLDR data briefs print, from Babel by `python -m briefer.text.cldr`; do not edit."""\n\n'
        "from typing import Any\n\n"
        f"TABLE: dict[str, dict[str, Any]] = {pprint.pformat(table, width=110, sort_dicts=True)}\n"
    )


if __name__ == "__main__":
    from pathlib import Path

    target = Path(__file__).with_name("cldr_data.py")
    target.write_text(table_source(extract_table()), encoding="utf-8")
    sys.stdout.write(f"wrote {target}\n")
