"""Inputs written to break briefer: each ends in a message and an exit status, quickly."""

from __future__ import annotations

import os
import re
import string
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from briefer.briefs import sandbox as sandbox
from briefer.cli import cli

from .conftest import DATA, run

BOMB = "\n".join(
    ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    + [
        f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]"
        for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
    ]
)
FACT = """- id: gomel-sichuan-extra
  kind: context
  regions: [gomel, sichuan]
  date: {date}
  summary: "{summary}"
  sources:
    - title: A source
      publisher: BelTA
      year: {year}
  added: 2026-11-26
"""


def invoke(*args: str) -> tuple[int, str]:
    """Exit status and everything printed; an escaped exception fails the test."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def brief(facts: Path, *options: str) -> tuple[int, str]:
    return invoke(
        "--facts", str(facts), "brief", "gomel", "sichuan", "--format", "md", "--out", "-", *options
    )


def with_fact(base: Path, **fields: str) -> Path:
    values = {"date": "2021", "summary": "Gomel and Sichuan met.", "year": "2021", **fields}
    (base / "facts" / "extra.yaml").write_text(FACT.format(**values), encoding="utf-8")
    return base


# --- fact files ---------------------------------------------------------------------------


def test_an_alias_bomb_in_a_fact_file_is_refused_at_parse_time(small_base: Path) -> None:
    (small_base / "facts" / "bomb.yaml").write_text(BOMB + "\n", encoding="utf-8")
    code, output = brief(small_base)
    assert code == 1
    assert "facts/bomb.yaml:" in output
    assert "its aliases expand to more than 200,000 values; refused" in output


def test_an_alias_bomb_in_regions_yaml_is_refused(small_base: Path) -> None:
    regions = small_base / "regions.yaml"
    nested = "    " + BOMB.replace("\n", "\n    ")
    regions.write_text(regions.read_text(encoding="utf-8") + "- id: bomb\n  names:\n" + nested + "\n")
    code, output = brief(small_base)
    assert code == 1 and "regions.yaml:" in output and "refused" in output


def test_one_long_value_aliased_thousands_of_times_is_refused_within_a_second(small_base: Path) -> None:
    """3,000 aliases are few values but, of a 1 MB value, 3 GB of memory and of error text."""
    import time

    text = "- &big '" + "x" * 1_000_000 + "'\n" + "- *big\n" * 3000
    (small_base / "facts" / "wide.yaml").write_text(text, encoding="utf-8")
    started = time.monotonic()
    code, output = brief(small_base)
    assert time.monotonic() - started < 5  # a second here, with room for a busy machine
    assert code == 1
    assert "facts/wide.yaml:" in output and "its aliases expand to more than 10 MB of text; refused" in output
    assert len(output) < 10_000


def test_a_few_ordinary_aliases_still_load() -> None:
    from briefer.yamlload import load_yaml_text

    data, problems = load_yaml_text("a: &x [1, 2]\nb: *x\n", "x.yaml")
    assert problems == [] and data == {"a": [1, 2], "b": [1, 2]}


def test_a_fact_file_over_the_size_limit_is_refused_unread(small_base: Path) -> None:
    (small_base / "facts" / "huge.yaml").write_bytes(b"# " + b"x" * (5 * 1024 * 1024) + b"\n")
    code, output = brief(small_base)
    assert code == 1
    assert "facts/huge.yaml: error: file is 5.0 MB; the limit is 5 MB" in output
    assert "split it into several files" in output


def test_control_characters_are_refused_with_file_and_line(small_base: Path) -> None:
    code, output = brief(with_fact(small_base, summary="Gomel\\u0007 and Sichuan met."))
    assert code == 1
    assert "facts/extra.yaml:5: error: text contains the control character U+0007" in output


def test_a_lone_surrogate_is_refused(small_base: Path) -> None:
    code, output = brief(with_fact(small_base, summary="Gomel \\ud800 Sichuan"))
    assert code == 1 and "facts/extra.yaml:5:" in output


@pytest.mark.parametrize("date", ["0000", "0001-06-01", "10000"])
def test_years_outside_1000_to_9999_are_refused(small_base: Path, date: str) -> None:
    code, output = brief(with_fact(small_base, date=date))
    assert code == 1
    assert "facts/extra.yaml:" in output and (
        "years run from 1000 to 9999" in output or "not a date" in output
    )


@pytest.mark.parametrize("year", [".nan", ".inf", "-.inf", "1"])
def test_a_source_year_that_is_not_a_year_is_refused(small_base: Path, year: str) -> None:
    code, output = brief(with_fact(small_base, year=year))
    assert code == 1
    assert "must be a year from 1000 to 9999" in output


def test_an_as_of_year_outside_the_range_is_a_usage_error() -> None:
    code, output = invoke("--facts", str(DATA / "base"), "brief", "gomel", "sichuan", "--as-of", "0001-06-01")
    assert code == 2
    assert "error: --as-of '0001-06-01': years run from 1000 to 9999" in output


def test_a_link_loop_in_the_fact_folder_is_reported(small_base: Path) -> None:
    os.symlink("loop.yaml", small_base / "facts" / "loop.yaml")
    code, output = brief(small_base)
    assert code == 1
    assert "facts/loop.yaml: error: cannot read: Too many levels of symbolic links" in output


def test_an_output_path_that_is_a_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "gomel-sichuan-factsheet.md").mkdir()
    code, output = invoke("--facts", str(DATA / "base"), "brief", "gomel", "sichuan", "--out", str(tmp_path))
    assert code == 1
    assert (
        f"error: {tmp_path / 'gomel-sichuan-factsheet.md'} is a folder, where briefer would write a file"
        in output
    )
    assert not (tmp_path / "gomel-sichuan-factsheet.docx").exists(), (
        "nothing is written when one file cannot be"
    )


# --- templates ----------------------------------------------------------------------------


def template(tmp_path: Path, body: str | bytes, name: str = "evil") -> Path:
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.md.j2"
    if isinstance(body, bytes):
        path.write_bytes(body)
    else:
        path.write_text("{# about: hostile #}\n" + body, encoding="utf-8")
    return folder


def brief_with(folder: Path, kind: str = "evil") -> tuple[int, str]:
    return invoke("--templates", str(folder), "--facts", str(DATA / "base"), "brief", "gomel", "sichuan",
                  "--kind", kind, "--format", "md", "--out", "-")  # fmt: skip


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("{{ lipsum(10**6) }}", "lipsum(1000000) is too long"),
        ("{{ 'x'|center(10**9) }}", "center to width 1,000,000,000"),
        ("{{ 'x' * 10**9 }}", "repeating a value 1,000,000,000 times"),
        ("{{ [1] * 10**9 }}", "repeating a value"),
        ("{{ 2 ** 999999999 }}", "the power 999999999 is too large"),
        ("{{ '%999999999s'|format('x') }}", "format field '%999999999s' is too wide"),
        ("{{ '%.*f'|format(999999999, 1.5) }}", "format field '%.*f' is too wide"),
        ("{% for i in range(100000) %}{{ 'x' * 100 }}{% endfor %}", "the output passed 2,000,000 characters"),
        (
            "{% set ns = namespace(x='ab') %}{% for i in range(40) %}"
            "{% set ns.x = ns.x ~ ns.x %}{% endfor %}",
            "joining values with ~ would make a value of 1,048,576 characters",
        ),
        ("{{ ('a' * 1000000) + ('a' * 1000000) }}", "adding two values would make a value of 2,000,000"),
        ("{{ '%s%s' % ('a' * 1000000, 'a' * 1000000) }}", "the operator % would make a value of 2,000,000"),
        ("{{ '%999999s%999999s' % ('a', 'b') }}", "format field '%999999s' is too wide"),
        ("{{ ('a' * 1000000)|replace('a', 'a' * 1000) }}", "replace would make a value of 1,000,000,000"),
        ("{{ (['a' * 1000000] * 100000)|join }}", "join would make a value of 2,000,000"),
        ("{{ ','.join(['a' * 1000000] * 100000) }}", "join would make a value of 1,000,001"),
        ("{{ ('a' * 100)|indent(999999999) }}", "indent(999,999,999) would make a value of 1,000,000,099"),
        ("{{ ('a' * 100000)|wordwrap(1, wrapstring='b' * 100) }}", "wordwrap would make a value of"),
        ("{{ [1]|batch(10**9, 'x')|list }}", "batch(1000000000) is too many; the limit is 100,000"),
        ("{{ [1, 2]|slice(10**9)|list }}", "slice(1000000000) is too many"),
        ("{{ [1]|tojson(10**9) }}", "tojson(1000000000) is too many"),
        ("{{ ([['a'] * 100000] * 100)|sum(start=[]) }}", "sum would make a value of 1,100,000"),
        ("{{ 'a'.ljust(999999999) }}", "ljust(999,999,999) would make a value of 999,999,999"),
        ("{{ 'a'.zfill(999999999) }}", "zfill(999,999,999) would make a value"),
        ("{{ ('\t' * 1000).expandtabs(999999) }}", "expandtabs(999,999) would make a value"),
        ("{{ '{:999999999}'.format(1) }}", "format field '999999999' is too wide"),
        ("{{ '{0:{1}}'.format(1, 999999999) }}", "a format field takes its width from a value"),
    ],
)
def test_a_template_cannot_exhaust_memory(tmp_path: Path, body: str, reason: str) -> None:
    code, output = brief_with(template(tmp_path, body))
    assert code == 1
    # the line where the template was stopped, or the file when it stopped between lines
    assert ("evil.md.j2:2: stopped: " + reason in output) or ("evil.md.j2: stopped: " + reason in output)


def test_what_the_limits_allow_still_renders(tmp_path: Path) -> None:
    body = (
        "{{ 'ab' ~ 'cd' ~ 3 }} {{ [1, 2]|join(', ') }} {{ 'x'|replace('x', 'y') }}"
        " {{ '%05.1f'|format(3.14159) }} {{ '{:>4}|{:,}'.format('r', 1000) }} {{ '-'.join(['a', 'b']) }}"
        " {{ 'a' + 'b' }} {{ [1] + [2] }} {{ '%s!' % 'hi' }} {{ 7 % 3 }} {{ [[1], [2]]|sum(start=[]) }}"
        " {{ 'a b c'|wordwrap(1) == 'a\nb\nc' }}"
    )
    code, output = brief_with(template(tmp_path, body))
    assert code == 0
    assert "abcd3 1, 2 y 003.1    r|1,000 a-b ab [1, 2] hi! 1 [1, 2] True" in output


@pytest.mark.parametrize(
    ("files", "where"),
    [
        ({"evil": "{% include 'evil.md.j2' %}"}, "evil.md.j2:2"),
        # Either file of an extends cycle can be where the recursion runs out.
        (
            {"evil": "{% extends 'other.md.j2' %}", "other": "{% extends 'evil.md.j2' %}"},
            "(evil|other).md.j2:2",
        ),
        ({"evil": "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(1) }}"}, "evil.md.j2:2"),
        ({"evil": "{{ " + "(" * 2000 + "1" + ")" * 2000 + " }}"}, "evil.md.j2"),
        ({"evil": "{{ 1" + " + 1" * 5000 + " }}"}, "evil.md.j2"),
        ({"evil": "{{ " + "[" * 300 + "1" + "]" * 300 + " }}"}, "evil.md.j2"),
    ],
)
def test_a_template_that_nests_without_end_is_a_template_error(
    tmp_path: Path, files: dict[str, str], where: str
) -> None:
    for name, body in files.items():
        folder = template(tmp_path, body, name)
    code, output = brief_with(folder)
    assert code == 1
    assert re.search(f"{where}: stopped: the template nests too deeply", output)
    code, output = invoke("--templates", str(folder), "--facts", str(DATA / "base"), "templates", "check")
    assert code == 1
    assert "stopped: the template nests too deeply" in output


def test_a_template_that_loops_without_end_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox, "MAX_RENDER_SECONDS", 0.5)
    body = "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    code, output = brief_with(template(tmp_path, body))
    assert code == 1
    assert "evil.md.j2:2: stopped: rendering took longer than" in output


def test_a_template_linking_outside_its_folder_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not print me", encoding="utf-8")
    folder = template(tmp_path, "{% include 'leak.md.j2' %}")
    os.symlink(secret, folder / "leak.md.j2")
    code, output = brief_with(folder)
    assert code == 1
    assert "leak.md.j2: links to" in output and "outside the template folder" in output
    assert "do not print me" not in output


def test_a_template_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    folder = template(tmp_path, b"{# about: x #}\n\xff\xfe\n")
    code, output = brief_with(folder)
    assert code == 1
    assert "evil.md.j2: not UTF-8 text (invalid start byte at byte 15)" in output
    code, output = invoke("--templates", str(folder), "templates", "list")
    assert code == 1 and "not UTF-8" in output


def test_a_template_that_is_a_link_loop_is_not_a_kind(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    os.symlink("loop.md.j2", folder / "loop.md.j2")
    code, output = brief_with(folder, "loop")
    assert code == 2
    assert "unknown brief kind 'loop'" in output and "loop," not in output


# --- random input -------------------------------------------------------------------------

_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)
_SCALAR = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), _TEXT, st.sampled_from(["2021", "gomel", "figure"])
)
_VALUE = st.recursive(
    _SCALAR,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=8,
)
_KEYS = st.sampled_from(
    ["id", "kind", "regions", "date", "summary", "sources", "figure", "scope", "added", "status", "expires",
     "translations", "quote", "headline", "supersedes", "disputes", "topics", "reported"]
)  # fmt: skip
_ENTRY = st.dictionaries(_KEYS, _VALUE, max_size=8)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(_ENTRY, max_size=3))
def test_random_fact_entries_end_in_0_1_or_2_without_a_traceback(small_base: Path, entries: list) -> None:  # type: ignore[type-arg]
    (small_base / "facts" / "random.yaml").write_text(yaml.safe_dump(entries, allow_unicode=True), "utf-8")
    code, _ = brief(small_base)
    assert code in (0, 1, 2)


_WORDS = st.sampled_from(
    ["brief", "gomel", "sichuan", "Homiel", "--kind", "news", "--format", "md", "docx", "md,docx", "--out",
     "-", "--as-of", "2024-06-01", "0001-01-01", "--lang", "ru", "be", "xx", "--stale-after", "figure=3",
     "figure=x", "facts", "check", "templates", "list", "show", "regions", "--force", "--help", "digest",
     "--week"]
)  # fmt: skip
_ARGUMENT = st.one_of(_WORDS, st.text(alphabet=string.printable + "Гомель四川", max_size=12))


@settings(max_examples=60, deadline=None)
@given(arguments=st.lists(_ARGUMENT, max_size=7))
def test_random_command_lines_end_in_0_1_or_2_without_a_traceback(
    arguments: list[str], tmp_path_factory
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("random")
    cwd = os.getcwd()
    os.chdir(out)  # whatever a random command writes lands in a scratch folder
    try:
        code, _ = invoke("--facts", str(DATA / "base"), *arguments)
    finally:
        os.chdir(cwd)
    assert code in (0, 1, 2)


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_pipe_or_device_in_a_fact_folder_is_reported_not_read(runner, small_base: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    """A FIFO never ends and /dev/zero never stops: either would hang every command."""
    import os
    import threading

    target = small_base / "facts" / "stuck.yaml"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/zero")
    outcome: list[object] = []
    worker = threading.Thread(
        target=lambda: outcome.append(run(runner, "--facts", str(small_base), "facts", "check"))
    )
    worker.daemon = True
    worker.start()
    worker.join(timeout=30)
    assert outcome, "facts check hung on the file"
    result = outcome[0]
    assert result.exit_code == 1  # type: ignore[attr-defined]
    expected = {
        "fifo": "stuck.yaml: error: not a regular file (a pipe, a device or a folder)",
        "zero": "stuck.yaml: error: a link to a file outside the fact folder; it is not read",
    }[kind]
    assert expected in result.output  # type: ignore[attr-defined]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak from Linux's /proc")
def test_two_thousand_rivals_for_one_figure_check_in_seconds_and_little_memory(small_base: Path) -> None:
    """Comparing every pair of 2,000 claims took minutes and gigabytes; now it is linear."""
    import subprocess
    import sys

    entries = []
    for number in range(2000):
        entries.append(
            f"- id: rival-{number}\n  kind: figure\n  regions: [gomel, sichuan]\n  date: 2020\n"
            f"  summary: Trade came to USD {number + 1} in 2020.\n"
            "  scope: {of: gomel, with: sichuan}\n"
            f"  figure: {{metric: trade turnover, value: {number + 1}, unit: USD, period: '2020'}}\n"
            f"  sources: [{{title: A, url: 'https://example.org/{number}'}}]\n  added: 2026-12-02\n"
        )
    (small_base / "facts" / "crowd.yaml").write_text("".join(entries), encoding="utf-8")
    # the child reports its own peak (VmHWM, in kB): ru_maxrss would count every earlier
    # child, and Linux carries it across exec from the forked copy of this test process
    measured = (
        "import atexit, re, sys; from briefer.cli import main; "
        "atexit.register(lambda: print('peak', re.search(r'VmHWM:\\s*(\\d+)', "
        "open('/proc/self/status').read()).group(1), file=sys.stderr)); "
        "sys.argv = ['briefer', '--facts', sys.argv[1], 'facts', 'check']; main()"
    )
    done = subprocess.run(
        [sys.executable, "-c", measured, str(small_base)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "BRIEFER_CACHE": "off"},
    )
    peak_mb = int(done.stderr.rsplit("peak ", 1)[1]) / 1024
    assert done.returncode == 1, done.stderr
    assert "crowd.yaml:1: error: 2000 different values for trade turnover in 2020 (same scope)" in done.stderr
    assert peak_mb < 300, f"{peak_mb:.0f} MB"
    assert len(done.stderr) < 5_000_000


# --- tracebacks turned into messages --------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "code", "message"),
    [
        (
            ("--stale-after", "figure=99999999999999"),
            2,
            "months a whole number from 1 to 1200",
        ),
        (("--reference-doc", "NOT_DOCX"), 2, "is not a Word document"),
    ],
)
def test_bad_brief_options_are_messages(
    tmp_path: Path, options: tuple[str, str], code: int, message: str
) -> None:
    fake = tmp_path / "house.docx"
    fake.write_text("not a zip", encoding="utf-8")
    values = [str(fake) if value == "NOT_DOCX" else value for value in options]
    status, output = invoke("brief", "gomel", "sichuan", "--out", str(tmp_path / "out"), *values)
    assert status == code and message in output, output


@pytest.mark.parametrize("state", ['{"2026-W49": 5}', "[1, 2]", '{"2026-W49": {"sent": [1]}}'])
def test_a_tampered_digest_state_is_a_message(tmp_path: Path, state: str) -> None:
    folder = tmp_path / "digest"
    folder.mkdir()
    (folder / ".briefer-digest.json").write_text(state, encoding="utf-8")
    status, output = invoke("digest", "--out", str(folder), "--week", "2026-W49")
    assert status == 1
    assert ".briefer-digest.json is not valid digest state (it was edited or damaged)" in output


def test_what_a_fact_folder_would_hide_is_reported(small_base: Path, tmp_path: Path) -> None:
    """A '.yml' file, a linked folder, an unreadable folder and a link out of the base."""
    facts = small_base / "facts"
    (facts / "extra.yml").write_text("[]\n", encoding="utf-8")
    (facts / "loop").symlink_to("..")
    secret = tmp_path / "secret.yaml"
    secret.write_text("password: hunter2\n", encoding="utf-8")
    (facts / "outside.yaml").symlink_to(secret)
    locked = facts / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        code, output = invoke("--facts", str(small_base), "facts", "check")
    finally:
        locked.chmod(0o755)
    assert code == 1
    assert "extra.yml: warning: briefer reads '.yaml' files only; this '.yml' file is left out" in output
    assert "loop: warning: a link to a folder; briefer does not follow it" in output
    assert "outside.yaml: error: a link to a file outside the fact folder; it is not read" in output
    assert "hunter2" not in output
    if os.geteuid() != 0:  # root reads every folder
        assert "locked: warning: cannot read this folder" in output


def test_a_template_that_tries_to_change_what_it_is_given_changes_nothing(tmp_path: Path) -> None:
    """One render must not break the next: a template gets the base's own objects."""
    from briefer import load_fact_base, make_brief
    from briefer.errors import TemplateError

    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "factsheet.md.j2").write_text(
        "{% set x = brief.registry.regions.clear() %}{{ brief.facts.append(1) }}\n", encoding="utf-8"
    )
    base = load_fact_base(DATA / "base")
    regions_before = len(base.regions.regions)
    with pytest.raises(TemplateError) as refused:
        make_brief(base, "gomel", "sichuan", template_dirs=[templates])
    assert "factsheet.md.j2:1" in str(refused.value)
    assert len(base.regions.regions) == regions_before
    whole = make_brief(base, "gomel", "sichuan")
    assert "Sichuan" in whole.markdown


