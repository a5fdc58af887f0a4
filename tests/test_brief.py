"""The fact sheet: golden Markdown, sourcing, files written and the CLI around it."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest

from briefer import load_fact_base, make_brief
from briefer.facts import FactBase, default_fact_root

from .conftest import DATA, brief_markdown, run

GOLDEN = Path(__file__).parent / "golden"
AS_OF = "2022-06-01"


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("BRIEFER_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("region", "partner", "golden"),
    [
        ("mogilev", "henan", "small-mogilev-henan-factsheet.md"),
        ("gomel", "sichuan", "small-gomel-sichuan-factsheet.md"),
        ("Homiel", "Сычуань", "small-gomel-sichuan-factsheet.md"),
        ("minsk-oblast", "hubei", "small-minsk-oblast-hubei-factsheet.md"),
    ],
)
def test_factsheet_matches_golden(runner, region: str, partner: str, golden: str) -> None:  # type: ignore[no-untyped-def]
    result = brief_markdown(runner, region, partner, "--as-of", AS_OF)
    assert result.exit_code == 0
    _check_golden(golden, result.stdout)


def test_factsheet_front_matter_lists_what_was_used(runner) -> None:  # type: ignore[no-untyped-def]
    import yaml

    result = brief_markdown(runner, "mogilev", "henan", "--as-of", AS_OF)
    front = yaml.safe_load(result.stdout.split("---\n")[1])
    assert front["title"] == "Mogilev Oblast and Henan Province: fact sheet"
    assert front["region"] == "mogilev" and front["partner"] == "henan"
    assert front["kind"] == "factsheet" and front["as_of"] == AS_OF
    assert front["generator"].startswith("briefer ")
    assert "mogilev-henan-twinning" in front["facts"]
    assert "minsk-oblast-hubei-future" not in front["facts"]


def test_empty_pair_says_what_is_missing_and_warns(runner) -> None:  # type: ignore[no-untyped-def]
    result = brief_markdown(runner, "minsk-oblast", "hubei", "--as-of", AS_OF)
    assert result.exit_code == 0
    assert (
        "**Missing:** The fact base holds no facts linking Minsk Oblast and Hubei Province." in result.stdout
    )
    assert result.stderr == (
        "warning: the fact base holds no facts linking Minsk Oblast and Hubei Province; "
        "the sheet says what is missing\n"
    )


def test_disputed_facts_show_both_values(runner) -> None:  # type: ignore[no-untyped-def]
    result = brief_markdown(runner, "mogilev", "henan", "--as-of", AS_OF)
    glance = result.stdout.split("## At a glance")[1].split("## Key figures")[0]
    # One dispute, shown once: the first claim with the other beside it.
    assert "**Twinned since 2008**" in glance and "The same source also gives 2009" in glance
    assert "**Twinned since 2009**" not in glance
    assert glance.count("⚠ sources disagree — verify") == 1
    # Friendly relations in 2004 and a twinning in 2008 are two stages, not a dispute.
    assert re.search(
        r"^- \*\*Friendly relations since 2004\*\* \(Mogilev Oblast–Henan Province, oblast–province level\)\."
        r"\[\^\d+\]$",
        glance,
        re.MULTILINE,
    )


@pytest.fixture(scope="module")
def shipped() -> FactBase:
    return load_fact_base(default_fact_root())


def _twinning_pairs(base: FactBase) -> list[tuple[str, str, str]]:
    pairs = []
    for fact in base.find(kind="twinning"):
        home, away = fact.regions
        if base.regions.get(home).country_id != "belarus":
            home, away = away, home
        pairs.append((home, away, fact.id))
    return pairs


def test_every_china_twinning_pair_gives_a_sheet_with_year_and_source(shipped: FactBase) -> None:
    china_pairs = [p for p in _twinning_pairs(shipped) if shipped.regions.get(p[1]).country_id == "china"]
    assert len(china_pairs) >= 27
    for home, away, fact_id in china_pairs:
        fact = shipped.by_id[fact_id]
        brief = make_brief(shipped, home, away, as_of=dt.date(2026, 11, 26))
        glance = brief.markdown.split("## At a glance")[1].split("## Key figures")[0]
        line = next(
            (
                ln
                for ln in glance.splitlines()
                # a disputed twinning's rival is shown beside it: "Another source gives 2015"
                if any(
                    f"{word} {when}" in ln
                    for word in ("since", "gives", "established by")
                    for when in (fact.date.year, _month_year(fact))
                )
            ),
            None,
        )
        assert line is not None, f"{home}-{away}: no twinning year in\n{glance}"
        marker = re.search(r"\[\^(\d+)\]", line)
        assert marker, f"{home}-{away}: twinning year without a source marker: {line}"
        definition = re.search(rf"^\[\^{marker.group(1)}\]: (.+)$", brief.markdown, re.MULTILINE)
        assert definition and fact.sources[0].title.rstrip(".") in definition.group(1)


def _month_year(fact) -> str:  # type: ignore[no-untyped-def]
    from briefer.text.formatting import format_fact_date

    return format_fact_date(fact.date)


@pytest.mark.parametrize(
    ("region", "partner"),
    [
        ("gomel", "sichuan"),
        ("mogilev", "henan"),
        ("grodno", "hainan"),
        ("belarus", "china"),
        ("vitebsk", "shandong"),
        ("minsk", "beijing"),
    ],
)
def test_no_figure_without_a_source_marker(shipped: FactBase, region: str, partner: str) -> None:
    markdown = make_brief(shipped, region, partner, as_of=dt.date(2026, 11, 26)).markdown
    body = markdown.split("\n---\n", 1)[1].split("## Sources")[0]
    for line in body.splitlines():
        if (
            line.startswith(
                (
                    "#",
                    "*As of",
                    "*The newest fact",
                    "*⚠ The newest fact",
                    "- **Past its period",
                    "- **Source incomplete",
                    "- **Missing",
                    "| ---",
                    "| Metric",
                )
            )
            or re.fullmatch(
                r"- \*\d+ older facts? (is|are) left out here; .*`briefer facts list [^`]*`\*", line
            )
            or re.fullmatch(
                r"\*\d+ figures? for (a period|periods) before \d{4} (is|are) left out here, "
                r".*`briefer facts list [^`]*`\*",
                line,
            )
        ):
            continue
        if re.search(r"\d", line):
            assert "[^" in line, f"unsourced figure in {region}-{partner}: {line}"


def test_money_reads_as_a_journalist_writes_it(runner) -> None:  # type: ignore[no-untyped-def]
    result = brief_markdown(runner, "mogilev", "henan", "--as-of", AS_OF)
    assert re.search(
        r"\| Trade turnover \| nearly USD 95 million \| 2020 \| Mogilev Oblast – China \| \[\^\d+\] \|",
        result.stdout,
    )
    assert "| USD 1.25 billion (up 58% on January-April 2020) |" in result.stdout
    assert (
        "| Growth of trade turnover | 13 times the 2015 level | 2020 | Mogilev Oblast – China |"
        in result.stdout
    )


def test_writes_md_and_docx_into_briefs_by_default(runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = run(runner, "--facts", str(DATA / "base"), "brief", "gomel", "sichuan", "--as-of", AS_OF)
    assert result.exit_code == 0
    assert result.stdout == (
        "wrote briefs/gomel-sichuan-factsheet.md\nwrote briefs/gomel-sichuan-factsheet.docx\n"
    )
    assert sorted(p.name for p in (tmp_path / "briefs").iterdir()) == [
        ".briefer-manifest.json",
        "gomel-sichuan-factsheet.docx",
        "gomel-sichuan-factsheet.md",
    ]


def test_never_overwrites_an_edited_brief_without_force(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    args = [
        "--facts",
        str(DATA / "base"),
        "brief",
        "gomel",
        "sichuan",
        "--as-of",
        AS_OF,
        "--format",
        "md",
        "--out",
        str(tmp_path),
    ]
    assert run(runner, *args).exit_code == 0
    target = tmp_path / "gomel-sichuan-factsheet.md"
    assert run(runner, *args).exit_code == 0, "rewriting an unedited brief is allowed"

    target.write_text(target.read_text(encoding="utf-8") + "\nA reporter's note.\n", encoding="utf-8")
    refused = run(runner, *args)
    assert refused.exit_code == 1
    assert "was changed since briefer wrote it" in refused.stderr and "--force" in refused.stderr
    assert target.read_text(encoding="utf-8").endswith("A reporter's note.\n")

    forced = run(runner, *args, "--force")
    assert forced.exit_code == 0
    assert not target.read_text(encoding="utf-8").endswith("A reporter's note.\n")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_never_overwrites_a_file_it_did_not_write(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "gomel-sichuan-factsheet.md").write_text("my own notes\n", encoding="utf-8")
    result = run(runner, "--facts", str(DATA / "base"), "brief", "gomel", "sichuan", "--out", str(tmp_path))
    assert result.exit_code == 1
    assert (tmp_path / "gomel-sichuan-factsheet.md").read_text(encoding="utf-8") == "my own notes\n"
    assert not (tmp_path / "gomel-sichuan-factsheet.docx").exists(), (
        "nothing is written when one file is refused"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "pdf"], "unknown format pdf; use md, docx or md,docx"),
        (["--format", "docx", "--out", "-"], "--out - prints Markdown only; add --format md"),
        (["--as-of", "1 June 2024"], "--as-of '1 June 2024' is not a date; write YYYY-MM-DD"),
        (
            ["--kind", "poem"],
            "unknown brief kind 'poem'; available kinds: anniversary, factsheet, feature, interview, news",
        ),
    ],
)
def test_bad_options_exit_2_with_a_clear_message(
    runner, tmp_path: Path, args: list[str], message: str
) -> None:  # type: ignore[no-untyped-def]
    result = run(
        runner, "--facts", str(DATA / "base"), "brief", "gomel", "sichuan", "--out", str(tmp_path), *args
    )
    assert result.exit_code == 2
    assert result.stderr == f"error: {message}" + result.stderr.split(message, 1)[1]
    assert "Traceback" not in result.output


def test_region_order_matters_and_the_error_says_so(runner) -> None:  # type: ignore[no-untyped-def]
    result = brief_markdown(runner, "sichuan", "gomel")
    assert result.exit_code == 2
    assert "The Belarusian region comes first: briefer brief gomel sichuan" in result.stderr


def test_facts_after_the_as_of_date_are_left_out(shipped: FactBase) -> None:
    early = make_brief(shipped, "mogilev", "henan", as_of=dt.date(2010, 1, 1)).markdown
    assert "2021" not in early.split("## Timeline")[1].split("## Projects")[0]


def test_editor_template_overrides_the_builtin(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "factsheet.md.j2").write_text(
        "# {{ title }}\n\n{% for t in brief.ties %}- {{ t.fact.summary }}{{ cite(t.fact) }}\n{% endfor %}\n"
        "{% for n, s in citations.numbered() %}[^{{ n }}]: {{ citations.reference(s) }}\n{% endfor %}",
        encoding="utf-8",
    )
    result = brief_markdown(runner, "gomel", "sichuan", "--as-of", AS_OF, templates=tmp_path)
    assert result.exit_code == 0
    assert result.stdout.split("---\n", 2)[2] == (
        "\n# Gomel Oblast and Sichuan Province: fact sheet\n\n"
        "- Gomel Oblast and Sichuan Province have been twinned since 2011.[^1]\n"
        "[^1]: *Belarus-China interregional cooperation and twinning*. Embassy of the Republic of Belarus in "
        "China, 2021. <https://china.mfa.gov.by/ru/bilateral/regional/info/>\n"
    )


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("# {{ title }\n", "factsheet.md.j2:1: template syntax error"),
        (
            "# {{ title }}\n\n{{ brief.no_such_thing }}\n",
            "factsheet.md.j2:3: 'briefer.briefs.select.BriefContext object' has no attribute 'no_such_thing'",
        ),
        ("{{ brief.__class__.__mro__ }}\n", "factsheet.md.j2:1: "),
    ],
)
def test_broken_template_is_reported_with_file_and_line(
    runner, tmp_path: Path, template: str, message: str
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "factsheet.md.j2").write_text(template, encoding="utf-8")
    result = brief_markdown(runner, "gomel", "sichuan", templates=tmp_path)
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_a_long_list_keeps_its_newest_facts_and_points_to_the_rest(tmp_path: Path) -> None:
    """A brief's length is set by its kind: a pair with 80 events shows the newest 30."""
    import shutil

    import yaml

    shutil.copytree(DATA / "base", tmp_path / "facts")
    events = [
        {
            "id": f"gomel-sichuan-visit-{n}",
            "kind": "event",
            "regions": ["gomel", "sichuan"],
            "date": f"{1950 + n}-05",
            "summary": f"A Gomel delegation visited Sichuan, visit number {n}.",
            "sources": [{"title": "Visits", "publisher": "BelTA", "year": 2031}],
            "added": "2026-11-26",
        }
        for n in range(80)
    ]
    (tmp_path / "facts" / "facts" / "visits.yaml").write_text(yaml.safe_dump(events), encoding="utf-8")
    markdown = make_brief(
        load_fact_base(tmp_path / "facts"), "gomel", "sichuan", as_of=dt.date(2040, 1, 1)
    ).markdown
    timeline = markdown.split("## Timeline\n\n")[1].split("\n## ")[0]
    lines = [line for line in timeline.splitlines() if line.startswith("- ")]
    assert lines[0] == (
        "- *51 older facts are left out here; the fact base lists them: "
        "`briefer facts list --region gomel --partner sichuan`*"
    )
    assert len(lines) == 31 and "visit number 79" in lines[-1]


