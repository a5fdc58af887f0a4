"""Translations of the notes sources carry ("footnote 68 of the essay; its reference is
missing from the collection").

One note is shared by many facts citing the same damaged source, so its translations
are kept once, in ``source-notes.yaml`` beside ``regions.yaml`` in any layer of the fact
base, rather than in every fact:

    - en: "stated in the essay without a footnote"
      ru: "в эссе приводится без сноски"
      be: "у эсэ прыводзіцца без зноскі"

A later layer's translation of the same note replaces an earlier one.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import Problem
from ..yamlload import LocatedDict, load_yaml

NOTES_NAME = "source-notes.yaml"
NOTE_LANGUAGES = ("ru", "be")

NoteTranslations = dict[str, dict[str, str]]  # English note -> language -> its translation


def read_note_translations(path: Path, shown: str) -> tuple[NoteTranslations, list[Problem]]:
    """The file's translations, and every problem with its line."""
    data, problems = load_yaml(path, shown)
    if problems or data is None:
        return {}, problems
    if not isinstance(data, list):
        line = getattr(data, "line", 1)
        return {}, [Problem(shown, line, "must be a list of notes", "start each note with '- en: ...'")]
    found: NoteTranslations = {}
    first: dict[str, int] = {}
    for entry in data:
        if not isinstance(entry, LocatedDict):
            problems.append(
                Problem(shown, None, "each note must be a mapping", "write '- en: ...' then 'ru: ...'")
            )
            continue
        for key in entry:
            if key not in ("en", *NOTE_LANGUAGES):
                problems.append(
                    Problem(shown, entry.line_of(key), f"unknown key {key!r}", "use en, ru and be only")
                )
        texts = {key: entry.get(key) for key in ("en", *NOTE_LANGUAGES) if key in entry}
        bad = [key for key, text in texts.items() if not isinstance(text, str) or not text.strip()]
        for key in bad:
            problems.append(
                Problem(shown, entry.line_of(key), f"{key!r} must be text", f"write '{key}: \"...\"'")
            )
        english = texts.get("en")
        if "en" not in texts:
            problems.append(
                Problem(
                    shown, entry.line, "a note needs 'en', the note as the sources give it", "add 'en: ...'"
                )
            )
        if bad or not isinstance(english, str):
            continue
        if english in first:
            problems.append(
                Problem(
                    shown,
                    entry.line_of("en"),
                    f"the note is translated twice (first at line {first[english]})",
                    "keep one of them",
                )
            )
            continue
        first[english] = entry.line_of("en")
        found[english] = {key: str(text) for key, text in texts.items() if key != "en"}
    return found, problems
