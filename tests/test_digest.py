"""The weekly digest: what each week lists, new facts, idempotence, edits kept, the lock,
the calendar file, and mail through a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import icalendar
import pytest

from briefer.cli import cli

from .conftest import DATA, run

SOURCE = "  sources: [{{title: A report, publisher: BelTA, year: 2020, url: 'https://example.org/{id}'}}]\n"


def _fact(fact_id: str, kind: str, regions: str, date: str, summary: str, added: str = "2020-01-01") -> str:
    return (
        f"- id: {fact_id}\n  kind: {kind}\n  regions: [{regions}]\n  date: '{date}'\n  summary: {summary}\n"
        + SOURCE.format(id=fact_id)
        + f"  added: {added}\n"
    )


PEGS = (
    _fact(
        "gomel-sichuan-day",
        "twinning",
        "gomel, sichuan",
        "2011-05-12",
        "Gomel and Sichuan twinned on 12 May 2011.",
    )
    + _fact(
        "mogilev-henan-month",
        "agreement",
        "mogilev, henan",
        "2016-05",
        "Mogilev and Henan signed a plan in May 2016.",
    )
    + _fact(
        "minsk-oblast-hubei-year",
        "event",
        "minsk-oblast, hubei",
        "2006",
        "A Minsk Oblast delegation visited Hubei in 2006.",
    )
)


@pytest.fixture
def base(tmp_path: Path) -> Path:
    root = tmp_path / "facts"
    root.mkdir()
    shutil.copy(DATA / "base" / "regions.yaml", root / "regions.yaml")
    (root / "pegs.yaml").write_text(PEGS, encoding="utf-8")
    return root


def _digest(runner, base: Path, out: Path, *args: str):  # type: ignore[no-untyped-def]
    return run(runner, "--facts", str(base), "digest", "--out", str(out), *args)


def _read(out: Path, week: str) -> str:
    return (out / f"digest-{week}.md").read_text(encoding="utf-8")


def test_a_peg_with_a_day_is_listed_on_its_day_within_the_horizon(runner, base: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d"
    # 12 May 2026 is the 15th anniversary; W20 holds it, W16 sees it four weeks ahead, W15 does not
    assert _digest(runner, base, out, "--week", "2026-W20", "--format", "md").exit_code == 0
    assert "- **12 May 2026**: 15 years since Gomel and Sichuan twinned on 12 May 2011.[^1]" in _read(
        out, "2026-W20"
    )
    assert _digest(runner, base, out, "--week", "2026-W16", "--format", "md").exit_code == 0
    assert "15 years since Gomel and Sichuan" in _read(out, "2026-W16")
    assert _digest(runner, base, out, "--week", "2026-W15", "--format", "md").exit_code == 0
    assert "15 years since Gomel and Sichuan" not in _read(out, "2026-W15")


def test_a_peg_known_to_the_month_is_listed_in_that_months_weeks(runner, base: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d"
    for week, listed in (("2026-W18", True), ("2026-W22", True), ("2026-W17", False), ("2026-W23", False)):
        _digest(runner, base, out, "--week", week, "--format", "md")
        text = _read(out, week)
        assert ("**May 2016 + 10 years** (this month, day not recorded)" in text) is listed, week


def test_a_peg_known_to_the_year_is_listed_in_every_digest_of_that_year(
    runner, base: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d"
    # 2025-W01 runs from 30 December 2024 into 2026's neighbour year 2025: not 2026
    for week, listed in (("2026-W01", True), ("2026-W02", True), ("2026-W24", True), ("2025-W52", False)):
        _digest(runner, base, out, "--week", week, "--format", "md")
        text = _read(out, week)
        assert ("  - 20 years: A Minsk Oblast delegation visited Hubei in 2006." in text) is listed, week
    assert "This year's round anniversaries, day and month not recorded:" in _read(out, "2026-W24")


def test_new_facts_by_added_since_the_previous_digest(runner, base: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d"
    fresh = _fact(
        "gomel-sichuan-fresh",
        "event",
        "gomel, sichuan",
        "2026-05",
        "A Gomel delegation went to Sichuan.",
        added="2026-05-13",
    )
    (base / "pegs.yaml").write_text(PEGS + fresh, encoding="utf-8")
    _digest(runner, base, out, "--week", "2026-W20", "--format", "md")
    gomel = _read(out, "2026-W20").split("## Gomel Oblast")[1].split("\n## ")[0]
    assert "### New in the fact base\n\n- A Gomel delegation went to Sichuan.[^" in gomel
    _digest(runner, base, out, "--week", "2026-W21", "--format", "md")
    assert (
        "A Gomel delegation went to Sichuan."
        not in _read(out, "2026-W21").split("### New in the fact base")[1]
    )


def test_a_second_run_writes_nothing_and_an_edited_digest_is_kept(runner, base: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d"
    first = _digest(runner, base, out, "--week", "2026-W20")
    assert first.exit_code == 0 and "files: " in first.stderr
    times = {p.name: p.stat().st_mtime_ns for p in out.glob("digest-*")}
    assert sorted(times) == ["digest-2026-W20.docx", "digest-2026-W20.ics", "digest-2026-W20.md"]
    time.sleep(0.01)
    second = _digest(runner, base, out, "--week", "2026-W20")
    assert second.exit_code == 0 and "files: none (up to date)" in second.stderr
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("digest-*")} == times
    # an editor's change survives a changed base
    (out / "digest-2026-W20.md").write_text("edited by the desk\n", encoding="utf-8")
    (base / "more.yaml").write_text(
        _fact("gomel-x", "event", "gomel, sichuan", "2026-05", "More.", added="2026-05-12"), encoding="utf-8"
    )
    third = _digest(runner, base, out, "--week", "2026-W20")
    assert third.exit_code == 1 and "exists and was changed since briefer wrote it" in third.stderr
    assert (out / "digest-2026-W20.md").read_text(encoding="utf-8") == "edited by the desk\n"
    assert _digest(runner, base, out, "--week", "2026-W20", "--force").exit_code == 0


def test_a_second_run_while_one_holds_the_lock_exits_at_once(runner, base: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d"
    out.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import fcntl, sys, time
            handle = open({str(out / ".briefer-digest.lock")!r}, "a")
            fcntl.flock(handle, fcntl.LOCK_EX)
            print("locked", flush=True)
            time.sleep(30)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        result = _digest(runner, base, out, "--week", "2026-W20")
        assert result.exit_code == 75
        assert "another digest run is under way" in result.stderr
        assert not list(out.glob("digest-*"))
    finally:
        holder.kill()
        holder.wait()
    assert _digest(runner, base, out, "--week", "2026-W20").exit_code == 0


def test_the_calendar_parses_back_with_stable_uids(runner, base: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d"
    uids = []
    for week in ("2026-W18", "2026-W19"):
        _digest(runner, base, out, "--week", week, "--format", "ics")
        calendar = icalendar.Calendar.from_ical((out / f"digest-{week}.ics").read_bytes())
        events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
        uids.append(set(events))
        day = events["gomel-sichuan-day-15y-2026@briefer"]
        assert str(day["summary"]) == "15 years: Gomel Oblast – Sichuan Province"
        assert day.decoded("dtstart").isoformat() == "2026-05-12"
        assert "briefer brief gomel sichuan --kind anniversary" in str(day["description"])
    assert uids[0] & uids[1] == {"gomel-sichuan-day-15y-2026@briefer", "mogilev-henan-month-10y-2026@briefer"}


def test_the_shipped_base_lists_the_years_china_anniversaries(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d"
    result = run(runner, "digest", "--week", "2026-W01", "--out", str(out), "--format", "md")
    assert result.exit_code == 0, result.output
    text = _read(out, "2026-W01")
    assert "  - 15 years: Gomel Oblast and Sichuan Province have been twinned since 2011." in text
    assert "  - 10 years: Brest Oblast and Anhui Province have been twinned since 2016." in text


def test_schedule_prints_cron_and_systemd(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cron = run(runner, "digest", "--schedule", "cron", "--out", str(tmp_path)).output
    assert f"flock -n {tmp_path / '.briefer-digest.lock'}" in cron and "digest --quiet --send" in cron
    assert cron.splitlines()[1].startswith("0 7 * * 1 cd ")
    systemd = run(runner, "digest", "--schedule", "systemd").output
    assert "OnCalendar=Mon 07:00\nPersistent=true" in systemd and "Type=oneshot" in systemd


# --- mail -------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def workspace(tmp_path: Path, base: Path, monkeypatch) -> tuple[Path, int]:  # type: ignore[no-untyped-def]
    port = _free_port()
    (tmp_path / "briefer.yaml").write_text(
        textwrap.dedent(f"""
            facts: {{folders: [], builtin: true}}
            digest:
              out: digest
              sender: desk@example.org
              recipients: [editor@example.org]
              smtp: {{host: 127.0.0.1, port: {port}, security: none}}
        """),
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BRIEFER_FACTS", str(base))
    return tmp_path, port


def _mail_server(port: int, received: list[object]):  # type: ignore[no-untyped-def]
    """An SMTP server on 127.0.0.1:port, started, that keeps every message in ``received``."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message

    class Keep(Message):  # type: ignore[misc]
        def handle_message(self, message: object) -> None:
            received.append(message)

    controller = Controller(Keep(), hostname="127.0.0.1", port=port)
    controller.start()
    return controller


