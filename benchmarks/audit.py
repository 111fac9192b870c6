"""Lighthouse audit (mobile settings) of the main public pages, offline, with Debian's Chromium.

    make audit        # needs DATABASE_URL (any database on a PostgreSQL server) and `npm ci`

Makes its own database (ml4m_audit) with the demo content, serves it with gunicorn as in production
(DEBUG off, plain HTTP on loopback), and runs npm's lighthouse with CHROME_PATH=/usr/bin/chromium on the
home page, a substance page, a services search, a forum thread and the Breaking Free Online page (when it
exists). Prints the four category scores and the bytes a first visit transfers; JSON goes to
benchmarks/results/. Nothing is fetched from another host: every page and file comes from the site.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import (
    BIN,
    RESULTS,
    ROOT,
    environment,
    free_port,
    manage,
    recreate_database,
    say,
    wait_until_up,
)

LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 0.95}
MAX_FIRST_VISIT_BYTES = 100 * 1024
METRICS = [
    "first-contentful-paint",
    "largest-contentful-paint",
    "speed-index",
    "total-blocking-time",
    "cumulative-layout-shift",
]


THREAD_URL = (
    "from forum.models import Thread; "
    "print(Thread.objects.filter(visible=True).order_by('-post_count', 'pk').first().get_absolute_url())"
)


class Database:
    database = "ml4m_audit"


def pages(base: str, env: dict[str, str]) -> list[tuple[str, str]]:
    thread = (
        subprocess.run(  # noqa: S603
            [BIN / "python", "manage.py", "shell", "-c", THREAD_URL],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )  # the shell prints notes before it
    found = [
        ("home", "/"),
        ("substance page", "/drugs/cannabis/"),
        ("services search", "/services/?postcode=B5+4BU"),
        ("forum thread", thread),
    ]
    try:
        with urllib.request.urlopen(f"{base}/breaking-free/", timeout=10):  # noqa: S310
            found.append(("Breaking Free Online", "/breaking-free/"))
    except urllib.error.HTTPError:
        say("No /breaking-free/ page yet: not audited.")
    return found


ATTEMPTS = 3  # on a busy machine Lighthouse sometimes fails to record its trace (NO_NAVSTART)


def lighthouse(url: str, out: Path) -> dict:
    for attempt in range(1, ATTEMPTS + 1):
        run = subprocess.run(  # noqa: S603
            [
                shutil.which("node") or "node",
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={out}",
                f"--only-categories={','.join(CATEGORIES)}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
                "--no-enable-error-reporting",
            ],
            env={**os.environ, "CHROME_PATH": CHROME},
            check=attempt == ATTEMPTS,
        )
        if run.returncode == 0:
            break
        say(f"Lighthouse failed on {url} (attempt {attempt}); trying again.")
    report = json.loads(out.read_text())
    audits = report["audits"]
    return {
        "url": url,
        "scores": {name: report["categories"][name]["score"] for name in CATEGORIES},
        "bytes": audits["total-byte-weight"]["numericValue"],
        "metrics": {name: audits[name]["numericValue"] for name in METRICS},
        "failed": [
            audit["title"]
            for audit in audits.values()
            if audit.get("score") is not None
            and audit["score"] < 0.9
            and audit["scoreDisplayMode"] == "binary"
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default=Database.database, help="name of the audit database")
    Database.database = parser.parse_args().database
    base_url = os.environ.get("DATABASE_URL", "")
    if not base_url.startswith(("postgres://", "postgresql://")):
        sys.exit("make audit needs DATABASE_URL=postgres://... (any database on the server).")
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is missing: run `npm ci` first.")
    env = environment(Database, base_url)
    env.pop("MYLIFE4ME_BENCH")  # the site exactly as in production
    env.setdefault("REDIS_URL", "")
    recreate_database(base_url, Database.database)
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo", "--force")
    manage(env, "collectstatic", "--no-input", "-v0")
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [BIN / "gunicorn", "mylife4me.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
    )
    results = []
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(f"{base}/healthz")
        with tempfile.TemporaryDirectory() as folder:
            for name, path in pages(base, env):
                say(f"Lighthouse: {name}")
                results.append({"name": name, **lighthouse(base + path, Path(folder) / "report.json")})
    finally:
        server.terminate()
        server.wait(timeout=30)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"audit-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(results, indent=2))
    print("| page | performance | accessibility | best practices | SEO | first visit KB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    missed = []
    for item in results:
        scores = item["scores"]
        print(
            f"| {item['name']} | {scores['performance']:.2f} | {scores['accessibility']:.2f} "
            f"| {scores['best-practices']:.2f} | {scores['seo']:.2f} | {item['bytes'] / 1024:.0f} |"
        )
        missed += [
            f"{item['name']}: {category} {scores[category]:.2f} (target {target})"
            for category, target in TARGETS.items()
            if (scores[category] or 0) < target
        ]
        if item["bytes"] > MAX_FIRST_VISIT_BYTES:
            missed.append(f"{item['name']}: first visit {item['bytes'] / 1024:.0f} KB (target 100 KB)")
        missed += [f"{item['name']}: failed audit: {title}" for title in item["failed"]]
    print("\n" + ("\n".join(f"- missed: {line}" for line in missed) or "- all targets met"))
    print(f"\nJSON: {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
