"""What a brief says: figures in their own scope, qualifiers kept, stages not disputes,
history never stale, nothing known after the brief's date, angles worth writing from."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from briefer import load_fact_base, make_brief
from briefer.briefs.angles import Story
from briefer.briefs.select import select
from briefer.facts import FactBase, default_fact_root
from briefer.places import resolve_pair

from .conftest import DATA, brief_markdown, run

KINDS = ("factsheet", "news", "feature", "anniversary", "interview")
SKELETONS = ("news", "feature", "anniversary", "interview")
TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def shipped() -> FactBase:
    return load_fact_base(default_fact_root())


def _base_with(tmp_path: Path, facts_yaml: str) -> Path:
    """The small test base's registry with only the facts given."""
    root = tmp_path / "facts"
    root.mkdir()
    shutil.copy(DATA / "base" / "regions.yaml", root / "regions.yaml")
    (root / "facts.yaml").write_text(facts_yaml, encoding="utf-8")
    return root


SOURCE = """  sources:
    - title: A source
      publisher: BelTA
      year: 2021
      url: https://example.org/{id}
  added: 2026-11-26
"""


def _fact(fact_id: str, body: str) -> str:
    return f"- id: {fact_id}\n{body}" + SOURCE.format(id=fact_id)


# --- scope ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_figure_is_labelled_with_its_own_scope_in_every_kind(runner, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Mogilev's trade with China stays Mogilev's in a Belarus-China brief."""
    text = brief_markdown(runner, "belarus", "china", "--kind", kind, "--as-of", "2024-06-01").stdout
    for line in text.splitlines():
        if "95 million" in line:
            assert "Belarus – China" not in line, line
            assert "Mogilev" in line, line


def test_factsheet_table_labels_and_places_figures_by_scope(runner) -> None:  # type: ignore[no-untyped-def]
    text = brief_markdown(runner, "belarus", "china", "--as-of", "2024-06-01").stdout
    rows = [line for line in text.splitlines() if line.startswith("| ") and "[^" in line]
    labels = [row.split(" | ")[3] for row in rows]
    assert labels == [
        "Belarus – China",
        "Mogilev Oblast – China",
        "Mogilev Oblast – China",
        "Belarus – non-CIS countries",
    ]


def test_a_total_over_several_destinations_is_never_shown_as_bilateral(runner) -> None:  # type: ignore[no-untyped-def]
    for kind in KINDS:
        text = brief_markdown(runner, "belarus", "china", "--kind", kind, "--as-of", "2024-06-01").stdout
        for line in text.splitlines():
            if "almost 50%" in line:
                assert "non-CIS countries" in line and "Belarus – China" not in line, line
        # A Mogilev brief does not borrow a national total over several destinations.
        mogilev = brief_markdown(runner, "mogilev", "henan", "--kind", kind, "--as-of", "2024-06-01").stdout
        assert "non-CIS" not in mogilev


def test_national_figures_are_labelled_national(runner) -> None:  # type: ignore[no-untyped-def]
    text = brief_markdown(runner, "mogilev", "henan", "--as-of", "2024-06-01").stdout
    assert "| January-April 2021 | Belarus – China (national) | [^" in text


