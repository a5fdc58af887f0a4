"""Fact proposals from articles: reading them, what is found in them, how it stands
against the base, the queue, and an editor's decisions reaching a brief."""

from __future__ import annotations

import datetime as dt
import http.server
import io
import json
import re
import shlex
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from briefer.facts import default_fact_root, load_fact_base
from briefer.ingest.articles import read_articles
from briefer.ingest.extract import Extraction
from briefer.ingest.figures import amounts
from briefer.ingest.periods import dates, periods
from briefer.ingest.places import PlaceFinder
from briefer.ingest.propose import Proposal

from .conftest import DATA, run
from .test_cli import proposals_walkthrough

ARTICLE_DATE = dt.date(2024, 5, 16)

BELTA_PAGE = """<!doctype html>
<html lang="ru"><head><meta charset="utf-8">
<title>Светлогорский район и Баодин стали побратимами - БелТА</title>
<meta property="og:site_name" content="БелТА">
<meta property="og:title" content="Светлогорский район и Баодин стали побратимами">
<meta property="article:published_time" content="2024-05-16T10:00:00+03:00">
<link rel="canonical" href="https://www.belta.by/regions/view/svetlogorsk-baodin-2024/">
<script>document.write("Курс доллара 3,25"); var trade = "41,4 млн";</script>
</head><body>
<nav>Главная | Новости | Регионы | Гомельская область | Могилёвская область</nav>
<div class="ticker">Курс доллара 3,25. Погода в Гомеле: +18.</div>
<article>
<h1>Светлогорский район и Баодин стали побратимами</h1>
<p>ГОМЕЛЬ, 16 мая (БЕЛТА) – Светлогорский район и город Баодин провинции Хэбэй подписали соглашение
об установлении побратимских связей.</p>
<p>Товарооборот Гомельской области с Китаем в 2023 году составил 41,4 млн долларов, что на 10,1% больше,
чем годом ранее.</p>
<p>В сентябре в Гомеле состоится форум с участием делегации провинции Сычуань.</p>
<p>Гомельская область и провинция Сычуань являются побратимами с 2011 года.</p>
</article>
<footer>© БелТА 2024. Все права защищены. Подписывайтесь на наш канал.</footer>
</body></html>
"""

AGAINST_THE_BASE = """Могилёвская область и Китай: итоги года
https://example.org/mogilev-china-2024
2024-12-20

Товарооборот Могилёвской области с Китаем в 2024 году составил 150 млн долларов.
Могилёвская область и провинция Хэнань являются побратимами с 2010 года.
Могилёвская область и провинция Хэнань в 2004 году установили дружественные связи.
"""

BELARUSIAN_TEXT = """Магілёўская вобласць і правінцыя Хэнань падпісалі дарожную карту
https://example.org/mahiliou-henan
7 лістапада 2025

Магілёўская вобласць і правінцыя Хэнань сёння падпісалі дарожную карту супрацоўніцтва на 2026–2028 гады.
Тавараабарот Магілёўскай вобласці з Кітаем за студзень–верасень 2025 года склаў 95,2 млн долараў ЗША.
"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Минский облисполком</title>
<item><title>Минская область и Хубэй договорились о сотрудничестве</title>
<link>https://example.org/minsk-oblast-hubei</link><pubDate>Tue, 12 Mar 2024 10:00:00 +0300</pubDate>
<description>&lt;p&gt;Минская область и провинция Хубэй подписали меморандум о сотрудничестве
12 марта.&lt;/p&gt;</description></item>
<item><title>Экспорт в Китай</title>
<link>https://example.org/minsk-oblast-china</link><pubDate>Wed, 10 Jul 2024 10:00:00 +0300</pubDate>
<description>Экспорт Минской области в Китай за первое полугодие 2024 года составил почти
85 млн долларов.</description></item>
</channel></rss>
"""