# --- fact text in Markdown ----------------------------------------------------------------

_MARKUP_TEXT = st.text(alphabet="[]()<>*_`\\#&;!-+=.|~:/\"' aZ09Гё", min_size=1, max_size=40).map(
    lambda text: " ".join(text.split())
)  # one line, single spaces, none at either end

_MARKUP_FACT = """- id: gomel-sichuan-markup
  kind: project
  regions: [gomel, sichuan]
  date: 2021
  summary: {summary}
  sources:
    - title: {title}
      publisher: {publisher}
      year: 2021
  added: 2026-11-26
"""


def _markdown_text(markdown: str) -> str:
    """What a reader of the Markdown sees: the text of every inline token, and whether
    any raw HTML or image came through."""
    from briefer.export.docx import markdown_parser

    seen = []
    for token in markdown_parser().parse(markdown):
        assert token.type not in ("html_block",), token
        for child in token.children or ():
            assert child.type not in ("html_inline", "image"), child
            if child.type in ("text", "code_inline"):
                seen.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                seen.append(" ")
    return "".join(seen)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(summary=_MARKUP_TEXT, title=_MARKUP_TEXT, publisher=_MARKUP_TEXT)
def test_fact_text_stays_text_in_the_markdown(
    small_base: Path, summary: str, title: str, publisher: str
) -> None:
    """Whatever characters a fact's words hold, the brief shows them as they are: no
    link, image, raw HTML, emphasis or heading is made of them."""
    given_text = {"summary": summary, "title": title, "publisher": publisher}
    quoted = {
        name: yaml.safe_dump(value, allow_unicode=True, width=1000).removesuffix("\n...\n").strip()
        for name, value in given_text.items()
    }
    (small_base / "facts" / "markup.yaml").write_text(_MARKUP_FACT.format(**quoted), encoding="utf-8")
    code, output = brief(small_base)
    event(f"exit {code}")
    if code == 1:  # the fact base refused the text (say, a summary too short): a message
        assert "error" in output
        return
    assert code == 0, output
    shown = _markdown_text(output)
    assert summary.rstrip(".") in shown
    assert title.rstrip(".") in shown
    assert publisher in shown


