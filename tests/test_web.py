"""The web application, driven through its test client: every page and error path."""

from __future__ import annotations

import io
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from briefer.cli import cli
from briefer.newsroom import Newsroom
from briefer.web.app import LOOPBACK_NAMES, create_app
from briefer.web.headers import SECURITY_HEADERS

from .conftest import brief_markdown, run


def make_client(facts: Path, start: Path, templates: tuple[Path, ...] = ()) -> TestClient:
    newsroom = Newsroom(facts_dir=facts, template_dirs=templates, facts_dir_given=True, start=start)
    app = create_app(newsroom, allowed_hosts=LOOPBACK_NAMES)
    return TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False)


@pytest.fixture
def client(small_base: Path, tmp_path: Path) -> Iterator[TestClient]:
    with make_client(small_base, tmp_path) as test_client:
        yield test_client


def _text(html: str) -> str:
    """The page's text, tags dropped, spaces folded: what a reader sees."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#39;", "'").strip()


# -- the brief page ----------------------------------------------------------


def test_the_empty_brief_page_offers_the_form_with_the_fact_sheet_chosen(client: TestClient) -> None:
    page = client.get("/brief")
    assert page.status_code == 200
    assert '<input id="region" name="region" value=""' in page.text
    assert '<option value="factsheet" selected>fact sheet</option>' in page.text
    assert '<option value="en" selected>English</option>' in page.text
    # the only script is the application's own
    assert re.findall(r"<script[^>]*>", page.text) == ['<script src="/static/suggest.js" defer>']
    assert "Name a Belarusian region and a partner abroad" in page.text
    assert client.get("/", follow_redirects=False).headers["location"] == "/brief"


def test_a_brief_previews_from_names_in_any_script(client: TestClient) -> None:
    page = client.get("/brief", params={"region": "Гомель", "partner": "四川", "as_of": "2024-06-01"})
    assert page.status_code == 200
    text = _text(page.text)
    assert "Gomel Oblast and Sichuan Province: fact sheet" in text
    assert "As of 1 June 2024." in text
    # footnotes are numbered as in the DOCX, and listed at the end
    assert '<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>' in page.text
    assert '<li id="fn1" class="footnote-item">' in page.text
    # the permalink and downloads carry the form's state as typed
    query = (
        "region=%D0%93%D0%BE%D0%BC%D0%B5%D0%BB%D1%8C&amp;partner=%E5%9B%9B%E5%B7%9D"
        "&amp;kind=factsheet&amp;lang=en&amp;as_of=2024-06-01"
    )
    assert f'<a id="permalink" href="/brief?{query}">' in page.text
    assert f'href="/brief.docx?{query}" download>' in page.text
    assert f'href="/brief.md?{query}" download>' in page.text


def test_the_preview_is_the_same_brief_the_command_line_writes(client: TestClient, runner) -> None:  # type: ignore[no-untyped-def]
    params = {"region": "gomel", "partner": "sichuan", "kind": "news", "lang": "ru", "as_of": "2024-06-01"}
    markdown = client.get("/brief.md", params=params)
    assert markdown.status_code == 200
    assert markdown.headers["content-type"] == "text/markdown; charset=utf-8"
    assert markdown.headers["content-disposition"] == 'attachment; filename="gomel-sichuan-news.md"'
    cli = brief_markdown(
        runner, "gomel", "sichuan", "--kind", "news", "--lang", "ru", "--as-of", "2024-06-01"
    )
    assert markdown.text == cli.output
    page = client.get("/brief", params=params)
    assert '<article class="preview" lang="ru">' in page.text
    # what the reporter must supply is marked
    assert '<mark class="placeholder">[[ЗАДАНИЕ: ' in page.text


def test_the_brief_page_opens_with_what_the_brief_rests_on_and_how_old_it_is(client: TestClient) -> None:
    params = {"region": "gomel", "partner": "sichuan", "kind": "news", "as_of": "2026-12-02"}
    page = client.get("/brief", params=params)
    summary = page.text.split('<dl class="summary" id="brief-summary" aria-label="At a glance">')[1]
    summary = summary.split("</dl>")[0]
    # it stands above the preview
    assert page.text.index('<dl class="summary"') < page.text.index('<article class="preview"')
    markdown = client.get("/brief.md", params=params).text
    placeholders = markdown.count("[[")
    checks = markdown.split("## Verify before publishing")[1].split("\n## ")[0]
    assert _text(summary) == (
        "Facts used 3 "
        f"Facts to check {checks.count('- [ ] ')} "
        f"Placeholders to fill {placeholders} "
        "Newest fact May 2021, five years before the brief's date "
        "Newest figure January-April 2021, five years before the brief's date"
    )
    russian = client.get("/brief", params=params, headers={"Accept-Language": "ru"}).text
    assert "<dt>Самый свежий факт</dt><dd>май 2021 г. — за 5 лет до даты справки</dd>" in russian
    assert f"<dt>Пропусков к заполнению</dt><dd>{placeholders}</dd>" in russian


def test_the_docx_download_reads_back(client: TestClient) -> None:
    params = {"region": "Gomel", "partner": "Sichuan", "as_of": "2024-06-01"}
    response = client.get("/brief.docx", params=params)
    assert response.status_code == 200
    assert response.headers["content-type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert response.headers["content-disposition"] == 'attachment; filename="gomel-sichuan-factsheet.docx"'
    document = docx.Document(io.BytesIO(response.content))
    assert document.paragraphs[0].text == "Gomel Oblast and Sichuan Province: fact sheet"
    assert document.core_properties.title == "Gomel Oblast and Sichuan Province: fact sheet"


def test_a_pair_with_no_facts_says_so_above_the_sheet(client: TestClient) -> None:
    page = client.get("/brief", params={"region": "minsk-oblast", "partner": "hubei"})
    assert page.status_code == 200
    assert "The fact base holds no facts linking Minsk Oblast and Hubei Province" in _text(page.text)


def test_an_unknown_region_is_a_404_with_the_cli_message_and_did_you_mean(
    client: TestClient,
    runner,
    small_base: Path,  # type: ignore[no-untyped-def]
) -> None:
    page = client.get("/brief", params={"region": "gomell", "partner": "sichuan"})
    assert page.status_code == 404
    cli = run(runner, "--facts", str(small_base), "brief", "gomell", "sichuan")
    assert cli.exit_code == 2
    message = cli.output.removeprefix("error: ").strip()
    assert message.splitlines()[0] in _text(page.text)
    assert _text(page.text).count("unknown region 'gomell'; did you mean gomel (Gomel Oblast)?") == 1
    # the near miss is one click away, with the rest of the form kept
    assert (
        '<a href="/brief?region=gomel&amp;partner=sichuan&amp;kind=factsheet&amp;lang=en">Gomel Oblast</a>'
        in page.text
    )
    # the field that is wrong is marked, and the typed value kept
    assert '<div class="field invalid">\n    <label for="region">' in page.text
    assert 'value="gomell"' in page.text


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"partner": "zzz-nowhere"}, 404, "unknown region 'zzz-nowhere'"),
        (
            {"as_of": "2021-13-01"},
            400,
            "--as-of '2021-13-01' is not a date; write YYYY-MM-DD, e.g. --as-of 2024-06-01",
        ),
        ({"as_of": "0999-01-01"}, 400, "--as-of '0999-01-01': years run from 1000 to 9999"),
        ({"kind": "poem"}, 400, "unknown brief kind 'poem'; available kinds: anniversary, factsheet"),
        ({"kind": "../../etc/passwd"}, 400, "unknown brief kind '../../etc/passwd'"),
        ({"lang": "de"}, 400, "unknown language 'de'; use one of en, ru, be"),
        ({"region": "g" * 201}, 400, "region is 201 characters long; the limit is 200"),
        ({"region": "gomel\x00"}, 400, "region holds control characters"),
        ({"region": "gomel\x7f"}, 400, "region holds control characters"),
        ({"partner": "sich\x85uan"}, 400, "partner holds control characters"),
        ({"partner": "\u202esichuan"}, 400, "partner holds control characters"),
    ],
)
def test_bad_values_get_a_page_with_the_message_and_status(
    client: TestClient, params: dict[str, str], status: int, message: str
) -> None:
    page = client.get("/brief", params={"region": "gomel", "partner": "sichuan", **params})
    assert page.status_code == status
    assert message in _text(page.text)
    assert "Traceback" not in page.text


def test_the_same_messages_as_the_command_line(client: TestClient, runner, small_base: Path) -> None:  # type: ignore[no-untyped-def]
    for option, value, field in (("--as-of", "2021-02-30", "as_of"), ("--kind", "poem", "kind")):
        cli = run(runner, "--facts", str(small_base), "brief", "gomel", "sichuan", option, value)
        assert cli.exit_code == 2
        page = client.get("/brief", params={"region": "gomel", "partner": "sichuan", field: value})
        assert page.status_code == 400
        assert _text(cli.output.removeprefix("error: ")).replace("'", "'") in _text(page.text)


def test_downloads_need_both_names_and_a_known_format(client: TestClient) -> None:
    missing = client.get("/brief.docx", params={"region": "gomel"})
    assert missing.status_code == 400
    assert "name a partner: /brief.docx?region=gomel&amp;partner=sichuan" in missing.text
    assert client.get("/brief.pdf", params={"region": "gomel", "partner": "sichuan"}).status_code == 404
    assert client.get("/brief.docx", params={"region": "gomel", "partner": "nowhere"}).status_code == 404


# -- suggestions -------------------------------------------------------------


def test_suggestions_come_from_the_registry_in_every_script(client: TestClient) -> None:
    assert client.get("/suggest", params={"q": "Гомел"}).json() == [
        {"value": "Гомель", "label": "Гомель – Gomel Oblast", "id": "gomel"}
    ]
    partner = client.get("/suggest", params={"q": "сыч", "side": "partner"}).json()
    assert partner[0]["id"] == "sichuan"
    assert [s["id"] for s in client.get("/suggest", params={"q": "四", "side": "partner"}).json()] == [
        "sichuan"
    ]
    # partners are never offered for the Belarusian field, nor the other way round
    assert client.get("/suggest", params={"q": "sich"}).json() == []
    assert client.get("/suggest", params={"q": ""}).json() == []
    bad = client.get("/suggest", params={"q": "x", "side": "left"})
    assert bad.status_code == 400
    assert "unknown side 'left'; use region or partner" in _text(bad.text)


# -- coverage ----------------------------------------------------------------


def test_coverage_cells_count_by_kind_and_link_to_their_brief(client: TestClient) -> None:
    page = client.get("/coverage")
    assert page.status_code == 200
    rows = re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</tr>", page.text, re.S)
    by_partner = {_text(row.split("</th>")[0]): row for row in rows}
    henan = by_partner["Henan Province"]
    # Mogilev-Henan: three twinning facts, one of them disputed twice over
    assert '<a href="/brief?region=mogilev&amp;partner=henan"' in henan
    assert re.search(r"<strong>7</strong> <small>T3 A1 E1 P1 Q1</small>", henan)
    # an empty pair is visible and still links to its (empty) sheet
    assert '<td class="cell empty"><a href="/brief?region=gomel&amp;partner=henan"' in henan
    assert 'class="cell thin"' in page.text
    china_only = client.get("/coverage", params={"country": "Китай"})
    assert china_only.status_code == 200
    assert "Henan Province" in china_only.text
    unknown = client.get("/coverage", params={"country": "Atlantis"})
    assert unknown.status_code == 404
    assert "unknown region 'Atlantis'" in _text(unknown.text)


def test_coverage_counts_match_the_command_line(client: TestClient, runner, small_base: Path) -> None:  # type: ignore[no-untyped-def]
    table = run(runner, "--facts", str(small_base), "facts", "coverage").output
    page = client.get("/coverage").text
    for line in table.splitlines()[1:-1]:
        region, partner, total = line.split()[:3]
        assert re.search(
            rf'href="/brief\?region={region}&amp;partner={partner}"[^>]*><strong>{total}</strong>', page
        ), line


# -- facts -------------------------------------------------------------------


def test_facts_search_by_words_in_any_language_with_sources_and_file_line(client: TestClient) -> None:
    page = client.get("/facts", params={"q": "побратимы Сычуань"})
    assert page.status_code == 200
    text = _text(page.text)
    assert "1 fact " in text
    assert "gomel-sichuan-twinning" in text
    assert "Belarus-China interregional cooperation and twinning" in text
    assert '<a href="https://china.mfa.gov.by/ru/bilateral/regional/info/" rel="noreferrer">' in page.text
    assert re.search(r"<code>[^<]*facts/china\.yaml:1</code>", page.text)


def test_facts_filters_narrow_the_list(client: TestClient) -> None:
    def ids(**params: str) -> list[str]:
        page = client.get("/facts", params=params)
        assert page.status_code == 200, page.text
        return re.findall(r'<li class="fact" id="([^"]+)">', page.text)

    everything = ids()
    assert len(everything) == 15
    henan = ids(region="Mogilev", partner="Henan")
    assert henan and all(fact_id.startswith(("mogilev", "belarus")) for fact_id in henan)
    assert set(ids(status="disputed")) == {"mogilev-henan-twinning", "mogilev-henan-twinning-2009"}
    assert ids(kind="twinning", since="2009", until="2009") == ["mogilev-henan-twinning-2009"]
    assert ids(q="nothing-matches-this") == []


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"kind": "rumour"}, 400, "unknown kind 'rumour'; use one of figure, twinning"),
        ({"status": "maybe"}, 400, "unknown status 'maybe'; use one of verified, needs-check, disputed"),
        ({"since": "2021-02-30"}, 400, "since: '2021-02-30' is impossible: February 2021 has 28 days"),
        ({"until": "soon"}, 400, "until: 'soon' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD"),
        ({"page": "0"}, 400, "page '0' is not a page number from 1 to 10000"),
        ({"region": "Atlantis"}, 404, "unknown region 'Atlantis'"),
    ],
)
def test_facts_bad_values(client: TestClient, params: dict[str, str], status: int, message: str) -> None:
    page = client.get("/facts", params=params)
    assert page.status_code == status
    assert message in _text(page.text)


# -- diary -------------------------------------------------------------------


def test_the_diary_shows_the_digest_of_a_week_and_its_calendar(client: TestClient) -> None:
    page = client.get("/diary", params={"week": "2026-W48"})
    assert page.status_code == 200
    text = _text(page.text)
    assert "Diary: week 2026-W48" in text
    assert "Weekly digest 2026-W48" in text
    assert '<a href="/diary?week=2026-W47" rel="prev">' in page.text
    assert '<a href="/diary?week=2026-W49" rel="next">' in page.text
    calendar = client.get("/diary.ics", params={"week": "2026-W48"})
    assert calendar.status_code == 200
    assert calendar.headers["content-type"] == "text/calendar; charset=utf-8"
    assert calendar.headers["content-disposition"] == 'attachment; filename="digest-2026-W48.ics"'
    assert calendar.text.startswith("BEGIN:VCALENDAR")
    assert client.get("/diary").status_code == 200


def test_the_diary_lists_a_pegged_anniversary(small_base: Path, tmp_path: Path) -> None:
    # Gomel-Sichuan were twinned in 2011: a fact dated to the day gives a peg that week.
    text = (small_base / "facts" / "china.yaml").read_text(encoding="utf-8")
    (small_base / "facts" / "china.yaml").write_text(
        text.replace("  date: 2011\n", "  date: 2011-12-01\n", 1)
    )
    with make_client(small_base, tmp_path) as client:
        page = client.get("/diary", params={"week": "2026-W49"})
        assert "15 years" in _text(page.text)
        calendar = client.get("/diary.ics", params={"week": "2026-W49"}).text
        assert "SUMMARY:15 years: Gomel Oblast – Sichuan Province" in calendar
    # the page's calendar is the file the scheduled run writes, byte for byte
    runner = CliRunner()
    out = tmp_path / "digest"
    result = runner.invoke(
        cli,
        ["--facts", str(small_base), "digest", "--week", "2026-W49", "--format", "ics", "--out", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert (out / "digest-2026-W49.ics").read_bytes() == calendar.encode()


def test_a_bad_week_is_a_400_with_the_cli_message(client: TestClient) -> None:
    for path in ("/diary", "/diary.ics"):
        page = client.get(path, params={"week": "2026-W60"})
        assert page.status_code == 400
        assert "--week '2026-W60': 2026 has no week 60" in _text(page.text)


# -- editors -----------------------------------------------------------------


def test_editors_see_both_checks_pass(client: TestClient) -> None:
    page = client.get("/editors")
    assert page.status_code == 200
    text = _text(page.text)
    assert "15 facts, 11 regions" in text
    assert re.search(r"5 kinds rendered on \d pairs \(.*\): no errors", text)


def test_editors_see_a_broken_template_with_its_file_and_line(small_base: Path, tmp_path: Path) -> None:
    house = tmp_path / "house"
    house.mkdir()
    (house / "news.md.j2").write_text(
        "{# languages: en #}\n{% extends 'news.md.j2' %}\n{% block lede %}{{ oops(}}{% endblock %}\n"
    )
    with make_client(small_base, tmp_path, templates=(house,)) as client:
        page = client.get("/editors")
        assert page.status_code == 200
        assert re.search(r"house/news\.md\.j2:3: template syntax error", page.text)
        assert "1 kind(s) failed." in _text(page.text)


def test_a_looping_house_template_is_stopped_and_the_next_request_served(
    small_base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages render in worker threads, where no timer signal reaches: the limit holds there too."""
    import time

    from briefer.briefs import sandbox

    monkeypatch.setattr(sandbox, "MAX_RENDER_SECONDS", 1.0)
    house = tmp_path / "house"
    house.mkdir()
    (house / "news.md.j2").write_text(
        "{# languages: en #}\n{% for a in range(100000) %}{% for b in range(100000) %}"
        "{% endfor %}{% endfor %}\n"
    )
    with make_client(small_base, tmp_path, templates=(house,)) as client:
        started = time.monotonic()
        page = client.get("/brief", params={"region": "gomel", "partner": "sichuan", "kind": "news"})
        assert time.monotonic() - started < 30
        assert "rendering took longer than 1 s" in page.text
        assert "news.md.j2" in page.text
        fine = client.get("/brief", params={"region": "gomel", "partner": "sichuan"})
        assert fine.status_code == 200 and "Sichuan" in fine.text