@pytest.fixture
def newsroom(tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace over the small test base, with a folder for saved articles."""
    folder = tmp_path / "newsroom"
    assert run(runner, "init", str(folder)).exit_code == 0
    (folder / "saved").mkdir()
    monkeypatch.chdir(folder)
    return folder


def facts_run(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    return run(runner, "--facts", str(DATA / "base"), *args)


def propose_json(runner: CliRunner, *sources: str) -> list[dict]:  # type: ignore[type-arg]
    result = facts_run(runner, "facts", "propose", *sources, "--json", "--as", "olga")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def by_kind(proposals: list[dict], what: str) -> list[dict]:  # type: ignore[type-arg]
    return [p for p in proposals if p["what"] == what]


# -- reading articles --------------------------------------------------------


def test_a_saved_page_gives_its_article_and_what_it_says_of_itself(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(BELTA_PAGE, encoding="utf-8")
    [article] = list(read_articles([str(page)]))
    assert (article.title, article.site, article.date, article.url, article.language, article.form) == (
        "Светлогорский район и Баодин стали побратимами",
        "БелТА",
        ARTICLE_DATE,
        "https://www.belta.by/regions/view/svetlogorsk-baodin-2024/",
        "ru",
        "html",
    )
    assert "41,4 млн долларов" in article.text
    for boilerplate in ("Курс доллара", "Главная", "Все права защищены", "document.write", "Погода"):
        assert boilerplate not in article.text


def test_text_docx_and_feeds_give_their_title_address_and_date(tmp_path: Path) -> None:
    text = tmp_path / "mahiliou.txt"
    text.write_text(BELARUSIAN_TEXT, encoding="utf-8")
    release = tmp_path / "release.docx"
    document = docx.Document()
    for line in ("Gomel and Sichuan sign a roadmap", "https://example.org/gomel-sichuan", "2025-03-12",
                 "Gomel Oblast and Sichuan Province signed a roadmap for 2025-2027 today."):  # fmt: skip
        document.add_paragraph(line)
    document.save(str(release))
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED, encoding="utf-8")
    found = list(read_articles([str(text), str(release), str(feed)]))
    site = "https://example.org/"
    assert [(a.title, a.url, a.date, a.language, a.form) for a in found] == [
        ("Магілёўская вобласць і правінцыя Хэнань падпісалі дарожную карту", f"{site}mahiliou-henan",
         dt.date(2025, 11, 7), "be", "text"),
        ("Gomel and Sichuan sign a roadmap", f"{site}gomel-sichuan", dt.date(2025, 3, 12), "en", "docx"),
        ("Минская область и Хубэй договорились о сотрудничестве", f"{site}minsk-oblast-hubei",
         dt.date(2024, 3, 12), "ru", "feed item"),
        ("Экспорт в Китай", f"{site}minsk-oblast-china", dt.date(2024, 7, 10), "ru", "feed item"),
    ]  # fmt: skip
    assert found[2].site == "Минский облисполком"
    assert "<p>" not in found[2].text
    # a text or a release names no publisher: the site its address is on stands for it
    assert [found[0].site, found[1].site] == ["example.org", "example.org"]


def test_a_texts_publisher_is_the_site_its_address_is_on_as_a_reader_writes_it() -> None:
    from briefer.ingest.articles import _site_of

    assert _site_of("https://www.belta.by/regions/view/x") == "belta.by"
    assert _site_of("https://xn--80aiaefejqmp4ap.xn--p1ai/news/14366") == "адмдзержинск.рф"
    assert _site_of("http://soyuz.by./sotrudnichestvo") == "soyuz.by"
    assert _site_of(None) is None


# -- what is found -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Товарооборот с Гомельской областью вырос", ["gomel"]),
        ("у Гомельскай вобласці і ў правінцыі Сычуань", ["gomel", "sichuan"]),
        ("Gomel Region and Sichuan Province", ["gomel", "sichuan"]),
        (
            "делегация Могилёвской области посетила провинцию Хэнань и Чжэнчжоу",
            ["mogilev", "henan", "zhengzhou"],
        ),
        ("с Минской областью и с Минском", ["minsk-oblast", "minsk"]),
        ("в провинции 四川 и в Китае", ["sichuan", "china"]),
        ("гомельский хлеб и могилёвское мороженое", []),  # adjectives of towns are not the places
        # "the Belarusian capital" is Minsk; money "with Belarusian capital" is the country's
        ("a new theatre in the Belarusian capital", ["minsk"]),
        ("four companies with Belarusian capital work in Gomel Oblast", ["belarus", "gomel"]),
    ],
)
def test_places_are_found_in_any_case_and_spelling(text: str, expected: list[str]) -> None:
    finder = PlaceFinder(load_fact_base(DATA / "base").regions)
    assert [mention.region.id for mention in finder.mentions(text)] == expected


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("составил 41,4 млн долларов", [(41_400_000, "USD", None)]),
        ("превысил 230 млрд российских рублей", [(230_000_000_000, "RUB", "more than")]),
        ("более 2150 белорусских рублей", [(2150, "BYN", "more than")]),
        ("почти 15,5 млн BYN", [(15_500_000, "BYN", "nearly")]),
        ("reached USD 850 million", [(850_000_000, "USD", None)]),
        ("nearly $745 million", [(745_000_000, "USD", "nearly")]),
        ("вырос в 1,8 раза", [(1.8, "times", None)]),
        ("grew 2.5 times", [(2.5, "times", None)]),
        ("аккредитованы 20 предприятий", [(20, "enterprises", None)]),
        ("more than 35 companies", [(35, "companies", "more than")]),
        ("на 12,9% больше", [(12.9, "percent", None)]),
        # numbers in words, English rubles, multiples in words
        ("a net profit exceeding one hundred million Belarusian rubles", [(100_000_000, "BYN", "more than")]),
        ("almost 160 million Belarusian rubles", [(160_000_000, "BYN", "nearly")]),
        ("сто миллионов российских рублей", [(100_000_000, "RUB", None)]),
        ("exceeded Br100 mln", [(100_000_000, "BYN", "more than")]),
        ("two and a half times higher", [(2.5, "times", None)]),
        ("выросли в полтора раза", [(1.5, "times", None)]),
        ("в два с половиной раза больше", [(2.5, "times", None)]),
        ("павялічыліся ў тры разы", [(3, "times", None)]),
        ("which exceeded half a billion dollars", [(500_000_000, "USD", "more than")]),
        ("около полутора миллиардов", []),  # no currency: no money
        ("почти полтора миллиарда долларов", [(1_500_000_000, "USD", "nearly")]),
        ("полмиллиарда долларов", [(500_000_000, "USD", None)]),
        ("for four and a half million euros", [(4_500_000, "EUR", None)]),
        # the verb says it is more: «превысил», "exceeded"
        ("товарооборот превысил 41,4 миллиона долларов", [(41_400_000, "USD", "more than")]),
        ("the surplus exceeded $20 million", [(20_000_000, "USD", "more than")]),
        ("товарооборот впервые превысил порог в 8,86 млрд долларов", [(8_860_000_000, "USD", "more than")]),
        ("we exceeded the bar of $500 million", [(500_000_000, "USD", "more than")]),
        ("more than two hundred companies", [(200, "companies", "more than")]),
        # a half is 50 percent, as growth or as a share; a year's half is no amount
        ("exports to non-CIS countries increased by almost half", [(50, "percent", "nearly")]),
        ("which accounts for half of Belarus' trade with Tatarstan", [(50, "percent", "about")]),
        ("Товарооборот вырос почти наполовину", [(50, "percent", "nearly")]),
        ("На долю Китая приходится более половина экспорта", [(50, "percent", "more than")]),
        ("Russia accounts for three fourths of the total volume", [(75, "percent", "about")]),
        ("На Россию приходится три четверти внешнеторгового оборота", [(75, "percent", "about")]),
        ("на Китай приходится почти четверть экспорта", [(25, "percent", "nearly")]),
        ("вырос на 50% и достиг четверти всего оборота", [(50, "percent", None), (25, "percent", "about")]),
        ("the number of organizations rose to 450 in 2022", [(450, "companies", None)]),
        ("to be registered in the first half of 2021", []),
        ("за первую половину года", []),
        ("This is almost twice as much as a year earlier", [(2, "times", "nearly")]),
        # the sum as written, not as a binary float multiplies it
        ("amounted to $1.041 billion", [(1_041_000_000, "USD", None)]),
        ("registered 4 new residents", [(4, "companies", None)]),
        # «вырос … до 5,3 млн»: the level reached, not a ceiling; «составят до» is one
        ("экспорт вырос в 3,3 раза, до 5,3 млн USD", [(3.3, "times", None), (5_300_000, "USD", None)]),
        ("поставки составят до 5 млн долларов", [(5_000_000, "USD", "up to")]),
        # a comma before three digits separates thousands, but before a scale it is decimal
        ("EXPORTS AMOUNTED TO USD 575,000.", [(575_000, "USD", None)]),
        ("trade reached $1,234,567", [(1_234_567, "USD", None)]),
        ("there are 1,200 companies", [(1_200, "companies", None)]),
        ("составил 1,041 млрд долларов", [(1_041_000_000, "USD", None)]),
        ("вырос на 12,125%", [(12.125, "percent", None)]),
        ("China accounted for exactly a tenth of the exports", [(10, "percent", None)]),
        # a day of a month is no count of what follows it
        ("В Гомеле 19 ноября подписано соглашение о сотрудничестве", []),
        ("On 12 May 3 agreements were signed", [(3, "agreements", None)]),
        ("на Китай приходится десятая часть экспорта", [(10, "percent", "about")]),
    ],
)
def test_amounts_keep_their_currency_scale_and_qualifier(sentence: str, found: list[tuple]) -> None:  # type: ignore[type-arg]
    assert [(a.value, a.unit, a.qualifier) for a in amounts(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("в январе–марте 2023 года", ["January-March 2023"]),
        ("за студзень–верасень 2025 года", ["January-September 2025"]),
        ("в I квартале 2021 г.", ["Q1 2021"]),
        ("in the first quarter of 2021", ["Q1 2021"]),
        ("за первое полугодие 2024 года", ["January-June 2024"]),
        ("за 11 месяцев 2024 года", ["January-November 2024"]),
        ("за 2025 год", ["2025"]),
        ("From January to April this year", ["January-April 2024"]),
        ("в прошлом году", ["2023"]),
        ("на 2024–2026 годы", []),  # a programme's years are no period of a figure
        # a quarter without its year is the article's (16 May 2024): the first is over,
        # the second is not, so the second is last year's
        ("in the first quarter, exports grew", ["Q1 2024"]),
        ("в I квартале текущего года", ["Q1 2024"]),
        ("во втором квартале экспорт вырос", ["Q2 2023"]),
        ("grew by 16 percent in three months", ["January-March 2024"]),
        # a target's period
        ("to buy 200 tractors by the end of 2021", ["by the end of 2021"]),
        ("до конца текущего года", ["by the end of 2024"]),
        # a month or months of the article's year, said so
        ("в январе текущего года", ["January 2024"]),
        ("In January-March this year", ["January-March 2024"]),
        ("в нынешнем году", ["2024"]),
    ],
)
def test_periods_are_read_as_a_reader_says_them(sentence: str, expected: list[str]) -> None:
    assert [p.text for p in periods(sentence, ARTICLE_DATE)] == expected


@pytest.mark.parametrize(
    "sentence",
    ["In 2016 an agreement on cooperation was signed.", "В 2019 году 2 предприятия", "the 2021 residents"],
)
def test_a_year_before_a_noun_is_no_count(sentence: str) -> None:
    assert all(a.value < 1950 or a.value > 2049 for a in amounts(sentence) if a.unit != "percent")


def test_a_name_an_oblast_shares_with_its_city_may_mean_the_city() -> None:
    finder = PlaceFinder(load_fact_base(default_fact_root()).regions)
    (mogilev,) = [m for m in finder.mentions("Mogilev - Zhengzhou") if m.region.id == "mogilev"]
    assert "mogilev-city" in [other.id for other in mogilev.others]


@pytest.mark.parametrize(
    ("sentence", "ahead", "expected"),
    [
        ("Сегодня подписали", False, ["2024-05-16"]),
        ("вчера", False, ["2024-05-15"]),
        ("7 ноября подписали", False, ["2023-11-07"]),  # a day after the article's, in the past: last year's
        ("7 ноября пройдёт форум", True, ["2024-11-07"]),
        ("в апреле пройдёт визит", True, ["2025-04"]),  # April has passed: next year's
        ("12 мая 2021 года", False, ["2021-05-12"]),
        ("on March 3, 2022", False, ["2022-03-03"]),
        # the day before, not «накануне форума»; last week and the weekend: before the article's day
        ("церемония состоялась накануне в Москве", False, ["2024-05-15"]),
        ("накануне форума", False, []),
        ("на прошедшей неделе подписали соглашение", False, ["2024-05"]),
        ("на минувшей неделе подписали соглашение", False, ["2024-05"]),
        ("визит начался в минувшее воскресенье", False, ["2024-05-12"]),
        ("the visit began last Sunday", False, ["2024-05-12"]),
        # a plan's day a few days before the article's: announced again after it, this year's
        ("will visit the region on May 10", True, ["2024-05-10"]),
        ("15 апреля пройдёт форум", True, ["2025-04-15"]),
        ("the past week saw the signing", False, ["2024-05"]),
        ("съездил в Минск на выходных", False, ["2024-05"]),
        ("на позапрошлой неделе область посетила делегация", False, ["2024-05"]),
        ("на днях подписали", False, ["2024-05"]),
    ],
)
def test_dates_are_read_against_the_articles_own(sentence: str, ahead: bool, expected: list[str]) -> None:
    assert [when.date for when in dates(sentence, ARTICLE_DATE, ahead)] == expected


def test_a_page_gives_ties_figures_plans_and_new_places(runner: CliRunner, newsroom: Path) -> None:
    (newsroom / "saved" / "page.html").write_text(BELTA_PAGE, encoding="utf-8")
    proposals = propose_json(runner, "saved/page.html")
    places = {p["place"]["id"]: p["place"] for p in by_kind(proposals, "place")}
    assert places["hebei"] == {
        "id": "hebei", "name": "Hebei", "names": {"ru": "Хэбэй", "be": "Хэбэй"}, "kind": "province",
        "country": "china", "parent": "china", "aliases": ["Хэбэй"],
    }  # fmt: skip
    assert places["baoding"]["parent"] == "hebei" and places["baoding"]["country"] == "china"
    assert places["svetlogorsky-district"] | {"aliases": None} == {
        "id": "svetlogorsky-district", "name": "Svetlogorsky District",
        "names": {"ru": "Светлогорский район", "be": "Светлагорскі раён"}, "kind": "district",
        "country": "belarus", "parent": "gomel",
        "aliases": None,
    }  # fmt: skip
    [tie] = [p for p in by_kind(proposals, "twinning") if p["match"]["status"] == "new"]
    assert tie["fact"]["regions"] == ["svetlogorsky-district", "baoding"]
    assert any("accept the place first" in note for note in tie["notes"])
    [known] = [p for p in by_kind(proposals, "twinning") if p["match"]["status"] == "known"]
    assert known["match"]["fact"] == "gomel-sichuan-twinning"
    [figure] = by_kind(proposals, "figure")
    assert figure["fact"]["figure"] == {
        "metric": "trade turnover", "value": 41400000, "unit": "USD",
        "period": "2023", "change_pct": 10.1, "compared_with": "2022",
    }  # fmt: skip
    assert figure["fact"]["scope"] == {"of": "gomel", "with": "china"}
    assert (
        figure["fact"]["summary"] == "Trade between Gomel Oblast and China came to USD 41.4 million in 2023."
    )
    assert figure["fact"]["translations"]["ru"] == {
        "summary": "Товарооборот Гомельской области с Китаем за 2023 г. составил 41,4\u00a0млн долларов США.",
        "metric": "товарооборот",
        "period": "2023 г.",
    }
    assert figure["source"] == {
        "title": "Светлогорский район и Баодин стали побратимами", "publisher": "БелТА", "date": "2024-05-16",
        "url": "https://www.belta.by/regions/view/svetlogorsk-baodin-2024/", "language": "ru",
    }  # fmt: skip
    # the oblast the sentence before named hosts the forum held in its centre
    [plan] = by_kind(proposals, "event")
    assert (plan["fact"]["date"], plan["fact"]["reported"], plan["fact"]["regions"]) == (
        "2024-09",
        "2024-05-16",
        ["gomel", "sichuan"],
    )
    assert plan["fact"]["summary"] == "A forum is planned with Gomel Oblast and Sichuan Province taking part."
    # every proposal rests on a sentence of the article, at its place in the text
    [article] = list(read_articles(["saved/page.html"]))
    for proposal in proposals:
        evidence = proposal["evidence"]
        assert article.text[evidence["start"] : evidence["end"]].strip() == evidence["text"].strip()


def test_nothing_is_proposed_that_its_sentence_does_not_say(runner: CliRunner, newsroom: Path) -> None:
    """Every figure's value and every date's year are in the evidence, or the proposal
    says the date is the article's."""
    (newsroom / "saved" / "page.html").write_text(BELTA_PAGE, encoding="utf-8")
    (newsroom / "saved" / "base.txt").write_text(AGAINST_THE_BASE, encoding="utf-8")
    (newsroom / "saved" / "mahiliou.txt").write_text(BELARUSIAN_TEXT, encoding="utf-8")
    (newsroom / "saved" / "feed.xml").write_text(FEED, encoding="utf-8")
    proposals = propose_json(runner, "saved")
    assert len(proposals) >= 10
    for proposal in proposals:
        fact, evidence = proposal["fact"], proposal["evidence"]["text"]
        if not fact:
            assert proposal["place"]["names"]["ru"].split()[0][:5] in evidence
            continue
        digits = re.sub(r"\D", "", evidence)
        if fact["kind"] == "figure":
            shown = f"{fact['figure']['value']:,}".replace(",", "")
            number = re.sub(r"0+$", "", shown.split(".")[0])
            assert number[:3] in digits, (fact["figure"], evidence)
        year = str(fact["date"])[:4]
        assert (
            year in evidence
            or year in str(fact.get("figure", {}).get("period"))
            or any(
                "article's" in note or "сегодня" in evidence.lower() or "сёння" in evidence.lower()
                for note in proposal["notes"] + [""]
            )
            or fact.get("reported")
        ), (fact, evidence)


def test_proposals_know_what_the_base_holds(runner: CliRunner, newsroom: Path) -> None:
    (newsroom / "saved" / "base.txt").write_text(AGAINST_THE_BASE, encoding="utf-8")
    proposals = propose_json(runner, "saved/base.txt")
    standing = {p["fact"]["kind"] + " " + str(p["fact"]["date"]): p["match"] for p in proposals if p["fact"]}
    assert standing["figure 2024"]["status"] == "updates"
    assert standing["figure 2024"]["fact"] == "mogilev-china-trade-2020"
    [figure] = by_kind(proposals, "figure")
    assert figure["fact"]["supersedes"] == ["mogilev-china-trade-2020"]
    assert standing["twinning 2010"] == {
        "status": "contradicts",
        "fact": "mogilev-henan-twinning",
        "how": "another date: the base dates this twinned stage 2008, the article 2010",
    }
    assert standing["twinning 2004"]["status"] == "known"
    assert standing["twinning 2004"]["fact"] == "mogilev-henan-friendly-2004"


def test_belarusian_and_english_articles(runner: CliRunner, newsroom: Path) -> None:
    (newsroom / "saved" / "mahiliou.txt").write_text(BELARUSIAN_TEXT, encoding="utf-8")
    proposals = propose_json(runner, "saved/mahiliou.txt")
    [roadmap] = by_kind(proposals, "agreement")
    assert (roadmap["fact"]["date"], roadmap["fact"]["summary"]) == (
        "2025-11-07",
        "Mogilev Oblast and Henan Province signed a roadmap for 2026–2028.",
    )
    assert roadmap["fact"]["translations"]["be"]["summary"] == (
        "Магілёўская вобласць і правінцыя Хэнань падпісалі дарожную карту на 2026–2028 гады."
    )
    [figure] = by_kind(proposals, "figure")
    assert figure["fact"]["figure"]["period"] == "January-September 2025"
    assert figure["fact"]["translations"]["be"]["period"] == "студзень–верасень 2025 г."
    assert figure["source"]["language"] == "be"


# -- the queue and decisions ---------------------------------------------------


def test_proposing_an_article_again_adds_nothing(runner: CliRunner, newsroom: Path) -> None:
    (newsroom / "saved" / "page.html").write_text(BELTA_PAGE, encoding="utf-8")
    first = facts_run(runner, "facts", "propose", "saved/page.html")
    assert first.exit_code == 0
    assert first.output.splitlines()[0] == (
        "saved/page.html: «Светлогорский район и Баодин стали побратимами» (ru, 2024-05-16): 7 proposal(s)"
    )
    again = facts_run(runner, "facts", "propose", "saved/page.html")
    assert again.output == (
        "saved/page.html: «Светлогорский район и Баодин стали побратимами»: proposed before; nothing added\n"
    )
    listed = facts_run(runner, "facts", "review", "--list")
    assert listed.output.splitlines()[-1] == "7 proposal(s) waiting"


def _ids(runner: CliRunner) -> dict[str, str]:
    entries = json.loads(facts_run(runner, "facts", "review", "--list", "--json").output)
    named = {}
    for entry in entries:
        key = (
            entry["place"]["id"] if entry["place"] else f"{entry['fact']['kind']} {entry['match']['status']}"
        )
        named[key] = entry["id"]
    return named


def test_an_accepted_proposal_reaches_the_brief_with_its_source(runner: CliRunner, newsroom: Path) -> None:
    (newsroom / "saved" / "page.html").write_text(BELTA_PAGE, encoding="utf-8")
    facts_run(runner, "facts", "propose", "saved/page.html", "--as", "olga")
    ids = _ids(runner)
    early = facts_run(runner, "facts", "review", "--accept", ids["twinning new"], "--as", "ivan")
    assert early.exit_code == 2
    assert "the fact names svetlogorsky-district, baoding, which the registry lacks" in early.output
    for place in ("hebei", "baoding", "svetlogorsky-district"):
        accepted = facts_run(runner, "facts", "review", "--accept", ids[place], "--as", "ivan")
        assert accepted.exit_code == 0, accepted.output
    tie = facts_run(runner, "facts", "review", "--accept", ids["twinning new"], "--as", "ivan")
    assert tie.exit_code == 0, tie.output
    figure = facts_run(runner, "facts", "review", "--accept", ids["figure new"], "--as", "ivan")
    assert figure.output.startswith(
        f"accepted {ids['figure new']} as gomel-china-figure-2023 in facts/china/gomel.yaml"
    )
    written = (newsroom / "facts" / "china" / "gomel.yaml").read_text(encoding="utf-8")
    assert "  status: verified\n" in written
    assert "  added_by: olga\n  reviewed_by: ivan\n" in written
    assert "- id: baoding\n" in (newsroom / "facts" / "regions.yaml").read_text(encoding="utf-8")
    again = facts_run(runner, "facts", "review", "--accept", ids["figure new"], "--as", "anna")
    assert again.exit_code == 2
    decided = rf"proposal {ids['figure new']} was accepted by ivan at \S+ \(as fact gomel-china-figure-2023\)"
    assert re.search(decided, again.output)
    assert facts_run(runner, "facts", "check").exit_code == 0
    brief = facts_run(
        runner, "brief", "gomel", "china", "--format", "md", "--out", "-", "--as-of", "2024-06-01"
    )
    assert (
        "| Trade turnover | USD 41.4 million (up 10.1% on 2022) | 2023 | Gomel Oblast – China |"
        in brief.output
    )
    assert "*Светлогорский район и Баодин стали побратимами*. БелТА, 16 May 2024." in brief.output
    sheet = facts_run(
        runner, "brief", "gomel", "baoding", "--format", "md", "--out", "-", "--as-of", "2024-06-01"
    )
    assert "Svetlogorsky District and Baoding established twinning ties." in sheet.output


def test_a_rejection_needs_its_reason_and_is_kept(runner: CliRunner, newsroom: Path) -> None:
    (newsroom / "saved" / "page.html").write_text(BELTA_PAGE, encoding="utf-8")
    facts_run(runner, "facts", "propose", "saved/page.html")
    plan = _ids(runner)["event new"]
    missing = facts_run(runner, "facts", "review", "--reject", plan)
    assert missing.exit_code == 2 and "a rejection needs its reason" in missing.output
    done = facts_run(runner, "facts", "review", "--reject", plan, "--reason", "the forum is not confirmed")
    assert done.output == f"rejected {plan}\n"
    assert plan not in facts_run(runner, "facts", "review", "--list").output


def test_two_editors_accepting_at_once_write_the_fact_once(runner: CliRunner, newsroom: Path) -> None:
    from briefer.database import database_path
    from briefer.ingest.queue import AlreadyDecided, ProposalQueue
    from briefer.ingest.review import accept

    (newsroom / "saved" / "page.html").write_text(BELTA_PAGE, encoding="utf-8")
    facts_run(runner, "facts", "propose", "saved/page.html")
    figure = _ids(runner)["figure new"]
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def editor(name: str) -> None:
        queue = ProposalQueue(database_path(newsroom))
        barrier.wait()
        try:
            accept(
                queue,
                figure,
                newsroom / "facts",
                lambda: load_fact_base([DATA / "base", newsroom / "facts"]),
                name,
            )
            outcomes.append("accepted")
        except AlreadyDecided as error:
            outcomes.append(str(error))
        finally:
            queue.close()

    threads = [threading.Thread(target=editor, args=(name,)) for name in ("ivan", "anna")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes)[0] == "accepted" and "was accepted by" in sorted(outcomes)[1]
    written = (newsroom / "facts" / "china" / "gomel.yaml").read_text(encoding="utf-8")
    assert written.count("- id: gomel-china-figure-2023\n") == 1


def test_the_interactive_review(runner: CliRunner, newsroom: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (newsroom / "saved" / "base.txt").write_text(AGAINST_THE_BASE, encoding="utf-8")
    facts_run(runner, "facts", "propose", "saved/base.txt")
    monkeypatch.setattr("briefer.cli.base.in_a_terminal", lambda: True)
    result = runner.invoke(
        __import__("briefer.cli", fromlist=["cli"]).cli,
        ["--facts", str(DATA / "base"), "facts", "review", "--as", "ivan"],
        input="a\nr\nthe date is a misprint\ns\n",
    )
    assert result.exit_code == 0, result.output
    assert (
        "[1/3] " in result.output and "evidence: «" in result.output and "against the base: " in result.output
    )
    assert "accepted p-" in result.output and "rejected p-" in result.output
    assert facts_run(runner, "facts", "review", "--list").output.splitlines()[-1] == "1 proposal(s) waiting"


def test_the_readme_walkthrough_from_article_to_brief(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert run(runner, "init", "newsroom").exit_code == 0
    (tmp_path / "newsroom" / "saved").mkdir()
    article = BELTA_PAGE.replace("Светлогорский район и Баодин", "Гомельская область и провинция Сычуань")
    (tmp_path / "newsroom" / "saved" / "belta-gomel-sichuan.html").write_text(article, encoding="utf-8")
    outputs = []
    for line in proposals_walkthrough().splitlines():
        words = shlex.split(line)
        if words[0] == "cd":
            monkeypatch.chdir(Path.cwd() / words[1])
            continue
        if "--accept" in words or "--reject" in words:
            ids = _waiting(runner)
            words[words.index("--accept" if "--accept" in words else "--reject") + 1] = (
                ids["figure"] if "--accept" in words else ids["event"]
            )
        result = run(runner, *words[1:])
        assert result.exit_code == 0, f"{line}\n{result.output}"
        outputs.append(result.output)
    brief = outputs[-1]
    # the walkthrough's brief is dated June 2024, a month after the article: its 2023 figure is current
    assert re.search(r"\| USD 41\.4 million \(up 10\.1% on 2022\) \| 2023 \| Gomel Oblast – China \|", brief)
    assert "*Гомельская область и провинция Сычуань стали побратимами*. БелТА, 16 May 2024." in brief


def _waiting(runner: CliRunner) -> dict[str, str]:
    entries = json.loads(run(runner, "facts", "review", "--list", "--json").output)
    return {entry["fact"]["kind"]: entry["id"] for entry in entries if entry["fact"]}


# -- bad input ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "code", "message"),
    [
        ("binary.txt", b"\x00\x01\x02binary", 1, "this is a binary file, not text"),
        ("big.txt", b"x " * 3_000_000, 1, "6,000,000 bytes; an article is read only up to 5,000,000"),
        ("scripts.html", b"<html><script>" + b"var a=1;" * 500 + b"</script><body></body></html>", 1,
         "no article text found"),
        ("feed.xml", b"this is not a feed at all", 1, "not an RSS or Atom feed with items"),
        ("empty.txt", b"", 1, "the file is empty"),
        ("photo.jpg", b"\xff\xd8\xff", 2, "briefer does not read .jpg"),
        ("broken.docx", b"PK\x03\x04 not really", 1, "not a DOCX document"),
        ("broken.pdf", b"%PDF-1.4 nothing", 1, "not a readable PDF"),
    ],
)  # fmt: skip
def test_bad_articles_are_messages(
    runner: CliRunner, newsroom: Path, name: str, content: bytes, code: int, message: str
) -> None:
    (newsroom / "saved" / name).write_bytes(content)
    result = facts_run(runner, "facts", "propose", f"saved/{name}")
    assert result.exit_code == code, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_missing_sources_and_no_workspace_are_usage_errors(
    runner: CliRunner, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(AGAINST_THE_BASE, encoding="utf-8")
    outside = facts_run(runner, "facts", "propose", "a.txt")
    assert outside.exit_code == 2
    assert (
        "proposing facts needs a newsroom workspace and there is none here: run 'briefer init'"
        in outside.output
    )
    assert run(runner, "init", "newsroom").exit_code == 0
    monkeypatch.chdir(tmp_path / "newsroom")
    missing = facts_run(runner, "facts", "propose", "nowhere.html")
    assert missing.exit_code == 2 and "nowhere.html: no such file, folder or address" in missing.output
    assert facts_run(runner, "facts", "propose", "ftp://example.org/a").exit_code == 2


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def site() -> Iterator[str]:
    """The article on a web server of our own on 127.0.0.1."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = BELTA_PAGE.encode() if self.path == "/article" else b"nothing here"
            self.send_response(200 if self.path == "/article" else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_an_address_is_fetched_and_a_dead_one_is_a_message(
    runner: CliRunner, newsroom: Path, site: str
) -> None:
    proposals = propose_json(runner, f"{site}/article")
    assert len(by_kind(proposals, "figure")) == 1
    missing = facts_run(runner, "facts", "propose", f"{site}/gone")
    assert missing.exit_code == 1 and "the server answered 404" in missing.output
    dead = facts_run(runner, "facts", "propose", f"http://127.0.0.1:{_closed_port()}/a")
    assert dead.exit_code == 1 and "cannot be fetched" in dead.output


def test_a_page_without_a_date_gives_no_date_it_does_not_have(runner: CliRunner, newsroom: Path) -> None:
    undated = BELTA_PAGE.replace(
        '<meta property="article:published_time" content="2024-05-16T10:00:00+03:00">', ""
    )
    undated = undated.replace("ГОМЕЛЬ, 16 мая (БЕЛТА) – ", "")
    (newsroom / "saved" / "undated.html").write_text(undated, encoding="utf-8")
    (newsroom / "saved" / "undated-too.html").write_text(
        undated.replace("Светлогорский", "Жлобинский"), "utf-8"
    )
    proposals = propose_json(runner, "saved/undated.html")
    # the signing's date is in no sentence and the page gives none: no tie is proposed with a guessed date
    assert [p for p in by_kind(proposals, "twinning") if p["match"]["status"] == "new"] == []
    assert by_kind(proposals, "figure")[0]["fact"]["date"] == "2023"  # the figure's period is in its sentence
    supplied = facts_run(
        runner, "facts", "propose", "saved/undated-too.html", "--date", "2024-05-20", "--json"
    )
    [tie] = [p for p in by_kind(json.loads(supplied.output), "twinning") if p["match"]["status"] == "new"]
    assert tie["fact"]["date"] == "2024-05-20"
    assert "the sentence gives no date: the article's date (2024-05-20) is used" in tie["notes"]


def test_docx_written_in_memory_is_read(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Title line")
    document.add_paragraph("Gomel Oblast and Sichuan Province signed a memorandum on 3 March 2025.")
    document.save(buffer)
    (tmp_path / "a.docx").write_bytes(buffer.getvalue())
    [article] = list(read_articles([str(tmp_path / "a.docx")]))
    assert article.title == "Title line" and "memorandum" in article.text


def test_the_weekly_digest_lists_what_waits_and_what_was_decided(runner: CliRunner, newsroom: Path) -> None:
    from briefer.digest.build import Week

    (newsroom / "saved" / "page.html").write_text(BELTA_PAGE, encoding="utf-8")
    facts_run(runner, "facts", "propose", "saved/page.html", "--as", "olga")
    ids = _ids(runner)
    facts_run(runner, "facts", "review", "--accept", ids["figure new"], "--as", "ivan")
    facts_run(
        runner, "facts", "review", "--reject", ids["event new"], "--as", "ivan", "--reason", "not confirmed"
    )
    week = str(Week.containing(dt.date.today()))
    for language, expected in (
        ("en", [
            "## Proposals from articles",
            "- **5 proposals waiting for review** — `briefer facts review`:",
            "  - Svetlogorsky District and Baoding established twinning ties. (БелТА; proposed by olga)",
            "- **Accepted this week:**",
            "  - Trade between Gomel Oblast and China came to USD 41.4 million in 2023. — "
            "accepted by ivan as gomel-china-figure-2023",
            "  - A forum is planned with Gomel Oblast and Sichuan Province taking part. — "
            "rejected by ivan: not confirmed",
        ]),
        ("ru", [
            "## Предложения из статей",
            "- **5 предложений ожидают проверки** — `briefer facts review`:",
            "  - Товарооборот Гомельской области с Китаем за 2023\u00a0г. составил 41,4\u00a0млн "
            "долларов США. — принял(а) ivan как gomel-china-figure-2023",
        ]),
    ):  # fmt: skip
        result = facts_run(runner, "digest", "--week", week, "--format", "md", "--lang", language, "--force")
        assert result.exit_code == 0, result.output
        text = (newsroom / "briefs" / "digest" / f"digest-{week}.md").read_text(encoding="utf-8")
        for line in expected:
            assert line in text.splitlines(), line


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("14 марта 2025 года в Гомеле председатель облисполкома Иван Крупко и вице-губернатор провинции "
         "Сычуань подписали дорожную карту сотрудничества на 2025–2027 годы.", "gomel"),
        ("14 марта 2025 года в Гомеле председатель горисполкома и вице-губернатор провинции Сычуань "
         "подписали дорожную карту сотрудничества на 2025–2027 годы.", "gomel-city"),
    ],
)  # fmt: skip
def test_the_city_where_a_document_is_signed_is_no_side_when_the_oblast_signs(
    runner: CliRunner, newsroom: Path, sentence: str, side: str
) -> None:
    page = f"Дорожная карта подписана\nhttps://example.org/signing\n2025-03-14\n\n{sentence}\n"
    (newsroom / "saved" / "signing.txt").write_text(page, encoding="utf-8")
    (agreement,) = [p for p in propose_json(runner, "saved") if p["what"] == "agreement"]
    assert agreement["fact"]["regions"][0] == side


NATIONAL_AFTER_OBLAST = """Food exports up in the first quarter
https://example.org/food-exports-q1-2021
2021-04-20

Gomel Oblast opened a new dairy line in Rogachev this spring.
Belarusian agricultural and food producers increased exports by more than five percent \
to USD 1.5 billion in the first quarter of 2021.
The recipients of these goods are consumers in 88 countries (83 countries in the same period of 2020).
Overall, exports to non-CIS countries increased by almost half.
"""


def test_a_belarusian_figure_after_an_oblast_is_the_countrys(runner: CliRunner, newsroom: Path) -> None:
    (newsroom / "saved" / "food.txt").write_text(NATIONAL_AFTER_OBLAST, encoding="utf-8")
    figures = by_kind(propose_json(runner, "saved/food.txt"), "figure")
    found = {(f["fact"]["figure"]["value"], f["fact"]["figure"]["period"]): f for f in figures}
    exports = found[(1500000000, "Q1 2021")]
    # "Belarusian producers" are the country's, not Gomel Oblast's of the sentence before
    assert exports["fact"]["scope"] == {"of": "belarus"}
    assert exports["fact"]["figure"]["metric"] == "exports"
    # a count of countries where goods go, though the sentence says "consumers", not "exports"
    countries = found[(88, "Q1 2021")]
    assert countries["fact"]["figure"]["metric"] == "countries supplied"
    assert any("earlier sentence" in note for note in countries["notes"])
    # the story stays with the country's figures after a sentence gave them
    assert countries["fact"]["scope"] == {"of": "belarus"}
    half = found[(50, "Q1 2021")]
    assert half["fact"]["scope"] == {"of": "belarus"}
    assert half["fact"]["figure"]["qualifier"] == "nearly"
    # "the same period of 2020" in brackets is the bracketed count's own period and is not
    # carried on as the text's
    assert (83, "2020") in found


BETWEEN_THE_COUNTRIES = """Belarus and China
https://example.org/belarus-china-2020
2021-04-20

A delegation of Minsk visited Henan Province in March 2021.
Its hosts spoke of China's interest in Belarusian goods.
In 2020, the trade turnover between the countries amounted to $52.2 million.
"""


def test_a_figure_between_the_countries_is_belarus_with_the_country_named(
    runner: CliRunner, newsroom: Path
) -> None:
    (newsroom / "saved" / "countries.txt").write_text(BETWEEN_THE_COUNTRIES, encoding="utf-8")
    (trade,) = by_kind(propose_json(runner, "saved/countries.txt"), "figure")
    # not Minsk's, named two sentences before, nor a total with no partner
    assert trade["fact"]["scope"] == {"of": "belarus", "with": "china"}
    assert "the countries: Belarus and China, from an earlier sentence" in trade["notes"]


COMPARED_AND_PLANNED = """Far-arc exports of the free economic zone
https://example.org/fez-far-arc
2021-05-10

In the first quarter of 2021 the residents of the free economic zone in Gomel Oblast raised their exports.
More projects are expected to be registered in the first half of 2021.
As for the far-arc countries, exports there amounted to $6.4 million, which is 3.8 times more than in \
the first quarter of 2020.
In 2020, the trade turnover between Mogilev Oblast and Sichuan amounted to $52.2 million, which is 4% \
more than in 2019.
At the same time, the surplus for the Belarusian side exceeded $20 million.
"""


def test_the_year_a_change_is_measured_from_is_not_the_figures_period(
    runner: CliRunner, newsroom: Path
) -> None:
    (newsroom / "saved" / "far-arc.txt").write_text(COMPARED_AND_PLANNED, encoding="utf-8")
    figures = by_kind(propose_json(runner, "saved/far-arc.txt"), "figure")
    periods_by_value = {f["fact"]["figure"]["value"]: f["fact"]["figure"]["period"] for f in figures}
    # "4% more than in 2019": the trade is 2020's
    assert periods_by_value[52_200_000] == "2020"
    (trade,) = [f for f in figures if f["fact"]["figure"]["value"] == 52_200_000]
    assert trade["fact"]["scope"] == {"of": "mogilev", "with": "sichuan"}
    # the sentence after takes the text's period, not the base of the comparison before it
    assert periods_by_value[20_000_000] == "2020"
    # the only period in the sentence is the base: the figure's is the text's, Q1 2021, not the
    # plan's first half of 2021 in between, and the proposal says where it came from
    assert periods_by_value[6_400_000] == "Q1 2021"
    (far_arc,) = [f for f in figures if f["fact"]["figure"]["value"] == 6_400_000]
    assert any("earlier sentence" in note for note in far_arc["notes"])
    assert far_arc["fact"]["scope"]["of"] == "gomel"


TWINNED_LIST = """Twinned provinces
https://example.org/twinned-provinces
2021-05-10

Belarusian oblasts are twinned with Chinese provinces: Gomel - Sichuan (2011) and Hubei Province (2016); \
Minsk: Henan (2012) and Hubei Province (2015); the Belarusian capital: Hubei Province (1992) and \
Sichuan (1995).
The Belarusian region's trade with China grew by 12% in 2020 to $41.4 million, after Gomel Oblast \
and Sichuan held their first forum; total imports and exports of goods between Mogilev Oblast and \
Sichuan amounted to $5.1 million in 2020.
"""


def test_a_list_that_names_the_capital_apart_means_the_oblast_by_minsk(
    runner: CliRunner, newsroom: Path
) -> None:
    (newsroom / "saved" / "list.txt").write_text(TWINNED_LIST, encoding="utf-8")
    proposals = propose_json(runner, "saved/list.txt")
    ties = {tuple(p["fact"]["regions"]): p["fact"]["date"] for p in by_kind(proposals, "twinning")}
    assert ties[("minsk-oblast", "henan")] == "2012"
    assert ties[("minsk-oblast", "hubei")] == "2015"
    assert ties[("minsk", "hubei")] == "1992"
    assert ties[("gomel", "sichuan")] == "2011"
    figures = {p["fact"]["figure"]["value"]: p["fact"] for p in by_kind(proposals, "figure")}
    # "imports and exports between them" is their trade
    assert figures[5_100_000]["figure"]["metric"] == "trade turnover"


@pytest.mark.parametrize(
    ("text", "language", "sides"),
    [
        # the partner's own figure: named in the possessive or right after the metric
        ("Sakhalin Region's foreign trade turnover in 2020 was $12.2 million.", "en", ("sakhalin", None)),
        ("Товарооборот Курской области с Беларусью в 2023 году превысил 200 млн долларов.", "ru",
         ("kursk", "belarus")),
        # a Belarusian make's share of a partner's fleet is the partner's figure
        ("In 2020, almost 60% of Tatarstan's fleet of farm machinery was MTZ tractors.", "en",
         ("tatarstan", None)),
        # a Belarusian oblast's figure stays the oblast's
        ("Товарооборот Гомельской области с Брянской областью в 2023 году составил 300 млн долларов.", "ru",
         ("gomel", "bryansk")),
        ("Trade between Mogilev Oblast and Jiangsu reached $41.4 million in 2024.", "en",
         ("mogilev", "jiangsu")),
    ],
)  # fmt: skip
def test_whose_figure_it_is(text: str, language: str, sides: tuple[str, str | None]) -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    article = Article(text, "t", None, dt.date(2025, 1, 1), None, language, "x", "text")
    (figure,) = [c for c in extract(article, PlaceFinder(base.regions)).candidates if c.kind == "figure"]
    assert (figure.home.id, figure.away.id if figure.away else None) == sides
    if "fleet" in text:
        assert figure.metric == "share of the fleet" and any("fleet" in note for note in figure.notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of output sold abroad, in the words reports use
        ("In the first quarter of 2021 the FEZ in Gomel Oblast did well. "
         "All in all, over 70% of the output is exported.",
         [("share of output exported", 70.0, "percent")]),
        ("В I квартале 2021 года в Гомельской области доля поставок за пределы Беларуси "
         "составила 70% выручки.",
         [("share of output exported", 70.0, "percent")]),
        # a count beside a money metric is not that metric's figure
        ("In January-March 2021 Gomel Oblast earned a net profit of $5 million, the best of all six regions.",
         [("net profit", 5_000_000.0, "USD")]),
        # machines: what is done with them is the metric
        ("Gomel Oblast agreed to buy at least 200 tractors by the end of 2021.",
         [("purchases", 200.0, "tractors")]),
        # the surplus of a trade is no turnover; a credit is a credit, whatever turnover follows
        ("In January-March 2021 the surplus of Belarus's foreign trade in services amounted to "
         "$1.041 billion.",
         [("trade surplus", 1_041_000_000.0, "USD")]),
        ("In December 2020 Belarus and China agreed to put the remaining Chinese credit of about "
         "$4 billion into economic turnover.",
         [("credit", 4_000_000_000.0, "USD")]),
        # one product group's exports are not all exports
        ("Гомельская область в 2022 году увеличила в 10 раз экспорт мясной продукции в Китай.",
         [("growth of exports of meat products", 10.0, "times")]),
        # two groups joined are no one group briefer can name
        ("В 2024 году экспорт мясной и молочной продукции Гомельской области в Россию превысил "
         "300 млн долларов.",
         [("exports of a product group", 300_000_000.0, "USD")]),
        # agreements on record are counted, «договоры» too
        ("Гомельскую область с субъектами Российской Федерации связывают 34 межрегиональных соглашения.",
         [("agreements signed", 34.0, "agreements")]),
        ("Сотрудничество Гомельской области с российскими регионами включает 37 договоров.",
         [("agreements signed", 37.0, "agreements")]),
        # goods and services go to lands of their own: two counts, not one contradicted
        ("География поставок Гомельской области в 2020 году: по товарам это 75 стран, по услугам 119 стран.",
         [("countries supplied with goods", 75.0, "countries"),
          ("countries supplied with services", 119.0, "countries")]),
        # a zone's residents are companies, counted as the base counts them
        ("In January-March 2021 four new residents were registered in the FEZ of Vitebsk Oblast.",
         [("resident companies", 4.0, "companies")]),
        # "This is almost twice as much": the growth of what the sentence before measured
        ("In the first quarter of 2021 Gomel Oblast supplied pipes worth $10 million to the European Union. "
         "This is almost twice as much as during the same period last year.",
         [("exports", 10_000_000.0, "USD"), ("growth of exports", 2.0, "times")]),
    ],
)  # fmt: skip
def test_what_a_figure_measures(text: str, expected: list[tuple[str, float, str]]) -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    article = Article(
        text, "t", None, dt.date(2021, 7, 1), None, "en" if text.isascii() else "ru", "x", "text"
    )
    found = [c for c in extract(article, PlaceFinder(base.regions)).candidates if c.kind == "figure"]
    assert [(c.metric, c.amount.value, c.amount.unit) for c in found] == expected


AGENCY_REPORT = """Гомельская область втрое нарастила поставки в Китай
https://example.org/gomel-china-2023
2024-03-01

Гомель, 1 марта /Синьхуа/ -- Предприятия Гомельской области в 2023 году нарастили экспорт в Китай \
почти в 3 раза по сравнению с 2022 годом.
В 2023 году область реализовала в КНР товаров на 21,5 млн долларов при задании в 9 млн долларов, \
в 2022 году объем поставок составил 7,2 млн долларов.
В нынешнем году регион планирует поставить в Китай продукции на сумму не менее 25 млн долларов.
Если в 2022-м доля Китая во внешнеторговом обороте Могилевской области составляла 12 процентов, \
то в IV квартале — 18 (товарооборот — 30,2 млн долларов, а это 121 процент к аналогичному периоду 2022-го).
В январе текущего года внешнеторговый оборот Могилевской области с Китаем превысил $40 млн с темпом \
роста 130% к январю 2023-го.
В том числе экспортировано товаров почти на $15 млн, импортировано почти на $26 млн.
"""


def test_a_russian_agency_report_read_as_a_desk_reads_it(runner: CliRunner, newsroom: Path) -> None:
    (newsroom / "saved" / "report.txt").write_text(AGENCY_REPORT, encoding="utf-8")
    figures = by_kind(propose_json(runner, "saved/report.txt"), "figure")
    found = {f["fact"]["figure"]["value"]: f for f in figures}

    def read(value: float) -> tuple[object, ...]:
        fact = found[value]["fact"]
        figure = fact["figure"]
        return (fact["scope"].get("of"), fact["scope"].get("with"), figure["metric"], figure["period"],
                figure.get("qualifier"))  # fmt: skip

    # the city of the dateline is not a side: the figures are Gomel Oblast's
    assert read(3) == ("gomel", "china", "growth of exports", "2023", "nearly")
    assert read(21_500_000) == ("gomel", "china", "exports", "2023", None)
    # «при задании в…» is a target, not a result; the sum after a comma is that clause's year
    assert read(9_000_000) == ("gomel", "china", "exports target", "2023", None)
    assert read(7_200_000) == ("gomel", "china", "exports", "2022", None)
    # a plan for the article's year
    assert read(25_000_000) == ("gomel", "china", "exports target", "2024", "at least")
    assert "a plan or target, not a result: check it" in found[25_000_000]["notes"]
    # «Если в 2022-м … 12 процентов, то в IV квартале…»: the share is 2022's; the sum in
    # brackets compared with 2022 is the quarter's
    assert read(12) == ("mogilev", "china", "share of trade turnover", "2022", None)
    assert read(30_200_000) == ("mogilev", "china", "trade turnover", "Q4 2023", None)
    # «к январю 2023-го» is the base; «внешнеторговый оборот» is the trade
    assert read(40_000_000) == ("mogilev", "china", "trade turnover", "January 2024", "more than")
    # «В том числе…»: part of that trade, with China, «почти на» read as nearly
    assert read(15_000_000) == ("mogilev", "china", "exports", "January 2024", "nearly")
    assert read(26_000_000) == ("mogilev", "china", "imports", "January 2024", "nearly")
    russian = found[9_000_000]["fact"]["translations"]["ru"]["summary"]
    # one full stop after «г.»; the number joined to its scale, as a desk sets it
    assert (
        russian
        == "Гомельская область и Китай, целевой показатель экспорта: 9\u00a0млн долларов США за 2023 г."
    )


def _assert_found(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple[object, ...]],
    unwanted: set[tuple[object, ...]],
    title: str = "t",
) -> None:
    """What the proposer finds holds every wanted candidate and none of the unwanted."""
    found = _found(text, language, day, title)
    assert wanted <= found, found
    assert not (unwanted & found), found


def _extraction(text: str, language: str, day: dt.date, title: str = "t") -> Extraction:
    """What the proposer reads in a text under its title, against the built-in base."""
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    return extract(Article(text, title, None, day, None, language, "x", "text"), PlaceFinder(base.regions))


def _found(text: str, language: str, day: dt.date, title: str = "t") -> set[tuple[str, str, str | None, str]]:
    """What the proposer finds in a text under its title, as (kind, side, partner, date or period)."""
    return {
        (
            f"planned {c.kind}" if c.reported else c.kind,
            c.home.id,
            c.away.id if c.away else None,
            c.period.text if c.period else c.date,
        )
        for c in _extraction(text, language, day, title).candidates
    }


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # a body named by its place's adjective is that place; a minus sign joins years
        ("Витебский облисполком подписал с провинцией Цзянси дорожную карту сотрудничества "
         "на 2026−2028 годы.", "ru", dt.date(2025, 10, 29),
         {("agreement", "vitebsk", "jiangxi", "2025-10-29")}, set()),
        ("Гродненским облисполкомом подписан меморандум о взаимодействии с Сурхандарьинской областью.",
         "ru", dt.date(2024, 2, 7), {("agreement", "grodno", "surkhandarya", "2024-02-07")}, set()),
        # a plan, and documents on record, are not a signing; the count on record is a figure
        ("Брестская область к действующим 26 соглашениям с регионами России планирует заключить "
         "еще три соглашения.", "ru", dt.date(2024, 6, 21),
         {("figure", "brest", "russia", "as of June 2024")},
         {("agreement", "brest", "russia", "2024-06-21"), ("figure", "brest", "russia", "2024-06")}),
        ("Гомельскую область с Китаем связывают пять соглашений о побратимских отношениях.", "ru",
         dt.date(2025, 9, 17), set(), {("twinning", "gomel", "china", "2025-09-17")}),
        # a man named Vladimir is no city
        ("Мэр Минска Владимир Кухарев и мэр Омска подписали соглашение о побратимстве.", "ru",
         dt.date(2023, 9, 11), {("twinning", "minsk", "omsk-city", "2023-09-11")},
         {("twinning", "minsk", "vladimir-city", "2023-09-11")}),
        # «с российскими регионами» is with Russia; «Брянской и Могилевской областями» two oblasts
        ("Товарооборот Витебской области с российскими регионами в 2024 году достиг 5,5 млрд долларов.",
         "ru", dt.date(2025, 3, 23), {("figure", "vitebsk", "russia", "2024")}, set()),
        ("В 2024 году товарооборот между Брянской и Могилевской областями составил 62,6 млн долларов.",
         "ru", dt.date(2025, 7, 6), {("figure", "mogilev", "bryansk", "2024")}, set()),
        # days a few weeks after the article's are this year's
        ("Брест 28-29 сентября принимает форум городов-побратимов Беларуси и России.", "ru",
         dt.date(2023, 9, 28), {("event", "brest-city", "russia", "2023-09-28")}, set()),
        # the place named right before its province; a Belarusian district by its adjective
        ("Пагадненне аб пабрацімстве паміж горадам Дуньхуан правінцыі Ганьсу і Наваградскім раёнам "
         "падпісана сёння.", "be", dt.date(2023, 11, 7),
         {("twinning", "novogrudok-district", "dunhuang", "2023-11-07")}, set()),
        ("Першы візіт дэлегацыі Цяньцзіня ў Магілёўскую вобласць адбыўся ў лістападзе 2017 года.", "be",
         dt.date(2023, 5, 16), {("event", "mogilev", "tianjin", "2017-11")}, set()),
        # a count with no period is as it stands on the article's date
        ("Цяпер у Мінска 34 гарады-пабрацімы.", "be", dt.date(2023, 9, 18),
         {("figure", "minsk", None, "as of September 2023")}, set()),
    ],
)  # fmt: skip
def test_real_reports_read_as_a_desk_reads_them(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


def test_a_mans_name_after_the_word_for_city_is_no_new_place() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    text = "Со стороны Владивостока документ подписал глава города Константин Шестаков."
    article = Article(text, "t", None, dt.date(2026, 2, 18), None, "ru", "x", "text")
    assert [found.region.name for found in extract(article, PlaceFinder(base.regions)).new_places] == []


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # partners joined by «и» each have their document
        ("Гродненским облисполкомом подписаны меморандумы о взаимодействии с Сурхандарьинской областью "
         "и Республикой Каракалпакстан.", "ru", dt.date(2024, 2, 7),
         {("agreement", "grodno", "surkhandarya", "2024-02-07"),
          ("agreement", "grodno", "karakalpakstan", "2024-02-07")}, set()),
        # the partner named in the sentence before, for a figure in a sentence naming no place
        ("Витебская область сотрудничает с регионами Российской Федерации. "
         "«У нас товарооборот достиг в 2024 году 5,5 млрд долларов».", "ru", dt.date(2025, 3, 23),
         {("figure", "vitebsk", "russia", "2024")}, {("figure", "vitebsk", None, "2024")}),
        # a meeting is an event; a man named Vladimir in any case is no city
        ("Губернатор Брянской области провел встречу с председателем Гомельского облисполкома "
         "и советником посольства Владимиром Ваньке.", "ru", dt.date(2024, 8, 14),
         {("event", "gomel", "bryansk", "2024-08-14")}, {("event", "gomel", "vladimir-city", "2024-08-14")}),
        # where a Belarusian mission sits, or where the ambassador is sent, is no partner
        ("Belarus' Ambassador to China Yuri Senko and Belarus' Consul General in Shanghai Andrei Andreyev "
         "visited Grodno on 22-23 July, BelTA learned from Belarus' embassy in Beijing.", "en",
         dt.date(2023, 7, 25), set(),
         {("event", "grodno", "beijing", "2023-07-23"), ("event", "grodno", "shanghai", "2023-07-23"),
          ("event", "grodno", "china", "2023-07-23")}),
        # where a document is signed is no side, nor is a country for «ряд российских регионов»
        # (the regions are named after); an "action plan to implement" is no plan to sign
        ("Представители Витебской области 16 февраля в Москве подписали ряд соглашений о сотрудничестве "
         "с рядом российских регионов.", "ru", dt.date(2024, 2, 16), set(),
         {("agreement", "vitebsk", "moscow", "2024-02-16"),
          ("agreement", "vitebsk", "russia", "2024-02-16")}),
        ("Витебская область 16 февраля подписала соглашение с Волгоградской областью в Москве.", "ru",
         dt.date(2024, 2, 16), {("agreement", "vitebsk", "volgograd", "2024-02-16")},
         {("agreement", "vitebsk", "moscow", "2024-02-16")}),
        ("A cooperation agreement between the government of Belarus and Khabarovsk Territory and an action "
         "plan to implement this agreement in 2022-2024 were signed during the working visit of the Russian "
         "delegation to Mogilev Oblast on 13 May.", "en", dt.date(2022, 5, 16),
         {("agreement", "belarus", "khabarovsk-krai", "2022-05-13")}, set()),
        # counted or recurring meetings are no one event; an intention is a plan
        ("В прошлом году 13 раз встречались делегации Гомельской и Брянской областей.", "ru",
         dt.date(2025, 2, 20), set(), {("event", "gomel", "bryansk", "2024")}),
        ("В ближайшее время делегация Брестской области намерена посетить провинцию Лаокай.", "ru",
         dt.date(2023, 12, 20), {("planned event", "brest", "lao-cai", "2023-12-20")},
         {("event", "brest", "lao-cai", "2023-12-20")}),
        # «между нашими регионами», "our trade": the pair the article is about
        ("Губернатор Калининградской области провел встречу с председателем Могилевского облисполкома. "
         "За восемь месяцев товарооборот между нашими регионами достиг 457,4 млн российских рублей.", "ru",
         dt.date(2024, 10, 17), {("figure", "mogilev", "kaliningrad", "January-August 2024")},
         {("figure", "mogilev", None, "January-August 2024")}),
        ("Mogilev Oblast welcomed progress in trade with Khabarovsk Territory. In 2021, our trade rose "
         "2.1 times over 2020 to reach $18 million.", "en", dt.date(2022, 5, 16),
         {("figure", "mogilev", "khabarovsk-krai", "2021")},
         {("figure", "mogilev", "khabarovsk-krai", "2020")}),
        # a tie told again later with no date of its own is not a second tie
        ("Брест и Хэфэй 7 ноября подписали соглашение о побратимстве. «Подписание соглашения о побратимстве "
         "с городом Хэфэй стало развитием отношений Брестской области с провинцией Аньхой».", "ru",
         dt.date(2023, 11, 13), {("twinning", "brest-city", "hefei", "2023-11-07")},
         {("twinning", "brest-city", "hefei", "2023-11-13")}),
        # a share with no period is as it stands; a metric across a clause break is another clause's
        ("Основной внешнеторговый партнер Гродненской области – Российская Федерация, на долю которой "
         "приходится 60 процентов экспорта.", "ru", dt.date(2022, 12, 28),
         {("figure", "grodno", "russia", "as of December 2022")}, set()),
        ("Провинция Цзянси многоотраслевая, 63% её территории покрыта лесами, однако древесину для мебели "
         "они импортируют, в том числе из Витебской области.", "ru", dt.date(2025, 10, 29), set(),
         {("figure", "vitebsk", "jiangxi", "as of October 2025")}),
        # a document whose Belarusian side an earlier sentence named
        ("Grodno Oblast develops ties with China. A protocol of intent has been signed to establish "
         "friendly relations with Fujian Province.", "en", dt.date(2023, 7, 25),
         {("agreement", "grodno", "fujian", "2023-07-25")}, set()),
        # a signing told as background, and documents with several places of a country, are no signing
        ("С момента подписания соглашения между Могилевской и Калининградской областями прошло чуть "
         "больше года.", "ru", dt.date(2024, 10, 17), set(),
         {("agreement", "mogilev", "kaliningrad", "2024-10-17")}),
        ("Развіццю супрацоўніцтва Гомельскай вобласці спрыяюць заключаныя пагадненні з шэрагам правінцый "
         "КНР.", "be", dt.date(2025, 7, 17), set(), {("agreement", "gomel", "china", "2025-07-17")}),
        # «долларов США» is a currency, not a partner; a city whose cases change its stem («Орлом»)
        ("В 2021 году экспорт Витебской области составил 40,8 млн долларов США.", "ru", dt.date(2022, 4, 1),
         {("figure", "vitebsk", None, "2021")}, {("figure", "vitebsk", "united-states", "2021")}),
        ("Также сегодня было подписано соглашение об установлении побратимских связей между Орлом и Брестом.",
         "ru", dt.date(2025, 8, 4), {("twinning", "brest-city", "orel-city", "2025-08-04")}, set()),
        # a visit's programme is no programme signed
        ("Программа насыщенная: подписание соглашения об установлении побратимских связей между "
         "Краснодаром и Гродно.", "ru", dt.date(2024, 11, 19),
         {("twinning", "grodno-city", "krasnodar", "2024-11-19")},
         {("agreement", "grodno-city", "krasnodar", "2024-11-19")}),
        # a figure in a story about one partner is with that partner, unless it counts all partners;
        # where a meeting was held is no side
        ("Гомельская область наращивает поставки в Китай. Товары и услуги поставляют 44 предприятия "
         "Гомельщины. У Гомельской области 30 городов-побратимов.", "ru", dt.date(2024, 6, 1),
         {("figure", "gomel", "china", "as of June 2024"), ("figure", "gomel", None, "as of June 2024")},
         {("figure", "gomel", "china", "2024")}),
        ("Брестская область развивает сотрудничество с Орловской областью. Первое заседание рабочей группы "
         "состоялось в 2024 году в Бресте. За первый квартал 2025 года внешнеторговый оборот между регионами "
         "вырос на 15%.", "ru", dt.date(2025, 8, 4), {("figure", "brest", "orel", "Q1 2025")},
         {("figure", "brest-city", "orel", "Q1 2025"), ("figure", "brest-city", None, "Q1 2025")}),
        # «У маі 2019 года»: the Belarusian month in the locative
        ("Магілёўская вобласць развівае сувязі з Цяньцзінем. У маі 2019 года было падпісана пагадненне аб "
         "сяброўскім абмене паміж рэгіёнамі.", "be", dt.date(2023, 5, 16),
         {("twinning", "mogilev", "tianjin", "2019-05")}, set()),
        # where talks were held is no partner, in its sentence or the next
        ("Переговоры делегации Гродненской области прошли в Ланьчжоу с губернатором провинции Ганьсу. "
         "Стороны подписали программу сотрудничества на 2024–2026 годы.", "ru", dt.date(2024, 6, 1),
         {("event", "grodno", "gansu", "2024-06-01"), ("agreement", "grodno", "gansu", "2024-06-01")},
         {("event", "grodno", "lanzhou", "2024-06-01"), ("agreement", "grodno", "lanzhou", "2024-06-01")}),
        # «с этой вьетнамской провинцией»: the province the article's title names
        ("Брестская область заключила соглашение о сотрудничестве с этой вьетнамской провинцией "
         "в 2017 году.", "ru", dt.date(2023, 12, 20), set(), {("agreement", "brest", "vietnam", "2017")}),
        # one visit named twice, once by its country: proposed once, by its province
        ("Делегация провинции Цзянси посетила Витебскую область. "
         "Делегация одной из провинций Китая побывала в Витебске впервые.", "ru", dt.date(2025, 10, 29),
         {("event", "vitebsk", "jiangxi", "2025-10-29")}, {("event", "vitebsk-city", "china", "2025-10-29")}),
    ],
)  # fmt: skip
def test_real_reports_name_their_sides_as_a_desk_reads_them(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # «районного исполнительного комитета» is a district's committee, not a district «Горецкого»
        ("Документ подписал председатель Горецкого районного исполнительного комитета.", "ru", []),
        # a district's adjective in a case is put in the nominative, and no case is an alias
        ("Пагадненне падпісана з Мглінскім раёнам.", "be", [("Mglinski District", ("Мглінскі раён",))]),
        ("Соглашение подписано с Починковским районом Смоленской области.", "ru",
         [("Pochinkovsky District", ("Починковский район",))]),
    ],
)  # fmt: skip
def test_new_districts_are_named_in_the_nominative(
    text: str, language: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    article = Article(text, "t", None, dt.date(2024, 6, 27), None, language, "x", "text")
    places = extract(article, PlaceFinder(base.regions)).new_places
    assert [(found.region.name, found.region.aliases) for found in places] == expected


QUALIFIED_GROWTH = """Рост
https://example.org/mogilev-china-growth
2024-05-16

Товарооборот Могилевской области с Китаем в 2023 году увеличился примерно на 5%.
"""


def test_a_qualified_growth_reads_as_russian_and_belarusian(runner: CliRunner, newsroom: Path) -> None:
    (newsroom / "saved" / "growth.txt").write_text(QUALIFIED_GROWTH, encoding="utf-8")
    (growth,) = by_kind(propose_json(runner, "saved/growth.txt"), "figure")
    translations = growth["fact"]["translations"]
    # the qualifier before the preposition: «вырос примерно на 5 %», not «вырос на около 5 %»
    assert "вырос примерно на 5\u00a0%" in translations["ru"]["summary"].replace(" %", "\u00a0%")
    assert "вырас прыкладна на 5\u00a0%" in translations["be"]["summary"].replace(" %", "\u00a0%")


def test_a_partner_the_sentence_refers_to_is_the_one_the_title_names() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    text = (
        "Брестская область заключила соглашение о сотрудничестве с этой вьетнамской провинцией в 2017 году."
    )
    title = "Делегация Брестской области планирует посетить вьетнамскую провинцию Лаокай"
    article = Article(text, title, None, dt.date(2023, 12, 20), None, "ru", "x", "text")
    found = [
        (c.kind, c.home.id, c.away.id, c.date) for c in extract(article, PlaceFinder(base.regions)).candidates
    ]
    assert found == [("agreement", "brest", "lao-cai", "2017")]


@pytest.mark.parametrize(
    "text",
    [
        "Minsk Oblast's export amounted to nearly $180 million in 2021, with the growth rate at 107.2%.",
        "В 2021 году экспорт Минской области составил почти 180 млн долларов, темп роста — 107,2 %.",
    ],
)
def test_a_growth_rate_is_no_rise_of_its_own_size(text: str) -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    article = Article(
        text, "t", None, dt.date(2022, 2, 22), None, "en" if text.isascii() else "ru", "x", "text"
    )
    found = [c for c in extract(article, PlaceFinder(base.regions)).candidates if c.kind == "figure"]
    # the export is proposed; 107.2 % of the year before is neither a rise of 107.2 % nor a figure
    assert [(c.metric, c.amount.value, c.change_pct) for c in found] == [("exports", 180_000_000.0, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a case the registry spells out is matched as written: «Орлом» is Oryol, «Орлов» a man
        ("побратимские связи между Орлом и Брестом", ["orel-city", "brest-city"]),
        ("мэр Екатеринбурга Алексей Орлов", ["yekaterinburg"]),
        # the capital's executive committee, by its adjective
        ("председатель Минского горисполкома", ["minsk"]),
        # a masculine adjective's locative; Russia's subjects; a district sharing a Russian city's name
        ("в Горецком районе", ["gorki-district"]),
        ("делегация посетила Саратовскую область и Республику Карелия", ["saratov", "karelia"]),
        ("the Motol village council, Ivanovo District", ["ivanovo-district"]),
        # every district of Belarus, in any case; Minsk's by the city's genitive
        (
            "Делегация Мостовского района посетила Шаркаўшчынскі раён и Фрунзенскому району Минска",
            ["mosty-district", "sharkovshchina-district", "minsk-frunzensky-district"],
        ),
        # of two names a case apart, the one written as it is: «Цзянсу» is Jiangsu, not Jiangxi
        ("с провинцией Цзянсу и с провинцией Цзянси", ["jiangsu", "jiangxi"]),
        # a district's town is its district, in any case and both languages
        (
            "в городе-побратиме Кореличи, у Карэлічах, из Миор, з Паставаў, в Марьиной Горке, in Kobrin",
            [
                "korelichi-district",
                "korelichi-district",
                "miory-district",
                "postavy-district",
                "pukhovichi-district",
                "kobrin-district",
            ],
        ),
        (
            "пары приграничных районов: Лиозно - Рудня, Верхнедвинск - Себеж",
            ["liozno-district", "verkhnedvinsk-district"],
        ),
        # a town named like a surname, after a first name, is the man; words that read as towns are not
        ("председатель облисполкома Иван Крупко и Сергей Брагин", []),
        ("Мэр Омска прибыл. Сёння ў Мінску", ["omsk-city", "minsk"]),
    ],
)
def test_places_the_registry_spells_out(text: str, expected: list[str]) -> None:
    finder = PlaceFinder(load_fact_base(default_fact_root()).regions)
    assert [mention.region.id for mention in finder.mentions(text)] == expected


def test_a_city_council_is_no_new_city() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    text = "Председатель Витебского городского Совета депутатов посетил Саратовскую область."
    article = Article(text, "t", None, dt.date(2025, 5, 1), None, "ru", "x", "text")
    assert [found.region.name for found in extract(article, PlaceFinder(base.regions)).new_places] == []


def test_a_forecast_is_proposed_as_a_forecast() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    text = "The trade between Belarus and Moscow Oblast will exceed $10 billion this year."
    article = Article(text, "t", None, dt.date(2023, 12, 15), None, "en", "x", "text")
    (figure,) = [c for c in extract(article, PlaceFinder(base.regions)).candidates if c.kind == "figure"]
    assert (figure.metric, figure.amount.value, figure.amount.qualifier) == (
        "trade turnover forecast",
        10_000_000_000.0,
        "more than",
    )
    assert "a forecast, not a result: check it" in figure.notes


def _figures(text: str, language: str, day: dt.date) -> list[tuple[object, ...]]:
    """The figures the proposer finds: (side, partner, metric, value, qualifier, period)."""
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    article = Article(text, "t", None, day, None, language, "x", "text")
    return [
        (
            c.home.id,
            c.away.id if c.away else None,
            c.metric,
            c.amount.value,
            c.amount.qualifier,
            c.period.text if c.period else None,
        )
        for c in extract(article, PlaceFinder(base.regions)).candidates
        if c.kind == "figure" and c.amount is not None
    ]


@pytest.mark.parametrize(
    ("text", "language", "day", "expected"),
    [
        # "almost a quarter" is nearly 25 %, a growth of its own: a change field keeps no qualifier;
        # "among Russian regions" is a ranking, not the partner of the figure after it
        ("Moscow Oblast ranks first among Russian regions in terms of trade with Belarus. Thus, in "
         "January-October 2023, the trade between Belarus and Moscow Oblast increased by almost a "
         "quarter to exceed $9 billion.", "en", dt.date(2023, 12, 18),
         [("belarus", "moscow-oblast", "growth of trade turnover", 25, "nearly", "January-October 2023"),
          ("belarus", "moscow-oblast", "trade turnover", 9_000_000_000.0, "more than",
           "January-October 2023")]),
        # "expanded by" is a growth, not a share
        ("Last year the trade between Belarus and Moscow Oblast expanded by over 25%.", "en",
         dt.date(2023, 12, 18),
         [("belarus", "moscow-oblast", "growth of trade turnover", 25.0, "more than", "2022")]),
        # "is projected to exceed" this year: a forecast
        ("This year the trade between Belarus and Moscow Oblast is projected to considerably exceed "
         "$10 billion.", "en", dt.date(2023, 12, 18),
         [("belarus", "moscow-oblast", "trade turnover forecast", 10_000_000_000.0, "more than", "2023")]),
        # «превысит в этом году»: a forecast, with no plan word beside it
        ("Товарооборот Гомельской области с Брянской областью превысит 1 млрд долларов в этом году.", "ru",
         dt.date(2025, 9, 17),
         [("gomel", "bryansk", "trade turnover forecast", 1_000_000_000.0, "more than", "2025")]),
        # «почти на четверть»; «четверть века» is no figure
        ("Товарооборот Гомельской области с Китаем за 2023 год вырос почти на четверть. Сотрудничество "
         "длится уже четверть века.", "ru", dt.date(2024, 2, 1),
         [("gomel", "china", "growth of trade turnover", 25, "nearly", "2023")]),
    ],
)  # fmt: skip
def test_fractions_growths_and_forecasts(
    text: str, language: str, day: dt.date, expected: list[tuple[object, ...]]
) -> None:
    assert _figures(text, language, day) == expected


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # where a document was signed is no side; its date is told by the sentence after it,
        # and "the agreement was signed by" the mayors is the same twinning, not a second document
        ("Minsk and Tashkent have signed an agreement on twinning and cooperation. The document was signed "
         "in Tashkent on 8 February after the talks between the presidents of Belarus and Uzbekistan. "
         "The agreement was signed by Minsk Mayor Vladimir Kukharev and the Khokim of Tashkent.", "en",
         dt.date(2024, 2, 9),
         {("twinning", "minsk", "tashkent-city", "2024-02-08")},
         {("twinning", "minsk", "tashkent-city", "2024-02-09"),
          ("agreement", "minsk", "tashkent-city", "2024-02-09"),
          ("event", "belarus", "tashkent-city", "2024-02-08")}),
        # «в городке Ланьчжоу»: the town where the meeting was, not the partner; the programme
        # signed after it is with the province
        ("4 июля в городке Ланьчжоу состоялась встреча председателя Гродненского облисполкома с губернатором "
         "провинции Ганьсу. По окончании встречи стороны подписали программу сотрудничества "
         "на 2024-2026 годы.",
         "ru", dt.date(2024, 7, 5),
         {("agreement", "grodno", "gansu", "2024-07-04")},
         {("event", "grodno", "lanzhou", "2024-07-04"), ("agreement", "grodno", "lanzhou", "2024-07-05")}),
        # "said as he met with": the meeting was held, though the sentence speaks of what will be
        ("The trade between Belarus and Moscow Oblast will exceed $10 billion this year, the President "
         "said as he met with Moscow Oblast Governor Andrei Vorobyov.", "en", dt.date(2023, 12, 18),
         {("event", "belarus", "moscow-oblast", "2023")},
         {("planned event", "belarus", "moscow-oblast", "2023")}),
        # «недавний бизнес-форум»: when it was held, the article does not say
        ("Примером тому послужил недавний бизнес-форум Гомельской и Брянской областей.", "ru",
         dt.date(2025, 9, 17), set(), {("event", "gomel", "bryansk", "2025-09-17")}),
    ],
)  # fmt: skip
def test_venues_dates_told_after_and_meetings_held(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],  # type: ignore[type-arg]
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "new", "sides"),
    [
        # the city named right after a district holds it, whatever oblast the sentence named before
        ("31 октября делегация Гродненской области посетит Центральный район Санкт-Петербурга.",
         [("saint-petersburg-tsentralny-district", "Tsentralny District (Saint Petersburg)", "russia",
           "saint-petersburg")], set()),
        # a district the registry holds under the city named after it is that district, not a new one
        ("Соглашение подписали глава администрации Московского района г. Минск и мэрия Грозного.",
         [], {("minsk-moskovsky-district", "grozny")}),
    ],
)  # fmt: skip
def test_a_district_lies_in_the_city_named_after_it(
    text: str, new: list[tuple[str, str, str, str]], sides: set[tuple[str, str]]
) -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    article = Article(text, "t", None, dt.date(2024, 10, 6), None, "ru", "x", "text")
    extraction = extract(article, PlaceFinder(base.regions))
    assert [
        (f.region.id, f.region.name, f.region.country, f.region.parent) for f in extraction.new_places
    ] == new
    assert sides <= {(c.home.id, c.away.id if c.away else None) for c in extraction.candidates}


@pytest.mark.parametrize(
    ("text", "language", "new"),
    [
        # a city's country is the one whose adjective stands before «города»
        ("Среди побратимов Могилева — Самара и турецкого города Бурса.", "ru",
         [("bursa", "turkey", "turkey")]),
        ("Улады літоўскага горада Алітус адмовіліся ад супрацы з Віцебскам.", "be",
         [("alitus", "lithuania", "lithuania")]),
    ],
)  # fmt: skip
def test_a_new_city_lies_in_the_country_its_adjective_names(
    text: str, language: str, new: list[tuple[str, str, str]]
) -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    article = Article(text, "t", None, dt.date(2023, 7, 1), None, language, "x", "text")
    found = extract(article, PlaceFinder(base.regions)).new_places
    assert [(f.region.id, f.region.country, f.region.parent) for f in found] == new


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # a city's districts the registry holds, named in English, each with its document
        ("An agreement on trade and economic cooperation was signed between the Partizansky District of "
         "Minsk and the administrations of Kirovsky District and Moskovsky District of Kazan.", "en",
         dt.date(2025, 6, 10),
         {("agreement", "partizansky-district", "kazan-kirovsky-district", "2025-06-10"),
          ("agreement", "partizansky-district", "kazan-moskovsky-district", "2025-06-10")}, set()),
        # «Вяземский район» is the Vyazma Municipal District; «накануне» is the day before, and the
        # documents the next sentences name were signed at the ceremony it tells of
        ("Торжественная церемония состоялась накануне в Москве. Волковысский район заключил соглашение "
         "об установлении побратимских отношений с Вяземским районом Смоленской области.", "ru",
         dt.date(2024, 2, 16), {("twinning", "volkovysk-district", "vyazma", "2024-02-15")},
         {("twinning", "volkovysk-district", "vyazma", "2024-02-16")}),
        # «могут стать побратимами», a signing that «послужит»: no signing, though the meeting was
        ("Брест и Владивосток могут стать городами-побратимами. Об этом говорили во время встречи "
         "председателя Брестского облисполкома и губернатора Приморского края. Думаю, подписание "
         "соглашения между Владивостоком и Брестом послужит улучшению взаимоотношений.", "ru",
         dt.date(2022, 12, 15), {("event", "brest", "primorsky-krai", "2022-12-15")},
         {("agreement", "brest-city", "vladivostok", "2022-12-15"),
          ("twinning", "brest-city", "vladivostok", "2022-12-15")}),
        # «по итогам встречи подписано соглашение»: by the two who met, on the day they met
        ("Губернаторы Минской и Владимирской области провели встречу в Минске 16 мая. По итогам встречи "
         "подписано соглашение о двустороннем сотрудничестве.", "ru", dt.date(2023, 5, 17),
         {("agreement", "minsk-oblast", "vladimir", "2023-05-16")}, set()),
        # «12 мая встретился»: a day before the verb, not a count of meetings («13 раз встречались»)
        ("Председатель Витебского облисполкома 12 мая встретился с делегацией Нижегородской области.", "ru",
         dt.date(2025, 5, 14), {("event", "vitebsk", "nizhny-novgorod", "2025-05-12")}, set()),
        ("За год 13 раз встречались делегации Витебской и Нижегородской областей.", "ru",
         dt.date(2025, 5, 14), set(), {("event", "vitebsk", "nizhny-novgorod", "2025-05-14")}),
        # a twinning told as standing beside a meeting: both, the meeting on its day
        ("Председатель Витебского горисполкома 12 мая встретился с делегацией Нижнего Новгорода, "
         "являющегося побратимом Витебска.", "ru", dt.date(2025, 5, 14),
         {("event", "vitebsk-city", "nizhny-novgorod-city", "2025-05-12"),
          ("twinning", "vitebsk-city", "nizhny-novgorod-city", "2025")}, set()),
        # a district by its land's name («Дрогичинщину», «на Лидчине», «Полаччына»), and a district
        # abroad with its level between («Елецкого муниципального района»)
        ("И сегодня Дрогичинщину с рабочим визитом посетила делегация во главе с председателем Совета "
         "депутатов Елецкого муниципального района.", "ru", dt.date(2024, 7, 10),
         {("event", "drogichin-district", "yeletsky-district", "2024-07-10")}, set()),
        ("На Лидчине 3 мая побывала делегация Липецкой области.", "ru", dt.date(2024, 5, 10),
         {("event", "lida-district", "lipetsk", "2024-05-03")}, set()),
        ("Дэлегацыя Полаччыны 3 мая наведала Пскоўскую вобласць.", "be", dt.date(2024, 5, 10),
         {("event", "polotsk-district", "pskov", "2024-05-03")}, set()),
        # several Belarusian bodies of one level listed, each by its committee or administration: an
        # event of each
        ("Фотовыставка подготовлена мэрией города Ярославля при активном содействии Полоцкого районного "
         "исполнительного комитета, Могилевского городского исполнительного комитета и Администрации "
         "Первомайского района города Минска.", "ru", dt.date(2024, 10, 25),
         {("event", "polotsk-district", "yaroslavl-city", "2024-10-25"),
          ("event", "mogilev-city", "yaroslavl-city", "2024-10-25"),
          ("event", "minsk-pervomaisky-district", "yaroslavl-city", "2024-10-25")}, set()),
        # a theatre named as the stage is where; the touring one's artists are the visitors
        ("В мае на сцене Гомельского областного драматического театра прошли гастроли Брянского "
         "областного театра драмы.", "ru", dt.date(2024, 5, 10), {("event", "gomel", "bryansk", "2024-05")},
         set()),
        # a meeting dated two sentences before: what was signed «по итогам встречи» was signed that day
        ("Мэр Муданьцзяна 17 сентября встретился с председателем Полоцкого райисполкома. Стороны обсудили "
         "сотрудничество в сфере образования. По итогам встречи подписана дорожная карта сотрудничества на "
         "2025–2027 годы.", "ru", dt.date(2025, 9, 18),
         {("agreement", "polotsk-district", "mudanjiang", "2025-09-17")},
         {("agreement", "polotsk-district", "mudanjiang", "2025-09-18")}),
        # a visit dated in one sentence: what the next signs was signed that day, in either language
        ("Делегация Могилевской области побывала в провинции Шэньси 13 сентября. В ходе визита подписано "
         "соглашение о сотрудничестве между Могилевской областью и провинцией Шэньси.", "ru",
         dt.date(2025, 9, 20), {("agreement", "mogilev", "shaanxi", "2025-09-13")},
         {("agreement", "mogilev", "shaanxi", "2025-09-20")}),
        ("Дэлегацыя Магілёўскай вобласці знаходзілася з афіцыйным візітам у правінцыі Шэньсі 13 верасня. "
         "Падчас візіту падпісана пагадненне аб супрацоўніцтве паміж Магілёўскай вобласцю і правінцыяй "
         "Шэньсі.", "be", dt.date(2025, 9, 20), {("agreement", "mogilev", "shaanxi", "2025-09-13")},
         {("agreement", "mogilev", "shaanxi", "2025-09-20")}),
        # a city named as where, beside its country, is the venue; «Брянского региона» is the oblast;
        # «договор о сотрудничестве» is an agreement
        ("Делегация Витебской области участвует в II Форуме регионов Беларуси и Узбекистана в Ташкенте.",
         "ru", dt.date(2024, 2, 6), {("event", "vitebsk", "uzbekistan", "2024-02-06")},
         {("event", "vitebsk", "tashkent-city", "2024-02-06")}),
        ("Глава Брянского региона находится с визитом в Гомельской области.", "ru", dt.date(2023, 1, 16),
         {("event", "gomel", "bryansk", "2023-01-16")}, set()),
        ("Договор о сотрудничестве подписали губернатор Приморья и председатель Гомельского облисполкома "
         "7 мая в Москве.", "ru", dt.date(2024, 5, 8),
         {("agreement", "gomel", "primorsky-krai", "2024-05-07")}, set()),
        # three oblasts sharing one noun are three partners
        ("В 2019 году Гомельская область подписала соглашения с Навоийской, Ферганской и Хорезмской "
         "областями.", "ru", dt.date(2025, 9, 1),
         {("agreement", "gomel", "navoi", "2019"), ("agreement", "gomel", "fergana", "2019"),
          ("agreement", "gomel", "khorezm", "2019")}, set()),
        # documents are counted; where an event «стартовала» is no side of the figure after it
        ("Между регионами Минской области и Российской Федерации подписано более 100 документов о "
         "сотрудничестве. Об этом рассказали на пресс-конференции, которая стартовала в Дзержинском районе. "
         "Заключено порядка 40 соглашений.", "ru", dt.date(2024, 9, 17),
         {("figure", "minsk-oblast", "russia", "as of September 2024")},
         {("figure", "dzerzhinsk-district", "russia", "as of September 2024")}),
        # «юго-западного региона Беларуси» is one oblast, the one named before
        ("Торговый оборот Брестской области с Россией за январь-июнь 2022 года составил более $1,5 млрд. "
         "Предприятия юго-западного региона Беларуси нарастили экспорт в Россию почти на 20%.", "ru",
         dt.date(2022, 8, 1), {("figure", "brest", "russia", "January-June 2022")},
         {("figure", "belarus", "russia", "January-June 2022")}),
        # a share that «приходилось» once, at a time the sentence does not say, is no share as of today
        ("Почти 10% экспорта Брестской области приходилось на Россию.", "ru", dt.date(2022, 8, 1),
         set(), {("figure", "brest", "russia", "as of August 2022")}),
    ],
)  # fmt: skip
def test_districts_ceremonies_lists_and_hypotheticals(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],  # type: ignore[type-arg]
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


def test_metrics_and_the_meeting_held_within_a_forum() -> None:
    text = (
        "Торговый оборот между Брестской областью и Россией за январь-июнь 2022 года составил "
        "более $1,5 млрд. Предприятия Брестской области нарастили экспорт в Россию почти на 20%."
    )
    assert [
        (metric, value, qualifier)
        for _, _, metric, value, qualifier, _ in _figures(text, "ru", dt.date(2022, 8, 1))
    ] == [
        ("trade turnover", 1_500_000_000.0, "more than"),
        ("growth of exports", 20.0, "nearly"),
    ]
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    text = (
        "27 июня в Витебске, в рамках XI Форума регионов России и Беларуси, состоялась встреча губернатора "
        "Ростовской области и председателя Гродненского облисполкома."
    )
    article = Article(text, "t", None, dt.date(2024, 6, 28), None, "ru", "x", "text")
    events = [
        (c.home.id, c.away and c.away.id, c.event)
        for c in extract(article, PlaceFinder(base.regions)).candidates
    ]
    assert events == [("grodno", "rostov", "meeting")]


BELARUSIAN_TWINNING = """Гомель і Чжэнчжоу сталі гарадамі-пабрацімамі
https://example.org/gomel-zhengzhou
2025-06-20

20 чэрвеня Гомель і Чжэнчжоу падпісалі пагадненне аб устанаўленні пабрацімскіх сувязей.
"""


def test_a_belarusian_summary_takes_the_non_syllabic_u(runner: CliRunner, newsroom: Path) -> None:
    (newsroom / "saved" / "twins.txt").write_text(BELARUSIAN_TWINNING, encoding="utf-8")
    (twinning,) = by_kind(propose_json(runner, "saved/twins.txt"), "twinning")
    assert (
        twinning["fact"]["translations"]["be"]["summary"]
        == "Гомель і Чжэнчжоу ўсталявалі пабрацімскія сувязі."
    )


PARTNERS_SHARE = """Беларусь — главный партнер провинции Сычуань
https://example.org/sichuan-belarus
2025-09-17

Беларусь для провинции Сычуань является важным партнером, на долю которого приходится 10% \
регионального товарооборота.
На долю провинции Сычуань приходится 12% экспорта Гомельской области.
"""


def test_a_share_names_its_part_and_whole(runner: CliRunner, newsroom: Path) -> None:
    (newsroom / "saved" / "share.txt").write_text(PARTNERS_SHARE, encoding="utf-8")
    shares = by_kind(propose_json(runner, "saved/share.txt"), "figure")
    # the partner region's own whole, Belarus its part; an oblast's whole, the province its part
    assert [
        (p["fact"]["scope"], p["fact"]["summary"], p["fact"]["translations"]["ru"]["summary"]) for p in shares
    ] == [
        (
            {"of": "sichuan", "with": "belarus"},
            "The share of Belarus in the trade turnover of Sichuan Province: 10% (as of September 2025).",
            "Доля Беларуси в товарообороте провинции Сычуань: 10\u00a0% (на сентябрь 2025 г.).",
        ),
        (
            {"of": "gomel", "with": "sichuan"},
            "The share of Sichuan Province in the exports of Gomel Oblast: 12% (as of September 2025).",
            "Доля провинции Сычуань в экспорте Гомельской области: 12\u00a0% (на сентябрь 2025 г.).",
        ),
    ]


TWIN_STORY = """У Минска появился еще один город-побратим – Казань
https://example.org/minsk-kazan
2024-12-05

У Минска появился еще один город-побратим – Казань. Соглашение об установлении побратимских \
отношений подписано 5 декабря во время визита в Беларусь делегации из Казани.
"""


def test_a_country_twins_with_no_town_and_a_lead_that_repeats_the_title_stays() -> None:
    from briefer.ingest.articles import read_pasted
    from briefer.ingest.extract import extract

    article = read_pasted(TWIN_STORY)
    assert article.text.startswith("У Минска появился еще один город-побратим – Казань. Соглашение")
    base = load_fact_base(default_fact_root())
    twinnings = [c for c in extract(article, PlaceFinder(base.regions)).candidates if c.kind == "twinning"]
    assert [(c.home.id, c.away.id if c.away else None, c.date) for c in twinnings] == [
        ("minsk", "kazan", "2024-12-05")
    ]


def test_a_heading_repeated_on_its_own_line_is_read_as_news() -> None:
    """A page's heading may be the one line that tells what happened: its body goes on with
    the parade and «её заместитель», naming the delegation no more."""
    from briefer.ingest.articles import read_pasted
    from briefer.ingest.extract import extract
    from briefer.ingest.propose import propose

    heading = (
        "Делегация администрации Центрального округа Краснодара приняла участие в праздновании Дня "
        "Независимости Республики Беларусь"
    )
    article = read_pasted(
        f"{heading}\nhttps://example.org/k\n2024-07-03\n\n{heading}\n\nПарад произвёл на нас неизгладимое "
        "впечатление. Также в Минске с визитом находятся её заместитель и управляющая делами."
    )
    assert article.text.startswith(heading + "\n")
    base = load_fact_base(default_fact_root())
    events = [c for c in extract(article, PlaceFinder(base.regions)).candidates if c.kind == "event"]
    assert [(c.away.id if c.away else None, c.date, c.sentence) for c in events] == [
        ("krasnodar-tsentralny-okrug", "2024-07-03", heading)
    ]
    # a fact the body tells again rests on the body's fuller sentence
    twinned = read_pasted(
        "Светлогорский район и Баодин стали побратимами\nhttps://example.org/b\n2024-05-16\n\n"
        "Светлогорский район и Баодин стали побратимами\n\nСветлогорский район и город Баодин провинции "
        "Хэбэй подписали соглашение об установлении побратимских связей."
    )
    [twinning] = propose([twinned], base, dt.date(2026, 12, 6))
    assert twinning.evidence["text"].startswith("Светлогорский район и город Баодин провинции Хэбэй")


def test_each_amount_takes_the_change_beside_it_and_a_pronoun_its_metric() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    text = (
        "In 2021 mutual trade of Gomel Oblast and Bryansk Oblast totaled $208.7 million, 16.3% up from 2020. "
        "Gomel Oblast's export rose by 9.2% to $138.3 million, with import up by 33.2% to $70.4 million. "
        "Trade between Gomel Oblast and Hebei Province proved resilient. In 2022, it reached $45.5 million."
    )
    article = Article(text, "t", None, dt.date(2023, 3, 1), None, "en", "x", "text")
    found = [
        (c.metric, c.amount.value, c.period.text, c.change_pct)
        for c in extract(article, PlaceFinder(base.regions)).candidates
        if c.kind == "figure" and c.amount and c.period
    ]
    # "up from 2020" is the base, not the period of the figures after it; each sum its own change
    assert found == [
        ("trade turnover", 208_700_000.0, "2021", 16.3),
        ("exports", 138_300_000.0, "2021", 9.2),
        ("imports", 70_400_000.0, "2021", 33.2),
        ("trade turnover", 45_500_000.0, "2022", None),
    ]


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # a signing «запланирована» is a plan; what was said "during a meeting" was said at one held
        ("Церемония подписания соглашения о побратимстве Минска и Омска запланирована на 11 сентября.", "ru",
         dt.date(2023, 9, 10), set(), {("twinning", "minsk", "omsk-city", "2023-09-11")}),
        ("The Consulate General of Russia will be opened in Grodno, the Ambassador said during a meeting "
         "with Grodno Oblast Governor on 31 May.", "en", dt.date(2022, 5, 31),
         {("event", "grodno", "russia", "2022-05-31")},
         {("planned event", "grodno", "russia", "2023-05-31")}),
    ],
)  # fmt: skip
def test_plans_rankings_and_the_rest(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],  # type: ignore[type-arg]
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


def test_a_share_over_a_whole_and_a_city_named_as_its_oblast_are_read() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    finder = PlaceFinder(base.regions)
    # «нарастить экспорт в Россию до 130 %» is no share: a share is at most the whole
    article = Article("Брестская область за январь-май 2022 года нарастила экспорт в Россию до 130%.",
                      "t", None, dt.date(2022, 6, 1), None, "ru", "x", "text")  # fmt: skip
    assert [c.metric for c in extract(article, finder).candidates if c.kind == "figure"] == []
    # «город Ростов» beside Rostov Oblast («rostov»): a city of its own id, in the oblast of its name
    # (a guess the notes ask to check); «Городской округ» is the unit's kind, no place
    text = (
        "Меморандум об установлении побратимских отношений между Могилевом и муниципальным образованием "
        "«Городской округ город Ростов» подписан 10 февраля 2023 года."
    )
    extraction = extract(Article(text, "t", None, dt.date(2023, 2, 11), None, "ru", "x", "text"), finder)
    assert [(f.region.id, f.region.parent, f.region.country) for f in extraction.new_places] == [
        ("rostov-city", "rostov", "russia")
    ]
    assert {(c.home.id, c.away.id if c.away else None) for c in extraction.candidates} == {
        ("mogilev-city", "rostov-city")
    }
    # a regional capital the registry holds is itself, not its region
    text = "Меморандум о побратимстве между Могилевом и городом Астрахань подписан 10 февраля 2023 года."
    extraction = extract(Article(text, "t", None, dt.date(2023, 2, 11), None, "ru", "x", "text"), finder)
    assert {(c.home.id, c.away.id if c.away else None) for c in extraction.candidates} == {
        ("mogilev-city", "astrakhan-city")
    }


def test_a_line_that_ends_a_sentence_ends_it_though_its_last_word_is_an_abbreviation() -> None:
    from briefer.ingest.sentences import sentences

    text = (
        "Это в 3,3 раза больше, чем за 2024 г.\nТакой статистикой поделился руководитель представительства."
    )
    assert [sentence for sentence, _, _ in sentences(text)] == [
        "Это в 3,3 раза больше, чем за 2024 г.",
        "Такой статистикой поделился руководитель представительства.",
    ]
    # a line wrapped mid-sentence stays one sentence
    assert len(list(sentences("Trade between Belarus and Hungary\nreached $245.5 million in 2020."))) == 1


def test_a_lead_without_its_full_stop_ends_at_its_paragraph(tmp_path: Path) -> None:
    """A page's lead, a text's paragraph before a blank line: no sentence runs on from one
    into the next (an exhibition «Россия» in the lead lent Primorye to the event)."""
    from briefer.ingest.sentences import sentences

    lead = "В Москве на выставке-форуме «Россия» проходят Дни Гомельской области"
    after = "Область давно сотрудничает с Приморским краем."
    saved = tmp_path / "lead.txt"
    saved.write_text(
        f"Приморье и Гомель\nhttps://example.org/a\n2024-05-07\n\n{lead}\n\n{after}\n", encoding="utf-8"
    )
    page = tmp_path / "lead.html"
    page.write_text(f"<html><body><article><h1>Приморье и Гомель</h1><p>{lead}</p><p>{after}</p>"
                    "<p>Губернатор Приморья и председатель облисполкома подписали договор о сотрудничестве "
                    "в Москве.</p></article></body></html>", encoding="utf-8")  # fmt: skip
    for article in read_articles([str(saved), str(page)]):
        told = [sentence for sentence, _, _ in sentences(article.text)]
        # the page's heading stays in its text, a line of its own: it may be the only line telling the news
        heading = ["Приморье и Гомель"] if article.form == "html" else []
        assert told[:3] == [*heading, lead, after][:3], article.form


@pytest.mark.parametrize(
    ("text", "language", "day", "expected"),
    [
        # each sum with the partner of its own clause; the CIS is a partner like the EAEU
        ("В январе-июне 2022 года экспорт Витебской области на страны СНГ составил $660 млн, в Российскую "
         "Федерацию область сделала поставки на $590 млн.", "ru", dt.date(2022, 7, 1),
         [("vitebsk", "cis", "exports", 660_000_000.0, None, "January-June 2022"),
          ("vitebsk", "russia", "exports", 590_000_000.0, None, "January-June 2022")]),
        # "important" says nothing of imports
        ("Grodno Oblast is very important for Belarus and Russia since it accounts for more than 50% of "
         "their total trade in 2021.", "en", dt.date(2022, 5, 31),
         [("grodno", "russia", "share of trade turnover", 50.0, "more than", "2021")]),
    ],
)  # fmt: skip
def test_clauses_and_words_that_only_look_like_metrics(
    text: str, language: str, day: dt.date, expected: list[tuple[object, ...]]
) -> None:
    assert _figures(text, language, day) == expected


def test_peoples_are_no_sides_and_an_urban_okrug_is_a_city() -> None:
    _assert_found(
        "Встречи принесут пользу народам Беларуси и Китая, подчеркнул председатель Гомельского облисполкома "
        "на встрече с губернатором провинции Хэбэй 5 июня.",
        "ru",
        dt.date(2024, 6, 5),
        {("event", "gomel", "hebei", "2024-06-05")},
        {("event", "belarus", "china", "2024-06-05")},
    )
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    finder = PlaceFinder(load_fact_base(default_fact_root()).regions)
    text = "Могилев и городской округ Кокшетау стали побратимами 17 февраля 2023 года."
    article = Article(text, "t", None, dt.date(2023, 2, 17), None, "ru", "x", "text")
    assert [(f.region.id, f.region.kind) for f in extract(article, finder).new_places] == [
        ("kokshetau", "city")
    ]


def test_a_delegation_by_its_countrys_adjective_is_the_region_named_before() -> None:
    _assert_found(
        "Перспективные направления обсудили губернаторы Минской и Владимирской области. Российская "
        "делегация – с визитом в белорусской столице.",
        "ru",
        dt.date(2023, 5, 16),
        {("event", "minsk-oblast", "vladimir", "2023-05-16")},
        {("event", "minsk", "russia", "2023-05-16")},
    )


def test_friendly_ties_a_title_calls_twinning_are_twinning() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    text = "Минск и Сочи официально заключили дружественные отношения, подписав соглашение 18 сентября."
    title = "Минск и Сочи стали городами-побратимами"
    found = extract(
        Article(text, title, None, dt.date(2023, 9, 18), None, "ru", "x", "text"), PlaceFinder(base.regions)
    )
    assert [(c.kind, c.home.id, c.away.id if c.away else None, c.tie) for c in found.candidates] == [
        ("twinning", "minsk", "sochi", "twinned")
    ]


def test_the_rest_markets_rankings_and_a_pronouns_metric() -> None:
    # «в остальные — около 23 %»: the rest, not the EU named before; 74 markets have no one partner
    text = (
        "Экспорт Витебской области в Нидерланды за январь-май 2022 года вырос на 10%. Северный регион "
        "поставлял товары на рынки 74 стран. В страны Евросоюза Витебская область экспортировала более "
        "36%, в остальные — около 23%."
    )
    assert _figures(text, "ru", dt.date(2022, 7, 1)) == [
        ("vitebsk", "netherlands", "growth of exports", 10.0, None, "January-May 2022"),
        ("vitebsk", None, "countries supplied", 74.0, None, "January-May 2022"),
        ("vitebsk", "european-union", "share of exports", 36.0, "more than", "January-May 2022"),
    ]
    # «в десятке российских субъектов» is a ranking, not Russia; «он составил» is the trade named before
    finder = PlaceFinder(load_fact_base(default_fact_root()).regions)
    assert [m.region.id for m in finder.mentions("в десятке российских субъектов")] == []
    text = (
        "Товарооборот Брянской области с Беларусью растет. Брянская область в десятке российских субъектов "
        "по объему товарооборота с Беларусью. В 2022 году он составил более 300 миллионов долларов."
    )
    assert _figures(text, "ru", dt.date(2023, 6, 1)) == [
        ("belarus", "bryansk", "trade turnover", 300_000_000.0, "more than", "2022")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Belarusian city's committees and mayor in English are the oblast's or the city's
        ("the Minsk Regional Executive Committee and the Gomel City Executive Committee",
         ["minsk-oblast", "gomel-city"]),
        ("Brest Mayor Sergei Lobodinsky met the Mayor of Gomel", ["brest-city", "gomel-city"]),
        # a district is the one of the city named right after it, not another oblast's of that name
        ("с Октябрьским районом города Минска", ["minsk-oktyabrsky-district"]),
        ("в Октябрьском районе Гомельской области", ["oktyabrsky-district", "gomel"]),
    ],
)  # fmt: skip
def test_bodies_mayors_and_districts_of_their_cities(text: str, expected: list[str]) -> None:
    from briefer.ingest import sides

    registry = load_fact_base(default_fact_root()).regions
    mentions = sides.districts_of_their_cities(registry, text, PlaceFinder(registry).mentions(text))
    assert [m.region.id for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # one partner signs with two Belarusian places: two documents
        ("Мэр Вологды подписал планы мероприятий на 2026-2027 годы с Октябрьским районом города Минска и с "
         "городом Могилевом.", "ru", dt.date(2025, 11, 20),
         {("agreement", "minsk-oktyabrsky-district", "vologda-city", "2025-11-20"),
          ("agreement", "mogilev-city", "vologda-city", "2025-11-20")},
         {("agreement", "oktyabrsky-district", "vologda-city", "2025-11-20")}),
        # "agreed to sign" is no signing
        ("Today we have agreed to sign agreements with Kurgan Oblast, the Grodno Oblast Governor said.", "en",
         dt.date(2024, 9, 17), set(), {("agreement", "grodno", "kurgan", "2024-09-17")}),
    ],
)  # fmt: skip
def test_one_partner_two_sides_and_an_agreement_to_sign(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],  # type: ignore[type-arg]
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


def test_a_plan_of_action_and_imports_of_belarusian_goods() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    finder = PlaceFinder(load_fact_base(default_fact_root()).regions)
    text = (
        "В марте 2023 года был подписан План действий по развитию сотрудничества Могилевской области "
        "и Тяньцзиня."
    )
    found = extract(
        Article(text, "t", None, dt.date(2023, 5, 20), None, "ru", "x", "text"), finder
    ).candidates
    assert [(c.kind, c.document, c.home.id, c.away.id if c.away else None) for c in found] == [
        ("agreement", "plan of action", "mogilev", "tianjin")
    ]
    # «импорт белорусской продукции» a partner reports is its own imports from Belarus, not one product group
    text = "Импорт белорусской продукции в Иркутскую область за январь-сентябрь 2024 года вырос на 16,5%."
    assert _figures(text, "ru", dt.date(2024, 11, 1)) == [
        ("irkutsk", "belarus", "growth of imports", 16.5, None, "January-September 2024")
    ]


@pytest.mark.parametrize(
    ("text", "language", "day", "expected"),
    [
        # «с темпом на уровне 105,5 %» is a level against the year before; a planned rise is no result
        ("Брестская область в 2023 году обеспечит рост экспорта товаров с темпом на уровне 105,5%.", "ru",
         dt.date(2023, 3, 1), []),
        ("Объем экспорта товаров Брестской области в 2023 году планируется увеличить на 5,5%.", "ru",
         dt.date(2023, 3, 1), []),
        # "exceeding the $47 million mark" is more than $47 million
        ("In January-November 2024 Belarus' exports to Khabarovsk Krai grew by more than 85%, exceeding the "
         "$47 million mark.", "en", dt.date(2024, 12, 20),
         [("belarus", "khabarovsk-krai", "growth of exports", 85.0, "more than", "January-November 2024"),
          ("belarus", "khabarovsk-krai", "exports", 47_000_000.0, "more than", "January-November 2024")]),
        # "may exceed … by the end of this year", «может превысить … к концу года»: a forecast
        ("The trade between Belarus and Smolensk Oblast may exceed $5 billion by the end of this year.", "en",
         dt.date(2023, 5, 20),
         [("belarus", "smolensk", "trade turnover forecast", 5_000_000_000.0, "more than",
           "by the end of 2023")]),
        ("Товарооборот Гомельской области с Китаем может превысить 50 млн долларов к концу этого года.", "ru",
         dt.date(2025, 5, 20),
         [("gomel", "china", "trade turnover forecast", 50_000_000.0, "more than", "by the end of 2025")]),
    ],
)  # fmt: skip
def test_rates_plans_marks_and_forecasts(
    text: str, language: str, day: dt.date, expected: list[tuple[object, ...]]
) -> None:
    assert _figures(text, language, day) == expected


def test_a_forecast_by_the_end_of_a_year_reads_in_russian_and_belarusian() -> None:
    from briefer.text.i18n import Language

    assert Language("ru").period("by the end of 2023") == "к концу 2023 г."
    assert Language("be").period("by the end of 2023") == "да канца 2023 г."


@pytest.mark.parametrize(
    ("text", "language", "day", "expected"),
    [
        # exports «в Беларусь» are the partner's, never Belarus's; a partner unnamed gives no figure
        ("Экспорт Волгоградской области в Беларусь за 2021 год вырос на 30%.", "ru", dt.date(2022, 3, 1),
         [("volgograd", "belarus", "growth of exports", 30.0, None, "2021")]),
        ("По итогам пяти месяцев 2022 года волгоградский экспорт в Беларусь увеличился на 30,6 процента.",
         "ru", dt.date(2022, 7, 1), []),
        # «объем торговли» is trade; the places a region ranks behind are no partners
        ("Общий объем торговли Смоленской области с Белоруссией в 2024 году достиг 295 млрд российских "
         "рублей, что позволило региону занять третье место, уступив только Москве и Московской области.",
         "ru", dt.date(2025, 5, 1),
         [("smolensk", "belarus", "trade turnover", 295_000_000_000.0, None, "2024")]),
    ],
)  # fmt: skip
def test_exports_into_belarus_and_rankings(
    text: str, language: str, day: dt.date, expected: list[tuple[object, ...]]
) -> None:
    assert _figures(text, language, day) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a town twins with no country: the city the title names, or nothing
        ("Дни Шанхая прошли в Минске", [("twinning", "minsk", "shanghai", "2019")]),
        ("Дни Китая прошли в Минске", []),
    ],
)
def test_a_town_twins_with_a_city_not_a_country(
    title: str, expected: list[tuple[str, str, str, str]]
) -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    text = "Один из крупнейших мегаполисов Китая с 2019 года является побратимом белорусской столицы."
    found = extract(
        Article(text, title, None, dt.date(2024, 6, 1), None, "ru", "x", "text"), PlaceFinder(base.regions)
    )
    assert [(c.kind, c.home.id, c.away.id if c.away else None, c.date) for c in found.candidates] == expected


def test_an_oblasts_visit_to_a_city_is_with_its_region() -> None:
    _assert_found(
        "Делегация Минской области находится в Казани с рабочим визитом.",
        "ru",
        dt.date(2025, 3, 1),
        {("event", "minsk-oblast", "tatarstan", "2025-03-01")},
        {("event", "minsk-oblast", "kazan", "2025-03-01")},
    )
    # a city's delegation stays with the city
    _assert_found(
        "Делегация Гомельского горисполкома находится в Казани с рабочим визитом.",
        "ru",
        dt.date(2025, 3, 1),
        {("event", "gomel-city", "kazan", "2025-03-01")},
        set(),
    )


def test_documents_signed_are_the_tie_the_title_announces() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    title = "Орёл и Гомель стали городами-побратимами"
    text = "Соответствующие документы подписали председатель Гомельского горисполкома и мэр Орла."
    found = extract(
        Article(text, title, None, dt.date(2024, 7, 4), None, "ru", "x", "text"), PlaceFinder(base.regions)
    )
    assert [(c.kind, c.home.id, c.away.id if c.away else None, c.tie, c.date) for c in found.candidates] == [
        ("twinning", "gomel-city", "orel-city", "twinned", "2024-07-04")
    ]
    # with no tie in the title, the documents are no twinning
    found = _extraction(text, "ru", dt.date(2024, 7, 4), "Визит в Орёл")
    assert [c.kind for c in found.candidates] != ["twinning"]


def test_a_base_compared_with_the_same_figure_of_a_year_is_no_period() -> None:
    text = (
        "Внешнеторговый оборот Брестской области с Орловской областью в I квартале этого года увеличился "
        "на 15 % по сравнению с аналогичным показателем 2024 года, экспорт увеличился на 5 %."
    )
    assert _figures(text, "ru", dt.date(2025, 5, 20)) == [
        ("brest", "orel", "growth of trade turnover", 15.0, None, "Q1 2025"),
        ("brest", "orel", "growth of exports", 5.0, None, "Q1 2025"),
    ]


def test_a_visit_told_in_the_future_is_a_plan() -> None:
    # «посетит Гомель в сентябре», in June: September ahead, not last September's visit
    _assert_found(
        "Делегация Калуги посетит Гомель в сентябре.",
        "ru",
        dt.date(2025, 6, 20),
        {("planned event", "gomel-city", "kaluga-city", "2025-09")},
        {("event", "gomel-city", "kaluga-city", "2024-09")},
    )


def test_an_index_to_a_year_before_is_no_share_and_a_months_span_is_read() -> None:
    # «составил 79,2 % к аналогичному периоду» and «темп роста … достиг 110 %» are levels against
    # a year before, neither a share nor a rise of their size; «увеличены поставки … на 40 %» rose
    text = (
        "С января по июль 2023 года экспорт Могилевской области составил 86,4% к аналогичному периоду "
        "2022 года. За 7 месяцев увеличены поставки продукции в Казахстан на 25%, в Китай — в 2,1 раза. "
        "Темп роста экспорта услуг за тот же период достиг 112%."
    )
    assert _figures(text, "ru", dt.date(2023, 8, 25)) == [
        ("mogilev", "kazakhstan", "growth of exports", 25.0, None, "January-July 2023"),
        ("mogilev", "china", "growth of exports", 2.1, None, "January-July 2023"),
    ]
    # «с января по июль», «са студзеня па ліпень», "from January to July": one span
    for sentence, language in (
        ("С января по июль 2023 года экспорт Могилевской области в Китай составил 40 млн долларов.", "ru"),
        ("Са студзеня па ліпень 2023 года экспарт Магілёўскай вобласці ў Кітай склаў 40 млн долараў.", "be"),
        ("From January to July 2023, Mogilev Oblast exports to China reached USD 40 million.", "en"),
    ):
        assert [f[5] for f in _figures(sentence, language, dt.date(2023, 8, 25))] == ["January-July 2023"]


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # a decision to sign is no signing
        ("В апреле мы приняли решение подписать договор о сотрудничестве Витебской и Псковской областей.",
         "ru", dt.date(2024, 6, 3), set(), {("agreement", "vitebsk", "pskov", "2024-04")}),
        # a plan said is the quote's; the talks the sentence tells of were held, on the article's day
        ("We plan to buy Belarusian buses, Governor of Russia's Kursk Oblast told the media after the talks "
         "with Governor of Brest Oblast in Moscow on 14 March.", "en", dt.date(2024, 3, 14),
         {("event", "brest", "kursk", "2024-03-14")},
         {("planned event", "brest", "kursk", "2025-03-14")}),
        # an oblast's executive committee by its short name is the side; the ambassador's posting is not
        ("Председатель Гроднооблисполкома провел встречу с Послом Казахстана в Беларуси.", "ru",
         dt.date(2024, 2, 7), {("event", "grodno", "kazakhstan", "2024-02-07")},
         {("event", "belarus", "kazakhstan", "2024-02-07")}),
    ],
)  # fmt: skip
def test_decisions_quoted_plans_and_envoys_postings(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],  # type: ignore[type-arg]
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


def test_a_twinning_only_the_title_tells_is_proposed_from_the_title() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    text = "В администрации области прошло заседание рабочей группы по сотрудничеству с Республикой Беларусь."

    def found(title: str) -> list[tuple[object, ...]]:
        article = Article(text, title, None, dt.date(2025, 8, 4), None, "ru", "x", "text")
        return [
            (c.kind, c.home.id, c.away.id if c.away else None, c.date, c.sentence)
            for c in extract(article, PlaceFinder(base.regions)).candidates
            if c.kind == "twinning"
        ]

    assert found("Курск и Брест стали городами-побратимами") == [
        ("twinning", "brest-city", "kursk-city", "2025-08-04", "Курск и Брест стали городами-побратимами")
    ]
    assert found("Курск и Брест могут стать городами-побратимами") == []  # a plan
    assert found("Курск и Брест: итоги заседания") == []


def test_events_are_told_in_sentences_with_their_sides_declined() -> None:
    from briefer.ingest.summaries import summary

    text = (
        "Председатель Витебского облисполкома встретился с губернатором Псковской области 12 марта. "
        "В мае делегация Витебской области посетит Псковскую область."
    )
    found = _extraction(text, "ru", dt.date(2024, 3, 12)).candidates
    summaries = [
        tuple(summary(candidate, language) for language in ("en", "ru", "be")) for candidate in found
    ]
    assert summaries == [
        (
            "Representatives of Vitebsk Oblast and Pskov Oblast met.",
            "Состоялась встреча представителей Витебской области и Псковской области.",
            "Адбылася сустрэча прадстаўнікоў Віцебскай вобласці і Пскоўскай вобласці.",
        ),
        (
            "Representatives of Vitebsk Oblast are to visit Pskov Oblast.",
            "Представители Витебской области планируют побывать в Псковской области.",
            "Прадстаўнікі Віцебскай вобласці плануюць пабываць у Пскоўскай вобласці.",
        ),
    ]


def test_a_delegation_from_belarus_is_the_oblast_the_next_sentences_name() -> None:
    text = (
        "Брянскую область с рабочим визитом посетила делегация из Беларуси. Об этом сообщил губернатор. "
        "Во главе делегации Гомельского областного исполнительного комитета стоит его председатель."
    )
    _assert_found(text, "ru", dt.date(2025, 3, 5), {("event", "gomel", "bryansk", "2025-03-05")},
                  {("event", "belarus", "bryansk", "2025-03-05")})  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # "this summer" dates a signing to its year, not to the article's day
        ("This summer a memorandum on twinning was signed between the Chinese city of Jingzhou and "
         "Braslav District.", "en", dt.date(2023, 10, 16),
         {("agreement", "braslav-district", "jingzhou", "2023")},
         {("agreement", "braslav-district", "jingzhou", "2023-10-16")}),
        # documents of no sides the sentence names are not proposed between the sides of the story
        ("Пензенская область и Брестская область развивают сотрудничество. Подписаны новые соглашения.",
         "ru", dt.date(2025, 11, 19), set(), {("agreement", "brest", "penza", "2025-11-19")}),
    ],
)  # fmt: skip
def test_a_season_dates_a_year_and_unnamed_documents_are_no_sides(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],  # type: ignore[type-arg]
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


def test_twins_listed_respectively_pair_in_order_and_their_memoranda_name_no_new_sides() -> None:
    text = (
        "Гомель, Гродно и Брест устанавливают побратимские связи с азербайджанскими городами Гянджа, "
        "Габала и Сумгаит соответственно. Соответствующие меморандумы были подписаны в Баку."
    )
    found = _found(text, "ru", dt.date(2024, 5, 16))
    assert found == {
        ("twinning", "gomel-city", "ganja", "2024-05-16"),
        ("twinning", "grodno-city", "gabala", "2024-05-16"),
        ("twinning", "brest-city", "sumgait", "2024-05-16"),
    }
    # lists of another length are no pairs: the nearest pair, as before
    assert ("twinning", "grodno-city", "sumgait", "2024-05-16") not in _found(
        "Гомель и Гродно установили побратимские связи с городами Гянджа, Габала и Сумгаит соответственно.",
        "ru",
        dt.date(2024, 5, 16),
    )


@pytest.mark.parametrize(
    ("text", "day", "wanted"),
    [
        # a city's days, told from where they are held; a span of days dates by its first
        ("Дни Могилева начались в Туле, мероприятия пройдут с 12 по 15 июня.", dt.date(2025, 6, 12),
         {("event", "mogilev-city", "tula-city", "2025-06-12")}),
        ("Губернатор поблагодарил за проведение в Калуге Дней Гомеля, которые открылись сегодня.",
         dt.date(2024, 5, 20), {("event", "gomel-city", "kaluga-city", "2024-05-20")}),
    ],
)  # fmt: skip
def test_a_citys_days_abroad_are_its_days(text: str, day: dt.date, wanted: set[tuple]) -> None:  # type: ignore[type-arg]
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    found = extract(
        Article(text, "t", None, day, None, "ru", "x", "text"), PlaceFinder(base.regions)
    ).candidates
    assert {(c.kind, c.home.id, c.away.id if c.away else None, c.date) for c in found} == wanted
    assert [c.event for c in found] == ["days"]


def test_a_hyphenated_new_district_keeps_the_capitals_of_its_parts() -> None:
    text = (
        "Рыбно-Слободский район Татарстана и Стародорожский район Минской области подписали соглашение "
        "об установлении дружественных отношений."
    )
    found = _extraction(text, "ru", dt.date(2025, 6, 27)).new_places
    assert [(f.region.id, f.region.name, dict(f.region.names)["ru"]) for f in found] == [
        ("rybno-slobodsky-district", "Rybno-Slobodsky District", "Рыбно-Слободский район")
    ]


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # the year a plan runs to is neither its signing nor a figure's period
        ("Губернатор Омской области и председатель Минского облисполкома утвердили план совместных "
         "мероприятий до 2027 года.", "ru", dt.date(2025, 10, 2),
         {("agreement", "minsk-oblast", "omsk", "2025-10-02")},
         {("agreement", "minsk-oblast", "omsk", "2027")}),
        ("At the forum, Vitebsk Oblast and Pskov Oblast signed a roadmap until 2028. In the first half "
         "of the year, trade between Vitebsk Oblast and Pskov Oblast came to $12.4 million.",
         "en", dt.date(2025, 9, 15),
         {("figure", "vitebsk", "pskov", "January-June 2025")}, {("figure", "vitebsk", "pskov", "2028")}),
        # agreements counted by their partners, documents counted: ties on record, none signed that day
        ("Гродненская область подписала соглашения с 27 субъектами России.", "ru", dt.date(2025, 6, 27),
         set(), {("agreement", "grodno", "russia", "2025-06-27")}),
        ("The Mogilev Oblast Executive Committee has signed eleven bilateral documents with provinces "
         "of China.",
         "en", dt.date(2025, 3, 1), set(), {("agreement", "mogilev", "china", "2025-03-01")}),
        # the day of the signing a later sentence tells
        ("Брест и Калуга стали городами-побратимами. Об этом сообщил мэр Калуги в соцсетях. Церемония "
         "подписания соглашения состоялась 12 мая.", "ru", dt.date(2025, 5, 14),
         {("twinning", "brest-city", "kaluga-city", "2025-05-12")},
         {("twinning", "brest-city", "kaluga-city", "2025-05-14")}),
        # «Соглашение об этом»: the agreement on the tie the sentence before tells of
        ("Витебск и Смоленск являются городами-побратимами. Соглашение об этом было подписано "
         "в марте 2019 года.",
         "ru", dt.date(2025, 5, 14), {("twinning", "vitebsk-city", "smolensk-city", "2019-03")},
         {("agreement", "vitebsk-city", "smolensk-city", "2019-03")}),
        # «с республикой» in a story of an oblast: Belarus, the partner of the oblast's own trade
        ("Губернатор Ульяновской области рассказал о сотрудничестве. По итогам первого квартала 2025 года "
         "товарооборот с республикой вырос на 30%.", "ru", dt.date(2025, 6, 30),
         {("figure", "ulyanovsk", "belarus", "Q1 2025")}, set()),
    ],
)  # fmt: skip
def test_horizons_counts_signings_told_later_and_the_republic(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],  # type: ignore[type-arg]
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


def test_a_plan_to_a_year_is_told_so_in_each_language(runner: CliRunner, newsroom: Path) -> None:
    (newsroom / "saved" / "plan.txt").write_text(
        "Гомельская область и Сычуань утвердили план\nhttps://example.org/sichuan-plan\n2025-10-02\n\n"
        "Губернатор провинции Сычуань и председатель Гомельского облисполкома утвердили план совместных "
        "мероприятий до 2027 года.\n",
        encoding="utf-8",
    )
    [plan] = by_kind(propose_json(runner, "saved/plan.txt"), "agreement")
    # «утвердили»: approved, as the article says, not "signed"
    assert (
        plan["fact"]["summary"]
        == "Gomel Oblast and Sichuan Province approved an action plan running to 2027."
    )
    assert plan["fact"]["date"] == "2025-10-02"
    assert plan["fact"]["translations"]["ru"]["summary"] == (
        "Гомельская область и провинция Сычуань утвердили план мероприятий до 2027 года."
    )
    assert plan["fact"]["translations"]["be"]["summary"] == (
        "Гомельская вобласць і правінцыя Сычуань зацвердзілі план мерапрыемстваў да 2027 года."
    )


def test_the_title_makes_an_agreement_of_its_pair_the_twinning_with_the_texts_date() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    article = Article(
        "Соглашение 3 июня 2024 года подписали мэр Тулы и председатель Гродненского горисполкома.",
        "Гродно и Тула подписали соглашение о побратимстве", None, dt.date(2024, 6, 4), None,
        "ru", "x", "text",
    )  # fmt: skip
    found = extract(article, PlaceFinder(base.regions)).candidates
    assert [(c.kind, c.home.id, c.away.id if c.away else None, c.date) for c in found] == [
        ("twinning", "grodno-city", "tula-city", "2024-06-03")
    ]


def test_a_year_in_an_events_name_is_no_period() -> None:
    from briefer.ingest.periods import periods

    assert [p.text for p in periods("На праздник «День поля – 2023» приехали гости из Беларуси.")] == []
    assert [p.text for p in periods("На выставке ИННОПРОМ-2025 побывала делегация.")] == []
    assert [p.text for p in periods("В 2023 году — рост на 5%.")] == ["2023"]


def test_a_new_oblast_abroad_is_placed_in_its_country_and_named_in_belarusian() -> None:
    text = (
        "Таджикистан принял белорусскую делегацию. В 2024 году товарооборот между Хатлонской областью и "
        "регионами Беларуси составил около 60 миллионов долларов."
    )
    extraction = _extraction(text, "ru", dt.date(2025, 4, 18))
    [place] = {f.region.id: f.region for f in extraction.new_places}.values()
    assert (place.id, place.kind, place.country, place.parent, dict(place.names)) == (
        "khatlonskaya-oblast", "oblast", "tajikistan", "tajikistan",
        {"ru": "Хатлонская область", "be": "Хатлонская вобласць"},
    )  # fmt: skip
    [figure] = extraction.candidates
    assert (figure.home.id, figure.away.id if figure.away else None) == ("belarus", "khatlonskaya-oblast")
    # Sughd, which the registry holds, is no new place
    sughd = _extraction(text.replace("Хатлонской", "Согдийской"), "ru", dt.date(2025, 4, 18))
    assert sughd.new_places == []
    assert [(c.home.id, c.away.id if c.away else None) for c in sughd.candidates] == [("belarus", "sughd")]


@pytest.mark.parametrize(
    ("russian", "belarusian"),
    [
        ("Бирский район", "Бірскі раён"),
        ("Рыбно-Слободский район", "Рыбна-Слабодскі раён"),
        ("Одинцовский район", "Адзінцоўскі раён"),
        ("Чистопольский район", "Чыстапольскі раён"),
        ("Приволжский район", "Прыволжскі раён"),
        ("Центральный район", "Цэнтральны раён"),
        ("Карагандинская область", "Карагандзінская вобласць"),
        # a vowel after the last «о» of the stem carries the stress: «Мотови́лиха», «Волгогра́д»
        ("Мотовилихинский район", "Матавіліхінскі раён"),
        ("Волгоградский район", "Валгаградскі раён"),
        ("Ростовский район", "Растоўскі раён"),
        # «Д» and «Т» soften as «д» and «т» do; «чск» of an adjective is «цк»
        ("Дедовичский район", "Дзедавіцкі раён"),
        ("Тихвинский район", "Ціхвінскі раён"),
        # the Slavic «пере-», «чере-» (where «р» and «ч» are hard); an urban okrug is a feminine «акруга»
        ("Череповецкий район", "Чарапавецкі раён"),
        ("Перевозский городской округ", "Перавозская гарадская акруга"),
        ("Черняховский муниципальный округ", "Чарняхоўская муніцыпальная акруга"),
        # «тск» of an adjective is «цк», as «чск» is
        ("Петропавловск-Камчатский городской округ", "Петрапаўлаўск-Камчацкая гарадская акруга"),
    ],
)
def test_a_new_russian_districts_belarusian_name_is_drafted(russian: str, belarusian: str) -> None:
    from briefer.ingest.newplaces import belarusian_draft

    assert belarusian_draft(russian) == belarusian


def test_makers_names_counts_told_after_their_noun_and_residents_named_after_their_count() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())

    def found(text: str, language: str) -> list[tuple[object, ...]]:
        article = Article(text, "t", None, dt.date(2025, 3, 1), None, language, "x", "text")
        return [
            (c.home.id, c.away.id if c.away else None, c.metric, c.amount.value if c.amount else None)
            for c in extract(article, PlaceFinder(base.regions)).candidates
        ]

    # "Rechitsa Hardware Plant" names a maker, not the side of the figure after it
    assert found(
        "Gomel Oblast trades with Russia. Products of Rechitsa Hardware Plant and Gomel Chemical Plant are "
        "known there. In 2024 the export of meat and dairy products exceeded $300 million.",
        "en",
    ) == [("gomel", "russia", "exports of a product group", 300_000_000)]
    assert found(
        "The number of organizations with Chinese capital registered in Grodno Oblast rose to 45 in 2024, "
        "including six companies operating as residents of the FEZ Grodnoinvest.",
        "en",
    ) == [
        ("grodno", "china", "companies with the partner's capital", 45),
        ("grodno", "china", "resident companies", 6),
    ]
    assert found(
        "Количество организаций с китайским капиталом в Гродненской области достигло 45 в 2024 году.", "ru"
    ) == [("grodno", "china", "companies with the partner's capital", 45)]


def test_a_count_of_a_year_stands_in_it(runner: CliRunner, newsroom: Path) -> None:
    (newsroom / "saved" / "capital.txt").write_text(
        "Гомельская область и Китай\nhttps://example.org/gomel-capital\n2025-03-01\n\n"
        "Количество организаций с иностранным капиталом из Китая в Гомельской области достигло 45 в 2024 "
        "году.\n",
        encoding="utf-8",
    )
    [figure] = by_kind(propose_json(runner, "saved/capital.txt"), "figure")
    assert (
        figure["fact"]["summary"]
        == "Gomel Oblast and China, companies with foreign capital in 2024: 45 companies."
    )
    assert figure["fact"]["translations"]["ru"]["summary"] == (
        "Гомельская область и Китай, компании с иностранным капиталом в 2024 г.: 45 компаний."
    )
    assert figure["fact"]["translations"]["be"]["summary"] == (
        "Гомельская вобласць і Кітай, кампаніі з замежным капіталам у 2024 г.: 45 кампаній."
    )


def test_a_municipal_okrug_lies_abroad_and_what_its_guests_signed_is_dated_by_the_visit() -> None:
    text = (
        "Делегация Браславского района посетила Себежский муниципальный округ Псковской области 14 октября. "
        "В администрации округа состоялось подписание соглашения о сотрудничестве."
    )
    extraction = _extraction(text, "ru", dt.date(2025, 10, 16))
    [place] = {f.region.id: f.region for f in extraction.new_places}.values()
    assert (place.id, place.name, place.country, place.parent, dict(place.names)) == (
        "sebezhsky-municipal-okrug", "Sebezhsky Municipal Okrug", "russia", "pskov",
        {"ru": "Себежский муниципальный округ", "be": "Себежская муніцыпальная акруга"},
    )  # fmt: skip
    # «подписание соглашения» is one agreement, signed during the visit the sentence before dates
    assert [(c.kind, c.home.id, c.away.id if c.away else None, c.date) for c in extraction.candidates] == [
        ("event", "braslav-district", "sebezhsky-municipal-okrug", "2025-10-14"),
        ("agreement", "braslav-district", "sebezhsky-municipal-okrug", "2025-10-14"),
    ]


def test_a_new_okrug_with_no_region_named_lies_in_the_region_of_its_adjective() -> None:
    text = "Гости из Россонского района побывали в Орловском муниципальном округе."
    extraction = _extraction(text, "ru", dt.date(2025, 10, 16))
    [found] = extraction.new_places
    assert (found.region.id, found.region.parent) == ("orlovsky-municipal-okrug", "orel")
    # «Тверской» ends in «-ой»: Tverskoy, as it is spelt
    [tverskoy] = _extraction(text.replace("Орловском", "Тверском"), "ru", dt.date(2025, 10, 16)).new_places
    assert (tverskoy.region.id, tverskoy.region.name) == (
        "tverskoy-municipal-okrug",
        "Tverskoy Municipal Okrug",
    )
    assert "where it lies: Orel Oblast, the region its name comes from: check it" in found.notes


def test_new_districts_abroad_and_their_agreements() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())

    def read(text: str) -> tuple[set[tuple[object, ...]], dict[str, tuple[object, ...]]]:
        article = Article(text, "t", None, dt.date(2024, 6, 27), None, "ru", "x", "text")
        extraction = extract(article, PlaceFinder(base.regions))
        found = {(c.kind, c.home.id, c.away.id if c.away else None) for c in extraction.candidates}
        return found, {f.region.id: (f.region.country, f.region.parent) for f in extraction.new_places}

    # the first of two districts sharing «районами» is read; joined to a Belarusian one, it is its partner
    found, places = read(
        "Районы Гродненской и Псковской областей подписали соглашения. Одно из соглашений заключено между "
        "Дедовичским и Волковысским районами."
    )
    assert ("agreement", "volkovysk-district", "dedovichsky-district") in found
    assert places["dedovichsky-district"][0] == "russia"
    # a district named for a region abroad lies in it; the document signed next is with it
    found, places = read(
        "О сотрудничестве договорились Смоленский и Могилёвский районы. Соглашение подписали глава "
        "муниципалитета и председатель Могилёвского райисполкома."
    )
    assert places["smolensky-district"] == ("russia", "smolensk")
    assert ("agreement", "mogilev-district", "smolensky-district") in found
    # «Псковский район», an alias of Pskov Municipal Okrug in the same oblast, is that okrug
    found, places = read(
        "О сотрудничестве договорились Псковский и Могилёвский районы. Соглашение подписали глава "
        "муниципалитета и председатель Могилёвского райисполкома."
    )
    assert "pskovsky-district" not in places
    assert ("agreement", "mogilev-district", "pskov-okrug") in found
    # a Russian district head's title puts the district abroad
    _, places = read("Делегацию встретил глава Порховского района. Гости из Шкловского района побывали там.")
    assert places["porkhovsky-district"][0] != "belarus"
    # a noun before «районов» names no district
    _, places = read("Взаимодействие районов Могилёвской области и Пскова ведётся несколько лет.")
    assert places == {}


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # the partner's official meeting his own country's envoy is no tie of Belarus's
        ("Председатель Заксобрания Нижегородской области провел встречу с послом России в Беларуси.", "ru",
         dt.date(2024, 10, 8), set(), {("event", "belarus", "nizhny-novgorod", "2024-10-08")}),
        # a meeting held at a forum is a meeting
        ("На Петербургском международном экономическом форуме 20 июня губернатор Тульской области провел "
         "рабочую встречу с послом Республики Беларусь в России.", "ru", dt.date(2025, 6, 21),
         {("event", "belarus", "tula", "2025-06-20")}, set()),
        # «Постоянного комитета» is no «постоянно»: the visit is one visit
        ("Минск с официальным визитом посещает делегация провинции Хэнань, в составе которой члены "
         "Постоянного комитета Собрания народных представителей провинции.", "ru", dt.date(2024, 8, 13),
         {("event", "minsk", "henan", "2024-08-13")}, set()),
        # «выставочная деятельность» is no exhibition
        ("Товарооборот Беларуси и Китая вырос. Активно развивались торговля, выставочная деятельность и "
         "зеленая экономика.", "ru", dt.date(2026, 1, 30), set(),
         {("event", "belarus", "china", "2026-01-30")}),
        # an oblast's executive committee signed, not the country joined to the partner later
        ("Соглашение между Гродненским облисполкомом и правительством Удмуртской Республики подписано "
         "во время заседания рабочей группы по сотрудничеству между Удмуртией и Беларусью.", "ru",
         dt.date(2023, 11, 1), {("agreement", "grodno", "udmurtia", "2023-11-01")},
         {("agreement", "belarus", "udmurtia", "2023-11-01")}),
    ],
)  # fmt: skip
def test_envoys_settings_committees_and_signatories(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],  # type: ignore[type-arg]
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


def test_the_partners_own_exports_and_imports_and_its_whole_are_its_own() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    text = (
        "Губернатор Тульской области рассказал о торговле. По итогам 2024 года внешнеторговый оборот региона "
        "с республикой увеличился на 19%, включая рост экспорта на 22,3% и импорта — на 11%. При этом объем "
        "торговли с Белоруссией составил более 50% от всех сделок Тульской области. "
        "За первый квартал 2025 года экспорт вырос на 23,8%."
    )
    found = _extraction(text, "ru", dt.date(2025, 6, 21)).candidates
    assert [(c.home.id, c.away.id if c.away else None, c.metric, c.amount.value if c.amount else None)
            for c in found] == [
        ("tula", "belarus", "growth of trade turnover", 19),
        ("tula", "belarus", "growth of exports", 22.3),
        ("tula", "belarus", "growth of imports", 11),
        ("tula", "belarus", "share of trade turnover", 50),
        ("tula", "belarus", "growth of exports", 23.8),
    ]  # fmt: skip
    # a share of the trade with a group of countries has no whole the base knows: not proposed
    grouped = extract(
        Article(text.replace("Тульской области.", "Тульской области со странами СНГ."), "t", None,
                dt.date(2025, 6, 21), None, "ru", "x", "text"),
        PlaceFinder(base.regions),
    ).candidates  # fmt: skip
    assert [c.metric for c in grouped if c.metric and c.metric.startswith("share")] == []


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # two oblasts sharing «области» are both sides
        ("Сегодня в Москве Гомельская и Курская области подписали соглашение о торгово-экономическом "
         "сотрудничестве.", "ru", dt.date(2024, 1, 11),
         {("agreement", "gomel", "kursk", "2024-01-11")}, set()),
        # "have become twin cities", dated by the ceremony the next sentence tells of
        ("Belarusian Soligorsk and Berezniki of Russia's Perm Territory have become twin cities. The signing "
         "ceremony, which took place on 28 July, was attended by the heads of both towns.", "en",
         dt.date(2022, 8, 1), {("twinning", "soligorsk", "berezniki", "2022-07-28")},
         {("twinning", "soligorsk", "berezniki", "2022-08-01")}),
        # «Более 27 лет назад»: counted back from the article's year
        ("Более 27 лет назад город Чехов установил побратимские отношения с городом Копыль Минской области.",
         "ru", dt.date(2025, 11, 20), {("twinning", "kopyl", "chekhov", "1998")},
         {("twinning", "kopyl", "chekhov", "2025-11-20")}),
        # "the MAZ Asia Company" names a maker, not Asia
        ("The delegation included the MAZ Asia Company and visited Minsk Oblast.", "en", dt.date(2023, 5, 7),
         set(), {("event", "minsk-oblast", "asia", "2023-05-07")}),
        # a town's partner named by a name a region shares is the town
        ("In Voronezh, an agreement on establishing friendly relations between the administrations of "
         "Voronezh and the Frunzensky District of Minsk was signed today.", "en", dt.date(2024, 6, 27),
         {("twinning", "minsk-frunzensky-district", "voronezh-city", "2024-06-27")},
         {("twinning", "minsk-frunzensky-district", "voronezh", "2024-06-27")}),
    ],
)  # fmt: skip
def test_shared_kinds_ceremonies_years_ago_makers_and_towns(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],  # type: ignore[type-arg]
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


def test_latin_names_of_two_words_lie_abroad_and_planned_projects_are_not_counted() -> None:
    text = (
        "Minsk Oblast is ready to cooperate with Vietnam's Hung Yen province. The delegation included the "
        "heads of Kim Dong district. Two joint projects to be carried out are the production of trucks and "
        "dairy supplies."
    )
    extraction = _extraction(text, "en", dt.date(2023, 5, 7))
    places = {f.region.id: (f.region.name, f.region.country) for f in extraction.new_places}
    assert places == {
        "hung-yen-province": ("Hung Yen Province", "vietnam"),
        "kim-dong-district": ("Kim Dong District", "vietnam"),
    }
    assert [c for c in extraction.candidates if c.kind == "figure"] == []


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # a period in square brackets is the bracketed figure's, not the rounded one's before it
        ("Kirov Oblast is a partner of Belarus. The trade is around $110 million [in January-November 2025, "
         "it amounted to $108 million].", "en", dt.date(2026, 1, 19),
         {("figure", "belarus", "kirov", "January-November 2025")}, set()),
        # a meeting with the partner the story is about, told by the Belarusian side named before
        ("Беларусь и Ленинградская область движутся к цели. Об этом заявил первый вице-премьер Николай "
         "Снопков на встрече с губернатором Ленинградской области Александром Дрозденко.", "ru",
         dt.date(2025, 10, 1), {("event", "belarus", "leningrad", "2025-10-01")}, set()),
    ],
)  # fmt: skip
def test_bracketed_periods_and_meetings_with_the_storys_partner(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],  # type: ignore[type-arg]
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    article = Article(text, "t", None, day, None, language, "x", "text")
    values = [c.amount.value for c in extract(article, PlaceFinder(base.regions)).candidates if c.amount]
    assert 110_000_000 not in values


def test_a_figure_above_last_years_carries_its_change() -> None:
    text = (
        "Rostov Oblast is a partner of Belarus. In January-August 2022 the trade between Belarus and Rostov "
        "Oblast amounted to $420 million, which is 30% above the index for the same period of 2021."
    )
    [figure] = _extraction(text, "en", dt.date(2022, 10, 1)).candidates
    assert (figure.amount.value if figure.amount else None, figure.change_pct) == (420_000_000, 30)


def test_an_event_held_in_a_belarusian_town_says_it_was_held_there() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    text = "Губернатор Псковской области выступил на Форуме регионов Беларуси и России в Полоцке 27 июня."
    article = Article(text, "Форум в Полоцке", None, dt.date(2024, 6, 28), None, "ru", "x", "text")
    [event] = [
        p.fact for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact and p.fact["kind"] == "event"
    ]
    assert event["regions"] == ["polotsk", "pskov"]
    # the forum by its name: who took part in it, and where
    assert event["summary"] == (
        "Representatives of Pskov Oblast took part in the Forum of Regions of Belarus and Russia in Polotsk."
    )
    assert event["translations"]["ru"]["summary"] == (
        "Представители Псковской области приняли участие в Форуме регионов Беларуси и России в Полоцке."
    )
    assert event["translations"]["be"]["summary"] == (
        "Прадстаўнікі Пскоўскай вобласці ўзялі ўдзел у Форуме рэгіёнаў Беларусі і Расіі ў Полацку."
    )


def test_rb_is_belarus() -> None:
    base = load_fact_base(default_fact_root())
    finder = PlaceFinder(base.regions)
    assert [
        m.region.id for m in finder.mentions("заседание рабочей группы по сотрудничеству РБ и Татарстана")
    ] == [
        "belarus",
        "tatarstan",
    ]
    assert finder.mentions("рб") == []  # an abbreviation in capitals only


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # «Посол России» meeting a Russian governor: no Belarusian side
        ("1 июня Посол России в Беларуси Борис Грызлов встретился с губернатором Липецкой области.", "ru",
         dt.date(2023, 6, 2), set(), {("event", "belarus", "lipetsk", "2023-06-01")}),
        # «Кировская область РФ»: the region, not the country written after it
        ("Беларусь и Кировская область РФ увеличили товарооборот на 10% за первое полугодие 2025 года.", "ru",
         dt.date(2025, 9, 29), {("figure", "belarus", "kirov", "January-June 2025")},
         {("figure", "belarus", "russia", "January-June 2025")}),
        # «с последней»: the latter of the oblasts named
        ("Липецкая область взаимодействует с Брестской и Гродненской областями, причём соглашение с "
         "последней было заключено в 2023 году.", "ru", dt.date(2025, 8, 22),
         {("agreement", "grodno", "lipetsk", "2023")},
         {("agreement", "brest", "lipetsk", "2023")}),
        # a document signed «с Гродненским облисполкомом» in the article's story is with its partner
        ("Губернатор Липецкой области принял гостей из Беларуси. В 2025 году на полях ПМЭФ был подписан план "
         "мероприятий с Гродненским облисполкомом.", "ru", dt.date(2025, 8, 22),
         {("agreement", "grodno", "lipetsk", "2025")}, set()),
        # a town the registry lacks, twinned with a known one, is proposed, not its region's capital
        ("В правительстве Калужской области подписали соглашение о международном сотрудничестве между "
         "Обнинском и Гомелем.", "ru", dt.date(2024, 5, 3),
         {("agreement", "gomel-city", "obninsk", "2024-05-03")},
         {("agreement", "gomel-city", "kaluga-city", "2024-05-03")}),
        ("Подписано соглашение об установлении дружественных отношений между городом Дзержинском "
         "Нижегородской области и городом Новополоцком Витебской области.", "ru", dt.date(2025, 6, 27),
         {("twinning", "novopolotsk", "dzerzhinsk-russia", "2025-06-27")},
         {("twinning", "novopolotsk", "nizhny-novgorod-city", "2025-06-27"),
          ("twinning", "novopolotsk", "dzerzhinsk-belarus", "2025-06-27")}),
        # «Города Чувашии и Беларуси»: towns not named; the pair of towns is the twinning; what the sides
        # «договорились устанавливать» is a plan
        ("Города Чувашии и Беларуси стали побратимами. Партнерство установлено между Канашем и "
         "Осиповичами. Соглашение о побратимстве подписано 16 июля в рамках визита чувашской делегации в "
         "Беларусь. Стороны договорились устанавливать прямые связи между предпринимателями "
         "городов-побратимов.", "ru",
         dt.date(2024, 7, 16), {("twinning", "osipovichi", "kanash", "2024-07-16")},
         {("twinning", "belarus", "chuvashia", "2024-07-16"),
          ("twinning", "belarus", "kanash", "2024-07-16")}),
    ],
)  # fmt: skip
def test_envoys_regions_of_a_country_the_latter_and_towns_the_registry_lacks(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],  # type: ignore[type-arg]
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


def test_a_regions_own_words_its_exports_its_whole_and_no_field_of_ranking() -> None:
    text = (
        "Губернатор Липецкой области рассказал о торговле с Беларусью. Республика Беларусь является ведущим "
        "торговым партнёром региона среди стран СНГ. Доля Беларуси в общем внешнеторговом обороте области в "
        "2025 году составляет 5%. Объём экспорта липецких товаров в 2024 году увеличился на 12%, а импорт "
        "белорусской продукции в регион вырос на 6%."
    )
    found = _extraction(text, "ru", dt.date(2025, 8, 22)).candidates
    assert [(c.home.id, c.away.id if c.away else None, c.metric, c.amount.value if c.amount else None)
            for c in found] == [
        ("lipetsk", "belarus", "share of trade turnover", 5),
        ("lipetsk", "belarus", "growth of exports", 12),
        ("lipetsk", "belarus", "growth of imports", 6),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # «по итогам трёх кварталов 2021 года»: January–September
        ("Беглов отметил, что по итогам трёх кварталов 2021 года товарооборот между Петербургом и "
         "Белоруссией вырос на 32,4%, составив 1,87 млрд долларов.", "ru", dt.date(2022, 2, 1),
         {("figure", "belarus", "saint-petersburg", "January-September 2021")},
         {("figure", "belarus", "saint-petersburg", "2021")}),
        # where the two met is no side
        ("Губернатор Петербурга Александр Беглов во вторник встретился в Минске с президентом Белоруссии "
         "Александром Лукашенко.", "ru", dt.date(2022, 2, 1),
         {("event", "belarus", "saint-petersburg", "2022-02-01")},
         {("event", "minsk", "saint-petersburg", "2022-02-01")}),
        # an invitation to visit, with no day, is neither a visit nor a plan on record
        ("Minsk and Tashkent are partners. He added that the khokim of Tashkent was invited to visit the "
         "Belarusian capital at any convenient time.", "en", dt.date(2024, 3, 27), set(),
         {("event", "minsk", "tashkent-city", "2024-03-27"),
          ("planned event", "minsk", "tashkent-city", "2024-03-27")}),
        # places a hyphen joins; the document named first
        ("A Minsk-Tashkent sister-city agreement and an action plan for 2024-2025 were signed during the "
         "visit.", "en", dt.date(2024, 3, 27), {("twinning", "minsk", "tashkent-city", "2024-03-27")}, set()),
        ("In particular, during the meeting Brest and Dalian signed an agreement on friendship and "
         "cooperation, as well as a memorandum linking two hospitals.", "en", dt.date(2024, 6, 1),
         {("agreement", "brest-city", "dalian", "2024-06-01")},
         {("agreement", "brest", "dalian", "2024-06-01")}),
        # "Last year": the year before the article's; "the Ufa Forum" names an event, not a side
        ("Belarus and the Arkhangelsk Region have cooperated for ten years. Last year, a new action plan for "
         "2023-2026 was signed at the Ufa Forum of Regions.", "en", dt.date(2024, 4, 22),
         {("agreement", "belarus", "arkhangelsk", "2023")}, {("agreement", "belarus", "ufa", "2024-04-22")}),
        # "Minsk and Arkhangelsk regions"; "this region of Russia"; "after the signing … are planned"
        ("The roadmap for cooperation between Minsk and Arkhangelsk regions was signed by the governors on "
         "April 23. At the same time, the export of Belarusian goods to this region of Russia increased more "
         "than 4 times in 2023. This year, after the signing of the agreement, these figures are planned to "
         "increase.", "en", dt.date(2024, 4, 25),
         {("agreement", "minsk-oblast", "arkhangelsk", "2024-04-23"),
          ("figure", "belarus", "arkhangelsk", "2023")},
         {("agreement", "minsk", "arkhangelsk-city", "2024-04-23"), ("figure", "belarus", "russia", "2023"),
          ("agreement", "belarus", "arkhangelsk", "2024")}),
    ],
)  # fmt: skip
def test_quarters_venues_invitations_hyphens_and_english_regions(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],  # type: ignore[type-arg]
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


def test_a_growth_by_more_goods_and_a_document_of_intent() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())

    def read(text: str, language: str, day: dt.date) -> list[tuple[object, ...]]:
        article = Article(text, "t", None, day, None, language, "x", "text")
        return [
            (c.kind, c.metric or c.document, c.date)
            for c in extract(article, PlaceFinder(base.regions)).candidates
        ]

    assert read(
        "Губернатор Тульской области рассказал о торговле с Беларусью. В 2024 году белорусские партнеры "
        "поставили в Тульскую область больше товаров на 10,8%.", "ru", dt.date(2025, 3, 1)
    ) == [("figure", "growth of exports", "2024")]  # fmt: skip
    assert read(
        "Mogilev Oblast and Shaanxi Province cooperate. In April 2019 Shaanxi signed an agreement of intent "
        "with the Mogilev Regional Executive Committee.", "en", dt.date(2021, 1, 1)
    ) == [("agreement", "protocol of intent", "2019-04")]  # fmt: skip


def test_a_multiple_with_a_qualifier_reads_in_russian_and_belarusian() -> None:
    from briefer.ingest.summaries import _Measure
    from briefer.text.i18n import Language

    assert [Language(code).figure(_Measure(4, "times", "more than")) for code in ("en", "ru", "be")] == [
        "more than 4-fold",
        "более чем в 4 раза",
        "больш чым у 4 разы",
    ]


def test_a_part_reached_of_a_regions_whole_is_belarus_share_in_it() -> None:
    text = (
        "Беларусь и Курская область. Товарооборот Беларуси и Курской области за январь-сентябрь 2025 года "
        "увеличился на 50% и достиг четверти всего внешнеэкономического оборота Курской области."
    )
    found = _extraction(text, "ru", dt.date(2025, 11, 13)).candidates
    assert [(c.home.id, c.away.id if c.away else None, c.metric, c.amount.value if c.amount else None)
            for c in found] == [
        ("belarus", "kursk", "growth of trade turnover", 50),
        ("kursk", "belarus", "share of trade turnover", 25),
    ]  # fmt: skip


def test_a_lead_that_says_it_of_the_titles_metric_is_the_titles_figure() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    article = Article(
        "По итогам трех кварталов этого года он вырос почти на 11% и составил более двух миллиардов "
        "долларов.",
        "Беларусь занимает первое место по объему товарооборота с Петербургом среди стран СНГ",
        None, dt.date(2023, 12, 25), None, "ru", "x", "text",
    )  # fmt: skip
    found = extract(article, PlaceFinder(base.regions)).candidates
    assert [
        (c.home.id, c.away.id if c.away else None, c.metric, c.amount.value if c.amount else None,
         c.amount.qualifier if c.amount else None, c.period.text if c.period else None)
        for c in found
    ] == [
        ("belarus", "saint-petersburg", "growth of trade turnover", 11, "nearly", "January-September 2023"),
        ("belarus", "saint-petersburg", "trade turnover", 2_000_000_000, "more than",
         "January-September 2023"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # a twinning renewed is no twinning established that day; "the city of Kursk" read before
        # makes a later bare "Kursk" the city; visits "came to terms on" are a plan
        ("The Belarusian city of Gomel and the Russian city of Kursk updated their twinning agreements and "
         "came to terms on mutual visits during the forum. Chairman of the Gomel City Executive Committee "
         "and Kursk Mayor signed an agreement on twinning the two cities. The agreement has been resigned "
         "and prolonged. Twinning ties with Kursk were established back in 2004.", "en", dt.date(2022, 6, 1),
         {("twinning", "gomel-city", "kursk-city", "2004"),
          ("planned event", "gomel-city", "kursk-city", "2022-06-01")},
         {("twinning", "gomel-city", "kursk-city", "2022-06-01"), ("twinning", "gomel", "kursk", "2004"),
          ("event", "gomel-city", "kursk-city", "2022-06-01")}),
        # delegations from ten regions are guests, not one visit
        ("Это событие совпало с празднованием Дня города в Бобруйске, на который приехали делегации из 10 "
         "регионов России, а также из Колумбии и Китая.", "ru", dt.date(2022, 6, 27),
         set(), {("event", "bobruisk", "russia", "2022-06-27")}),
        # «соглашения …, заключенного 28 июня 2024 года»: the other document's date
        ("Правительство Нижегородской области и Витебский областной исполнительный комитет подписали "
         "дорожную карту по реализации соглашения о сотрудничестве, заключенного 28 июня 2024 года.", "ru",
         dt.date(2025, 6, 27), {("agreement", "vitebsk", "nizhny-novgorod", "2025-06-27")},
         {("agreement", "vitebsk", "nizhny-novgorod", "2024-06-28")}),
        # «были намечены ещё в марте 2024 года, когда делегация посетила»: a visit made, not planned
        ("Омская область и Беларусь. Ключевые проекты были намечены ещё в марте 2024 года, когда делегация "
         "Омской области посетила Республику Беларусь.", "ru", dt.date(2024, 10, 3),
         {("event", "belarus", "omsk", "2024-03")}, {("planned event", "belarus", "omsk", "2024-03")}),
    ],
)  # fmt: skip
def test_renewals_cities_read_before_guests_and_other_documents_dates(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],  # type: ignore[type-arg]
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


def test_a_town_twinned_with_a_known_one_is_named_in_the_nominative_in_each_language() -> None:
    text = (
        "В правительстве Калужской области подписали соглашение о сотрудничестве между Обнинском и Гомелем."
    )
    extraction = _extraction(text, "ru", dt.date(2024, 5, 3))
    [found] = extraction.new_places
    assert (found.region.id, found.region.kind, found.region.parent, dict(found.region.names)) == (
        "obninsk", "city", "kaluga", {"ru": "Обнинск", "be": "Обнінск"}
    )  # fmt: skip
    assert found.region.aliases == ("Обнинск",)  # «Обнинском» is a case, not a spelling of its own


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # talk of a signing, and plans to sign, are no signing and no count of documents signed
        ("Курск и Минск. Инициатива о подписании соглашения с Минском впервые была озвучена в прошлом году.",
         "ru", dt.date(2024, 4, 23), set(), {("agreement", "minsk", "kursk-city", "2023")}),
        ("Губернатор Липецкой области приехал в Гродно. Вчера Игорь Артамонов высказался о планах по "
         "подписанию трех соглашений с Гродненской областью.", "ru", dt.date(2022, 7, 1),
         set(), {("figure", "grodno", "lipetsk", "as of July 2022")}),
        # «накануне рассказал»: the day before; «накануне форума»: before the forum, no day
        ("Губернатор Петербурга Александр Беглов накануне рассказал об этом на встрече с министром "
         "иностранных дел Беларуси.", "ru", dt.date(2023, 12, 25),
         {("event", "belarus", "saint-petersburg", "2023-12-24")}, set()),
        ("Делегация Гомеля прибыла накануне форума в Москву.", "ru", dt.date(2023, 12, 25),
         {("event", "gomel-city", "moscow", "2023-12-25")}, set()),
    ],
)  # fmt: skip
def test_talk_of_signing_plans_to_sign_and_the_day_before(
    text: str,
    language: str,
    day: dt.date,
    wanted: set[tuple],  # type: ignore[type-arg]
    unwanted: set[tuple],  # type: ignore[type-arg]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


def test_a_document_signed_and_approved_is_signed() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())

    def approved(text: str) -> list[bool]:
        article = Article(text, "t", None, dt.date(2024, 10, 3), None, "ru", "x", "text")
        return [
            c.approved
            for c in extract(article, PlaceFinder(base.regions)).candidates
            if c.kind == "agreement"
        ]

    assert approved("Минская и Омская области утвердили дорожную карту взаимодействия.") == [True]
    assert approved("Минская и Омская области подписали и утвердили дорожную карту взаимодействия.") == [
        False
    ]


def test_the_partners_exports_told_in_its_own_words_stay_its_own() -> None:
    text = (
        "Губернатор Тульской области рассказал о торговле. По итогам 2024 года внешнеторговый оборот региона "
        "с республикой увеличился на 19%. В 2024 году экспорт тульских товаров вырос на 12%."
    )
    found = _extraction(text, "ru", dt.date(2025, 6, 21)).candidates
    # told from the partner's side and named as the partner's goods: the partner's own exports, as it
    # reports them, not Belarus's imports (which Belarus's statistics count)
    assert [(c.home.id, c.metric, c.amount.value if c.amount else None) for c in found] == [
        ("tula", "growth of trade turnover", 19),
        ("tula", "growth of exports", 12),
    ]


@pytest.mark.parametrize(
    ("text", "language", "wanted", "unwanted"),
    [
        # an exhibition named after a country, in quotes or with "the", is no side
        ("В Москве на выставке-форуме «Россия» 6 мая Гомельская область подписала соглашение с "
         "Приморским краем.", "ru", {("agreement", "gomel", "primorsky-krai", "2024-05-06")},
         {("agreement", "gomel", "russia", "2024-05-06")}),
        ("Gomel Region signed an agreement at the Russia exhibition on 6 May.", "en", set(),
         {("agreement", "gomel", "russia", "2024-05-06")}),
        ("Санаторий «Беларусь» в Сочи 6 мая принял делегацию.", "ru", set(),
         {("event", "belarus", "sochi", "2024-05-06")}),
    ],
)  # fmt: skip
def test_a_place_in_a_name_in_quotes_or_after_the_is_no_side(
    text: str, language: str, wanted: set[tuple[object, ...]], unwanted: set[tuple[object, ...]]
) -> None:
    _assert_found(text, language, dt.date(2024, 5, 7), wanted, unwanted)


def test_a_places_own_days_are_told_as_held_at_its_partners() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract
    from briefer.ingest.summaries import summary

    base = load_fact_base(default_fact_root())
    finder = PlaceFinder(base.regions)
    told = []
    for text, language in [
        ("В Москве на выставке-форуме «Россия» 6 мая открылись Дни Гомельской области.", "ru"),
        ("Дні Гомельскай вобласці 6 мая адкрыліся ў Маскве на выставе «Расія».", "be"),
        ("The governor spoke after the opening of Gomel Region's days in Moscow on 6 May.", "en"),
        ("Дни Гомельской области пройдут в Москве в сентябре.", "ru"),
    ]:
        article = Article(text, "t", None, dt.date(2024, 5, 7), None, language, "x", "text")
        [candidate] = extract(article, finder).candidates
        told.append(tuple(summary(candidate, lang) for lang in ("en", "ru", "be")))
    held = (
        "Days of Gomel Oblast were held in Moscow.",
        "Прошли Дни Гомельской области в Москве.",
        "Прайшлі Дні Гомельскай вобласці ў Маскве.",
    )
    # «открылись»: the opening is what the sentence puts on record
    opened = (
        "Days of Gomel Oblast opened in Moscow.",
        "Открылись Дни Гомельской области в Москве.",
        "Адкрыліся Дні Гомельскай вобласці ў Маскве.",
    )
    assert told == [opened, opened, held, (
        "Days of Gomel Oblast are planned in Moscow.",
        "Запланированы Дни Гомельской области в Москве.",
        "Запланаваны Дні Гомельскай вобласці ў Маскве.",
    )]  # fmt: skip
    # and a partner's own days held at home
    week = "В Минске 3 ноября открылась Неделя города Тяньцзинь."
    [candidate] = extract(
        Article(week, "t", None, dt.date(2026, 11, 20), None, "ru", "x", "text"), finder
    ).candidates
    assert [summary(candidate, lang) for lang in ("en", "ru", "be")] == [
        "Days of Tianjin opened in Minsk.",
        "Открылись Дни Тяньцзиня в Минске.",
        "Адкрыліся Дні Цяньцзіня ў Мінску.",
    ]


def test_figures_of_several_partners_lend_none_to_the_sentences_after_them() -> None:
    """A sentence of two partners' figures, a new paragraph, a story of several countries:
    a later figure that names no partner is the oblast's own, or nothing."""
    text = (
        "In January-June 2023, Gomel Oblast raised exports to Russia by 30% and to Egypt by 5 times, "
        "the governor said at the meeting of the Gomel Oblast Executive Committee on 20 July.\n\n"
        "Overall, in January-June 2023 exports came to 81.5% of the amount posted in the same period "
        "in 2022. The export of services went up by 12% in January-June 2023.\n\n"
        "A list of 120 projects has been drawn up. Nine projects worth Br700 million have been completed."
    )
    found = _found(text, "en", dt.date(2023, 7, 21))
    # the exports of services are the oblast's own, a metric of their own
    assert found == {
        ("figure", "gomel", "russia", "January-June 2023"),
        ("figure", "gomel", "egypt", "January-June 2023"),
        ("figure", "gomel", None, "January-June 2023"),
    }


def test_a_figure_names_the_partner_of_its_paragraph_only() -> None:
    text = (
        "Товарооборот Гомельской области с Китаем за январь-июнь 2023 года вырос на 20%.\n\n"
        "Экспорт области за январь-июнь 2023 года составил 2 млрд долларов."
    )
    found = _found(text, "ru", dt.date(2023, 7, 21))
    assert found == {
        ("figure", "gomel", "china", "January-June 2023"),
        ("figure", "gomel", None, "January-June 2023"),
    }


def test_services_are_a_metric_of_their_own_and_partners_may_be_named_by_adjective() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract
    from briefer.ingest.summaries import summary

    base = load_fact_base(default_fact_root())
    finder = PlaceFinder(base.regions)
    told = []
    for text, language in [
        (
            "Экспорт услуг Гомельской области в Россию за январь-июнь 2024 года составил 30 млн долларов.",
            "ru",
        ),
        ("Belarus's services exports increased by 3.8% in January-March 2021.", "en"),
        ("Belarus and its African partners reached annual trade of $553 million in 2020.", "en"),
    ]:
        article = Article(text, "t", None, dt.date(2024, 7, 20), None, language, "x", "text")
        [candidate] = extract(article, finder).candidates
        told.append((candidate.metric, candidate.away.id if candidate.away else None))
        told += [summary(candidate, "en"), summary(candidate, "ru").replace("\xa0", " ")]
    assert told == [
        ("exports of services", "russia"),
        "Exports of services from Gomel Oblast to Russia came to USD 30 million in January-June 2024.",
        "Экспорт услуг Гомельской области в Россию за январь–июнь 2024 г. составил 30 млн долларов США.",
        ("growth of exports of services", None),
        "Exports of services from Belarus grew by 3.8% in January-March 2021.",
        "Экспорт услуг Беларуси за январь–март 2021 г. вырос на 3,8 %.",
        ("trade turnover", "africa"),
        "Trade between Belarus and Africa came to USD 553 million in 2020.",
        "Товарооборот Беларуси с Африкой за 2020 г. составил 553 млн долларов США.",
    ]


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # the classical Belarusian spelling of an oblast is the oblast, not a new one abroad
        ("Дэлегацыя Гарадзенскай вобласці 7 лістапада наведала правінцыю Ганьсу.", "be",
         dt.date(2023, 11, 7), {("event", "grodno", "gansu", "2023-11-07")}, set()),
        # «Кітайскай Народнай Рэспублікі і Наваградскім раёнам»: a country's name, no peoples
        ("Сёння падпісана Пагадненне аб устанаўленні пабрацімскіх адносін паміж горадам Дуньхуан "
         "правінцыі Ганьсу Кітайскай Народнай Рэспублікі і Наваградскім раёнам.", "be", dt.date(2023, 11, 7),
         {("twinning", "novogrudok-district", "dunhuang", "2023-11-07")},
         {("twinning", "grodno", "dunhuang", "2023-11-07")}),
        # «Гродненской областью» names the oblast, whatever town its partner is
        ("Между городом Карачи и Гродненской областью в 2015 году было подписано соглашение о "
         "сотрудничестве.", "ru", dt.date(2022, 7, 27), {("agreement", "grodno", "karachi", "2015")},
         {("agreement", "grodno-city", "karachi", "2015")}),
        # a guest invited to a forum under way is no plan
        ("Подписание соглашения состоялось сегодня в Витебске в рамках экономического форума, на который "
         "была приглашена делегация Архангельска.", "ru", dt.date(2023, 5, 18), set(),
         {("planned event", "vitebsk-city", "arkhangelsk-city", "2023-05-18")}),
        # «по итогам визита»: the visit is over, whatever is planned after it
        ("По итогам визита делегации Гомельской области в провинцию Цзилинь принято решение о подготовке "
         "соглашения о побратимстве.", "ru", dt.date(2025, 8, 29),
         {("event", "gomel", "jilin", "2025-08-29")}, {("planned event", "gomel", "jilin", "2025-08-29")}),
        # a guest «по приглашению» visits; a meeting in a sentence that names no place is none
        ("Губернатор Смоленской области по приглашению председателя Витебского облисполкома 11 мая принял "
         "участие в открытии новой площади.", "ru", dt.date(2025, 5, 11),
         {("event", "vitebsk", "smolensk", "2025-05-11")}, set()),
        # companies set up «при участии КНР» are of a partner's capital
        ("При участии КНР в Гомельской области создано два юридических лица.", "ru", dt.date(2025, 8, 29),
         {("figure", "gomel", "china", "as of August 2025")}, set()),
        # "was signed on" dates this document; "the agreement signed on" would be another's
        ("The twinning agreement between Brest and Xi'an was signed on 5 September 2026.", "en",
         dt.date(2026, 11, 20), {("twinning", "brest-city", "xian", "2026-09-05")},
         {("twinning", "brest-city", "xian", "2026-11-20")}),
        # enterprises «с российским капиталом» keep their capital; the towns' agreements are not the oblast's
        ("На территории Гомельской области зарегистрировано 450 предприятий с российским капиталом. Ещё 89 "
         "соглашений реализуются городами и районами Гомельской области с российскими образованиями.", "ru",
         dt.date(2024, 1, 11), {("figure", "gomel", "russia", "as of January 2024")}, set()),
        # «столица Белоруссии» is Minsk
        ("Действуют около 50 партнёрских соглашений между столицей Белоруссии и регионами России.", "ru",
         dt.date(2023, 9, 10), {("figure", "minsk", "russia", "as of September 2023")},
         {("figure", "belarus", "russia", "as of September 2023")}),
        # twinning «между городами» names no towns
        ("Губернатор Тульской области и председатель Могилевского облисполкома 29 сентября подписали план "
         "мероприятий. Подписание этого документа важно в условиях установления побратимских связей между "
         "городами.", "ru", dt.date(2025, 9, 29), {("agreement", "mogilev", "tula", "2025-09-29")},
         {("twinning", "mogilev", "tula", "2025-09-29")}),
        # "When in Moscow": where, not whom; «Брянской областной Думы»: the oblast's body
        ("When in Moscow the Gomel Oblast governor is set to meet with the heads of Russian regions and to "
         "hold business meetings.", "en", dt.date(2024, 1, 11), set(),
         {("planned event", "gomel", "moscow", "2024-01-11")}),
        # «в Москве подписал соглашение с …»: Moscow is where, whoever the partner is
        ("Председатель Витебского облисполкома в Москве 12 мая подписал соглашение с Республикой Крым.", "ru",
         dt.date(2024, 5, 13), set(), {("agreement", "vitebsk", "moscow", "2024-05-12")}),
        # the partner's own embassy met is no tie of Belarus's
        ("Брянский губернатор 20 июня встретился с советником Посольства РФ в Республике Беларусь.", "ru",
         dt.date(2024, 6, 20), set(), {("event", "belarus", "bryansk", "2024-06-20")}),
        # «закреплены документально»: a tie signed
        ("Дружеские отношения между Гомелем и Курском закреплены документально 20 июня.", "ru",
         dt.date(2024, 6, 20), {("twinning", "gomel-city", "kursk-city", "2024-06-20")}, set()),
        # ties «в условиях установления»: on the way, none made
        ("Подписание плана важно в условиях установления побратимских связей между Тулой и Могилевом.", "ru",
         dt.date(2025, 9, 29), set(), {("twinning", "mogilev-city", "tula-city", "2025-09-29")}),
        # a stock of agreements («насчитывает уже») takes no period from the sentences before it
        ("Товарооборот Минска с Россией за январь-июнь 2023 года вырос на 27%. Договорно-правовая база "
         "насчитывает уже порядка 50 соглашений между столицей Белоруссии и регионами России.", "ru",
         dt.date(2023, 9, 10), {("figure", "minsk", "russia", "as of September 2023")}, set()),
        ("На встрече 20 июня присутствовали председатель Гомельского облисполкома и председатель Брянской "
         "областной Думы.", "ru", dt.date(2025, 6, 20), {("event", "gomel", "bryansk", "2025-06-20")},
         {("event", "gomel", "bryansk-city", "2025-06-20")}),
        # «Эти соглашения были подписаны … в Новосибирск»: documents told before, and where
        ("Эти соглашения были подписаны во время визита белорусского вице-премьера в Новосибирск весной.",
         "ru", dt.date(2025, 6, 21), set(), {("agreement", "belarus", "novosibirsk-city", "2025")}),
        # a forum announced for the article's own day is under way
        ("The Forum of Regions of Belarus and Russia will be held in Vitebsk Region on June 27 and 28.", "en",
         dt.date(2024, 6, 27), {("event", "vitebsk", "russia", "2024-06-27")},
         {("planned event", "vitebsk", "russia", "2024-06-27")}),
    ],
)  # fmt: skip
def test_held_out_reports_read_as_a_desk_reads_them(
    text: str, language: str, day: dt.date, wanted: set[tuple[object, ...]], unwanted: set[tuple[object, ...]]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        ("Товарооборот Брянской области с Беларусью в прошлом году составил 900 млн долларов, из которых "
         "300 млн долларов пришлось на Гомельскую область.", ("bryansk", "belarus"), ("bryansk", "gomel")),
        ("Товарооборот Гомельской области с Россией в 2023 году составил 2 млрд долларов, из них 500 млн "
         "долларов — с Брянской областью.", ("gomel", "russia"), ("gomel", "bryansk")),
        # «Брянщина»; «Растет товарооборот. В прошлом году — …»: the metric of the few words before
        ("Брянщина сотрудничает с регионами Беларуси. Растет товарооборот. В прошлом году — 900 млн "
         "долларов, из которых 300 млн долларов — с Гомельской областью.", ("belarus", "bryansk"),
         ("gomel", "bryansk")),
    ],
)  # fmt: skip
def test_the_place_named_after_of_which_is_a_side_of_the_part_only(
    text: str, whole: tuple[str, str], part: tuple[str, str]
) -> None:
    found = _found(text, "ru", dt.date(2024, 8, 14))
    figures = sorted((side, partner) for kind, side, partner, _ in found if kind == "figure")
    assert figures == sorted([whole, part])


