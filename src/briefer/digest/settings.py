"""What a digest run needs to know: which regions, how far ahead, where to write, and
how to mail. briefer.yaml's reader (newsroom/config.py) fills these in."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class MailSettings:
    host: str | None = None
    port: int = 587
    security: str = "starttls"  # starttls | tls | none
    user: str | None = None
    password_env: str | None = None  # the environment variable holding the password
    sender: str | None = None
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class DigestSettings:
    regions: tuple[str, ...] = ()
    horizon_weeks: int = 4
    out: Path = Path("briefs") / "digest"
    mail: MailSettings = field(default_factory=MailSettings)
