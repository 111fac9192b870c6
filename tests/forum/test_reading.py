import pytest
from django.urls import reverse

from forum.models import Post
from tests.forum.helpers import make_category, make_person, make_thread

pytestmark = pytest.mark.django_db


def test_forum_front_page_lists_categories_with_counts_and_sets_no_cookie(browser_client):
    thread = make_thread(replies=4)
    response = browser_client.get("/forum/")
    assert response.status_code == 200
    assert response.cookies == {}
    text = response.content.decode()
    assert thread.category.name in text
    assert "1 thread, 5 posts" in text


def test_category_lists_pinned_threads_first_then_latest(client):
    category = make_category()
    older = make_thread(category, title="Older")
    newer = make_thread(category, title="Newer", replies=1)
    pinned = make_thread(category, title="Pinned one")
    pinned.pinned = True
    pinned.save()
    text = client.get(category.get_absolute_url()).content.decode()
    assert text.index("Pinned one") < text.index("Newer") < text.index("Older")
    assert older.title in text and newer.title in text


def test_thread_page_reads_without_an_account_or_a_cookie(browser_client):
    thread = make_thread(replies=3)
    response = browser_client.get(thread.get_absolute_url())
    assert response.status_code == 200
    assert response.cookies == {}
    assert "Reply number 3" in response.content.decode()
    assert "Sign in to reply" in response.content.decode()


@pytest.mark.parametrize(
    "junk", ["abc", "-5", "0", "99999999999999999999", "1e9", "", "%00", "2.5", "\uff11"]
)
def test_the_page_number_never_breaks_a_page(client, junk):
    thread = make_thread(replies=25)
    response = client.get(thread.get_absolute_url(), {"page": junk})
    assert response.status_code == 200


def test_a_thread_with_5000_replies_pages_in_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    thread = make_thread(replies=4999)
    url = thread.get_absolute_url()
    with django_assert_max_num_queries(3):
        first = client.get(url)
    assert "First post" in first.content.decode()
    assert "Reply number 19<" in first.content.decode()
    with django_assert_max_num_queries(3):
        last = client.get(url, {"page": 250})
    assert "Reply number 4999<" in last.content.decode()
    assert "Reply number 4979<" not in last.content.decode()
    with django_assert_max_num_queries(3):
        beyond = client.get(url, {"page": 100000})
    assert "Reply number 4999<" in beyond.content.decode()


def test_page_query_counts_do_not_grow_with_ten_times_the_data(client, django_assert_num_queries):
    category = make_category()
    small = make_thread(category, replies=30)
    for _ in range(2):
        make_thread(category)
    with django_assert_num_queries(1) as counted:
        client.get("/forum/")
    for extra in range(20):
        make_thread(make_category(f"topic-{extra}", f"Topic {extra}"))
    with django_assert_num_queries(len(counted.captured_queries)):
        client.get("/forum/")
    with django_assert_num_queries(2):
        client.get(category.get_absolute_url())
    big = make_thread(category, replies=300)
    for _ in range(30):
        make_thread(category)
    with django_assert_num_queries(2):
        client.get(category.get_absolute_url())
    with django_assert_num_queries(2):
        client.get(small.get_absolute_url(), {"page": 2})
    with django_assert_num_queries(2):
        client.get(big.get_absolute_url(), {"page": 16})


def test_a_signed_in_readers_thread_page_has_a_fixed_query_count(client, django_assert_max_num_queries):
    reader = make_person(1)
    client.force_login(reader)
    thread = make_thread(replies=100)
    with django_assert_max_num_queries(8):
        response = client.get(thread.get_absolute_url(), {"page": 6})
    assert "Post reply" in response.content.decode()


def test_a_post_link_goes_to_the_page_it_is_on(client):
    make_thread(replies=45)
    post = Post.objects.get(body="Reply number 30")
    response = client.get(reverse("forum:post", args=[post.pk]))
    assert response.status_code == 302
    assert response["Location"].endswith(f"?page=2#post-{post.pk}")


def test_a_wrong_slug_redirects_to_the_right_one(client):
    thread = make_thread()
    response = client.get(reverse("forum:thread", args=[thread.pk, "something-else"]))
    assert response.status_code == 301
    assert response["Location"] == thread.get_absolute_url()


def test_unknown_things_are_not_found(client):
    assert client.get("/forum/no-such-topic/").status_code == 404
    assert client.get("/forum/t/999999/x/").status_code == 404
    assert client.get("/forum/p/999999/").status_code == 404
