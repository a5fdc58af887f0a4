"""The brief page in a real headless Chromium, as a reporter uses it.

Debian's chromium is driven through Playwright with the system browser; the test is
skipped only where no Chromium is installed. A screenshot of the brief page is saved
in test-artifacts/ (or $BRIEFER_TEST_ARTIFACTS) for people to look at.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import docx
import pytest

from briefer.facts import default_fact_root
from briefer.newsroom import Newsroom
from briefer.web.app import LOOPBACK_NAMES, create_app

from .conftest import REPO

CHROMIUM = next((found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None)
# Headless, as root in a container, and with no traffic of the browser's own: the
# machine's network is closed, and the page must need nothing from outside.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium installed (Debian: apt install chromium)"
)


def artifacts() -> Path:
    folder = Path(os.environ.get("BRIEFER_TEST_ARTIFACTS", REPO / "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_a_reporter_types_a_cyrillic_name_previews_and_downloads_the_docx(tmp_path: Path, serve_app) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect, sync_playwright

    newsroom = Newsroom(facts_dir=default_fact_root(), facts_dir_given=True, start=tmp_path)
    url = serve_app(create_app(newsroom, allowed_hosts=LOOPBACK_NAMES))
    problems: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(accept_downloads=True, viewport={"width": 1280, "height": 1000})
            # a script error or a refused resource (a CSP violation) shows on the console
            page.on(
                "console", lambda message: problems.append(message.text) if message.type == "error" else None
            )
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.goto(f"{url}/brief")

            page.locator("#region").press_sequentially("Гомел", delay=40)
            suggestion = page.locator("#region-suggestions button", has_text="Гомельская область")
            expect(suggestion).to_be_visible()
            suggestion.click()
            expect(page.locator("#region")).to_have_value("Гомельская область")
            expect(page.locator("#region-suggestions")).to_be_hidden()

            page.locator("#partner").press_sequentially("Сычу", delay=40)
            page.locator("#partner-suggestions button").first.click()
            expect(page.locator("#partner")).to_have_value("Сычуань")
            page.select_option("#kind", "news")
            page.fill("#as_of", "2024-06-01")
            page.click("button[type=submit]")

            preview = page.locator("article.preview")
            expect(preview.locator("h1")).to_have_text(
                "Gomel Oblast and Sichuan Province: news story skeleton"
            )
            expect(preview).to_contain_text("As of 1 June 2024.")
            expect(preview.locator("mark.placeholder").first).to_be_visible()
            expect(preview.locator("section.footnotes li").first).to_be_visible()
            # the address is the permalink of what was asked
            assert "kind=news" in page.url and "as_of=2024-06-01" in page.url
            page.screenshot(path=str(artifacts() / "brief-page.png"), full_page=True)

            with page.expect_download() as download_info:
                page.click("#download-docx")
            download = download_info.value
            assert download.suggested_filename == "gomel-sichuan-news.docx"
            saved = tmp_path / download.suggested_filename
            download.save_as(saved)
        finally:
            browser.close()
    document = docx.Document(str(saved))
    assert document.paragraphs[0].text == "Gomel Oblast and Sichuan Province: news story skeleton"
    assert any("1 June 2024" in p.text for p in document.paragraphs)
    assert problems == []
    assert (artifacts() / "brief-page.png").stat().st_size > 10_000


@pytest.mark.parametrize(
    "path", ["/brief?region=gomel&partner=sichuan", "/facts?q=trade", "/editors", "/diary"]
)
def test_pages_fit_a_phone_screen(tmp_path: Path, serve_app, path: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    newsroom = Newsroom(facts_dir=default_fact_root(), facts_dir_given=True, start=tmp_path)
    url = serve_app(create_app(newsroom, allowed_hosts=LOOPBACK_NAMES))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844}, locale="ru-RU")
            page.goto(url + path)
            # wide tables scroll inside the page; nothing pushes the page itself sideways
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
        finally:
            browser.close()


def test_a_reporter_proposes_and_an_editor_accepts_in_the_browser(
    tmp_path: Path, serve_app, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A reporter pastes a Russian article and sees the proposals; an editor corrects a
    figure and accepts it, and the brief page has it with its source; a reporter's
    accept, a form without its token and a cookie kept past logout are refused; the
    sixth wrong password waits; a pasted script stays text."""
    import re

    from click.testing import CliRunner
    from playwright.sync_api import expect, sync_playwright

    from briefer.cli import cli

    from .conftest import DATA
    from .test_desk import ARTICLE, PASSWORDS, ROLES

    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "newsroom"]).exit_code == 0
    monkeypatch.chdir(tmp_path / "newsroom")
    for name, role in ROLES.items():
        added = runner.invoke(
            cli, ["users", "add", name, "--role", role, "--password-stdin"], input=PASSWORDS[name] + "\n"
        )
        assert added.exit_code == 0
    newsroom = Newsroom(facts_dir=DATA / "base", facts_dir_given=True, start=tmp_path / "newsroom")
    url = serve_app(create_app(newsroom, allowed_hosts=LOOPBACK_NAMES))
    dialogs: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:

            def log_in(context, name: str, password: str):  # type: ignore[no-untyped-def]
                page = context.new_page()
                page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
                page.goto(f"{url}/propose")
                expect(page).to_have_url(re.compile(r"/login\?next="))
                page.fill("#name", name)
                page.fill("#password", password)
                page.click("form.login button[type=submit]")
                return page

            reporter_context = browser.new_context()
            reporter = log_in(reporter_context, "olga", PASSWORDS["olga"])
            expect(reporter).to_have_url(f"{url}/propose")
            reporter.fill(
                "#text", ARTICLE.replace("Товарооборот", "<script>alert('x')</script> Товарооборот")
            )
            reporter.click("form.propose button[type=submit]")
            expect(reporter.locator("h1")).to_have_text("Proposals")
            expect(reporter.locator("ol.proposals")).to_contain_text(
                "Trade between Gomel Oblast and China came to USD 41.4 million in 2023."
            )
            expect(reporter.locator("blockquote.evidence mark").first).to_be_visible()
            expect(reporter.locator("main")).to_contain_text("<script>alert('x')</script>")
            figure = re.search(r"(p-[0-9a-f]{10}) · figure", reporter.locator("main").inner_text())
            assert figure, reporter.locator("main").inner_text()
            token = reporter.locator("form.account input[name=csrf]").get_attribute("value")
            refused = reporter.request.post(f"{url}/review/{figure.group(1)}/accept", form={"csrf": token},
                                            headers={"origin": url})  # fmt: skip
            assert refused.status == 403
            no_token = reporter.request.post(
                f"{url}/propose", form={"text": ARTICLE}, headers={"origin": url}
            )
            assert no_token.status == 403
            kept = reporter_context.cookies()
            reporter.click("form.account button[type=submit]")
            expect(reporter).to_have_url(re.compile(r"/login"))
            thief = browser.new_context()
            thief.add_cookies(kept)
            stolen = thief.new_page()
            stolen.goto(f"{url}/mine")
            expect(stolen).to_have_url(re.compile(r"/login\?next="))

            editor = log_in(browser.new_context(), "ivan", PASSWORDS["ivan"])
            editor.goto(f"{url}/review/{figure.group(1)}")
            expect(editor.locator("mark#evidence")).to_contain_text("41,4 млн долларов")
            editor.fill("#figure_value", "41500000")
            editor.click("form.accept button[type=submit]")
            expect(editor.locator("p.good")).to_contain_text("Accepted as gomel-china-figure-2023.")
            editor.goto(f"{url}/brief?region=gomel&partner=china&as_of=2024-06-01")
            expect(editor.locator("article.preview")).to_contain_text("USD 41.5 million")
            expect(editor.locator("article.preview")).to_contain_text(
                "Светлогорский район и Баодин стали побратимами"
            )

            guesser = browser.new_context().new_page()
            for attempt in range(6):
                guesser.goto(f"{url}/login")
                guesser.fill("#name", "anna")
                guesser.fill("#password", "not her password at all" if attempt < 5 else PASSWORDS["anna"])
                guesser.click("form.login button[type=submit]")
            expect(guesser.locator("div.error")).to_contain_text(
                "too many failed logins: try again in 15 minutes"
            )
            guesser.screenshot(path=str(artifacts() / "desk-login-locked.png"))
        finally:
            browser.close()
    assert dialogs == []


