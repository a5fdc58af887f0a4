"""Story skeletons: golden Markdown per kind, placeholders, checklist, determinism."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import docx
import pytest
import yaml
from docx.enum.text import WD_COLOR_INDEX

from briefer import make_brief
from briefer.facts import FactBase, default_fact_root, load_fact_base

from .conftest import DATA, brief_markdown, run

GOLDEN = Path(__file__).parent / "golden"
AS_OF = "2024-06-01"
KINDS = ("news", "feature", "anniversary", "interview")
PAIRS = {
    "rich-disputed": ("mogilev", "henan"),
    "thin": ("gomel", "sichuan"),
    "empty": ("minsk-oblast", "hubei"),
}


def _skeleton(runner, region: str, partner: str, kind: str, templates: Path | None = None) -> str:  # type: ignore[no-untyped-def]
    result = brief_markdown(runner, region, partner, "--kind", kind, "--as-of", AS_OF, templates=templates)
    assert result.exit_code == 0, result.output
    return str(result.stdout)


@pytest.mark.parametrize("pair", sorted(PAIRS))
@pytest.mark.parametrize("kind", KINDS)
def test_skeleton_matches_golden(runner, kind: str, pair: str) -> None:  # type: ignore[no-untyped-def]
    region, partner = PAIRS[pair]
    text = _skeleton(runner, region, partner, kind)
    path = GOLDEN / f"small-{region}-{partner}-{kind}.md"
    if os.environ.get("BRIEFER_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", KINDS)
def test_target_length_in_front_matter_and_header(runner, kind: str) -> None:  # type: ignore[no-untyped-def]
    text = _skeleton(runner, "mogilev", "henan", kind)
    target = yaml.safe_load(text.split("---\n")[1]).get("target_length")
    assert target, "front matter has no target_length"
    assert f"Target length: {target}." in text


@pytest.mark.parametrize("kind", KINDS)
def test_every_placeholder_is_in_the_checklist(runner, kind: str) -> None:  # type: ignore[no-untyped-def]
    text = _skeleton(runner, "gomel", "sichuan", kind)
    body, checklist = text.split("\n## Checklist\n")
    used = set(re.findall(r"\[\[REPORTER: [^\]]+\]\]", body)) - {"[[REPORTER: …]]"}  # the header's key
    listed = set(re.findall(r"^- \[ \] (\[\[REPORTER: [^\]]+\]\])$", checklist, re.MULTILINE))
    assert used and used == listed


def test_thin_pair_turns_gaps_into_reporter_tasks(runner) -> None:  # type: ignore[no-untyped-def]
    text = _skeleton(runner, "gomel", "sichuan", "news")
    assert (
        "- [[REPORTER: no trade figure for this pair: ask the economy committee for the "
        "latest trade and investment numbers]]"
    ) in text
    assert not re.search(r"^## .+\n\n## ", text, re.MULTILINE), "a heading with nothing under it"


def test_verify_list_names_disputed_facts_used(runner) -> None:  # type: ignore[no-untyped-def]
    verify = _skeleton(runner, "mogilev", "henan", "news").split("### Verify before publishing")[1]
    # The dispute is listed once, on whichever of its two claims the skeleton cited first.
    assert verify.count("— sources disagree") == 1
    assert "- [ ] Elsewhere on the same page the Mogilev-Henan twinning is dated 2009.[^" in verify


def test_editor_template_replaces_one_block(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "news.md.j2").write_text(
        '{#- about: House news; target: 300 words -#}\n{% extends "builtin/news.md.j2" %}\n'
        "{% block quotes %}\n## Voices\n\n- {{ placeholder('the mayor') }}\n{% endblock %}\n",
        encoding="utf-8",
    )
    text = _skeleton(runner, "mogilev", "henan", "news", templates=tmp_path)
    builtin = _skeleton(runner, "mogilev", "henan", "news")
    assert "## Voices\n\n- [[REPORTER: the mayor]]\n" in text
    assert "## Quotes" not in text and "## Quotes" in builtin
    assert "Target length: 300 words." in text
    assert (
        text.split("## Why it matters now")[0].split("## Headline options")[1]
        == builtin.split("## Why it matters now")[0].split("## Headline options")[1]
    )


def test_kinds_lists_every_kind_with_a_description(runner) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "kinds")
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.output.splitlines()]
    assert names == ["anniversary", "factsheet", "feature", "interview", "news"]
    assert all(len(line.split(None, 1)[1]) > 20 for line in result.output.splitlines())
    assert "news         An inverted-pyramid news story" in result.output


@pytest.fixture(scope="module")
def shipped() -> FactBase:
    return load_fact_base(default_fact_root())


def test_anniversary_leads_with_the_30th_of_brest_and_hubei(runner) -> None:  # type: ignore[no-untyped-def]
    result = brief_markdown(
        runner, "brest", "hubei", "--kind", "anniversary", "--as-of", "2024-06-01", facts=None
    )
    body = result.stdout.split("\n---\n", 1)[1]
    first_heading = re.search(r"^## (.+)$", body, re.MULTILINE)
    assert first_heading and first_heading.group(1) == "30th anniversary in 2024"
    assert re.search(
        r"2024 marks 30 years since Brest Oblast and Hubei Province became twinned in 1994\.\[\^\d+\]", body
    )
    # The anniversary is said once in the heading part, then stated once as the fact.
    assert body.count("have been twinned since 1994") == 1


def test_anniversary_in_a_year_without_one_names_the_next(runner) -> None:  # type: ignore[no-untyped-def]
    result = brief_markdown(
        runner, "brest", "hubei", "--kind", "anniversary", "--as-of", "2025-06-01", facts=None
    )
    assert "## No round anniversary in 2025" in result.stdout
    assert re.search(
        r"The next is in 2029: 35 years since Brest Oblast and Hubei Province became twinned in 1994"
        r"\.\[\^\d+\]",
        result.stdout,
    )


@pytest.mark.parametrize("kind", (*KINDS, "factsheet"))
@pytest.mark.parametrize(
    ("region", "partner"), [("mogilev", "henan"), ("gomel", "navoi"), ("belarus", "tatarstan")]
)
def test_two_runs_give_identical_markdown(shipped: FactBase, kind: str, region: str, partner: str) -> None:
    first = make_brief(shipped, region, partner, kind, as_of=dt.date(2026, 11, 26)).markdown
    second = make_brief(
        load_fact_base(default_fact_root()), region, partner, kind, as_of=dt.date(2026, 11, 26)
    ).markdown
    assert first == second


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("region", "partner"), [("mogilev", "henan"), ("gomel", "navoi"), ("grodno", "hungary")]
)
def test_no_figure_in_a_skeleton_without_a_source_marker(
    shipped: FactBase, kind: str, region: str, partner: str
) -> None:
    body = make_brief(shipped, region, partner, kind, as_of=dt.date(2026, 11, 26)).markdown.split(
        "\n---\n", 1
    )[1]
    body = body.split("## Checklist")[0]
    for line in body.splitlines():
        text = re.sub(r"\[\[REPORTER: [^\]]*\]\]", "", line)
        text = re.sub(r"^\d+\. ", "", text)
        # the currency line dates the brief's own facts, each cited where it is stated
        currency = ("*The newest fact", "*⚠ The newest fact")
        if text.startswith(("#", "*As of", "No twinning or agreement", *currency)) or not re.search(
            r"\d", text
        ):
            continue
        assert "[^" in text, f"{kind} {region}-{partner}: unsourced: {line}"


def test_docx_highlights_placeholders_and_has_the_checklist(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(
        runner,
        "--facts",
        str(DATA / "base"),
        "brief",
        "gomel",
        "sichuan",
        "--kind",
        "news",
        "--as-of",
        AS_OF,
        "--format",
        "docx",
        "--out",
        str(tmp_path),
    )
    assert result.exit_code == 0
    document = docx.Document(str(tmp_path / "gomel-sichuan-news.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Checklist" in headings and "Verify before publishing" in headings
    runs = [run for p in document.paragraphs for run in p.runs]
    placeholders = [r for r in runs if r.text.startswith("[[REPORTER:")]
    assert placeholders and all(r.style.font.highlight_color == WD_COLOR_INDEX.YELLOW for r in placeholders)
    lede = next(p for p in document.paragraphs if "[[REPORTER: what this means" in p.text)
    assert lede.runs[0].style.font.highlight_color is None, "only the placeholder itself is highlighted"
    assert document.core_properties.title == "Gomel Oblast and Sichuan Province: news story skeleton"


def test_identical_across_processes_with_different_hash_seeds() -> None:
    import subprocess
    import sys

    outputs = set()
    for seed in ("1", "2"):
        completed = subprocess.run(
            [
                sys.executable,
                "-m",
                "briefer",
                "brief",
                "mogilev",
                "henan",
                "--kind",
                "news",
                "--as-of",
                "2026-11-26",
                "--format",
                "md",
                "--out",
                "-",
            ],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.add(completed.stdout)
    assert len(outputs) == 1
