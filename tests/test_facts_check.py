"""Validation of the fact base: every problem reported with file, line and a fix."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from .conftest import DATA, run

BAD_FACTS = sorted((DATA / "bad_facts").glob("*.yaml"))


def _expectation(path: Path) -> tuple[int, str]:
    match = re.match(r"# expect: (\d+): (.+)", path.read_text(encoding="utf-8").splitlines()[0])
    assert match, f"{path.name} must start with '# expect: LINE: message'"
    return int(match.group(1)), match.group(2)


@pytest.mark.parametrize("bad_file", BAD_FACTS, ids=[p.stem for p in BAD_FACTS])
def test_each_bad_fact_file_is_reported_with_file_line_and_problem(runner, small_base: Path, bad_file: Path):  # type: ignore[no-untyped-def]
    shutil.copy(bad_file, small_base / "facts" / bad_file.name)
    line, message = _expectation(bad_file)

    result = run(runner, "--facts", str(small_base), "facts", "check")

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    reported = [entry for entry in result.output.split("\n") if f"{bad_file.name}:{line}: error:" in entry]
    assert reported, result.output
    assert any(message in entry for entry in reported), result.output
    assert "    fix: " in result.output
    assert result.output.rstrip().endswith("warning(s) in the fact base.")


def test_corpus_covers_every_kind_of_error() -> None:
    names = {p.stem for p in BAD_FACTS}
    assert {
        "bad_yaml",
        "unknown_key",
        "missing_summary",
        "wrong_type",
        "duplicate_id",
        "unknown_region",
        "impossible_date",
        "no_source",
        "figure_no_unit",
        "figure_no_period",
    } <= names


def test_all_problems_are_reported_at_once(runner, small_base: Path) -> None:  # type: ignore[no-untyped-def]
    for name in ("unknown_region.yaml", "no_source.yaml", "figure_no_unit.yaml"):
        shutil.copy(DATA / "bad_facts" / name, small_base / "facts" / name)
    result = run(runner, "--facts", str(small_base), "facts", "check")
    assert result.exit_code == 1
    assert "unknown_region.yaml:4: error:" in result.output
    assert "no_source.yaml:2: error:" in result.output
    assert "figure_no_unit.yaml:7: error:" in result.output
    assert "3 error(s), 1 warning(s) in the fact base." in result.output


def _only_gomel_sichuan(base: Path) -> None:
    facts = (base / "facts" / "china.yaml").read_text(encoding="utf-8").split("\n- id: ")
    (base / "facts" / "china.yaml").write_text(facts[0] + "\n", encoding="utf-8")


def test_clean_base_gives_one_line_summary(runner, small_base: Path) -> None:  # type: ignore[no-untyped-def]
    _only_gomel_sichuan(small_base)
    result = run(runner, "--facts", str(small_base), "facts", "check")
    assert result.exit_code == 0
    assert result.output == "1 facts, 11 regions, 1 sources: no errors\ntranslated: ru 1 of 1, be 1 of 1\n"


PLANTED = """
- id: gomel-sichuan-twinning-later
  kind: twinning
  regions: [sichuan, gomel]
  date: 2012
  summary: Another account dates the Gomel-Sichuan twinning to 2012.
  sources:
    - title: A later account
      publisher: BelTA
      year: 2022
      url: https://example.org/later
  added: 2026-11-26
