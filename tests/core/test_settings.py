"""Settings come from the environment: checked in a fresh interpreter for each case."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import json, django; django.setup(); from django.conf import settings as s; "
    "db = s.DATABASES['default']; "
    "print(json.dumps({'engine': db['ENGINE'], 'name': str(db['NAME']), "
    "'cache': s.CACHES['default']['BACKEND'], 'broker': s.CELERY_BROKER_URL, "
    "'eager': s.CELERY_TASK_ALWAYS_EAGER, 'exit': s.QUICK_EXIT_URL, 'hosts': s.ALLOWED_HOSTS, "
    "'session_cookie': s.SESSION_COOKIE_NAME, 'csrf_cookie': s.CSRF_COOKIE_NAME, "
    "'secure_cookies': s.SESSION_COOKIE_SECURE and s.CSRF_COOKIE_SECURE, "
    "'hsts': s.SECURE_HSTS_SECONDS, 'ssl_redirect': s.SECURE_SSL_REDIRECT}))"
)
SERVICE_VARS = (
    "DATABASE_URL",
    "REDIS_URL",
    "CELERY_BROKER_URL",
    "QUICK_EXIT_URL",
    "ALLOWED_HOSTS",
    "HTTPS",
    "DEBUG",
    "DJANGO_ALLOW_ASYNC_UNSAFE",  # set by the browser tests for Playwright; never in production
)


def run_settings(**env: str) -> subprocess.CompletedProcess:
    clean = {key: value for key, value in os.environ.items() if key not in SERVICE_VARS}
    clean.update({"DJANGO_SETTINGS_MODULE": "mylife4me.settings", **env})
    return subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=60
    )


def probe(**env: str) -> dict:
    result = run_settings(**env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_defaults_are_sqlite_in_var_and_tasks_in_process():
    values = probe(SECRET_KEY="x" * 50)
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["name"].endswith("var/mylife4me.sqlite3")
    assert values["cache"].endswith("LocMemCache")
    assert values["broker"] == ""
    assert values["eager"] is True
    assert values["exit"] == "https://www.bbc.co.uk/weather"


def test_postgres_and_redis_come_from_the_environment():
    values = probe(
        SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://someone@db.internal:5432/mylife4me",
        REDIS_URL="redis://cache.internal:6379/2",
        QUICK_EXIT_URL="https://example.org/",
        ALLOWED_HOSTS="mylife4me.example,www.mylife4me.example",
    )
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["name"] == "mylife4me"
    assert values["cache"].endswith("RedisCache")
    assert values["broker"] == "redis://cache.internal:6379/2"
    assert values["eager"] is False
    assert values["exit"] == "https://example.org/"
    assert values["hosts"] == ["mylife4me.example", "www.mylife4me.example"]


def test_production_uses_hsts_ssl_redirect_and_host_prefixed_secure_cookies():
    values = probe(SECRET_KEY="x" * 50, DEBUG="0")
    assert values["session_cookie"] == "__Host-sessionid"
    assert values["csrf_cookie"] == "__Host-csrftoken"
    assert values["secure_cookies"] is True
    assert values["hsts"] >= 31536000
    assert values["ssl_redirect"] is True


def test_production_without_a_secret_key_refuses_to_start():
    result = run_settings(DEBUG="0", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_check_deploy_is_clean_under_production_settings():
    env = {key: value for key, value in os.environ.items() if key not in SERVICE_VARS}
    env.update(
        DEBUG="0",
        SECRET_KEY="k" + "7Gq2xV9pLm3Rt8Wz5Yb1Nc4Hd6Jf0Ks" * 2,
        ALLOWED_HOSTS="mylife4me.example",
        DJANGO_SETTINGS_MODULE="mylife4me.settings",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_the_running_suite_uses_the_configured_services():
    """In CI (MYLIFE4ME_REQUIRE_SERVICES=1) this run itself is on real PostgreSQL and Redis."""
    if not settings.REQUIRE_SERVICES and not os.environ.get("DATABASE_URL"):
        assert connection.vendor == "sqlite"
        return
    assert connection.vendor == "postgresql"
    assert settings.CACHES["default"]["BACKEND"].endswith("RedisCache")
    cache.set("suite-probe", "here", 5)
    assert cache._cache.get_client().exists(cache.make_key("suite-probe"))