def test_trade_between_two_is_known_from_either_side() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    text = (
        "Товарооборот Брянской области с Беларусью в прошлом году составил 900 млн долларов, из которых "
        "300 млн долларов пришлось на Гомельскую область."
    )
    article = Article(text, "t", None, dt.date(2024, 8, 14), None, "ru", "x", "text")
    standings = [
        (p.fact["regions"], p.standing.status, p.standing.fact)
        for p in propose([article], base, dt.date(2026, 12, 6))
        if p.fact
    ]
    # the base holds the part as Gomel's trade with Bryansk Oblast
    assert standings == [
        (["bryansk", "belarus"], "known", "gomel-bryansk-belarus-trade-2023"),
        (["bryansk", "gomel"], "known", "gomel-bryansk-trade-2023"),
    ]


def test_a_document_told_only_in_the_title_is_proposed_from_the_title() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    title = "Орловская и Гомельская области подписали План сотрудничества на 2024-26 годы"
    text = (
        "Губернатор Орловской области и председатель Гомельского облисполкома прокомментировали "
        "подписанный документ."
    )
    article = Article(text, title, None, dt.date(2024, 3, 14), None, "ru", "x", "text")
    [plan] = [p for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact]
    assert plan.fact is not None
    assert (plan.fact["kind"], plan.fact["regions"], plan.fact["date"]) == (
        "agreement",
        ["gomel", "orel"],
        "2024-03-14",
    )
    assert plan.fact["translations"]["ru"]["summary"] == (
        "Гомельская область и Орловская область подписали план сотрудничества на 2024–2026 годы."
    )
    assert plan.evidence["text"] == title
    assert "from the title: the text does not tell the signing itself: check it" in plan.notes


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Обнинск подписал соглашение о побратимстве с Гомелем", "Города будут обмениваться опытом."),
        ("t", "Обнинск подписал соглашение о побратимстве с Гомелем."),
    ],
)
def test_a_town_the_registry_lacks_that_twins_with_a_known_one_is_a_new_place(title: str, text: str) -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    article = Article(text, title, None, dt.date(2024, 5, 7), None, "ru", "x", "text")
    extraction = extract(article, PlaceFinder(base.regions))
    assert [(f.region.id, f.region.kind, f.region.name_in("ru")) for f in extraction.new_places] == [
        ("obninsk", "city", "Обнинск")
    ]
    assert [(c.kind, c.home.id, c.away.id if c.away else None) for c in extraction.candidates] == [
        ("twinning", "gomel-city", "obninsk")
    ]
    # a sentence's opening word that names no town is none
    other = Article("Наукоград подписал соглашение о побратимстве с Гомелем.", "t", None,
                    dt.date(2024, 5, 7), None, "ru", "x", "text")  # fmt: skip
    assert extract(other, PlaceFinder(base.regions)).new_places == []