def test_send_mails_once_a_week_and_retries_after_a_refusal(runner, workspace: tuple[Path, int]) -> None:  # type: ignore[no-untyped-def]
    folder, port = workspace
    refused = run(runner, "digest", "--week", "2026-W20", "--send")
    assert refused.exit_code == 1
    assert f"could not send the digest through 127.0.0.1:{port}" in refused.stderr
    assert (folder / "digest" / "digest-2026-W20.docx").exists(), "the files are kept"

    received: list[object] = []
    controller = _mail_server(port, received)
    try:
        sent = run(runner, "digest", "--week", "2026-W20", "--send")
        assert sent.exit_code == 0 and sent.stderr.rstrip().endswith("; sent")
        assert len(received) == 1
        message = received[0]
        assert message["To"] == "editor@example.org"
        # the subject names the week and the regions it covers
        assert " ".join(message["Subject"].split()).startswith("Weekly digest 2026-W20: Gomel Oblast, ")
        # a newsroom's mail: dated, identified, readable as text and as HTML, the calendar decodable
        from email import message_from_bytes, policy
        from email.utils import parsedate_to_datetime

        parsed = message_from_bytes(message.as_bytes(), policy=policy.default)  # type: ignore[attr-defined]
        assert parsedate_to_datetime(parsed["Date"]).year >= 2026
        assert parsed["Message-ID"].startswith("<") and parsed["Message-ID"].endswith(">")
        text = parsed.get_body(preferencelist=("plain",)).get_content()
        html = parsed.get_body(preferencelist=("html",)).get_content()
        for part in (text, html):
            assert not part.startswith("---") and "generator:" not in part and "\nfacts:" not in part
        assert "<h1>" in html and "[^" not in html
        (calendar,) = [p for p in parsed.iter_attachments() if p.get_content_type() == "text/calendar"]
        assert calendar.get_content_charset() == "utf-8"
        assert calendar.get_content().startswith("BEGIN:VCALENDAR")
        names = sorted(part.get_filename() for part in message.walk() if part.get_filename())
        assert names == ["digest-2026-W20.docx", "digest-2026-W20.ics"]
        types = {part.get_content_type() for part in message.walk()}
        assert {"text/plain", "text/html"} <= types
        again = run(runner, "digest", "--week", "2026-W20", "--send")
        assert again.exit_code == 0 and again.stderr.rstrip().endswith("; not sent")
        assert len(received) == 1, "once a week"
        assert run(runner, "digest", "--week", "2026-W20", "--send", "--resend").exit_code == 0
        assert len(received) == 2
        # in Russian, the subject too
        assert (
            run(runner, "digest", "--week", "2026-W20", "--send", "--resend", "--lang", "ru").exit_code == 0
        )
        from email.header import decode_header, make_header

        subject = str(make_header(decode_header(received[2]["Subject"])))  # type: ignore[index]
        assert subject.startswith("Еженедельный дайджест 2026-W20: ")
    finally:
        controller.stop()


