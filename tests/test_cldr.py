"""briefer's own CLDR formats and .po catalogs give what Babel gives, value for value.

Briefs no longer load Babel at run time (a cold brief paid more for it than for its
rendering); these tests hold the table and the formats to Babel's CLDR data, and the
catalog reader to Babel's compiled catalogs.
"""

from __future__ import annotations

import datetime as dt
import decimal
import random
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from babel import Locale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_compact_decimal, format_decimal, format_percent, get_currency_name
from babel.support import Translations

from briefer.text import cldr
from briefer.text.catalog import Catalog, CatalogError
from briefer.text.cldr_data import TABLE
from briefer.text.i18n import LANGUAGES, catalog_path

LOCALES = {code: Locale.parse(name) for code, name in cldr.LOCALES.items()}


def sample_values() -> list[float]:
    """Round figures, awkward fractions, rounding edges and both signs, as facts carry them."""
    chance = random.Random(2026)
    values: list[float] = [
        0, 1, 2, 5, 11, 21, 22, 25, 101, 111, 1000, 12_500.5, 999_999.9995, 999_999_999.9,
        999_999_999_999.9996, 1_000_000, 1_250_000_000, 95_000_000, 3.8, 0.1, 0.0005, 0.0015,
        58.25, 105.5, 1.0, 21.0, 2.5, 0.125, 1e15, 123_456_789_012_345.0,
    ]  # fmt: skip
    for _ in range(400):
        magnitude = 10 ** chance.randint(-3, 14)
        values.append(round(chance.random() * magnitude, chance.randint(0, 4)))
        values.append(chance.randint(0, 10 ** chance.randint(1, 13)))
    return values + [-value for value in values[:60]]


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_table_is_babels_cldr_data(code: str) -> None:
    assert TABLE[code] == cldr.extract_table()[code], (
        "the installed Babel's CLDR differs from the table: run python -m briefer.text.cldr"
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_numbers_percentages_and_millions_as_babel_writes_them(code: str) -> None:
    locale = LOCALES[code]
    style = "long" if code == "en" else "short"
    pattern = locale.percent_formats[None].pattern.replace("#,##0", "#,##0.###", 1)
    for value in sample_values():
        assert cldr.decimal_text(code, value) == format_decimal(value, format="#,##0.###", locale=locale), (
            value
        )
        assert cldr.percent_text(code, value) == format_percent(value / 100, format=pattern, locale=locale), (
            value
        )
        if abs(value) >= 1_000_000:
            expected = format_compact_decimal(value, format_type=style, locale=locale, fraction_digits=3)
            assert cldr.compact_text(code, value) == expected, value


@pytest.mark.parametrize("code", LANGUAGES)
def test_plural_categories_and_currency_names_as_babels(code: str) -> None:
    locale = LOCALES[code]
    counts: list[float | decimal.Decimal] = [*range(0, 250), 1.0, 21.0, 1.5, 2.5, 3.8, 0.5, 111.0, 1e6]
    counts += [decimal.Decimal("21.0"), decimal.Decimal("3"), decimal.Decimal("1.000")]
    for count in counts:
        assert cldr.plural_category(code, count) == locale.plural_form(count), count
        for currency in ("USD", "EUR", "BYN", "RUB", "CNY"):
            assert cldr.currency_name(code, currency, float(count)) == get_currency_name(
                currency, count=float(count), locale=locale
            ), (count, currency)


@pytest.mark.parametrize("code", LANGUAGES)
def test_months_and_dates_as_babel_writes_them(code: str) -> None:
    locale = LOCALES[code]
    for month in range(1, 13):
        day = dt.date(2026, month, month + 3)
        assert cldr.month_name(code, month) == format_date(day, "LLLL", locale=locale)
        assert cldr.month_name(code, month, standing_alone=False) == format_date(day, "MMMM", locale=locale)
        assert cldr.day_month_year(code, day) == format_date(day, "d MMMM y", locale=locale)
        long_pattern = "d MMMM y" if code == "en" else "long"
        assert cldr.long_date(code, day) == format_date(day, long_pattern, locale=locale)
    assert cldr.long_date("ru", dt.date(2026, 11, 27)) == "27 ноября 2026\u202fг."
    assert cldr.long_date("en", dt.date(2026, 11, 27)) == "27 November 2026"


@pytest.mark.parametrize("code", ("ru", "be"))
def test_the_catalog_reader_gives_what_babels_compiled_catalog_gives(code: str) -> None:
    path = catalog_path(code)
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=cldr.LOCALES[code], domain="briefer")
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    theirs = Translations(compiled, domain="briefer")
    ours = Catalog(path)
    checked = 0
    for message in catalog:
        if not message.id:
            continue
        context = message.context
        if isinstance(message.id, tuple):
            singular, plural = message.id[0], message.id[1]
            for count in range(0, 130):
                if context:
                    assert ours.npgettext(context, singular, plural, count) == theirs.npgettext(
                        context, singular, plural, count
                    )
                else:
                    assert ours.ngettext(singular, plural, count) == theirs.ngettext(singular, plural, count)
        elif context:
            assert ours.pgettext(context, message.id) == theirs.pgettext(context, message.id)
        else:
            assert ours.gettext(message.id) == theirs.gettext(message.id)
        checked += 1
    assert checked > 600
    assert ours.gettext("no such message") == "no such message"
    assert ours.ngettext("one thing", "things", 1) == "one thing"
    assert ours.ngettext("one thing", "things", 3) == "things"


def test_fuzzy_untranslated_and_escaped_entries(tmp_path: Path) -> None:
    po = tmp_path / "x.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=3; plural=n % 10 == 1 && n % 100 != 11 ? 0 : '
        'n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2;\\n"\n\n'
        '#, fuzzy\nmsgid "Trade"\nmsgstr "Торговля"\n\n'
        'msgid "Empty"\nmsgstr ""\n\n'
        '#, python-format\nmsgid "Say \\"hi\\"\\n"\nmsgstr ""\n"Скажи "\n"\\"привет\\"\\n"\n\n'
        'msgctxt "unit"\nmsgid "year"\nmsgid_plural "years"\n'
        'msgstr[0] "год"\nmsgstr[1] "года"\nmsgstr[2] "лет"\n',
        encoding="utf-8",
    )
    catalog = Catalog(po)
    assert catalog.gettext("Trade") == "Trade"  # fuzzy: not yet a translation
    assert catalog.gettext("Empty") == "Empty"
    assert catalog.gettext('Say "hi"\n') == 'Скажи "привет"\n'
    assert [catalog.npgettext("unit", "year", "years", n) for n in (1, 3, 5, 21)] == [
        "год",
        "года",
        "лет",
        "год",
    ]


def test_a_broken_catalog_names_its_file_and_line(tmp_path: Path) -> None:
    po = tmp_path / "broken.po"
    po.write_text('msgid "Trade"\nmsgstr Торговля\n', encoding="utf-8")
    with pytest.raises(CatalogError, match=r"broken\.po:2: expected a quoted string"):
        Catalog(po)


def test_a_brief_loads_no_babel() -> None:
    """What this is for: the cold brief's start-up without Babel and its locale data."""
    probe = (
        "import sys\n"
        "from briefer import default_fact_root, load_fact_base, make_brief\n"
        "base = load_fact_base(default_fact_root())\n"
        "for language in ('en', 'ru', 'be'):\n"
        "    make_brief(base, 'gomel', 'sichuan', language=language)\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'babel'))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
