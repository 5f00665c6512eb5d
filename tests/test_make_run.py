"""`make run`, the README's first command, end to end: it ingests into an empty data dir and serves the chat.

Runs the real Makefile target (install is a no-op once `make test` has
installed), with the extractive engine so that it is quick; the local model is
served in the browser test. A newcomer's question gets the cited salary answer,
and the page itself is served at /.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
from pathlib import Path

import httpx

from services import free_port
from web_server import wait_healthy

REPO = Path(__file__).resolve().parent.parent


def test_make_run_ingests_and_serves_the_chat(tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "make-run.log"
    env = os.environ | {
        "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False", "GRADIO_ANALYTICS_ENABLED": "False",
        "CAREERBOT_DATA_DIR": str(tmp_path / "data"), "CAREERBOT_PORT": str(port), "CAREERBOT_ENGINE": "extractive",
    }
    with log.open("w") as out:
        proc = subprocess.Popen(["make", "run"], cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, log, timeout=300)
        answer = httpx.post(f"{url}/api/chat", json={"message": "What does Meta pay AI research scientists?"}, timeout=60).json()
        page = httpx.get(url, timeout=30)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)

    assert re.search(r"chunks: (\d+), added: \1, unchanged: 0", log.read_text())  # the empty data dir was ingested first
    assert "$177,730" in answer["answer"] and not answer["refused"]
    assert any("AI Research Scientist Salaries at Top Companies" in c["section"] for c in answer["citations"])
    assert page.status_code == 200 and "careerbot" in page.text.lower()
