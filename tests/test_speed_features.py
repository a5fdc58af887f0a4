"""What makes briefer fast without changing what it writes: compiled templates kept
between runs, imports made only when a command needs them, a DOCX that is the same
bytes for the same brief, compressed and validated web responses."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefer.briefs import render

# --- compiled templates between runs ------------------------------------------------------


@pytest.fixture
def template_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFER_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache" / "templates"


def _compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates Jinja compiles from source from now on."""
    compiled: list[str] = []
    original = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):  # type: ignore[no-untyped-def]
        compiled.append(str(name))
        return original(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    return compiled


def test_a_template_compiled_once_is_read_back_by_the_next_run(
    template_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "house.md.j2").write_text("# {{ title }}\n", encoding="utf-8")
    compiled = _compiles(monkeypatch)
    first = render.make_environment([folder]).get_template("house.md.j2").render(title="One")
    assert compiled == ["house.md.j2"] and first == "# One\n"
    assert len(list(template_cache.glob("*.jinja"))) == 1
    assert (template_cache.stat().st_mode & 0o777) == 0o700

    # a new environment, as in the next process: nothing is compiled
    second = render.make_environment([folder]).get_template("house.md.j2").render(title="Two")
    assert compiled == ["house.md.j2"] and second == "# Two\n"


def test_an_edited_workspace_template_is_compiled_afresh(
    template_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    template = folder / "house.md.j2"
    template.write_text("old {{ title }}\n", encoding="utf-8")
    compiled = _compiles(monkeypatch)
    assert render.make_environment([folder]).get_template("house.md.j2").render(title="T") == "old T\n"
    template.write_text("new {{ title }}\n", encoding="utf-8")
    assert render.make_environment([folder]).get_template("house.md.j2").render(title="T") == "new T\n"
    assert compiled == ["house.md.j2", "house.md.j2"]
    # and its own file is replaced, not joined by another
    assert len(list(template_cache.glob("*.jinja"))) == 1


def test_the_same_name_in_two_folders_is_two_entries(
    template_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "house.md.j2").write_text(f"{name}\n", encoding="utf-8")
    assert render.make_environment([tmp_path / "a"]).get_template("house.md.j2").render() == "a\n"
    assert render.make_environment([tmp_path / "b"]).get_template("house.md.j2").render() == "b\n"
    assert render.make_environment([tmp_path / "a"]).get_template("house.md.j2").render() == "a\n"


def test_a_compiled_template_not_signed_by_this_user_is_never_run(
    template_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "house.md.j2").write_text("safe\n", encoding="utf-8")
    render.make_environment([folder]).get_template("house.md.j2")
    (entry,) = template_cache.glob("*.jinja")
    # someone else's code in the entry, with and without a signature's worth of bytes
    hostile = render.make_environment([tmp_path / "none"]).compile("hostile\n", "house.md.j2")
    bucket = jinja2.bccache.Bucket(jinja2.Environment(), "key", "")
    for prefix in (b"", b"\0" * 32):
        bucket.code = hostile
        entry.write_bytes(prefix + bucket.bytecode_to_string())
        compiled = _compiles(monkeypatch)
        assert render.make_environment([folder]).get_template("house.md.j2").render() == "safe\n"
        assert compiled == ["house.md.j2"]
        monkeypatch.undo()
        monkeypatch.setenv("BRIEFER_CACHE", str(template_cache.parent))


def test_no_compiled_templates_are_kept_when_the_cache_is_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFER_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    environment = render.make_environment()
    assert environment.bytecode_cache is None
    assert environment.get_template("factsheet.md.j2") is not None
    assert not (tmp_path / "xdg").exists()


def test_a_cache_folder_others_can_write_to_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("BRIEFER_CACHE", str(shared))
    assert render.make_environment().bytecode_cache is None


# --- imports made only when a command needs them ----------------------------------------

# Run the real entry point in a fresh interpreter and report, as it exits, which of the
# heavy libraries it imported.
_PROBE = (
    "import atexit, sys\n"
    "heavy = ('jinja2', 'markdown_it', 'yaml', 'lxml', 'docx', 'babel', 'starlette')\n"
    "atexit.register(lambda: print('IMPORTED', sorted({m.split('.')[0] for m in sys.modules} & set(heavy)),"
    " file=sys.stderr))\n"
    "sys.argv = ['briefer', *sys.argv[1:]]\n"
    "from briefer.cli import main\n"
    "main()\n"
)


def _imported(tmp_path: Path, *arguments: str) -> tuple[int, str, list[str]]:
    """The exit code, the standard output and the heavy libraries a command imported."""
    import os
    import subprocess
    import sys

    environment = {**os.environ, "BRIEFER_CACHE": str(tmp_path / "cache")}
    environment.pop("BRIEFER_FACTS", None)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *arguments],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
        timeout=120,
    )
    report = [line for line in done.stderr.splitlines() if line.startswith("IMPORTED ")]
    assert report, done.stderr
    return done.returncode, done.stdout, eval(report[-1].removeprefix("IMPORTED "))  # a list literal


def test_help_and_version_import_neither_templates_nor_markdown(tmp_path: Path) -> None:
    assert _imported(tmp_path, "--help")[2] == []
    code, printed, imported = _imported(tmp_path, "--version")
    assert (code, imported) == (0, [])
    assert printed.startswith("briefer, version ")