# -- the fact base changes on disk -------------------------------------------

NEW_SUMMARY = "A new industrial park was announced by Gomel and Sichuan."
NEW_FACT = """
- id: gomel-sichuan-new-park
  kind: project
  regions: [gomel, sichuan]
  date: 2024
  summary: A new industrial park was announced by Gomel and Sichuan.
  sources:
    - title: A test source
      publisher: Gomel Pravda
      year: 2024
  added: 2026-11-26
"""


def _add_fact(base: Path, summary: str | None = None) -> None:
    """Append NEW_FACT (with another summary, if given) to the small base's china.yaml."""
    fact = NEW_FACT if summary is None else NEW_FACT.replace(NEW_SUMMARY, summary)
    china = base / "facts" / "china.yaml"
    china.write_text(china.read_text(encoding="utf-8") + fact, encoding="utf-8")


def test_a_change_on_disk_shows_on_the_next_request(client: TestClient, small_base: Path) -> None:
    assert "0 facts" in _text(client.get("/facts", params={"q": "industrial park"}).text)
    _add_fact(small_base)
    assert "1 fact " in _text(client.get("/facts", params={"q": "industrial park"}).text)


def test_a_broken_file_keeps_the_last_good_base_in_service(client: TestClient, small_base: Path) -> None:
    assert client.get("/brief", params={"region": "gomel", "partner": "sichuan"}).status_code == 200
    china = small_base / "facts" / "china.yaml"
    good = china.read_text(encoding="utf-8")
    china.write_text(good + NEW_FACT.replace("  kind: project\n", "  kind: rumour\n"), encoding="utf-8")
    page = client.get("/brief", params={"region": "gomel", "partner": "sichuan"})
    assert page.status_code == 200
    assert (
        "The fact base on disk has errors, so briefer is still answering from the version it last loaded"
        in _text(page.text)
    )
    assert "Gomel Oblast and Sichuan Province: fact sheet" in page.text
    editors = client.get("/editors")
    assert re.search(r"facts/china\.yaml:\d+</code> error: ", editors.text)
    assert "rumour" in editors.text
    china.write_text(good, encoding="utf-8")
    assert "has errors" not in client.get("/brief").text


