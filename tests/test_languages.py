"""Briefs in Russian and Belarusian: catalogs, CLDR formats, names, fallbacks, honesty."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from pathlib import Path

import docx
import pytest
from babel.messages.extract import extract_from_dir
from docx.oxml.ns import qn

from briefer.facts.model import FactDate, Figure
from briefer.text.i18n import Language, translations

from .conftest import DATA, REPO, brief_markdown, run

GOLDEN = Path(__file__).parent / "golden"
KEYWORDS = {
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "N_": None,
    "NN_": (1, 2),
    "NP_": ((1, "c"), 2),
    "NNP_": ((1, "c"), 2, 3),
}


def _messages() -> list[tuple[str | None, str | tuple[str, ...]]]:
    """Every message the code, the built-in templates and the web pages use, as Babel extracts them."""
    found = []
    for root, method_map, options in (
        (REPO / "src" / "briefer", [("**.py", "python")], {}),
        (
            REPO / "templates",
            [("**.j2", "jinja2")],
            {"**.j2": {"extensions": "jinja2.ext.i18n", "trimmed": "true"}},
        ),
        (
            REPO / "src" / "briefer" / "web" / "templates",
            [("**.html", "jinja2")],
            {"**.html": {"extensions": "jinja2.ext.i18n", "trimmed": "true"}},
        ),
    ):
        for _file, _line, message, _comments, context in extract_from_dir(
            str(root), method_map, options, keywords=KEYWORDS
        ):
            found.append((context, message))
    return found


@pytest.mark.parametrize("language", ["ru", "be"])
def test_every_message_has_a_translation(language: str) -> None:
    messages = _messages()
    assert len(messages) > 100
    catalog = translations(language)
    missing = []
    for context, message in messages:
        if isinstance(message, tuple):
            singular, plural = message[0], message[1]
            forms = [
                catalog.npgettext(context, singular, plural, n)
                if context
                else catalog.ngettext(singular, plural, n)
                for n in (1, 3, 5)
            ]
            if any(form in (singular, plural) for form in forms):
                missing.append((context, singular))
        else:
            translated = catalog.pgettext(context, message) if context else catalog.gettext(message)
            the_same_everywhere = (
                "{region} and {partner}",
                "{month} {year}",
                "{text} ({date}).",
                "{of}, {metric}: {value}, {period}.",
                "{of}, {metric}: {value} ({period}).",
            )
            if translated == message and message not in the_same_everywhere:
                missing.append((context, message))
    assert not missing, f"{language}: no translation for {missing}"


# --- CLDR formats ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["USD 95 million", "USD 1.25 billion", "27 November 2026", "June 2021", "58%", "12,500"]),
        (
            "ru",
            [
                "95 млн долларов США",
                "1,25 млрд долларов США",
                "27 ноября 2026 г.",
                "июнь 2021 г.",
                "58 %",
                "12 500",
            ],
        ),
        (
            "be",
            [
                "95 млн долараў ЗША",
                "1,25 млрд долараў ЗША",
                "27 лістапада 2026 г.",
                "чэрвень 2021 г.",
                "58 %",
                "12 500",
            ],
        ),
    ],
)
def test_money_dates_and_numbers_as_the_desk_writes_them(language: str, expected: list[str]) -> None:
    words = Language(language)
    got = [
        words.money(95_000_000, "USD"),
        words.money(1_250_000_000, "USD"),
        words.day(dt.date(2026, 11, 27)),
        words.fact_date(FactDate(2021, 6)),
        words.percent(58),
        words.number(12500),
    ]
    assert [g.replace("\u00a0", " ").replace("\u202f", " ") for g in got] == expected


@pytest.mark.parametrize(
    ("language", "multiple", "change", "count"),
    [
        ("en", "13 times the 2015 level", "up nearly 25% on 2020", "35 companies"),
        (
            "ru",
            "в 13 раз к 2015 г.",
            "рост почти на 25 % к 2020 г.",
            "35 компаний",
        ),
        (
            "be",
            "у 13 разоў да ўзроўню 2015 г.",
            "рост амаль на 25 % да 2020 г.",
            "35 кампаній",
        ),
    ],
)
def test_multiples_changes_and_counts(language: str, multiple: str, change: str, count: str) -> None:
    words = Language(language)
    times = Figure("growth", 13, "times", "2020", compared_with="2015")
    grew = Figure(
        "exports", 55_000_000, "USD", "2021", change_pct=25, change_qualifier="nearly", compared_with="2020"
    )
    companies = Figure("firms", 35, "companies", "2021")
    got = [words.figure(times), words.change(grew), words.figure(companies)]
    assert [text.replace("\u00a0", " ") for text in got] == [multiple, change, count]


# --- briefs --------------------------------------------------------------------------------

PAIRS = [("mogilev", "henan"), ("gomel", "sichuan"), ("minsk-oblast", "hubei")]


@pytest.mark.parametrize("language", ["ru", "be"])
@pytest.mark.parametrize(("region", "partner"), PAIRS)
def test_factsheet_matches_golden_in_each_language(runner, region: str, partner: str, language: str) -> None:  # type: ignore[no-untyped-def]
    result = brief_markdown(runner, region, partner, "--lang", language, "--as-of", "2024-06-01")
    assert result.exit_code == 0, result.output
    path = GOLDEN / f"small-{region}-{partner}-factsheet.{language}.md"
    if os.environ.get("BRIEFER_UPDATE_GOLDEN"):
        path.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["ru", "be"])
def test_no_english_outside_sources_names_and_marked_fallbacks(runner, language: str) -> None:  # type: ignore[no-untyped-def]
    text = brief_markdown(runner, "mogilev", "henan", "--lang", language, "--as-of", "2024-06-01").stdout
    body = text.split("\n---\n", 1)[1]
    body = re.split(r"^## (Источники|Крыніцы)$", body, flags=re.MULTILINE)[0]
    marker = Language(language).gettext("[not yet translated]")
    for line in body.splitlines():
        if marker in line:
            continue  # an untranslated fact, marked as such
        words = re.findall(r"\b[A-Za-z]{4,}\b", line)
        assert not words, f"English in a {language} brief: {line}"


def test_the_same_footnotes_in_every_language(runner) -> None:  # type: ignore[no-untyped-def]
    def sources(language: str) -> list[str]:
        text = brief_markdown(runner, "mogilev", "henan", "--lang", language, "--as-of", "2024-06-01").stdout
        return re.findall(r"^\[\^\d+\]: .*?<(https?://[^>]+)>", text, re.MULTILINE)

    assert sources("en") == sources("ru") == sources("be")


def test_an_untranslated_fact_keeps_its_english_words_marked(runner) -> None:  # type: ignore[no-untyped-def]
    text = brief_markdown(runner, "mogilev", "henan", "--lang", "ru", "--as-of", "2024-06-01").stdout
    assert re.search(
        re.escape(
            "A joint venture to raise beef for the Chinese market was proposed for vacant land in the "
            "oblast's south-east. [текст пока не переведён]"
        )
        + r"\[\^\d+\]",
        text,
    )


@pytest.mark.parametrize("language", ["ru", "be"])
def test_a_translated_quote_is_never_given_as_the_speakers_words(runner, language: str) -> None:  # type: ignore[no-untyped-def]
    text = brief_markdown(runner, "mogilev", "henan", "--lang", language, "--as-of", "2024-06-01").stdout
    assert "Logistics is the next thing we must fix." not in text
    assert "“" not in text and "«" not in text.split("## Источники")[0].split("## Крыніцы")[0]
    marker = Language(language).gettext(
        "(reported speech: the speaker's own words are not on record in this language)"
    )
    assert re.search(rf"^- .+\[\^\d+\] \*{re.escape(marker)}\*$", text, re.MULTILINE)


@pytest.mark.parametrize("language", ["ru", "be"])
def test_source_titles_are_marked_as_english_renderings(runner, language: str) -> None:  # type: ignore[no-untyped-def]
    text = brief_markdown(runner, "mogilev", "henan", "--lang", language, "--as-of", "2024-06-01").stdout
    marker = Language(language).gettext("(title as rendered in English)")
    references = re.findall(r"^\[\^\d+\]: (.+)$", text, re.MULTILINE)
    assert references and all(marker in reference for reference in references)


@pytest.mark.parametrize(("language", "tag"), [("en", "en-GB"), ("ru", "ru-RU"), ("be", "be-BY")])
def test_docx_is_tagged_with_the_briefs_language(runner, tmp_path: Path, language: str, tag: str) -> None:  # type: ignore[no-untyped-def]
    result = run(
        runner, "--facts", str(DATA / "base"), "brief", "gomel", "sichuan", "--lang", language,
        "--format", "docx", "--out", str(tmp_path),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    document = docx.Document(str(tmp_path / "gomel-sichuan-factsheet.docx"))
    assert document.core_properties.language == tag
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:val")) == tag and lang.get(qn("w:eastAsia")) == "zh-CN"
    # styles inherit the defaults; none names another language
    langs = document.styles.element.findall(f"{qn('w:style')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert all(lang.get(qn("w:val")) == tag for lang in langs)


def test_a_house_styles_own_language_gives_way_to_the_briefs(tmp_path: Path) -> None:
    from briefer.export.docx import markdown_to_docx

    house = docx.Document()
    heading = house.styles["Heading 2"].element
    properties = heading.get_or_add_rPr()
    lang = properties.makeelement(qn("w:lang"), {qn("w:val"): "de-DE"})
    properties.append(lang)
    house.save(str(tmp_path / "house.docx"))
    made = markdown_to_docx("---\nlang: be\n---\n\n# T\n\n## H\n", reference=tmp_path / "house.docx")
    styles = docx.Document(io.BytesIO(made)).styles
    own = styles["Heading 2"].element.find(qn("w:rPr")).find(qn("w:lang"))
    assert own.get(qn("w:val")) == "be-BY" and own.get(qn("w:eastAsia")) == "zh-CN"


def test_the_settings_file_chooses_the_language(runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefer.yaml").write_text("language: be\n", encoding="utf-8")
    text = brief_markdown(runner, "gomel", "sichuan").stdout
    assert "lang: be" in text and "# Гомельская вобласць і правінцыя Сычуань: даведка" in text
    # the command line wins
    assert "lang: en" in brief_markdown(runner, "gomel", "sichuan", "--lang", "en").stdout


def test_a_house_template_not_yet_translated_says_so(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "house.md.j2").write_text("{#- about: Ours -#}\n# {{ title }}\n", encoding="utf-8")
    result = brief_markdown(runner, "gomel", "sichuan", "--kind", "house", "--lang", "ru", templates=tmp_path)
    assert result.exit_code == 2
    assert "the house kind is written in en only so far; use --lang en" in result.stderr


SKELETONS = ("news", "feature", "anniversary", "interview")


@pytest.mark.parametrize("language", ["ru", "be"])
@pytest.mark.parametrize("kind", SKELETONS)
@pytest.mark.parametrize(("region", "partner"), PAIRS)
def test_skeleton_matches_golden_in_each_language(
    runner, region: str, partner: str, kind: str, language: str
) -> None:  # type: ignore[no-untyped-def]
    result = brief_markdown(
        runner, region, partner, "--kind", kind, "--lang", language, "--as-of", "2024-06-01"
    )
    assert result.exit_code == 0, result.output
    path = GOLDEN / f"small-{region}-{partner}-{kind}.{language}.md"
    if os.environ.get("BRIEFER_UPDATE_GOLDEN"):
        path.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["ru", "be"])
@pytest.mark.parametrize("kind", SKELETONS)
def test_every_kind_has_no_english_outside_sources_names_and_marked_fallbacks(
    runner, kind: str, language: str
) -> None:  # type: ignore[no-untyped-def]
    text = brief_markdown(
        runner, "mogilev", "henan", "--kind", kind, "--lang", language, "--as-of", "2024-06-01"
    ).stdout
    body = re.split(r"^## (Источники|Крыніцы)$", text.split("\n---\n", 1)[1], flags=re.MULTILINE)[0]
    marker = Language(language).gettext("[not yet translated]")
    for line in body.splitlines():
        if marker not in line:
            assert not re.findall(r"\b[A-Za-z]{4,}\b", line), f"English in a {language} {kind}: {line}"


def test_a_name_means_the_same_place_in_every_language(runner) -> None:  # type: ignore[no-untyped-def]
    # In Russian the city is named "Могилёв", which is also what people call the oblast;
    # the name is resolved as in English, before the registry takes Russian names.
    english = brief_markdown(runner, "Могилёв", "Хэнань", facts=None)
    russian = brief_markdown(runner, "Могилёв", "Хэнань", "--lang", "ru", facts=None)
    assert english.exit_code == russian.exit_code == 0, russian.output
    assert "region: mogilev\n" in english.output
    assert "region: mogilev\n" in russian.output
    assert "title: 'Могилёвская область и провинция Хэнань: справка'" in russian.output


def test_the_command_line_offers_every_language() -> None:
    from briefer.cli import LANGUAGE_CHOICE
    from briefer.text.i18n import LANGUAGES

    assert tuple(LANGUAGE_CHOICE.choices) == LANGUAGES


def test_a_source_in_its_own_language_keeps_its_title_and_gives_its_date(runner, small_base: Path) -> None:  # type: ignore[no-untyped-def]
    """A Russian page's title is the original, not a rendering; its day of publication is shown."""
    (small_base / "facts" / "visit.yaml").write_text(
        """- id: gomel-sichuan-delegation-2024
  kind: event
  regions: [gomel, sichuan]
  date: 2024-05-16
  summary: A delegation of Sichuan Province visited Gomel Oblast.
  sources:
    - title: Делегация провинции Сычуань посетила Гомельщину
      publisher: БелТА
      date: 2024-05-16
      url: https://www.belta.by/regions/view/delegation-2024/
      language: ru
  added: 2026-12-02
  translations:
    ru: {summary: "Делегация провинции Сычуань побывала в Гомельской области."}
    be: {summary: "Дэлегацыя правінцыі Сычуань пабывала ў Гомельскай вобласці."}
""",
        encoding="utf-8",
    )
    russian = brief_markdown(
        runner, "gomel", "sichuan", "--lang", "ru", "--as-of", "2026-12-02", facts=small_base
    )
    english = brief_markdown(runner, "gomel", "sichuan", "--as-of", "2026-12-02", facts=small_base)
    assert russian.exit_code == 0, russian.output
    line = next(
        entry for entry in russian.output.splitlines() if "Делегация провинции Сычуань посетила" in entry
    )
    assert "(название в английском переводе)" not in line
    assert "БелТА, 16 мая 2024" in line
    assert "БелТА, 16 May 2024" in next(
        entry for entry in english.output.splitlines() if "Делегация провинции Сычуань посетила" in entry
    )
    # the base's first sources, English renderings of their titles, are still marked as such
    assert "(название в английском переводе)" in russian.output
