"""Copy a desk can file: names in the case their sentence needs, comparisons as sentences,
and the typography of a Russian or Belarusian desk."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from briefer.cli import cli
from briefer.facts.model import Figure
from briefer.text.grammar import Name
from briefer.text.i18n import Language, translations
from briefer.text.inflect import belarusian_forms, russian_forms
from briefer.text.typography import desk_typography

REPO = Path(__file__).resolve().parents[1]
NBSP = "\u00a0"


# --- names that decline --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Могилёвская область", ["Могилёвской области", "Могилёвской области", "Могилёвскую область",
                                 "Могилёвской областью", "Могилёвской области"]),
        ("провинция Хэнань", ["провинции Хэнань", "провинции Хэнань", "провинцию Хэнань",
                              "провинцией Хэнань", "провинции Хэнань"]),
        ("Республика Татарстан", ["Республики Татарстан", "Республике Татарстан", "Республику Татарстан",
                                  "Республикой Татарстан", "Республике Татарстан"]),
        ("Южно-Сахалинск", ["Южно-Сахалинска", "Южно-Сахалинску", "Южно-Сахалинск",
                            "Южно-Сахалинском", "Южно-Сахалинске"]),
        ("Чжэнчжоу", ["Чжэнчжоу"] * 5),
        ("ЮАР", ["ЮАР"] * 5),
        # an adjective the dictionary lacks declines as an adjective, not as «Горецкия района»
        ("Горецкий район", ["Горецкого района", "Горецкому району", "Горецкий район",
                            "Горецким районом", "Горецком районе"]),
        ("Синьцзян-Уйгурский автономный район",
         ["Синьцзян-Уйгурского автономного района", "Синьцзян-Уйгурскому автономному району",
          "Синьцзян-Уйгурский автономный район", "Синьцзян-Уйгурским автономным районом",
          "Синьцзян-Уйгурском автономном районе"]),
        # a city's name after «район» stays in the genitive
        ("Ахматовский район Грозного", ["Ахматовского района Грозного", "Ахматовскому району Грозного",
                                        "Ахматовский район Грозного", "Ахматовским районом Грозного",
                                        "Ахматовском районе Грозного"]),
    ],
)  # fmt: skip
def test_russian_drafts_decline_a_name_word_by_word(name: str, expected: list[str]) -> None:
    assert list(russian_forms(name).values()) == expected


def test_no_place_in_the_registry_declines_an_adjective_as_a_noun() -> None:
    registry = (REPO / "facts" / "regions.yaml").read_text(encoding="utf-8")
    assert not re.findall(r"\b\w+(?:ския|цкия|скию|цкию|скием|цкием) ", registry)
    # «з Віцебскай вобласцю»: a cluster before the ending does not double
    assert "вобласццю" not in registry
    # «Московский район Минска»: the city after «район» stays in the genitive in every case
    declined_city = (
        r"(?:район|районе|району|районом|раён|раёне|раёну|раёнам) (?:Минску|Минском|Минске|Мінску|Мінскі|"
        r"Мінсцы|Мінскай|Казанью|Казань|Уфе|Уфу|Уфой|Грознагі|Грозназе|Грознагу|Грознагай)\b"
    )
    assert not re.findall(declined_city, registry)
    assert not re.findall(r"\b\w+(?:ского|цкого) район\b", registry)  # an accusative as a genitive


@pytest.mark.parametrize(
    ("name", "russian", "expected"),
    [
        ("Магілёўская вобласць", "Могилёвская область", ["Магілёўскай вобласці", "Магілёўскай вобласці",
                                                         "Магілёўскую вобласць", "Магілёўскай вобласцю",
                                                         "Магілёўскай вобласці"]),
        ("Беларусь", "Беларусь", ["Беларусі", "Беларусі", "Беларусь", "Беларуссю", "Беларусі"]),
        ("Брэст", "Брест", ["Брэста", "Брэсту", "Брэст", "Брэстам", "Брэсце"]),
        ("правінцыя Хэнань", "провинция Хэнань", ["правінцыі Хэнань", "правінцыі Хэнань", "правінцыю Хэнань",
                                                  "правінцыяй Хэнань", "правінцыі Хэнань"]),
        # a city's name after «раён» stays in the genitive
        ("Маскоўскі раён Мінска", "Московский район Минска",
         ["Маскоўскага раёна Мінска", "Маскоўскаму раёну Мінска", "Маскоўскі раён Мінска",
          "Маскоўскім раёнам Мінска", "Маскоўскім раёне Мінска"]),
    ],
)  # fmt: skip
def test_belarusian_drafts_follow_the_declensions(name: str, russian: str, expected: list[str]) -> None:
    assert list(belarusian_forms(name, russian).values()) == expected


def test_a_message_asks_a_name_for_its_case() -> None:
    name = Name("провинция Хэнань", {"ins": "провинцией Хэнань", "gen": "провинции Хэнань"})
    assert translations("ru").gettext("%(name)s") % {"name": name} == "провинция Хэнань"
    message = translations("ru").gettext(
        "What has the partnership with %(partner)s brought to people in %(region)s that they can see?"
    )
    region = Name("Могилёвская область", {"gen": "Могилёвской области"})
    assert message % {"partner": name, "region": region} == (
        "Что партнёрство с провинцией Хэнань дало жителям Могилёвской области — что они могут увидеть сами?"
    )
    assert f"{name.ins}" == "провинцией Хэнань"
    assert Name("Gomel").ins == "Gomel"  # English names have no cases


def test_every_place_in_the_shipped_registry_has_its_forms(runner) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, ["facts", "check"])
    assert result.exit_code == 0, result.output
    assert "case forms" not in result.output
    result = runner.invoke(cli, ["facts", "forms"])
    assert result.output == "every place has its case forms\n"


def test_a_place_without_forms_is_warned_about_and_drafted(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "facts"
    shutil.copytree(REPO / "tests" / "data" / "base", root)
    regions = yaml.safe_load((root / "regions.yaml").read_text(encoding="utf-8"))
    regions.append(
        {"id": "qingdao", "name": "Qingdao", "names": {"ru": "Циндао", "be": "Цындао"}, "kind": "city",
         "country": "china", "parent": "china"}
    )  # fmt: skip
    (root / "regions.yaml").write_text(yaml.safe_dump(regions, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(cli, ["--facts", str(root), "facts", "check"])
    assert result.exit_code == 0, result.output
    assert (
        "warning: region 'qingdao' has no Russian case forms, so Russian briefs can only guess them"
        in result.output
    )
    assert (
        "fix: run 'briefer facts forms qingdao', check the draft it prints and add it here" in result.output
    )
    result = runner.invoke(cli, ["--facts", str(root), "facts", "forms"])
    assert result.output == "# qingdao: Qingdao\n  forms:\n    be: indeclinable\n    ru: indeclinable\n"


def test_bad_forms_are_reported_with_their_line(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "facts"
    shutil.copytree(REPO / "tests" / "data" / "base", root)
    text = (root / "regions.yaml").read_text(encoding="utf-8")
    text = text.replace("    ru: {gen: Гомельской области,", "    ru: {genitive: Гомельской области,", 1)
    (root / "regions.yaml").write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if "genitive:" in row) - 1
    result = runner.invoke(cli, ["--facts", str(root), "facts", "check"])
    assert result.exit_code == 1
    assert f"regions.yaml:{line}: error: forms in ru: unknown case 'genitive'" in result.output
    assert "fix: give gen, dat, acc, ins and loc (the nominative is the name itself)" in result.output


# --- comparisons and dates as sentences ------------------------------------------------


@pytest.mark.parametrize(
    ("language", "base", "times", "change"),
    [
        ("ru", "I квартал 2020 г.", "в 13 раз к I кварталу 2020 г.",
         "рост на 58 % к I кварталу 2020 г."),
        ("ru", "январь–апрель 2020 г.", "в 13 раз к январю–апрелю 2020 г.",
         "рост на 58 % к январю–апрелю 2020 г."),
        ("be", "студзень–красавік 2020 г.", "у 13 разоў да ўзроўню студзеня–красавіка 2020 г.",
         "рост на 58 % да студзеня–красавіка 2020 г."),
        ("en", "January-April 2020", "13 times the January-April 2020 level", "up 58% on January-April 2020"),
    ],
)  # fmt: skip
def test_a_comparison_declines_its_base_period(language: str, base: str, times: str, change: str) -> None:
    words = Language(language)
    multiple = words.figure(Figure("growth", 13, "times", "2021", compared_with=base))
    grew = words.change(Figure("trade", 1.25e9, "USD", "2021", change_pct=58, compared_with=base))
    assert [multiple.replace(NBSP, " "), grew.replace(NBSP, " ")] == [times, change]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["in 2008", "in June 2021", "on 12 June 2021"]),
        ("ru", ["в 2008 году", "в июне 2021 года", "12 июня 2021 года"]),
        ("be", ["у 2008 годзе", "у чэрвені 2021 года", "12 чэрвеня 2021 года"]),
    ],
)
def test_when_something_happened_reads_as_an_adverbial(language: str, expected: list[str]) -> None:
    from briefer.facts.model import FactDate

    words = Language(language)
    got = [words.when(FactDate(2008)), words.when(FactDate(2021, 6)), words.when(FactDate(2021, 6, 12))]
    assert got == expected


# --- typography -----------------------------------------------------------------------


def test_quotes_inside_quotes_take_the_inner_marks() -> None:
    assert (
        desk_typography("ОАО «Гомельский завод «Сож»» и «Белшина»", "ru")
        == "ОАО «Гомельский завод „Сож“» и «Белшина»"
    )


def test_a_percent_sign_follows_a_no_break_space_but_addresses_stay() -> None:
    text = "рост на 58% <https://example.org/a%20b> и 12 %"
    assert desk_typography(text, "ru") == f"рост на 58{NBSP}% <https://example.org/a%20b> и 12{NBSP}%"
    assert desk_typography("up 58%", "en") == "up 58%"


def test_belarusian_takes_the_short_u_after_a_vowel_but_a_russian_title_keeps_its_own() -> None:
    text = "Бакі ўсталявалі адносіны у 2004 годзе, а у 2008 — пабрацімства.\n[^1]: *Делегация у партнёров*."
    assert desk_typography(text, "be") == (
        "Бакі ўсталявалі адносіны ў 2004 годзе, а ў 2008 — пабрацімства.\n[^1]: *Делегация у партнёров*."
    )


@pytest.mark.parametrize("language", ["ru", "be"])
def test_no_name_is_bracketed_to_dodge_its_case(runner, language: str) -> None:  # type: ignore[no-untyped-def]
    for kind in ("factsheet", "news", "feature", "interview", "anniversary"):
        result = runner.invoke(
            cli,
            ["brief", "mogilev", "henan", "--kind", kind, "--lang", language, "--format", "md", "--out", "-",
             "--as-of", "2026-06-01"],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        body = result.output.split("\n## ", 1)[1]
        for name in (
            "(Могилёвская область)",
            "(провинция Хэнань)",
            "(Магілёўская вобласць)",
            "(правінцыя Хэнань)",
        ):
            assert name not in body, f"{kind}: {name}"
        assert "база сравнения" not in body and "база параўнання" not in body


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("en", ["- **Twinned since 2008** (Mogilev Oblast–Henan Province, oblast–province level).",
                "- **Friendly relations since 2004** (Mogilev Oblast–Henan Province, "
                "oblast–province level)."]),
        ("ru", ["- **Побратимство с 2008\u00a0г.** (Могилёвская область — провинция Хэнань, "
                "связь на уровне области и провинции).",
                "- **Дружественные отношения с 2004\u00a0г.** (Могилёвская область — провинция Хэнань, "
                "связь на уровне области и провинции)."]),
        ("be", ["- **Пабрацімства з 2008\u00a0г.** (Магілёўская вобласць — правінцыя Хэнань, "
                "сувязь на ўзроўні вобласці і правінцыі).",
                "- **Сяброўскія адносіны з 2004\u00a0г.** (Магілёўская вобласць — правінцыя Хэнань, "
                "сувязь на ўзроўні вобласці і правінцыі)."]),
    ],
)  # fmt: skip
def test_a_tie_reads_since_when_and_at_what_level(runner, language: str, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(
        cli,
        [
            "brief",
            "mogilev",
            "henan",
            "--lang",
            language,
            "--format",
            "md",
            "--out",
            "-",
            "--as-of",
            "2026-06-01",
        ],
    )
    assert result.exit_code == 0, result.output
    shown = [line.split("[^")[0] for line in result.output.splitlines()]
    for line in lines:
        assert line in shown


@pytest.mark.parametrize(
    ("language", "months", "expected"),
    [("en", 3, "three months"), ("en", 11, "11 months"), ("en", 12, "a year"), ("en", 30, "two years"),
     ("ru", 11, "11 месяцев"), ("be", 2, "2 месяцы")],
)  # fmt: skip
def test_an_age_is_said_in_words_for_every_count_of_months(language: str, months: int, expected: str) -> None:
    import datetime as dt

    now = dt.date(2026, 12, 2)
    then = dt.date(
        now.year - (months // 12) - (1 if months % 12 >= now.month else 0),
        (now.month - months % 12 - 1) % 12 + 1,
        2,
    )
    assert Language(language).age(then, now) == expected


@pytest.mark.parametrize(
    ("language", "day", "since"),
    [
        ("ru", "25 января 2022\u202fг.", "с 25 января 2022\u202fг."),
        ("be", "25 студзеня 2022\u202fг.", "з 25 студзеня 2022\u202fг."),
    ],
)
def test_a_tie_dated_to_the_day_reads_since_that_day(language: str, day: str, since: str) -> None:
    words = Language(language)
    assert words.period_name(day).gen == day
    message = "%(stage)s since %(date)s"
    assert words.gettext(message) % {"stage": "x", "date": words.period_name(day)} == f"x {since}"


def _brief(runner, *args: str) -> str:  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, ["brief", *args, "--format", "md", "--out", "-", "--as-of", "2026-12-05"])
    assert result.exit_code == 0, result.output
    return str(result.output)


@pytest.mark.parametrize(
    ("language", "intro", "tie", "more"),
    [
        ("en", "The story rests on these ties:", "- Minsk and Changchun: twinned since 1992.",
         "- 2 more ties are listed in the fact sheet."),
        ("ru", "Материал опирается на эти связи:", "- Минск и Чанчунь: побратимство с 1992\u00a0г.",
         "- Ещё 2 связи приведены в справке."),
        ("be", "Матэрыял абапіраецца на гэтыя сувязі:", "- Мінск і Чанчунь: пабрацімства з 1992\u00a0г.",
         "- Яшчэ 2 сувязі прыведзены ў даведцы."),
    ],
)  # fmt: skip
def test_a_feature_lists_its_ties_under_a_sentence_and_counts_the_rest(  # type: ignore[no-untyped-def]
    runner, language: str, intro: str, tie: str, more: str
) -> None:
    text = _brief(runner, "minsk", "china", "--kind", "feature", "--lang", language)
    nut = text.split("\n## ")[3].splitlines()
    assert nut[2] == intro
    assert nut[4].split("[^")[0] == tie
    assert more in nut


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [("ru", 3, "Ещё 3 связи приведены в справке."), ("ru", 5, "Ещё 5 связей приведены в справке."),
     ("ru", 21, "Ещё 21 связь приведена в справке."), ("be", 3, "Яшчэ 3 сувязі прыведзены ў даведцы."),
     ("be", 7, "Яшчэ 7 сувязей прыведзены ў даведцы.")],
)  # fmt: skip
def test_the_count_of_further_ties_agrees_with_its_number(language: str, count: int, expected: str) -> None:
    words = Language(language)
    singular, plural = (
        "%(count)s more tie is listed in the fact sheet.",
        "%(count)s more ties are listed in the fact sheet.",
    )
    assert words.ngettext(singular, plural, count) % {"count": count} == expected


@pytest.mark.parametrize(
    ("language", "as_of", "covers"),
    [
        ("en", "the newest figure is as of March 2026, nine months before it.",
         "the newest figure covers five years to 2025, 11 months before it."),
        ("ru", "самый свежий показатель дан на март 2026\u00a0г. (9 месяцев назад).",
         "самый свежий показатель — за пять лет по 2025\u00a0г. включительно (11 месяцев назад)."),
        ("be", "самы свежы паказчык пададзены на сакавік 2026\u00a0г. (9 месяцаў таму).",
         "самы свежы паказчык — за пяць гадоў па 2025\u00a0г. уключна (11 месяцаў таму)."),
    ],
)  # fmt: skip
def test_the_age_line_names_a_figure_as_of_a_date_or_over_a_span_as_a_sentence(  # type: ignore[no-untyped-def]
    runner, language: str, as_of: str, covers: str
) -> None:
    assert as_of in _brief(runner, "minsk", "china", "--lang", language)
    brest = _brief(runner, "brest", "russia", "--lang", language)
    assert covers in brest
    assert "уровень" not in brest.split("\n## ")[0] and "ўзровень" not in brest.split("\n## ")[0]


@pytest.mark.parametrize("language", ["en", "ru", "be"])
def test_old_news_is_never_the_first_lede(runner, language: str) -> None:  # type: ignore[no-untyped-def]
    text = _brief(runner, "gomel", "sichuan", "--kind", "news", "--lang", language)
    ledes = text.split("\n## ")[2].splitlines()
    assert ledes[2].startswith("1. [[") and ("newest" in ledes[2] or "свеж" in ledes[2])
    # The newest fact on record (August 2023) is three years old: it follows the prompt, marked as background.
    assert ledes[3].startswith("2. ") and "2023" in ledes[3]
    assert any(word in ledes[3] for word in ("background lede", "лид-предыстория", "лід-перадгісторыя"))


@pytest.mark.parametrize("language", ["ru", "be"])
def test_no_headline_option_opens_with_a_one_digit_number(runner, language: str) -> None:  # type: ignore[no-untyped-def]
    for pair in (("gomel", "sichuan"), ("grodno", "hungary"), ("grodno", "hainan")):
        text = _brief(runner, *pair, "--kind", "news", "--lang", language)
        headlines = text.split("\n## ")[1].splitlines()[2:5]
        # «15 лет побратимству…» may open with figures; «5 лет…» is written out or moved
        assert all(not (line[3].isdigit() and not line[4].isdigit()) for line in headlines), headlines


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "Гомельская область и провинция Сычуань стали побратимами в 2011 году; в 2026 году — 15 лет."),
     ("be", "Гомельская вобласць і правінцыя Сычуань сталі пабрацімамі ў 2011 годзе; "
            "у 2026 годзе — 15 гадоў.")],
)  # fmt: skip
def test_an_anniversary_names_its_year_once(runner, language: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    text = _brief(runner, "gomel", "sichuan", "--kind", "anniversary", "--lang", language)
    assert expected in [line.split("[^")[0] for line in text.splitlines()]
    assert "с тех пор, как" not in text and "з таго часу, як" not in text


def test_belarusian_spells_out_months_in_running_text(runner) -> None:  # type: ignore[no-untyped-def]
    text = _brief(runner, "mogilev", "henan", "--lang", "be")
    assert "(тэрмін у месяцах: 24 для паказчыкаў, 36 для кантэксту і праектаў)" in text
    assert " мес." not in text


@pytest.mark.parametrize(
    ("language", "rival"),
    [("ru", "  - Другой источник относит это к 2015\u00a0г.: В 2015 году провинция Цзянсу"),
     ("be", "  - Іншая крыніца адносіць гэта да 2015\u00a0г.: У 2015 годзе правінцыя Цзянсу")],
)  # fmt: skip
def test_a_rival_date_reads_as_a_sentence_and_a_dated_source_ends_in_one_full_stop(  # type: ignore[no-untyped-def]
    runner, language: str, rival: str
) -> None:
    text = _brief(runner, "mogilev", "china", "--lang", language)
    assert any(line.startswith(rival) for line in text.splitlines())
    sources = text.split("\n[^1]:", 1)[1]
    assert "г.." not in sources
    # the date's own full stop ends the entry (the space before «г.» is a no-break one)
    assert "30 мая 2025\u202fг. <https://" in sources or "30 мая 2025\u00a0г. <https://" in sources


@pytest.mark.parametrize(
    ("language", "ask", "older"),
    [("ru", "- [[ЗАДАНИЕ: что об этом скажет Гомельский облисполком]]",
      "здесь не приводятся, потому что есть более свежие; их можно найти в базе фактов"),
     ("be", "- [[ЗАДАННЕ: што пра гэта скажа Гомельскі аблвыканкам]]",
      "тут не прыводзяцца, бо ёсць больш свежыя; іх можна знайсці ў базе фактаў")],
)  # fmt: skip
def test_tasks_and_notes_read_as_sentences(runner, language: str, ask: str, older: str) -> None:  # type: ignore[no-untyped-def]
    assert ask in _brief(runner, "gomel", "sichuan", "--kind", "news", "--lang", language).splitlines()
    assert older in _brief(runner, "brest", "hubei", "--lang", language)


@pytest.mark.parametrize(
    ("language", "alone", "compared"),
    [("ru", "в 1,8 раза", "в 2,5 раза к 2015 г."), ("be", "у 1,8 раза", "у 2,5 раза да ўзроўню 2015 г."),
     ("en", "1.8 times", "2.5 times the 2015 level")],
)  # fmt: skip
def test_a_fractional_multiple_takes_the_genitive_singular(language: str, alone: str, compared: str) -> None:
    words = Language(language)
    got = [
        words.figure(Figure("growth", 1.8, "times", "2025")),
        words.figure(Figure("growth", 2.5, "times", "2020", compared_with="2015")),
    ]
    assert [text.replace("\u00a0", " ") for text in got] == [alone, compared]


@pytest.mark.parametrize("language", ["ru", "be"])
def test_lists_end_in_one_full_stop_and_dates_are_not_said_twice(runner, language: str) -> None:  # type: ignore[no-untyped-def]
    text = _brief(runner, "minsk", "china", "--lang", language)
    others = next(
        line for line in text.splitlines() if line.startswith(("- **Другие партнёры", "- **Іншыя партнёры"))
    )
    assert re.search(r"\u00a0г\.\[\^\d+\]$", others), others[-40:]  # the abbreviation's point ends it
    assert "г.." not in text.split("\n## ")[0] and ".[^" in others
    mogilev = _brief(runner, "mogilev", "china", "--lang", language)
    # «13 декабря 2024 г. председатель…» is not preceded by «**13 декабря 2024 г.**:»,
    # nor «В мае 2025 г.…» by «**Май 2025 г.**:», nor a span «С 26 июля по 2 августа 2025 г.…»
    assert (
        "г.**: 13 " not in mogilev
        and "**Май 2025 г.**: В мае" not in mogilev
        and "**Травень 2025 г.**: У траўні" not in mogilev
    )
    assert "г.**: С 26 июля" not in mogilev and "г.**: З 26 ліпеня" not in mogilev
    assert ("- **С 26 июля по 2 августа 2025" in mogilev) or ("- **З 26 ліпеня па 2 жніўня 2025" in mogilev)
    rows = [line for line in mogilev.splitlines() if line.startswith("| ")]
    assert all("| 2024 |" not in row for row in rows) and any("| 2024\u00a0г. |" in row for row in rows)


def test_belarusian_summaries_avoid_the_calque_u_ramkakh() -> None:
    """«у рамках» is a calque of Russian «в рамках»: Belarusian copy writes «у межах»."""
    from briefer.facts import default_fact_root, load_fact_base

    base = load_fact_base(default_fact_root())
    found = [
        f.id
        for f in base.facts
        if re.search(r"\b[уўУ] рамках\b", f.translations.get("be", {}).get("summary", ""))
    ]
    assert found == []


def test_a_belarusian_apostrophe_is_the_typographic_one() -> None:
    assert desk_typography("віцэ-прэм'ера, аб'ём, Belarus' WTO", "be") == "віцэ-прэм’ера, аб’ём, Belarus' WTO"
    assert desk_typography("прэм'ера", "ru") == "прэм'ера"


@pytest.mark.parametrize("language", ["en", "ru", "be"])
def test_why_it_matters_now_dates_what_it_cites(runner, language: str) -> None:  # type: ignore[no-untyped-def]
    text = _brief(runner, "gomel", "sichuan", "--kind", "news", "--lang", language)
    section = text.split("\n## ")[3].splitlines()
    cited = [line for line in section if line.startswith("- ")]
    assert cited and all(line.startswith("- **") and "2025" in line[:40] for line in cited), cited


@pytest.mark.parametrize(
    ("language", "dated"),
    [("en", "(19 July 2025)."), ("ru", "(19 июля 2025\u00a0г.)."), ("be", "(19 ліпеня 2025\u00a0г.).")],
)
def test_an_event_whose_summary_gives_no_year_is_told_with_its_date(
    runner, language: str, dated: str
) -> None:  # type: ignore[no-untyped-def]
    text = _brief(runner, "minsk", "china", "--kind", "feature", "--lang", language)
    assert any(line.startswith("- ") and line.split("[^")[0].endswith(dated) for line in text.splitlines())


def test_a_date_said_a_few_words_in_is_not_said_again_before_it(runner) -> None:  # type: ignore[no-untyped-def]
    new = _brief(runner, "vitebsk", "russia", "--lang", "be").split("\n## ")[1]
    # «Падчас рабочага візіту 8 снежня 2025 г. …»: the summary gives its day four words in
    assert "\n- Падчас рабочага візіту **8 снежня 2025\u00a0г.** старшыня" in new
    assert "**8 снежня 2025\u00a0г.**: Падчас" not in new
    # a date only late in the sentence keeps the list's date before it
    assert "\n- **26 лістапада 2025\u00a0г.**: Старшыня Пскоўскай гарадской Думы" in new