def test_with_no_valid_base_pages_say_what_to_fix(small_base: Path, tmp_path: Path) -> None:
    (small_base / "facts" / "broken.yaml").write_text("- id: [\n", encoding="utf-8")
    with make_client(small_base, tmp_path) as client:
        page = client.get("/brief", params={"region": "gomel", "partner": "sichuan"})
        assert page.status_code == 503
        assert re.search(r"facts/broken\.yaml:\d+: error: ", _text(page.text))
        assert client.get("/healthz").status_code == 503
        assert client.get("/editors").status_code == 200


# -- the HTTP surface --------------------------------------------------------


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path, status in (
        ("/brief", 200),
        ("/nowhere", 404),
        ("/static/briefer.css", 200),
        ("/facts?kind=x", 400),
    ):
        response = client.get(path)
        assert response.status_code == status
        for name, value in SECURITY_HEADERS.items():
            assert response.headers[name] == value, (path, name)
    # a read-only page is revalidated every time (it has an ETag); an account's pages are never kept
    assert client.get("/brief").headers["cache-control"] == "private, no-cache"
    assert client.get("/static/briefer.css").headers["cache-control"] == "public, max-age=3600"


def test_unknown_pages_and_methods(client: TestClient) -> None:
    missing = client.get("/admin")
    assert missing.status_code == 404
    assert "there is no page at /admin" in missing.text
    for method in ("POST", "PUT", "DELETE"):
        refused = client.request(method, "/brief")
        assert refused.status_code == 405
        assert f"{method} is not allowed here: briefer's pages only read" in _text(refused.text)
    head = client.head("/brief")
    assert head.status_code == 200
    assert head.content == b""


