"""Nothing briefer writes escapes the output folder, and values YAML misreads are named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefer import load_fact_base, make_brief, write_brief
from briefer.briefs.make import Brief
from briefer.cli import cli
from briefer.errors import OutputError

from .conftest import DATA

EXTRA = """- id: gomel-sichuan-extra
  kind: {kind}
  regions: {regions}
  date: 2021
  summary: Gomel and Sichuan met.
  status: {status}
  sources:
    - title: A source
      publisher: BelTA
      year: 2021
  added: 2026-11-26
"""


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output


def add_region(base: Path, entry: str) -> None:
    regions = base / "regions.yaml"
    regions.write_text(regions.read_text(encoding="utf-8") + entry, encoding="utf-8")


@pytest.mark.parametrize("region_id", ["../../../escaped", "sub/dir", "back\\\\slash", "Upper-Case"])
def test_a_region_id_that_could_name_a_path_is_rejected(small_base: Path, region_id: str) -> None:
    add_region(small_base, f'- id: "{region_id}"\n  name: Escape Land\n  kind: province\n  country: china\n')
    code, output = invoke("--facts", str(small_base), "facts", "check")
    assert code == 1
    assert "regions.yaml:" in output and "is not kebab-case: ids become file names" in output
    assert "fix: write it like 'escape-land' or 'minsk-oblast'" in output


def test_even_a_base_that_bypassed_validation_cannot_write_outside_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    brief = make_brief(load_fact_base(DATA / "base"), "gomel", "sichuan", as_of=dt.date(2026, 11, 26))
    monkeypatch.setattr(Brief, "stem", property(lambda self: "../../escaped"))
    out = tmp_path / "o" / "briefs"
    with pytest.raises(OutputError, match="lies outside the output folder"):
        write_brief(brief, out, ["md", "docx"])
    assert not list(tmp_path.rglob("escaped*"))


@pytest.mark.parametrize("kind", ["sub/x", "_macros", "../factsheet", ".hidden"])
def test_a_kind_is_a_template_name_not_a_path_or_a_private_file(kind: str, tmp_path: Path) -> None:
    code, output = invoke("--facts", str(DATA / "base"), "brief", "gomel", "sichuan", "--kind", kind,
                          "--out", str(tmp_path))  # fmt: skip
    assert code == 2
    assert (
        f"unknown brief kind {kind!r}; available kinds: anniversary, factsheet, feature, interview, news"
        in output
    )
    assert list(tmp_path.iterdir()) == []


def test_yaml_booleans_are_named_with_the_fix(small_base: Path) -> None:
    add_region(small_base, "- id: no\n  name: Norway\n  kind: country\n")
    code, output = invoke("--facts", str(small_base), "facts", "check")
    assert code == 1
    assert "region id reads as the boolean false, not text" in output and "quote it, e.g. id: 'no'" in output


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"regions": "[gomel, no]"}, "'regions' holds a value YAML reads as a boolean (no, yes, on, off)"),
        ({"status": "on"}, "'status' reads as the boolean true, not text"),
    ],
)
def test_yaml_booleans_in_facts_are_named(small_base: Path, fields: dict[str, str], message: str) -> None:
    values = {"kind": "context", "regions": "[gomel, sichuan]", "status": "confirmed", **fields}
    (small_base / "facts" / "extra.yaml").write_text(EXTRA.format(**values), encoding="utf-8")
    code, output = invoke("--facts", str(small_base), "facts", "check")
    assert code == 1
    assert "facts/extra.yaml:" in output and message in output and "quote it" in output


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", "1" * 400])
def test_figures_that_are_not_finite_or_are_absurdly_large_are_rejected(small_base: Path, value: str) -> None:
    figure = f"""- id: gomel-sichuan-trade-x
  kind: figure
  regions: [gomel, sichuan]
  date: 2021
  summary: Trade between Gomel and Sichuan.
  scope: {{of: gomel, with: sichuan}}
  figure: {{metric: trade turnover, value: {value}, unit: USD, period: "2021"}}
  sources:
    - title: A source
      publisher: BelTA
      year: 2021
  added: 2026-11-26
"""
    (small_base / "facts" / "extra.yaml").write_text(figure, encoding="utf-8")
    code, output = invoke("--facts", str(small_base), "facts", "check")
    assert code == 1
    assert "facts/extra.yaml:7: error: fact 'gomel-sichuan-trade-x': figure value" in output
    assert "must be a plain finite number no larger than 1,000,000,000,000,000" in output
