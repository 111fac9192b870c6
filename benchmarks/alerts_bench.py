"""Alerts benchmark: 10,000 notifications through a real Celery worker, PostgreSQL and Redis.

    DATABASE_URL=postgres://... REDIS_URL=redis://... make bench-alerts [ARGS="--count 10000 --concurrency 4"]

Use a database of its own (it runs migrations and adds rows). The worker sends with the recording
backend, which counts each reference in Redis, so the report can say how many were lost or duplicated.
Prints notifications per second, lost, duplicated and the worker's peak memory (all its processes).
"""

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0


def worker_pids(pid: int) -> list[int]:
    children = subprocess.run(  # noqa: S603
        ["pgrep", "-P", str(pid)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return [pid, *map(int, children.split())]


class MemorySampler(threading.Thread):
    """Samples the total resident memory of the worker and its pool processes."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.samples: list[tuple[float, int]] = []
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            self.samples.append((time.monotonic(), sum(rss_kib(pid) for pid in worker_pids(self.pid))))
            time.sleep(0.25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--batch", type=int, default=500, help="notifications per committed transaction")
    args = parser.parse_args()

    if not os.environ.get("DATABASE_URL", "").startswith("postgres") or not os.environ.get("REDIS_URL"):
        sys.exit("Set DATABASE_URL (PostgreSQL, a database just for the benchmark) and REDIS_URL.")
    prefix = f"ml4m-bench-{uuid.uuid4().hex[:8]}"
    os.environ.update(
        {
            "ALERTS_EMAIL_BACKEND": "recording",
            "SMS_BACKEND": "recording",
            "ALERTS_RECORDING_PREFIX": prefix,
            "DATABASE_CONN_MAX_AGE": "60",
            "LOG_LEVEL": "WARNING",
        }
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mylife4me.settings")
    os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-0123456789abcdefghijklmnop")

    import django

    django.setup()
    import redis
    from django.conf import settings
    from django.core.management import call_command
    from django.db import transaction

    from mylife4me.alerts import notify
    from mylife4me.alerts.models import Notification
    from mylife4me.celery import app as celery_app

    call_command("migrate", verbosity=0)
    celery_app.control.purge()
    recorder = redis.Redis.from_url(settings.ALERTS_RECORDING_REDIS_URL)

    log_path = Path(tempfile.gettempdir()) / f"{prefix}-worker.log"
    log = log_path.open("wb")
    worker = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "celery", "-A", "mylife4me", "worker", "--pool=prefork",
         f"--concurrency={args.concurrency}", "--loglevel=WARNING", "--without-gossip", "--without-mingle",
         "--without-heartbeat", "-n", f"{prefix}@%h"],
        cwd=ROOT, env=dict(os.environ), stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not celery_app.control.ping(destination=[f"{prefix}@{os.uname().nodename}"], timeout=0.5):
            if time.monotonic() > deadline or worker.poll() is not None:
                sys.exit(f"The worker did not start; see {log_path}")
        sampler = MemorySampler(worker.pid)
        sampler.start()

        ids: list[str] = []
        started = time.monotonic()
        for first in range(0, args.count, args.batch):
            with transaction.atomic():
                for n in range(first, min(first + args.batch, args.count)):
                    address = f"person{n}@example.org" if n % 2 else f"07700 900{n % 1000:03d}"
                    ids.extend(str(row.pk) for row in notify(address, "alerts.test", {}))
        queued = time.monotonic()

        last_progress, last_done = time.monotonic(), -1
        while True:
            done = Notification.objects.filter(pk__in=ids, state__in=["sent", "failed"]).count()
            if done == len(ids):
                break
            if done != last_done:
                last_progress, last_done = time.monotonic(), done
            elif time.monotonic() - last_progress > 60:
                print(f"No progress for 60 seconds at {done}/{len(ids)}", file=sys.stderr)
                break
            time.sleep(0.2)
        finished = time.monotonic()
        time.sleep(1)  # a duplicate send would show up now
        sampler.stopping.set()
        sampler.join()

        counts = {k.decode(): int(v) for k, v in recorder.hgetall(f"{prefix}:sent").items()}
        ours = [counts.get(ref, 0) for ref in ids]
        delivered = sum(1 for times in ours if times)
        duplicated = sum(times - 1 for times in ours if times > 1)
        states = dict(
            Notification.objects.filter(pk__in=ids)
            .values_list("state")
            .annotate(n=django.db.models.Count("pk"))
        )
        window = Notification.objects.filter(pk__in=ids).aggregate(
            first=django.db.models.Min("sending_started_at"), last=django.db.models.Max("sent_at")
        )
        worker_seconds = (window["last"] - window["first"]).total_seconds()
        memory = [kib for _, kib in sampler.samples]
        tenth = max(1, len(memory) // 10)
        elapsed = finished - started
        print(
            f"Alerts benchmark: {len(ids)} notifications, worker concurrency {args.concurrency}, "
            f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
        )
        produce = queued - started
        print(f"  notify() and commit:       {produce:6.1f} s  ({len(ids) / produce:,.0f}/s)")
        print(f"  end to end (all sent):     {elapsed:6.1f} s  ({len(ids) / elapsed:,.0f} notifications/s)")
        print(f"  worker, first to last send: {worker_seconds:5.1f} s  ({len(ids) / worker_seconds:,.0f}/s)")
        print(f"  states:                    {states}")
        print(f"  lost:                      {len(ids) - delivered}")
        print(f"  duplicated:                {duplicated}")
        print(f"  worker peak RSS (all processes): {max(memory) / 1024:.1f} MiB")
        print(
            f"  worker RSS, first tenth vs last tenth of the run: "
            f"{max(memory[:tenth]) / 1024:.1f} MiB -> {max(memory[-tenth:]) / 1024:.1f} MiB"
        )
        failed = len(ids) - delivered or duplicated
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(30)
        log.close()
        for key in recorder.scan_iter(f"{prefix}:*"):
            recorder.delete(key)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