def test_a_figure_without_scope_is_rejected_with_a_suggestion(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = _base_with(
        tmp_path,
        _fact(
            "gomel-china-exports",
            "  kind: figure\n  regions: [gomel, china]\n  date: 2021-02\n"
            "  summary: Gomel Oblast shipped USD 20 million of goods to China.\n"
            "  figure: {metric: exports, value: 20000000, unit: USD, period: January-February 2021}\n",
        ),
    )
    result = run(runner, "--facts", str(root), "facts", "check")
    assert result.exit_code == 1
    assert f"{root / 'facts.yaml'}:1: error: fact 'gomel-china-exports': figure has no scope" in result.output
    assert "fix: add 'scope: {of: gomel, with: china}' for a figure between the two" in result.output


@pytest.mark.parametrize(
    ("scope", "message", "fix"),
    [
        (
            "{of: gomel, with: sichuan}",
            "scope names 'sichuan', which is not among the fact's regions",
            "add 'sichuan' to 'regions'",
        ),
        ("{of: gomel, with: [china, henan]}", "'with' names the one counterpart", "write 'among: [a, b]'"),
        ("{of: gomel, among: [china]}", "'among' lists one region", "write 'with: china'"),
        ("{of: gomel, with: china, group: Asia}", "either bilateral ('with') or over several", "keep 'with'"),
        ("{of: atlantis}", "scope names unknown region id 'atlantis'", "use an id from regions.yaml"),
    ],
)
def test_bad_scopes_are_reported(runner, tmp_path: Path, scope: str, message: str, fix: str) -> None:  # type: ignore[no-untyped-def]
    root = _base_with(
        tmp_path,
        _fact(
            "gomel-china-exports",
            "  kind: figure\n  regions: [gomel, china]\n  date: 2021-02\n"
            "  summary: Gomel Oblast shipped USD 20 million of goods to China.\n"
            f"  scope: {scope}\n"
            "  figure: {metric: exports, value: 20000000, unit: USD, period: January-February 2021}\n",
        ),
    )
    result = run(runner, "--facts", str(root), "facts", "check")
    assert result.exit_code == 1
    assert message in result.output and fix in result.output
    assert "Traceback" not in result.output


FIGURE = (
    "  kind: figure\n  regions: [{regions}]\n  date: 2021-03\n  summary: A figure.\n"
    "  scope: {scope}\n  figure: {figure}\n"
)


def _figure(fact_id: str, regions: str, scope: str, figure: str) -> str:
    return _fact(fact_id, FIGURE.format(regions=regions, scope=scope, figure=figure))


def test_a_share_over_100_percent_is_impossible(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = _base_with(
        tmp_path,
        _figure(
            "gomel-eu-share",
            "gomel",
            "{of: gomel}",
            "{metric: share of exports, value: 139, unit: percent, period: Q1 2021}",
        ),
    )
    result = run(runner, "--facts", str(root), "facts", "check")
    assert result.exit_code == 1
    assert "error: fact 'gomel-eu-share': a share of 139 percent is impossible" in result.output


def test_a_part_larger_than_its_whole_is_impossible(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    whole = "{metric: exports, value: 745000000, unit: USD, period: Q1 2021}"
    part = "{metric: exports, value: 900000000, unit: USD, period: Q1 2021}"
    root = _base_with(
        tmp_path,
        _figure("gomel-exports", "gomel", "{of: gomel}", whole)
        + _figure("gomel-china-exports", "gomel, china", "{of: gomel, with: china}", part),
    )
    result = run(runner, "--facts", str(root), "facts", "check")
    assert result.exit_code == 1
    assert "error: impossible: 'gomel-china-exports' (USD 900 million" in result.output
    assert "is larger than the whole it is part of, 'gomel-exports' (USD 745 million" in result.output
    # The same part within its whole is fine.
    (root / "facts.yaml").write_text(
        _figure("gomel-exports", "gomel", "{of: gomel}", whole)
        + _figure(
            "gomel-china-exports", "gomel, china", "{of: gomel, with: china}", part.replace("900", "20")
        ),
        encoding="utf-8",
    )
    assert run(runner, "--facts", str(root), "facts", "check").exit_code == 0


# --- figures keep their words ----------------------------------------------------------


def test_qualifiers_and_bases_are_printed(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = _base_with(
        tmp_path,
        _figure(
            "belarus-china-trade",
            "belarus, china",
            "{of: belarus, with: china}",
            "{metric: trade turnover, value: 175000000, unit: USD, period: January-February 2021, "
            "qualifier: nearly, change_pct: 80, change_qualifier: more than, "
            "compared_with: January-February 2020}",
        )
        + _figure(
            "belarus-china-growth",
            "belarus, china",
            "{of: belarus, with: china}",
            "{metric: growth of trade, value: 13, unit: times, period: '2020', compared_with: '2015'}",
        ),
    )
    text = brief_markdown(runner, "belarus", "china", "--as-of", "2021-06-01", facts=root).stdout
    assert (
        "| Trade turnover | nearly USD 175 million (up more than 80% on January-February 2020) "
        "| January-February 2021 | Belarus – China | [^"
    ) in text
    assert "| Growth of trade | 13 times the 2015 level | 2020 | Belarus – China |" in text


@pytest.mark.parametrize(
    ("unit", "fix"),
    [
        ("долларов", "write a currency as its code (USD, EUR, BYN, RUB, CNY) or what is counted in English"),
        ("dollars", "write the currency code: 'unit: USD'"),
        ("Companies", "lower case"),
    ],
)
def test_a_unit_must_be_a_code_or_an_english_count_noun(runner, tmp_path: Path, unit: str, fix: str) -> None:  # type: ignore[no-untyped-def]
    root = _base_with(
        tmp_path,
        _figure(
            "gomel-exports",
            "gomel",
            "{of: gomel}",
            f"{{metric: exports, value: 5, unit: {unit}, period: '2020'}}",
        ),
    )
    result = run(runner, "--facts", str(root), "facts", "check")
    assert result.exit_code == 1
    assert f"unit {unit!r}" in result.output and fix in result.output


# --- ties are stages -------------------------------------------------------------------


def test_different_stages_are_a_timeline_not_a_dispute(runner, small_base: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "--facts", str(small_base), "facts", "check")
    assert "friendly-2004" not in result.output  # no conflict with the 2008 twinning
    text = brief_markdown(runner, "mogilev", "henan", "--as-of", "2024-06-01").stdout
    assert re.search(
        r"- \*\*2004\*\*: Mogilev Oblast and Henan Province agreed on friendly relations in 2004"
        r"\.\[\^\d+\]\n",
        text,
    )


def test_one_source_giving_both_claims_is_said_so(runner) -> None:  # type: ignore[no-untyped-def]
    for kind in KINDS:
        text = brief_markdown(runner, "mogilev", "henan", "--kind", kind, "--as-of", "2024-06-01").stdout
        assert "Another source" not in text, kind


# --- staleness -------------------------------------------------------------------------


def test_dated_history_is_never_stale(shipped: FactBase) -> None:
    late = dt.date(2060, 1, 1)
    for fact in shipped.facts:
        if fact.kind in ("twinning", "agreement", "event", "quote"):
            assert not fact.is_stale(late), fact.id


def test_no_brief_flags_a_twinning_as_old(shipped: FactBase) -> None:
    for region_id, partner_id in (
        ("brest", "hubei"),
        ("gomel", "sichuan"),
        ("mogilev", "henan"),
        ("belarus", "china"),
    ):
        region, partner = resolve_pair(shipped.regions, region_id, partner_id)
        context = select(shipped, region, partner, TODAY)
        assert context.ties and not [
            f.id for f in context.stale if f.kind in ("twinning", "agreement", "event")
        ]
        text = make_brief(shipped, region_id, partner_id, "factsheet", as_of=TODAY).markdown
        stale = text.split("- **Past its period")[1].split("\n- **")[0]
        for tie in context.ties:
            assert tie.fact.summary not in stale
        assert "more than 24 months old" not in text


def test_a_stale_claim_is_written_with_its_date(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = _base_with(
        tmp_path,
        _fact(
            "mogilev-henan-residents",
            "  kind: context\n  regions: [mogilev, henan]\n  date: 2021-03\n"
            "  summary: Three Henan companies are residents of FEZ Mogilev.\n",
        )
        + _fact(
            "mogilev-henan-history",
            "  kind: context\n  regions: [mogilev, henan]\n  date: 2021-03\n  expires: never\n"
            "  summary: The first Henan company registered in FEZ Mogilev in March 2021.\n",
        ),
    )
    fresh = brief_markdown(
        runner, "mogilev", "henan", "--kind", "news", "--as-of", "2022-01-01", facts=root
    ).stdout
    stale = brief_markdown(
        runner, "mogilev", "henan", "--kind", "news", "--as-of", "2026-01-01", facts=root
    ).stdout
    assert "FEZ Mogilev (as of March 2021)" not in fresh
    assert re.search(
        r"Three Henan companies are residents of FEZ Mogilev \(as of March 2021\)\.\[\^\d+\] ⚠", stale
    )
    assert "in March 2021 (as of" not in stale
    longer = brief_markdown(
        runner,
        "mogilev",
        "henan",
        "--kind",
        "news",
        "--as-of",
        "2026-01-01",
        "--stale-after",
        "context=120",
        facts=root,
    ).stdout
    assert "As of March 2021" not in longer


def test_bad_stale_after_is_a_usage_error(runner) -> None:  # type: ignore[no-untyped-def]
    result = brief_markdown(runner, "mogilev", "henan", "--stale-after", "twinning=12")
    assert result.exit_code == 2
    assert "kinds that go stale: figure, context, project; dated history never does" in result.stderr


# --- as of a date ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_brief_knows_only_what_was_on_record_by_its_date(runner, kind: str) -> None:  # type: ignore[no-untyped-def]
    text = brief_markdown(runner, "mogilev", "henan", "--kind", kind, "--as-of", "2021-03-01").stdout
    assert "roadmap" not in text  # signed in June 2021
    assert "expo" not in text  # announced in June 2021


def test_a_figure_is_known_once_its_source_is_out(runner) -> None:  # type: ignore[no-untyped-def]
    """Mogilev's 2020 trade rests on a 2021 source: unknown on 1 March 2021, known in 2022."""
    early = brief_markdown(runner, "mogilev", "henan", "--as-of", "2021-03-01").stdout
    later = brief_markdown(runner, "mogilev", "henan", "--as-of", "2022-01-01").stdout
    assert "95 million" not in early and "95 million" in later


def test_what_comes_next_lists_plans_on_record_by_the_date(runner) -> None:  # type: ignore[no-untyped-def]
    text = brief_markdown(runner, "mogilev", "henan", "--kind", "news", "--as-of", "2021-07-01").stdout
    upcoming = text.split("## What comes next")[1].split("## ")[0]
    assert "expo planned for September 2022" in upcoming
    after = brief_markdown(runner, "mogilev", "henan", "--kind", "news", "--as-of", "2024-06-01").stdout
    assert "expo" not in after.split("## What comes next")[1].split("## ")[0]


@pytest.mark.parametrize(
    ("region", "partner"), [("mogilev", "henan"), ("belarus", "tatarstan"), ("belarus", "china")]
)
def test_shipped_briefs_cite_nothing_dated_after_them(shipped: FactBase, region: str, partner: str) -> None:
    as_of = dt.date(2021, 3, 1)
    for kind in KINDS:
        brief = make_brief(shipped, region, partner, kind, as_of=as_of)
        cited = re.search(r"^facts: \[?(.*?)\]?$", brief.markdown, re.MULTILINE)
        ids = re.findall(r"^- (\S+)$", brief.markdown.split("---")[1], re.MULTILINE)
        assert cited is not None or ids
        for fact_id in ids:
            fact = shipped.by_id.get(fact_id)
            if fact is not None:
                known = fact.published_by(as_of) or (not fact.happened_by(as_of) and fact.on_record_by(as_of))
                assert known, f"{kind}: {fact_id} ({fact.date}) after {as_of}"


# --- angles ----------------------------------------------------------------------------


def _pairs(base: FactBase) -> list[tuple[str, str]]:
    from briefer.facts.coverage import coverage

    return sorted({(row.region.id, row.partner.id) for row in coverage(base)})


def test_headlines_read_as_headlines_on_every_pair(shipped: FactBase) -> None:
    for region_id, partner_id in _pairs(shipped):
        region, partner = resolve_pair(shipped.regions, region_id, partner_id)
        context = select(shipped, region, partner, TODAY, "news")
        options = Story(context).headlines
        assert len({o.fact.id for o in options}) == len(options), (region_id, partner_id)
        assert len({o.text for o in options}) == len(options)
        for option in options:
            words = option.text.split()
            assert len(words) <= 12 and len(option.text) <= 90, option.text
            assert option.text != option.fact.summary.rstrip("."), option.text
            # A figure headline names the figure's own scope, never the pair's by default.
            if option.fact.kind == "figure":
                row = next(r for r in context.figure_rows if r.fact.id == option.fact.id)
                own = row.level == "pair" or "have no figure of their own" in option.angle
                assert own, (option.text, row.level)


def test_a_regional_brief_does_not_lead_with_a_national_figure(shipped: FactBase) -> None:
    for region_id in ("gomel", "mogilev", "grodno", "vitebsk", "brest", "minsk-oblast", "minsk"):
        region, partner = resolve_pair(shipped.regions, region_id, "china")
        context = select(shipped, region, partner, TODAY, "news")
        for option in Story(context).headlines:
            national = "belarus" in option.fact.regions
            assert not national or "have no figure of their own" in option.angle, option


def test_older_news_is_offered_only_as_a_follow_up_that_says_its_age(runner) -> None:  # type: ignore[no-untyped-def]
    text = brief_markdown(runner, "mogilev", "henan", "--kind", "news", "--as-of", "2026-11-27").stdout
    headlines = text.split("## Headline options")[1].split("\n## ")[0]
    assert re.search(
        r"^\d\. Four years on: where do Mogilev and Henan stand now\?\[\^\d+\] "
        r"\*\(angle: a follow-up on older news — September 2022, four years before this brief\)\*$",
        headlines,
        re.MULTILINE,
    ), headlines
    assert "the most recent development" not in headlines and "a strong fact" not in headlines
    assert "(background lede — September 2022, four years before this brief)" in text
    # within a year, the same development is news
    text = brief_markdown(runner, "mogilev", "henan", "--kind", "news", "--as-of", "2022-10-01").stdout
    assert "(angle: the most recent development)" in text


@pytest.mark.parametrize(
    ("region", "partner"),
    [("mogilev", "henan"), ("gomel", "sichuan"), ("minsk-oblast", "hubei"), ("belarus", "china")],
)
def test_the_interview_keeps_its_promise_of_8_to_10_questions(runner, region: str, partner: str) -> None:  # type: ignore[no-untyped-def]
    text = brief_markdown(runner, region, partner, "--kind", "interview", "--as-of", "2024-06-01").stdout
    questions = text.split("## Questions")[1].split("\n## ")[0]
    numbered = re.findall(r"^\d+\. (.+)$", questions, re.MULTILINE)
    assert 8 <= len(numbered) <= 10
    assert all(q.rstrip().endswith("?") or "?" in q for q in numbered), numbered


def _target_words(text: str) -> int:
    target = re.search(r"^target_length: (.+)$", text, re.MULTILINE)
    numbers = [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", target.group(1))] if target else []
    return max(numbers) if numbers and max(numbers) > 20 else 1200


def _story_words(text: str) -> int:
    """Words a reporter reads before the checklist and sources: the skeleton itself."""
    body = text.split("\n---\n", 1)[1]
    body = re.split(r"^## (What the fact base does not have|Checklist)$", body, flags=re.MULTILINE)[0]
    return len(re.sub(r"\[\^\d+\]", "", body).split())


@pytest.mark.parametrize("kind", SKELETONS)
@pytest.mark.parametrize(
    ("region", "partner"), [("belarus", "china"), ("belarus", "russia"), ("belarus", "tatarstan")]
)
def test_a_skeleton_stays_near_its_target_on_the_busiest_pairs(
    shipped: FactBase, kind: str, region: str, partner: str
) -> None:
    text = make_brief(shipped, region, partner, kind, as_of=TODAY).markdown
    assert _story_words(text) <= 2 * _target_words(text), (kind, _story_words(text))


def test_placeholders_name_the_right_body(shipped: FactBase) -> None:
    oblast = make_brief(shipped, "gomel", "sichuan", "news", as_of=TODAY).markdown
    assert "[[REPORTER: reaction from the Gomel Regional Executive Committee]]" in oblast
    city = make_brief(shipped, "minsk", "beijing", "news", as_of=TODAY).markdown
    assert "[[REPORTER: reaction from the Minsk City Executive Committee]]" in city
    country = make_brief(shipped, "belarus", "china", "news", as_of=TODAY).markdown
    assert "the Ministry of Foreign Affairs" in country
    assert "Belarus executive committee" not in country


def test_names_take_their_article_in_a_sentence(shipped: FactBase) -> None:
    text = make_brief(shipped, "gomel", "tatarstan", "factsheet", as_of=TODAY).markdown
    assert "between Gomel Oblast and Republic of Tatarstan" not in text
    assert "the Republic of Tatarstan" in text


def test_an_oblast_brief_shows_the_country_level_ties_of_its_partner(shipped: FactBase) -> None:
    text = make_brief(shipped, "gomel", "tatarstan", "factsheet", as_of=TODAY).markdown
    assert "## Belarus and the Republic of Tatarstan" in text
    assert "other Belarusian partners:** none recorded" not in text


@pytest.mark.parametrize(
    ("language", "dated"),
    [
        ("en", "is the basis for active trade at this stage (as of 2020).[^"),
        ("ru", "основа активной торговли (по состоянию на 2020\u00a0г.).[^"),
        ("be", "аснова актыўнага гандлю (па стане на 2020\u00a0г.).[^"),
    ],
)
def test_a_stale_claim_keeps_its_own_first_letter_and_gets_its_date_after(
    runner, language: str, dated: str
) -> None:  # type: ignore[no-untyped-def]
    result = brief_markdown(
        runner, "gomel", "sichuan", "--kind", "news", "--lang", language, "--as-of", "2026-11-27", facts=None
    )
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if dated in line)
    assert line.startswith(("- The planned", "- Планировавшееся", "- Планаванае"))


def test_a_national_sheet_never_says_the_country_is_not_twinned(runner) -> None:  # type: ignore[no-untyped-def]
    with_ties = brief_markdown(runner, "belarus", "china", "--as-of", "2026-11-27", facts=None).output
    assert "No twinning between Belarus" not in with_ties
    assert "- **Ties between regions and cities of Belarus and China:** 41 on record" in with_ties
    without = brief_markdown(runner, "belarus", "pakistan", "--as-of", "2026-11-27", facts=None).output
    assert "No twinning between Belarus" not in without
    assert (
        "- No ties between regions or cities of Belarus and Pakistan are recorded in the fact base.\n"
        in without
    )
    regional = brief_markdown(runner, "gomel", "pakistan", "--as-of", "2026-11-27", facts=None).output
    assert "- No twinning between Gomel Oblast and Pakistan is recorded in the fact base.\n" in regional


def test_a_belarusian_partner_is_a_usage_error(runner) -> None:  # type: ignore[no-untyped-def]
    result = brief_markdown(runner, "gomel", "brest", facts=None)
    assert result.exit_code == 2
    assert result.output == (
        "error: Brest Oblast is in Belarus; the partner is a place abroad, e.g. briefer brief gomel sichuan\n"
    )


def test_two_countries_are_asked_about_their_agreements_not_a_twinning(runner) -> None:  # type: ignore[no-untyped-def]
    national = brief_markdown(runner, "belarus", "egypt", "--kind", "news", facts=None).output
    assert "no agreement between the two countries is recorded: ask the foreign ministry" in national
    assert "no twinning agreement is recorded" not in national
    regional = brief_markdown(runner, "gomel", "bukhara", "--kind", "news", facts=None).output
    assert "no twinning agreement is recorded: ask the international department" in regional