"""


def test_conflict_detector_finds_a_planted_conflict(runner, small_base: Path) -> None:  # type: ignore[no-untyped-def]
    _only_gomel_sichuan(small_base)
    (small_base / "facts" / "planted.yaml").write_text(PLANTED, encoding="utf-8")
    result = run(runner, "--facts", str(small_base), "facts", "check")
    assert result.exit_code == 0, "conflicts are warnings, not errors"
    warning, fix, summary, translated = result.output.splitlines()
    assert translated == "translated: ru 1 of 2, be 1 of 2"
    assert warning.startswith(
        f"{small_base / 'facts' / 'planted.yaml'}:2: warning: sources disagree on the date "
        "since which gomel and sichuan are twinned: "
    )
    assert "'gomel-sichuan-twinning' (2011," in warning
    assert (
        "source: Belarus-China interregional cooperation and twinning (https://china.mfa.gov.by/" in warning
    )
    assert "'gomel-sichuan-twinning-later' (2012," in warning
    assert "source: A later account (https://example.org/later)" in warning
    assert fix == "    fix: keep both; set 'status: disputed' and 'disputes: [<other id>]' on each"
    assert summary == "2 facts, 11 regions, 2 sources: no errors, 1 warning(s)"

    brief = run(
        runner,
        "--facts",
        str(small_base),
        "brief",
        "gomel",
        "sichuan",
        "--as-of",
        "2022-06-01",
        "--format",
        "md",
        "--out",
        "-",
    )
    assert (
        "**Twinned since 2011** (Gomel Oblast–Sichuan Province, oblast–province level).[^1] "
        "**⚠ sources disagree — verify**" in brief.stdout
    )
    assert (
        "Another source gives 2012: Another account dates the Gomel-Sichuan twinning to 2012.[^2]"
        in brief.stdout
    )


def test_conflicting_figures_and_duplicates_are_reported(runner, small_base: Path) -> None:  # type: ignore[no-untyped-def]
    china = small_base / "facts" / "china.yaml"
    text = china.read_text(encoding="utf-8")
    twin = text[text.index("- id: mogilev-china-trade-2020") : text.index("- id: mogilev-china-trade-growth")]
    (small_base / "facts" / "more.yaml").write_text(
        twin.replace("mogilev-china-trade-2020", "mogilev-china-trade-2020-again")
        + twin.replace("mogilev-china-trade-2020", "mogilev-china-trade-2020-other").replace(
            "95000000", "59000000"
        ),
        encoding="utf-8",
    )
    result = run(runner, "--facts", str(small_base), "facts", "check")
    assert result.exit_code == 0
    assert "warning: duplicate: 'mogilev-china-trade-2020' (nearly USD 95 million," in result.output
    assert "fix: merge them into one fact that lists both sources" in result.output
    assert (
        "warning: sources disagree on trade turnover for china, mogilev in 2020: 'mogilev-china-trade-2020' "
        "(nearly USD 95 million,"
    ) in result.output
    assert "against 'mogilev-china-trade-2020-other' (nearly USD 59 million," in result.output


def test_clean_base_has_no_conflict_warnings(runner, small_base: Path) -> None:  # type: ignore[no-untyped-def]
    _only_gomel_sichuan(small_base)
    assert "warning" not in run(runner, "--facts", str(small_base), "facts", "check").output


def test_shipped_base_has_no_errors(runner) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "facts", "check")
    assert result.exit_code == 0, result.output
    summary, translated = result.output.splitlines()[-2:]
    assert re.fullmatch(r"\d+ facts, \d+ regions, \d+ sources: no errors(, \d+ warning\(s\))?", summary)
    total = summary.split()[0]
    # every shipped fact, and every note its sources carry, is translated into both desk languages
    facts, notes = translated.split("; ")
    assert facts == f"translated: ru {total} of {total}, be {total} of {total}"
    assert re.fullmatch(r"source notes: ru (\d+) of \1, be \1 of \1", notes), notes


def test_missing_fact_folder_is_a_data_error(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "--facts", str(tmp_path / "nowhere"), "facts", "check")
    assert result.exit_code == 1
    assert "fact base folder not found" in result.output


def test_brief_refuses_an_invalid_base(runner, small_base: Path) -> None:  # type: ignore[no-untyped-def]
    shutil.copy(DATA / "bad_facts" / "no_source.yaml", small_base / "facts" / "no_source.yaml")
    result = run(
        runner, "--facts", str(small_base), "brief", "gomel", "sichuan", "--out", "-", "--format", "md"
    )
    assert result.exit_code == 1
    assert "no_source.yaml:2: error: fact 'unsourced': has no source" in result.output
    assert "Traceback" not in result.output


def test_list_filters_by_region_partner_and_kind(runner, small_base: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(
        runner,
        "--facts",
        str(small_base),
        "facts",
        "list",
        "--region",
        "Mahilyow",
        "--partner",
        "henan",
        "--kind",
        "twinning",
    )
    assert result.exit_code == 0
    assert result.output == (
        "mogilev-henan-friendly-2004  2004  twinning  mogilev, henan\n"
        "    Mogilev Oblast and Henan Province agreed on friendly relations in 2004.\n"
        "mogilev-henan-twinning  2008  twinning  mogilev, henan  [disputed]\n"
        "    Mogilev Oblast and Henan Province have been twinned since 2008.\n"
        "mogilev-henan-twinning-2009  2009  twinning  mogilev, henan  [disputed]\n"
        "    Elsewhere on the same page the Mogilev-Henan twinning is dated 2009.\n"
        "mogilev-zhengzhou-twinning  2014-07  twinning  mogilev, zhengzhou\n"
        "    Zhengzhou, the capital of Henan, became Mogilev's twin city in July 2014.\n"
        "4 facts\n"
    )


def test_list_json_has_the_documented_fields(runner, small_base: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(
        runner,
        "--facts",
        str(small_base),
        "facts",
        "list",
        "--partner",
        "china",
        "--kind",
        "figure",
        "--json",
    )
    rows = json.loads(result.output)
    assert [row["id"] for row in rows] == [
        "mogilev-china-trade-2020",
        "mogilev-china-trade-growth-2015-2020",
        "belarus-agrifood-non-cis-2021",
        "belarus-china-trade-jan-apr-2021",
    ]
    first = rows[0]
    assert {"id", "kind", "regions", "date", "summary", "figure", "sources", "status"} <= set(first)
    assert first["figure"] == {
        "metric": "trade turnover",
        "value": 95000000,
        "unit": "USD",
        "period": "2020",
        "qualifier": "nearly",
        "change_pct": None,
        "change_qualifier": None,
        "compared_with": None,
    }
    assert first["scope"] == {"of": "mogilev", "body": None, "with": "china", "among": [], "group": None}
    assert first["sources"][0]["url"] == "https://example.org/mogilev-china-2021"
    assert first["status"] == "verified"


GRODNOINVEST_REGIONS = """
- id: belarus
  name: Belarus
  kind: country
