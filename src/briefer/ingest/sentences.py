"""An article's sentences, with their offsets in its text: razdel's, kept apart where a
paragraph ends and joined where it split off an abbreviation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any


def sentences(text: str) -> Iterator[tuple[str, int, int]]:
    """The article's sentences with their offsets; an abbreviation split off («долл.
    США.») joins the sentence before it."""
    from razdel import sentenize

    pending: tuple[int, int] | None = None
    for piece in _paragraph_sentences(text, sentenize):
        start, end = piece
        piece_text = text[start:end]
        if (
            pending
            and (
                len(piece_text) < 8
                or piece_text[:1].islower()
                # "St. Petersburg", "Dr. Li": a title's abbreviation before a name ends no sentence
                or _TITLE_BEFORE_A_NAME.search(text, pending[0], pending[1])
            )
            and not _PARAGRAPH_END.search(text, pending[1] - 1, start)
        ):
            pending = (pending[0], end)
            continue
        if pending:
            yield text[pending[0] : pending[1]], pending[0], pending[1]
        pending = (start, end)
    if pending:
        yield text[pending[0] : pending[1]], pending[0], pending[1]


def _paragraph_sentences(text: str, sentenize: Any) -> Iterator[tuple[int, int]]:
    """Sentence spans paragraph by paragraph: a line that ends a sentence's punctuation,
    or a line before a blank one, before one that opens with a capital ends its sentence,
    though its last word is an abbreviation («… за 2024 г.» then «Такой статистикой…»);
    a line wrapped mid-sentence (a PDF's, an essay's) stays one sentence."""
    offset = 0
    for paragraph in _PARAGRAPH_END.split(text):
        for piece in sentenize(paragraph):
            yield offset + piece.start, offset + piece.stop
        offset += len(paragraph)


# a line that ends in a sentence's punctuation, or a line before a blank one (a headline,
# a lead without its full stop), before a line that opens with a capital
_PARAGRAPH_END = re.compile(
    r"(?<=[.!?…»\"])(?=[ \t]*\n\s*[A-ZА-ЯЁІЎ«\"])|(?<=\S)(?=[ \t]*\n[ \t]*\n\s*[A-ZА-ЯЁІЎ«\"])"
)
_TITLE_BEFORE_A_NAME = re.compile(r"(?<![\w.])(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Gov|Sen|Rep)\.$")
