"""Resolving the names journalists type to regions in the registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.errors import AmbiguousRegionError, UnknownRegionError
from briefer.facts import default_fact_root, load_fact_base
from briefer.regions import RegionRegistry, registry_from_data
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