- id: grodno
  name: Grodno Oblast
  kind: oblast
  country: belarus
  parent: belarus
- id: hungary
  name: Hungary
  kind: country
"""

GRODNOINVEST_TRADE = """
- id: grodnoinvest-hungary-trade-2020
  kind: figure
  regions: [grodno, hungary]
  date: 2020
  summary: Trade between FEZ Grodnoinvest residents and Hungary came to USD 2.1 million in 2020.
  scope: {of: grodno, body: FEZ Grodnoinvest residents, with: hungary}
  figure:
    metric: trade turnover of FEZ Grodnoinvest residents with Hungary
    value: 2100000
    unit: USD
    period: "2020"
  sources:
    - title: Administration of FEZ Grodnoinvest took part in the Hungarian-Belarusian Business Forum
      url: https://example.org/grodnoinvest-hungary
  added: 2026-11-26
"""

GRODNOINVEST_EXPORTS = """
- id: grodnoinvest-hungary-exports-2020
  kind: figure
  regions: [grodno, hungary]
  date: 2020
  summary: Exports of FEZ Grodnoinvest residents to Hungary are given as USD 575 million in 2020.
  scope: {of: grodno, body: FEZ Grodnoinvest residents, with: hungary}
  figure:
    metric: exports of FEZ Grodnoinvest residents to Hungary
    value: 575000000
    unit: USD
    period: "2020"
  sources:
    - title: Administration of FEZ Grodnoinvest took part in the Hungarian-Belarusian Business Forum
      url: https://example.org/grodnoinvest-hungary
  added: 2026-11-26
"""


# the line of the exports fact, which follows the trade fact in the file
_EXPORTS_LINE = len(GRODNOINVEST_TRADE.splitlines()) + 2


def _grodnoinvest_base(tmp_path: Path, exports: str) -> Path:
    """A base of one body's trade with a partner and its exports to the same partner."""
    base = tmp_path / "facts"
    base.mkdir()
    (base / "regions.yaml").write_text(GRODNOINVEST_REGIONS, encoding="utf-8")
    (base / "grodno.yaml").write_text(GRODNOINVEST_TRADE + exports, encoding="utf-8")
    return base


