"""Documents as a careers office manages them: the corpus folder, uploads, deletes, re-index, rollback, status.

Owns the managed corpus folder (``settings.corpus_dir``) and the one re-index at a time. An upload is written to a
temporary file in a hidden folder of the corpus (ingest skips hidden paths), checked (it must load, through the
injected ``check``: ``python -m ingest inspect`` in a subprocess by default, since bot never imports ingest), then
moved into place with one rename: a bad file changes nothing. Re-index runs ``python -m ingest`` in a subprocess
from a background thread (a crash or a kill there cannot take the web process with it; the index it builds goes
live atomically, bot/retrieval/store.py), one at a time; a change made while one runs queues one more run. Each
document's status: queued (changed, waiting for a re-index), reading, embedding, live, failed (with the reason),
and what careerbot read from it (from the live version's manifest). Every change is written to the audit log.

Shortcut: the job state lives in this process; with several replicas, run uploads through one of them.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.errors import BadInput, CareerbotError, Unreadable

Check = Callable[[Path], dict]  # a file -> what careerbot reads from it; raises Unreadable with the reason
Reindex = Callable[[Callable[[str, int, int], None]], str]  # on_stage -> one-line summary; raises CareerbotError
UPLOADS = ".uploads"
LAST_RUN = "ingest-last.json"
SETTINGS_ENV = (
    "data_dir",
    "corpus_dir",
    "chroma_url",
    "collection",
    "chunk_size",
    "chunk_overlap",
    "log_level",
    "crawl_allow",
    "crawl_delay",
)
CRAWL_STATE = "crawl.json"  # written by ingest/crawl.py: the website's sources and each page's status


def ingest_env(settings: Settings) -> dict[str, str]:
    """The environment a ``python -m ingest`` subprocess needs to work on the same index as ``settings``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERBOT_")}
    for name in SETTINGS_ENV:
        value = getattr(settings, name)
        if value is not None:
            env[f"CAREERBOT_{name.upper()}"] = str(Path(value).resolve()) if isinstance(value, Path) else str(value)
    return env | {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}


def _ingest_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "ingest", *args]


def subprocess_check(settings: Settings) -> Check:
    """Check a file with ``python -m ingest inspect --json`` (bot never imports ingest)."""

    def check(path: Path) -> dict:
        done = subprocess.run(
            _ingest_cmd("inspect", "--json", str(path)),
            capture_output=True,
            text=True,
            timeout=300,
            env=ingest_env(settings),
            cwd=Path(__file__).resolve().parents[2],
        )
        if done.returncode != 0:
            raise Unreadable(done.stderr.strip().removeprefix("error: ") or "the file could not be read")
        return json.loads(done.stdout)

    return check


def subprocess_reindex(settings: Settings) -> Reindex:
    """Re-index with ``python -m ingest --progress-json``: stages are read from its stderr as they happen."""

    def reindex(on_stage: Callable[[str, int, int], None]) -> str:
        proc = subprocess.Popen(
            _ingest_cmd("--quiet", "--progress-json"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=ingest_env(settings),
            cwd=Path(__file__).resolve().parents[2],
        )
        errors: list[str] = []
        for line in proc.stderr:  # type: ignore[union-attr]
            try:
                event = json.loads(line)
                on_stage(event["stage"], int(event["done"]), int(event["total"]))
            except (ValueError, KeyError, TypeError):
                errors.append(line.strip())
        out = proc.stdout.read() if proc.stdout else ""  # type: ignore[union-attr]
        if proc.wait() != 0:
            raise CareerbotError(
                next((e.removeprefix("error: ") for e in errors if e.startswith("error:")), "")
                or f"the re-index stopped (exit code {proc.returncode})"
            )
        return out.strip()

    return reindex


def subprocess_crawl(settings: Settings, urls: list[str]) -> Reindex:
    """Sync the website with ``python -m ingest crawl URL...`` (which re-indexes after it)."""

    def run(on_stage: Callable[[str, int, int], None]) -> str:
        on_stage("reading", 0, len(urls))
        done = subprocess.run(
            _ingest_cmd("crawl", *urls),
            capture_output=True,
            text=True,
            timeout=3600,
            env=ingest_env(settings),
            cwd=Path(__file__).resolve().parents[2],
        )
        if done.returncode != 0:
            lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
            raise CareerbotError(
                (lines[-1].removeprefix("error: ") if lines else "")
                or f"the website sync stopped (exit code {done.returncode})"
            )
        return "; ".join(done.stdout.strip().splitlines()[-2:])

    return run


@dataclass
class Job:
    """The re-index: idle, queued, reading, embedding (chunks), lines (line vectors), live (done) or failed."""

    stage: str = "idle"
    done: int = 0
    total: int = 0
    error: str = ""
    summary: str = ""
    started: float = 0.0
    finished: float = 0.0
    again: bool = False
    runs: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "done": self.done,
            "total": self.total,
            "error": self.error,
            "summary": self.summary,
            "running": self.stage in ("queued", "reading", "embedding", "lines") or self.again,
            "runs": self.runs,
        }


