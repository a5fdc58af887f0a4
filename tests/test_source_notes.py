"""Source notes in Russian and Belarusian: source-notes.yaml, checked, layered, used."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefer.facts import check_fact_base

from .conftest import DATA, brief_markdown, run

NOTE = "stated in the essay without a footnote"
FACT = f"""
- id: gomel-sichuan-noted
  kind: event
  regions: [gomel, sichuan]
  date: 2019
  summary: A Gomel delegation visited Sichuan in 2019.
  sources:
    - title: An essay
      author: Zalessky, B.
      year: 2021
      note: {NOTE}
  added: 2026-11-26
  translations:
    ru: {{summary: "Гомельская делегация побывала в Сычуани в 2019 году."}}
    be: {{summary: "Гомельская дэлегацыя пабывала ў Сычуані ў 2019 годзе."}}
"""


def _base(tmp_path: Path, notes: str | None) -> Path:
    root = tmp_path / "facts"
    shutil.copytree(DATA / "base", root)
    china = root / "facts" / "china.yaml"
    china.write_text(china.read_text(encoding="utf-8") + FACT, encoding="utf-8")
    if notes is not None:
        (root / "source-notes.yaml").write_text(notes, encoding="utf-8")
    return root


def test_a_note_reads_in_the_briefs_language_and_is_marked_where_untranslated(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = _base(tmp_path, f'- en: "{NOTE}"\n  ru: "в эссе приводится без сноски"\n')
    english = brief_markdown(runner, "gomel", "sichuan", "--as-of", "2026-01-01", facts=root).output
    russian = brief_markdown(
        runner, "gomel", "sichuan", "--as-of", "2026-01-01", "--lang", "ru", facts=root
    ).output
    belarusian = brief_markdown(
        runner, "gomel", "sichuan", "--as-of", "2026-01-01", "--lang", "be", facts=root
    ).output
    assert f"({NOTE}.)" in english or f"({NOTE})" in english
    assert "в эссе приводится без сноски" in russian
    assert NOTE not in russian
    assert f"{NOTE} [тэкст пакуль не перакладзены]" in belarusian
    check = run(runner, "--facts", str(root), "facts", "check")
    assert check.exit_code == 0
    assert check.output.splitlines()[-1] == (
        "translated: ru 15 of 16, be 15 of 16; source notes: ru 1 of 2, be 0 of 2"
    )


def test_every_problem_in_source_notes_has_its_line(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = _base(
        tmp_path,
        f'- en: "{NOTE}"\n  ru: "один"\n'
        f'- en: "{NOTE}"\n  ru: "два"\n'
        '- ru: "без английского"\n'
        '- en: "x"\n  de: "nein"\n'
        '- en: "y"\n  be: 5\n',
    )
    result = run(runner, "--facts", str(root), "facts", "check")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if "source-notes.yaml" in line]
    assert any(":3: error: the note is translated twice (first at line 1)" in line for line in errors), errors
    assert any(":5: error: a note needs 'en', the note as the sources give it" in line for line in errors)
    assert any(":7: error: unknown key 'de'" in line for line in errors)
    assert any(":9: error: 'be' must be text" in line for line in errors)


def test_a_later_layer_translates_a_note_anew(tmp_path: Path) -> None:
    root = _base(tmp_path, f'- en: "{NOTE}"\n  ru: "старый перевод"\n')
    layer = tmp_path / "newsroom"
    layer.mkdir()
    (layer / "source-notes.yaml").write_text(f'- en: "{NOTE}"\n  ru: "новый перевод"\n', encoding="utf-8")
    base, problems = check_fact_base([root, layer])
    assert base is not None and not [p for p in problems if p.severity == "error"]
    assert base.note_translations[NOTE] == {"ru": "новый перевод"}
