"""The office's website, kept in sync: fetch a sitemap's pages (or listed pages) into the corpus, politely and safely.

Owns the crawl: ``crawl(settings, urls)`` expands sitemaps (and sitemap indexes, one level), fetches each page with
the crawler's user agent, obeys robots.txt (urllib.robotparser; an unreachable robots.txt means "not now"), waits
``settings.crawl_delay`` seconds (or robots' Crawl-delay, if longer) between requests to a host, and sends the ETag
and Last-Modified it saw last time (a 304 is "unchanged"). A page's main content is what the HTML loader keeps
(ingest/load.py); the page is written to ``corpus_dir/website/`` only when that content's hash changed, so the
re-index after it embeds only changed pages. A page that is gone (404/410, or no longer in the sitemap) is removed;
one that fails (5xx, timeout) is kept as it was and reported broken. State: ``data_dir/crawl.json``.

Never fetches from a private, loopback, link-local or otherwise non-public address, nor follows a redirect to one
(each hop is checked; redirects are followed here, not by httpx), unless the host is named in
``settings.crawl_allow``. Shortcut: the address is checked when resolved here, and httpx resolves again to connect
(a DNS answer that changes in between is not caught).
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import re
import socket
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser
from xml.etree import ElementTree

import httpx

from bot.config import Settings
from bot.errors import BadInput
from ingest.load import load_html

USER_AGENT = "careerbot-sync/1.0 (the careers office's chatbot, keeping its copy of the office's website)"
FOLDER = "website"
STATE = "crawl.json"
MAX_REDIRECTS = 5
MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = 20.0


class Refused(Exception):
    """A URL careerbot will not fetch (not http(s), or a non-public address not in CAREERBOT_CRAWL_ALLOW)."""


@dataclass
class Page:
    url: str
    file: str = ""
    hash: str = ""
    etag: str = ""
    last_modified: str = ""
    status: str = "new"  # new, changed, unchanged, removed, broken, refused, blocked (robots.txt)
    reason: str = ""
    checked: str = ""


@dataclass
class CrawlReport:
    pages: dict[str, Page] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(p.status == status for p in self.pages.values())

    @property
    def changed(self) -> int:
        return self.count("new") + self.count("changed") + self.count("removed")

    def line(self) -> str:
        names = ("new", "changed", "unchanged", "removed", "broken", "refused", "blocked")
        return "pages: " + ", ".join(f"{n}: {self.count(n)}" for n in names)


def allowed_hosts(settings: Settings) -> set[str]:
    return {h.strip().lower() for h in settings.crawl_allow.split(",") if h.strip()}


def check_url(url: str, allow: set[str]) -> None:
    """Refused unless ``url`` is http(s) to a public address, or to a host named in ``allow``."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Refused(f"{url}: only http:// and https:// pages are fetched")
    host = parts.hostname.lower()
    if host in allow:
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise Refused(f"{url}: the host {host} does not resolve ({exc.strerror})") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise Refused(
                f"{url}: {host} is a private, loopback or link-local address ({ip}); "
                "careerbot fetches it only "
                "when the office names the host in CAREERBOT_CRAWL_ALLOW"
            )


