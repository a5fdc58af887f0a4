"""Which of briefer's languages an article is written in: Russian, Belarusian or English.

Belarusian and Russian share most letters; і and ў are Belarusian's own, и, щ and ъ
Russian's, so the share of each decides. English is Latin script.
"""

from __future__ import annotations

import re

_CYRILLIC = re.compile(r"[а-яёіўА-ЯЁІЎ]")
_LATIN = re.compile(r"[a-zA-Z]")
_BELARUSIAN = re.compile(r"[іўІЎ]")
_RUSSIAN = re.compile(r"[ищъИЩЪ]")


def detect_language(text: str) -> str:
    """'ru', 'be' or 'en' for the text's prevailing script and letters."""
    sample = text[:20_000]
    cyrillic, latin = len(_CYRILLIC.findall(sample)), len(_LATIN.findall(sample))
    if latin > cyrillic:
        return "en"
    belarusian, russian = len(_BELARUSIAN.findall(sample)), len(_RUSSIAN.findall(sample))
    return "be" if belarusian > russian else "ru"
