"""A newsroom's workspace: briefer.yaml, init, facts in layers, facts add, templates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import DATA, run


@pytest.fixture
def workspace(runner, tmp_path: Path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    """A workspace from 'briefer init' over the small test base, the working folder."""
    folder = tmp_path / "newsroom"
    result = run(runner, "init", str(folder))
    assert result.exit_code == 0, result.output
    monkeypatch.chdir(folder)
    monkeypatch.setenv("BRIEFER_FACTS", str(DATA / "base"))
    return folder


def _config(folder: Path, text: str) -> Path:
    path = folder / "briefer.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# --- init ------------------------------------------------------------------------------


def test_init_creates_a_workspace_and_says_what_next(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "init", str(tmp_path / "n"))
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        f"created {tmp_path / 'n' / 'briefer.yaml'}",
        f"created {tmp_path / 'n' / 'facts' / 'example.yaml'}",
        f"created {tmp_path / 'n' / 'templates' / 'news.md.j2'}",
        f"created {tmp_path / 'n' / 'reference.docx'}",
        f"created {tmp_path / 'n' / 'briefs'}/",
        f"next: cd {tmp_path / 'n'} && briefer facts check && briefer templates check",
    ]
    settings = (tmp_path / "n" / "briefer.yaml").read_text(encoding="utf-8")
    for key in ("newsroom:", "home_regions:", "brief:", "facts:", "templates:", "stale_after:", "docx:"):
        assert key in settings


def test_init_refuses_to_replace_anything(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "briefer.yaml").write_text("newsroom: Ours\n", encoding="utf-8")
    result = run(runner, "init", str(tmp_path))
    assert result.exit_code == 1
    assert "these files exist already" in result.stderr and "briefer.yaml" in result.stderr
    assert (tmp_path / "briefer.yaml").read_text(encoding="utf-8") == "newsroom: Ours\n"
    assert not (tmp_path / "facts").exists(), "nothing is written when anything exists"


def test_the_workspace_briefs_with_its_house_template(runner, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "brief", "gomel", "sichuan", "--kind", "NEWS", "--format", "md", "--out", "-")
    assert result.exit_code == 0, result.output
    assert "## Voices\n\n- [[REPORTER: the head of the Gomel Regional Executive Committee]]" in result.stdout


# --- briefer.yaml ----------------------------------------------------------------------


def test_settings_are_found_in_a_parent_folder(runner, workspace: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _config(workspace, "brief:\n  kind: interview\n  formats: [md]\n  out: drafts\n")
    (workspace / "sub" / "deeper").mkdir(parents=True)
    monkeypatch.chdir(workspace / "sub" / "deeper")
    result = run(runner, "brief", "gomel", "sichuan", "--as-of", "2024-06-01")
    assert result.exit_code == 0, result.output
    # paths in briefer.yaml are relative to it, not to the working folder
    assert result.output == f"wrote {workspace.resolve() / 'drafts' / 'gomel-sichuan-interview.md'}\n"


def test_command_line_options_win_over_the_file(runner, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    _config(workspace, "brief:\n  kind: interview\n  formats: [docx]\n")
    result = run(runner, "brief", "gomel", "sichuan", "--kind", "news", "--format", "md", "--out", "-")
    assert result.exit_code == 0
    assert "kind: news" in result.stdout


def test_config_option_names_another_file(runner, workspace: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "elsewhere.yaml"
    other.write_text("brief:\n  kind: feature\n", encoding="utf-8")
    result = run(runner, "--config", str(other), "brief", "gomel", "sichuan", "--format", "md", "--out", "-")
    assert "kind: feature" in result.stdout
    missing = run(runner, "--config", str(tmp_path / "nope.yaml"), "facts", "check")
    assert missing.exit_code == 1 and "settings file not found" in missing.stderr


BAD_SETTINGS = [
    (
        "newsroom: Ours\nbrif:\n  kind: news\n",
        "briefer.yaml:2: error: brif: unknown setting",
        "did you mean 'brief'?",
    ),
    (
        "brief:\n  knd: news\n",
        "briefer.yaml:2: error: brief.knd: unknown setting",
        "did you mean 'brief.kind'?",
    ),
    (
        "brief:\n  formats: [md, pdf]\n",
        "briefer.yaml:2: error: brief.formats: unknown format pdf",
        "use md, docx",
    ),
    (
        "facts:\n  folders: [missing]\n",
        "briefer.yaml:2: error: facts.folders: folder 'missing' not found",
        "create it",
    ),
    (
        "facts:\n  builtin: maybe\n",
        "briefer.yaml:2: error: facts.builtin: must be true or false",
        "builtin: true",
    ),
    (
        "stale_after:\n  figure: -3\n",
        "briefer.yaml:2: error: stale_after.figure: must be a whole number",
        "figure: 24",
    ),
    (
        "stale_after:\n  event: 12\n",
        "briefer.yaml:2: error: stale_after.event: unknown setting",
        "known keys",
    ),
    (
        "home_regions: 5\n",
        "briefer.yaml:1: error: home_regions: must be a list of names",
        "home_regions: [a, b]",
    ),
    ("brief: [news]\n", "briefer.yaml:1: error: brief: must be a mapping of settings", "briefer init"),
    ("newsroom: A\nnewsroom: B\n", "briefer.yaml:2: error: newsroom: appears twice", "keep one"),
    ("brief:\n  kind: [news\n", "briefer.yaml:3: error: invalid YAML", "check indentation"),
    (
        "facts:\n  builtin: false\n",
        "briefer.yaml:1: error: facts.builtin: is false but no fact folders",
        "builtin: true",
    ),
]


@pytest.mark.parametrize(
    ("text", "message", "fix"), BAD_SETTINGS, ids=[m.split(": ")[2] for _, m, _ in BAD_SETTINGS]
)
def test_every_bad_setting_is_reported_with_line_key_and_fix(
    runner, workspace: Path, text: str, message: str, fix: str
) -> None:  # type: ignore[no-untyped-def]
    _config(workspace, text)
    result = run(runner, "facts", "check")
    assert result.exit_code == 1
    assert message in result.stderr, result.stderr
    assert fix in result.stderr
    assert "Traceback" not in result.output


def test_all_setting_problems_are_reported_at_once(runner, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    _config(workspace, "brif: 1\nbrief:\n  formats: [pdf]\nstale_after:\n  figure: 0\n")
    result = run(runner, "facts", "check")
    assert result.stderr.count(": error: ") == 3
    assert result.stderr.rstrip().endswith("3 error(s) in the settings.")


def test_an_unknown_home_region_is_named_with_its_line(runner, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    _config(workspace, "home_regions: [gomle]\n")
    result = run(runner, "facts", "check")
    assert result.exit_code == 1
    assert (
        "briefer.yaml:1: error: home_regions: unknown region 'gomle'; did you mean gomel (Gomel Oblast)?"
        in result.stderr
    )


def test_init_and_help_work_beside_a_broken_settings_file(runner, workspace: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _config(workspace, "brif: 1\n")
    assert run(runner, "--help").exit_code == 0
    assert run(runner, "init", str(tmp_path / "fresh")).exit_code == 0


# --- facts in layers -------------------------------------------------------------------

NEWSROOM_FACTS = """\
- id: gomel-sichuan-trade-2025
  kind: figure
  regions: [gomel-city, sichuan]
  date: 2025
  summary: The city of Gomel traded USD 3 million with Sichuan in 2025.
  scope: {of: gomel-city, with: sichuan}
  figure: {metric: trade turnover, value: 3000000, unit: USD, period: "2025"}
  sources: [{title: City report, publisher: Gomel City Executive Committee, year: 2026}]
  added: 2026-01-10