def test_the_printed_cron_line_runs_the_digest_under_flock(runner, workspace: tuple[Path, int]) -> None:  # type: ignore[no-untyped-def]
    """The line 'digest --schedule cron' prints, run by sh as cron runs it: flock takes the
    lock first, and briefer must run under it rather than refuse its own wrapper's lock."""
    import os
    import subprocess

    folder, port = workspace
    line = run(runner, "digest", "--schedule", "cron").output.splitlines()[1]
    command = line.split(" ", 5)[5]
    assert "flock -n " in command and "digest --quiet --send" in command
    received: list[object] = []
    controller = _mail_server(port, received)
    try:
        cron_env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(folder),
            "SHELL": "/bin/sh",
            "BRIEFER_FACTS": os.environ["BRIEFER_FACTS"],
            "BRIEFER_CACHE": os.environ["BRIEFER_CACHE"],
        }
        done = subprocess.run(
            ["/bin/sh", "-c", command], env=cron_env, capture_output=True, text=True, timeout=120, cwd="/"
        )
    finally:
        controller.stop()
    assert done.returncode == 0, done.stderr
    assert len(received) == 1
    assert list((folder / "digest").glob("digest-*.md")), "the digest was written"


def test_a_password_in_the_settings_is_refused(runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefer.yaml").write_text("digest:\n  smtp:\n    password: hunter2\n", encoding="utf-8")
    result = run(runner, "digest", "--week", "2026-W20")
    assert result.exit_code == 1
    assert (
        "briefer.yaml:3: error: digest.smtp.password: a password does not belong in briefer.yaml"
        in result.stderr
    )
    assert "password_env" in result.stderr


def test_quiet_prints_nothing(runner, base: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = _digest(runner, base, tmp_path / "d", "--week", "2026-W20", "--quiet")
    assert result.exit_code == 0 and result.output == ""
    assert os.path.exists(tmp_path / "d" / "digest-2026-W20.md")


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--week", "9999-W52", "--week '9999-W52' ends after 31 December 9999; choose an earlier week"),
        ("--week", "0999-W40", "--week '0999-W40': years run from 1000 to 9999; e.g. --week 2026-W48"),
        (
            "--date",
            "9999-12-31",
            "the week of 9999-12-31 ends after 31 December 9999; choose an earlier date",
        ),
    ],
)
def test_weeks_past_the_ends_of_the_calendar_are_usage_errors(
    runner,
    small_base: Path,
    tmp_path: Path,
    option: str,
    value: str,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    result = run(runner, "--facts", str(small_base), "digest", option, value, "--out", str(tmp_path / "d"))
    assert result.exit_code == 2
    assert result.output == f"error: {message}\n"


def test_the_last_whole_week_of_the_calendar_is_written(runner, small_base: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "--facts", str(small_base), "digest", "--week", "9999-W51", "--format", "md,ics",
                 "--out", str(tmp_path / "d"))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (tmp_path / "d" / "digest-9999-W51.ics").is_file()


def test_the_digest_in_russian_and_belarusian(runner, base: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "ru"
    result = _digest(runner, base, out, "--week", "2026-W20", "--format", "md,ics,docx", "--lang", "ru")
    assert result.exit_code == 0, result.output
    text = _read(out, "2026-W20")
    assert "lang: ru\n" in text
    assert (
        "# Еженедельный дайджест 2026-W20: Гомельская область, Могилёвская область, Минск, Минская область"
        in text
    )
    # a fact without a Russian translation keeps its words, marked; the frame is Russian
    day = "12 мая 2026\u00a0г."  # the desk's no-break space before «г.», as in briefs
    peg = f"- **{day}**: 15 лет — Gomel and Sichuan twinned on 12 May 2011. [текст пока не переведён][^1]"
    assert peg in text
    assert "## Идеи материалов" in text
    assert "*Неделя с 11 мая 2026\u00a0г. по 17 мая 2026\u00a0г. и инфоповоды следующих недель — до " in text
    assert " – " not in text.split("\n## Источники")[0]  # a spaced en dash is the desk's em dash
    assert "15-летие побратимства" in text
    assert "### Нужно проверить" in text
    calendar = icalendar.Calendar.from_ical((out / "digest-2026-W20.ics").read_bytes())
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert "15 лет: Гомельская область – провинция Сычуань" in summaries
    belarusian = _digest(
        runner, base, tmp_path / "be", "--week", "2026-W20", "--format", "md", "--lang", "be"
    )
    assert belarusian.exit_code == 0
    assert "## Ідэі матэрыялаў" in _read(tmp_path / "be", "2026-W20")


def test_the_digest_language_comes_from_briefer_yaml(runner, base: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefer.yaml").write_text("language: be\n", encoding="utf-8")
    assert _digest(runner, base, tmp_path / "d", "--week", "2026-W20", "--format", "md").exit_code == 0
    assert "# Штотыднёвы дайджэст 2026-W20" in _read(tmp_path / "d", "2026-W20")


@pytest.mark.parametrize(
    ("setting", "line"),
    [
        ('  recipients: ["editor@example.org\\r\\nBcc: evil@example.net"]', 3),
        ('  recipients: ["Editor <editor@example.org>, evil@example.net"]', 3),
        ('  sender: "desk@example.org\\nSubject: hi"', 3),
    ],
)
def test_a_mail_address_that_could_add_a_header_or_a_recipient_is_refused(  # type: ignore[no-untyped-def]
    runner, tmp_path: Path, monkeypatch, setting: str, line: int
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefer.yaml").write_text("digest:\n  out: digest\n" + setting + "\n", encoding="utf-8")
    result = run(runner, "digest", "--week", "2026-W20")
    assert result.exit_code == 1
    assert f"briefer.yaml:{line}: error: digest." in result.stderr
    assert "is not one plain mail address" in result.stderr
    assert not (tmp_path / "digest").exists()


class _Killed(BaseException):
    """Stands for kill -9: no handler of briefer's or click's sees it."""


@pytest.mark.parametrize("renames_before_the_kill", [1, 2])
def test_a_digest_killed_between_its_renames_is_repaired_by_the_next_run(  # type: ignore[no-untyped-def]
    runner, base: Path, tmp_path: Path, monkeypatch, renames_before_the_kill: int
) -> None:
    import os

    out = tmp_path / "digest"
    assert _digest(runner, base, out, "--week", "2026-W20").exit_code == 0
    old = {p.name: p.read_bytes() for p in out.glob("digest-2026-W20.*")}
    real_replace = os.replace
    done: list[str] = []

    def replace_then_die(source, target):  # type: ignore[no-untyped-def]
        if Path(target).name.startswith("digest-"):
            if len(done) == renames_before_the_kill:
                raise _Killed  # as good as kill -9 for the files: nothing after it runs
            done.append(str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace_then_die)
    with pytest.raises(_Killed):
        runner.invoke(cli, ["--facts", str(base), "digest", "--out", str(out), "--week", "2026-W20",
                            "--lang", "ru"], catch_exceptions=False)  # fmt: skip
    monkeypatch.setattr(os, "replace", real_replace)
    mixed = {p.name: p.read_bytes() for p in out.glob("digest-2026-W20.*")}
    assert mixed != old and any(mixed[name] == old[name] for name in old), "the set was left mixed"

    repaired = _digest(runner, base, out, "--week", "2026-W20", "--lang", "ru")
    assert repaired.exit_code == 0, repaired.output
    whole = {p.name: p.read_bytes() for p in out.glob("digest-2026-W20.*")}
    assert all(whole[name] != old[name] for name in old), "every file of the set is the new one"
    again = _digest(runner, base, out, "--week", "2026-W20", "--lang", "ru")
    assert again.stderr.rstrip().endswith("files: none (up to date); not sent")


def test_a_digest_covers_belarusian_regions_each_once(runner, workspace: tuple[Path, int]) -> None:  # type: ignore[no-untyped-def]
    for foreign in ("sichuan", "china"):
        result = run(runner, "digest", "--week", "2026-W20", "--region", foreign)
        assert result.exit_code == 2
        assert "is not a Belarusian oblast or Minsk" in result.stderr and "Traceback" not in result.stderr
    twice = run(runner, "digest", "--week", "2026-W20", "--region", "gomel", "--region", "Гомель")
    once = run(runner, "digest", "--week", "2026-W20", "--region", "Homiel")
    assert twice.exit_code == once.exit_code == 0, twice.stderr + once.stderr
    # one region however it is spelt: the same digest, already written
    assert once.stderr.rstrip().endswith(twice.stderr.rstrip().rsplit(";", 1)[-1])
    assert "up to date" in once.stderr


def test_every_week_has_a_valid_calendar_and_pegs_never_block_time(
    runner, base: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    busy = tmp_path / "busy"
    assert _digest(runner, base, busy, "--week", "2026-W20", "--format", "ics").exit_code == 0
    calendar = icalendar.Calendar.from_ical((busy / "digest-2026-W20.ics").read_bytes())
    events = calendar.walk("VEVENT")
    assert events and all(str(event["TRANSP"]) == "TRANSPARENT" for event in events)
    # a week with no pegs still has a component, as RFC 5545 requires, and no event
    quiet = tmp_path / "quiet"
    assert _digest(runner, base, quiet, "--week", "2026-W02", "--format", "ics").exit_code == 0
    raw = (quiet / "digest-2026-W02.ics").read_bytes()
    empty = icalendar.Calendar.from_ical(raw)
    assert not empty.walk("VEVENT") and len(empty.walk("VJOURNAL")) == 1
    # a second, independent parser reads both weeks the same way
    import vobject

    for path, events_expected in (
        (busy / "digest-2026-W20.ics", len(events)),
        (quiet / "digest-2026-W02.ics", 0),
    ):
        second = vobject.readOne(path.read_text(encoding="utf-8"))
        assert second.name == "VCALENDAR" and second.version.value == "2.0"
        found = list(getattr(second, "vevent_list", []))
        assert len(found) == events_expected
        assert all(event.transp.value == "TRANSPARENT" for event in found)
        assert {e.uid.value for e in found} == {
            str(e["uid"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
        }
    assert len(vobject.readOne(raw.decode("utf-8")).vjournal_list) == 1
