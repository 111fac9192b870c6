"""Mixed load with writes: reads, forum replies, call-back requests and flags, from many clients at once.

    DATABASE_URL=postgres://... REDIS_URL=redis://... make load [ARGS="--seconds 180 --clients 12"]

Use a database of its own (it migrates, loads the demo and adds rows). It starts gunicorn with
TRUSTED_PROXY_COUNT=1 and gives each simulated client its own X-Forwarded-For address, so the rate limits
see many people; a write they refuse counts as "refused", not lost. At the end every accepted write is
looked for in the database. Prints requests, errors (any 5xx or dropped connection), accepted, refused and
lost writes; exits non-zero on any error or lost write. tests/faults/test_load.py runs a short version.
"""

import argparse
import os
import random
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSWORD = "a-Load-test-passw0rd"  # noqa: S105 - made-up accounts in a throwaway database
SAME_ORIGIN = {"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "navigate", "User-Agent": "mixed-load"}


@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    accepted_replies: list[str] = field(default_factory=list)
    accepted_callbacks: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, what: str, detail: str = "") -> None:
        with self.lock:
            self.counts[what] += 1
            if what == "error" and len(self.errors) < 20:
                self.errors.append(detail)


@dataclass
class Plan:
    """What the clients use: made by seed() in the site's database."""

    usernames: list[str]
    thread_paths: list[str]
    service_slugs: list[str]
    post_ids: list[int]


