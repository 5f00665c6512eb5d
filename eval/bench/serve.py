"""Serving benchmark: 16 concurrent chat sessions against the real web app over HTTP on 127.0.0.1.

Owns starting ``python app.py`` (uvicorn) in a subprocess on a free port with
CAREERBOT_* settings (the benchmark's index, one engine, a rate limit high
enough not to interfere, its own feedback file), waiting for /healthz to say
ready, timing a few requests alone (the service time of one request), then
firing ``sessions`` sessions at once, each sending ``per_session`` messages
to POST /api/chat in turn with its growing history. Reports errors
(non-200 or no answer), p50/p95 latency, throughput, fallbacks (answers the
chain had to give extractively), timeouts (those of them caused by the
generation timeout, which also counts the wait for the model) and fairness.

``page_load_test`` does the same through the Gradio chat page, as a browser
does (``gradio_client``: one client per session, the page's /respond event,
the page's own history): each turn's time to the first answer text in the
bubble and to its end, errors (a client timeout counts), turns per second.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from eval.bench.stats import dist, fairness, ratio

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    proc: subprocess.Popen
    log: Path
    ready_s: float = 0.0

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


def start_server(data_dir: Path, workdir: Path, engine: str, extra: dict[str, str], timeout: float = 300) -> Server:
    """``python app.py`` on a free port; returns once /healthz answers 200 (``ready_s`` = how long that took)."""
    import httpx

    port = free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    env = (
        os.environ
        | {
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "ANONYMIZED_TELEMETRY": "False",
            "GRADIO_ANALYTICS_ENABLED": "False",
            "CAREERBOT_DATA_DIR": str(data_dir),
            "CAREERBOT_HOST": "127.0.0.1",
            "CAREERBOT_PORT": str(port),
            "CAREERBOT_ENGINE": engine,
            "CAREERBOT_RATE_LIMIT": "100000/minute",
            "CAREERBOT_LOG_LEVEL": "WARNING",
            "CAREERBOT_FEEDBACK_URL": f"sqlite:///{workdir / 'feedback.db'}",
        }
        | extra
    )
    log = workdir / f"server-{engine}.log"
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "app.py")], cwd=REPO, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    server = Server(f"http://127.0.0.1:{port}", proc, log)
    deadline = start + timeout
    while time.perf_counter() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"app.py exited with {proc.returncode}: {log.read_text()[-1500:]}")
        try:
            if httpx.get(f"{server.url}/healthz", timeout=5).status_code == 200:
                server.ready_s = round(time.perf_counter() - start, 2)
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    server.stop()
    raise TimeoutError(f"app.py on port {port} not ready within {timeout:.0f} s: {log.read_text()[-1500:]}")


@dataclass
class Result:
    session: int
    start: float
    end: float
    ok: bool
    status: int
    error: str = ""
    fallback: str | None = None

    @property
    def ms(self) -> float:
        return (self.end - self.start) * 1000


def ask(client, url: str, session: int, message: str, history: list[dict], timeout: float) -> tuple[Result, str]:
    start = time.perf_counter()
    try:
        resp = client.post(
            f"{url}/api/chat",
            json={"message": message, "history": history, "session_id": f"bench-{session}"},
            timeout=timeout,
        )
        body = resp.json() if resp.headers.get("content-type", "").startswith("application/json") else {}
        ok = resp.status_code == 200 and isinstance(body.get("answer"), str)
        err = "" if ok else f"{resp.status_code}: {str(body.get('error', resp.text))[:200]}"
        return Result(session, start, time.perf_counter(), ok, resp.status_code, err, body.get("fallback")), body.get(
            "answer", ""
        )
    except Exception as exc:  # a refused connection, a timeout: all count as errors of the run
        return Result(session, start, time.perf_counter(), False, 0, f"{type(exc).__name__}: {exc}"), ""


def session(
    url: str, sid: int, messages: Sequence[str], barrier: threading.Barrier, out: list[Result], timeout: float, bar
) -> None:
    import httpx

    history: list[dict] = []
    with httpx.Client() as client:
        barrier.wait()
        for message in messages:
            result, answer = ask(client, url, sid, message, history, timeout)
            out.append(result)
            bar.update()
            history += [{"role": "user", "content": message}, {"role": "assistant", "content": answer or "(no answer)"}]


def load_test(url: str, questions: Sequence[str], sessions: int, per_session: int, timeout: float, label: str) -> dict:
    import httpx

    with httpx.Client() as client:
        ask(client, url, -1, questions[0], [], timeout)  # warm-up
        solo = [ask(client, url, -1, q, [], timeout)[0] for q in questions[1:4]]
    results: list[Result] = []
    barrier = threading.Barrier(sessions)
    bar = tqdm(total=sessions * per_session, desc=f"serving ({label}): {sessions} sessions", unit="request")
    threads = [
        threading.Thread(
            target=session,
            args=(
                url,
                s,
                [questions[(s * per_session + i) % len(questions)] for i in range(per_session)],
                barrier,
                results,
                timeout,
                bar,
            ),
        )
        for s in range(sessions)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    bar.close()
    return summarise(results, solo, sessions, per_session)


def summarise(results: Sequence[Result], solo: Sequence[Result], sessions: int, per_session: int) -> dict:
    ok = [r for r in results if r.ok]
    wall = max(r.end for r in results) - min(r.start for r in results) if results else 0.0
    solo_p50 = dist([r.ms for r in solo if r.ok])["p50"]
    by_session = {str(s): [r.ms for r in ok if r.session == s] for s in range(sessions)}
    return {
        "sessions": sessions,
        "per_session": per_session,
        "requests": len(results),
        "errors": len(results) - len(ok),
        "error_samples": sorted({r.error for r in results if not r.ok})[:5],
        "fallbacks": sum(1 for r in ok if r.fallback),
        "fallback_samples": sorted({r.fallback for r in ok if r.fallback})[:3],
        "timeouts": sum(1 for r in ok if r.fallback and "timeout" in r.fallback),
        "busy": sum(
            1 for r in ok if r.fallback and "busy" in r.fallback
        ),  # answered at once: the model's queue passed max_wait
        "latency_ms": dist([r.ms for r in ok], 1),
        "solo_ms": dist([r.ms for r in solo if r.ok], 1),
        "wall_s": round(wall, 2),
        "throughput_rps": ratio(len(ok), wall),
        "fairness": fairness(by_session, solo_p50),
        "session_mean_ms": {s: round(sum(v) / len(v), 1) if v else None for s, v in by_session.items()},
    }


def run(
    data_dir: Path,
    workdir: Path,
    questions: Sequence[str],
    engine: str,
    *,
    sessions: int,
    per_session: int,
    extra: dict[str, str] | None = None,
    timeout: float = 600,
) -> dict:
    server = start_server(data_dir, workdir, engine, extra or {})
    try:
        return {
            "engine": engine,
            "server_ready_s": server.ready_s,
            **load_test(server.url, questions, sessions, per_session, timeout, engine),
        }
    finally:
        server.stop()


@dataclass
class PageTurn:
    session: int
    start: float
    end: float
    first: float | None = None  # when the bubble first held answer text
    error: str = ""


def bubble_text(display: object) -> str:
    """The last answer bubble's text as the page shows it ('' while it is empty, a note or an error)."""
    last = display[-1] if isinstance(display, list) and display else None
    if not isinstance(last, dict) or last.get("role") != "assistant":
        return ""
    content = last.get("content")
    parts = content if isinstance(content, list) else [content]
    html = "".join(p.get("text", "") if isinstance(p, dict) else str(p or "") for p in parts)
    return "" if 'class="note' in html else re.sub(r"<[^>]+>", "", html).strip()