_TEXT_FIELDS = (
    "summary", "headline", "organisations", "source.title", "source.author", "source.publisher",
    "source.pages", "source.note", "figure.metric", "figure.period", "figure.qualifier",
    "figure.compared_with", "figure.change_qualifier", "scope.body", "scope.group", "quote.text",
    "quote.speaker", "quote.role", "translation",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(field=st.sampled_from(_TEXT_FIELDS), text=_MARKUP_TEXT)
def test_no_fact_text_that_needs_escaping_skips_it(field: str, text: str) -> None:
    """Briefs escape only the facts that may need it (most need nothing): whatever text
    stands in whichever field, a fact passed over is one escaping would leave as it is."""
    import dataclasses

    from briefer.facts import localize
    from briefer.facts.model import Figure, Quote, Scope

    fact = _PLAIN_FACT()
    source = fact.sources[0]
    figure = Figure("trade", 1.0, "USD", "the year")
    scope = Scope("gomel", body="the executive committee")
    quote = Quote("Words.", "Someone", role="its head")
    fact = dataclasses.replace(fact, figure=figure, scope=scope, quote=quote)
    assert not localize._may_need_escaping(fact)
    part, _, name = field.partition(".")
    if part == "source":
        fact = dataclasses.replace(fact, sources=(dataclasses.replace(source, **{name: text}),))
    elif part in ("figure", "scope", "quote"):
        inner = {"figure": figure, "scope": scope, "quote": quote}[part]
        fact = dataclasses.replace(fact, **{part: dataclasses.replace(inner, **{name: text})})
    elif field == "organisations":
        fact = dataclasses.replace(fact, organisations=(text,))
    elif field == "translation":
        fact = dataclasses.replace(fact, translations={"ru": {"summary": text}})
    else:
        fact = dataclasses.replace(fact, **{field: text})
    if not localize._may_need_escaping(fact):
        assert localize.markdown_fact(fact) is fact


def _PLAIN_FACT():  # type: ignore[no-untyped-def]
    """A fact of the base with nothing to escape in any of its words."""
    from briefer import default_fact_root, load_fact_base
    from briefer.facts import localize

    if not hasattr(_PLAIN_FACT, "fact"):
        base = load_fact_base(default_fact_root())
        _PLAIN_FACT.fact = next(  # type: ignore[attr-defined]
            f for f in base.facts if f.sources and not f.figure and not localize._may_need_escaping(f)
        )
    return _PLAIN_FACT.fact  # type: ignore[attr-defined]


# --- template expressions -----------------------------------------------------------------

_ATOM = st.sampled_from(
    ["1", "10**6", "'ab'", "'x' * 1000", "brief", "brief.facts", "range(10)", "[1, 2]", "none", "-1", "0",
     "'%999s'", "'{:>9}'", "brief.region.name", "999999", "namespace(x='a')", "lipsum", "cycler(1, 2)"]
)  # fmt: skip
_OPERATOR = st.sampled_from(["~", "+", "*", "%", "**", "//", "/", "and", "in", "==", "|join", "|length"])
_FILTER = st.sampled_from(
    ["|join", "|join(', ')", "|length", "|list", "|replace('a', 'bb')", "|indent(4)", "|center(20)",
     "|format(1)", "|batch(3)|list", "|slice(2)|list", "|sum", "|first", "|string", "|wordwrap(5)", "|tojson"]
)  # fmt: skip


@st.composite
def _expressions(draw: st.DrawFn, depth: int = 3) -> str:
    if depth == 0 or draw(st.booleans()):
        return draw(_ATOM) + draw(st.one_of(st.just(""), _FILTER))
    left, right = draw(_expressions(depth - 1)), draw(_expressions(depth - 1))
    operator = draw(_OPERATOR)
    if operator.startswith("|"):
        return f"({left}){operator}"
    return f"({left} {operator} {right})"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(expression=_expressions())
def test_random_template_expressions_end_in_a_brief_or_a_message(tmp_path: Path, expression: str) -> None:
    folder = template(
        tmp_path, "{{ " + expression + " }}\n{% for i in range(3) %}{{ " + expression + " }}{% endfor %}"
    )
    code, output = brief_with(folder)
    event(f"exit {code}")
    assert code in (0, 1)
    if code == 1:
        assert output.startswith("error: ") and "evil.md.j2" in output


@pytest.mark.parametrize(
    ("file", "old", "message"),
    [
        ("regions.yaml", "- id: sichuan\n", f"region id '{'a' * 40}'… is 300 characters long"),
        ("facts/china.yaml", "- id: gomel-sichuan-twinning\n", f"id '{'a' * 40}'… is 300 characters long"),
    ],
)  # fmt: skip
def test_an_id_too_long_for_a_file_name_is_refused_with_its_line(
    small_base: Path, file: str, old: str, message: str
) -> None:
    path = small_base / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, "- id: " + "a" * 300 + "\n", 1), encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    code, output = invoke("--facts", str(small_base), "facts", "check")
    assert code == 1
    assert f"{file}:{line}: error: " in output and message in output


@pytest.mark.parametrize(
    ("alias", "severity", "message"),
    [
        ("Sich\u202euan", "error", "holds a character that reorders or hides text"),
        ("[Sichuan](https://evil.example)", "error", "holds '[', which is markup in a brief"),
        ("S\u0456chuan", "warning", "mixes Cyrillic and Latin letters in 'Sіchuan'"),
    ],
)
def test_a_place_spelling_with_a_trick_in_it_is_reported(
    small_base: Path, alias: str, severity: str, message: str
) -> None:
    path = small_base / "regions.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: sichuan\n")
    path.write_text(
        text.replace(
            "- id: sichuan\n", f"- id: sichuan\n  short: {yaml.safe_dump(alias).split(chr(10))[0]}\n", 1
        ),
        encoding="utf-8",
    )
    code, output = invoke("--facts", str(small_base), "facts", "check")
    line = text[:start].count("\n") + 1
    assert f"regions.yaml:{line}: {severity}: the spelling " in output and message in output
    assert code == (1 if severity == "error" else 0)
