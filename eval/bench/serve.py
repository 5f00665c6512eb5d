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

``first_text_test`` does it over the SSE API (POST /api/chat/stream), as the
widget does, for 1, 8 and 16 students at once (issue 27): each question's time
to its first ``token`` event (the first text on screen: the evidence's, before
any model), to the model's first verified unit when the model added one (the
first token opening a paragraph below the first text, in an answer whose
``engine`` is the model's), and to its ``final`` event; which questions woke
the model, what it added, and why it added nothing (the final ``outcome``'s
reason). The very first question after the server said ready is reported on
its own (``first_after_start_ms``).
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


@dataclass
class Streamed:
    """One question over the SSE API: when its first text, the model's first addition and its end arrived."""

    session: int
    start: float
    end: float = 0.0
    first: float | None = None  # the first token event: the first text on screen
    added: float | None = None  # the model's first verified unit, when the model added one
    engine: str = ""
    reason: str | None = None
    error: str = ""


NOT_MODELS = ("evidence", "scope", "none", "extractive")  # an answer's engine when no model text is in it


def ask_stream(client, url: str, sid: int, message: str, history: list[dict], timeout: float) -> tuple[Streamed, str]:
    """POST one question to /api/chat/stream and time its events; (timings, the final answer)."""
    turn, name, data, opens = Streamed(sid, time.perf_counter()), "message", [], []
    final: dict = {}
    try:
        body = {"message": message, "history": history, "session_id": f"bench-{sid}"}
        with client.stream("POST", f"{url}/api/chat/stream", json=body, timeout=timeout) as response:
            if response.status_code != 200:
                raise RuntimeError(f"{response.status_code}: {response.read()[:200]!r}")
            for line in response.iter_lines():
                if line.startswith("event:"):
                    name = line[6:].strip()
                elif line.startswith("data:"):
                    data.append(line[5:].strip())
                elif not line and data:
                    payload = json.loads("\n".join(data))
                    now = time.perf_counter()
                    if name == "token":
                        turn.first = turn.first or now
                        if turn.first != now and payload["text"].startswith("\n\n"):
                            opens.append(now)  # a paragraph below the first text
                    elif name == "final":
                        final = payload
                    elif name == "error":
                        raise RuntimeError(payload.get("error", "error event"))
                    name, data = "message", []
        turn.engine = str(final.get("engine", ""))
        turn.reason = (final.get("outcome") or {}).get("reason")
        if turn.engine not in NOT_MODELS and opens:  # the model's units come first below the first text
            turn.added = opens[0]
        if not final or turn.first is None:
            turn.error = "no final event" if not final else "no text"
    except Exception as exc:  # a refused connection, a timeout: all count as errors of the run
        turn.error = f"{type(exc).__name__}: {exc}"[:200]
    turn.end = time.perf_counter()
    return turn, str(final.get("answer", ""))


def stream_session(
    url: str, sid: int, messages: Sequence[str], barrier: threading.Barrier, out: list[Streamed], timeout: float
) -> None:
    import httpx

    history: list[dict] = []
    with httpx.Client() as client:
        barrier.wait()
        for message in messages:
            turn, answer = ask_stream(client, url, sid, message, history, timeout)
            out.append(turn)
            history += [{"role": "user", "content": message}, {"role": "assistant", "content": answer or "(none)"}]


