"""Website sync against a real HTTP server on 127.0.0.1 (allowed by CAREERBOT_CRAWL_ALLOW) serving a small careers
site with a sitemap and robots.txt, then the real ingest (real Chroma, real embedder): a page changed, one removed and
one broken between two runs; a third run with nothing changed embeds nothing; the same site is refused without the
setting, and so is a redirect from an allowed host to a private one."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.config import Settings
from ingest.crawl import USER_AGENT, crawl
from ingest.pipeline import ingest

PAGE = """<html><head><title>{title}</title></head><body><nav>Home | Events | Contact</nav>
<main><h1>{title}</h1><p>{body}</p></main><footer>Generated {stamp}</footer></body></html>"""


@dataclass
class Site:
    pages: dict[str, tuple[int, str]] = field(default_factory=dict)  # path -> (status, html)
    agents: list[str] = field(default_factory=list)
    robots: str = "User-agent: *\nDisallow: /private/\n"
    redirect_to: str = ""


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            state.agents.append(self.headers.get("User-Agent", ""))
            if self.path == "/robots.txt":
                return self._send(200, state.robots, "text/plain")
            if self.path == "/sitemap.xml":
                locs = "".join(f"<url><loc>{base}{p}</loc></url>" for p in state.pages)
                return self._send(
                    200,
                    f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>',
                    "application/xml",
                )
            if self.path == "/moved" and state.redirect_to:
                self.send_response(302)
                self.send_header("Location", state.redirect_to)
                self.end_headers()
                return None
            status, html = state.pages.get(self.path, (404, "not found"))
            return self._send(status, html, "text/html")

        def _send(self, status: int, text: str, kind: str) -> None:
            body = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield state, base
    server.shutdown()


def _page(title: str, body: str, stamp: str = "1") -> tuple[int, str]:
    return 200, PAGE.format(title=title, body=body, stamp=stamp)


def _settings(tmp_path, allow: str = "127.0.0.1") -> Settings:
    (tmp_path / "corpus").mkdir(exist_ok=True)
    return Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus", crawl_allow=allow, crawl_delay=0.01)


def test_a_site_kept_in_sync_embeds_only_what_changed(tmp_path, site, embedder):
    state, base = site
    state.pages = {
        "/nursing": _page("Nursing placements", "Placements run for twelve weeks in the spring term."),
        "/law": _page("Law fairs", "The law fair is held every November in the Great Hall."),
        "/events": _page("Careers events", "Drop-in CV clinics run every Tuesday at 2pm."),
        "/private/staff": _page("Staff only", "Internal rota."),
        "/fees": _page("Fees", "Careers appointments are free for current students."),
    }
    settings = _settings(tmp_path)
    first = crawl(settings, [f"{base}/sitemap.xml"])
    assert {u.removeprefix(base): p.status for u, p in first.pages.items()} == {
        "/nursing": "new",
        "/law": "new",
        "/events": "new",
        "/private/staff": "blocked",
        "/fees": "new",
    }
    assert all(agent == USER_AGENT for agent in state.agents)
    summary, _ = ingest(settings, show_progress=False, embedder=embedder)
    assert summary.documents == 4 and summary.added > 0

    state.pages["/nursing"] = _page("Nursing placements", "Placements now run for fourteen weeks in the summer term.")
    del state.pages["/law"]  # gone from the sitemap and the site
    state.pages["/events"] = (500, "server error")
    # only the footer's stamp changed: the main content is the same
    state.pages["/fees"] = _page("Fees", "Careers appointments are free for current students.", stamp="2")
    second = crawl(settings, [f"{base}/sitemap.xml"])
    got = {u.removeprefix(base): p.status for u, p in second.pages.items()}
    assert got == {
        "/nursing": "changed",
        "/law": "removed",
        "/events": "broken",
        "/fees": "unchanged",
        "/private/staff": "blocked",
    }, got
    assert "500" in second.pages[f"{base}/events"].reason
    names = sorted(p.name for p in (settings.corpus_dir / "website").iterdir())
    assert len(names) == 3 and not any("law" in n for n in names)  # the broken page's last good copy is kept
    summary, _ = ingest(settings, show_progress=False, embedder=embedder)
    assert summary.documents == 3 and summary.added == 1 and summary.removed >= 1, summary

    third = crawl(settings, [f"{base}/sitemap.xml"])
    assert third.changed == 0
    summary, _ = ingest(settings, show_progress=False, embedder=embedder)
    assert summary.added == 0 and summary.removed == 0, summary


def test_the_same_site_is_refused_without_the_setting(tmp_path, site):
    state, base = site
    state.pages = {"/nursing": _page("Nursing placements", "Twelve weeks.")}
    settings = _settings(tmp_path, allow="")
    report = crawl(settings, [f"{base}/sitemap.xml", f"{base}/nursing"])
    assert {p.status for p in report.pages.values()} == {"refused"}
    assert "CAREERBOT_CRAWL_ALLOW" in report.pages[f"{base}/nursing"].reason
    assert state.agents == [] and not (settings.corpus_dir / "website").exists()


def test_a_redirect_from_an_allowed_host_to_a_private_one_is_refused(tmp_path, site):
    state, base = site
    state.redirect_to = "http://169.254.169.254/latest/meta-data/"
    report = crawl(_settings(tmp_path), [f"{base}/moved"])
    page = report.pages[f"{base}/moved"]
    assert page.status == "refused" and "169.254.169.254" in page.reason


def test_the_command_line_syncs_and_reindexes(tmp_path, site, embedder):
    import json
    import os
    import subprocess
    import sys

    from web_server import REPO

    state, base = site
    state.pages = {"/nursing": _page("Nursing placements", "Placements run for twelve weeks in the spring term.")}
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "CAREERBOT_DATA_DIR": str(tmp_path / "data"),
        "CAREERBOT_CORPUS_DIR": str(tmp_path / "corpus"),
        "CAREERBOT_CRAWL_ALLOW": "127.0.0.1",
        "CAREERBOT_CRAWL_DELAY": "0",
    }
    (tmp_path / "corpus").mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "ingest", "crawl", "--json", f"{base}/sitemap.xml"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout)
    assert [p["status"] for p in out["pages"]] == ["new"] and out["index"]["added"] >= 1
    again = subprocess.run(
        [sys.executable, "-m", "ingest", "crawl", "--json"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )  # no URL: the last crawl's sources
    assert again.returncode == 0, again.stderr[-2000:]
    assert json.loads(again.stdout)["index"]["added"] == 0


def test_staff_sync_the_website_from_the_documents_api_and_students_get_its_answer(tmp_path, site, embedder):
    import time

    import httpx
    from web_server import start_app

    state, base = site
    state.pages = {
        "/nursing": _page("Nursing placements", "Nursing placements run for twelve weeks in the spring term.")
    }
    settings = _settings(tmp_path)
    (settings.corpus_dir / "fees.md").write_text("# Fees\n\nCareers appointments are free for current students.\n")
    ingest(settings, show_progress=False, embedder=embedder)
    token = "crawl-admin-token-0123456789abc"
    server = start_app(
        settings.data_dir,
        tmp_path / "web",
        admin_token=token,
        corpus_dir=str(settings.corpus_dir),
        crawl_allow="127.0.0.1",
        crawl_delay="0",
    )
    try:
        auth = ("Office Staff", token)
        sitemap = {"urls": [f"{base}/sitemap.xml"]}
        assert httpx.post(f"{server.url}/admin/website", json=sitemap, timeout=30).status_code == 401
        assert (
            httpx.post(
                f"{server.url}/admin/website", json={"urls": ["file:///etc/passwd"]}, auth=auth, timeout=30
            ).status_code
            == 400
        )
        started = httpx.post(f"{server.url}/admin/website", json=sitemap, auth=auth, timeout=30)
        assert started.status_code == 202, started.text
        deadline = time.monotonic() + 300
        while httpx.get(f"{server.url}/admin/documents/status", auth=auth, timeout=30).json()["job"]["running"]:
            assert time.monotonic() < deadline, "the sync did not finish"
            time.sleep(0.5)
        job = httpx.get(f"{server.url}/admin/documents/status", auth=auth, timeout=30).json()["job"]
        assert job["stage"] == "live", job
        website = httpx.get(f"{server.url}/admin/website", auth=auth, timeout=30).json()
        assert website["sources"] == [f"{base}/sitemap.xml"]
        assert [(p["url"], p["status"]) for p in website["pages"]] == [(f"{base}/nursing", "new")]
        audit = httpx.get(f"{server.url}/admin/documents.json", auth=auth, timeout=30).json()["audit"]
        assert (audit[0]["who"], audit[0]["action"]) == ("Office Staff (admin token)", "website sync")
        reply = httpx.post(
            f"{server.url}/api/chat", json={"message": "How long do nursing placements run?"}, timeout=120
        ).json()
        assert "twelve weeks" in reply["answer"] and "[1]" in reply["answer"], reply
    finally:
        server.stop()
