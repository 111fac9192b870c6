"""Page benchmark: city-scale data, gunicorn as in production, wrk on loopback, every figure a ratio.

    make bench        POSTCODES=path/to/postcodes.csv   # full data, then a tenth, side by side
    make bench-quick  [POSTCODES=...]                   # a tenth of the data, short runs (under 4 minutes)

Needs DATABASE_URL (any database on the PostgreSQL server: the bench makes and drops its own,
ml4m_bench and ml4m_bench_tenth) and REDIS_URL. It seeds with `manage.py seed_bench`, serves the site with
gunicorn (DEBUG off, 2 workers, MYLIFE4ME_BENCH=1 for the bare view at /bench/bare/), warms every page,
then drives each with wrk at the same concurrency. Timings on a shared machine are noisy, so each page is
reported as a ratio of the bare view's throughput in the same run (the bare view runs first and last).
Prints a Markdown table and writes JSON to benchmarks/results/.
"""

import argparse
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
RESULTS = ROOT / "benchmarks" / "results"
LUA = ROOT / "benchmarks" / "wrk_report.lua"

# Targets (README "Performance"; ARCHITECTURE.md budgets).
MIN_RATIO = 0.7
MAX_QUERIES = 12
MAX_HTML_BYTES = 30 * 1024
MAX_WORKER_KIB = 150 * 1024
LONG_THREAD_TOLERANCE = 0.10
# What a current browser sends on a navigation: a page with a form is cached only for browsers that send
# Fetch Metadata (old ones get their own CSRF token; mylife4me/core/page_cache.py, form=True).
BROWSER = ["-H", "Sec-Fetch-Site: none", "-H", "Sec-Fetch-Mode: navigate", "-H", "Sec-Fetch-Dest: document"]
SCALE_TOLERANCE = 0.15


@dataclass(frozen=True)
class Settings:
    scale: float
    database: str
    turn: int  # seconds of each turn of load
    turns: int  # turns per page, each beside a turn of the bare view
    warmup: int
    connections: int


FULL = Settings(scale=1.0, database="ml4m_bench", turn=3, turns=3, warmup=2, connections=8)
TENTH = Settings(scale=0.1, database="ml4m_bench_tenth", turn=3, turns=3, warmup=2, connections=8)
QUICK = Settings(scale=0.1, database="ml4m_bench_quick", turn=1, turns=3, warmup=1, connections=8)


def say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def database_url(base: str, name: str) -> str:
    parts = urlsplit(base)
    return urlunsplit(parts._replace(path=f"/{name}"))


def recreate_database(base: str, name: str) -> None:
    import psycopg2  # from the project's requirements

    connection = psycopg2.connect(database_url(base, "postgres"))
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{name}"')
    finally:
        connection.close()


