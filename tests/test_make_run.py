"""`make run`, the README's first command, end to end: it ingests into an empty data dir and serves the chat.

Runs the real Makefile target (install is a no-op once `make test` has
installed), with the extractive engine so that it is quick; the local model is
served in the browser test. A newcomer's question gets the cited salary answer,
and the page itself is served at /. Once loading ends, the terminal says which URL to open.
"""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
from pathlib import Path

import httpx
import pytest
from services import free_port
from web_server import wait_healthy

from bot.errors import ModelUnavailable
from bot.web.warmup import WarmUp, announce_when_ready, browser_url

REPO = Path(__file__).resolve().parent.parent


def test_make_run_ingests_and_serves_the_chat(tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "make-run.log"
    env = os.environ | {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "ANONYMIZED_TELEMETRY": "False",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "CAREERBOT_DATA_DIR": str(tmp_path / "data"),
        "CAREERBOT_PORT": str(port),
        "CAREERBOT_ENGINE": "extractive",
    }
    with log.open("w") as out:
        proc = subprocess.Popen(
            ["make", "run"], cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, log, timeout=300)
        answer = httpx.post(
            f"{url}/api/chat", json={"message": "What does Meta pay AI research scientists?"}, timeout=60
        ).json()
        page = httpx.get(url, timeout=30)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)

    said = log.read_text()
    assert re.search(r"chunks: (\d+), added: \1, unchanged: 0", said)  # the empty data dir was ingested first
    assert f"careerbot is ready: open {url}" in said  # the terminal says where to go once it can answer
    assert "$177,730" in answer["answer"] and not answer["refused"]
    assert any("AI Research Scientist Salaries at Top Companies" in c["section"] for c in answer["citations"])
    assert page.status_code == 200 and "careerbot" in page.text.lower()


class _Runtime:
    def __init__(self, error: Exception | None) -> None:
        self.error = error

    def warm_up(self, progress) -> None:
        progress(0.5, "converting")
        if self.error:
            raise self.error


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (None, "careerbot is ready: open http://127.0.0.1:7860"),
        (
            ModelUnavailable("Model part 3 of 6 is missing: run `pip install x`"),
            "careerbot is up at http://127.0.0.1:7860 but cannot answer yet: Model part 3 of 6 is missing: "
            "run `pip install x`",
        ),
    ],
)
def test_the_terminal_gets_the_url_once_loading_ends_or_the_reason_it_failed(error, expected) -> None:
    warmup, out = WarmUp(_Runtime(error)), io.StringIO()
    thread = announce_when_ready(warmup, browser_url("0.0.0.0", 7860), out)
    assert out.getvalue() == ""  # nothing before loading has ended
    warmup.start()
    thread.join(timeout=10)
    assert out.getvalue().strip() == expected
