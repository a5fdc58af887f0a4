"""Russian word forms from a dictionary (pymorphy3), for names a text gives in another
case: «Баодином» is «Баодин», «Светлогорского» (района) is «Светлогорский». The
dictionary is loaded once, on first use. Belarusian has no dictionary that ships as a
package, so Belarusian names are taken as written."""

from __future__ import annotations

import functools
from typing import Any


@functools.cache
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def nominative(word: str, adjective: bool = False, gender: str = "masc") -> str:
    """``word`` (one name, in any case) in the nominative singular, its capital kept;
    as an adjective (masculine, or of ``gender``: "femn" for «область») where ``adjective`` says so."""
    parses = _analyzer().parse(word)
    if adjective:
        parses = [p for p in parses if "ADJF" in p.tag] or parses
        chosen = parses[0]
        form = chosen.inflect({"nomn", gender, "sing"}) if "ADJF" in chosen.tag else None
        result = form.word if form else chosen.normal_form
    else:
        nouns = [
            p for p in parses if "NOUN" in p.tag and ("Geox" in p.tag or "Name" in p.tag or "Surn" in p.tag)
        ]
        chosen = (nouns or [p for p in parses if "NOUN" in p.tag] or parses)[0]
        result = chosen.normal_form
    # each part of a hyphenated name keeps its capital: «Рыбно-Слободский», not «Рыбно-слободский»
    given = word.split("-")
    parts = str(result).split("-")
    if len(parts) != len(given):
        given = given[:1]
    return "-".join(
        part[:1].upper() + part[1:] if index < len(given) and given[index][:1].isupper() else part
        for index, part in enumerate(parts)
    )