def test_a_loopback_server_answers_only_to_loopback_names(client: TestClient) -> None:
    assert client.get("/healthz", headers={"host": "localhost:8000"}).status_code == 200
    assert client.get("/healthz", headers={"host": "attacker.example"}).status_code == 400


def test_a_failure_inside_is_a_500_page_without_a_traceback(client: TestClient, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import briefer.web.views as views

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(views, "make_brief", broken)
    page = client.get("/brief", params={"region": "gomel", "partner": "sichuan"})
    assert page.status_code == 500
    assert "briefer could not make this page; the server's log has the details" in _text(page.text)
    assert "secret internals" not in page.text
    assert "Traceback" not in page.text


def test_text_from_the_fact_base_is_shown_as_text(small_base: Path, tmp_path: Path) -> None:
    _add_fact(small_base, summary="<script>alert(1)</script> [click](javascript:alert(2)) park.")
    with make_client(small_base, tmp_path) as client:
        for page in (
            client.get("/brief", params={"region": "gomel", "partner": "sichuan"}),
            client.get("/facts", params={"q": "park"}),
        ):
            assert page.status_code == 200
            assert "<script>alert" not in page.text
            assert 'href="javascript:' not in page.text
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


def test_the_shipped_base_serves_every_page(tmp_path: Path) -> None:
    from briefer.facts import default_fact_root

    with make_client(default_fact_root(), tmp_path) as client:
        for path in (
            "/brief?region=Могилёв&partner=Хэнань&kind=anniversary&lang=be",
            "/coverage",
            "/facts?partner=china",
            "/diary",
            "/editors",
        ):
            assert client.get(path).status_code == 200, path


def test_hostile_requests_get_plain_answers(client: TestClient) -> None:
    assert client.get("/brief", params={"region": "\ufffd\ufffd", "partner": "sichuan"}).status_code == 404
    assert client.get("/brief?region=%FF%FE&partner=sichuan").status_code == 404
    assert client.get("/static/../../../etc/passwd").status_code == 404
    assert client.get("/static/%2e%2e/views.py").status_code == 404
    # repeated fields: the last one counts, as in a form
    page = client.get("/brief?region=nowhere&region=gomel&partner=sichuan")
    assert page.status_code == 200


def test_asking_for_week_after_week_keeps_one_digest(client: TestClient) -> None:
    for number in range(1, 30):
        assert client.get("/diary", params={"week": f"2026-W{number:02d}"}).status_code == 200
    app = client.app
    views = next(route.endpoint.__self__ for route in app.routes if getattr(route, "path", "") == "/diary")  # type: ignore[attr-defined]
    memo = views.live.current().memo
    assert [key for key in memo if key.startswith("digest")] == ["digest"]


# -- the pages' language -----------------------------------------------------


def test_pages_speak_the_browsers_language(client: TestClient) -> None:
    page = client.get("/brief", headers={"accept-language": "ru-RU,ru;q=0.9,en;q=0.5"})
    assert '<html lang="ru">' in page.text
    assert "Подготовить справку" in page.text
    assert '<option value="factsheet" selected>справка</option>' in page.text
    # with no language in briefer.yaml, the brief follows the pages
    assert '<option value="ru" selected>Русский</option>' in page.text
    assert page.headers["vary"] == "accept-language, cookie, Accept-Encoding"
    belarusian = client.get("/facts", params={"kind": "twinning"}, headers={"accept-language": "be"})
    assert "пабрацімства" in belarusian.text
    assert "5 фактаў" in _text(belarusian.text) or re.search(r"\d+ факт", belarusian.text)
    assert '<html lang="en">' in client.get("/brief", headers={"accept-language": "de-DE"}).text


def test_a_reader_chooses_the_pages_language(client: TestClient) -> None:
    chosen = client.get("/ui/be", params={"next": "/coverage?country=china"}, follow_redirects=False)
    assert chosen.status_code == 303
    assert chosen.headers["location"] == "/coverage?country=china"
    assert "briefer-ui=be" in chosen.headers["set-cookie"]
    assert "HttpOnly" in chosen.headers["set-cookie"]
    page = client.get("/coverage", headers={"accept-language": "ru"})  # the choice wins
    assert '<html lang="be">' in page.text
    assert "Пакрыццё" in page.text
    assert "Хэнань" in page.text or "Henan Province" in page.text
    # never an address elsewhere
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        away = client.get("/ui/ru", params={"next": target}, follow_redirects=False)
        assert away.headers["location"] == "/brief"
    unknown = client.get("/ui/de", follow_redirects=False)
    assert unknown.headers["location"] == "/brief"
    assert "set-cookie" not in unknown.headers


def test_the_brief_language_set_in_briefer_yaml_wins_over_the_pages(small_base: Path, tmp_path: Path) -> None:
    (tmp_path / "briefer.yaml").write_text("language: be\n", encoding="utf-8")
    with make_client(small_base, tmp_path) as client:
        page = client.get("/brief", headers={"accept-language": "ru"})
        assert '<option value="be" selected>Беларуская</option>' in page.text
        assert '<html lang="ru">' in page.text


def test_a_name_means_the_same_place_in_every_language(tmp_path: Path) -> None:
    from briefer.facts import default_fact_root

    with make_client(default_fact_root(), tmp_path) as client:
        page = client.get("/brief", params={"region": "Магілёў", "partner": "Henan", "lang": "be"})
        assert page.status_code == 200  # the oblast, as in every language
        assert "Магілёўская вобласць і правінцыя Хэнань" in page.text


def test_a_name_of_two_places_offers_both(small_base: Path, tmp_path: Path) -> None:
    regions = small_base / "regions.yaml"
    regions.write_text(
        regions.read_text(encoding="utf-8")
        + "- id: homiel-district\n  name: Homiel District\n  kind: district\n  country: belarus\n"
        "  parent: gomel\n  aliases: [Homiel]\n",
        encoding="utf-8",
    )
    with make_client(small_base, tmp_path) as client:
        page = client.get("/brief", params={"region": "Homiel", "partner": "sichuan"})
        assert page.status_code == 400
        assert "region name 'Homiel' is ambiguous; it could be:" in _text(page.text)
        link = '<a href="/brief?region=gomel&amp;partner=sichuan&amp;kind=factsheet&amp;lang=en">'
        assert f"{link}Gomel Oblast</a>" in page.text
        assert '<a href="/brief?region=homiel-district&amp;partner=sichuan' in page.text


# -- found by a hostile reading ------------------------------------------------


@pytest.mark.parametrize(
    ("week", "status", "message"),
    [
        ("9999-W52", 400, "--week '9999-W52' ends after 31 December 9999; choose an earlier week"),
        ("0999-W01", 400, "--week '0999-W01': years run from 1000 to 9999"),
        ("0001-W01", 400, "--week '0001-W01': years run from 1000 to 9999"),
    ],
)
def test_weeks_at_the_ends_of_the_calendar(client: TestClient, week: str, status: int, message: str) -> None:
    for path in ("/diary", "/diary.ics"):
        page = client.get(path, params={"week": week})
        assert page.status_code == status
        assert message in _text(page.text)


def test_the_first_and_last_weeks_have_no_link_beyond(client: TestClient) -> None:
    last = client.get("/diary", params={"week": "9999-W51"})
    assert last.status_code == 200
    assert 'rel="next"' not in last.text
    assert '<a href="/diary?week=9999-W50" rel="prev">' in last.text
    first = client.get("/diary", params={"week": "1000-W01"})
    assert first.status_code == 200
    assert 'rel="prev"' not in first.text


def test_page_numbers_are_ascii_digits(client: TestClient) -> None:
    for page in ("²", "١", "1e3", "-1", "99999"):
        answer = client.get("/facts", params={"page": page})
        assert answer.status_code == 400, page
        assert "is not a page number from 1 to 10000" in _text(answer.text)


def test_the_500_page_carries_the_security_headers(client: TestClient, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import briefer.web.views as views

    monkeypatch.setattr(views, "search_facts", lambda *args: 1 / 0)
    page = client.get("/facts")
    assert page.status_code == 500
    for name, value in SECURITY_HEADERS.items():
        assert page.headers[name] == value
    assert page.headers["cache-control"] == "no-store"


def test_placeholders_are_marked_in_text_only_and_images_never_load(small_base: Path, tmp_path: Path) -> None:
    _add_fact(
        small_base,
        summary='"A park [t](https://example.org \\"[[x]]\\") and ![[[y]]](https://example.org/i.png)."',
    )
    with make_client(small_base, tmp_path) as client:
        page = client.get("/brief", params={"region": "gomel", "partner": "sichuan"})
        assert page.status_code == 200
        # fact text is text: its link syntax is printed, not followed
        assert "A park [t](https://example.org &quot;" in page.text
        assert '<a href="https://example.org"' not in page.text
        assert "<img" not in page.text


def test_coverage_is_made_for_each_request(client: TestClient) -> None:
    first = client.get("/coverage", params={"zz": "POISON", "country": "china"})
    assert "POISON" in first.text  # the language links lead back to the page as asked
    again = client.get("/coverage", params={"country": "china"})
    assert "POISON" not in again.text
    assert again.headers["vary"] == "accept-language, cookie, Accept-Encoding"
    not_a_country = client.get("/coverage", params={"country": "gomel"})
    assert not_a_country.status_code == 400
    assert "Gomel Oblast is not a country; name one, e.g. /coverage?country=china" in _text(
        not_a_country.text
    )


def test_a_very_long_query_is_not_copied_into_the_language_links(client: TestClient) -> None:
    page = client.get("/facts", params={"q": "x" * 150, "zz": "y" * 2000})
    assert page.status_code == 200
    assert "yyyy" not in page.text.split("<main>")[0]
    assert len(page.text) < 10_000


# -- as a reporter uses it -----------------------------------------------------


def test_a_belarusian_partner_is_refused_on_the_filled_in_form(client: TestClient) -> None:
    page = client.get("/brief", params={"region": "Гомель", "partner": "Mogilev"})
    assert page.status_code == 400
    assert (
        "Mogilev Oblast is in Belarus; the partner is a place abroad, e.g. briefer brief gomel sichuan"
        in _text(page.text)
    )
    assert '<div class="field invalid">\n    <label for="partner">' in page.text
    assert 'value="Mogilev"' in page.text and 'value="Гомель"' in page.text
    swapped = client.get("/brief", params={"region": "sichuan", "partner": "gomel"})
    assert swapped.status_code == 400
    assert '<div class="field invalid">\n    <label for="region">' in swapped.text


def test_facts_are_shown_in_the_readers_language_with_place_names(client: TestClient) -> None:
    page = client.get("/facts", params={"q": "Сычуань"}, headers={"accept-language": "ru"})
    text = _text(page.text)
    assert "Гомельская область и провинция Сычуань — побратимы с 2011 года." in text
    assert "Gomel Oblast and Sichuan Province have been twinned" not in text
    assert "Гомельская область · провинция Сычуань" in text or "Гомельская область · Sichuan Province" in text
    beyond = client.get("/facts", params={"q": "Сычуань", "page": "5"})
    assert beyond.status_code == 400
    assert "page 5: the search has 1 page(s)" in _text(beyond.text)


def test_checklists_have_boxes_and_a_source_has_one_way_back(client: TestClient) -> None:
    page = client.get("/brief", params={"region": "gomel", "partner": "sichuan", "kind": "news"})
    assert re.search(r"<input class=\"task-list-item-checkbox\"\s+type=\"checkbox\">", page.text)
    assert "[ ]" not in _text(page.text)
    notes = page.text.split('<section class="footnotes">')[1]
    for item in re.findall(r'<li id="fn\d+" class="footnote-item">.*?</li>', notes, re.S):
        assert item.count("footnote-backref") == 1


def test_the_diary_reads_in_the_readers_language(client: TestClient) -> None:
    page = client.get("/diary", params={"week": "2026-W48"}, headers={"accept-language": "ru"})
    assert page.status_code == 200
    assert '<article class="preview" lang="ru">' in page.text
    assert "Еженедельный дайджест 2026-W48" in page.text
    assert "Идеи материалов" in page.text
    english = client.get("/diary", params={"week": "2026-W48"})
    assert "Weekly digest 2026-W48" in english.text


def test_did_you_mean_on_the_facts_page_links_by_name(client: TestClient) -> None:
    page = client.get(
        "/facts", params={"region": "gomell", "kind": "twinning"}, headers={"accept-language": "ru"}
    )
    assert page.status_code == 404
    assert '<a href="/facts?region=gomel&amp;kind=twinning">Гомельская область</a>' in page.text


def test_facts_search_finds_other_forms_of_a_word(client: TestClient) -> None:
    def ids(q: str) -> set[str]:
        return set(re.findall(r'<li class="fact" id="([^"]+)">', client.get("/facts", params={"q": q}).text))

    assert "gomel-sichuan-twinning" in ids("Сычуани")  # the text says "Сычуань"
    assert "gomel-sichuan-twinning" in ids("побратимство")  # the text says "побратимы"
    assert ids("БелАЗ") == set()  # a short word is looked for as it is, not as "бела…"


def test_coverage_sorts_names_as_readers_look_them_up(tmp_path: Path) -> None:
    from briefer.facts import default_fact_root

    with make_client(default_fact_root(), tmp_path) as client:
        page = client.get("/coverage", params={"country": "china"}, headers={"accept-language": "ru"})
        rows = [name.strip() for name in re.findall(r'<th scope="row">([^<]+)', page.text)]
        # the country first, then its places by name, "провинция" and the like aside
        assert rows[:3] == ["Китай", "провинция Аньхой", "Баодин"]
        assert rows.index("автономный район Внутренняя Монголия") < rows.index("провинция Ганьсу")
        assert rows.index("провинция Хэнань") > rows.index("провинция Сычуань")


def test_the_diarys_story_commands_are_links_to_the_brief(small_base: Path, tmp_path: Path) -> None:
    china = small_base / "facts" / "china.yaml"
    china.write_text(china.read_text(encoding="utf-8").replace("  date: 2011\n", "  date: 2011-12-01\n", 1))
    with make_client(small_base, tmp_path) as client:
        page = client.get("/diary", params={"week": "2026-W49"}, headers={"accept-language": "be"})
        assert (
            '<a href="/brief?region=gomel&amp;partner=sichuan&amp;kind=anniversary&amp;lang=be">'
            "<code>briefer brief gomel sichuan --kind anniversary</code></a>"
        ) in page.text


def test_the_editors_summary_reads_in_the_readers_language(client: TestClient) -> None:
    page = client.get("/editors", headers={"accept-language": "be"})
    assert "Фактаў: 15, рэгіёнаў: 11, крыніц: " in page.text
    assert "памылак няма" in page.text


# -- random form values ----------------------------------------------------------

_FORM_VALUE = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="<>\"'&/;=()[]{}%\\ Гомель四川sichuan0-9", max_size=30),
    st.sampled_from(["gomel", "sichuan", "Гомель", "四川", "news", "ru", "be", "2024-06-01", "2024", "figure",
                     "disputed", "2026-W20", "1", "10001", "<script>alert(1)</script>", "\u202e", "%00"]),
    st.text(max_size=20).map(lambda text: f"<b>{text}</b>"),
)  # fmt: skip
_FORMS = {
    "/brief": ("region", "partner", "kind", "lang", "as_of"),
    "/brief.md": ("region", "partner", "kind", "lang", "as_of"),
    "/facts": ("q", "region", "partner", "kind", "status", "since", "until", "page"),
    "/diary": ("week",),
    "/diary.ics": ("week",),
    "/coverage": ("country",),
    "/suggest": ("q", "side"),
}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(sorted(_FORMS)), data=st.data())
def test_random_form_values_get_a_page_or_a_message_never_a_failure(
    client: TestClient, path: str, data: st.DataObject
) -> None:
    params = {name: data.draw(_FORM_VALUE, label=name) for name in _FORMS[path] if data.draw(st.booleans())}
    answer = client.get(path, params=params)
    assert answer.status_code in (200, 400, 404), (answer.status_code, answer.text[-500:])
    for name in ("content-security-policy", "x-content-type-options"):
        assert name in answer.headers
    if answer.headers["content-type"].startswith("text/html"):
        for value in params.values():
            if "<b>" in value or "<script>" in value:  # markup in a value is never sent back as markup
                assert value not in answer.text