def test_a_bodys_exports_above_its_trade_turnover_is_an_error(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = _grodnoinvest_base(tmp_path, GRODNOINVEST_EXPORTS)
    exports_line = _EXPORTS_LINE
    result = run(runner, "--facts", str(base), "facts", "check")
    assert result.exit_code == 1, result.output
    assert (
        f"{base / 'grodno.yaml'}:{exports_line}: error: impossible: 'grodnoinvest-hungary-exports-2020' "
        f"(USD 575 million, {base / 'grodno.yaml'}:{exports_line};"
    ) in result.output
    assert (
        f"is larger than the whole it is part of, 'grodnoinvest-hungary-trade-2020' "
        f"(USD 2.1 million, {base / 'grodno.yaml'}:2;"
    ) in result.output
    assert "1 error(s)" in result.output


def test_a_deprecated_or_disputed_impossible_part_is_a_warning(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    deprecated = GRODNOINVEST_EXPORTS.replace(
        "  added: 2026-11-26", "  deprecated: 270 times the trade it is part of\n  added: 2026-11-26"
    )
    base = _grodnoinvest_base(tmp_path, deprecated)
    result = run(runner, "--facts", str(base), "facts", "check")
    assert result.exit_code == 0, result.output
    where = f"{base / 'grodno.yaml'}:{_EXPORTS_LINE}"
    assert f"{where}: warning: impossible: 'grodnoinvest-hungary-exports-2020'" in result.output
    assert "('grodnoinvest-hungary-exports-2020' is already deprecated)" in result.output

    other = tmp_path / "other"
    other.mkdir()
    disputed = GRODNOINVEST_EXPORTS.replace(
        "  added: 2026-11-26",
        "  status: disputed\n  disputes: [grodnoinvest-hungary-trade-2020]\n  added: 2026-11-26",
    )
    base = _grodnoinvest_base(other, disputed)
    result = run(runner, "--facts", str(base), "facts", "check")
    assert result.exit_code == 0, result.output
    where = f"{base / 'grodno.yaml'}:{_EXPORTS_LINE}"
    assert f"{where}: warning: impossible: 'grodnoinvest-hungary-exports-2020'" in result.output


def test_a_deprecated_claim_is_no_rival_and_never_in_a_brief(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    thousand = GRODNOINVEST_EXPORTS.replace("575000000", "575000").replace(
        "grodnoinvest-hungary-exports-2020", "grodnoinvest-hungary-exports-2020-thousand"
    )
    million = GRODNOINVEST_EXPORTS.replace(
        "  added: 2026-11-26", "  deprecated: 270 times the trade it is part of\n  added: 2026-11-26"
    )
    base = _grodnoinvest_base(tmp_path, thousand + million)
    result = run(runner, "--facts", str(base), "facts", "check")
    assert result.exit_code == 0, result.output
    assert "sources disagree" not in result.output
    brief = run(
        runner,
        "--facts",
        str(base),
        "brief",
        "grodno",
        "hungary",
        "--as-of",
        "2022-06-01",
        "--format",
        "md",
        "--out",
        "-",
    )
    assert brief.exit_code == 0, brief.output
    assert "USD 575,000" in brief.stdout
    assert "575 million" not in brief.stdout
    assert "disagree" not in brief.stdout


def test_a_unit_with_no_russian_or_belarusian_word_is_a_warning(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    counted = GRODNOINVEST_EXPORTS.replace("value: 575000000", "value: 12").replace(
        "unit: USD", "unit: greenhouses"
    )
    base = _grodnoinvest_base(tmp_path, counted.replace("575 million", "12 greenhouses"))
    result = run(runner, "--facts", str(base), "facts", "check")
    assert result.exit_code == 0, result.output
    assert (
        f"{base / 'grodno.yaml'}:{_EXPORTS_LINE}: warning: figure unit 'greenhouses' of "
        "'grodnoinvest-hungary-exports-2020' has no word in ru, be, so those briefs print it in English"
    ) in result.output
    assert "pairs, people, producers" in result.output  # the units briefs know, in the fix
    # the units of the shipped base all have their words
    shipped = run(runner, "facts", "check")
    assert "figure unit" not in shipped.output