def first_text_test(
    url: str, questions: Sequence[str], students: Sequence[int] = (1, 8, 16), per_session: int = 2, timeout=120
) -> dict:
    """For each number of students at once: the first text, the model's addition and the end of every question
    (see ``summarise_first_text``); the first question after start is timed on its own."""
    import httpx

    with httpx.Client() as client:
        first, _ = ask_stream(client, url, -1, questions[0], [], timeout)
    out: dict = {"first_after_start_ms": _ms(first.first, first), "first_after_start_error": first.error or None}
    for n in students:
        turns: list[Streamed] = []
        barrier = threading.Barrier(n)
        # one student asks 20 questions in turn (a history under the 50-turn limit); n students ask per_session each
        per = max(per_session, min(20, len(questions) - 1)) if n == 1 else per_session
        asks = [[questions[(s * per + i + 1) % len(questions)] for i in range(per)] for s in range(n)]
        threads = [
            threading.Thread(target=stream_session, args=(url, s, asks[s], barrier, turns, timeout)) for s in range(n)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        out[str(n)] = summarise_first_text(turns)
    return out


def _ms(at: float | None, turn: Streamed) -> float | None:
    return None if at is None else round((at - turn.start) * 1000, 1)


def summarise_first_text(turns: Sequence[Streamed]) -> dict:
    """First text (ms from the question), the model's addition (ms after the first text), the whole answer, and
    why the model added nothing, over every question answered."""
    ok = [t for t in turns if not t.error]
    asked = [t for t in ok if t.engine not in NOT_MODELS or t.reason]
    reasons: dict[str, int] = {}
    for t in asked:
        if t.added is None:
            reasons[t.reason or "repeat or nothing new"] = reasons.get(t.reason or "repeat or nothing new", 0) + 1
    return {
        "questions": len(turns),
        "errors": len(turns) - len(ok),
        "error_samples": sorted({t.error for t in turns if t.error})[:3],
        "first_text_ms": dist([_ms(t.first, t) for t in ok], 1),
        "model_asked": len(asked),
        "model_added": sum(1 for t in ok if t.added is not None),
        "model_added_nothing": reasons,
        "model_addition_after_first_text_ms": dist(
            [(t.added - t.first) * 1000 for t in ok if t.added is not None and t.first is not None], 1
        ),
        "total_ms": dist([(t.end - t.start) * 1000 for t in ok], 1),
        "load_avg": [round(x, 2) for x in os.getloadavg()],
    }


def run_first_text(
    data_dir: Path,
    workdir: Path,
    questions: Sequence[str],
    engine: str,
    *,
    students: Sequence[int] = (1, 8, 16),
    extra: dict[str, str] | None = None,
    timeout: float = 120,
) -> dict:
    """A fresh server for ``engine``, then ``first_text_test``; its start-to-ready time too."""
    server = start_server(data_dir, workdir, engine, extra or {})
    try:
        result = first_text_test(server.url, questions, students, timeout=timeout)
        return {"engine": engine, "server_ready_s": server.ready_s, **result}
    finally:
        server.stop()


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m eval.bench.serve --data-dir DIR`: the page test alone, on the golden first-turn questions (JSON);
    with --first-text, the SSE test of the first text instead (--students 1,8,16)."""
    import argparse

    from eval.bench import answerable

    p = argparse.ArgumentParser(prog="python -m eval.bench.serve", description="The chat page's load test.")
    p.add_argument("--data-dir", type=Path, required=True, help="a data dir holding a built index (CAREERBOT_DATA_DIR)")
    p.add_argument("--engine", default="extractive")
    p.add_argument("--sessions", type=int, default=50)
    p.add_argument("--per-session", type=int, default=2)
    p.add_argument("--work", type=Path, default=Path("/tmp/careerbot-page-bench"), help="server log and feedback file")
    p.add_argument("--first-text", action="store_true", help="the SSE first-text test instead of the page test")
    p.add_argument("--students", default="1,8,16", help="--first-text: students at once, e.g. 1,16")
    p.add_argument("--model-dir", help="CAREERBOT_MODEL_DIR for the server (the local engine's converted model)")
    args = p.parse_args(argv)
    questions = [q for q, _, _ in answerable()]
    extra = {"CAREERBOT_MODEL_DIR": args.model_dir} if args.model_dir else {}
    if args.first_text:
        students = tuple(int(n) for n in args.students.split(","))
        result = run_first_text(args.data_dir, args.work, questions, args.engine, students=students, extra=extra)
    else:
        result = run_page(
            args.data_dir,
            args.work,
            questions,
            args.engine,
            sessions=args.sessions,
            per_session=args.per_session,
            extra=extra,
        )
    from eval.bench.stats import machine

    result["machine"] = machine()
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