def test_a_broken_house_template_breaks_only_its_own_kind(small_base: Path, tmp_path: Path) -> None:
    templates = tmp_path / "house"
    templates.mkdir()
    (templates / "bad.md.j2").write_bytes(b"{# about: x #}\n\xff\xfe\n")
    with make_client(small_base, tmp_path, (templates,)) as client:
        page = client.get("/brief", params={"region": "gomel", "partner": "sichuan"})
        assert page.status_code == 200
        assert 'value="bad"' not in page.text
        assert "Gomel Oblast and Sichuan Province: fact sheet" in page.text
        bad = client.get("/brief", params={"region": "gomel", "partner": "sichuan", "kind": "bad"})
        # named from the newsroom's folder, not by where it lies on the server
        assert "house/bad.md.j2: not UTF-8 text" in _text(bad.text)
        assert str(tmp_path) not in bad.text
        editors = client.get("/editors")
        assert "house/bad.md.j2: not UTF-8 text" in _text(editors.text)
        assert str(tmp_path) not in editors.text


def test_pages_do_not_tell_the_version_or_where_briefer_is_installed(client: TestClient) -> None:
    from briefer import __version__
    from briefer.resources import data_dir

    for path in ("/brief", "/facts", "/editors", "/coverage", "/diary", "/nowhere"):
        page = client.get(path)
        assert f"briefer {__version__}" not in page.text, path
        assert str(data_dir("facts").parent) not in page.text, path


