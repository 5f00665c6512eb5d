"""Real shared services for the scale-out and fault tests: Redis, PostgreSQL, and a cuttable TCP proxy.

Not a test module: conftest.py's session fixtures (``redis_server``,
``postgres_server``) use it. Each service comes from its override variable
(``CAREERBOT_TEST_REDIS_URL``, ``CAREERBOT_TEST_POSTGRES_URL``: a server you
already run) or, when that is unset, is started here on a free 127.0.0.1 port
from the Debian binary, which `make test` installs when it is missing (bot/doctor.py).
When neither is possible the test fails with a message saying what to install:
these tests never skip silently.

Isolation on shared services, without touching anyone else's data:
- PostgreSQL: every user gets a fresh database (``fresh_database``), dropped after.
- Redis: rate-limit keys are per client IP, so each test speaks from its own
  loopback address (``loopback_client``: 127.x.y.z) and counts only its own hits.

``TcpProxy`` forwards a port to a service; ``cut()`` closes it and every open
connection, which is how a test takes Redis or PostgreSQL "down" for one app
without stopping the shared server.
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest

from bot.doctor import postgres_bin


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


# --- Redis -------------------------------------------------------------------


@contextmanager
def redis_url() -> Iterator[str]:
    """$CAREERBOT_TEST_REDIS_URL, else a private redis-server on a free port."""
    if url := os.environ.get("CAREERBOT_TEST_REDIS_URL"):
        yield url
        return
    binary = shutil.which("redis-server")
    if not binary:
        pytest.fail("Redis is needed: run `make test` (it installs redis-server) or set CAREERBOT_TEST_REDIS_URL")
    port = free_port()
    proc = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_port(port)
        yield f"redis://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# --- PostgreSQL ----------------------------------------------------------------


def _as_postgres(cmd: list[str]) -> list[str]:
    """initdb refuses to run as root: run as the Debian `postgres` user then."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@contextmanager
def postgres_url() -> Iterator[str]:
    """$CAREERBOT_TEST_POSTGRES_URL, else a private PostgreSQL cluster on a free port (SQLAlchemy psycopg URL)."""
    if url := os.environ.get("CAREERBOT_TEST_POSTGRES_URL"):
        yield url
        return
    initdb, pg_ctl = postgres_bin("initdb"), postgres_bin("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.fail("PostgreSQL is needed: run `make test` (it installs postgresql) or set CAREERBOT_TEST_POSTGRES_URL")
    data = Path(tempfile.mkdtemp(prefix="careerbot-pg-"))
    if os.geteuid() == 0:
        shutil.chown(data, "postgres")
    port = free_port()
    subprocess.run(
        _as_postgres([initdb, "-D", str(data), "-A", "trust", "-U", "postgres"]), check=True, capture_output=True
    )
    opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {data}"
    subprocess.run(
        _as_postgres([pg_ctl, "-D", str(data), "-o", opts, "-l", str(data / "log"), "-w", "start"]),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the server of ``server_url``, dropped afterwards; yields its SQLAlchemy URL."""
    import psycopg

    name = f"careerbot_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq(server_url), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(server_url)
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(_libpq(server_url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- clients and proxies -----------------------------------------------------------


def random_loopback() -> str:
    """A loopback address of its own (127.x.y.z), so this client's per-IP rate-limit counter is its own."""
    return f"127.{random.randint(1, 254)}.{random.randint(1, 254)}.{random.randint(2, 254)}"


def loopback_client(address: str | None = None, timeout: float = 60.0) -> httpx.Client:
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address or random_loopback()), timeout=timeout)


class TcpProxy:
    """Forwards 127.0.0.1:<port> to ``target`` (host, port) until ``cut()``; then the port refuses connections."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        self._cut = False
        threading.Thread(target=self._accept, daemon=True, name="tcp-proxy").start()

    def url_for(self, url: str) -> str:
        """``url`` with its host:port replaced by this proxy's."""
        parts = urlsplit(url)
        auth = parts.netloc.rsplit("@", 1)[0] + "@" if "@" in parts.netloc else ""
        return urlunsplit(parts._replace(netloc=f"{auth}127.0.0.1:{self.port}"))

    def _accept(self) -> None:
        while not self._cut:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pipe, args=(a, b), daemon=True).start()

    def cut(self) -> None:
        """The service 'goes down': no new connections, every open one reset."""
        self._cut = True
        try:
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept() (close alone does not)
        except OSError:
            pass
        self._listener.close()
        with self._lock:
            for s in self._open:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()
            self._open.clear()


def _pipe(src: socket.socket, dst: socket.socket) -> None:
    try:
        while data := src.recv(65536):
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return parts.hostname or "127.0.0.1", int(parts.port or 0)