def page_turn(client, sid: int, question: str, timeout: float, poll: float = 0.05) -> PageTurn:
    """One question on the page: submit, watch the streamed updates (polling, so 50 clients do not spin), end."""
    turn = PageTurn(sid, time.perf_counter(), 0.0)
    try:
        job = client.submit(question, api_name="/respond")
        seen = 0
        while True:
            done = job.done()
            outputs = job.outputs()
            for out in outputs[seen:]:
                if turn.first is None and bubble_text(out[0] if isinstance(out, (list, tuple)) else out):
                    turn.first = time.perf_counter()
            seen = len(outputs)
            if done:
                break
            if time.perf_counter() - turn.start > timeout:
                raise TimeoutError(f"no answer within {timeout:.0f} s")
            time.sleep(poll)
        job.result()  # raises what the page call raised
        if turn.first is None:
            turn.error = "the bubble never held answer text"
    except Exception as exc:  # a refused connection, a client timeout: all count as errors of the run
        turn.error = f"{type(exc).__name__}: {exc}"[:200]
    turn.end = time.perf_counter()
    return turn


def page_session(
    url: str,
    sid: int,
    messages: Sequence[str],
    barrier: threading.Barrier,
    out: list[PageTurn],
    opens: list[float],
    timeout: float,
) -> None:
    """One student: open the page (the client fetches its config), then ask ``messages`` in turn. Plain http on
    loopback, so no CA bundle: otherwise gradio_client loads one for every request, more CPU than the server uses;
    ``timeout`` for every request, as the API sessions have (gradio_client's own default is 5 s)."""
    from gradio_client import Client

    barrier.wait()
    start = time.perf_counter()
    try:
        client = Client(url, verbose=False, download_files=False, ssl_verify=False, httpx_kwargs={"timeout": timeout})
    except Exception as exc:  # the page did not even open: every turn of this session is lost
        error = f"connect: {type(exc).__name__}: {exc}"[:200]
        out.extend(PageTurn(sid, start, time.perf_counter(), None, error) for _ in messages)
        return
    opens.append(time.perf_counter() - start)
    try:
        for message in messages:
            out.append(page_turn(client, sid, message, timeout))
    finally:
        client.close()