def environment(settings: Settings, base_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "mylife4me.settings",
            "DATABASE_URL": database_url(base_url, settings.database),
            "CACHE_KEY_PREFIX": settings.database,
            "MYLIFE4ME_BENCH": "1",
            "DEBUG": "0",
            "HTTPS": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
            "LOG_LEVEL": "WARNING",
            "EMAIL_BACKEND": "locmem",
            "SMS_BACKEND": "console",
        }
    )
    return env


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([BIN / "python", "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (loopback only)
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer at {url}")


def workers(master: int) -> list[int]:
    try:
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    except FileNotFoundError:
        return []
    return [int(pid) for pid in children]


def peak_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def wrk(url: str, seconds: int, connections: int) -> dict:
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", *BROWSER]
    output = subprocess.run(  # noqa: S603
        [*command, "-s", str(LUA), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("WRKJSON "))
    figures = json.loads(line.removeprefix("WRKJSON "))
    figures["rps"] = figures["requests"] / (figures["duration_us"] / 1e6)
    return figures


def combine(runs: list[dict]) -> dict:
    """Turns added up: throughput over all of them, the median turn's p50 and the worst p99."""
    requests = sum(run["requests"] for run in runs)
    seconds = sum(run["duration_us"] for run in runs) / 1e6
    p50s = sorted(run["p50_us"] for run in runs)
    return {
        "requests": requests,
        "rps": requests / seconds,
        "p50_us": p50s[len(p50s) // 2],
        "p99_us": max(run["p99_us"] for run in runs),
        "errors": sum(run["errors"] for run in runs),
        "non_2xx": sum(run["non_2xx"] for run in runs),
    }


def run_phase(settings: Settings, base_url: str, postcodes: str | None, keep: bool) -> dict:
    env = environment(settings, base_url)
    say(f"== {settings.database}: scale {settings.scale} ==")
    if not keep:
        started = time.monotonic()
        recreate_database(base_url, settings.database)
    # With --keep too: the data stays, but pages cached by the last run's code are forgotten (page_cache).
    manage(env, "migrate", "--no-input", "-v0")
    if not keep:
        seed = ["seed_bench", "--scale", str(settings.scale)]
        manage(env, *seed, *(["--postcodes", postcodes] if postcodes else []))
        say(f"database ready in {time.monotonic() - started:.0f} s")
    manage(env, "collectstatic", "--no-input", "-v0")
    probe = subprocess.run(  # noqa: S603
        [BIN / "python", "benchmarks/probe.py"], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    pages = json.loads(probe.stdout)
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [BIN / "gunicorn", "mylife4me.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(f"{base}/bench/bare/")
        measured = [page for page in pages if page["url"] and page.get("status") == 200]
        for page in measured:
            wrk(base + page["url"], settings.warmup, settings.connections)
        bare = next(page for page in measured if page["url"] == "/bench/bare/")
        # The machine is shared and its load drifts, so each page runs in short turns with the bare
        # view, and its ratio is taken against the bare turns run beside it.
        bare_runs = []
        for page in measured:
            if page is bare:
                continue
            pairs = [
                (
                    wrk(base + bare["url"], settings.turn, settings.connections),
                    wrk(base + page["url"], settings.turn, settings.connections),
                )
                for _turn in range(settings.turns)
            ]
            page.update(combine([run for _bare, run in pairs]))
            beside = combine([run for run, _page in pairs])
            page["bare_rps"] = beside["rps"]
            page["ratio"] = page["rps"] / beside["rps"]
            bare_runs += [run for run, _page in pairs]
            say(
                f"  {page['name']}: {page['rps']:.0f} requests a second, {page['ratio']:.2f} of the bare view"
            )
        bare.update(combine(bare_runs))
        bare["ratio"] = 1.0
        memory = {pid: peak_kib(pid) for pid in workers(server.pid)}
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    return {"settings": settings.__dict__, "pages": pages, "worker_peak_kib": memory}


def _ms(microseconds: float | None) -> str:
    return f"{microseconds / 1000:.1f}" if microseconds is not None else "-"


def table(phase: dict, tenth: dict | None = None) -> str:
    header = "| page | req/s | p50 ms | p99 ms | queries | HTML KB | ratio |"
    rule = "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    if tenth:
        header += " vs tenth |"
        rule += " ---: |"
    lines = [header, rule]
    by_name = {page["name"]: page for page in (tenth or {}).get("pages", [])}
    for page in phase["pages"]:
        if not page["url"] or "rps" not in page:
            why = "not built yet" if not page["url"] else f"HTTP {page.get('status')}"
            lines.append(f"| {page['name']} | {why} | | | | | |" + (" |" if tenth else ""))
            continue
        row = (
            f"| {page['name']} | {page['rps']:.0f} | {_ms(page['p50_us'])} | {_ms(page['p99_us'])} "
            f"| {page['queries']} | {page['html_bytes'] / 1024:.1f} | {page['ratio']:.2f} |"
        )
        if tenth:
            other = by_name.get(page["name"], {})
            row += f" {page['ratio'] / other['ratio']:.2f} |" if other.get("ratio") else " - |"
        lines.append(row)
    peaks = ", ".join(f"{kib / 1024:.0f} MB" for kib in phase["worker_peak_kib"].values())
    lines.append("")
    lines.append(f"Peak memory of each gunicorn worker (VmHWM): {peaks}.")
    return "\n".join(lines)


def target_report(phase: dict, tenth: dict | None = None) -> list[str]:
    missed = []
    pages = {page["name"]: page for page in phase["pages"] if "rps" in page}
    for page in pages.values():
        if page["url"] != "/bench/bare/" and page["ratio"] < MIN_RATIO:
            missed.append(
                f"{page['name']}: throughput {page['ratio']:.2f} of the bare view (target {MIN_RATIO})"
            )
        if page["queries"] > MAX_QUERIES:
            missed.append(f"{page['name']}: {page['queries']} queries (target {MAX_QUERIES})")
        if page["html_bytes"] > MAX_HTML_BYTES and not page["url"].startswith("/api/"):
            missed.append(f"{page['name']}: HTML {page['html_bytes'] / 1024:.1f} KB (target 30 KB)")
        if page["non_2xx"] or page["errors"]:
            missed.append(
                f"{page['name']}: {page['non_2xx']} error responses, {page['errors']} socket errors"
            )
    first, last = pages.get("long thread, first page"), pages.get("long thread, last page")
    if first and last and last["rps"] < first["rps"] * (1 - LONG_THREAD_TOLERANCE):
        missed.append(
            f"long thread: last page {last['rps'] / first['rps']:.2f} of the first page's throughput"
        )
    if tenth:
        small = {page["name"]: page for page in tenth["pages"] if "rps" in page}
        for name, page in pages.items():
            if name in small and page["ratio"] < small[name]["ratio"] * (1 - SCALE_TOLERANCE):
                share = page["ratio"] / small[name]["ratio"]
                missed.append(f"{name}: {share:.2f} of its throughput with a tenth of the data")
            if name in small and page["queries"] != small[name]["queries"]:
                missed.append(f"{name}: {page['queries']} queries, {small[name]['queries']} with a tenth")
    for pid, kib in phase["worker_peak_kib"].items():
        if kib > MAX_WORKER_KIB:
            missed.append(f"gunicorn worker {pid}: peak memory {kib / 1024:.0f} MB (target 150 MB)")
    return missed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a tenth of the data and short runs")
    parser.add_argument("--postcodes", default="", help="ONS-style postcode CSV to load in full")
    parser.add_argument("--turn", type=int, help="seconds of each turn of load")
    parser.add_argument("--turns", type=int, help="turns per page (each beside a turn of the bare view)")
    parser.add_argument("--connections", type=int, help="wrk connections (the same for every page)")
    parser.add_argument("--keep", action="store_true", help="reuse the databases seeded by the last run")
    parser.add_argument(
        "--database",
        default="ml4m_bench",
        help="name of the bench database (the tenth adds _tenth or _quick)",
    )
    args = parser.parse_args()
    base_url = os.environ.get("DATABASE_URL", "")
    if not base_url.startswith(("postgres://", "postgresql://")) or not os.environ.get("REDIS_URL"):
        sys.exit("make bench needs DATABASE_URL=postgres://... (any database on the server) and REDIS_URL.")
    if args.postcodes and not Path(args.postcodes).is_file():
        sys.exit(f"No postcode file at {args.postcodes}")
    if not args.quick and not args.postcodes:
        sys.exit("make bench loads the full postcode table: pass POSTCODES=path/to/postcodes.csv")
    plans = [QUICK] if args.quick else [FULL, TENTH]
    chosen = {"turn": args.turn, "turns": args.turns, "connections": args.connections}
    overrides = {name: value for name, value in chosen.items() if value}
    plans = [
        Settings(
            **{**plan.__dict__, **overrides, "database": plan.database.replace("ml4m_bench", args.database)}
        )
        for plan in plans
    ]
    phases = [run_phase(plan, base_url, args.postcodes or None, args.keep) for plan in plans]
    main_phase, tenth = phases[0], (phases[1] if len(phases) > 1 else None)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    result = {
        "when": stamp,
        "machine": {"cpus": os.cpu_count(), "uname": " ".join(os.uname())},
        "phases": phases,
        "missed": target_report(main_phase, tenth),
    }
    path = RESULTS / f"{'bench-quick' if args.quick else 'bench'}-{stamp}.json"
    path.write_text(json.dumps(result, indent=2))
    scale = "a tenth of the data" if args.quick else "full data"
    plan = plans[0]
    print(f"## Pages at {scale} ({plan.connections} connections, {plan.turns} turns of {plan.turn} s each)\n")
    print(table(main_phase, tenth))
    if tenth:
        print("\n## The same pages with a tenth of the data\n")
        print(table(tenth))
    print("\n## Targets\n")
    print("\n".join(f"- missed: {line}" for line in result["missed"]) or "- all met")
    print(f"\nJSON: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
