"""The plain rules behind the counting and the charts."""

import pytest
from django.test import Client, override_settings

from mylife4me.figures import charts, folding, rules
from mylife4me.figures.counters import LocalCounters, get_counters
from mylife4me.figures.models import PageDay, VisitorsDay
from mylife4me.figures.registry import Table
from tests.conftest import BROWSER_NAVIGATION


@pytest.mark.parametrize(
    ("path", "section", "hashed"),
    [
        ("/", "home", True),
        ("/drugs/ketamine/", "drugs", True),
        ("/drugs/methadone/", "drugs", False),
        ("/advice/what-treatment-is-like/", "advice", False),
        ("/services/some-place/", "services", False),
        ("/breaking-free/", "breaking-free", False),
        ("/privacy/", "about the site", True),
        ("/somewhere-new/", "other", True),
    ],
)
def test_sections_and_treatment_pages(path, section, hashed):
    assert rules.section_for(path) == section
    assert rules.is_hashed_path(path) is hashed
    assert rules.is_counted_path(path)


@pytest.mark.parametrize(
    "path", ["/staff/figures/", "/admin/", "/moderation/", "/provider/", "/account/", "/api/x"]
)
def test_private_paths_are_never_counted(path):
    assert not rules.is_counted_path(path)


@pytest.mark.parametrize(
    ("agent", "robot"),
    [
        (
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36",
            False,
        ),
        ("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", True),
        ("curl/8.5.0", True),
        ("python-requests/2.32", True),
        ("", True),
    ],
)
def test_robots(agent, robot):
    assert rules.is_robot(agent) is robot


def test_searches_are_kept_without_numbers_emails_or_postcodes():
    assert rules.normalise_search("  Spice   K2 vape ") == "spice k2 vape"
    assert rules.normalise_search("ring 0121 496 0123 or a@b.org b12 3ab B123AB") == "ring 496 or"
    assert len(rules.normalise_search("word " * 40)) <= 60


def test_chart_axes_read_well():
    assert charts.nice_ceiling(52) == 100 and charts.nice_ceiling(40) == 50 and charts.nice_ceiling(0) == 1
    assert charts.short_label("Tue 27 Oct 2026") == "27 Oct"
    assert charts.short_label("Week of 5 Jan 2026") == "5 Jan"
    table = Table("T", ["Hour", "Views", "Note"], [["00:00", 3, "x"], ["01:00", 5, "y"]], chart="bar")
    chart = charts.build_chart(table)
    assert len(chart.bars) == 2  # only the numeric column is drawn
    assert chart.bars[1].height > chart.bars[0].height
    assert charts.build_chart(Table("T", ["A", "B"], [["a", "b"]], chart="bar")) is None
    assert charts.build_chart(Table("T", ["A", "B"], [["a", 1]])) is None  # no chart asked for


@pytest.mark.django_db
@override_settings(REDIS_URL="", FIGURES_REDIS_URL="")
def test_without_redis_views_are_counted_in_memory():
    assert isinstance(get_counters(), LocalCounters)
    for agent in ("Mozilla/5.0 A", "Mozilla/5.0 A", "Mozilla/5.0 B"):
        Client().get("/privacy/", **{**BROWSER_NAVIGATION, "HTTP_USER_AGENT": agent})
    folding.fold()
    folding.fold()
    assert PageDay.objects.get(path="/privacy/").views == 3
    assert VisitorsDay.objects.get().estimated_unique == 2


@pytest.mark.django_db
@override_settings(REDIS_URL="", FIGURES_REDIS_URL="", DEBUG=True)
def test_make_run_folds_when_the_figures_are_opened():
    from mylife4me.figures.views import fold_if_in_memory

    Client().get("/privacy/", **BROWSER_NAVIGATION)
    assert not PageDay.objects.exists()
    fold_if_in_memory()  # what opening /staff/figures/ does under make run
    assert PageDay.objects.get(path="/privacy/").views == 1
