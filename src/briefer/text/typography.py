"""A Russian or Belarusian desk's typography, applied to a whole brief once it is written.

Fact summaries are typed by many hands, and names in quotes meet inside quotes; the
finished text is brought to one house style: «ёлочки» outside and „лапки“ inside,
a no-break space before the percent sign as CLDR writes it («58 %») and before «г.»,
a spaced dash as an em dash («Беларусь — Китай»), and in
Belarusian the non-syllabic «ў» for the preposition after a vowel («адносіны ў 2004
годзе»). Addresses are left exactly as they are.
"""

from __future__ import annotations

import re

_ADDRESS = re.compile(r"<[^>\s]+>|https?://\S+|`[^`]*`")
_PERCENT = re.compile(r"(\d)\s?%")
# «2026 г.», «1990-х гг.»: the year and its abbreviation stay on one line
_YEAR_WORD = re.compile(r"(\d)[ \u202f](гг?\.)")  # one no-break space, not CLDR's narrow one
# a spaced en dash between words is a dash, which Russian and Belarusian set as an em
# dash («Беларусь — Китай»); ranges («2024–2026», «январь–апрель») are unspaced and stay
_SPACED_EN_DASH = re.compile(r" – ")
# an apostrophe inside a Belarusian word is the typographic one: «прэм’ер», «аб’ём»
_WORD_APOSTROPHE = re.compile(r"(?<=[а-яёіўА-ЯЁІЎ])'(?=[а-яёіўА-ЯЁІЎ])")
# «у» opening a word (the preposition too) after a word that ends in a vowel
_VOWEL_BEFORE_U = re.compile(r"(?<=[аеёіоуыэюяАЕЁІОУЫЭЮЯ]) у(?=\w| \w)")
NO_BREAK_SPACE = "\u00a0"


def nested_quotes(text: str) -> str:
    """«…«Сож»…» becomes «…„Сож“…»: a quote inside a quote takes the inner marks."""
    out: list[str] = []
    depth = 0
    for index, char in enumerate(text):
        if char == "«":
            out.append("„" if depth else "«")
            depth += 1
        elif char == "»" and depth:
            depth -= 1
            out.append("“" if depth else "»")
        elif char == "\n" and depth and text[index + 1 : index + 2] in ("\n", ""):
            depth = 0  # a paragraph never carries an open quote into the next
            out.append(char)
        else:
            out.append(char)
    return "".join(out)


def non_syllabic_u(text: str) -> str:
    """Belarusian «у» opening a word after a vowel is «ў»: «акруга ўсталявалі»."""
    return _VOWEL_BEFORE_U.sub(" ў", text)


def _plain(text: str, language: str) -> str:
    text = _PERCENT.sub(rf"\1{NO_BREAK_SPACE}%", text)
    text = _YEAR_WORD.sub(rf"\1{NO_BREAK_SPACE}\2", text)
    text = _SPACED_EN_DASH.sub(f"{NO_BREAK_SPACE}— ", text)
    if language == "be":
        text = _WORD_APOSTROPHE.sub("’", text)
        # a source's own title (in the notes) may be Russian, whose «у» stays
        text = "\n".join(line if line.startswith("[^") else non_syllabic_u(line) for line in text.split("\n"))
    return text


def desk_typography(text: str, language: str) -> str:
    """``text`` in the house style of ``language`` (ru or be); English is returned as is."""
    if language not in ("ru", "be"):
        return text
    parts: list[str] = []
    position = 0
    for match in _ADDRESS.finditer(text):
        parts.append(_plain(text[position : match.start()], language))
        parts.append(match.group())
        position = match.end()
    parts.append(_plain(text[position:], language))
    return nested_quotes("".join(parts))
