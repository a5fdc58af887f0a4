"""What makes briefer fast without changing what it writes: compiled templates kept
between runs, imports made only when a command needs them, a DOCX that is the same
bytes for the same brief, compressed and validated web responses."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

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