def test_pages_are_compressed_and_a_repeat_costs_a_304(client: TestClient) -> None:
    params = {"region": "gomel", "partner": "sichuan", "as_of": "2024-06-01"}
    first = client.get("/brief", params=params, headers={"Accept-Encoding": "gzip"})
    assert first.status_code == 200
    assert first.headers["content-encoding"] == "gzip"
    assert int(first.headers["content-length"]) < len(first.text.encode()) / 2
    tag = first.headers["etag"]
    assert tag.startswith('W/"') and first.headers["cache-control"] == "private, no-cache"
    again = client.get("/brief", params=params, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
    # another brief is another answer
    other = client.get("/brief", params={**params, "lang": "ru"}, headers={"If-None-Match": tag})
    assert other.status_code == 200 and other.headers["etag"] != tag
    # the same bytes for the download as for the CLI, validated the same way
    download = client.get("/brief.md", params=params)
    assert (
        client.get(
            "/brief.md", params=params, headers={"If-None-Match": download.headers["etag"]}
        ).status_code
        == 304
    )
    # an error page is never validated, and nothing of an account's pages is kept
    assert "etag" not in client.get("/brief", params={"region": "nowhere", "partner": "sichuan"}).headers
    assert client.get("/login").headers["cache-control"] == "no-store"


def test_a_kept_preview_follows_every_edit_of_facts_and_templates(small_base: Path, tmp_path: Path) -> None:
    house = tmp_path / "house"
    house.mkdir()
    template = house / "factsheet.md.j2"
    template.write_text("# {{ title }}\n\nFirst wording.\n", encoding="utf-8")
    params = {"region": "gomel", "partner": "sichuan", "as_of": "2026-12-02"}
    with make_client(small_base, tmp_path, (house,)) as client:
        assert "First wording." in client.get("/brief", params=params).text
        assert "First wording." in client.get("/brief", params=params).text  # kept
        template.write_text("# {{ title }}\n\nSecond wording, {{ brief.pair_facts | length }} facts.\n")
        os.utime(
            template, ns=(time.time_ns() + 10**9, time.time_ns() + 10**9)
        )  # a new mtime even on coarse clocks
        second = _text(client.get("/brief", params=params).text)
        assert "Second wording" in second and "First wording" not in second
        _add_fact(small_base, summary='"Gomel and Sichuan opened a joint industrial park."')
        third = _text(client.get("/brief", params=params).text)
        facts = int(re.search(r"Second wording, (\d+) facts", second)[1])  # type: ignore[index]
        assert f"Second wording, {facts + 1} facts" in third