def test_a_document_the_text_tells_is_not_proposed_again_from_the_title() -> None:
    title = (
        "A friendly agreement was signed between the administrations of Voronezh and the Frunzensky district "
        "of Minsk"
    )
    text = (
        "The governor said that an agreement on establishing friendly relations between the administrations "
        "of Voronezh and the Frunzensky District of Minsk was signed today."
    )
    found = _found(text, "en", dt.date(2024, 6, 27), title)
    assert {kind for kind, *_ in found} == {"twinning"}


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # "The two countries have since signed eight … agreements … at State House in Harare"
        ("Belarusian President Aleksandr Lukashenko is in Zimbabwe for a state visit. The two countries have "
         "since signed eight bilateral agreements at a ceremony at State House in Harare.", "en",
         dt.date(2023, 2, 1), set(),
         {("figure", "belarus", "harare", "as of February 2023"),
          ("figure", "belarus", "zimbabwe", "as of February 2023")}),
        # the 15th anniversary of a signing dates the signing; "Belarus's Minsk city" is Minsk
        ("He affirmed the significance of the visit and the 15th anniversary of signing the friendship "
         "cooperation agreement between HCMC and Belarus's Minsk city.", "en", dt.date(2023, 12, 7),
         {("agreement", "minsk", "ho-chi-minh-city", "2008")},
         {("agreement", "belarus", "ho-chi-minh-city", "2023-12-07"),
          ("agreement", "minsk", "vietnam", "2008")}),
        ("В этом году отмечается 20-летие подписания соглашения о побратимстве между Гомелем и Курском.",
         "ru", dt.date(2024, 5, 5), {("twinning", "gomel-city", "kursk-city", "2004")},
         {("twinning", "gomel-city", "kursk-city", "2024-05-05")}),
        # sister-city agreements are between towns, one with each partner named
        ("In June 2025, Brest signed sister-city agreements with Omsk and with Astrakhan.", "en",
         dt.date(2025, 7, 1), {("twinning", "brest-city", "omsk-city", "2025-06"),
                               ("twinning", "brest-city", "astrakhan-city", "2025-06")},
         {("twinning", "brest-city", "omsk", "2025-06")}),
        # "… to Belarus and with Astrakhan": Belarus is where the delegation went, not a side
        ("In June 2025, Brest signed sister-city agreements with Omsk during the visit of a Russian "
         "delegation to Belarus and with Astrakhan during the Forum of Regions of Belarus and Russia.", "en",
         dt.date(2025, 7, 1), {("twinning", "brest-city", "omsk-city", "2025-06"),
                               ("twinning", "brest-city", "astrakhan-city", "2025-06")},
         {("twinning", "belarus", "astrakhan-city", "2025-06")}),
        # "on Tuesday", «во вторник»: that day of the article's week
        ("Harare Mayor Jacob Mafume on Tuesday signed a twinning agreement with the capital city of Belarus, "
         "Minsk.", "en", dt.date(2023, 2, 1), {("twinning", "minsk", "harare", "2023-01-31")},
         {("twinning", "minsk", "harare", "2023-02-01")}),
        ("Соглашение о побратимстве Гомель и Курск подписали во вторник.", "ru", dt.date(2024, 6, 20),
         {("twinning", "gomel-city", "kursk-city", "2024-06-18")}, set()),
        # «наш оборот» after a sentence naming the pair together is that pair's, not the guests' oblast's
        ("Белорусскую делегацию представил председатель Брестского облисполкома. В прошлом году в Бресте мы "
         "провели заседание рабочей группы по взаимодействию Орловской области и Республики Беларусь. Наш "
         "внешнеторговый оборот в I квартале этого года увеличился на 15 %, — сказал губернатор.", "ru",
         dt.date(2025, 8, 4), {("figure", "belarus", "orel", "Q1 2025")},
         {("figure", "brest-city", "orel", "Q1 2025"), ("figure", "brest", "orel", "Q1 2025")}),
        # «дорожные карты на 2024 год»: the year they run for, not the day they were signed
        ("Глава города Смоленска подписал с делегацией Московского района Минска «дорожные карты» на 2024 "
         "год.", "ru", dt.date(2023, 9, 25),
         {("agreement", "minsk-moskovsky-district", "smolensk-city", "2023-09-25")},
         {("agreement", "minsk-moskovsky-district", "smolensk-city", "2024")}),
        # guests listed from several towns are guests of the host, not each other's partners
        ("30 августа на празднование 929-летия Рязани прибыли делегации из Бреста, Минска, Новороссийска, "
         "Тулы и Владимира.", "ru", dt.date(2024, 8, 30), {("event", "minsk", "ryazan-city", "2024-08-30")},
         {("event", "minsk", "tula-city", "2024-08-30"), ("event", "brest-city", "tula-city", "2024-08-30")}),
        # a town's twins stand as of the article's day, with no one partner where they are spread
        ("In June 2025, Brest signed a sister-city agreement with Omsk. All in all, Brest has more than 30 "
         "sister cities in various parts of Europe and Asia.", "en", dt.date(2025, 7, 1),
         {("figure", "brest-city", None, "as of July 2025")},
         {("figure", "brest", "asia", "June 2025"), ("figure", "brest-city", "asia", "as of July 2025")}),
        # "H1 2022" is January–June; "it grew" measures what the sentence before named
        ("The trade turnover between Armenia and the Brest Region is insignificant. However, in H1 2022, it "
         "grew by 71 percent while enterprises of the region increased their export supplies by 50 percent.",
         "en", dt.date(2022, 8, 20), {("figure", "brest", "armenia", "January-June 2022")},
         {("figure", "brest", "armenia", "2022")}),
    ],
)  # fmt: skip
def test_round_eighteen_reads_as_a_desk_reads_it(
    text: str, language: str, day: dt.date, wanted: set[tuple[object, ...]], unwanted: set[tuple[object, ...]]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "language", "day", "wanted", "unwanted"),
    [
        # the oblast whose bodies met speaks for Belarus, named with the partner
        ("Сотрудничество Республики Карелия и Республики Беларусь обсудили на онлайн-встрече представители "
         "Витебского облисполкома и Законодательного Собрания Республики Карелия.", "ru",
         dt.date(2025, 2, 10), {("event", "vitebsk", "karelia", "2025-02-10")},
         {("event", "belarus", "karelia", "2025-02-10")}),
        # «Подписание соглашения состоялось…» after the twinning is that twinning's signing
        ("28 сентября, Минск /Корр. БЕЛТА/. Смоленск и Московский район города Минска стали побратимами. Об "
         "этом сообщили в пресс-службе Мингорисполкома.\n\nПодписание соглашения состоялось в рамках "
         "мероприятий к 1161-летию со дня основания Смоленска.", "ru", dt.date(2024, 9, 28),
         {("twinning", "minsk-moskovsky-district", "smolensk-city", "2024-09-28")},
         {("agreement", "minsk", "smolensk-city", "2024-09-28")}),
        # documents counted at their signing are no stock of them
        ("Подписано пять новых соглашений о сотрудничестве между городами Беларуси и России.", "ru",
         dt.date(2023, 9, 25), set(), {("figure", "belarus", "russia", "as of September 2023")}),
        # whose twins a count is, the sentence must say
        ("Могилев принимал форум. Сразу два побратима появилось у Заславля – Ялта и город Котельники.", "ru",
         dt.date(2023, 9, 25), set(), {("figure", "mogilev-city", "kotelniki", "as of September 2023")}),
        # an agreement between two firms is no tie of their places
        ("Волковысский район заключил соглашение об установлении побратимских отношений с Вяземским районом "
         "Смоленской области. Кроме того, соглашение о сотрудничестве подписано между предприятием «Конус» "
         "НПЦ Национальной академии наук Беларуси и российским предприятием «КМ-профиль».", "ru",
         dt.date(2024, 3, 1), set(),
         {("agreement", "belarus", "vyazma", "2024-03-01"),
          ("agreement", "volkovysk", "vyazma", "2024-03-01")}),
    ],
)  # fmt: skip
def test_round_nineteen_reads_as_a_desk_reads_it(
    text: str, language: str, day: dt.date, wanted: set[tuple[object, ...]], unwanted: set[tuple[object, ...]]
) -> None:
    _assert_found(text, language, day, wanted, unwanted)