def page_load_test(url: str, questions: Sequence[str], sessions: int, per_session: int, timeout: float = 120) -> dict:
    """``sessions`` page sessions at once, ``per_session`` questions each; see ``summarise_page``."""
    turns: list[PageTurn] = []
    opens: list[float] = []
    barrier = threading.Barrier(sessions)
    asks = [[questions[(s * per_session + i) % len(questions)] for i in range(per_session)] for s in range(sessions)]
    threads = [
        threading.Thread(target=page_session, args=(url, s, asks[s], barrier, turns, opens, timeout))
        for s in range(sessions)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return summarise_page(turns, opens, sessions, per_session)


def summarise_page(turns: Sequence[PageTurn], opens: Sequence[float], sessions: int, per_session: int) -> dict:
    """Errors (any turn without its answer), time to open the page, to the first answer text and to the end of each
    turn (ms), and turns answered per second of the whole run."""
    ok = [t for t in turns if not t.error]
    wall = max(t.end for t in turns) - min(t.start for t in turns) if turns else 0.0
    return {
        "sessions": sessions,
        "per_session": per_session,
        "turns": len(turns),
        "errors": len(turns) - len(ok),
        "error_samples": sorted({t.error for t in turns if t.error})[:5],
        "open_ms": dist([s * 1000 for s in opens], 1),
        "first_text_ms": dist([(t.first - t.start) * 1000 for t in ok if t.first is not None], 1),
        "total_ms": dist([(t.end - t.start) * 1000 for t in ok], 1),
        "wall_s": round(wall, 2),
        "turns_per_s": ratio(len(ok), wall),
        "load_avg": [round(x, 2) for x in os.getloadavg()],
    }


def run_page(
    data_dir: Path,
    workdir: Path,
    questions: Sequence[str],
    engine: str = "extractive",
    *,
    sessions: int = 50,
    per_session: int = 2,
    extra: dict[str, str] | None = None,
    timeout: float = 120,
) -> dict:
    server = start_server(data_dir, workdir, engine, extra or {})
    try:
        result = page_load_test(server.url, questions, sessions, per_session, timeout)
        return {"engine": engine, "server_ready_s": server.ready_s, **result}
    finally:
        server.stop()


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m eval.bench.serve --data-dir DIR`: the page test alone, on the golden first-turn questions (JSON)."""
    import argparse

    from eval.bench import answerable

    p = argparse.ArgumentParser(prog="python -m eval.bench.serve", description="The chat page's load test.")
    p.add_argument("--data-dir", type=Path, required=True, help="a data dir holding a built index (CAREERBOT_DATA_DIR)")
    p.add_argument("--engine", default="extractive")
    p.add_argument("--sessions", type=int, default=50)
    p.add_argument("--per-session", type=int, default=2)
    p.add_argument("--work", type=Path, default=Path("/tmp/careerbot-page-bench"), help="server log and feedback file")
    args = p.parse_args(argv)
    questions = [q for q, _, _ in answerable()]
    result = run_page(
        args.data_dir, args.work, questions, args.engine, sessions=args.sessions, per_session=args.per_session
    )
    result["cpus"] = os.cpu_count()
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
