"""Runs `python app.py` as a real uvicorn server on a free 127.0.0.1 port, for the web tests.

Not a test module: test_app_api.py and test_app_browser.py import it. Each
server gets its settings through CAREERBOT_* variables, exactly as a deployment
would, and its own SQLite feedback file so a test can read what was stored.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from services import free_port

REPO = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass
class AppServer:
    url: str
    proc: subprocess.Popen
    log: Path
    feedback_db: Path

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


def start_app(
    data_dir: Path, workdir: Path, *, wait: bool = True, ready_timeout: float = 180.0, **settings: str
) -> AppServer:
    """Start app.py with CAREERBOT_<KEY>=value for each setting; return once /healthz says ready
    (``wait=False``: once it listens, model maybe still loading)."""
    port = free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    feedback_db = workdir / "feedback.db"
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "ANONYMIZED_TELEMETRY": "False",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "CAREERBOT_DATA_DIR": str(data_dir),
        "CAREERBOT_CORPUS_DIR": str(REPO / "corpus"),
        "CAREERBOT_HOST": "127.0.0.1",
        "CAREERBOT_PORT": str(port),
        "CAREERBOT_FEEDBACK_URL": f"sqlite:///{feedback_db}",
        "CAREERBOT_ENGINE": "extractive",
    }
    env.update({f"CAREERBOT_{k.upper()}": v for k, v in settings.items()})
    log = workdir / "server.log"
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "app.py")], cwd=REPO, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    server = AppServer(f"http://127.0.0.1:{port}", proc, log, feedback_db)
    try:
        wait_ready(server, ready_timeout) if wait else wait_listening(server, ready_timeout)
    except BaseException:
        server.stop()
        raise
    return server


def wait_ready(server: AppServer, timeout: float) -> None:
    wait_healthy(server.url, server.proc, server.log, timeout)


def wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float) -> None:
    """Until GET url/healthz answers 200; fails with the log's tail when ``proc`` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args} exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{url}/healthz", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} not ready within {timeout} s:\n{log.read_text()[-3000:]}")


def wait_listening(server: AppServer, timeout: float = 120.0) -> None:
    """Wait until the server answers HTTP at all (ready or still loading)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{server.url}/healthz", timeout=5)
            return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise TimeoutError(f"{server.url} did not start listening within {timeout} s")
