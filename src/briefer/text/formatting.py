"""Formatting of numbers, figures and dates as a journalist writes them.

It sits below the fact model, selection, conflicts and rendering, so that a figure reads the same in
a brief, a warning and a message, and nothing formats by hand elsewhere.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

CURRENCIES = ("USD", "EUR", "BYN", "RUB", "CNY")


class Measure(Protocol):
    """What formatting reads of a figure (the fact model's Figure is one)."""

    @property
    def value(self) -> float: ...
    @property
    def unit(self) -> str: ...
    @property
    def qualifier(self) -> str | None: ...
    @property
    def change_pct(self) -> float | None: ...
    @property
    def compared_with(self) -> str | None: ...
    @property
    def change_qualifier(self) -> str | None: ...


class Dated(Protocol):
    """A date as precise as its source: a day or month of 0 is not known."""

    @property
    def year(self) -> int: ...
    @property
    def month(self) -> int: ...
    @property
    def day(self) -> int: ...


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_number(value: float) -> str:
    """A number as a journalist writes it: 95 million, 1.25 billion, 12,500, 3.8."""
    for size, word in ((1_000_000_000, "billion"), (1_000_000, "million")):
        if abs(value) >= size:
            return f"{_trim(value / size)} {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return _trim(value)


def _trim(value: float) -> str:
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def format_figure(figure: Measure) -> str:
    """The value with its unit, qualifier and, for a multiple, its base.

    'nearly USD 95 million', 'more than 70%', '13 times the 2015 level', '5-fold'.
    """
    number = format_number(figure.value)
    if figure.unit in CURRENCIES:
        text = f"{figure.unit} {number}"
    elif figure.unit == "percent":
        text = f"{number}%"
    elif figure.unit == "times":
        if figure.compared_with:
            text = f"{number} times the {figure.compared_with} level"
        else:
            text = f"{number}-fold" if float(figure.value).is_integer() else f"{number} times"
    else:
        text = f"{number} {figure.unit}"
    return f"{figure.qualifier} {text}" if figure.qualifier else text


def format_change(figure: Measure) -> str:
    """The change of a figure in words, with its qualifier and base, or ''.

    'up 58% on January-April 2020', 'up more than 80% on January-February 2020',
    'down 6.7% on 2019'.
    """
    if figure.change_pct is None:
        return ""
    if figure.change_pct == 0:
        text = "unchanged"
    else:
        direction = "up" if figure.change_pct > 0 else "down"
        amount = f"{_trim(abs(figure.change_pct))}%"
        text = (
            f"{direction} {figure.change_qualifier} {amount}"
            if figure.change_qualifier
            else f"{direction} {amount}"
        )
    return f"{text} on {figure.compared_with}" if figure.compared_with else text


def format_fact_date(date: Dated) -> str:
    """'2011', 'June 2021' or '12 June 2021'."""
    if date.day:
        return f"{date.day} {MONTHS[date.month - 1]} {date.year}"
    if date.month:
        return f"{MONTHS[date.month - 1]} {date.year}"
    return str(date.year)


def format_day(day: dt.date) -> str:
    """A calendar date as '1 June 2024'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st, 30th."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def age_in_words(then: dt.date, now: dt.date) -> str:
    """How long ago, in whole years or months: 'five years', '14 months', 'two years'."""
    months = (now.year - then.year) * 12 + now.month - then.month - (now.day < then.day)
    if months >= 24:
        return f"{_small(months // 12)} years"
    if months >= 12:
        return "over a year" if months > 12 else "a year"
    return f"{_small(max(months, 1))} month{'s' if months > 1 else ''}"


def _small(number: int) -> str:
    words = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    return words[number] if 0 <= number < len(words) else str(number)