@pytest.mark.parametrize(
    ("language", "heading", "leading", "within"),
    [
        ("en", "## Timeline", "**In April 2021** Gomel Oblast", "**31 August 2023**: "),
        ("ru", "## Хронология", "**В апреле 2021 года** Гомельская область", "**31 августа 2023\u00a0г.**: "),
        (
            "be",
            "## Храналогія",
            "**У красавіку 2021 года** Гомельская вобласць",
            "**31 жніўня 2023\u00a0г.**: ",
        ),
    ],
)
def test_every_chronology_entry_shows_its_date_in_bold(  # type: ignore[no-untyped-def]
    runner, language: str, heading: str, leading: str, within: str
) -> None:
    """An editor scans a chronology by its dates: an entry whose summary opens with its date
    has that date in bold, the others get it in bold before them, never twice."""
    result = brief_markdown(runner, "gomel", "sichuan", "--lang", language, facts=None)
    assert result.exit_code == 0
    section = result.stdout.split(heading + "\n", 1)[1].split("\n## ", 1)[0]
    entries = [line for line in section.splitlines() if line.startswith("- ")]
    assert len(entries) >= 3
    assert all(entry.startswith("- **") for entry in entries), entries
    assert any(entry.startswith("- " + leading) for entry in entries), entries
    assert any(entry.startswith("- " + within) for entry in entries), entries