def test_a_brief_from_cached_facts_reads_no_yaml_and_markdown_needs_no_docx_machinery(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    # the first run validates the fact files (YAML) and fills the cache
    code, _, imported = _imported(tmp_path, "brief", "gomel", "sichuan", "--format", "md", "--out", str(out))
    assert code == 0 and "yaml" in imported
    code, printed, imported = _imported(
        tmp_path, "brief", "gomel", "sichuan", "--format", "md", "--out", str(out), "--force"
    )
    assert (code, imported) == (0, ["jinja2"])
    assert printed == "wrote out/gomel-sichuan-factsheet.md\n"
    code, _, imported = _imported(tmp_path, "brief", "gomel", "sichuan", "--out", str(out), "--force")
    assert (code, imported) == (0, ["jinja2", "lxml", "markdown_it"])
    assert (out / "gomel-sichuan-factsheet.docx").read_bytes()[:2] == b"PK"


def test_the_quick_exit_keeps_exit_codes_and_every_byte_of_output(tmp_path: Path) -> None:
    code, printed, _ = _imported(tmp_path, "brief", "gomel", "sichuan", "--format", "md", "--out", "-")
    assert code == 0
    assert printed.startswith("---\ntitle: ") and printed.endswith("\n") and "## " in printed
    assert len(printed) > 2000
    assert _imported(tmp_path, "brief", "gomel", "nowhere")[0] == 2  # a usage error
    assert _imported(tmp_path, "no-such-command")[0] == 2
    (tmp_path / "empty").mkdir()
    assert _imported(tmp_path, "--facts", "empty", "brief", "gomel", "sichuan")[0] == 1  # a data error


# --- front matter written and read without PyYAML ---------------------------------------

_TRICKY = [
    "Gomel Oblast and Sichuan Province: fact sheet",
    "Гомельская область и провинция Сычуань: справка",
    "2026-12-06",
    "400–600 words",
    "yes",
    "No",
    "null",
    "~",
    "- a dash",
    "#hash",
    "it's",
    "'quoted'",
    '"double"',
    "trailing space ",
    " leading space",
    "tab\there",
    "line\nbreak",
    "",
    "1e3",
    ".inf",
    "a: b",
    "a #b",
    "&anchor",
    "*alias",
    "!tag",
    "%directive",
    "@at",
    "`tick",
    "{flow}",
    "[list]",
    "Могилёўская вобласць",
    "briefer 0.1.0",
    "del\x7f",
    "1\xa0000 tonnes",
    "line\u2028separator",
    "\ufeffbom",
    "bell\x07",
    "emoji 🇧🇾",
]


@pytest.mark.parametrize("text", _TRICKY)
def test_front_matter_reads_back_the_same_text_with_yaml_and_without(text: str) -> None:
    import yaml

    from briefer.export.markdown import front_matter, split_front_matter

    fields = {"title": text, "keywords": [text, "Belarus"], "facts": []}
    written = front_matter(fields) + "\nbody\n"
    assert yaml.safe_load(written.split("---\n")[1]) == fields
    assert split_front_matter(written) == (fields, "\nbody\n")


_FIELD_NAMES = st.from_regex(r"[a-z_]{1,12}", fullmatch=True).filter(
    lambda name: name not in {"yes", "no", "true", "false", "on", "off", "null"}
)


@given(st.dictionaries(_FIELD_NAMES, st.text() | st.lists(st.text()), min_size=1))
def test_any_text_survives_the_front_matter(fields: dict[str, object]) -> None:
    import yaml

    from briefer.export.markdown import front_matter, split_front_matter

    written = front_matter(fields)
    assert (yaml.safe_load(written.removeprefix("---\n").removesuffix("---\n")) or {}) == fields
    assert split_front_matter(written + "x") == (fields, "x")


def test_front_matter_someone_edited_is_read_by_yaml() -> None:
    from briefer.export.markdown import split_front_matter

    edited = (
        "---\ntitle: Gomel  # the oblast\nas_of: 2026-12-06\nkeywords: [a, b]\ncount: 3\nnote:\n---\nbody"
    )
    fields, body = split_front_matter(edited)
    assert body == "body"
    assert fields["title"] == "Gomel" and fields["keywords"] == ["a", "b"] and fields["count"] == 3
    assert str(fields["as_of"]) == "2026-12-06" and fields["note"] is None


def test_the_cold_profile_prints_each_phase_beside_pandoc_and_the_floor(tmp_path: Path) -> None:
    import os
    import re
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[1]
    environment = {**os.environ, "BRIEFER_CACHE": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, str(repo / "benchmarks" / "profile_cold.py"), "1"],
        capture_output=True, text=True, env=environment, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    phases = re.findall(r"^  (.+?) +(\d+\.\d) ms$", done.stdout, re.MULTILINE)
    assert [name for name, _ in phases] == [
        "interpreter start", "import the CLI and the core", "settings and fact base", "select and render",
        "DOCX (its imports included)", "write files", "sum of the fastest phases",
    ]  # fmt: skip
    assert re.search(r"^briefer / pandoc = \d+\.\d\dx the time$", done.stdout, re.MULTILINE)
    assert re.search(
        r"^floor: Python importing click, jinja2, markdown_it, lxml\.etree: ", done.stdout, re.MULTILINE
    )