def test_a_tie_the_article_dates_is_not_proposed_again_where_it_is_retold_undated() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    text = (
        "Harare Mayor Jacob Mafume on Tuesday signed a twinning agreement with the capital city of Belarus, "
        "Minsk.\n\nThe City of Minsk and the City of Harare have signed this Agreement on twinning relations."
    )
    found = propose([Article(text, "t", None, dt.date(2023, 2, 1), None, "en", "x", "text")], base,
                    dt.date(2026, 12, 6))  # fmt: skip
    assert [(p.fact["kind"], p.fact["date"]) for p in found if p.fact] == [("twinning", "2023-01-31")]


def test_ties_approved_in_a_participle_are_ties_and_an_older_date_contradicts_the_base() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    text = (
        "В апреле 2012 года были официально утверждены побратимские связи между Тверью и белорусским "
        "городом Оршей."
    )
    [tie] = propose([Article(text, "t", None, dt.date(2024, 11, 20), None, "ru", "x", "text")], base,
                    dt.date(2026, 12, 6))  # fmt: skip
    assert tie.fact is not None
    assert (tie.fact["kind"], tie.fact["regions"], tie.fact["date"]) == (
        "twinning",
        ["orsha", "tver-city"],
        "2012-04",
    )
    assert (tie.standing.status, tie.standing.fact) == ("contradicts", "orsha-tver-twinning-treaty-2022")


def test_the_two_cities_are_the_articles_and_their_undated_agreement_is_the_one_the_base_holds() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    title = "Hanoi to deepen cultural, trade cooperation with Minsk"
    text = (
        "During the recent visit of the Prime Minister of Belarus to Vietnam, the two cities signed an "
        "agreement on bilateral friendship relations for 2024-2026."
    )
    found = propose([Article(text, title, None, dt.date(2024, 3, 5), None, "en", "x", "text")], base,
                    dt.date(2026, 12, 6))  # fmt: skip
    [agreement] = [p for p in found if p.fact and p.fact["kind"] == "agreement"]
    assert agreement.fact is not None and agreement.fact["regions"] == ["minsk", "hanoi"]
    assert (agreement.standing.status, agreement.standing.fact) == (
        "known",
        "minsk-hanoi-programme-2024-2026",
    )


def test_a_documents_title_with_a_country_is_not_proposed_where_the_text_names_its_regions() -> None:
    title = "Гродненская область заключила соглашения с регионами России по сотрудничеству в различных сферах"
    text = "Волковысский район и Вяземский район Смоленской области подписали соглашение о побратимстве."
    found = _found(text, "ru", dt.date(2024, 3, 1), title)
    assert ("agreement", "grodno", "russia", "2024-03-01") not in found
    assert any(kind == "twinning" for kind, *_ in found)


def test_it_grew_measures_what_the_sentence_before_named() -> None:
    text = (
        "The trade turnover between Armenia and the Brest Region is insignificant. However, in H1 2022, it "
        "grew by 71 percent while enterprises of the region increased their export supplies by 50 percent."
    )
    found = _extraction(text, "en", dt.date(2022, 8, 20)).candidates
    assert [(c.metric, c.amount.value if c.amount else None) for c in found] == [
        ("growth of trade turnover", 71),
        ("growth of exports", 50),
    ]


def test_a_district_named_as_a_towns_partner_lies_abroad_and_stays_there() -> None:
    text = (
        "Новополоцк – город-партнер Пушкинского района. В составе делегации Пушкинского района – "
        "заместитель главы администрации."
    )
    extraction = _extraction(text, "ru", dt.date(2023, 6, 13))
    # the text names no region of Russia: unplaced, not in Vitebsk Oblast, whichever sentence is read
    assert [(f.region.id, f.region.country) for f in extraction.new_places] == [("pushkinsky-district", None)]


def test_a_documents_fields_are_its_topics_and_its_signing_bodies_are_named() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    tourism = (
        "В ходе выставки подписан Протокол о намерениях между Управлением туризма Сырдарьинской области и "
        "Управлением спорта и туризма Гродненского облисполкома."
    )
    general = (
        "Гродненская область и Сырдарьинская область подписали соглашение о торгово-экономическом, "
        "научно-техническом и культурном сотрудничестве."
    )
    found = {}
    for text in (tourism, general):
        [proposal] = propose([Article(text, "t", None, dt.date(2024, 11, 22), None, "ru", "x", "text")], base,
                             dt.date(2026, 12, 6))  # fmt: skip
        assert proposal.fact is not None
        found[text] = (proposal.fact["topics"], proposal.notes)
    assert found[tourism][0] == ["diplomacy", "tourism", "sport"]
    assert (
        "signed by the sides' bodies («Управлением туризма»), not the regions themselves: name them"
        in found[tourism][1]
    )
    assert found[general][0] == ["diplomacy"]
    assert not any(note.startswith("signed by the sides' bodies") for note in found[general][1])


def test_a_plan_of_action_is_called_so_in_each_language() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    text = "В марте 2023 года был подписан План действий между Могилевской областью и Тяньцзинем."
    article = Article(text, "t", None, dt.date(2023, 5, 17), None, "ru", "x", "text")
    [plan] = [p.fact for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact]
    assert plan["summary"] == "Mogilev Oblast and Tianjin signed a plan of action."
    assert plan["translations"]["ru"]["summary"] == "Могилёвская область и Тяньцзинь подписали план действий."
    assert (
        plan["translations"]["be"]["summary"] == "Магілёўская вобласць і Цяньцзінь падпісалі план дзеянняў."
    )


