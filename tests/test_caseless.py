"""Caseless patterns find exactly what the same pattern under IGNORECASE finds."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import briefer.ingest
from briefer.facts import default_fact_root, load_fact_base
from briefer.ingest.sentences import sentences
from briefer.text.caseless import Caseless, caseless

HERE = Path(__file__).parent


def _corpus() -> list[str]:
    """Sentences the extractor meets: the base's summaries in three languages, and the
    articles the proposal tests are written on."""
    base = load_fact_base(default_fact_root())
    sample = base.facts[::5]  # one fact in five: the summaries repeat their shapes
    texts = [fact.summary for fact in sample]
    texts += [
        fields["summary"] for fact in sample for fields in fact.translations.values() if "summary" in fields
    ]
    tree = ast.parse((HERE / "test_propose.py").read_text(encoding="utf-8"))
    texts += [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]
    return [text[start:end] for text in texts if len(text) > 30 for _, start, end in sentences(text)]


def _found(
    pattern: re.Pattern[str] | Caseless, text: str
) -> list[tuple[tuple[int, int], str, dict[str, str | None]]]:
    return [(m.span(), m.group(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bгомел\w*", "В ГОМЕЛЕ и в Гомельской области"),
        (r"(?P<City>минск\w*)\W+(?P=City)", "МИНСК, Минск; минск минск"),
        (r"[А-ЯЁ]\w+\s+\u0410", "ёлка а, Ёлка А"),  # an escaped capital is sought in either case
        (r"\W(ін)\b", "ІН, ін: Ін"),
        (r"istanbul\w*", "İstanbul, ISTANBUL and Istanbul"),  # lower case longer than the text
        (r"(?-i:[А-Я])\w+ обл", "Гомельская ОБЛ, гомельская обл"),  # a part that asks for a case
        (r"", "пустой"),
    ],
)
def test_matches_as_ignorecase_does(pattern: str, text: str) -> None:
    assert _found(caseless(pattern), text) == _found(re.compile(pattern, re.IGNORECASE), text)
    expected = re.compile(pattern, re.IGNORECASE).search(text, 3)
    found = caseless(pattern).search(text, 3)
    assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group()))


def test_a_match_is_of_the_text_as_written() -> None:
    found = caseless(r"(?P<city>гомел\w+)\s+(обл\w+)").search("Делегация из ГОМЕЛЬСКОЙ Области")
    assert found is not None
    assert (found["city"], found.group(2), found.string) == (
        "ГОМЕЛЬСКОЙ",
        "Области",
        "Делегация из ГОМЕЛЬСКОЙ Области",
    )


def _extractor_patterns() -> list[tuple[str, Caseless]]:
    """Every caseless pattern of the extractor's modules, alone or in a table («TIES»)."""
    found: list[tuple[str, Caseless]] = []

    def gather(name: str, value: object) -> None:
        if isinstance(value, Caseless):
            if all(value is not other for _, other in found):  # (imported by another module too)
                found.append((name, value))
        elif isinstance(value, tuple | list):
            for number, item in enumerate(value):
                gather(f"{name}[{number}]", item)
        elif isinstance(value, dict):
            for key, item in value.items():
                gather(f"{name}[{key!r}]", item)

    for module_info in pkgutil.iter_modules(briefer.ingest.__path__):
        module = importlib.import_module(f"briefer.ingest.{module_info.name}")
        for name, value in vars(module).items():
            gather(f"{module_info.name}.{name}", value)
    return found


def test_every_extractor_pattern_finds_what_ignorecase_finds() -> None:
    cut = _corpus()
    assert len(cut) > 1000
    patterns = _extractor_patterns()
    assert len(patterns) > 280
    differing = [
        name
        for name, pattern in patterns
        if any(_found(pattern, one) != _found(re.compile(pattern.pattern, pattern.flags), one) for one in cut)
    ]
    assert differing == []
