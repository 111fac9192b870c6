"""Visits are counted on the server, once per visitor a day, keeping nothing that could identify anyone."""

import datetime
import logging
import time
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection, models
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mylife4me.figures import counting, folding
from mylife4me.figures.counters import get_counters
from mylife4me.figures.models import FoldedBatch, HourDay, PageDay, SearchMissDay, VisitorsDay
from tests.conftest import BROWSER_NAVIGATION

pytestmark = pytest.mark.django_db

IP_ONE, IP_TWO = "203.0.113.41", "198.51.100.77"
UA_ONE = "Mozilla/5.0 (Linux; Android 14) FiguresTestPhone/1.0"
UA_TWO = "Mozilla/5.0 (iPhone) FiguresTestOtherBrowser/2.0"
LONDON = ZoneInfo("Europe/London")


def visit(path: str, address: str = IP_ONE, agent: str = UA_ONE, **headers):
    return Client(REMOTE_ADDR=address).get(
        path, **{**BROWSER_NAVIGATION, "HTTP_USER_AGENT": agent, **headers}
    )


def views_of(path: str) -> int:
    return sum(PageDay.objects.filter(path=path).values_list("views", flat=True))


def visitors_today() -> int:
    row = VisitorsDay.objects.filter(date=timezone.localdate()).first()
    return row.estimated_unique if row else 0


def text_in_database(*needles: str) -> list[str]:
    """Every text column of every table, searched for the needles: (table.column) where one is found."""
    found = []
    with connection.cursor() as cursor:
        for model in apps.get_models():
            table = connection.ops.quote_name(model._meta.db_table)
            for field in model._meta.concrete_fields:
                if not isinstance(field, models.CharField | models.TextField | models.JSONField):
                    continue
                column = connection.ops.quote_name(field.column)
                for needle in needles:
                    sql = f"SELECT 1 FROM {table} WHERE CAST({column} AS TEXT) LIKE %s"  # noqa: S608
                    cursor.execute(sql + " LIMIT 1", [f"%{needle}%"])
                    if cursor.fetchone():
                        found.append(f"{table}.{field.column} holds {needle}")
    return found


def test_a_visitor_counts_once_a_day_and_nothing_about_them_is_kept(real_redis, caplog):
    with caplog.at_level(logging.DEBUG):
        for _ in range(3):
            response = visit("/privacy/")
            assert response.status_code == 200
            assert not response.cookies
        visit("/accessibility/")
        folding.fold()
        assert views_of("/privacy/") == 3
        assert visitors_today() == 1  # the same phone, four pages: one visitor

        visit("/privacy/", agent=UA_TWO)  # another browser at the same address
        folding.fold()
        assert visitors_today() == 2
        visit("/privacy/", address=IP_TWO)  # the first browser, somewhere else
        folding.fold()
        assert visitors_today() == 3
        assert views_of("/privacy/") == 5

    assert text_in_database("/privacy/")  # the scan does find what is there
    assert text_in_database(IP_ONE, IP_TWO, UA_ONE, UA_TWO, "FiguresTest") == []
    assert IP_ONE not in caplog.text and IP_TWO not in caplog.text
    assert "FiguresTest" not in caplog.text
    # Nor in Redis, in any form that could be read back.
    for key in real_redis.scan_iter(f"{settings.CACHES['default'].get('KEY_PREFIX', '')}:*"):
        assert IP_ONE.encode() not in key and b"FiguresTest" not in key
        if real_redis.type(key) == b"hash":
            assert not any(IP_ONE.encode() in field for field in real_redis.hkeys(key))


def test_views_are_counted_by_page_section_and_hour_without_the_query_string(real_redis):
    visit("/privacy/?utm_source=poster")
    visit("/using-this-site-safely/")
    folding.fold()
    assert PageDay.objects.filter(path__contains="?").count() == 0
    page = PageDay.objects.get(path="/privacy/")
    assert (page.views, page.section, page.date) == (1, "about the site", timezone.localdate())
    hour = HourDay.objects.get()
    assert (hour.hour, hour.weekday, hour.section, hour.views) == (
        timezone.localtime().hour,
        timezone.localdate().weekday(),
        "about the site",
        2,
    )