def test_a_place_the_title_names_only_as_where_is_not_the_articles_partner() -> None:
    # «ў Маскве падпісаў пагадненне з … Крымам»: Moscow is where; the partner is not in the registry
    _assert_found(
        "Старшыня Віцебскага аблвыканкама ў Маскве падпісаў пагадненне з Крымам. Іншыя падрабязнасці "
        "візіту ў Маскву невядомыя.",
        "be",
        dt.date(2023, 1, 20),
        set(),
        {("agreement", "vitebsk", "moscow", "2023-01-20")},
        title="Кіраўнік Віцебскай вобласці ў Маскве падпісаў пагадненне з Крымам",
    )


def test_a_new_district_abroad_lies_in_the_region_the_story_names() -> None:
    text = (
        "Делегация Псковской области прибыла на форум в Витебск. Одно из соглашений заключено между "
        "Дедовичским и Волковысским районами."
    )
    extraction = _extraction(text, "ru", dt.date(2024, 6, 28))
    [found] = extraction.new_places
    assert (found.region.id, found.region.country, found.region.parent, found.region.name_in("be")) == (
        "dedovichsky-district",
        "russia",
        "pskov",
        "Дзедавіцкі раён",
    )


def test_a_new_district_is_placed_where_the_title_places_it() -> None:
    title = "Делегация Красногорского района Брянщины стала участником фестиваля «Славянское единство»"
    text = "Фестиваль прошел в Чечерском районе. В нём участвовала и делегация Красногорского района."
    extraction = _extraction(text, "ru", dt.date(2023, 6, 26), title)
    [found] = extraction.new_places
    assert (found.region.id, found.region.country, found.region.parent) == (
        "krasnogorsky-district",
        "russia",
        "bryansk",
    )


def test_a_new_district_a_russian_title_heads_lies_abroad_whatever_oblast_its_partner_is_in() -> None:
    text = (
        "Глава Администрации Мясниковского района провел сегодня диалог с руководством Бобруйского района "
        "Могилевской области республики Беларусь."
    )
    extraction = _extraction(text, "ru", dt.date(2024, 4, 2))
    [district] = [found for found in extraction.new_places if found.region.id == "myasnikovsky-district"]
    # the sentence names no region of Russia: unplaced, and the proposal says so, rather than in Mogilev
    assert (district.region.country, district.region.parent) == (None, None)
    assert (
        "the article does not say which country or region it lies in: add country and parent"
        in district.notes
    )


def test_a_new_district_whose_partner_is_a_district_at_home_lies_abroad() -> None:
    text = (
        "Делегация Печорского района 2 апреля обсудила сотрудничество с Браславским районом. "
        "Визит прошел в Псковской области."
    )
    extraction = _extraction(text, "ru", dt.date(2024, 4, 2))
    [place] = [found.region for found in extraction.new_places]
    assert (place.id, place.country) == ("pechorsky-district", "russia")


def test_a_share_of_the_countrys_trade_is_no_share_of_the_oblasts() -> None:
    text = (
        "The trade between Brest Oblast and Penza Oblast accounted for exactly a tenth of the national trade "
        "in January-August 2023."
    )
    assert _found(text, "en", dt.date(2023, 10, 30)) == set()


def test_a_meeting_in_a_sentence_that_names_no_place_takes_no_sides_from_the_title() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    text = "In the meeting, the ambassador said that good views were exchanged about joint cooperation."
    title = "Iran, Belarus discuss ways to develop trade"
    article = Article(text, title, None, dt.date(2022, 5, 11), None, "en", "x", "text")
    assert extract(article, PlaceFinder(base.regions)).candidates == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Belarus and its African partners have gone from annual trade of $158 million in the early 2000s "
         "to $553 million in 2020.", "en"),
        ("Товарооборот Беларуси с Африкой вырос со 158 млн долларов в начале 2000-х до 553 млн долларов "
         "в 2020 году.", "ru"),
    ],
)  # fmt: skip
def test_a_sum_of_a_decade_takes_no_year(text: str, language: str) -> None:
    """A decade is no period the base keeps: its sum is not proposed, nor lent its year."""
    assert _found(text, language, dt.date(2021, 7, 1)) == {("figure", "belarus", "africa", "2020")}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "На следующей неделе делегация Гродненской области посетит Ташкент.",
            "visit",
        ),  # when, no town's week
        ("В Минске 3 ноября открылась Неделя города Тяньцзинь.", "days"),
        ("Next week a delegation of Grodno Region will visit Tashkent.", "visit"),
    ],
)
def test_a_week_is_a_towns_only_when_its_name_follows(text: str, event: str) -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    language = "en" if text[0] in "N" else "ru"
    article = Article(text, "t", None, dt.date(2026, 11, 20), None, language, "x", "text")
    assert [c.event for c in extract(article, PlaceFinder(base.regions)).candidates] == [event]


@pytest.mark.parametrize(
    ("text", "language", "summaries"),
    [
        ("Побратимом Екатеринбурга станет Минск. Соглашение о побратимстве будет подписано 5 июля на "
         "выставке Иннопром.", "ru",
         ("Minsk and Yekaterinburg are to sign a twinning agreement.",
          "Запланировано подписание соглашения о побратимстве Минска и Екатеринбурга.",
          "Запланавана падпісанне пагаднення аб пабрацімстве Мінска і Екацярынбурга.")),
        ("Brest Oblast and Pskov Oblast will sign a cooperation agreement on 12 March.", "en",
         ("Brest Oblast and Pskov Oblast are to sign a document.",
          "Запланировано подписание документа Брестской области и Псковской области.",
          "Запланавана падпісанне дакумента Брэсцкай вобласці і Пскоўскай вобласці.")),
    ],
)  # fmt: skip
def test_a_signing_announced_for_a_day_is_a_plan_of_its_own(
    text: str, language: str, summaries: tuple[str, str, str]
) -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract
    from briefer.ingest.summaries import summary

    base = load_fact_base(default_fact_root())
    article = Article(text, "t", None, dt.date(2022, 2, 4), None, language, "x", "text")
    planned = [c for c in extract(article, PlaceFinder(base.regions)).candidates if c.reported]
    assert [tuple(summary(c, lang) for lang in ("en", "ru", "be")) for c in planned] == [summaries]
    assert planned[0].date in ("2022-07-05", "2022-03-12")


def test_a_signing_planned_for_no_day_is_not_proposed() -> None:
    assert (
        _found("Гомельская и Брянская области планируют подписать соглашение.", "ru", dt.date(2025, 2, 4))
        == set()
    )


def test_a_word_of_address_is_no_new_place() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.extract import extract

    base = load_fact_base(default_fact_root())
    text = "“Your city is beautiful and hospitable,” the ambassador of Pakistan told the mayor of Brest."
    article = Article(text, "t", None, dt.date(2023, 5, 10), None, "en", "x", "text")
    assert extract(article, PlaceFinder(base.regions)).new_places == []


def test_a_new_province_lies_abroad_and_says_it_has_no_russian_name() -> None:
    text = (
        "During a meeting with the Governor of Fars Province on 30 April, the ambassador highlighted "
        "Belarus's interest in expanding collaboration with Iran."
    )
    extraction = _extraction(text, "en", dt.date(2024, 5, 1))
    [found] = extraction.new_places
    assert (found.region.id, found.region.country, found.region.parent) == ("fars-province", "iran", "iran")
    assert "no Russian or Belarusian name: add it before accepting" in found.notes


def test_a_fact_about_a_place_named_only_in_latin_letters_leaves_its_russian_summary_to_the_editor() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    text = (
        "During a meeting with the Governor of Fars Province on 30 April, the ambassador highlighted "
        "Belarus's interest in expanding collaboration with Iran."
    )
    article = Article(text, "t", None, dt.date(2024, 5, 1), None, "en", "x", "text")
    [event] = [p for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact]
    assert event.fact is not None
    assert (event.fact["regions"], event.fact["summary"]) == (
        ["belarus", "fars-province"],
        "Representatives of Belarus and Fars Province met.",
    )
    assert "translations" not in event.fact or event.fact["translations"] == {}
    assert (
        "no Russian or Belarusian summary: Fars Province has no Russian or Belarusian name yet; "
        "write it on accepting"
    ) in event.notes


@pytest.mark.parametrize(
    ("text", "home"),
    [
        # a story of Minsk Oblast: its «Minsk» is the oblast
        ("Minsk region of Belarus is ready to cooperate with Vietnam. In 2022 export by Minsk enterprises to "
         "Vietnam exceeded 2.2 million USD.", "minsk-oblast"),
        # until it calls Minsk a city; and a story of the city stays the city's
        ("Minsk region of Belarus is ready to cooperate with Vietnam. In 2022 export by enterprises of the "
         "city of Minsk to Vietnam exceeded 2.2 million USD.", "minsk"),
        ("In 2022 export by Minsk enterprises to Vietnam exceeded 2.2 million USD, as much as Minsk "
         "region's.", "minsk"),
    ],
)  # fmt: skip
def test_a_story_of_an_oblast_reads_its_centres_bare_name_as_the_oblast(text: str, home: str) -> None:
    found = _found(text, "en", dt.date(2023, 5, 7))
    assert [side for kind, side, partner, _ in found if kind == "figure" and partner == "vietnam"] == [home]


def test_the_capital_named_as_such_stays_the_city_in_a_story_of_its_oblast() -> None:
    text = (
        "Minsk region of Belarus is ready to cooperate with Vietnam. "
        "The Belarusian capital hosted talks with Hanoi on 6 May."
    )
    assert ("event", "minsk", "hanoi", "2023-05-06") in _found(text, "en", dt.date(2023, 5, 7))


@pytest.mark.parametrize(
    ("date", "status"),
    [("2023-07-14", "known"), ("2023-07-16", "known"), ("2023-07", "known"), ("2023-07-28", "new")],
)
def test_an_event_of_a_pair_is_the_known_one_only_within_days_of_it(date: str, status: str) -> None:
    """brest-liaoning-vice-governor-visit-2023 is of 14 July 2023: a visit of 28 July is another."""
    from briefer.ingest.match import standing

    base = load_fact_base(default_fact_root())
    entry = {"kind": "event", "regions": ["brest", "liaoning"], "date": date}
    assert standing(base, entry).status == status


def test_this_year_in_a_report_is_the_year_so_far_in_every_language() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    text = "Товарооборот Гомельской области с Китаем в этом году составил 120 млн долларов."
    [figure] = propose([Article(text, "t", None, dt.date(2025, 5, 20), None, "ru", "x", "text")], base,
                       dt.date(2026, 12, 6))  # fmt: skip
    assert figure.fact is not None
    # a May report's «в этом году» runs to the report's day: not the year 2025, whose figure it would pass for
    assert (figure.fact["date"], figure.fact["figure"]["period"]) == ("2025-05-20", "2025 to 20 May")
    assert figure.fact["translations"]["ru"]["period"] == "период с 1 января по 20 мая 2025 г."
    assert figure.fact["translations"]["be"]["period"] == "перыяд з 1 студзеня па 20 мая 2025 г."
    assert "за период с 1 января по 20 мая 2025 г. составил" in figure.fact["translations"]["ru"]["summary"]
    assert figure.fact["summary"].endswith("in the year to 20 May 2025.")


def test_a_product_groups_figure_names_its_group_and_matches_only_that_groups() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    text = (
        "Гомельская область в этом году увеличила в 10 раз экспорт мясной продукции в Китай. "
        "«Уже в этом году в 10 раз увеличен экспорт мясной продукции, в 4 раза — кондитерских изделий», — "
        "сказал Иван Крупко. По его словам, на сегодня 16 предприятий области аккредитованы для поставок "
        "пищевой продукции в Китай."
    )
    found = propose([Article(text, "t", None, dt.date(2022, 5, 19), None, "ru", "x", "text")], base,
                    dt.date(2026, 12, 6))  # fmt: skip
    figures = {(p.fact["figure"]["metric"], p.fact["figure"]["value"]): p for p in found if p.fact}
    assert set(figures) == {
        ("growth of exports of meat products", 10),
        ("growth of exports of confectionery", 4),
        ("accredited enterprises", 16),
    }
    meat, sweets = (
        figures["growth of exports of meat products", 10],
        figures["growth of exports of confectionery", 4],
    )
    # the base's "growth of meat exports" for 2022 to 19 May is this figure; its 16 companies are
    # these enterprises
    assert (meat.standing.status, meat.standing.fact) == ("known", "gomel-china-meat-exports-2022")
    counted = figures["accredited enterprises", 16]
    assert (counted.fact["figure"]["period"], counted.standing.status) == ("as of May 2022", "known")
    # each figure its own group: the nearest, not the first
    assert sweets.standing.status == "new"
    assert sweets.fact["summary"] == (
        "Exports of confectionery from Gomel Oblast to China grew 4-fold in the year to 19 May 2022."
    )
    assert sweets.fact["translations"]["ru"] == {
        "summary": "Экспорт кондитерских изделий Гомельской области в Китай за период с 1 января по 19 мая "
        "2022 г. вырос в 4 раза.",
        "metric": "рост экспорта кондитерских изделий",
        "period": "период с 1 января по 19 мая 2022 г.",
    }
    assert sweets.fact["translations"]["be"]["metric"] == "рост экспарту кандытарскіх вырабаў"
    assert not any("name it" in note for note in sweets.notes)


def test_flows_of_goods_and_a_groups_figures_are_compared_only_with_the_same_groups() -> None:
    from briefer.ingest.match import metric_class
    from briefer.ingest.products import is_flow

    assert is_flow("exports of meat products") and is_flow("growth of imports")
    assert is_flow("exports of a product group")
    assert not is_flow("exports of services") and not is_flow("share of exports")
    assert metric_class("growth of meat exports") == metric_class("growth of exports of meat products")
    assert metric_class("exports of dairy products") != metric_class("exports")
    assert metric_class("exports of goods") == metric_class("exports")


def test_a_new_district_the_registry_of_belarus_lacks_lies_abroad() -> None:
    # the registry holds every district of the six oblasts: «Орловский муниципальный округ» beside a
    # district of Minsk Oblast is Russian, in the region its name comes from
    text = (
        "В ходе встречи планируется подписание соглашения о сотрудничестве между Червенским районом Минской "
        "области и Орловским муниципальным округом."
    )
    [okrug] = _extraction(text, "ru", dt.date(2025, 4, 8)).new_places
    assert (okrug.region.id, okrug.region.country_id, okrug.region.parent) == (
        "orlovsky-municipal-okrug", "russia", "orel",
    )  # fmt: skip
    # «Сакскі раён» is no Belarusian district, and «у Доме Масквы» is a venue, not where it lies nor a side
    text = (
        "11 ліпеня ў Доме Масквы ў Мінску падпісана пагадненне аб устанаўленні дружалюбных адносін паміж "
        "Пастаўскім раёнам і Сакскім раёнам."
    )
    extraction = _extraction(text, "be", dt.date(2023, 7, 12))
    [saki] = extraction.new_places
    assert (saki.region.id, saki.region.country, saki.region.parent) == ("sakski-district", None, None)
    assert "the article does not say which country or region it lies in: add country and parent" in saki.notes
    assert {(c.home.id, c.away.id if c.away else None) for c in extraction.candidates} == {
        ("postavy-district", "sakski-district")
    }
    # "Pavlodar District, Pavlodar Oblast": in a region the registry lacks, in the country the story is of
    text = (
        "Minsk Oblast and Kazakhstan are close partners. Cooperation is advanced between the Slutsk District "
        "administration and the administration of Pavlodar District, Pavlodar Oblast."
    )
    [pavlodar] = _extraction(text, "en", dt.date(2022, 2, 23)).new_places
    assert (pavlodar.region.country_id, pavlodar.region.parent) == ("kazakhstan", "kazakhstan")
    assert (
        "where it lies: Pavlodar Oblast, which the registry lacks, in Kazakhstan: add it first"
        in pavlodar.notes
    )
    # a district of a Belarusian city the registry lacks may still be at home
    text = "Делегация Ленинского района Бреста посетила Тулу."
    [leninsky] = _extraction(text, "ru", dt.date(2024, 5, 1)).new_places
    assert leninsky.region.country_id == "belarus"


def test_ties_made_fast_and_twin_towns_of_the_samara_region() -> None:
    _assert_found(
        "Напомним, официально Тольятти и Бобруйск закрепили побратимские отношения 6 июня 2022 года, однако "
        "дружеские связи между нашими городами существовали и ранее.",
        "ru",
        dt.date(2024, 5, 31),
        {("twinning", "bobruisk", "tolyatti", "2022-06-06")},
        set(),
    )
    _assert_found(
        "Анатолий Лукиенко, глава Сызрани, подписал план мероприятий по реализации соглашений "
        "о сотрудничестве с белорусским Бобруйском 27 июня.",
        "ru",
        dt.date(2023, 6, 27),
        {("agreement", "bobruisk", "syzran", "2023-06-27")},
        set(),
    )


def test_a_partner_regions_own_trade_told_from_its_side_is_its_figure_with_belarus() -> None:
    # «товарооборот с республикой»: Belarus is the partner of the region the sentence before named
    _assert_found(
        "Губернатор Алексей Русских выводит сотрудничество Ульяновской области и Беларуси на новый уровень. "
        "По итогам первого квартала 2024 года товарооборот с республикой вырос на 57%.",
        "ru",
        dt.date(2024, 6, 29),
        {("figure", "ulyanovsk", "belarus", "Q1 2024")},
        {("figure", "belarus", "ulyanovsk", "Q1 2024")},
    )
    # «правительства региона»: the region the story from its side is set in, though this paragraph names none
    _assert_found(
        "Саратовскую область посетила белорусская делегация во главе с зампредом Витебского облисполкома.\n\n"
        "Зампред правительства региона Алексей Никитин отметил, что Беларусь остается стратегическим "
        "партнером: по итогам 2024 года товарооборот вырос на 18%, экспорт — более чем на 25%.",
        "ru",
        dt.date(2025, 10, 14),
        {("figure", "saratov", "belarus", "2024")},
        {("figure", "belarus", None, "2024")},
    )


def test_a_meeting_in_which_a_signing_is_planned_is_itself_ahead() -> None:
    # «в ходе встречи планируется подписание»: the meeting is to come, not held
    _assert_found(
        "В ходе встречи планируется подписание соглашения о сотрудничестве между Червенским районом и "
        "Печорским муниципальным округом.",
        "ru",
        dt.date(2025, 4, 8),
        {("planned event", "cherven-district", "pechory", "2025-04-08")},
        {("event", "cherven-district", "pechory", "2025-04-08")},
    )
    # «в ходе встречи» told after it, with a plan in what was said there, is a meeting held
    _assert_found(
        "В ходе встречи председателя Червенского райисполкома и главы Печорского муниципального округа "
        "стороны отметили, что планируется подписание соглашения.",
        "ru",
        dt.date(2025, 4, 8),
        {("event", "cherven-district", "pechory", "2025-04-08")},
        set(),
    )
    # a signing planned for a day of its own is the day's planned signing
    _assert_found(
        "Подписание соглашения о сотрудничестве между Червенским районом и Печорским муниципальным округом "
        "планируется 15 мая.",
        "ru",
        dt.date(2025, 4, 8),
        {("planned event", "cherven-district", "pechory", "2025-05-15")},
        {("agreement", "cherven-district", "pechory", "2025-05-15")},
    )


def test_investment_from_the_partner_is_investment_received_told_with_its_direction() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())

    def figures(text: str, language: str) -> list[dict]:  # type: ignore[type-arg]
        article = Article(text, "t", None, dt.date(2022, 2, 23), None, language, "x", "text")
        return [p.fact for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact]

    [kazakh] = figures(
        "Minsk Oblast trades with Kazakhstan. Foreign direct investments from Kazakhstan exceeded "
        "$1.2 million in 2021.",
        "en",
    )
    assert (kazakh["scope"], kazakh["figure"]["metric"]) == (
        {"of": "minsk-oblast", "with": "kazakhstan"},
        "investment received",
    )
    assert (
        kazakh["summary"]
        == "Investment from Kazakhstan in Minsk Oblast came to more than USD 1.2 million in 2021."
    )
    assert kazakh["translations"]["ru"]["summary"] == (
        "Инвестиции из Казахстана в экономику Минской области за 2021 г. составили более 1,2\u00a0млн "
        "долларов США."
    )
    # «з Смаленскай» is said «са Смаленскай»
    [smolensk] = figures(
        "Инвестиции из Смоленской области в экономику Витебской области в 2021 году составили "
        "20 млн долларов.",
        "ru",
    )
    assert smolensk["translations"]["be"]["summary"].startswith(
        "Інвестыцыі са Смаленскай вобласці ў эканоміку"
    )
    # Belarusian investment abroad is no investment the Belarusian side received
    [outward] = figures(
        "Белорусские инвестиции в экономику Смоленской области в 2021 году составили 20 млн долларов.", "ru"
    )
    assert outward["figure"]["metric"] == "investment"


def test_a_delegation_led_by_its_mayor_is_the_citys_and_a_speech_at_a_forum_is_no_event() -> None:
    _assert_found(
        "Gomel Oblast Governor Ivan Krupko met with an Omsk delegation led by the mayor Sergei Shelest "
        "on 27 April.",
        "en",
        dt.date(2023, 4, 28),
        {("event", "gomel", "omsk-city", "2023-04-27")},
        {("event", "gomel", "omsk", "2023-04-27")},
    )
    assert _found("О достижениях он рассказал на Форуме регионов Беларуси и России в Полоцке.", "ru",
                  dt.date(2024, 6, 29)) == set()  # fmt: skip
    # «close to $170 million» is nearly that
    text = "Minsk Oblast trade surplus with Kazakhstan was close to $170 million in 2021."
    [surplus] = _extraction(text, "en", dt.date(2022, 2, 23)).candidates
    assert surplus.amount is not None and surplus.amount.qualifier == "nearly"


def test_counts_as_they_stand_of_exporters_agreements_and_a_partners_share() -> None:
    day = dt.date(2023, 4, 27)
    text = (
        "Gomel Oblast trades with Russia. At present 380 Gomel Oblast enterprises sell their products to "
        "Russia, he specified. At present Gomel Oblast and constituent entities of the Russian Federation "
        "are connected by 34 interregional agreements. Russia's share in foreign trade has been in excess "
        "of 80% of the last few years."
    )
    found = _extraction(text, "en", day).candidates
    assert {(c.home.id, c.away.id if c.away else None, c.metric, c.amount.value if c.amount else None,
             c.period.text if c.period else None) for c in found} == {
        ("gomel", "russia", "exporting enterprises", 380, "as of April 2023"),
        ("gomel", "russia", "agreements signed", 34, "as of April 2023"),
        ("gomel", "russia", "share of trade turnover", 80, "as of April 2023"),
    }  # fmt: skip
    _assert_found(
        "В настоящее время 380 предприятий Гомельской области поставляют продукцию в Россию.",
        "ru",
        day,
        {("figure", "gomel", "russia", "as of April 2023")},
        set(),
    )


def test_meetings_held_days_told_in_passing_and_working_groups() -> None:
    # the plans are in what the envoy said; the meeting he said it at was held
    _assert_found(
        "There are plans to build contacts in the flax and linen industry and machine tool building, "
        "Ambassador Extraordinary and Plenipotentiary of the Russian Federation to the Republic of Belarus "
        "Boris Gryzlov told reporters at a meeting with senior officials of the Vitebsk Oblast Executive "
        "Committee.",
        "en",
        dt.date(2023, 8, 31),
        {("event", "vitebsk", "russia", "2023-08-31")},
        {("planned event", "vitebsk", "russia", "2023-08-31")},
    )
    # days that gave an impulse some time before are not days held on the article's day
    assert _found("Значительный импульс придали мероприятия дней Пензенской области в Республике Беларусь.",
                  "ru", dt.date(2025, 11, 19)) == set()  # fmt: skip
    _assert_found(
        "В Бресте проходят Дни Пензенской области.",
        "ru",
        dt.date(2025, 4, 5),
        {("event", "brest-city", "penza", "2025-04-05")},
        set(),
    )
    # a working group of the two sides meeting is their meeting
    _assert_found(
        "Четвертое заседание рабочей группы по сотрудничеству Белоруссии и Пензенской области состоялось в "
        "Пензе 19 ноября.",
        "ru",
        dt.date(2025, 11, 20),
        {("event", "belarus", "penza", "2025-11-19")},
        set(),
    )


def test_regions_counted_with_agreements_or_supplied_and_agreements_known_in_any_words() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    text = (
        "Гродненская область активно сотрудничает с Россией. Областным исполнительным комитетом заключены "
        "Соглашения с администрациями и правительствами уже 29 регионов Российской Федерации. Действуют "
        "свыше 40 межрегиональных соглашений между районными исполнительными комитетами Принеманского края и "
        "районными (муниципальными) административными единицами России."
    )
    found = propose([Article(text, "t", None, dt.date(2024, 4, 2), None, "ru", "x", "text")], base,
                    dt.date(2026, 12, 6))  # fmt: skip
    # the base words them its own way: «Russian regions with agreements with the regional executive committee»
    assert {(p.fact["figure"]["metric"], p.standing.status, p.standing.fact) for p in found if p.fact} == {
        ("regions with agreements", "known", "grodno-russia-regional-agreements-2024"),
        ("agreements signed", "known", "grodno-russia-district-agreements-2024"),
    }
    [supplied] = _extraction(
        "Gomel Oblast trades with Russia. Gomel Oblast products are exported to over 70 Russian regions.",
        "en",
        dt.date(2024, 5, 22),
    ).candidates
    assert (supplied.metric, supplied.away.id if supplied.away else None) == ("regions supplied", "russia")
    # guests from ten regions are no count of anything supplied
    guests = _extraction(
        "На праздник в Гомель приехали делегации из 10 регионов России.", "ru", dt.date(2024, 5, 22)
    )
    assert [c for c in guests.candidates if c.kind == "figure"] == []


def test_new_places_drafted_as_written_and_placed_in_the_region_the_story_is_of() -> None:
    from briefer.ingest.newplaces import belarusian_draft, transliterate

    assert belarusian_draft("Грязинский район") == "Гразінскі раён"  # «р» is hard
    assert (transliterate("Баяндаевский"), transliterate("Елецкий")) == ("Bayandayevskiy", "Yeletskiy")
    [kanash] = _extraction(
        "Города Чувашии и Беларуси стали побратимами. Партнерство установлено между Канашем и Осиповичами.",
        "ru",
        dt.date(2025, 7, 17),
    ).new_places
    assert (kanash.region.country_id, kanash.region.parent) == ("russia", "chuvashia")


def test_councils_years_ago_a_region_with_its_country_consulates_and_a_unions_meeting() -> None:
    # «Гродненским областным Советом депутатов … подписанное два года назад»: Grodno Oblast, two years before
    _assert_found(
        "Основой партнерства стало Соглашение между Государственным Советом Чувашской Республики и "
        "Гродненским областным Советом депутатов, подписанное два года назад в Уфе.",
        "ru",
        dt.date(2025, 6, 27),
        {("agreement", "grodno", "chuvashia", "2023")},
        set(),
    )
    # «в Иркутской области Российской Федерации»: the region, its country named after it no partner
    _assert_found(
        "Делегация Брестской области работала в Иркутской области Российской Федерации.",
        "ru",
        dt.date(2022, 12, 14),
        {("event", "brest", "irkutsk", "2022-12-14")},
        {("event", "brest", "russia", "2022-12-14")},
    )
    # a consulate opened is the partner's in the city; one set up on paper is no opening
    _assert_found(
        "В среду, 28 декабря, в Гродно состоялось открытие генерального консульства России.",
        "ru",
        dt.date(2022, 12, 29),
        {("event", "grodno-city", "russia", "2022-12-28")},
        set(),
    )
    _assert_found(
        "On April 13, Nurtleu attended the opening ceremony of Kazakhstan's Consulate General in Brest, "
        "Belarus.",
        "en",
        dt.date(2024, 4, 14),
        {("event", "brest-city", "kazakhstan", "2024-04-13")},
        {("event", "belarus", "kazakhstan", "2024-04-13")},
    )
    assert _found("В ноябре 2025 года были учреждены отделения посольства России в Гомеле.", "ru",
                  dt.date(2025, 12, 1)) == set()  # fmt: skip
    # a union's council meeting where a Belarusian city is named only as where is no tie of the city
    assert _found("The Council of Foreign Ministers of the CIS met in Minsk on April 12.", "en",
                  dt.date(2024, 4, 13)) == set()  # fmt: skip


def test_a_consulate_of_belarus_abroad_is_told_as_the_belarusian_sides() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    text = "On 5 December the Consulate General of Belarus opened in Ho Chi Minh City."
    [opened] = propose([Article(text, "t", None, dt.date(2023, 12, 7), None, "en", "x", "text")], base,
                       dt.date(2026, 12, 6))  # fmt: skip
    assert opened.fact is not None
    assert (opened.fact["regions"], opened.fact["date"]) == (["belarus", "ho-chi-minh-city"], "2023-12-05")
    assert opened.fact["summary"] == "A consulate of Belarus opened in Ho Chi Minh City."
    assert opened.fact["translations"]["ru"]["summary"] == "В Хошимине открылось консульство Беларуси."
    # thanks for the support in an opening some time before date no opening
    thanks = (
        "He thanked the city for the support in the opening of the Consulate General of Belarus in Ho Chi "
        "Minh City."
    )
    assert _found(thanks, "en", dt.date(2023, 12, 7)) == set()


def test_a_figure_of_the_year_under_way_told_in_the_present_is_the_year_so_far() -> None:
    _assert_found(
        "Липецкая область торгует с Беларусью. Доля Беларуси в общем внешнеторговом обороте области в "
        "2025 году составляет 5%.",
        "ru",
        dt.date(2025, 8, 22),
        {("figure", "lipetsk", "belarus", "2025 to 22 August")},
        {("figure", "lipetsk", "belarus", "2025")},
    )
    # a year gone by stays the year
    _assert_found(
        "Липецкая область торгует с Беларусью. Доля Беларуси в общем внешнеторговом обороте области в "
        "2024 году составляет 5%.",
        "ru",
        dt.date(2025, 8, 22),
        {("figure", "lipetsk", "belarus", "2024")},
        set(),
    )


def test_a_consulate_being_prepared_is_not_opened() -> None:
    assert _found("МИД России завершает подготовку открытия новых отделений посольства в Витебске и Гомеле.",
                  "ru", dt.date(2025, 12, 1)) == set()  # fmt: skip


def test_an_agreement_in_force_since_a_year_is_not_said_to_be_signed_then() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    text = "Соглашение о сотрудничестве между Алтайским краем и Гродненской областью действует с 2011 года."
    [agreement] = propose([Article(text, "t", None, dt.date(2024, 5, 30), None, "ru", "x", "text")], base,
                          dt.date(2026, 12, 6))  # fmt: skip
    assert agreement.fact is not None
    assert (agreement.fact["regions"], agreement.fact["date"]) == (["grodno", "altai-krai"], "2011")
    assert (
        agreement.fact["summary"]
        == "An agreement between Grodno Oblast and Altai Krai has been in force since 2011."
    )
    assert agreement.fact["translations"]["ru"]["summary"] == (
        "Соглашение между Гродненской областью и Алтайским краем действует с 2011 года."
    )
    assert "in force since then: when it was signed, the sentence does not say" in agreement.notes


def test_companies_with_the_partners_capital_name_the_partner() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())

    def proposed(text: str) -> list[dict]:  # type: ignore[type-arg]
        article = Article(text, "t", None, dt.date(2023, 2, 10), None, "ru", "x", "text")
        return [p.fact for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact]

    [russian] = proposed("В Гомельской области зарегистрировано 450 организаций с российским капиталом.")
    assert (russian["scope"], russian["figure"]["metric"]) == (
        {"of": "gomel", "with": "russia"},
        "companies with the partner's capital",
    )
    assert russian["translations"]["ru"]["summary"] == (
        "Компании с капиталом из России в Гомельской области: 450 компаний (на февраль 2023 г.)."
    )
    # capital of no one country named stays foreign capital
    [foreign] = proposed("В Гомельской области зарегистрировано 450 организаций с иностранным капиталом.")
    assert foreign["figure"]["metric"] == "companies with foreign capital"


def test_no_place_made_of_a_compass_word_or_of_a_persons_name_after_an_okrug() -> None:
    grodno = _extraction(
        "Делегация Гродно находится с рабочим визитом в крупнейшем многонаселенном городе Юга России.",
        "ru",
        dt.date(2024, 11, 19),
    )
    assert grodno.new_places == []
    # «округа Перевозский Натальей Труниной»: the okrug, not «Перевозский Натальей»; an urban okrug
    # named by an adjective is an okrug, not a city
    [perevoz] = _extraction(
        "Соглашение подписали глава Жабинковского района и глава местного самоуправления округа "
        "Перевозский Натальей Труниной.",
        "ru",
        dt.date(2022, 6, 1),
    ).new_places
    assert (perevoz.place.name, perevoz.place.kind) == ("Перевозский", "district")
    [okrug] = _extraction(
        "Установление побратимских связей Жабинковского района с городским округом Перевозский отвечает "
        "интересам.",
        "ru",
        dt.date(2022, 6, 1),
    ).new_places
    assert okrug.place.kind == "district"
    _assert_found(
        "Делегация города Ишима приняла участие в праздновании Дня города Бобруйска.",
        "ru",
        dt.date(2023, 7, 1),
        {("event", "bobruisk", "ishim", "2023-07-01")},
        set(),
    )


def test_the_capital_a_count_names_is_the_partner_whatever_the_story_is_of() -> None:
    [figure] = [
        c
        for c in _extraction(
            "The Omsk delegation visited Gomel Oblast. Gomel Oblast is home to 450 organizations with "
            "Russian capital.",
            "en",
            dt.date(2023, 4, 27),
        ).candidates
        if c.kind == "figure"
    ]
    assert (figure.home.id, figure.away.id if figure.away else None) == ("gomel", "russia")
    assert not any(note.startswith("with whom:") for note in figure.notes)


def test_a_visits_programme_is_no_news_and_its_city_is_the_one_it_names() -> None:
    # «Программа насыщенная: … – подписание Соглашения …»: the signing is on a programme still
    # ahead, not done; the visit to «городе Юга России» is to the city the programme names
    text = (
        "Председатель Гродненского горисполкома в эти дни с рабочим визитом в крупнейшем "
        "многонаселенном городе Юга России.\n\n"
        "Программа насыщенная:\n"
        "– участие в Международной выставке «ЮГАГРО 2024»;\n"
        "– подписание Соглашения об установлении побратимских связей между Краснодаром и Гродно;\n"
        "– посещение музея.\n\n"
        "Основная задача – наладить дружеские связи."
    )
    assert _found(text, "ru", dt.date(2024, 11, 19)) == {("event", "grodno-city", "krasnodar", "2024-11-19")}
    [visit] = _extraction(text, "ru", dt.date(2024, 11, 19)).candidates
    assert "with whom: Krasnodar, the city of Russia named next: check it" in visit.notes
    # a programme told after the fact lists what was done
    done = text.replace("в эти дни с рабочим визитом в", "побывал с рабочим визитом в").replace(
        "Программа насыщенная:", "Программа визита включала:"
    )
    assert ("twinning", "grodno-city", "krasnodar") in {
        found[:3] for found in _found(done, "ru", dt.date(2024, 11, 19))
    }


def test_twins_listed_together_are_partners_of_the_town_the_title_names() -> None:
    text = (
        "Соглашения о побратимстве заключены с Восточным Сараево (Республика Сербская), Гродно "
        "(Республика Беларусь) и Шицзячжуаном (Китай)."
    )
    title = "Три города-побратима и пять партнёров: как Краснодар расширил международные связи за пять лет"
    day = dt.date(2025, 8, 21)
    _assert_found(
        text,
        "ru",
        day,
        {("twinning", "grodno-city", "krasnodar", "2025-08-21")},
        {("twinning", "grodno-city", "shijiazhuang", "2025-08-21")},
        title,
    )
    # with no town in the title, the list pairs no one
    assert _found(text, "ru", day) == set()
    # a Belarusian town that signs with one of them is its partner
    _assert_found(
        "Гродно подписал соглашение о побратимстве с Шицзячжуаном.",
        "ru",
        day,
        {("twinning", "grodno-city", "shijiazhuang", "2025-08-21")},
        set(),
    )


def test_a_count_of_ties_in_a_paragraph_of_the_partners_own_is_not_belarusian() -> None:
    text = (
        "Установлены дружеские связи между Центральным округом Краснодара и Ленинским районом Минска.\n\n"
        "В течение пяти лет активно развиваются связи Краснодара с иностранными партнерами в области "
        "образования. Заключено шесть соглашений о партнерстве между школами."
    )
    found = _extraction(text, "ru", dt.date(2025, 8, 21)).candidates
    assert not [c for c in found if c.kind == "figure"], found
    # in the Belarusian place's own paragraph the count is its
    same_paragraph = text.replace(".\n\nВ течение", ". В течение")
    [count] = [
        c for c in _extraction(same_paragraph, "ru", dt.date(2025, 8, 21)).candidates if c.kind == "figure"
    ]
    assert (count.metric, count.home.id) == ("agreements signed", "minsk-leninsky-district")


def test_the_relevant_agreement_under_a_twinnings_title_is_that_twinning() -> None:
    title = (
        "Жабинковский район установил побратимские связи с городским округом Перевозский "
        "Нижегородской области"
    )
    text = (
        "Соответствующее соглашение было подписано сегодня в Министерстве иностранных дел Республики "
        "Беларусь главой Жабинковского района и главой местного самоуправления округа Перевозский "
        "Натальей Труниной в рамках XVII заседания Совета делового сотрудничества Республики Беларусь "
        "и Нижегородской области Российской Федерации.\n\n"
        "Установление побратимских связей с городским округом Перевозский отвечает интересам жителей."
    )
    extraction = _extraction(text, "ru", dt.date(2022, 6, 1), title)
    assert {(c.kind, c.home.id, c.away.id if c.away else None) for c in extraction.candidates} == {
        ("twinning", "zhabinka-district", "perevozsky-urban-okrug")
    }
    # the okrug «округа Перевозский» is the urban okrug the article names in full elsewhere
    [okrug] = extraction.new_places
    assert (okrug.region.name, okrug.region.kind, okrug.region.parent) == (
        "Perevozsky Urban Okrug",
        "district",
        "nizhny-novgorod",
    )
    assert dict(okrug.region.names) == {
        "ru": "городской округ Перевозский",
        "be": "Перавозская гарадская акруга",
    }