- id: mogilev-china-trade-2025
  kind: figure
  regions: [mogilev, china]
  date: 2025
  supersedes: [mogilev-china-trade-2020]
  summary: Trade between Mogilev Oblast and China came to USD 140 million in 2025.
  scope: {of: mogilev, with: china}
  figure: {metric: trade turnover, value: 140000000, unit: USD, period: "2025"}
  sources: [{title: Mogilev trade in 2025, publisher: BelTA, year: 2026}]
  added: 2026-01-10
- id: gomel-dobrush-sichuan-visit-2025
  kind: event
  regions: [dobrush, sichuan]
  date: 2025-05
  summary: A Dobrush delegation visited Sichuan in May 2025.
  sources: [{title: Dobrush news, publisher: Dobrush District Executive Committee, year: 2025}]
  added: 2026-01-10
"""

NEWSROOM_REGIONS = """\
- id: dobrush
  name: Dobrush District
  kind: district
  country: belarus
  parent: gomel
  aliases: [Dobrush, Добруш]
"""


def test_newsroom_facts_layer_over_the_built_in_base(runner, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    (workspace / "facts" / "regions.yaml").write_text(NEWSROOM_REGIONS, encoding="utf-8")
    (workspace / "facts" / "ours.yaml").write_text(NEWSROOM_FACTS, encoding="utf-8")
    check = run(runner, "facts", "check")
    assert check.exit_code == 0, check.output
    assert check.output.endswith(
        "18 facts, 12 regions, 12 sources: no errors, 1 warning(s)\n"
        "translated: ru 14 of 18, be 14 of 18; source notes: ru 0 of 2, be 0 of 2\n"
    )
    text = run(runner, "brief", "Добруш", "sichuan", "--format", "md", "--out", "-").stdout
    assert "A Dobrush delegation visited Sichuan in **May 2025**." in text
    gomel = run(runner, "brief", "gomel", "sichuan", "--format", "md", "--out", "-").stdout
    # a town's figure counts toward its oblast, labelled as the town's
    assert "| Trade turnover | USD 3 million | 2025 | Gomel (city) – Sichuan Province |" in gomel


def test_a_newer_fact_supersedes_a_built_in_one(runner, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    (workspace / "facts" / "regions.yaml").write_text(NEWSROOM_REGIONS, encoding="utf-8")
    (workspace / "facts" / "ours.yaml").write_text(NEWSROOM_FACTS, encoding="utf-8")
    now = run(runner, "brief", "mogilev", "henan", "--format", "md", "--out", "-").stdout
    assert "USD 140 million" in now and "nearly USD 95 million" not in now
    # a brief dated before the newer figure was on record still uses the older one
    then = run(
        runner, "brief", "mogilev", "henan", "--as-of", "2023-01-01", "--format", "md", "--out", "-"
    ).stdout
    assert "nearly USD 95 million" in then and "USD 140 million" not in then


SERIES = """\
- id: mogilev-china-trade-q1-2024
  kind: figure
  regions: [mogilev, china]
  date: 2024-04
  summary: Trade between Mogilev Oblast and China came to USD 30 million in January-March 2024.
  scope: {of: mogilev, with: china}
  figure: {metric: trade turnover, value: 30000000, unit: USD, period: "January-March 2024"}
  sources: [{title: Mogilev trade in the first quarter, publisher: BelTA, date: 2024-04-20}]
  added: 2024-04-21
