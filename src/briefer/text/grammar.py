"""Names that decline: a place's name carries its grammatical cases, and a message asks
for the case it needs.

Russian and Belarusian put a name in the case its sentence demands («партнёрство с
провинцией Хэнань», «жителям Могилёвской области»); a desk never brackets a name to
dodge it. A :class:`Name` is the nominative string with its other forms attached, and a
catalog message asks for a form by name: ``%(partner.ins)s`` in a ``%``-message,
``{partner.ins}`` in a ``str.format`` one. A name without forms (an English name, a
word) gives itself in every case, so English messages need none of this.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

# nominative, genitive, dative, accusative, instrumental, prepositional (locative)
CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
OBLIQUE_CASES = CASES[1:]
INDECLINABLE = "indeclinable"


class Name(str):
    """A name in the nominative that knows its other cases: ``name.gen``, ``name.ins``."""

    _forms: dict[str, str]

    def __new__(cls, nominative: str, forms: Mapping[str, str] | None = None) -> Name:
        name = super().__new__(cls, nominative)
        name._forms = dict(forms or {})
        return name

    def case(self, case: str) -> str:
        """The name in ``case`` (one of CASES); the nominative where no form is known."""
        if case not in CASES:
            raise ValueError(f"unknown case {case!r}; use one of {', '.join(CASES)}")
        return self._forms.get(case, str(self))

    @property
    def declines(self) -> bool:
        return bool(self._forms)

    def __getattr__(self, attribute: str) -> str:
        if attribute in CASES:
            return self.case(attribute)
        raise AttributeError(attribute)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Name, (str(self), self._forms))


class CaseLookup(dict[str, Any]):
    """The variables of a message, answering ``partner.ins`` with the partner's
    instrumental and a plain ``partner`` with the value itself."""

    def __missing__(self, key: str) -> Any:
        name, dot, case = key.rpartition(".")
        if dot and name in self and case in CASES:
            value = self[name]
            return value.case(case) if isinstance(value, Name) else value
        raise KeyError(key)


class Message(str):
    """A translated message whose ``%`` fills ``%(name.case)s`` from a :class:`Name`."""

    def __mod__(self, values: object) -> str:
        if isinstance(values, Mapping):
            return str.__mod__(str(self), CaseLookup(values))
        return str.__mod__(str(self), values)


def _represent_as_text(dumper: Any, value: str) -> Any:
    return dumper.represent_str(str(value))


@cache
def register_with_yaml() -> None:
    """Names and messages are text wherever briefer writes YAML (a fact, a new place).
    Called by the writers before they write: importing briefer imports no PyYAML."""
    import yaml

    dumpers = [yaml.SafeDumper, yaml.Dumper]
    dumpers += [getattr(yaml, name) for name in ("CSafeDumper", "CDumper") if hasattr(yaml, name)]
    for dumper in dumpers:
        dumper.add_representer(Name, _represent_as_text)
        dumper.add_representer(Message, _represent_as_text)


def placeholder_names(message: str) -> set[str]:
    """The variable names a message uses, without their case: ``partner`` for
    ``%(partner.ins)s`` and for ``{partner.gen}``."""
    import re

    found = set(re.findall(r"%\(([\w.]+)\)", message)) | set(
        re.findall(r"\{([\w.]+)(?:[!:][^}]*)?\}", message)
    )
    return {name.split(".")[0] for name in found}
