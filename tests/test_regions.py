"""Resolving the names journalists type to regions in the registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.errors import AmbiguousRegionError, UnknownRegionError
from briefer.facts import default_fact_root, load_fact_base
from briefer.places import RegionRegistry, registry_from_data
from briefer.yamlload import load_yaml

from .conftest import brief_markdown, run


@pytest.fixture(scope="module")
def registry() -> RegionRegistry:
    return load_fact_base(default_fact_root()).regions


@pytest.mark.parametrize(
    ("name", "region_id"),
    [
        ("gomel", "gomel"),
        ("Homiel", "gomel"),
        ("HOMEL", "gomel"),
        ("Hrodna", "grodno"),
        ("Mahilyow", "mogilev"),
        ("Mogilyov", "mogilev"),
        ("Mahilioŭ", "mogilev"),
        ("Viciebsk", "vitebsk"),
        ("Vitsyebsk", "vitebsk"),
        ("Bierascie", "brest"),
        ("Minsk Oblast", "minsk-oblast"),
        ("Minsk", "minsk"),
    ],
)
def test_latin_spellings(registry: RegionRegistry, name: str, region_id: str) -> None:
    assert registry.resolve(name).id == region_id


@pytest.mark.parametrize(
    ("name", "region_id"),
    [
        ("Гомель", "gomel"),
        ("Гомельская область", "gomel"),
        ("Гомельская вобласць", "gomel"),
        ("Сычуань", "sichuan"),
        ("Минск", "minsk"),
    ],
)
def test_cyrillic_spellings(registry: RegionRegistry, name: str, region_id: str) -> None:
    assert registry.resolve(name).id == region_id


@pytest.mark.parametrize(("name", "region_id"), [("四川", "sichuan"), ("河南", "henan"), ("陕西", "shaanxi")])
def test_chinese_spellings(registry: RegionRegistry, name: str, region_id: str) -> None:
    assert registry.resolve(name).id == region_id


def test_shanxi_and_shaanxi_stay_apart(registry: RegionRegistry) -> None:
    assert registry.resolve("Shanxi").id == "shanxi"
    assert registry.resolve("Shaanxi").id == "shaanxi"


def test_near_miss_suggests(registry: RegionRegistry) -> None:
    with pytest.raises(UnknownRegionError) as caught:
        registry.resolve("Gomell")
    assert "did you mean gomel (Gomel Oblast)" in str(caught.value)


def test_generic_words_are_ignored(registry: RegionRegistry) -> None:
    assert registry.resolve("Sichuan Province").id == "sichuan"
    assert registry.resolve("Mogilyov region").id == "mogilev"
    assert registry.resolve("Могилёвская обл.").id == "mogilev"


def _registry(tmp_path: Path, text: str) -> RegionRegistry:
    path = tmp_path / "regions.yaml"
    path.write_text(text, encoding="utf-8")
    data, problems = load_yaml(path, "regions.yaml")
    registry, more = registry_from_data(data, "regions.yaml")
    assert not [p for p in problems + more if p.severity == "error"]
    return registry


def test_ambiguous_name_lists_choices(tmp_path: Path) -> None:
    registry = _registry(
        tmp_path,
        """
