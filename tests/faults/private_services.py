"""PRIVATE PostgreSQL and Redis servers for the fault tests, so that stopping one never touches the
machine's shared servers (other developers' tests run on them)."""

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.services import need

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import mixed_load

PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


def _as_postgres(command: list[str]) -> list[str]:
    """initdb and pg_ctl refuse to run as root: run them as the postgres system user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@contextlib.contextmanager
def private_redis(port: int | None = None) -> Iterator[tuple[int, subprocess.Popen]]:
    """A redis-server of our own, no persistence. Yields (port, process); stop it to make Redis 'down'."""
    need(shutil.which("redis-server") is not None, "redis-server is not installed")
    port = port or mixed_load.free_port()
    process = start_redis(port)
    try:
        yield port, process
    finally:
        stop(process)


def start_redis(port: int) -> subprocess.Popen:
    directory = tempfile.mkdtemp(prefix="ml4m-redis-")
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", directory]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, start_new_session=True)
    time.sleep(0.5)
    return process


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        process.wait(10)


@dataclass
class PrivatePostgres:
    data: Path
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/ml4m"

    def _ctl(self, *args: str) -> None:
        command = [str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "30", *args]
        subprocess.run(_as_postgres(command), check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._ctl("-o", options, "start")

    def stop(self) -> None:
        """A fast shutdown: every open connection is cut, as when the server restarts."""
        self._ctl("-m", "fast", "stop")


@contextlib.contextmanager
def private_postgres(copy_of: str) -> Iterator[PrivatePostgres]:
    """A PostgreSQL cluster of our own on a free port, holding database `ml4m`: a copy (pg_dump) of the
    database at URL `copy_of`, so the schema and seeded rows need no migrate."""
    need((PG_BIN / "initdb").exists(), f"{PG_BIN}/initdb is not installed (set PG_BIN)")
    root = Path(tempfile.mkdtemp(prefix="ml4m-pg-"))
    root.chmod(0o777)
    server = PrivatePostgres(root / "data", mixed_load.free_port(), root / "server.log")
    initdb = [str(PG_BIN / "initdb"), "-D", str(server.data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]
    subprocess.run(_as_postgres([*initdb, "--no-sync"]), check=True, capture_output=True, timeout=120)
    server.start()
    try:
        local = f"postgres://postgres@127.0.0.1:{server.port}/"
        subprocess.run(["psql", local + "postgres", "-qc", "CREATE DATABASE ml4m"], check=True, timeout=30)
        dump = subprocess.run(
            ["pg_dump", "--no-owner", "--no-privileges", copy_of],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        subprocess.run(
            ["psql", "-q", "-v", "ON_ERROR_STOP=1", server.url],
            input=dump.stdout, check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        yield server
    finally:
        with contextlib.suppress(subprocess.SubprocessError):
            server.stop()
        shutil.rmtree(root, ignore_errors=True)
