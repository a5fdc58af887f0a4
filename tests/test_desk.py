"""The desk in the browser with accounts: logins and sessions, roles on every route, the
forms' protections, reporters' proposals, editors' decisions, and the record."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from briefer.cli import cli
from briefer.newsroom import Newsroom
from briefer.web.app import LOOPBACK_NAMES, create_app

from .conftest import DATA
from .test_propose import BELTA_PAGE

ORIGIN = {"origin": "http://127.0.0.1"}
PASSWORDS = {
    "olga": "quiet river under stone",
    "ivan": "seven lamps over the city",
    "anna": "a harbour at dawn today",
}
ROLES = {"olga": "reporter", "ivan": "editor", "anna": "admin"}
ARTICLE = "\n".join(
    [
        "Светлогорский район и Баодин стали побратимами",
        "https://example.org/svetlogorsk-baodin",
        "2024-05-16",
        re.sub(r"<[^>]+>", " ", BELTA_PAGE.split("<article>")[1].split("</article>")[0]),
    ]
)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "newsroom"]).exit_code == 0
    folder = tmp_path / "newsroom"
    monkeypatch.chdir(folder)
    for name, role in ROLES.items():
        result = runner.invoke(
            cli, ["users", "add", name, "--role", role, "--password-stdin"], input=PASSWORDS[name] + "\n"
        )
        assert result.exit_code == 0, result.output
    return folder


def app_for(workspace: Path):  # type: ignore[no-untyped-def]
    newsroom = Newsroom(facts_dir=DATA / "base", facts_dir_given=True, start=workspace)
    return create_app(newsroom, allowed_hosts=LOOPBACK_NAMES)


@pytest.fixture
def app(workspace: Path):  # type: ignore[no-untyped-def]
    return app_for(workspace)


def client(app) -> TestClient:  # type: ignore[no-untyped-def]
    return TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False)


def login(app, name: str) -> TestClient:  # type: ignore[no-untyped-def]
    browser = client(app)
    answer = browser.post("/login", data={"name": name, "password": PASSWORDS[name], "next": "/brief"},
                          headers=ORIGIN, follow_redirects=False)  # fmt: skip
    assert answer.status_code == 303, answer.text
    return browser


def csrf(browser: TestClient, path: str = "/propose") -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', browser.get(path).text)
    assert found, path
    return found.group(1)


def propose_article(browser: TestClient, text: str = ARTICLE) -> str:
    answer = browser.post("/propose", data={"csrf": csrf(browser), "text": text}, headers=ORIGIN)
    assert answer.status_code == 200, answer.text
    return answer.text


def waiting_ids(browser: TestClient) -> list[str]:
    return re.findall(r'href="/review/(p-[0-9a-f]+)"', browser.get("/review").text)


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#39;", "'").replace("&amp;", "&")


# -- logins and sessions ---------------------------------------------------------


def test_every_page_needs_a_login_once_there_are_accounts(app) -> None:  # type: ignore[no-untyped-def]
    anonymous = client(app)
    for path in (
        "/brief",
        "/facts",
        "/coverage",
        "/diary",
        "/editors",
        "/propose",
        "/mine",
        "/review",
        "/audit",
    ):
        answer = anonymous.get(path, follow_redirects=False)
        assert (answer.status_code, answer.headers["location"]) == (
            303,
            f"/login?next={path.replace('/', '%2F')}",
        )
    assert anonymous.get("/healthz").status_code == 200
    assert anonymous.get("/static/briefer.css").status_code == 200
    assert anonymous.get("/login").status_code == 200


def test_without_accounts_the_pages_only_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(cli, ["init", "newsroom"]).exit_code == 0
    browser = client(app_for(tmp_path / "newsroom"))
    assert browser.get("/brief").status_code == 200
    for path in ("/login", "/propose", "/review", "/audit"):
        assert browser.get(path).status_code == 404, path
    assert browser.post("/propose", data={"text": "x"}, headers=ORIGIN).status_code == 404
    assert browser.post("/brief", headers=ORIGIN).status_code == 405


def test_a_login_gives_a_fresh_session_cookie(app) -> None:  # type: ignore[no-untyped-def]
    browser = client(app)
    form = {"name": "olga", "password": PASSWORDS["olga"], "next": "//evil.example/"}
    answer = browser.post("/login", data=form, headers=ORIGIN, follow_redirects=False)
    assert answer.headers["location"] == "/brief"  # never off to another site
    cookie = answer.headers["set-cookie"]
    assert cookie.startswith("briefer_session=") and "HttpOnly" in cookie and "SameSite=lax" in cookie
    token = cookie.split(";")[0].split("=", 1)[1]
    assert len(token) >= 40
    again = client(app).post("/login", data={"name": "olga", "password": PASSWORDS["olga"]}, headers=ORIGIN,
                             follow_redirects=False)  # fmt: skip
    assert again.headers["set-cookie"].split(";")[0] != cookie.split(";")[0]


def test_a_cookie_copied_before_logout_does_not_work_after_it(app) -> None:  # type: ignore[no-untyped-def]
    browser = login(app, "olga")
    stolen = dict(browser.cookies)
    assert browser.get("/propose").status_code == 200
    assert (
        browser.post(
            "/logout", data={"csrf": csrf(browser)}, headers=ORIGIN, follow_redirects=False
        ).status_code
        == 303
    )
    thief = client(app)
    thief.cookies.update(stolen)
    assert thief.get("/propose", follow_redirects=False).status_code == 303


def test_a_password_change_or_a_disabled_account_ends_its_sessions(app, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    browser = login(app, "olga")
    runner = CliRunner()
    assert (
        runner.invoke(
            cli, ["users", "passwd", "olga", "--password-stdin"], input="another calm river at night\n"
        ).exit_code
        == 0
    )
    assert browser.get("/propose", follow_redirects=False).status_code == 303
    editor = login(app, "ivan")
    assert runner.invoke(cli, ["users", "disable", "ivan"]).exit_code == 0
    assert editor.get("/review", follow_redirects=False).status_code == 303
    refused = client(app).post("/login", data={"name": "ivan", "password": PASSWORDS["ivan"]}, headers=ORIGIN)
    assert refused.status_code == 401 and "wrong name or password" in refused.text


def test_the_sixth_wrong_password_in_a_row_waits(app) -> None:  # type: ignore[no-untyped-def]
    browser = client(app)
    for _ in range(5):
        answer = browser.post(
            "/login", data={"name": "olga", "password": "not the password at all"}, headers=ORIGIN
        )
        assert answer.status_code == 401 and "wrong name or password" in answer.text
    locked = browser.post("/login", data={"name": "olga", "password": PASSWORDS["olga"]}, headers=ORIGIN)
    assert locked.status_code == 401
    assert "too many failed logins: try again in 15 minutes" in _text(locked.text)
    # another account from another address is not held up
    assert login(app, "ivan").get("/review").status_code == 200


# -- roles, forms ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "allowed"),
    [
        ("olga", {"/brief", "/propose", "/mine"}),
        ("ivan", {"/brief", "/propose", "/mine", "/review", "/audit"}),
        ("anna", {"/brief", "/propose", "/mine", "/review", "/audit"}),
    ],
)
def test_every_route_checks_its_role(app, name: str, allowed: set[str]) -> None:  # type: ignore[no-untyped-def]
    browser = login(app, name)
    for path in ("/brief", "/propose", "/mine", "/review", "/audit"):
        status = browser.get(path).status_code
        assert (status == 200) == (path in allowed), (path, status)
        if path not in allowed:
            assert status == 403


def test_a_reporter_cannot_accept_whatever_they_post(app) -> None:  # type: ignore[no-untyped-def]
    reporter = login(app, "olga")
    propose_article(reporter)
    editor = login(app, "ivan")
    target = waiting_ids(editor)[0]
    token = csrf(reporter)
    for path in (f"/review/{target}/accept", f"/review/{target}/reject"):
        answer = reporter.post(path, data={"csrf": token, "reason": "mine"}, headers=ORIGIN)
        assert answer.status_code == 403
        assert "this needs an editor's account; olga is a reporter" in _text(answer.text)
    assert target in waiting_ids(editor)


def test_a_post_without_the_token_or_from_elsewhere_is_refused(app) -> None:  # type: ignore[no-untyped-def]
    browser = login(app, "olga")
    no_token = browser.post("/propose", data={"text": ARTICLE}, headers=ORIGIN)
    assert no_token.status_code == 403 and "token is missing or out of date" in no_token.text
    wrong = browser.post("/propose", data={"text": ARTICLE, "csrf": "x" * 43}, headers=ORIGIN)
    assert wrong.status_code == 403
    elsewhere = browser.post("/propose", data={"text": ARTICLE, "csrf": csrf(browser)},
                             headers={"origin": "https://evil.example"})  # fmt: skip
    assert elsewhere.status_code == 403 and "was not sent from briefer's own pages" in _text(elsewhere.text)
    cross_site = browser.post("/propose", data={"text": ARTICLE, "csrf": csrf(browser)},
                              headers={"sec-fetch-site": "cross-site"})  # fmt: skip
    assert cross_site.status_code == 403
    assert browser.get("/mine").text.count("<code>p-") == 0  # nothing was proposed


def test_nothing_changes_on_get(app) -> None:  # type: ignore[no-untyped-def]
    browser = login(app, "ivan")
    for path in ("/logout", "/review/p-0000000000/accept", "/review/p-0000000000/reject"):
        assert browser.get(path).status_code in (404, 405)
    assert browser.get("/review").status_code == 200  # still logged in


# -- reporters and editors ------------------------------------------------------------


def test_a_reporter_sees_the_proposals_with_their_evidence(app) -> None:  # type: ignore[no-untyped-def]
    reporter = login(app, "olga")
    page = propose_article(reporter)
    assert "<mark>41,4 млн долларов</mark>" in page
    assert "Trade between Gomel Oblast and China came to USD 41.4 million in 2023." in page
    again = propose_article(reporter)
    assert "This article was proposed before; nothing was added." in _text(again)
    mine = _text(reporter.get("/mine").text)
    assert "Svetlogorsky District and Baoding established twinning ties." in mine and "waiting" in mine


def test_a_pasted_script_is_shown_as_text(app) -> None:  # type: ignore[no-untyped-def]
    reporter = login(app, "olga")
    hostile = ARTICLE.replace("Товарооборот", "<script>alert('x')</script> Товарооборот")
    page = propose_article(reporter, hostile)
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    editor = login(app, "ivan")
    for proposal in waiting_ids(editor):
        shown = editor.get(f"/review/{proposal}").text
        assert "<script>alert" not in shown


def test_an_editor_corrects_a_figure_and_the_brief_has_it(app, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    propose_article(login(app, "olga"))
    editor = login(app, "ivan")
    [figure] = [p for p in waiting_ids(editor) if " · figure · " in _text(editor.get(f"/review/{p}").text)]
    page = editor.get(f"/review/{figure}").text
    assert '<mark id="evidence">' in page and "Товарооборот Гомельской области с Китаем" in page
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    answer = editor.post(f"/review/{figure}/accept", data={"csrf": token, "figure_value": "41500000",
                         "summary": "Trade between Gomel Oblast and China came to USD 41.5 million in 2023."},
                         headers=ORIGIN, follow_redirects=False)  # fmt: skip
    assert (answer.status_code, answer.headers["location"]) == (
        303,
        "/review?accepted=gomel-china-figure-2023",
    )
    written = (workspace / "facts" / "china" / "gomel.yaml").read_text(encoding="utf-8")
    assert "value: 41500000" in written and "added_by: olga\n  reviewed_by: ivan" in written
    brief = editor.get("/brief", params={"region": "gomel", "partner": "china", "as_of": "2024-06-01"}).text
    assert "USD 41.5 million" in brief
    assert "Светлогорский район и Баодин стали побратимами" in brief
    record = _text(editor.get("/audit").text)
    assert "proposal accepted" in record and "article proposed" in record and "login" in record
    assert "Every entry follows the one before it" in record


def test_a_rejection_needs_a_reason(app) -> None:  # type: ignore[no-untyped-def]
    propose_article(login(app, "olga"))
    editor = login(app, "ivan")
    target = waiting_ids(editor)[0]
    token = csrf(editor, f"/review/{target}")
    empty = editor.post(f"/review/{target}/reject", data={"csrf": token, "reason": "  "}, headers=ORIGIN)
    assert empty.status_code == 400 and "a rejection needs its reason" in empty.text
    done = editor.post(f"/review/{target}/reject", data={"csrf": token, "reason": "not about the region"},
                       headers=ORIGIN, follow_redirects=False)  # fmt: skip
    assert done.status_code == 303 and target not in waiting_ids(editor)


def test_two_editors_at_once_write_each_fact_once(app, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    """Twenty rounds: two editors accept the same proposal at the same moment; one
    succeeds, the other is told who acted first, and the fact is written once."""
    editors = [login(app, "ivan"), login(app, "anna")]
    for round_number in range(20):
        text = (
            ARTICLE.replace("41,4 млн", f"{100 + round_number},5 млн")
            .replace("в 2023 году", f"в {2001 + round_number} году")
            .replace("https://example.org/svetlogorsk-baodin", f"https://example.org/round-{round_number}")
        )
        propose_article(login(app, "olga"), text)
        [figure] = [
            p
            for p in waiting_ids(editors[0])
            if f"{100 + round_number}.5 million" in editors[0].get(f"/review/{p}").text
        ]
        tokens = [csrf(editor, f"/review/{figure}") for editor in editors]
        answers = _accept_at_once(editors, figure, tokens)
        assert sorted(answers) == [303, 409], answers
    written = (workspace / "facts" / "china" / "gomel.yaml").read_text(encoding="utf-8")
    assert written.count("  kind: figure\n") == 20


def _accept_at_once(editors: list[TestClient], figure: str, tokens: list[str]) -> list[int]:
    """Both editors post the acceptance at the same moment; each one's status."""
    barrier = threading.Barrier(len(editors))
    answers: list[int] = []

    def act(index: int) -> None:
        barrier.wait()
        answer = editors[index].post(
            f"/review/{figure}/accept", data={"csrf": tokens[index]}, headers=ORIGIN, follow_redirects=False
        )
        answers.append(answer.status_code)
        if answer.status_code == 409:
            assert "was accepted by" in answer.text and "nothing was changed" in answer.text

    threads = [threading.Thread(target=act, args=(index,)) for index in range(len(editors))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def test_the_record_chains_its_entries_and_notices_an_edit(app, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    propose_article(login(app, "olga"))
    runner = CliRunner()
    listed = runner.invoke(cli, ["audit", "--user", "olga"])
    assert listed.exit_code == 0
    assert " olga  login  olga" in listed.output and " olga  article proposed  pasted text" in listed.output
    assert runner.invoke(cli, ["audit", "--verify"]).output.startswith("the record holds ")
    with sqlite3.connect(workspace / ".briefer" / "newsroom.sqlite") as db:
        db.execute("UPDATE audit SET who = 'somebody' WHERE action = 'login'")
    broken = runner.invoke(cli, ["audit", "--verify"])
    assert broken.exit_code == 1 and "was changed after it was written" in broken.output
    assert runner.invoke(cli, ["audit", "--since", "yesterday"]).exit_code == 2


def test_the_readme_accounts_walkthrough(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's block, in order, the passwords typed twice at the prompt; 'briefer
    serve' is started for real, and its pages now ask for a login."""
    import shlex

    from .test_cli import _serve_readme_line, accounts_walkthrough

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("briefer.cli.base.in_a_terminal", lambda: True)
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "newsroom"]).exit_code == 0
    for line in accounts_walkthrough().splitlines():
        words = shlex.split(line)
        if words[0] == "cd":
            monkeypatch.chdir(Path.cwd() / words[1])
            continue
        if words[1] == "serve":
            _serve_readme_line(words[1:], Path.cwd())
            continue
        typed = f"{PASSWORDS.get(words[3] if len(words) > 3 else '', 'a new calm river at night')}\n" * 2
        result = runner.invoke(cli, words[1:], input=typed)
        assert result.exit_code == 0, f"{line}\n{result.output}"
    assert runner.invoke(cli, ["users", "list"]).output.splitlines()[-1] == "2 account(s)"  # olga was removed
    record = runner.invoke(cli, ["audit"]).output
    for action in ("user added", "password changed", "user disabled", "user removed"):
        assert f"(command line)  {action}  " in record


def test_sessions_end_when_idle_or_old(tmp_path: Path) -> None:
    from briefer.newsroom.accounts import IDLE_SECONDS, SESSION_SECONDS, Accounts

    with Accounts(tmp_path / "db.sqlite") as accounts:
        accounts.add("olga", "reporter", PASSWORDS["olga"], "test")
        token, _ = accounts.login("olga", PASSWORDS["olga"], "127.0.0.1", now=1000.0)
        assert accounts.session(token, now=1000.0 + IDLE_SECONDS - 5) is not None
        assert accounts.session(token, now=1000.0 + 2 * IDLE_SECONDS + 10) is None  # idle too long
        token, _ = accounts.login("olga", PASSWORDS["olga"], "127.0.0.1", now=5000.0)
        now = 5000.0
        while now < 5000.0 + SESSION_SECONDS:
            now += IDLE_SECONDS - 60
            seen = accounts.session(token, now=now)
        assert seen is None  # used all day, still over after twelve hours
        assert accounts.session("not a token", now=now) is None and accounts.session("x" * 5000) is None


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("short one", "at least 12 characters"),
        ("password2024!", "one of the most common ones"),
        ("Qwerty123456", "one of the most common ones"),
        ("aaaaaaaaaaaaaaaa", "one of the most common ones"),
        ("olga is my name ok", "may not contain the account's name"),
        ("x" * 1025, "at most 1024 characters"),
    ],
)
def test_weak_passwords_are_refused_with_the_reason(tmp_path: Path, password: str, problem: str) -> None:
    from briefer.errors import UsageError
    from briefer.newsroom.accounts import Accounts

    with Accounts(tmp_path / "db.sqlite") as accounts, pytest.raises(UsageError, match=problem):
        accounts.add("olga", "reporter", password, "test")