def test_what_is_not_counted(real_redis, client):
    visit("/no-such-page/")  # 404
    visit("/healthz")  # not a page
    visit("/account/login/")  # not public
    visit("/staff/figures/")  # staff (a redirect to sign in)
    visit("/privacy/", agent="Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
    visit("/privacy/", agent="")
    visit("/privacy/", HTTP_SEC_PURPOSE="prefetch")
    Client().post("/privacy/", **BROWSER_NAVIGATION)
    folding.fold()
    assert not PageDay.objects.exists()
    assert not HourDay.objects.exists()
    assert visitors_today() == 0


def test_treatment_pages_are_counted_without_any_visitor_hash(real_redis):
    visit("/services/")
    visit("/advice/what-treatment-is-like/")
    folding.fold()
    assert views_of("/services/") == 1
    assert visitors_today() == 0  # nothing was made from the address of someone looking at treatment
    visit("/privacy/")
    folding.fold()
    assert visitors_today() == 1


def test_the_salt_changes_every_day_so_days_cannot_be_linked(real_redis, monkeypatch):
    store = get_counters()
    monday, tuesday = datetime.date(2030, 6, 3), datetime.date(2030, 6, 4)
    monday_salt, tuesday_salt = store.salt(monday), store.salt(tuesday)
    assert monday_salt != tuesday_salt and len(monday_salt) == 64
    hash_monday = counting.visitor_hash(monday_salt, IP_ONE, UA_ONE)
    assert hash_monday == counting.visitor_hash(store.salt(monday), IP_ONE, UA_ONE)  # stable in a day
    assert hash_monday != counting.visitor_hash(tuesday_salt, IP_ONE, UA_ONE)
    # Another process (a new client) agrees on the day's salt: it was created once, with SET NX.
    from mylife4me.figures import counters

    counters.forget_stores()
    assert get_counters().salt(monday) == monday_salt
    # The salt lives only in Redis, and only for about a day.
    key = get_counters().key("salt:2030-06-03")
    assert 0 < real_redis.ttl(key) <= 26 * 3600
    assert text_in_database(monday_salt[:16], tuesday_salt[:16]) == []

    # The same phone on two days is two unconnected estimates, each of one visitor.
    for day in (monday, tuesday):
        moment = datetime.datetime.combine(day, datetime.time(2, 30), tzinfo=LONDON)
        fake = SimpleNamespace(localtime=lambda moment=moment: moment, localdate=lambda day=day: day)
        monkeypatch.setattr(counting, "timezone", fake)
        visit("/privacy/")
        visit("/accessibility/")
    folding.fold()
    assert dict(VisitorsDay.objects.values_list("date", "estimated_unique")) == {monday: 1, tuesday: 1}
    assert set(HourDay.objects.values_list("date", "hour", "weekday")) == {(monday, 2, 0), (tuesday, 2, 1)}


@override_settings(PAGE_CACHE_ENABLED=False)  # the same work both times: the view really runs
def test_counting_adds_no_database_query(real_redis):
    visit("/forum/")  # warm up: templates, the salt
    without = [m for m in settings.MIDDLEWARE if "VisitCounting" not in m]

    def queries(middleware) -> int:
        with override_settings(MIDDLEWARE=middleware), CaptureQueriesContext(connection) as context:
            assert visit("/forum/").status_code == 200
        return len(context.captured_queries)

    with_counting = queries(settings.MIDDLEWARE)
    assert with_counting == queries(without)
    assert with_counting > 0  # the page itself does query: the comparison means something
    folding.fold()
    assert views_of("/forum/") == 2  # and it did count


def test_folding_is_idempotent_and_correct(real_redis):
    for _ in range(4):
        visit("/privacy/")
    visit("/privacy/", agent=UA_TWO)
    assert folding.fold() == 1
    assert folding.fold() == 0  # nothing new: nothing added
    assert views_of("/privacy/") == 5
    assert visitors_today() == 2

    # A fold that stopped after its database commit but before removing the batch from Redis:
    visit("/privacy/")
    store = get_counters()
    [batch] = store.take_batches()
    folding._add_batch(batch)
    assert views_of("/privacy/") == 6
    folding.fold()  # finds the same batch again, sees it is done, removes it
    folding.fold()
    assert views_of("/privacy/") == 6
    assert store.take_batches() == []
    assert FoldedBatch.objects.count() == 2


def test_views_during_a_fold_are_kept_for_the_next(real_redis):
    visit("/privacy/")
    store = get_counters()
    batches = store.take_batches()
    visit("/privacy/")  # arrives while the first batch is being added
    for batch in batches:
        folding._add_batch(batch)
        store.batch_done(batch)
    folding.fold()
    assert views_of("/privacy/") == 2


@override_settings(FIGURES_REDIS_URL="redis://127.0.0.1:1/0")
def test_with_redis_down_pages_still_work_quickly(caplog):
    started = time.monotonic()
    for _ in range(10):
        response = visit("/privacy/")
        assert response.status_code == 200
        assert not response.cookies
    assert time.monotonic() - started < 5  # ten pages: no waiting on a dead Redis for each
    assert not get_counters().available()  # counting paused after the first failure
    assert IP_ONE not in caplog.text
    assert sum("not counted" in record.getMessage() for record in caplog.records) == 1


def test_searches_that_found_nothing_are_kept_without_personal_details(real_redis):
    response = visit("/search/?q=Zzyzx+Flurbo")
    assert response.status_code == 200
    assert "X-Search-Found-Nothing" not in response.headers  # taken off before the page leaves
    visit("/search/?q=Zzyzx+Flurbo")  # served from the page cache this time: still counted
    visit("/search/?q=zzyzx   flurbo")
    visit("/search/?q=call+me+07700+900123+or+me@example.org+B12+3AB")
    visit("/search/?q=")
    folding.fold()
    assert dict(SearchMissDay.objects.values_list("query", "count")) == {"zzyzx flurbo": 3, "call me or": 1}


def test_old_searches_are_forgotten(real_redis):
    today = timezone.localdate()
    old = SearchMissDay.objects.create(date=today - datetime.timedelta(days=181), query="old", count=3)
    kept = SearchMissDay.objects.create(date=today - datetime.timedelta(days=179), query="kept", count=3)
    folding.fold()
    assert not SearchMissDay.objects.filter(pk=old.pk).exists()
    assert SearchMissDay.objects.filter(pk=kept.pk).exists()