- id: mogilev-china-trade-2024
  kind: figure
  regions: [mogilev, china]
  date: 2024
  summary: Trade between Mogilev Oblast and China came to USD 120 million in 2024.
  scope: {of: mogilev, with: china}
  figure: {metric: trade turnover, value: 120000000, unit: USD, period: "2024"}
  sources: [{title: Mogilev trade in 2024, publisher: BelTA, date: 2025-02-10}]
  added: 2025-02-11
"""


def test_a_newer_period_of_the_same_series_supersedes_without_being_told(runner, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    (workspace / "facts" / "ours.yaml").write_text(SERIES, encoding="utf-8")
    assert run(runner, "facts", "check").exit_code == 0

    def trade_rows(as_of: str) -> list[str]:
        text = run(
            runner, "brief", "mogilev", "china", "--as-of", as_of, "--format", "md", "--out", "-"
        ).stdout
        return [line.split(" | ")[1:3] for line in text.splitlines() if line.startswith("| Trade turnover |")]

    # the year 2024 replaces the year 2020 once it is out; a quarter is another series;
    # the newest period leads
    assert trade_rows("2026-12-02") == [
        ["USD 120 million", "2024"],
        ["USD 30 million ⚠", "January-March 2024"],
    ]
    # before the 2024 figure was published, the quarter is the table's news and the 2020
    # figures, the growth to 2020 with them, are counted under it
    assert trade_rows("2024-06-01") == [["USD 30 million", "January-March 2024"]]
    sheet = run(
        runner, "brief", "mogilev", "china", "--as-of", "2024-06-01", "--format", "md", "--out", "-"
    ).stdout
    assert (
        "*2 figures for periods before 2022 are left out here, as newer ones are on record; the fact" in sheet
    )
    # with nothing that recent, every figure there is stands in the table
    assert trade_rows("2023-01-01") == [["nearly USD 95 million ⚠", "2020"]]


def test_a_layer_cannot_reuse_a_built_in_id_or_region(runner, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    (workspace / "facts" / "regions.yaml").write_text(
        "- id: gomel\n  name: Gomel\n  kind: city\n  country: belarus\n", encoding="utf-8"
    )
    (workspace / "facts" / "ours.yaml").write_text(
        (DATA / "base" / "facts" / "china.yaml")
        .read_text(encoding="utf-8")
        .split("\n- id: mogilev-henan-twinning\n")[0]
        + "\n",
        encoding="utf-8",
    )
    result = run(runner, "facts", "check")
    assert result.exit_code == 1
    assert (
        "facts/regions.yaml:1: error: region id 'gomel' is already in the built-in registry" in result.output
    )
    assert "facts/ours.yaml:1: error: duplicate fact id 'gomel-sichuan-twinning'" in result.output
    assert "'supersedes: [gomel-sichuan-twinning]'" in result.output


def test_builtin_false_uses_only_the_newsroom_folders(runner, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    shutil.copy(DATA / "base" / "regions.yaml", workspace / "facts" / "regions.yaml")
    (workspace / "facts" / "ours.yaml").write_text(
        NEWSROOM_FACTS.split("- id: mogilev-china-trade-2025")[0], encoding="utf-8"
    )
    _config(workspace, "facts:\n  folders: [facts]\n  builtin: false\n")
    result = run(runner, "facts", "check")
    assert result.output == "1 facts, 11 regions, 1 sources: no errors\ntranslated: ru 0 of 1, be 0 of 1\n"


# --- facts add -------------------------------------------------------------------------

ADD = [
    "facts", "add", "--region", "Гомель", "--partner", "Sichuan", "--kind", "figure", "--date", "2025",
    "--summary", "Trade between Gomel Oblast and Sichuan Province reached USD 12.4 million in 2025.",
    "--metric", "trade turnover", "--value", "12400000", "--unit", "USD",
    "--source-title", "Gomel exporters in Sichuan", "--source-url", "https://example.org/gs",
    "--source-year", "2026",
]  # fmt: skip


def test_facts_add_appends_keeping_the_file_byte_for_byte(runner, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    target = workspace / "facts" / "china" / "gomel.yaml"
    target.parent.mkdir()
    before = (
        "# Our Gomel-China facts.\r\n# Keep this comment.  \n- id: gomel-x\n  kind: context\n"
        "  regions: [gomel, china]\n  date: 2020\n  summary: An earlier fact.\n"
        "  sources: [{title: A, url: 'https://example.org/x'}]\n  added: 2026-01-01"
    )
    target.write_bytes(before.encode("utf-8"))
    result = run(runner, *ADD)
    assert result.exit_code == 0, result.output
    after = target.read_bytes()
    assert after.startswith(before.encode("utf-8") + b"\n- id: gomel-sichuan-figure-2025\n")
    assert result.output.startswith(
        "added to facts/china/gomel.yaml:\n\n- id: gomel-sichuan-figure-2025\n  kind: figure\n"
    )
    assert result.output.endswith("brief it: briefer brief gomel sichuan\n")
    brief = run(runner, "brief", "gomel", "sichuan", "--format", "md", "--out", "-").stdout
    assert "| Trade turnover | USD 12.4 million | 2025 | Gomel Oblast – Sichuan Province |" in brief
    assert run(runner, "facts", "check").exit_code == 0


@pytest.mark.parametrize(
    ("change", "code", "message"),
    [
        (
            ("--date", "27.11.2025"),
            2,
            "--date '27.11.2025' is written day.month.year; write --date 2025-11-27",
        ),
        (
            ("--value", "12,4 млн"),
            2,
            "--value '12,4 млн' is written in words; write the number in digits: --value 12400000",
        ),
        (("--value", "12,4"), 2, "--value '12,4' uses a decimal comma; write --value 12.4"),
        (("--unit", "долларов"), 1, "unit 'долларов' is not a currency code"),
        (("--partner", "Sichaun"), 2, "unknown region 'Sichaun'; did you mean sichuan (Sichuan Province)?"),
        (("--kind", "rumour"), 2, "--kind 'rumour' is not a kind of fact"),
    ],
)
def test_facts_add_rejects_bad_input_without_writing(
    runner, workspace: Path, change: tuple[str, str], code: int, message: str
) -> None:  # type: ignore[no-untyped-def]
    args = list(ADD)
    args[args.index(change[0]) + 1] = change[1]
    result = run(runner, *args)
    assert result.exit_code == code
    assert message in result.stderr, result.stderr
    assert not (workspace / "facts" / "china").exists()


def test_eight_facts_added_at_once_are_all_kept(workspace: Path) -> None:
    """Each addition reads the file, appends and renames; at once, none may be lost."""
    import os
    import subprocess
    import sys

    runs = []
    for year in range(2018, 2026):
        args = list(ADD)
        args[args.index("--date") + 1] = str(year)
        args[args.index("--summary") + 1] = (
            f"Trade between Gomel Oblast and Sichuan reached USD 12.4 million in {year}."
        )
        runs.append(
            subprocess.Popen(
                [sys.executable, "-m", "briefer", *args],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=os.environ.copy(),
            )
        )
    outcomes = [(process.wait(timeout=120), process.stderr.read()) for process in runs]  # type: ignore[union-attr]
    assert all(code == 0 for code, _ in outcomes), outcomes
    text = (workspace / "facts" / "china" / "gomel.yaml").read_text(encoding="utf-8")
    ids = [line for line in text.splitlines() if line.startswith("- id: ")]
    assert len(ids) == 8 and len(set(ids)) == 8, ids


def test_facts_add_without_a_workspace_says_how_to_make_one(runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = run(runner, *ADD)
    assert result.exit_code == 2
    assert "run 'briefer init' to create a workspace" in result.stderr


def test_facts_add_names_a_missing_option_when_not_in_a_terminal(runner, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "facts", "add", "--region", "gomel")
    assert result.exit_code == 2
    assert result.stderr == "error: missing --partner; 'briefer facts add --help' lists the options\n"


# --- templates -------------------------------------------------------------------------


def test_templates_list_says_where_each_kind_comes_from(runner, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    lines = run(runner, "templates", "list").output.splitlines()
    assert [line.split()[0] for line in lines] == ["anniversary", "factsheet", "feature", "interview", "news"]
    assert lines[4].startswith("news         [templates, overrides the built-in]  Our house news story")
    assert lines[0].startswith("anniversary  [built-in]  A round anniversary")


def test_templates_new_extends_a_built_in_and_gets_a_title(runner, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "templates", "new", "Regional-Portrait", "--from", "feature")
    assert result.exit_code == 0
    text = (workspace / "templates" / "regional-portrait.md.j2").read_text(encoding="utf-8")
    assert '{% extends "builtin/feature.md.j2" %}' in text and "    quotes\n" in text
    brief = run(
        runner, "brief", "gomel", "sichuan", "--kind", "regional-portrait", "--format", "md", "--out", "-"
    )
    assert "# Gomel Oblast and Sichuan Province: regional portrait" in brief.stdout
    again = run(runner, "templates", "new", "regional-portrait")
    assert again.exit_code == 1 and "exists already" in again.stderr


def test_templates_show_prints_the_built_in_source(runner) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "templates", "show", "News")
    assert result.output.startswith("{#- about: An inverted-pyramid news story")
    assert run(runner, "templates", "show", "_macros").exit_code == 2


def test_templates_check_passes_on_the_built_ins_and_names_a_broken_template(runner, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    ok = run(runner, "templates", "check")
    assert ok.exit_code == 0
    assert ok.output.startswith("5 kinds rendered on ")
    (workspace / "templates" / "broken.md.j2").write_text(
        '{#- about: broken -#}\n{% extends "builtin/news.md.j2" %}\n'
        "{% block quotes %}\n{{ brief.nosuch }}\n{% endblock %}\n",
        encoding="utf-8",
    )
    (workspace / "templates" / "typo.md.j2").write_text(
        "{#- about: typo -#}\n\n{{ brief.region.name\n", encoding="utf-8"
    )
    bad = run(runner, "templates", "check")
    assert bad.exit_code == 1
    no_attribute = "'briefer.briefs.select.BriefContext object' has no attribute 'nosuch'"
    assert f"broken.md.j2:4: {no_attribute}" in bad.output
    assert "error: templates/typo.md.j2:3: template syntax error:" in bad.output
    assert bad.output.rstrip().endswith("2 kind(s) failed: broken, typo")