@dataclass
class Fetcher:
    """One polite, checked HTTP client: robots.txt per host, a delay per host, every redirect hop checked."""

    settings: Settings
    client: httpx.Client
    allow: set[str] = field(default_factory=set)
    robots: dict[str, RobotFileParser | None] = field(default_factory=dict)
    last: dict[str, float] = field(default_factory=dict)

    def _wait(self, host: str, robots: RobotFileParser | None) -> None:
        delay = max(self.settings.crawl_delay, float((robots.crawl_delay(USER_AGENT) if robots else None) or 0))
        pause = self.last.get(host, 0.0) + delay - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        self.last[host] = time.monotonic()

    def get(self, url: str, headers: dict[str, str] | None = None) -> httpx.Response:
        """GET with redirects followed by hand (each hop checked); Refused or httpx.HTTPError."""
        for _ in range(MAX_REDIRECTS + 1):
            check_url(url, self.allow)
            self._wait(urlsplit(url).netloc, self.robots.get(urlsplit(url).netloc))
            response = self.client.get(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
            if response.status_code in (301, 302, 303, 307, 308) and "location" in response.headers:
                url = urljoin(url, response.headers["location"])
                continue
            return response
        raise Refused(f"{url}: more than {MAX_REDIRECTS} redirects")

    def may_fetch(self, url: str) -> bool:
        netloc = urlsplit(url).netloc
        if netloc not in self.robots:
            self.robots[netloc] = self._robots(f"{urlsplit(url).scheme}://{netloc}/robots.txt")
        robots = self.robots[netloc]
        return robots is not None and robots.can_fetch(USER_AGENT, url)

    def _robots(self, url: str) -> RobotFileParser | None:
        """The host's rules; allow-all when it has none (4xx), None (fetch nothing) when it cannot be read (5xx)."""
        parser = RobotFileParser(url)
        try:
            response = self.get(url)
        except (httpx.HTTPError, Refused):
            return None
        if response.status_code >= 500:
            return None
        parser.parse(response.text.splitlines() if response.status_code == 200 else [])
        return parser


def sitemap_urls(text: str, base: str) -> tuple[list[str], list[str]]:
    """(page URLs, nested sitemap URLs) of a sitemap or sitemap index; BadInput when it is not one."""
    try:
        root = ElementTree.fromstring(text.encode("utf-8"))
    except ElementTree.ParseError as exc:
        raise BadInput(f"{base}: not a sitemap ({exc})") from None
    locs = [urljoin(base, (e.text or "").strip()) for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "loc" and e.text]
    return ([], locs) if root.tag.rsplit("}", 1)[-1] == "sitemapindex" else (locs, [])


def file_name(url: str) -> str:
    parts = urlsplit(url)
    slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{parts.hostname}{parts.path}").strip("-")[:80]
    return f"{slug}-{hashlib.sha256(url.encode()).hexdigest()[:8]}.html"


def load_state(settings: Settings) -> dict[str, Page]:
    try:
        data = json.loads((settings.data_dir / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {url: Page(**page) for url, page in data.get("pages", {}).items()}


def save_state(settings: Settings, sources: list[str], pages: dict[str, Page]) -> None:
    path = settings.data_dir / STATE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(
        json.dumps({"sources": sources, "pages": {u: asdict(p) for u, p in pages.items()}}, indent=1), encoding="utf-8"
    )
    tmp.replace(path)


def expand(fetcher: Fetcher, sources: list[str]) -> tuple[list[str], dict[str, Page]]:
    """The page URLs the sources name (sitemaps expanded); sources that failed as pages with their reason."""
    pages: list[str] = []
    failed: dict[str, Page] = {}
    for source in sources:
        if not re.search(r"sitemap[^/]*\.xml$|\.xml$", urlsplit(source).path):
            pages.append(source)
            continue
        todo = [source]
        for depth, sitemap in enumerate(todo):
            try:
                response = fetcher.get(sitemap)
                response.raise_for_status()
                found, nested = sitemap_urls(response.text, sitemap)
            except (Refused, httpx.HTTPError, BadInput) as exc:
                status = "refused" if isinstance(exc, Refused) else "broken"
                failed[sitemap] = Page(sitemap, status=status, reason=str(exc))
                continue
            pages += found
            todo += nested if depth == 0 else []
    return list(dict.fromkeys(pages)), failed


def visit(fetcher: Fetcher, page: Page, folder: Path) -> Page:
    """Fetch one page and write it when its main content changed; the page's new state."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        check_url(page.url, fetcher.allow)
    except Refused as exc:
        return Page(**{**asdict(page), "status": "refused", "reason": str(exc), "checked": now})
    if not fetcher.may_fetch(page.url):
        return Page(**{**asdict(page), "status": "blocked", "reason": "robots.txt does not allow it", "checked": now})
    conditional = {k: v for k, v in (("If-None-Match", page.etag), ("If-Modified-Since", page.last_modified)) if v}
    try:
        response = fetcher.get(page.url, conditional if page.hash else None)
    except Refused as exc:
        return Page(**{**asdict(page), "status": "refused", "reason": str(exc), "checked": now})
    except httpx.HTTPError as exc:
        reason = f"{exc.__class__.__name__}: {exc}"
        return Page(**{**asdict(page), "status": "broken", "reason": reason, "checked": now})
    if response.status_code == 304:
        return Page(**{**asdict(page), "status": "unchanged", "reason": "", "checked": now})
    if response.status_code in (404, 410):
        return Page(**{**asdict(page), "status": "removed", "reason": f"HTTP {response.status_code}", "checked": now})
    if response.status_code != 200 or len(response.content) > MAX_BYTES:
        reason = f"HTTP {response.status_code}" if response.status_code != 200 else "the page is over 5 MB"
        return Page(**{**asdict(page), "status": "broken", "reason": reason, "checked": now})
    _, text = load_html(response.content)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    name = page.file or file_name(page.url)
    status = "unchanged" if digest == page.hash and (folder / name).is_file() else ("changed" if page.hash else "new")
    if status != "unchanged":
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{name}.tmp"
        tmp.write_bytes(response.content)
        tmp.replace(folder / name)
    return Page(
        page.url,
        name,
        digest,
        response.headers.get("etag", ""),
        response.headers.get("last-modified", ""),
        status,
        "",
        now,
    )


def crawl(settings: Settings, sources: list[str], client: httpx.Client | None = None) -> CrawlReport:
    """Bring ``corpus_dir/website/`` in line with the pages ``sources`` (sitemaps or page URLs) name now."""
    sources = [s.strip() for s in sources if s.strip()]
    if not sources:
        raise BadInput("Give a sitemap URL or page URLs to keep in sync.")
    folder = settings.corpus_dir / FOLDER
    before = load_state(settings)
    with client or httpx.Client(timeout=TIMEOUT, follow_redirects=False) as http:
        fetcher = Fetcher(settings, http, allowed_hosts(settings))
        urls, failed = expand(fetcher, sources)
        report = CrawlReport(dict(failed))
        for url in urls:
            report.pages[url] = visit(fetcher, before.get(url, Page(url)), folder)
    expanded_ok = not any(p.status == "broken" for p in failed.values())
    for url, old in before.items():  # gone from the sitemap (only when every sitemap was read)
        if url not in report.pages and expanded_ok and old.file:
            report.pages[url] = Page(**{**asdict(old), "status": "removed", "reason": "no longer listed"})
    for page in report.pages.values():
        if page.status == "removed" and page.file:
            (folder / page.file).unlink(missing_ok=True)
    kept = {u: p for u, p in report.pages.items() if p.status != "removed"}
    save_state(settings, sources, kept)
    return report
