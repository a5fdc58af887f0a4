"""The digest as an editor plans the week from it: nothing new is lost between two runs,
month- and year-only pegs reach every week they touch, a peg names the tie's real stage
and party, a disputed date shows both claims, trivial pegs weigh less, plans fall due,
and what is due for checking is shown whole."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from .conftest import DATA
from .test_digest import _digest, _fact, _read


def _base(tmp_path: Path, facts: str) -> Path:
    root = tmp_path / "facts"
    root.mkdir(parents=True)
    shutil.copy(DATA / "base" / "regions.yaml", root / "regions.yaml")
    (root / "facts.yaml").write_text(facts, encoding="utf-8")
    return root


def _scheduled(fact_id: str, regions: str, date: str, summary: str) -> str:
    return _fact(fact_id, "event", regions, date, summary) + "  reported: 2026-10-01\n"


def _new(out: Path, week: str, region: str = "Gomel Oblast") -> str:
    section = _read(out, week).split(f"## {region}\n")[1].split("\n## ")[0]
    return section.split("### New in the fact base\n")[1].split("###")[0]


def test_a_fact_added_on_the_day_of_a_run_is_in_the_next_digest(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = _fact("gomel-sichuan-old", "event", "gomel, sichuan", "2020", "An old visit.", added="2026-04-01")
    base = _base(tmp_path, old)
    out = tmp_path / "d"
    # the W20 digest is made; later that Sunday (17 May) a fact is added
    assert _digest(runner, base, out, "--week", "2026-W20", "--format", "md").exit_code == 0
    state = json.loads((out / ".briefer-digest.json").read_text())
    assert state["2026-W20|gomel,minsk,minsk-oblast,mogilev"]["through"] == "2026-05-17"
    late = _fact(
        "gomel-sichuan-late", "event", "gomel, sichuan", "2026-05", "A late visit.", added="2026-05-17"
    )
    (base / "facts.yaml").write_text(old + late, encoding="utf-8")
    assert _digest(runner, base, out, "--week", "2026-W21", "--format", "md").exit_code == 0
    assert "- A late visit.[^" in _new(out, "2026-W21")
    # and a fact the previous digest listed is not listed twice
    assert "A late visit." not in _new(out, "2026-W21").replace("- A late visit.[^", "", 1)


def test_new_facts_do_not_depend_on_the_order_weeks_were_run_in(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    may = _fact("gomel-sichuan-may", "event", "gomel, sichuan", "2026-05", "A May visit.", added="2026-05-13")
    base = _base(tmp_path, may)
    later, earlier = tmp_path / "later-first", tmp_path / "in-order"
    for week in ("2026-W48", "2026-W20"):
        assert _digest(runner, base, later, "--week", week, "--format", "md").exit_code == 0
    assert _digest(runner, base, earlier, "--week", "2026-W20", "--format", "md").exit_code == 0
    assert _read(later, "2026-W20") == _read(earlier, "2026-W20")
    assert "new fact(s) since 4 May 2026" in _read(later, "2026-W20")
    assert "- A May visit.[^" in _new(later, "2026-W20")


@pytest.mark.parametrize(
    ("date", "weeks", "not_in"),
    [
        ("2027-01", ["2026-W53", "2027-W01", "2027-W02", "2027-W04"], ["2026-W52", "2027-W05"]),
        ("2027-03", ["2027-W09", "2027-W11", "2027-W13"], ["2027-W08", "2027-W14"]),
    ],
)
def test_an_event_known_to_the_month_is_in_every_digest_of_its_month(  # type: ignore[no-untyped-def]
    runner, tmp_path: Path, date: str, weeks: list[str], not_in: list[str]
) -> None:
    base = _base(
        tmp_path, _scheduled("gomel-sichuan-fair", "gomel, sichuan", date, "A trade fair in Chengdu.")
    )
    out = tmp_path / "d"
    for week in weeks + not_in:
        assert _digest(runner, base, out, "--week", week, "--format", "md").exit_code == 0
        listed = "(this month, day not recorded): A trade fair in Chengdu." in _read(out, week)
        assert listed is (week in weeks), week


STAGES = (
    _fact("mogilev-henan-friendly", "twinning", "mogilev, henan", "2006", "Mogilev and Henan became friends.")
    + "  tie: friendly\n"
    + _fact("mogilev-henan-twinned", "twinning", "mogilev, henan", "2011", "Mogilev and Henan twinned.")
    + _fact(
        "gomel-zhengzhou-city", "twinning", "gomel-city, zhengzhou", "2016", "Gomel and Zhengzhou twinned."
    )
    + _fact("gomel-hubei-twinned", "twinning", "gomel, hubei", "2016", "Gomel and Hubei twinned.")
    + _fact("gomel-hubei-twinned-later", "twinning", "gomel, hubei", "2021", "Gomel and Hubei twinned later.")
    + _fact(
        "minsk-sichuan-visit", "event", "minsk, sichuan", "2006", "A Minsk official asked Sichuan for yarn."
    )
    + _fact(
        "minsk-oblast-hubei", "twinning", "minsk-oblast, hubei", "2021", "Minsk Oblast and Hubei twinned."
    )
)


def _suggestions(out: Path, week: str) -> list[str]:
    block = _read(out, week).split("## Story suggestions\n\n")[1].split("\n\n")[0]
    return block.splitlines()


def test_a_peg_names_the_ties_stage_and_its_own_party(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d"
    assert (
        _digest(runner, _base(tmp_path, STAGES), out, "--week", "2026-W10", "--format", "md").exit_code == 0
    )
    lines = _suggestions(out, "2026-W10")
    henan = next(line for line in lines if "Henan" in line)
    assert henan.startswith(
        "- **Mogilev Oblast and Henan Province**: 20th anniversary of friendly relations; "
    )
    assert "15th anniversary of the twinning" in henan
    assert "- **Gomel (city) and Zhengzhou**: 10th anniversary of the twinning." in " ".join(lines)


def test_a_disputed_date_is_pegged_with_a_warning_and_both_dates(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d"
    assert (
        _digest(runner, _base(tmp_path, STAGES), out, "--week", "2026-W10", "--format", "md").exit_code == 0
    )
    text = _read(out, "2026-W10")
    assert any(
        line.startswith(
            "- **Gomel Oblast and Hubei Province**: 10th anniversary of the twinning ⚠ sources disagree"
        )
        for line in _suggestions(out, "2026-W10")
    )
    peg = next(line for line in text.splitlines() if "10 years: Gomel and Hubei twinned." in line)
    assert "**⚠ sources disagree — verify**" in peg
    assert "Dates in the sources: 2016[^" in peg and "or 2021[^" in peg
    assert "- **Disputed:** 2:\n  - ⚠ Gomel and Hubei twinned.[^" in text


def test_a_tie_outweighs_an_events_anniversary(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d"
    assert (
        _digest(runner, _base(tmp_path, STAGES), out, "--week", "2026-W10", "--format", "md").exit_code == 0
    )
    lines = _suggestions(out, "2026-W10")
    # the 20th anniversary of a request for yarn comes after a tie's 5th
    ranks = {
        name: i
        for i, line in enumerate(lines)
        for name in ("Minsk Oblast and Hubei", "Minsk and Sichuan")
        if name in line
    }
    assert ranks["Minsk Oblast and Hubei"] < ranks["Minsk and Sichuan"]


def test_a_plan_falling_due_and_the_facts_to_check_are_shown_whole(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plan = _fact(
        "gomel-sichuan-plan",
        "project",
        "gomel, sichuan",
        "2024",
        "Gomel and Sichuan plan a joint plant by the end of 2026.",
    )
    unsure = _fact("gomel-sichuan-unsure", "event", "gomel, sichuan", "2019", "A forum, source incomplete.")
    unsure += "  status: needs-check\n"
    out = tmp_path / "d"
    assert (
        _digest(runner, _base(tmp_path, plan + unsure), out, "--week", "2026-W49", "--format", "md").exit_code
        == 0
    )
    gomel = _read(out, "2026-W49").split("## Gomel Oblast\n")[1].split("\n## ")[0]
    assert "- **Plans falling due, outcome not recorded:**\n  - Gomel and Sichuan plan a joint plant" in gomel
    assert "- **Source incomplete (needs-check):** 1:\n  - A forum, source incomplete.[^" in gomel
    assert (
        _digest(runner, _base(tmp_path / "x", plan), out, "--week", "2026-W40", "--format", "md").exit_code
        == 0
    )
    assert "Plans falling due" not in _read(out, "2026-W40")


def test_the_shipped_base_pegs_the_real_stage_party_and_dispute(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The faults as an editor met them in the shipped base, and every calendar of a
    stretch of weeks read by two independent parsers."""
    import icalendar
    import vobject

    from .conftest import run

    out = tmp_path / "d"
    for week in ("2024-W22", "2025-W02", "2026-W10"):
        result = run(
            runner, "digest", "--week", week, "--region", "mogilev", "--region", "brest", "--out", str(out)
        )
        assert result.exit_code == 0, result.output
    henan = " ".join(_suggestions(out, "2024-W22"))
    assert "- **Mogilev Oblast and Henan Province**: 20th anniversary of friendly relations. `" in henan
    assert "- **Brest (city) and Kovrov**: 20th anniversary of the twinning. `" in " ".join(
        _suggestions(out, "2026-W10")
    )
    jiangsu = _read(out, "2025-W02")
    assert "10th anniversary of the twinning ⚠ sources disagree on the date" in jiangsu
    assert "Dates in the sources: 2015[^1] or 1997[^2]." in jiangsu
    for number in range(1, 11):
        week = f"2026-W{number:02d}"
        assert run(runner, "digest", "--week", week, "--format", "ics", "--out", str(out)).exit_code == 0
        raw = (out / f"digest-{week}.ics").read_text(encoding="utf-8")
        first = icalendar.Calendar.from_ical(raw)
        second = vobject.readOne(raw)
        uids = {str(c["uid"]) for c in first.subcomponents}
        assert uids and uids == {c.uid.value for c in second.getChildren() if hasattr(c, "uid")}, week
