"""The shipped fact base: complete enough to brief on every pair the sources discuss."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from briefer import make_brief
from briefer.facts import FactBase, default_fact_root, load_fact_base
from briefer.facts.coverage import coverage

from .conftest import DATA, run

BELARUSIAN_REGIONS = ("brest", "vitebsk", "gomel", "grodno", "minsk-oblast", "mogilev", "minsk")


@pytest.fixture(scope="module")
def shipped() -> FactBase:
    return load_fact_base(default_fact_root())


def test_the_base_is_substantial(shipped: FactBase) -> None:
    assert len(shipped.facts) > 200


@pytest.mark.parametrize("region", BELARUSIAN_REGIONS)
def test_every_belarusian_region_has_at_least_three_partners(shipped: FactBase, region: str) -> None:
    partners = {row.partner.id for row in coverage(shipped) if row.region.id == region}
    assert len(partners) >= 3, f"{region} has facts with only {sorted(partners)}"


def test_every_source_has_a_url_or_a_full_reference(shipped: FactBase) -> None:
    for fact in shipped.facts:
        for source in fact.sources:
            full_reference = bool(source.title and (source.author or source.publisher) and source.year)
            assert source.url or full_reference, f"{fact.path}:{fact.line} {fact.id}: {source}"


def test_urls_are_whole(shipped: FactBase) -> None:
    for fact in shipped.facts:
        for source in fact.sources:
            if source.url:
                assert source.url.startswith(("http://", "https://")), f"{fact.id}: {source.url}"
                assert " " not in source.url and "\n" not in source.url, f"{fact.id}: {source.url}"


@pytest.mark.parametrize(
    ("region", "partner"),
    [
        ("gomel", "navoi"),
        ("belarus", "sakhalin"),
        ("belarus", "tatarstan"),
        ("grodno", "hainan"),
        ("mogilev", "tianjin"),
        ("brest", "hubei"),
        ("belarus", "hungary"),
        ("belarus", "pakistan"),
        ("gomel", "mazandaran"),
        ("minsk", "budapest"),
        ("belarus", "india"),
        ("belarus", "mongolia"),
    ],
)
def test_pairs_the_sources_discuss_get_a_sheet_with_their_facts(
    shipped: FactBase, region: str, partner: str
) -> None:
    brief = make_brief(shipped, region, partner, as_of=dt.date(2026, 11, 26))
    assert not brief.context.is_empty
    assert brief.context.timeline or brief.context.figures or brief.context.background
    assert "\n[^1]: " in brief.markdown


def test_the_documented_contradictions_are_flagged(shipped: FactBase) -> None:
    henan = make_brief(shipped, "mogilev", "henan", as_of=dt.date(2026, 11, 26)).markdown
    # Friendly relations in 2004 and a twinning in 2008 are two stages, not a dispute.
    assert "- **Friendly relations since 2004** (Mogilev Oblast–Henan Province" in henan
    assert "Another source gives 2008" not in henan and "Another source gives 2004" not in henan
    jiangsu = make_brief(shipped, "mogilev", "jiangsu", as_of=dt.date(2026, 11, 26)).markdown
    assert "- **Twinned since 1997** (Mogilev Oblast–Jiangsu Province" in jiangsu
    assert "  - Another source gives 2015: " in jiangsu
    hungary = make_brief(shipped, "grodno", "hungary", as_of=dt.date(2026, 11, 26)).markdown
    # The source's "USD 575 million" of exports within USD 2.1 million of trade is
    # deprecated: kept in the base, never shown, not even as a rival to USD 575,000.
    assert "575 million" not in hungary
    assert "exports are given as USD 575,000.[^" in hungary
    assert "sources disagree" not in hungary


def test_shipped_check_names_both_sides_of_each_conflict(runner) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "facts", "check")
    assert result.exit_code == 0
    assert "henan and mogilev" not in result.output, "two stages of one tie are not a conflict"
    jiangsu = next(
        line for line in result.output.splitlines() if "since which jiangsu and mogilev are twinned" in line
    )
    assert "'mogilev-jiangsu-twinning' (1997," in jiangsu
    assert "'mogilev-jiangsu-twinning-agreement-2015' (2015," in jiangsu
    assert "https://china.mfa.gov.by/ru/bilateral/regional/info/" in jiangsu
    assert "Mogilev region: China's engagement vector" in jiangsu


def test_coverage_table(runner) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "--facts", str(DATA / "base"), "facts", "coverage", "--as-of", "2026-12-02")
    assert result.exit_code == 0
    assert result.output == (
        "region        partner    total  figure  twinning  agreement  event  project  quote  context"
        "  newest   newest figure\n"
        "belarus       china      3      2       -         -          -      -        -      1"
        "        2021-05  January-April 2021\n"
        "gomel         sichuan    1      -       1         -          -      -        -      -"
        "        2011     -\n"
        "minsk-oblast  hubei      1      -       -         -          1      -        -      -"
        "        -        -\n"
        "mogilev       china      2      2       -         -          -      -        -      -"
        "        2020     2020\n"
        "mogilev       henan      7      -       3         1          1      1        1      -"
        "        2022-09  -\n"
        "mogilev       zhengzhou  1      -       1         -          -      -        -      -"
        "        2014-07  -\n"
        "6 pairs; 4 with fewer than 3 facts; 6 with no fact from 2024 on\n"
    )


def test_coverage_as_of_a_day_counts_what_had_happened_by_then(runner) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "--facts", str(DATA / "base"), "facts", "coverage", "--as-of", "2021-12-31")
    lines = {line.split()[1]: line for line in result.output.splitlines()[1:-1]}
    assert lines["henan"].split()[-2:] == ["2021-06-15", "-"]  # the September 2022 expo had not happened
    assert result.output.splitlines()[-1] == "6 pairs; 4 with fewer than 3 facts; 3 with no fact from 2019 on"
    bad = run(runner, "--facts", str(DATA / "base"), "facts", "coverage", "--as-of", "yesterday")
    assert bad.exit_code == 2 and "--as-of 'yesterday' is not a date" in bad.output


def test_coverage_json(runner) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(
        run(
            runner, "--facts", str(DATA / "base"), "facts", "coverage", "--json", "--as-of", "2026-12-02"
        ).output
    )
    henan = next(row for row in rows if (row["region"], row["partner"]) == ("mogilev", "henan"))
    assert henan == {
        "region": "mogilev",
        "partner": "henan",
        "total": 7,
        "by_kind": {
            "figure": 0,
            "twinning": 3,
            "agreement": 1,
            "event": 1,
            "project": 1,
            "quote": 1,
            "context": 0,
        },
        "newest_fact": "2022-09",
        "newest_figure": None,
    }
    china = next(row for row in rows if (row["region"], row["partner"]) == ("belarus", "china"))
    assert china["newest_figure"] == {
        "id": "belarus-china-trade-jan-apr-2021",
        "date": "2021-05",
        "period": "January-April 2021",
    }


def test_coverage_shows_every_belarusian_region(runner) -> None:  # type: ignore[no-untyped-def]
    regions = {line.split()[0] for line in run(runner, "facts", "coverage").output.splitlines()[1:-1]}
    assert set(BELARUSIAN_REGIONS) | {"belarus"} <= regions


def test_facts_with_incomplete_sources_are_listed_for_checking(shipped: FactBase) -> None:
    markdown = make_brief(shipped, "mogilev", "henan", as_of=dt.date(2026, 11, 26)).markdown
    warnings = markdown.split("## Warnings")[1].split("## Sources")[0]
    unchecked = [f for f in shipped.find("mogilev", "henan") if f.status == "needs-check"]
    assert unchecked
    assert "**Source incomplete — check the original:**" in warnings
    for fact in unchecked:
        assert f"  - {fact.summary}[^" in warnings


def test_a_source_keeps_its_own_title_and_only_a_rendering_is_marked(shipped: FactBase) -> None:
    russian = make_brief(shipped, "mogilev", "henan", as_of=dt.date(2026, 11, 26), language="ru").markdown
    notes = [line for line in russian.splitlines() if line.startswith("[^")]
    essay = next(line for line in notes if "Zalessky, B. *Mogilev region: China's engagement vector*" in line)
    embassy = next(line for line in notes if "*Belarus-China interregional cooperation and twinning*" in line)
    # the essay is written in English: its title is its own
    assert "(название в английском переводе)" not in essay
    # the embassy page is Russian, and the base has only an English rendering of its title
    assert (
        "*Belarus-China interregional cooperation and twinning*. (название в английском переводе)" in embassy
    )