def seed(clients: int) -> Plan:
    """Demo content, one level-1 forum member per client (so replies appear at once)."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from forum.models import Post, Thread
    from mylife4me.core.demo import demo_loaders
    from mylife4me.moderation.models import Standing
    from services_directory.models import Service

    if not Thread.objects.exists():
        for _name, loader in demo_loaders():
            loader(lambda _line: None)
    users = []
    for number in range(clients):
        user, _ = get_user_model().objects.get_or_create(username=f"load-{number}")
        user.set_password(PASSWORD)
        user.save()
        Standing.objects.update_or_create(
            user=user, defaults={"trust_level": 1, "agreed_rules_at": timezone.now()}
        )
        users.append(user.username)
    threads = list(Thread.objects.filter(visible=True, locked=False).order_by("pk")[:10])
    Service.objects.filter(pk__in=Service.objects.order_by("pk").values("pk")[:5]).update(
        accepts_callbacks=True
    )
    return Plan(
        usernames=users,
        thread_paths=[t.get_absolute_url() for t in threads],
        service_slugs=list(Service.objects.filter(accepts_callbacks=True).values_list("slug", flat=True)[:5]),
        post_ids=list(
            Post.objects.filter(state="visible", thread__in=threads).values_list("pk", flat=True)[:30]
        ),
    )


def _client_loop(base: str, number: int, plan: Plan, until: float, tally: Tally) -> None:
    session = requests.Session()
    session.headers.update({**SAME_ORIGIN, "X-Forwarded-For": f"198.18.{number // 250}.{number % 250 + 1}"})
    rng = random.Random(number)

    def call(method: str, path: str, **kwargs) -> requests.Response | None:
        try:
            response = session.request(method, base + path, timeout=30, allow_redirects=False, **kwargs)
        except requests.RequestException as exc:
            tally.add("error", f"{method} {path}: {type(exc).__name__}")
            return None
        tally.add("requests")
        if response.status_code >= 500:
            tally.add("error", f"{method} {path}: {response.status_code}")
        return response

    signed_in = call("POST", "/account/login/", data={"login": plan.usernames[number], "password": PASSWORD})
    if signed_in is None or signed_in.status_code != 302:
        tally.add("error", f"sign-in failed for client {number}")
        return
    reads = ["/", "/forum/", "/services/", "/drugs/", "/advice/", "/search/?q=alcohol", *plan.thread_paths]
    while time.monotonic() < until:
        roll = rng.random()
        if roll < 0.6:
            call("GET", rng.choice(reads))
        elif roll < 0.75 and plan.thread_paths:
            marker = f"load-{uuid.uuid4().hex}"
            path = rng.choice(plan.thread_paths) + "reply/"
            response = call("POST", path, data={"body": f"Thinking of you all tonight. {marker}"})
            if response is not None and response.status_code == 302:
                tally.add("accepted")
                with tally.lock:
                    tally.accepted_replies.append(marker)
            elif response is not None and response.status_code < 500:
                tally.add("refused")
        elif roll < 0.9 and plan.service_slugs:
            marker = f"load-{uuid.uuid4().hex[:12]}"
            response = call(
                "POST",
                f"/services/{rng.choice(plan.service_slugs)}/call-back/",
                data={"name": "Sam", "phone": "07700 900123", "best_times": "evenings", "note": marker},
            )
            if response is not None and response.status_code == 302:
                tally.add("accepted")
                with tally.lock:
                    tally.accepted_callbacks.append(marker)
            elif response is not None and response.status_code < 500:
                tally.add("refused")
        elif plan.post_ids:
            response = call("POST", f"/forum/p/{rng.choice(plan.post_ids)}/flag/", data={"why": "spam"})
            if response is not None and response.status_code < 500:
                tally.add("flags")


def run_load(base: str, plan: Plan, seconds: float, clients: int) -> Tally:
    tally = Tally()
    until = time.monotonic() + seconds
    threads = [
        threading.Thread(target=_client_loop, args=(base, n, plan, until, tally), daemon=True)
        for n in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 60)
    return tally


def lost_writes(tally: Tally) -> list[str]:
    """Every accepted write that is not in the database."""
    from forum.models import Post
    from services_directory.models import CallbackRequest

    lost = [m for m in tally.accepted_replies if not Post.objects.filter(body__contains=m).exists()]
    lost += [m for m in tally.accepted_callbacks if not CallbackRequest.objects.filter(note=m).exists()]
    return lost


def report(tally: Tally, lost: list[str]) -> str:
    c = tally.counts
    return (
        f"requests {c['requests']}, errors {c['error']}, writes accepted {c['accepted']} "
        f"(replies {len(tally.accepted_replies)}, call-backs {len(tally.accepted_callbacks)}), "
        f"refused by rate limits {c['refused']}, flags {c['flags']}, lost {len(lost)}"
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env: dict[str, str], port: int, workers: int = 2) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "gunicorn", "mylife4me.wsgi", "--workers", str(workers), "--threads", "4",
        "--bind", f"127.0.0.1:{port}", "--timeout", "60", "--graceful-timeout", "5",
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)  # noqa: S603
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code in (200, 503):
                return process
        except requests.RequestException:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("gunicorn did not start")


def server_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "TRUSTED_PROXY_COUNT": "1",
            "HTTPS": "0",
            "DEBUG": "0",
            "ALERTS_EMAIL_BACKEND": "recording",
            "SMS_BACKEND": "recording",
            **extra,
        }
    )
    env.setdefault("SECRET_KEY", "load-test-secret-key-not-for-production-0123456789")
    return env


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--clients", type=int, default=12)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        print("Set DATABASE_URL to a PostgreSQL database just for this run.", file=sys.stderr)
        return 2
    env = server_env()
    os.environ.update({k: env[k] for k in ("SECRET_KEY", "HTTPS", "TRUSTED_PROXY_COUNT")})
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mylife4me.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    plan = seed(args.clients)
    port = free_port()
    server = start_gunicorn(env, port)
    try:
        tally = run_load(f"http://127.0.0.1:{port}", plan, args.seconds, args.clients)
    finally:
        server.terminate()
        server.wait(15)
    lost = lost_writes(tally)
    print(report(tally, lost))
    for error in tally.errors:
        print("  error:", error)
    return 1 if tally.counts["error"] or lost else 0


if __name__ == "__main__":
    sys.exit(main())