def safe_name(name: str) -> str:
    """A plain file name for the corpus folder, or BadInput saying why not."""
    name = (name or "").strip()
    if not name:
        raise BadInput("The file has no name.")
    if "/" in name or "\\" in name or "\x00" in name:
        raise BadInput(f"{name!r}: a file name may not contain a path (no / or \\); upload the file itself.")
    if name.startswith(".") or name in ("..", ".") or len(name) > 200:
        raise BadInput(f"{name!r}: a file name may not start with a dot or be over 200 characters.")
    if name.lower() in ("readme.md", "readme.txt"):
        raise BadInput(f"{name!r}: README files are instructions for people and are not read; rename it.")
    return name


@dataclass
class DocumentOffice:
    """The documents of one careerbot: list, add/replace, delete, rollback, re-index in the background."""

    settings: Settings
    store: Any = None  # bot.office.feedback.FeedbackStore: the audit log (None: no audit, e.g. a test of the folder)
    check: Check | None = None
    reindex: Reindex | None = None
    rollback_index: Callable[[], Any] | None = None
    job: Job = field(default_factory=Job)

    def __post_init__(self) -> None:
        self.check = self.check or subprocess_check(self.settings)
        self.reindex = self.reindex or subprocess_reindex(self.settings)
        if self.rollback_index is None:
            from bot.retrieval.store import roll_back

            self.rollback_index = lambda: roll_back(self.settings)
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def folder(self) -> Path:
        return self.settings.corpus_dir

    def _audit(self, who: str, action: str, document: str, detail: str = "") -> None:
        if self.store is not None:
            self.store.audit(who, action, document, detail)

    def add(self, name: str, data: bytes, who: str) -> dict:
        """Add or replace one document (checked before it goes in); returns what careerbot read from it."""
        name = safe_name(name)
        if not data:
            raise BadInput(f"{name}: the file is empty (0 bytes).")
        limit = self.settings.max_upload_mb * 1024 * 1024
        if len(data) > limit:
            raise BadInput(
                f"{name}: the file is {len(data) / 1048576:.1f} MB, over the {self.settings.max_upload_mb} MB limit."
            )
        staging = self.folder / UPLOADS / str(time.monotonic_ns())  # the file keeps its own name while checked
        staging.mkdir(parents=True, exist_ok=True)
        tmp = staging / name
        try:
            tmp.write_bytes(data)
            try:
                report = self.check(tmp)  # type: ignore[misc]
            except Unreadable as exc:
                raise BadInput(f"{name}: {exc}") from None
            target = self.folder / name
            replaced = target.exists()
            tmp.replace(target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            with suppress(OSError):  # another upload may be staging there
                staging.parent.rmdir()
        self._audit(
            who,
            "replace" if replaced else "add",
            name,
            f"{len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()[:16]}",
        )
        return report

    def delete(self, name: str, who: str) -> None:
        name = safe_name(name)
        path = self.folder / name
        if not path.is_file():
            raise BadInput(f"{name}: there is no such document.")
        path.unlink()
        self._audit(who, "delete", name)

    def rollback(self, who: str) -> str:
        """Make the previous index version live again; returns its version id."""
        back = self.rollback_index()  # type: ignore[misc]
        self._audit(who, "rollback", "(index)", f"live version is now {back.version or 'the original index'}")
        return back.version

    # --- re-index in the background ------------------------------------------------------------------------------

    def start_reindex(self, who: str = "", runner: Reindex | None = None) -> Job:
        """Start a re-index (or ``runner``) in a background thread, or queue one more re-index after the running one."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                self.job.again = True
                return self.job
            self.job = Job(stage="queued", started=time.time(), runs=self.job.runs)
            self._thread = threading.Thread(target=self._run, args=(runner,), name="careerbot-reindex", daemon=True)
            self._thread.start()
        if who:
            self._audit(who, "reindex", "(index)")
        return self.job

    def _stage(self, stage: str, done: int, total: int) -> None:
        self.job.stage, self.job.done, self.job.total = stage, done, total

    def _run(self, runner: Reindex | None = None) -> None:
        while True:
            try:
                self.job.summary = (runner or self.reindex)(self._stage)  # type: ignore[misc]
                runner = None
                self.job.stage = "live"
            except CareerbotError as exc:
                self.job.stage, self.job.error = "failed", str(exc)
            except Exception as exc:  # noqa: BLE001 - shown on the page, never kills the web process
                self.job.stage, self.job.error = "failed", f"{exc.__class__.__name__}: {exc}"
            self.job.finished, self.job.runs = time.time(), self.job.runs + 1
            with self._lock:
                if not self.job.again:
                    return
                self.job = Job(stage="queued", started=time.time(), runs=self.job.runs)

    def wait(self, timeout: float = 600.0) -> Job:
        """Block until no re-index runs (tests, the CLI)."""
        deadline = time.monotonic() + timeout
        while self._thread is not None and self._thread.is_alive() and time.monotonic() < deadline:
            self._thread.join(0.1)
        return self.job

    # --- what there is ----------------------------------------------------------------------------------------

    def _live(self) -> tuple[Any, str]:
        from bot.retrieval.store import read_pointer

        try:
            return read_pointer(self.settings), ""
        except CareerbotError as exc:
            return None, str(exc)

    def _failed(self) -> dict[str, str]:
        try:
            return json.loads((self.settings.data_dir / LAST_RUN).read_text(encoding="utf-8")).get("failed", {})
        except (OSError, ValueError):
            return {}

    def source_of(self, name: str) -> str:
        return f"{self.folder.resolve().name}/{name}"

    def listing(self) -> list[dict[str, Any]]:
        """Every document in the folder with its status and what careerbot read from it (live ones)."""
        live, _ = self._live()
        manifest = live.manifest if live is not None else {}
        failed = self._failed()
        running = self.job.to_json()["running"]
        out = []
        for path in sorted(p for p in self.folder.glob("*") if p.is_file() and not p.name.startswith(".")):
            if path.name.lower() in ("readme.md", "readme.txt") or path.name.endswith(".meta.yaml"):
                continue
            source = self.source_of(path.name)
            read = manifest.get(source)
            digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
            if read is not None and read.get("hash") == digest:
                status, reason = "live", ""
            elif source in failed:
                status, reason = "failed", failed[source]
            else:
                status, reason = (self.job.stage if running else "queued"), ""
            out.append(
                {
                    "name": path.name,
                    "size": path.stat().st_size,
                    "status": status,
                    "reason": reason,
                    "read": read if status == "live" else None,
                }
            )
        return out

    def start_crawl(self, urls: list[str], who: str) -> Job:
        """Sync the website (sitemaps or pages) in the background; the crawl re-indexes after it."""
        urls = [u.strip() for u in urls if u.strip()][:200]
        if not urls or not all(u.lower().startswith(("http://", "https://")) for u in urls):
            raise BadInput("Give a sitemap URL or page URLs, each starting with http:// or https://.")
        if self.job.to_json()["running"]:
            raise BadInput("A re-index is running; sync the website when it has finished.")
        self._audit(who, "website sync", ", ".join(urls)[:500])
        return self.start_reindex(runner=subprocess_crawl(self.settings, urls))

    def website(self) -> dict[str, Any]:
        """The website's sources and each page's status from the last sync (ingest/crawl.py's state file)."""
        try:
            data = json.loads((self.settings.data_dir / CRAWL_STATE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        pages = [
            {k: p.get(k, "") for k in ("url", "status", "reason", "checked")} for p in data.get("pages", {}).values()
        ]
        return {"sources": data.get("sources", []), "pages": pages}

    def versions(self) -> dict[str, Any]:
        live, error = self._live()
        if live is None:
            return {"live": None, "previous": None, "built": "", "error": error}
        return {"live": live.version, "previous": live.previous, "built": live.built, "error": ""}

    def preview(self, name: str, limit: int = 200) -> list[dict[str, str]]:
        """The live chunks of one document, as careerbot cites them (title, section, text)."""
        from bot.retrieval.store import open_live

        name = safe_name(name)
        _, collection = open_live(self.settings)
        got = collection.get(where={"source": self.source_of(name)}, include=["documents", "metadatas"], limit=limit)
        rows = sorted(zip(got["documents"], got["metadatas"]), key=lambda r: int((r[1] or {}).get("position", 0)))
        return [
            {"title": str(m.get("title", "")), "section": str(m.get("section", "")), "text": d or ""} for d, m in rows
        ]