- {id: belarus, name: Belarus, kind: country}
- {id: minsk, name: Minsk, kind: city, country: belarus}
- {id: minsk-oblast, name: Minsk Oblast, kind: oblast, country: belarus}
""",
    )
    with pytest.raises(AmbiguousRegionError) as caught:
        registry.resolve("Minsk region")
    message = str(caught.value)
    assert "ambiguous" in message
    assert "minsk (Minsk)" in message
    assert "minsk-oblast (Minsk Oblast)" in message


def test_cli_unknown_region_exits_2(runner) -> None:  # type: ignore[no-untyped-def]
    result = brief_markdown(runner, "Gomell", "sichuan", facts=None)
    assert result.exit_code == 2
    assert "unknown region 'Gomell'; did you mean gomel (Gomel Oblast)?" in result.output
    assert "Traceback" not in result.output


def test_cli_ambiguous_region_exits_2(runner, small_base: Path) -> None:  # type: ignore[no-untyped-def]
    regions = small_base / "regions.yaml"
    regions.write_text(
        regions.read_text(encoding="utf-8") + "- {id: gomel-2, name: Gomel Two, kind: oblast, "
        "country: belarus, aliases: [Homiel]}\n",
        encoding="utf-8",
    )
    result = brief_markdown(runner, "Homiel", "sichuan", facts=small_base)
    assert result.exit_code == 2
    assert "region name 'Homiel' is ambiguous" in result.output
    assert "gomel (Gomel Oblast)" in result.output and "gomel-2 (Gomel Two)" in result.output


def test_regions_command_filters_by_country(runner) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "regions", "--country", "中国")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    ids = {line.split()[0] for line in lines[:-1]}
    assert {"china", "sichuan", "henan", "zhengzhou"} <= ids
    assert "gomel" not in ids
    assert lines[-1] == f"{len(lines) - 1} regions"


def test_regions_json(runner) -> None:  # type: ignore[no-untyped-def]
    import json

    result = run(runner, "regions", "--country", "belarus", "--json")
    rows = json.loads(result.output)
    by_id = {row["id"]: row for row in rows}
    assert {"brest", "vitebsk", "gomel", "grodno", "minsk-oblast", "mogilev", "minsk", "belarus"} <= set(
        by_id
    )
    assert by_id["gomel"]["kind"] == "oblast"
    assert "Homiel" in by_id["gomel"]["aliases"]
    assert by_id["minsk"]["kind"] == "city"


def test_regions_country_must_be_a_country(runner) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "regions", "--country", "sichuan")
    assert result.exit_code == 2
    assert "not a country" in result.output


# --- every place a journalist may name ---------------------------------------------------


def _iso_names(country_code: str) -> list[tuple[str, str]]:
    import gettext

    import pycountry

    russian = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    return [(s.name, russian.gettext(s.name)) for s in pycountry.subdivisions.get(country_code=country_code)]


@pytest.mark.parametrize(
    ("code", "country", "count"), [("RU", "russia", 83), ("CN", "china", 34), ("UZ", "uzbekistan", 14)]
)
def test_every_region_of_the_partner_countries_resolves(
    registry, code: str, country: str, count: int
) -> None:  # type: ignore[no-untyped-def]
    names = _iso_names(code)
    assert len(names) == count
    found = {registry.resolve(name).id for name, _ in names}
    # Uzbekistan's capital and the region around it share the ISO name Toshkent
    assert len(found) == len({name for name, _ in names}), "two ISO regions resolve to one place"
    for name, russian in names:
        for spelling in (name, russian):
            found = registry.resolve(spelling)
            # Hong Kong, Macao and Taiwan are also in ISO 3166-1 and resolve as such
            assert found.country_id == country or found.kind == "country", spelling


def test_every_country_resolves_in_english_and_russian(registry) -> None:  # type: ignore[no-untyped-def]
    import gettext

    import pycountry

    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    countries = list(pycountry.countries)
    assert len(countries) >= 249
    for country in countries:
        for name in (country.name, russian.gettext(country.name)):
            assert registry.resolve(name).kind == "country", name


@pytest.mark.parametrize(
    ("names", "region_id"),
    [
        (("Moscow", "Москва", "Масква"), "moscow"),
        (("Kaluga", "Калужская область", "Калуга"), "kaluga"),
        (("Yunnan", "Юньнань", "云南"), "yunnan"),
        (("Hubei", "Хубей", "湖北"), "hubei"),
        (("France", "Франция", "Францыя"), "france"),
        (("Kamchatskiy kray", "Камчатский край", "Камчацкі край"), "kamchatka-krai"),
        (("Гомельская обл", "Гомельская обл.", "Гомельская вобл"), "gomel"),
    ],
)
def test_names_in_three_scripts_resolve(registry, names: tuple[str, ...], region_id: str) -> None:  # type: ignore[no-untyped-def]
    for name in names:
        assert registry.resolve(name).id == region_id, name


def test_a_partner_with_no_facts_gets_the_nothing_recorded_sheet(runner) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "brief", "Минск", "Мурманская область", "--format", "md", "--out", "-")
    assert result.exit_code == 0
    assert "# Minsk and Murmansk Oblast: fact sheet" in result.stdout
    assert result.stderr == (
        "warning: the fact base holds no facts linking Minsk and Murmansk Oblast; "
        "the sheet says what is missing\n"
    )


def test_unquoted_names_of_several_words_get_told_to_quote(runner) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "brief", "Гомельская", "обл.", "Сычуань")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: briefer brief takes two names, but got 3 words: Гомельская обл. Сычуань\n"
        "Quote a name of several words, e.g. briefer brief 'Гомельская обл.' Сычуань\n"
    )


def test_an_adjective_form_of_a_name_gets_the_place_as_did_you_mean(runner) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "brief", "gomel", "Сычуаньская провинция", "--format", "md", "--out", "-")
    assert result.exit_code == 2
    assert "unknown region 'Сычуаньская провинция'; did you mean sichuan (Sichuan Province)" in result.output
