import pytest
from django.core.management import call_command

from forum.demo import CATEGORIES, THREADS
from forum.models import Category, Post, Thread
from mylife4me.moderation.models import OnCallShift, WatchedWord

pytestmark = pytest.mark.django_db


def test_demo_forum_loads_twice_without_duplicates_and_reads_well(client):
    call_command("load_demo", "--force", verbosity=0)
    call_command("load_demo", "--force", verbosity=0)
    assert Category.objects.count() == len(CATEGORIES)
    assert Thread.objects.filter(visible=True).count() == len(THREADS) >= 20
    assert all(title.startswith("Demo:") for title in Thread.objects.values_list("title", flat=True))
    bodies = " ".join(Post.objects.values_list("body", flat=True)).lower()
    for word in ["addict", "abuser", "misuser", "junkie", "clean"]:
        assert word not in bodies
    assert OnCallShift.objects.filter(position=1, moderator__username="demo-moderator").exists()
    assert OnCallShift.objects.filter(position=2, moderator__username="demo-moderator-2").exists()
    assert WatchedWord.objects.filter(action="crisis").exists()
    page = client.get("/forum/").content.decode()
    for _, name, _ in CATEGORIES:
        assert name in page
