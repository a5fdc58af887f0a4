"""The compiled fact cache: as fast as it can be, and never stale."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefer.facts import check_fact_base, load_fact_base


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEFER_CACHE", str(folder))
    return folder


def test_a_warm_load_gives_the_same_facts_and_problems(small_base: Path, cache_dir: Path) -> None:
    cold, cold_problems = check_fact_base(small_base)
    assert (cache_dir / "facts.sqlite").is_file()
    warm, warm_problems = check_fact_base(small_base)
    assert cold is not None and warm is not None
    assert warm.facts == cold.facts and [str(p) for p in warm_problems] == [str(p) for p in cold_problems]


def test_a_changed_file_is_never_served_from_the_cache(small_base: Path, cache_dir: Path) -> None:
    load_fact_base(small_base)
    path = small_base / "facts" / "china.yaml"
    text = path.read_text(encoding="utf-8")
    stat = path.stat()
    # same length and the same modification time: only the contents tell
    path.write_text(text.replace("since 2011.", "since 2012."), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    fact = load_fact_base(small_base).by_id["gomel-sichuan-twinning"]
    assert fact.summary == "Gomel Oblast and Sichuan Province have been twinned since 2012."


def test_a_changed_registry_revalidates_every_file(small_base: Path, cache_dir: Path) -> None:
    load_fact_base(small_base)
    regions = small_base / "regions.yaml"
    regions.write_text(
        regions.read_text(encoding="utf-8").replace("- id: sichuan", "- id: szechuan"), "utf-8"
    )
    _, problems = check_fact_base(small_base)
    assert any("unknown region id 'sichuan'" in str(p) for p in problems)


def test_the_registry_is_read_from_the_cache_until_regions_yaml_changes(
    small_base: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefer.facts import load

    reads: list[str] = []
    original = load.registry_from_data

    def counting(data, shown, registry=None):  # type: ignore[no-untyped-def]
        reads.append(shown)
        return original(data, shown, registry)

    monkeypatch.setattr(load, "registry_from_data", counting)
    cold = load_fact_base(small_base)
    warm = load_fact_base(small_base)
    assert len(reads) == 1  # the warm load read no regions.yaml
    assert warm.regions.get("sichuan").names == cold.regions.get("sichuan").names
    regions = small_base / "regions.yaml"
    regions.write_text(
        regions.read_text(encoding="utf-8").replace("name: Sichuan Province", "name: Szechwan"), "utf-8"
    )
    assert load_fact_base(small_base).regions.get("sichuan").name == "Szechwan"
    assert len(reads) == 2


def test_a_damaged_cache_is_ignored(small_base: Path, cache_dir: Path) -> None:
    cache_dir.mkdir()
    (cache_dir / "facts.sqlite").write_bytes(b"not a database" * 100)
    assert len(load_fact_base(small_base).facts) > 0


def test_the_cache_can_be_turned_off(
    small_base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFER_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    load_fact_base(small_base)
    assert not (tmp_path / "xdg").exists()


def _entries(cache_dir: Path) -> int:
    import sqlite3

    with sqlite3.connect(cache_dir / "facts.sqlite") as connection:
        return int(connection.execute("SELECT count(*) FROM entries").fetchone()[0])


def test_editing_a_file_again_and_again_does_not_grow_the_cache(small_base: Path, cache_dir: Path) -> None:
    load_fact_base(small_base)
    files = _entries(cache_dir)
    path = small_base / "facts" / "china.yaml"
    text = path.read_text(encoding="utf-8")
    for year in range(2012, 2018):
        path.write_text(text.replace("since 2011.", f"since {year}."), encoding="utf-8")
        assert load_fact_base(small_base).by_id["gomel-sichuan-twinning"].summary.endswith(f"since {year}.")
    assert _entries(cache_dir) == files
    # entries made for another registry go once this one has written its own
    regions = small_base / "regions.yaml"
    regions.write_text(regions.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    load_fact_base(small_base)
    assert _entries(cache_dir) == files


class _Payload:
    """A pickle that, when loaded, creates a file: what a poisoned cache would run."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Path.touch, (self.marker,))


def test_a_poisoned_cache_runs_nothing(small_base: Path, cache_dir: Path, tmp_path: Path) -> None:
    import pickle
    import sqlite3

    expected = load_fact_base(small_base).facts
    marker = tmp_path / "ran"
    with sqlite3.connect(cache_dir / "facts.sqlite") as connection:
        for signed in (False, True):
            # with and without a signature's worth of bytes in front of the pickle
            payload = (b"\0" * 32 if signed else b"") + pickle.dumps(_Payload(marker))
            connection.execute("UPDATE entries SET result = ?", (payload,))
            connection.commit()
            assert load_fact_base(small_base).facts == expected
            assert not marker.exists(), "the cache's pickle was loaded"


def test_a_cache_whose_key_others_can_read_is_not_used(
    small_base: Path, cache_dir: Path, tmp_path: Path
) -> None:
    """Whoever can read the key can sign a pickle: then the cache is not trusted at all."""
    import hashlib
    import hmac
    import pickle
    import sqlite3

    expected = load_fact_base(small_base).facts
    key_file = cache_dir / "facts.key"
    key_file.chmod(0o644)
    marker = tmp_path / "ran"
    data = pickle.dumps(_Payload(marker))
    with sqlite3.connect(cache_dir / "facts.sqlite") as connection:
        for (key,) in connection.execute("SELECT key FROM entries").fetchall():
            signature = hmac.new(key_file.read_bytes(), key.encode() + b"\0" + data, hashlib.sha256).digest()
            connection.execute("UPDATE entries SET result = ? WHERE key = ?", (signature + data, key))
    assert load_fact_base(small_base).facts == expected
    assert not marker.exists(), "a pickle signed with a readable key was loaded"


def test_source_notes_are_read_from_the_cache_until_their_file_changes(
    small_base: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefer.facts import load

    notes = small_base / "source-notes.yaml"
    notes.write_text('- en: "Page seen in May."\n  ru: "Страница прочитана в мае."\n', encoding="utf-8")
    reads: list[str] = []
    original = load.read_note_translations

    def counting(path, shown):  # type: ignore[no-untyped-def]
        reads.append(shown)
        return original(path, shown)

    monkeypatch.setattr(load, "read_note_translations", counting)
    load_fact_base(small_base)
    warm = load_fact_base(small_base)
    assert len(reads) == 1  # the warm load read no source-notes.yaml
    assert warm.note_translations["Page seen in May."]["ru"] == "Страница прочитана в мае."
    notes.write_text('- en: "Page seen in May."\n  ru: "Страница прочитана 5 мая."\n', encoding="utf-8")
    assert (
        load_fact_base(small_base).note_translations["Page seen in May."]["ru"] == "Страница прочитана 5 мая."
    )
    assert len(reads) == 2