def test_the_digest_mail_reads_whole_in_chromium(runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The HTML part of the mail as received: a page with its title, real footnotes that
    link to a numbered list of sources, and Russian that decodes as written."""
    from email import message_from_bytes, policy

    from playwright.sync_api import sync_playwright

    from .test_digest import _free_port, _mail_server

    port = _free_port()
    (tmp_path / "briefer.yaml").write_text(
        "digest:\n  out: digest\n  sender: desk@example.org\n  recipients: [editor@example.org]\n"
        f"  smtp: {{host: 127.0.0.1, port: {port}, security: none}}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    received: list[object] = []
    controller = _mail_server(port, received)
    try:
        from briefer.cli import cli

        result = runner.invoke(
            cli,
            [
                "digest",
                "--week",
                "2026-W20",
                "--region",
                "gomel",
                "--region",
                "mogilev",
                "--lang",
                "ru",
                "--send",
            ],
        )
        assert result.exit_code == 0, result.output
    finally:
        controller.stop()
    parsed = message_from_bytes(received[0].as_bytes(), policy=policy.default)  # type: ignore[attr-defined]
    html = parsed.get_body(preferencelist=("html",)).get_content()
    markdown = (tmp_path / "digest" / "digest-2026-W20.md").read_text(encoding="utf-8")
    sources = markdown.count("\n[^")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.set_content(html)
            assert page.title() == "Еженедельный дайджест 2026-W20: Гомельская область, Могилёвская область"
            assert page.locator("h1").inner_text() == page.title()
            assert page.locator("h2", has_text="Гомельская область").count() == 1
            body = page.locator("body").inner_text()
            assert "[^" not in body and "title:" not in body
            # every marker links to its note, and the notes are a list, one per source
            assert page.locator("li.footnote-item").count() == sources > 0
            first = page.locator("sup.footnote-ref a").first
            target = first.get_attribute("href")
            assert target and page.locator(f"li{target}").count() == 1
            page.screenshot(path=str(artifacts() / "digest-mail-ru.png"), full_page=True)
        finally:
            browser.close()