def test_a_district_of_minsk_is_found_whatever_its_city_word_and_its_adjectives_ending() -> None:
    # «Заводского района г. Минска» is the registry's «Заводской район Минска», and «Заводского
    # района» alone in a story of Minsk is that district, not a new «Заводский район»
    extraction = _extraction(
        "Глава Петропавловска-Камчатского и Глава Администрации Заводского района г. Минска подписали "
        "Соглашение о побратимстве между Администрацией Заводского района г. Минска и "
        "Петропавловск-Камчатским городским округом. Главы посетили учреждения Заводского района.",
        "ru",
        dt.date(2023, 6, 1),
    )
    [twinning] = extraction.candidates
    assert (twinning.kind, twinning.home.id, twinning.away.id if twinning.away else None) == (
        "twinning",
        "minsk-zavodskoy-district",
        "petropavlovsk-kamchatsky",
    )
    # the town and its okrug are one side: the town, which the list of Russian towns places
    [town] = extraction.new_places
    assert (town.region.name, town.region.country, town.region.parent, dict(town.region.names)["ru"]) == (
        "Petropavlovsk-Kamchatsky",
        "russia",
        "kamchatka-krai",
        "Петропавловск-Камчатский",
    )
    assert "where it lies: Kamchatka Krai, as the list of Russian towns has it" in town.notes
    # an okrug whose town the list lacks lies in Russia, whose units okrugs are
    extraction = _extraction(
        "Глава Администрации Заводского района г. Минска подписал Соглашение о побратимстве с "
        "Перевозским городским округом.",
        "ru",
        dt.date(2023, 6, 1),
    )
    [okrug] = extraction.new_places
    assert (okrug.region.name, okrug.region.country) == ("Perevozsky Urban Okrug", "russia")
    assert "where it lies: Russia, whose units okrugs are: check it" in okrug.notes


def test_partners_named_by_their_bodies_are_each_a_side() -> None:
    _assert_found(
        "Мингорисполком заключил соглашения с правительством Пензенской области, мэрией Бишкека и "
        "городом Пермь.",
        "ru",
        dt.date(2023, 9, 9),
        {
            ("agreement", "minsk", "penza", "2023-09-09"),
            ("agreement", "minsk", "bishkek", "2023-09-09"),
            ("agreement", "minsk", "perm", "2023-09-09"),
        },
        set(),
    )


def test_the_side_of_a_visit_is_not_a_place_named_aside_nor_a_towns_committee_missed() -> None:
    # «наряду с Минском»: the visit is Bobruisk's; «Бобруйского горисполкома» is Bobruisk's
    _assert_found(
        "Мэр Ишима посетил наряду с Минском город-побратим Бобруйск, где побывал на ведущих "
        "промышленных предприятиях.",
        "ru",
        dt.date(2025, 7, 29),
        {("event", "bobruisk", "ishim", "2025-07-29")},
        {("event", "minsk", "ishim", "2025-07-29")},
    )
    _assert_found(
        "Глава Ишима и председатель Бобруйского горисполкома подписали дорожную карту.",
        "ru",
        dt.date(2025, 7, 29),
        {("agreement", "bobruisk", "ishim", "2025-07-29")},
        set(),
    )
    # "a Belarusian delegation" is the country's, not the town a signing with it is planned
    _assert_found(
        "Инициатива о подписании соглашения с Минском впервые была озвучена в прошлом году, когда "
        "белорусская делегация приняла участие в торжественных мероприятиях в Курске.",
        "ru",
        dt.date(2024, 4, 23),
        {("event", "belarus", "kursk-city", "2023")},
        {("event", "minsk", "kursk-city", "2023")},
    )
    # (a delegation led by an oblast's head is that oblast's)
    _assert_found(
        "Белорусская делегация во главе с председателем Гомельского облисполкома приняла участие в "
        "праздновании Дня города Курска.",
        "ru",
        dt.date(2024, 4, 23),
        {("event", "gomel", "kursk-city", "2024-04-23")},
        set(),
    )


def test_a_visit_says_whose_people_came_where_in_three_languages() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())

    def summaries(text: str, language: str = "ru") -> list[tuple[str, str, str]]:
        article = Article(text, "t", None, dt.date(2025, 7, 29), None, language, "x", "text")
        return [
            (
                p.fact["summary"],
                p.fact["translations"]["ru"]["summary"],
                p.fact["translations"]["be"]["summary"],
            )
            for p in propose([article], base, dt.date(2026, 12, 6))
            if p.fact and p.fact["kind"] == "event"
        ]

    assert summaries("Мэр Ишима посетил наряду с Минском город-побратим Бобруйск.") == [
        (
            "Representatives of Ishim visited Bobruisk.",
            "Представители Ишима побывали в Бобруйске.",
            "Прадстаўнікі Ішыма пабывалі ў Бабруйску.",
        )
    ]
    # the delegation named is the visitors', wherever the sentence puts it
    assert summaries(
        "В марте делегация Омской области побывала с рабочим визитом в Могилевской области."
    ) == [
        (
            "Representatives of Omsk Oblast visited Mogilev Oblast.",
            "Представители Омской области побывали в Могилёвской области.",
            "Прадстаўнікі Омскай вобласці пабывалі ў Магілёўскай вобласці.",
        )
    ]
    # «после возвращения из Белоруссии»: where they came back from is where they went
    [(english, _, _)] = summaries(
        "Глава Сызрани сообщил об этом после возвращения из Белоруссии делегации города."
    )
    assert english == "Representatives of Syzran visited Belarus."
    # a sentence that does not say who came keeps the sides alike, and adds no framing of its own
    assert summaries("Состоялся визит в рамках сотрудничества Бобруйска и Ишима.") == [
        (
            "Representatives of Bobruisk and Ishim met.",
            "Состоялась встреча представителей Бобруйска и Ишима.",
            "Адбылася сустрэча прадстаўнікоў Бабруйска і Ішыма.",
        )
    ]


def test_a_russian_preposition_before_a_cluster_takes_its_vowel() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    text = "Товарооборот Могилевской области со Смоленской областью в 2024 году составил 300 млн долларов."
    article = Article(text, "t", None, dt.date(2025, 2, 1), None, "ru", "x", "text")
    [figure] = [p.fact for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact]
    assert figure["translations"]["ru"]["summary"].replace("\xa0", " ") == (
        "Товарооборот Могилёвской области со Смоленской областью за 2024 г. составил 300 млн долларов США."
    )
    assert figure["translations"]["be"]["summary"].replace("\xa0", " ") == (
        "Тавараабарот Магілёўскай вобласці са Смаленскай вобласцю за 2024 г. склаў 300 млн долараў ЗША."
    )


def test_a_regions_visit_to_a_city_named_with_its_oblast_is_the_oblasts() -> None:
    text = (
        "Из Калининградской области заместитель председателя облправительства посетил белорусский город "
        "Гомель и принял участие в мероприятиях в честь 85-летия со дня образования Гомельской области."
    )
    _assert_found(
        text,
        "ru",
        dt.date(2023, 2, 13),
        {("event", "gomel", "kaliningrad", "2023-02-13")},
        {("event", "gomel-city", "kaliningrad", "2023-02-13")},
    )
    # a town's visit to a town stays the towns'
    _assert_found(
        "Делегация Калуги посетила город Гомель и приняла участие в празднике Гомельской области.",
        "ru",
        dt.date(2023, 2, 13),
        {("event", "gomel-city", "kaluga-city", "2023-02-13")},
        set(),
    )


def test_two_okrugs_sharing_their_kind_word_are_each_a_new_place() -> None:
    found = _extraction(
        "Юные мостовчане отдыхали в Калининградской области, в Неманском и Черняховском муниципальных "
        "округах, с которыми у Мостовского района налажено сотрудничество.",
        "ru",
        dt.date(2024, 8, 1),
    ).new_places
    assert sorted((f.region.id, f.region.parent, dict(f.region.names)["ru"]) for f in found) == [
        ("chernyakhovsky-municipal-okrug", "kaliningrad", "Черняховский муниципальный округ"),
        ("nemansky-municipal-okrug", "kaliningrad", "Неманский муниципальный округ"),
    ]


def test_a_village_councils_tie_is_not_its_districts() -> None:
    for text in (
        "Соглашение о сотрудничестве подписали Мотольский сельсовет Ивановского района и Сосновское "
        "сельское поселение Ленинградской области.",
        "Соглашение о сотрудничестве подписали Ивановский район и Сосновское сельское поселение "
        "Ленинградской области.",
    ):
        assert _found(text, "ru", dt.date(2024, 6, 28)) == set()
    _assert_found(
        "Соглашение о сотрудничестве подписали Ивановский район и Ленинградская область.",
        "ru",
        dt.date(2024, 6, 28),
        {("agreement", "ivanovo-district", "leningrad", "2024-06-28")},
        set(),
    )


def test_a_citys_own_district_is_named_with_its_city() -> None:
    extraction = _extraction(
        "Делегация администрации Центрального округа Краснодара приняла участие в праздновании Дня "
        "Независимости в Минске.",
        "ru",
        dt.date(2024, 7, 3),
    )
    [okrug] = extraction.new_places
    assert (okrug.region.id, okrug.region.name, okrug.region.parent, dict(okrug.region.names)) == (
        "krasnodar-tsentralny-okrug",
        "Tsentralny Okrug (Krasnodar)",
        "krasnodar",
        {"ru": "Центральный округ Краснодара", "be": "Цэнтральная акруга Краснадара"},
    )
    # and is spelt only with it: «Центральный округ» alone is a district of many cities
    assert okrug.region.aliases == ("Центральный округ Краснодара", "Цэнтральная акруга Краснадара")
    assert [(c.kind, c.home.id, c.away.id if c.away else None) for c in extraction.candidates] == [
        ("event", "minsk", "krasnodar-tsentralny-okrug")
    ]


@pytest.mark.parametrize(
    ("text", "english", "russian", "belarusian"),
    [
        (
            "In January-March 2021, the foreign trade surplus of Grodno Oblast amounted to $260 million.",
            "The trade surplus of Grodno Oblast came to USD 260 million in January-March 2021.",
            "Сальдо внешней торговли Гродненской области за январь–март 2021 г. — 260 млн долларов США.",
            "Сальда знешняга гандлю Гродзенскай вобласці за студзень–сакавік 2021 г. — 260 млн долараў ЗША.",
        ),
        (
            "In Q1 2021, Vitebsk Oblast supplied its products to 62 countries.",
            "Vitebsk Oblast supplied 62 countries in Q1 2021.",
            "География поставок Витебской области за I квартал 2021 г. — 62 страны.",
            "Геаграфія паставак Віцебскай вобласці за I квартал 2021 г. — 62 краіны.",
        ),
        (
            "Grodno Oblast: in Q1 2021, over 70% of the output is exported.",
            "More than 70% of the output of Grodno Oblast was exported in Q1 2021.",
            "Доля продукции Гродненской области, поставляемой на экспорт, за I квартал 2021 г. — более 70 %.",
            "Доля прадукцыі Гродзенскай вобласці, якая пастаўляецца на экспарт, за I квартал 2021 г. — больш "
            "за 70 %.",
        ),
    ],
)
def test_other_figures_read_as_sentences(text: str, english: str, russian: str, belarusian: str) -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    article = Article(text, "t", None, dt.date(2021, 5, 1), None, "en", "x", "text")
    [fact] = [p.fact for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact]
    said = [fact["summary"], *(fact["translations"][tongue]["summary"] for tongue in ("ru", "be"))]
    assert [line.replace("\xa0", " ") for line in said] == [english, russian, belarusian]


def test_where_a_meeting_was_held_is_no_side_whichever_end_of_the_sentence_names_it() -> None:
    for text in (
        "Губернатор Санкт-Петербурга встретился в Минске с Президентом Беларуси.",
        "Губернатор Санкт-Петербурга встретился с Президентом Беларуси Александром Лукашенко в Минске в "
        "рамках визита официальной делегации.",
    ):
        _assert_found(
            text,
            "ru",
            dt.date(2025, 7, 15),
            {("event", "belarus", "saint-petersburg", "2025-07-15")},
            {("event", "minsk", "saint-petersburg", "2025-07-15")},
        )


def test_an_agreement_about_a_belarusian_thing_names_no_belarusian_signatory() -> None:
    # «белорусского порта»: the port is Belarusian; who signed, the sentence does not say
    assert (
        _found(
            "В апреле 2024 года было подписано соглашение о строительстве белорусского порта в Мурманской "
            "области.",
            "ru",
            dt.date(2026, 3, 2),
        )
        == set()
    )
    # a side named in the sentence before signs it
    _assert_found(
        "Делегация Гомельской области посетила Брянск. Подписано соглашение о сотрудничестве с Брянской "
        "областью.",
        "ru",
        dt.date(2026, 3, 2),
        {("agreement", "gomel", "bryansk", "2026-03-02")},
        set(),
    )
    # nor, with the pair named before as a project's, does the oblast where the port is built sign
    assert (
        _found(
            "Одним из крупных проектов Беларуси и Мурманской области является строительство порта. В апреле "
            "2024 года было подписано соглашение о строительстве белорусского порта в Мурманской области.",
            "ru",
            dt.date(2026, 3, 2),
        )
        == set()
    )
    # a document about cooperation names its sides after its subject
    for text, language in (
        ("В апреле 2024 года было подписано соглашение о сотрудничестве между Гомельской областью и "
         "Мурманской областью.", "ru"),
        ("Пагадненне аб супрацы Паневежыса і Віцебска было падпісанае ў 2018 годзе.", "be"),
        ("Гомельская область подписала соглашение о поставках техники с Мурманской областью.", "ru"),
    ):  # fmt: skip
        assert {kind for kind, *_ in _found(text, language, dt.date(2026, 3, 2))} == {"agreement"}, text


def test_what_a_sentence_does_not_say_of_its_sides_is_not_proposed() -> None:
    # Belarus twins with no region: a number of agreements «о … установлении побратимских
    # отношений», in a clause naming no place, are other sides'
    assert (
        _found(
            "В регионе обсуждались планы сотрудничества между Липецкой областью и нашей страной на "
            "2024-2026 годы, был подписан ряд соглашений о сотрудничестве и установлении побратимских "
            "отношений.",
            "ru",
            dt.date(2024, 3, 1),
        )
        == set()
    )
    _assert_found(
        "Гомельская область и Брянская область подписали ряд соглашений о сотрудничестве.",
        "ru",
        dt.date(2024, 3, 1),
        {("agreement", "gomel", "bryansk", "2024-03-01")},
        set(),
    )
    # «Курган Дружбы» is a memorial on the border, not the city of Kurgan
    found = _found(
        "5 июля состоялось ежегодное мероприятие в Себежском районе — 66-я Международная встреча "
        "ветеранов партизанского движения России и Беларуси на Кургане Дружбы.",
        "ru",
        dt.date(2025, 7, 7),
    )
    assert not any("kurgan-city" in found_one for found_one in found), found
    # «президенты двух государств»: two states, no count of treaties
    found = _found(
        "Именно в этот день в 1996 году президенты двух государств подписали договор «Об образовании "
        "Сообщества России и Белоруссии».",
        "ru",
        dt.date(2023, 4, 2),
    )
    assert not any(kind == "figure" for kind, *_ in found), found


def test_counts_periods_and_plans_read_as_they_stand() -> None:
    texts = (
        "экспортировано 20 тысяч тонн молока",
        "12 новых соглашений",
        "20 совместных белорусско-российских предприятий",
        "президенты двух государств подписали договор",
    )
    found = [(amount.value, amount.unit) for text in texts for amount in amounts(text)]
    assert found == [(20_000.0, "tonnes"), (12.0, "agreements"), (20.0, "enterprises")]
    # a plan «до конца этого года» is that year's, not the day it was announced
    _assert_found(
        "Дни Витебской области пройдут в Псковской области до конца этого года.",
        "ru",
        dt.date(2022, 7, 8),
        {("planned event", "vitebsk", "pskov", "2022")},
        {("planned event", "vitebsk", "pskov", "2022-07-08")},
    )
    # the day a treaty was signed is no period for a count told paragraphs later
    extraction = _extraction(
        "2 апреля 1996 года президенты России и Беларуси подписали в Москве Договор.\n\n"
        "У Поставского района экспортно-импортные операции зарегистрированы с 40 странами мира.",
        "ru",
        dt.date(2022, 4, 2),
    )
    periods_found = [c.period.text for c in extraction.candidates if c.kind == "figure" and c.period]
    assert periods_found == ["as of April 2022"]


def test_a_region_s_days_are_known_under_its_city_and_told_once() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    text = (
        "Дни Псковской области стартовали в городе Витебске Республики Беларусь 21 ноября. В рамках Дней "
        "Псковской области в Витебске будет насыщенная деловая программа."
    )
    base = load_fact_base(default_fact_root())
    [days] = propose([Article(text, "t", None, dt.date(2025, 11, 22), None, "ru", "x", "text")], base,
                     dt.date(2026, 12, 6))  # fmt: skip
    assert (days.fact["regions"], days.fact["date"]) == (["vitebsk-city", "pskov"], "2025-11-21")  # type: ignore[index]
    assert (days.standing.status, days.standing.fact) == ("known", "days-of-pskov-oblast-vitebsk-2025")
    # «стартовали»: their opening is on record, not the whole of them
    assert [
        days.fact["summary"],
        *(days.fact["translations"][tongue]["summary"] for tongue in ("ru", "be")),
    ] == [  # type: ignore[index]
        "Days of Pskov Oblast opened in Vitebsk.",
        "Открылись Дни Псковской области в Витебске.",
        "Адкрыліся Дні Пскоўскай вобласці ў Віцебску.",
    ]


def test_new_towns_twinned_in_a_heading_and_their_okrugs() -> None:
    from briefer.ingest.articles import read_pasted
    from briefer.ingest.extract import extract

    heading = "Ангарск и Могилёв подписали соглашение об установлении побратимских связей"
    article = read_pasted(
        f"{heading}\nhttps://example.org/a\n2024-07-01\n\n{heading}. Мэр Ангарского округа Сергей Петров "
        "побывал с дружеским визитом в Могилёве республики Беларусь."
    )
    extraction = extract(article, PlaceFinder(load_fact_base(default_fact_root()).regions))
    assert [found.region.id for found in extraction.new_places] == ["angarsk"]
    assert {(c.kind, c.home.id, c.away.id if c.away else None) for c in extraction.candidates} == {
        ("twinning", "mogilev-city", "angarsk"),
        ("event", "mogilev-city", "angarsk"),
    }
    # a district a sentence places only in Russia lies in the region of Russia the story names
    sebezh = extract(
        read_pasted(
            "Встреча на Кургане Дружбы\nhttps://example.org/k\n2025-07-07\n\n5 июля состоялось мероприятие "
            "в Себежском районе — встреча ветеранов России и Беларуси. Псковскую делегацию возглавил "
            "губернатор Псковской области, белорусскую — председатель Витебского облисполкома."
        ),
        PlaceFinder(load_fact_base(default_fact_root()).regions),
    )
    assert [(f.region.id, f.region.parent) for f in sebezh.new_places] == [("sebezhsky-district", "pskov")]


def test_a_visit_dated_by_the_next_sentence_and_a_speaker_s_own_place() -> None:
    # the next sentence tells when the visit was
    _assert_found(
        "Делегация Брянска побывала с дружеским визитом в Могилёве. Рабочий визит занял три дня – с 28 по "
        "30 июня.",
        "ru",
        dt.date(2024, 7, 1),
        {("event", "mogilev-city", "bryansk-city", "2024-06-28")},
        {("event", "mogilev-city", "bryansk-city", "2024-07-01")},
    )
    # «Вместе с ним … посетили»: the delegation the sentence before names, with its leader
    _assert_found(
        "Дни Витебской области пройдут в Псковской области до конца этого года. Делегацию Витебской "
        "области возглавил председатель облисполкома Александр Субботин. Вместе с ним Псковскую область "
        "посетили представители органов власти.",
        "ru",
        dt.date(2022, 7, 8),
        # (the visit of the day is not the Days still to come)
        {("event", "vitebsk", "pskov", "2022-07-08"), ("planned event", "vitebsk", "pskov", "2022")},
        set(),
        title="Псковский губернатор заявил о планах провести в регионе дни Витебской области",
    )
    # «наш регион» in a quote is the speaker's, named in the sentence before
    _assert_found(
        "Губернатор Брянской области выступил. Наш регион давно дружит с Гомельской областью, и в 2024 году "
        "мы подписали соглашение о сотрудничестве.",
        "ru",
        dt.date(2024, 6, 9),
        {("agreement", "gomel", "bryansk", "2024")},
        set(),
    )


def test_a_visit_still_to_come_and_institutions_documents_are_not_the_regions() -> None:
    # «в преддверии визита»: the visit is ahead of the signing the sentence dates
    assert (
        _found(
            "Подписание произошло 30 августа в преддверии визита премьер-министра Беларуси в Башкортостан.",
            "ru",
            dt.date(2024, 8, 30),
        )
        == set()
    )
    # an agreement between two institutes is theirs, not their regions'
    assert (
        _found(
            "An agreement on cooperation between the Grodno Zonal Institute of Plant Industry and a similar "
            "institution from Tomsk has been concluded.",
            "en",
            dt.date(2024, 8, 15),
        )
        == set()
    )


def test_an_agreement_its_sectors_bodies_signed_says_so() -> None:
    from briefer.ingest.summaries import summary

    [agreement] = _extraction(
        "На полях форума прошла церемония подписания соглашения о сотрудничестве между министерством "
        "культуры Астраханской области и управлением культуры Могилевского областного исполнительного "
        "комитета.",
        "ru",
        dt.date(2025, 9, 15),
    ).candidates
    assert [summary(agreement, language) for language in ("en", "ru", "be")] == [
        "Culture bodies of Mogilev Oblast and Astrakhan Oblast signed an agreement.",
        "Органы культуры Могилёвской области и Астраханской области подписали соглашение.",
        "Органы культуры Магілёўскай вобласці і Астраханскай вобласці падпісалі пагадненне.",
    ]
    # and in Belarusian, the health bodies
    from briefer.ingest.summaries import signed_by_bodies

    assert (
        signed_by_bodies("паміж упраўленнем аховы здароўя Гомельскага аблвыканкама і міністэрствам")
        == "health"
    )


def test_a_visit_announced_in_english_says_who_came() -> None:
    from briefer.ingest.summaries import summary

    [visit] = _extraction(
        "Representatives of the tourism industry of Uzbekistan will visit the Brest region on May 17-18.",
        "en",
        dt.date(2024, 5, 20),
    ).candidates
    assert (visit.date, summary(visit, "en")) == (
        "2024-05-17",
        "Representatives of Uzbekistan visited Brest Oblast.",
    )


def test_a_visits_visitors_are_read_from_who_leads_them_and_where_they_are() -> None:
    from briefer.ingest.summaries import summary

    def told(text: str, language: str, day: dt.date) -> list[str]:
        found = _extraction(text, language, day).candidates
        return [summary(c, "en") for c in found if c.kind == "event"]

    assert told(
        "A delegation led by Brest Mayor Sergei Lobodinsky is in Kyrgyzstan to take part in the celebration "
        "of Karakol City Day.",
        "en",
        dt.date(2025, 7, 1),
    ) == ["Representatives of Brest visited Karakol."]
    assert told(
        "Саратовскую область с визитом посетила белорусская делегация во главе с зампредом Витебского "
        "облисполкома.",
        "ru",
        dt.date(2025, 10, 14),
    ) == ["Representatives of Vitebsk Oblast visited Saratov Oblast."]
    # guests in a list from «из»: each its own people
    assert told(
        "30 августа на празднование 929-летия Рязани прибыли делегации из городов-побратимов из Бреста, "
        "Минска, Новороссийска, Тулы и Владимира.",
        "ru",
        dt.date(2024, 8, 30),
    ) == ["Representatives of Minsk visited Ryazan."]
    # «в … городе Юга России» for the Krasnodar the programme names next
    assert told(
        "Председатель Гродненского горисполкома в эти дни с рабочим визитом в крупнейшем многонаселенном "
        "городе Юга России.\n\nПрограмма насыщенная:\n– подписание соглашения между Краснодаром и Гродно.",
        "ru",
        dt.date(2024, 11, 19),
    ) == ["Representatives of Grodno visited Krasnodar."]


def test_one_sides_council_decision_is_no_tie_of_both() -> None:
    day = dt.date(2024, 4, 23)
    for text, language in (
        (
            "Между Курском и Минском установлены партнёрские отношения. Такое решение приняли депутаты "
            "Курского городского Собрания на очередном заседании.",
            "ru",
        ),
        (
            "Kursk and Minsk established partnership ties. The decision was taken by the deputies of the "
            "Kursk City Assembly.",
            "en",
        ),
    ):
        assert not [c for c in _extraction(text, language, day).candidates if c.kind == "twinning"]
    # the tie both signed stands
    assert _found(
        "Между Курском и Минском установлены партнёрские отношения. Соглашение подписали мэры городов.",
        "ru",
        day,
    ) == {("twinning", "minsk", "kursk-city", "2024-04-23")}


def test_a_figure_told_as_ours_belongs_to_whom_the_next_figure_names() -> None:
    # «our trade» under a deputy governor is the series the next sentence names: the country's
    day = dt.date(2024, 7, 10)
    text = (
        "The Vitebsk Oblast Executive Committee hosted a meeting of the working group on cooperation "
        "between Belarus and Tver Oblast.\n\n"
        "Vitebsk Oblast Deputy Governor Ivan Petrov welcomed the growth of bilateral trade. “In 2023, our "
        "trade rose 1.4 times to reach $40 million. In January-June 2024, the trade of the Republic of "
        "Belarus with Tver Oblast amounted to $25 million,” he said."
    )
    _assert_found(
        text,
        "en",
        day,
        {("figure", "belarus", "tver", "2023"), ("figure", "belarus", "tver", "January-June 2024")},
        {("figure", "vitebsk", "tver", "2023")},
        title="Belarus, Tver Oblast discuss trade",
    )
    # with no figure after it to say whose, the speaker's oblast stays, and the note says so
    alone = text.split(" In January-June")[0] + "”"
    title = "Belarus, Tver Oblast discuss trade"
    notes = [c.notes for c in _extraction(alone, "en", day, title).candidates if c.kind == "figure"]
    assert notes and all(
        "whose figure: the sentence names no Belarusian place; Vitebsk Oblast is from an earlier sentence"
        in n
        for n in notes
    ), notes


def test_an_agreement_in_force_now_is_as_it_stands_and_not_an_approval() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    day = dt.date(2024, 7, 18)

    def proposed(text: str, language: str = "ru") -> list[tuple[object, ...]]:
        article = Article(text, "t", None, day, None, language, "x", "text")
        return [
            (p.fact["regions"], p.fact["date"], p.fact["summary"], p.fact["translations"]["ru"]["summary"],
             p.fact["translations"]["be"]["summary"], p.standing.status)
            for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact
        ]  # fmt: skip

    # «действует соглашение…, утверждена дорожная карта»: no signing nor approval of the agreement that day
    assert proposed(
        "Глава республики отметил, что между Мордовией и Беларусью действует соглашение о "
        "сотрудничестве, утверждена дорожная карта совместных мероприятий."
    ) == [
        (["belarus", "mordovia"], "2024-07-18",
         "An agreement between Belarus and the Republic of Mordovia is in force.",
         "Между Беларусью и Республикой Мордовия действует соглашение.",
         "Паміж Беларуссю і Рэспублікай Мардовія дзейнічае пагадненне.", "new"),
    ]  # fmt: skip
    # the pair's agreement the base holds is the one in force
    [(_, _, summary, _, _, status)] = proposed(
        "Between Gomel Oblast and Bryansk Oblast an agreement on cooperation is in force.", "en"
    )
    assert (summary, status) == ("An agreement between Gomel Oblast and Bryansk Oblast is in force.", "known")
    # a programme in force is no agreement, and nothing signed
    assert proposed("Между Гомельской областью и Тверской областью действует программа сотрудничества.") == []


def test_a_plans_years_are_the_plans_not_the_agreements() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    text = (
        "A cooperation agreement between the government of Belarus and Tver Oblast and an action plan to "
        "implement this agreement in 2024-2026 were signed during the working visit of the Russian "
        "delegation to Vitebsk Oblast."
    )
    [agreement] = [
        p.fact
        for p in propose([Article(text, "t", None, dt.date(2024, 5, 13), None, "en", "x", "text")], base,
                         dt.date(2026, 12, 6))
        if p.fact
    ]  # fmt: skip
    assert (
        agreement["summary"]
        == "Belarus and Tver Oblast signed an agreement and an action plan for 2024–2026."
    )
    assert agreement["translations"]["ru"]["summary"] == (
        "Беларусь и Тверская область подписали соглашение и план мероприятий на 2024–2026 годы."
    )
    assert agreement["translations"]["be"]["summary"] == (
        "Беларусь і Цвярская вобласць падпісалі пагадненне і план мерапрыемстваў на 2024–2026 гады."
    )


def test_a_visit_to_belarus_under_a_title_of_its_oblast_is_the_oblasts() -> None:
    title = "Vitebsk and Tver regions agree to step up cooperation"
    text = (
        "Vitebsk Region welcomes guests from Russia. A delegation of the Tver Region, headed by the "
        "governor, is paying a working visit to Belarus."
    )
    _assert_found(
        text,
        "en",
        dt.date(2024, 8, 15),
        {("event", "vitebsk", "tver", "2024-08-15")},
        {("event", "belarus", "tver", "2024-08-15")},
        title=title,
    )
    # under a title of the country, the country it is
    _assert_found(
        text, "en", dt.date(2024, 8, 15), {("event", "belarus", "tver", "2024-08-15")}, set(), title="Guests"
    )


def test_towns_to_become_twins_are_a_plan_on_record_from_the_month_reported() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    for text, language in (
        (
            "Мінск і Ерэван стануць гарадамі-пабрацімамі. Пагадненне будзе падпісанае падчас візіту мэра.",
            "be",
        ),
        ("Минск и Ереван станут городами-побратимами.", "ru"),
        ("Minsk and Yerevan will become sister cities.", "en"),
    ):
        article = Article(text, "t", None, dt.date(2023, 6, 11), None, language, "x", "text")
        [plan] = [p for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact]
        assert plan.fact is not None
        assert (plan.fact["kind"], plan.fact["regions"], plan.fact["date"], plan.fact["reported"]) == (
            "event", ["minsk", "yerevan"], "2023-06", "2023-06-11"
        )  # fmt: skip
        assert plan.fact["summary"] == "Minsk and Yerevan are to sign a twinning agreement."
        assert plan.fact["translations"]["be"]["summary"] == (
            "Запланавана падпісанне пагаднення аб пабрацімстве Мінска і Ерэвана."
        )
        assert "announced without a day: filed under the month it was reported" in plan.notes
    # towns that became twins are no plan
    article = Article("Минск и Ереван стали городами-побратимами.", "t", None, dt.date(2023, 6, 11), None,
                      "ru", "x", "text")  # fmt: skip
    assert [p.fact["kind"] for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact] == ["twinning"]


def test_a_meeting_of_the_countries_under_a_title_of_an_oblast_stays_the_countries() -> None:
    _assert_found(
        "На 22 ноября запланировано заседание рабочей группы по сотрудничеству, на котором обсудят "
        "перспективы отношений Республики Беларусь и Республики Тыва.",
        "ru",
        dt.date(2023, 11, 21),
        {("planned event", "belarus", "tuva", "2023-11-22")},
        {("planned event", "grodno", "tuva", "2023-11-22")},
        title="Делегация Гродненской области приняла участие в Днях культуры Республики Тыва",
    )


def test_an_agreement_in_force_is_no_finer_account_of_a_meeting() -> None:
    # the meeting with Kazakhstan's ambassador stays beside the Karaganda agreements in effect
    _assert_found(
        "Chairman of the Minsk Oblast Executive Committee Aleksandr Turchin met with the Ambassador of "
        "Kazakhstan to Belarus and discussed cooperation between Minsk Oblast and Kazakhstan. Agreements on "
        "cooperation between Karaganda Oblast and Minsk Oblast are in effect.",
        "en",
        dt.date(2022, 2, 23),
        {
            ("event", "minsk-oblast", "kazakhstan", "2022-02-23"),
            ("agreement", "minsk-oblast", "karaganda", "2022-02-23"),
        },
        set(),
    )


def test_where_a_guest_came_and_where_an_envoy_sits_are_no_sides() -> None:
    day = dt.date(2023, 4, 13)
    # "who came on a working visit to Minsk": the President of Belarus met him, Minsk is where
    _assert_found(
        "On 13 April, at his meeting with the Head of Tatarstan, who came on a working visit to Minsk, "
        "President of Belarus Alexander Lukashenko said he was pleased to meet a delegation from Tatarstan.",
        "en",
        day,
        {("event", "belarus", "tatarstan", "2023-04-13")},
        {("event", "minsk", "tatarstan", "2023-04-13")},
    )
    # a consul general posted in Brest who attended is no meeting of Brest with Russia
    _assert_found(
        "На встрече присутствовал Генеральный консул РФ в Бресте Олег Мурашев.",
        "ru",
        day,
        set(),
        {("event", "brest-city", "russia", "2023-04-13")},
    )
    # a consulate opened in Brest is Brest's
    _assert_found(
        "On April 13, the minister attended the opening ceremony of Kazakhstan's Consulate General in Brest.",
        "en",
        day,
        {("event", "brest-city", "kazakhstan", "2023-04-13")},
        set(),
    )


def test_a_visits_purpose_and_an_undated_forum_of_the_countries_are_no_facts() -> None:
    # «Цель визита - подписание соглашения»: what the visit is for, not a signing
    found = _found(
        "Делегация Самары с 28 июля находится с официальным визитом в Республике Беларусь. Цель визита - "
        "подписание соглашения о сотрудничестве с Брестом.",
        "ru",
        dt.date(2022, 7, 29),
    )
    assert ("event", "belarus", "samara-city", "2022-07-28") in found
    assert not [kind for kind, *_ in found if kind.endswith("agreement")], found
    # «примут участие в Форуме регионов Беларуси и России» with no day: no meeting of Vitebsk and Russia
    assert not _found(
        "Представители делегации примут участие в XI Форуме регионов Беларуси и России, который пройдёт в "
        "Витебске, Полоцке и Новополоцке.",
        "ru",
        dt.date(2024, 6, 26),
    )


def test_a_friendship_agreement_planned_at_a_working_group_is_the_towns_plan_not_a_meeting() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    text = (
        "— На заседании рабочей группы по сотрудничеству Республики Беларусь и Краснодарского края "
        "планируем подписать соглашение об установлении дружественных отношений между Сочи и Минском, "
        "— сообщил глава Сочи."
    )
    article = Article(text, "t", None, dt.date(2023, 9, 18), None, "ru", "x", "text")
    [plan] = [p for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact]
    assert plan.fact is not None
    assert (plan.fact["kind"], plan.fact["regions"], plan.fact["date"], plan.fact["reported"]) == (
        "event", ["minsk", "sochi"], "2023-09", "2023-09-18"
    )  # fmt: skip
    assert plan.fact["summary"] == "Minsk and Sochi are to sign an agreement on friendly relations."
    assert plan.fact["translations"]["ru"]["summary"] == (
        "Запланировано подписание соглашения о дружественных отношениях между Минском и Сочи."
    )
    assert plan.fact["translations"]["be"]["summary"] == (
        "Запланавана падпісанне пагаднення аб сяброўскіх адносінах паміж Мінскам і Сочы."
    )
    # the base holds the towns' agreement signed that day
    assert (plan.standing.status, plan.standing.fact) == ("known", "minsk-sochi-twinning-2023")
    # a signing planned with no tie established files no tie: the working group's meeting is the plan
    plain = Article(
        "На заседании рабочей группы Республики Беларусь и Краснодарского края планируем подписать "
        "соглашение о сотрудничестве.",
        "t", None, dt.date(2023, 9, 18), None, "ru", "x", "text",
    )  # fmt: skip
    told = [
        (p.fact["regions"], p.fact["summary"]) for p in propose([plain], base, dt.date(2026, 12, 6)) if p.fact
    ]
    assert told == [
        (
            ["belarus", "krasnodar-krai"],
            "A meeting of the working group on cooperation between Belarus and Krasnodar Krai is planned.",
        )
    ]


def test_a_memorandum_of_womens_unions_names_the_unions_not_the_towns() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    for text, language, summaries in (
        (
            "The Ho Chi Minh City Women's Union and the Minsk Public Association under the Belarus Women's "
            "Union hosted an online meeting to sign a memorandum of understanding (MoU).",
            "en",
            ("Women's organisations of Minsk and Ho Chi Minh City signed a memorandum.",
             "Женские организации Минска и Хошимина подписали меморандум.",
             "Жаночыя арганізацыі Мінска і Хашыміна падпісалі мемарандум."),
        ),
        (
            # «Минская городская организация»: the capital's branch names the capital
            "20 октября Минская городская организация Белорусского союза женщин и Союз женщин Хошимина "
            "подписали меморандум о сотрудничестве.",
            "ru",
            ("Women's organisations of Minsk and Ho Chi Minh City signed a memorandum.",
             "Женские организации Минска и Хошимина подписали меморандум.",
             "Жаночыя арганізацыі Мінска і Хашыміна падпісалі мемарандум."),
        ),
        (
            "Профсоюзы Гомельской и Брянской областей 20 октября подписали меморандум о сотрудничестве.",
            "ru",
            ("Trade unions of Gomel Oblast and Bryansk Oblast signed a memorandum.",
             "Профсоюзы Гомельской области и Брянской области подписали меморандум.",
             "Прафсаюзы Гомельскай вобласці і Бранскай вобласці падпісалі мемарандум."),
        ),
    ):  # fmt: skip
        article = Article(text, "t", None, dt.date(2023, 10, 23), None, language, "x", "text")
        [signed] = [p for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact]
        assert signed.fact is not None
        told = signed.fact["translations"]
        assert (signed.fact["summary"], told["ru"]["summary"], told["be"]["summary"]) == summaries
        assert any(note.startswith("signed by the sides' bodies") for note in signed.notes)


def test_an_event_the_sentence_before_dated_takes_its_day_and_its_bodies_are_noted() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    text = (
        "A photo exhibition of Vietnamese and Belarusian women opened at a book street in Ho Chi Minh City "
        "on the evening of April 28.\n\n"
        "The event is held by the Ho Chi Minh City Women's Union to mark the visit to the city of a "
        'delegation from the Minsk City Organization of the Public Association "Belarusian Women\'s Union".'
    )
    article = Article(text, "t", None, dt.date(2025, 4, 29), None, "en", "x", "text")
    [visit] = [
        p for p in propose([article], load_fact_base(default_fact_root()), dt.date(2026, 12, 6)) if p.fact
    ]
    assert visit.fact is not None
    assert (visit.fact["regions"], visit.fact["date"]) == (["minsk", "ho-chi-minh-city"], "2025-04-28")
    assert "the date: 2025-04-28, from the sentence before, which tells when the event was" in visit.notes
    assert (
        "the sides' bodies («Women's Union») took part, not the regions themselves: name them" in visit.notes
    )
    # a sentence of its own, not about the event before, keeps the article's day
    article = Article(text.replace("The event is held", "It is held"), "t", None, dt.date(2025, 4, 29), None,
                      "en", "x", "text")  # fmt: skip
    base = load_fact_base(default_fact_root())
    assert [p.fact["date"] for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact] == [
        "2025-04-29"
    ]


def test_countries_traded_with_are_partners_not_countries_supplied() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())

    def figure(text: str, language: str) -> tuple[object, ...]:
        article = Article(text, "t", None, dt.date(2024, 5, 10), None, language, "x", "text")
        [found] = [p.fact for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact]
        assert found is not None
        told = found["figure"]
        return (told["metric"], told["value"], told["period"], found["summary"],
                found["translations"]["ru"]["summary"])  # fmt: skip

    assert figure("В 2023 году Гомельская область торговала с 95 странами.", "ru") == (
        "partner countries", 95, "2023", "Gomel Oblast traded with 95 countries in 2023.",
        "Торговые партнёры Гомельской области за 2023 г. — 95 стран.",
    )  # fmt: skip
    assert figure("In 2023, Gomel Oblast traded with 95 countries.", "en")[:3] == (
        "partner countries",
        95,
        "2023",
    )
    assert figure(
        "Предприятия Гомельской области осуществляют экспортно-импортные операции с 40 странами.", "ru"
    )[:3] == ("partner countries", 40, "as of May 2024")
    # exports to countries stay countries supplied
    assert figure("В 2023 году Гомельская область экспортировала продукцию в 75 стран.", "ru")[:3] == (
        "countries supplied", 75, "2023"
    )  # fmt: skip


def test_a_tie_told_as_standing_is_on_record_by_the_articles_year() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())

    def standing_tie(text: str, language: str, day: dt.date) -> tuple[object, ...]:
        article = Article(text, "t", None, day, None, language, "x", "text")
        [tie] = [p for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact]
        assert tie.fact is not None
        fact = tie.fact
        return (fact["kind"], fact["regions"], fact["date"], fact.get("dated_by"), fact["summary"],
                fact["translations"]["ru"]["summary"], tie.standing.status)  # fmt: skip

    assert standing_tie("Киров и Гомель являются городами-побратимами.", "ru", dt.date(2024, 7, 2)) == (
        "twinning", ["gomel-city", "kirov-city"], "2024", True, "By 2024, Gomel and Kirov had twinning ties.",
        "К 2024 году Гомель и Киров связывали побратимские отношения.", "new",
    )  # fmt: skip
    # the base has Minsk and Kazan twinned in December 2024: an article of 2023 is a rival date
    told = standing_tie("Moreover, Kazan and Minsk are twin cities, he said.", "en", dt.date(2023, 4, 13))
    assert told[:4] == ("twinning", ["minsk", "kazan"], "2023", True)
    assert told[-1] == "contradicts"
    # …and one of 2025 is what the base holds
    assert standing_tie("Kazan and Minsk are twin cities.", "en", dt.date(2025, 6, 1))[-1] == "known"
    # a tie the article dates is filed once, with its date, not again as standing
    article = Article(
        "Киров и Гомель стали городами-побратимами в 2004 году. Сегодня Киров и Гомель являются "
        "городами-побратимами.",
        "t", None, dt.date(2024, 7, 2), None, "ru", "x", "text",
    )  # fmt: skip
    assert [(p.fact["date"], p.fact.get("dated_by")) for p in propose([article], base, dt.date(2026, 12, 6))
            if p.fact] == [("2004", None)]  # fmt: skip


def test_a_tie_discussed_an_invitation_and_a_ministry_where_signed_are_no_facts() -> None:
    # «обсудили установление побратимских отношений»: talked of, not made
    assert not _found(
        "Стороны обсудили установление побратимских отношений между регионами Нижегородской и "
        "Гродненской областей.",
        "ru",
        dt.date(2022, 9, 15),
    )
    # an invitation with no day is no planned visit
    assert not _found(
        "Глава региона пригласил делегацию Республики Беларусь принять участие в памятных мероприятиях в "
        "честь 80-летия Сталинградской Победы, сообщает пресс-служба администрации Волгоградской области.",
        "ru",
        dt.date(2022, 12, 15),
    )
    # a visit planned «по приглашению» is the visit's cause, not an invitation still open
    _assert_found(
        "По приглашению губернатора делегация Гомельской области посетит Брянск в сентябре.",
        "ru",
        dt.date(2023, 5, 10),
        {("planned event", "gomel", "bryansk", "2023-09")},
        set(),
    )
    # "in the Finance Ministry of Belarus": where it was signed, not a side
    found = _found(
        "Six districts of Lipetsk Oblast will sign twinning agreements. The first agreement was signed at a "
        "meeting in the Finance Ministry of Belarus on 28 April.",
        "en",
        dt.date(2022, 4, 28),
    )
    assert not [f for f in found if f[1] == "belarus"], found


def test_a_meeting_with_the_oblasts_head_after_the_partners_delegation_is_the_pairs() -> None:
    _assert_found(
        "Делегация Кировской области во главе с губернатором Александром Соколовым продолжает работу в "
        "Республике Беларусь. Сегодня состоялась встреча с председателем Брестского областного "
        "исполнительного комитета Петром Пархомчиком.",
        "ru",
        dt.date(2026, 1, 20),
        {("event", "brest", "kirov", "2026-01-20")},
        set(),
    )


def test_a_centre_read_as_its_oblast_is_still_the_city_in_a_tie_of_cities() -> None:
    # the story names Gomel Oblast first, then «Гомелем» twinned with a city: the city
    _assert_found(
        "В столицу прибыла делегация Гомельской области во главе с губернатором. В рамках форума подписано "
        "Соглашение об установлении побратимских отношений между Екатеринбургом и Гомелем.",
        "ru",
        dt.date(2025, 9, 29),
        {("twinning", "gomel-city", "yekaterinburg", "2025-09-29")},
        {("twinning", "gomel", "yekaterinburg", "2025-09-29")},
    )


def test_a_countrys_event_under_a_title_of_its_region_is_the_regions() -> None:
    # "the current visit … cooperation between Russia and Belarus" under a title of Lipetsk Oblast
    _assert_found(
        "Sergei Kurbatov noted that the current visit is aimed at expanding the horizon of cooperation "
        "between Russia and Belarus as much as possible.",
        "en",
        dt.date(2022, 4, 28),
        {("event", "belarus", "lipetsk", "2022-04-28")},
        {("event", "belarus", "russia", "2022-04-28")},
        title="Belarusian districts to twin with Lipetsk Oblast of Russia in 2022",
    )
    # a rank among the partner's trade partners counts no countries of Belarus
    assert not _found(
        "Беларусь по объёмам взаимной торговли занимает 8-е место в рейтинге 123 стран-внешнеторговых "
        "партнеров Волгоградской области.",
        "ru",
        dt.date(2022, 12, 15),
    )


def test_a_russian_town_the_registry_lacks_lies_in_its_federal_subject() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    article = Article(
        "Дружба между Сургутом и Гомелем насчитывает два десятилетия, а в прошлом году города стали "
        "побратимами. Делегация из России вновь побывала в Гомеле.",
        "t", None, dt.date(2025, 9, 16), None, "ru", "x", "text",
    )  # fmt: skip
    [town] = [p for p in propose([article], base, dt.date(2026, 12, 6)) if p.place]
    assert town.place is not None
    assert (town.place["id"], town.place["name"], town.place["kind"], town.place["country"],
            town.place["parent"]) == ("surgut", "Surgut", "city", "russia", "khanty-mansi")  # fmt: skip
    assert "where it lies: Khanty-Mansi Autonomous Okrug, as the list of Russian towns has it" in town.notes
    # the list's place stands for the guess from the article's country, and its English name is no draft
    assert not [n for n in town.notes if n.startswith("where it lies: Russia")], town.notes
    assert not [n for n in town.notes if "transliteration" in n], town.notes


def test_every_town_in_the_list_lies_in_a_subject_the_registry_holds() -> None:
    from briefer.places.towns import _TOWNS, _towns, towns_named

    # every town the list says to seek is found by its own name
    rows = [line.split("\t") for line in _TOWNS.read_text(encoding="utf-8").splitlines()[1:]]
    sought = [russian for russian, _, _, seek in rows if seek == "yes"]
    assert [name for russian in sought for _, _, name in towns_named(f"в городе {russian} и")] == sought

    base = load_fact_base(default_fact_root())
    subjects = {town.subject for town in _towns().values()}
    assert subjects <= set(base.regions.regions), subjects - set(base.regions.regions)
    assert all(base.regions.get(subject).country == "russia" for subject in subjects)
    # no town the registry already holds is listed again
    registered = {(region.name_in("ru") or "").replace("ё", "е").casefold() for region in base.regions}
    assert not registered & set(_towns())


def test_a_listed_russian_town_is_found_in_any_case_and_a_mans_name_is_not() -> None:
    from briefer.places.towns import towns_named

    # every case of a one-word name, and the adjectives of a name of two words
    text = "Глава Сургута, в Анапе, из Набережных Челнов, Великих Лук, Нижнего Тагила, Каменска-Уральского"
    assert [name for _, _, name in towns_named(text)] == [
        "Сургут", "Анапа", "Набережные Челны", "Великие Луки", "Нижний Тагил", "Каменск-Уральский"
    ]  # fmt: skip
    # the longest name that fits: «Зеленоградск» is not «Зеленоград», «Новороссийск» not «Новый Уренгой»
    text = "в Зеленоградске, из Новороссийска, Нарьян-Мара, Одинцово, в Раменском"
    assert [name for _, _, name in towns_named(text)] == [
        "Зеленоградск", "Новороссийск", "Нарьян-Мар", "Одинцово", "Раменское"
    ]  # fmt: skip
    # a man named for a town, the poet's town, an adjective of a town, a town that is also a word (the
    # list says not to seek it): none is the town
    assert towns_named("Сергей Подольский, городами Пушкин и Павловск, сургутская делегация, по Клину") == []
    _assert_found(
        "Глава Сургута подписал с председателем Гомельского горисполкома Владимиром Приваловым соглашение о "
        "побратимстве, сообщил он в соцсетях.",
        "ru",
        dt.date(2024, 9, 20),
        {("twinning", "gomel-city", "surgut", "2024-09-20")},
        set(),
    )


def test_districts_sharing_a_singular_noun_and_a_district_named_for_its_region() -> None:
    # «между Белокалитвинским и Житковичским районом»: both districts, the noun in the singular
    _assert_found(
        "В сентябре прошлого года на Гомельском экономическом форуме между Белокалитвинским и "
        "Житковичским районом было подписано соглашение об установлении побратимских отношений.",
        "ru",
        dt.date(2024, 6, 1),
        {("twinning", "zhitkovichi-district", "belokalitvinsky-district", "2023-09")},
        set(),
    )
    # «глав Зельвенского района Дениса Ольшевского и Слонимского района»: a man's name, no district
    extraction = _extraction(
        "Вчера в Минске состоялась встреча глав Зельвенского района Дениса Ольшевского и Слонимского района "
        "Ивана Иванова с представителями Нижегородской области.",
        "ru",
        dt.date(2022, 9, 15),
    )
    assert not extraction.new_places
    # «Ханты-Мансийский район» in a story of Russia lies in the okrug its name comes from
    extraction = _extraction(
        "Делегация из России: со стороны Ханты-Мансийского района участвовал глава муниципалитета, со "
        "стороны Могилевского района — председатель райисполкома.",
        "ru",
        dt.date(2023, 4, 18),
    )
    assert [(f.region.id, f.region.country, f.region.parent) for f in extraction.new_places] == [
        ("khanty-mansiysky-district", "russia", "khanty-mansi")
    ]


def test_an_agreement_of_two_towns_abroad_signed_by_their_heads_has_no_belarusian_side() -> None:
    assert not _found(
        "В Брянск приехали делегации городов-побратимов из Гомеля. 13 июля 2022 года глава Администрации "
        "Сухума Беслан Эшба и глава города Брянска Марина Дбар подписали соглашение об установлении "
        "партнерских связей и сотрудничестве между городами.",
        "ru",
        dt.date(2023, 9, 18),
    ) & {
        ("twinning", "gomel", "bryansk-city", "2022-07-13"),
        ("twinning", "gomel-city", "bryansk-city", "2022-07-13"),
    }


def test_a_municipal_formation_is_no_education() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    base = load_fact_base(default_fact_root())
    for text, topics in (
        ("Делегация муниципального образования «Починковский муниципальный округ» Смоленской области приняла "
         "участие в торжествах в г. Мстиславле 3 июля 2025 года.", ["diplomacy"]),
        ("Делегация Смоленской области обсудила в Мстиславле 3 июля 2025 года вопросы образования.",
         ["diplomacy", "education"]),
    ):  # fmt: skip
        article = Article(text, "t", None, dt.date(2025, 7, 3), None, "ru", "x", "text")
        [event] = [p.fact for p in propose([article], base, dt.date(2026, 12, 6)) if p.fact]
        assert event["topics"] == topics


def test_a_meeting_in_minsk_under_a_title_of_a_district_is_the_districts() -> None:
    _assert_found(
        "В четверг председатель райисполкома Денис Ольшевский с рабочим визитом побывал в Минске на деловых "
        "переговорах с представителями Нижегородской области.",
        "ru",
        dt.date(2022, 9, 15),
        {("event", "zelva-district", "nizhny-novgorod", "2022-09-15")},
        {("event", "minsk", "nizhny-novgorod", "2022-09-15")},
        title="Руководство Зельвенского района и Представительство Нижегородской области наметили пути "
        "стратегического партнерства",
    )
    # who went where was told of Minsk: the district's people met the oblast's
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    article = Article(
        "В четверг председатель райисполкома с рабочим визитом побывал в Минске на деловых переговорах с "
        "представителями Нижегородской области.",
        "Руководство Зельвенского района и Представительство Нижегородской области наметили пути партнерства",
        None, dt.date(2022, 9, 15), None, "ru", "x", "text",
    )  # fmt: skip
    summaries = [p.fact["summary"] for p in propose([article], load_fact_base(default_fact_root()),
                 dt.date(2026, 12, 6)) if p.fact]  # fmt: skip
    assert summaries == ["Representatives of Zelva District and Nizhny Novgorod Oblast met."]
    # Minsk as the side, under a title of Minsk, stays Minsk
    _assert_found(
        "В четверг в Минске прошли переговоры Мингорисполкома с представителями Нижегородской области.",
        "ru",
        dt.date(2022, 9, 15),
        {("event", "minsk", "nizhny-novgorod", "2022-09-15")},
        set(),
        title="Минск и Нижегородская область наметили пути партнерства",
    )


def test_delegations_of_twin_towns_listed_each_have_the_event() -> None:
    _assert_found(
        "В Брянск по случаю Дня города приехали делегации городов-побратимов: Гомеля и Минска (Республика "
        "Беларусь).",
        "ru",
        dt.date(2023, 9, 18),
        {
            ("event", "gomel-city", "bryansk-city", "2023-09-18"),
            ("event", "minsk", "bryansk-city", "2023-09-18"),
        },
        set(),
    )


def test_st_petersburg_ends_no_sentence_and_its_days_are_days() -> None:
    from briefer.ingest.sentences import sentences

    text = "St. Petersburg Days will be held in Minsk in April 2023. He met Dr. Li. The visit ended."
    assert [told for told, _, _ in sentences(text)] == [
        "St. Petersburg Days will be held in Minsk in April 2023.", "He met Dr. Li.", "The visit ended."
    ]  # fmt: skip
    _assert_found(
        "St. Petersburg Days will be held in Minsk in April 2023. Such a decision was taken at the meeting "
        "of Minsk Mayor Vladimir Kukharev with St. Petersburg Deputy Governor Kirill Polyakov.",
        "en",
        dt.date(2022, 11, 24),
        {("planned event", "minsk", "saint-petersburg", "2023-04"), ("event", "minsk", "saint-petersburg",
                                                                       "2022-11-24")},
        set(),
    )  # fmt: skip


def test_a_signing_due_tomorrow_an_agreement_meant_and_documents_signed_in_minsk_by_a_delegation() -> None:
    # «Завтра … должны подписать побратимский договор»: a signing planned for its day, no tie yet
    _assert_found(
        "Завтра, 19 ноября, должны подписать побратимский договор между Ростовом-на-Дону и Гомелем.",
        "ru",
        dt.date(2025, 11, 18),
        {("planned event", "gomel-city", "rostov-on-don", "2025-11-19")},
        {("twinning", "gomel-city", "rostov-on-don", "2025-11-19")},
    )
    # "the location for establishing a cooperation agreement as quickly as possible": meant, not signed
    assert not _found(
        "We specifically identified the Vitebsk region as the location for establishing a cooperation "
        "agreement with Uzbekistan as quickly as possible.",
        "en",
        dt.date(2026, 3, 4),
    )
    # «подписали в Минске ряд важных соглашений»: Minsk is where, not a party
    assert not [
        f
        for f in _found(
            "Представители делегации Ростовской области под руководством губернатора подписали в Минске ряд "
            "важных соглашений.",
            "ru",
            dt.date(2025, 11, 18),
        )
        if f[0] in ("agreement", "twinning")
    ]
    # agreements "between organizations of Belarus and Udmurtia" are the organisations'
    assert not [
        f
        for f in _found(
            "The meeting resulted in the signing of a number of Cooperation Agreements between organizations "
            "of Belarus and Udmurtia.",
            "en",
            dt.date(2022, 11, 22),
        )
        if f[0] == "agreement"
    ]


def test_a_tie_the_base_holds_as_an_agreement_of_the_pair_and_their_region_is_known() -> None:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    article = Article(
        "По итогам заседания рабочей группы договорились об установлении дружественных отношений между "
        "Цимлянским районом Дона и Быховским районом Могилевской области.",
        "t", None, dt.date(2025, 11, 18), None, "ru", "x", "text",
    )  # fmt: skip
    [tie] = [
        p for p in propose([article], load_fact_base(default_fact_root()), dt.date(2026, 12, 6)) if p.fact
    ]
    assert (tie.standing.status, tie.standing.fact) == ("known", "bykhov-tsimlyansk-friendly-relations-2025")


def test_a_signing_planned_at_the_forum_of_twin_cities_and_the_countries_own_forum() -> None:
    # the forum's name is no tie on record: the twinning signing planned there is the news
    _assert_found(
        "В рамках ХII Форума городов-побратимов Беларуси и России, который проходит в Бресте, запланировано "
        "подписание соглашения об установлении побратимских связей между Смоленском и Оршанским районом.",
        "ru",
        dt.date(2023, 9, 14),
        {("planned event", "orsha-district", "smolensk-city", "2023-09")},
        set(),
    )
    # what a forum is for is no event
    assert not _found(
        "Главными задачами Форума являются углубление интеграционных процессов, укрепление связей Гомельской "
        "области и Брянской области.",
        "ru",
        dt.date(2023, 6, 27),
    )
    # the Forum of Regions of Belarus and Russia is the countries' own: no event of Belarus with Russia
    assert not _found(
        "В Уфе проходит юбилейный Х Форум регионов Беларуси и России, о чём мы и сообщали ранее.",
        "ru",
        dt.date(2023, 6, 27),
    )


def _proposed_facts_and_places(text: str, language: str, day: dt.date, title: str = "t") -> list[Proposal]:
    from briefer.ingest.articles import Article
    from briefer.ingest.propose import propose

    article = Article(text, title, None, day, None, language, "x", "text")
    return propose([article], load_fact_base(default_fact_root()), dt.date(2026, 12, 6))


def _proposed_facts(text: str, language: str, day: dt.date, title: str = "t") -> list[Proposal]:
    return [p for p in _proposed_facts_and_places(text, language, day, title) if p.fact]


def test_an_event_at_a_named_occasion_is_summarised_with_its_name_and_edition() -> None:
    # a meeting at a forum: where they met, the edition as an English ordinal and a Roman numeral
    [meeting] = _proposed_facts(
        "Vitebsk Oblast governor met with the Governor of Pskov Oblast on the sidelines of the 11th Forum of "
        "Regions of Belarus and Russia on June 27.",
        "en",
        dt.date(2024, 6, 28),
    )
    assert meeting.fact["summary"] == (
        "Representatives of Vitebsk Oblast and Pskov Oblast met at the 11th Forum of Regions of Belarus and "
        "Russia."
    )
    assert meeting.fact["translations"]["ru"]["summary"] == (
        "Состоялась встреча представителей Витебской области и Псковской области на XI Форуме регионов "
        "Беларуси и России."
    )
    # a visit at City Day; Belarusian «у» after a vowel is «ў»
    [visit] = _proposed_facts(
        "Делегация Ишима побывала в Бобруйске на Дне города.", "ru", dt.date(2025, 9, 14)
    )
    assert visit.fact["summary"] == "Representatives of Ishim visited Bobruisk at the City Day celebrations."
    assert visit.fact["translations"]["be"]["summary"] == (
        "Прадстаўнікі Ішыма пабывалі ў Бабруйску на святкаванні Дня горада."
    )
    # a signing planned within a forum, its edition told in Cyrillic letters («ХII»)
    [signing] = _proposed_facts(
        "В рамках ХII Форума городов-побратимов Беларуси и России запланировано подписание соглашения об "
        "установлении побратимских связей между Смоленском и Оршанским районом.",
        "ru",
        dt.date(2023, 9, 14),
    )
    assert signing.fact["summary"] == (
        "Orsha District and Smolensk are to sign a twinning agreement at the 12th Forum of Twin Cities."
    )
    # a forum told by its name: who took part in it
    [forum] = _proposed_facts(
        "Делегация Гомельской области приняла участие во Втором Форуме регионов Беларуси и Узбекистана, "
        "который прошёл 7 февраля в Ташкенте вместе с представителями Ферганской области.",
        "ru",
        dt.date(2024, 2, 8),
    )
    assert forum.fact["translations"]["ru"]["summary"] == (
        "Представители Гомельской области и Ферганской области приняли участие в II Форуме регионов "
        "Беларуси и Узбекистана."
    )
    # an occasion the event only heads for is not where it was held
    [preparing] = _proposed_facts(
        "Губернатор Витебской области встретился с губернатором Псковской области, чтобы подготовиться к "
        "Форуму регионов Беларуси и России.",
        "ru",
        dt.date(2024, 5, 2),
    )
    assert "Форум" not in preparing.fact["translations"]["ru"]["summary"]


def test_an_event_at_the_occasion_the_base_tells_of_is_known_though_the_day_differs() -> None:
    # the base has the XII Forum of Twin Cities in Brest on 29 September; an article of the 14th
    [forum] = _proposed_facts(
        "В Бресте проходит ХII Форум городов-побратимов Беларуси и России с участием делегаций из России.",
        "ru",
        dt.date(2023, 9, 14),
    )
    assert (forum.standing.status, forum.standing.fact) == ("known", "brest-twin-cities-forum-2023")
    assert forum.fact["summary"] == (
        "Representatives of Brest and Russia took part in the 12th Forum of Twin Cities."
    )


def test_the_visitors_are_those_named_by_their_delegation_or_origin_next_to_the_verb() -> None:
    [concert] = _proposed_facts(
        "Осенью с ответным концертом Беларусь посетили артисты из Стародуба.", "ru", dt.date(2024, 4, 4)
    )
    assert concert.fact["summary"] == "Representatives of Starodub visited Belarus."
    # «Осенью», told in April: the autumn before, its year only
    assert concert.fact["date"] == "2023"
    [fair] = _proposed_facts(
        "Наряду с делегацией посольства ярмарку посетила делегация Витебской области, поддерживающая "
        "побратимские связи с провинцией Хэйлунцзян.",
        "ru",
        dt.date(2023, 6, 20),
    )
    assert fair.fact["summary"] == "Representatives of Vitebsk Oblast visited Heilongjiang Province."


def test_a_season_without_its_year_is_the_last_or_next_such_season_from_the_articles_day() -> None:
    told = "делегация Гомельской области {} Брянскую область."
    assert _found("Осенью " + told.format("посетила"), "ru", dt.date(2024, 10, 4)) >= {
        ("event", "gomel", "bryansk", "2024")
    }
    assert ("planned event", "gomel", "bryansk", "2025") in _found(
        "Летом " + told.format("посетит"), "ru", dt.date(2024, 10, 4)
    )
    assert ("event", "gomel", "bryansk", "2023") in _found(
        "In the summer, a delegation of Gomel Oblast visited Bryansk Oblast.", "en", dt.date(2024, 5, 4)
    )


def test_a_new_towns_belarusian_name_drafts_its_unstressed_o_as_a() -> None:
    from briefer.ingest.newplaces import belarusian_town

    proposals = _proposed_facts_and_places(
        "Осенью с ответным концертом Беларусь посетили артисты из Стародуба.", "ru", dt.date(2024, 4, 4)
    )
    [starodub] = [p.place for p in proposals if p.place is not None]
    assert starodub["names"] == {"ru": "Стародуб", "be": "Старадуб"}
    assert [
        belarusian_town(name) for name in ("Ростов", "Обнинск", "Петропавловск-Камчатский", "Щёлково")
    ] == ["Растоў", "Обнінск", "Петрапаўлаўск-Камчацкі", "Шчолкава"]


def test_a_tour_or_a_concert_is_an_event_only_where_its_artists_and_stage_are_placed() -> None:
    [tour] = _proposed_facts(
        "В Могилеве пройдут гастроли Брянского областного драматического театра имени А. К. Толстого "
        "11 и 12 октября.",
        "ru",
        dt.date(2025, 10, 2),
    )
    # (two days told: the last, as the base dates a forum of 28–29 September)
    assert (tour.fact["regions"], tour.fact["date"]) == (["mogilev-city", "bryansk"], "2025-10-12")
    assert tour.fact["summary"] == "Artists of Bryansk Oblast are to perform in Mogilev."
    assert tour.fact["translations"]["ru"]["summary"] == "Артисты Брянской области выступят в Могилёве."
    assert tour.fact["translations"]["be"]["summary"] == "Артысты Бранскай вобласці выступяць у Магілёве."
    [concert] = _proposed_facts(
        "Артисты Гомельской области дали концерт в Брянске 5 мая.", "ru", dt.date(2025, 5, 6)
    )
    assert concert.fact["summary"] == "Artists of Gomel Oblast performed in Bryansk Oblast."
    # artists of both sides on one stage: whose tour it was, the sentence does not say
    assert not _proposed_facts(
        "The Chamber Orchestra of the College of Music of Jiangsu Province and the Bolshoi Opera and Ballet "
        "Theatre of Belarus performed together on 21 December.",
        "en",
        dt.date(2025, 1, 8),
    )
    # a meeting told beside a concert, or held in a concert hall, is the meeting
    for text in (
        "Встреча представителей Гомеля и Брянска прошла после концерта 5 мая.",
        "В концертном зале Гомеля 5 мая прошла встреча с делегацией Брянска.",
    ):
        [meeting] = _proposed_facts(text, "ru", dt.date(2025, 5, 6))
        assert meeting.fact["summary"] == "Representatives of Gomel and Bryansk met.", text


@pytest.mark.parametrize(
    ("russian", "read"),
    [
        ("Муданьцзян", "Mudanjiang"),
        ("Хэнань", "Henan"),  # He-nan, not Heng-an
        ("Цзинань", "Jinan"),
        ("Сиань", "Xi'an"),
        ("Сычуань", "Sichuan"),
        ("Гуанчжоу", "Guangzhou"),
        ("Чжанцзякоу", "Zhangjiakou"),
        ("Минск", None),  # no Palladius syllables
        ("Харбин", None),  # the traditional spelling, not Palladius
    ],
)
def test_a_chinese_name_in_palladius_spelling_reads_back_into_pinyin(russian: str, read: str | None) -> None:
    from briefer.ingest.palladius import pinyin

    assert pinyin(russian) == read


def test_a_new_chinese_city_is_named_in_pinyin_and_placed_in_china_by_its_spelling() -> None:
    proposals = _proposed_facts_and_places(
        "Чжан Гоцзюн, мэр города Муданьцзян, встретился с председателем Полоцкого райисполкома 16 июня.",
        "ru",
        dt.date(2023, 6, 20),
    )
    [place] = [p for p in proposals if p.place is not None]
    assert place.place == {
        "id": "mudanjiang",
        "name": "Mudanjiang",
        "names": {"ru": "Муданьцзян", "be": "Муданьцзян"},
        "kind": "city",
        "country": "china",
        "parent": "china",
        "aliases": ["Муданьцзян"],
    }
    assert "the English name is read back into pinyin from its Russian spelling: check it" in place.notes
    assert "where it lies: China, as its spelling tells: add its province" in place.notes
    [meeting] = [p for p in proposals if p.fact]
    assert meeting.fact["regions"] == ["polotsk-district", "mudanjiang"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Мэр Муданьцзяна посетил Витебск.", [(4, 15, "Муданьцзян")]),  # the genitive: its nominative
        ("Делегация Цзинаня прибыла, соглашение с Чжухаем.", [(10, 17, "Цзинань"), (40, 47, "Чжухай")]),
        ("Сотрудничество с Муданьцзянам і Ханчжоу.", [(17, 29, "Муданьцзян"), (32, 39, "Ханчжоу")]),
        ("Губернатор Ван Цзюнь и Си Цзиньпин.", []),  # men's names: a surname beside a given name
        ("Председатель Чжан заявил.", []),  # one syllable: a surname more likely than a town
        ("Компания «Чжунтай» у реки Янцзы и горы Цзюхуа.", []),  # a firm, a river, a mountain
        ("Встреча в Цзинане.", []),  # «Цзинань» or «Цзинан»: no guess
    ],
)
def test_a_town_spelled_as_only_chinese_names_are_is_found_in_any_case(
    text: str, named: list[tuple[int, int, str]]
) -> None:
    from briefer.ingest.palladius import chinese_towns_named

    assert chinese_towns_named(text) == named


def test_a_twin_in_a_clause_of_its_own_stands_whatever_the_sentence_wishes_to_sign() -> None:
    # a new town by its Chinese spelling, its parent from the article; «являющегося побратимом» a tie
    # standing, though the sentence goes on to a signing only wished for
    proposals = _proposed_facts_and_places(
        "Делегация Витебской области посетила провинцию Хэйлунцзян. Руководитель Полотчины и мэр "
        "Муданьцзяна, являющегося побратимом Полоцкого района, выразили заинтересованность в подписании "
        "протокола о сотрудничестве.",
        "ru",
        dt.date(2023, 6, 20),
    )
    [place] = [p.place for p in proposals if p.place is not None]
    assert (place["id"], place["name"], place["parent"]) == ("mudanjiang", "Mudanjiang", "heilongjiang")
    facts = {
        (p.fact["kind"], *p.fact["regions"], p.fact["date"]): p.fact["summary"] for p in proposals if p.fact
    }
    assert facts == {
        (
            "event",
            "vitebsk",
            "heilongjiang",
            "2023-06-20",
        ): "Representatives of Vitebsk Oblast visited Heilongjiang Province.",
        (
            "twinning",
            "polotsk-district",
            "mudanjiang",
            "2023",
        ): "By 2023, Polotsk District and Mudanjiang had twinning ties.",
    }


def test_a_theatre_named_as_the_stage_is_where_the_touring_artists_performed() -> None:
    [tour] = _proposed_facts(
        "В мае на сцене Гомельского областного драматического театра прошли гастроли Брянского областного "
        "театра драмы.",
        "ru",
        dt.date(2024, 5, 10),
    )
    assert tour.fact["summary"] == "Artists of Bryansk Oblast performed in Gomel Oblast."


def test_a_working_groups_session_is_told_as_such_and_a_chambers_branch_is_no_oblast() -> None:
    [meeting] = _proposed_facts(
        "On November 22, 2022, the General Director of the Gomel branch of the Belarusian Chamber of "
        "Commerce and Industry took part online in a meeting of the working group on cooperation between "
        "the Udmurt Republic and the Republic of Belarus.",
        "en",
        dt.date(2022, 11, 22),
    )
    assert meeting.fact["regions"] == ["belarus", "udmurtia"]
    # the working group's meeting, as such; a republic named "… Republic" takes its article
    assert (
        meeting.fact["summary"]
        == "The working group on cooperation between Belarus and the Udmurt Republic met."
    )
    [session] = _proposed_facts(
        "18 ноября в Минске состоялось заседание рабочей группы по сотрудничеству Республики Беларусь и "
        "Ростовской области.",
        "ru",
        dt.date(2025, 11, 18),
    )
    assert session.fact["translations"]["ru"]["summary"] == (
        "Состоялось заседание рабочей группы по сотрудничеству Беларуси и Ростовской области."
    )
    assert session.fact["translations"]["be"]["summary"] == (
        "Адбылося пасяджэнне рабочай групы па супрацоўніцтве Беларусі і Растоўскай вобласці."
    )
    # a group of Belarus meeting with an oblast's official: the oblast's meeting, not its group's
    [first] = _proposed_facts(
        "Об этом сообщил заместитель председателя Брестского облисполкома на первом заседании рабочей группы "
        "по сотрудничеству Беларуси и Орловской области 24 октября.",
        "ru",
        dt.date(2024, 10, 24),
    )
    assert first.fact["summary"] == "Representatives of Brest Oblast and Orel Oblast met."
    # a working group only talked of at a meeting is no session of it
    [talks] = _proposed_facts(
        "Губернатор Гомельской области встретился с делегацией Брянской области 5 мая, обсудили работу "
        "рабочей группы.",
        "ru",
        dt.date(2025, 5, 6),
    )
    assert talks.fact["summary"] == "Representatives of Gomel Oblast and Bryansk Oblast met."


def test_a_figure_of_our_region_told_from_the_partners_side_is_not_belarus_s() -> None:
    # «нашего региона» in a Karaganda paper: the region's trade with Belarus, not Belarus's total
    assert not _proposed_facts(
        "Порядка 100 миллионов долларов составил в прошлом году внешнеторговый оборот нашего региона с "
        "предприятиями Беларуси. В настоящее время в регионе работают 22 совместных предприятия.",
        "ru",
        dt.date(2022, 5, 31),
    )
    # a story of a partner region the base knows: its own figure, with Belarus
    [trade] = _proposed_facts(
        "Порядка 100 миллионов долларов составил в прошлом году внешнеторговый оборот нашего региона с "
        "предприятиями Беларуси.",
        "ru",
        dt.date(2022, 5, 31),
        title="Брянская область и Беларусь",
    )
    assert (trade.fact["scope"], trade.fact["figure"]["value"]) == (
        {"of": "bryansk", "with": "belarus"},
        100000000,
    )


def test_an_event_the_base_holds_with_a_district_beside_the_pair_is_known() -> None:
    [visit] = _proposed_facts(
        "Сустрэчу з дэлегацыяй з правінцыі Шэньсі Кітайскай Народнай Рэспублікі правёў сёння намеснік "
        "старшыні Магілёўскага аблвыканкама.",
        "be",
        dt.date(2025, 7, 28),
    )
    assert (visit.standing.status, visit.standing.fact) == ("known", "mogilev-shaanxi-agri-delegation-2025")


def test_a_new_place_sharing_a_spelling_with_a_known_one_says_so() -> None:
    proposals = _proposed_facts_and_places(
        "Особенно тесная дружба связывает Ивановский и Витебский районы.",
        "ru",
        dt.date(2024, 4, 3),
        title="Ивановский район и регионы Беларуси связал телемост",
    )
    [ivanovsky] = [p for p in proposals if p.place is not None]
    assert (ivanovsky.place["id"], ivanovsky.place["parent"]) == ("ivanovsky-district", "ivanovo")
    assert (
        "«Ивановский район» also names Ivanovo District in Brest Oblast, which a text naming it will still "
        "find: tell them apart before accepting"
    ) in ivanovsky.notes


def test_a_place_found_by_an_alias_of_a_known_one_in_the_same_region_is_that_one() -> None:
    # «Псковский район» is an alias of Pskov Municipal Okrug: no new place beside it
    proposals = _proposed_facts_and_places(
        "План мероприятий по реализации соглашения о приграничном сотрудничестве между Псковским и "
        "Могилевским районами подписали 5 июня.",
        "ru",
        dt.date(2025, 6, 6),
    )
    assert [p.place for p in proposals if p.place is not None] == []
    [plan] = [p for p in proposals if p.fact]
    assert plan.fact["regions"] == ["mogilev-district", "pskov-okrug"]
