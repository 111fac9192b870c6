"""/staff/figures/: the right people, the right numbers, charts with tables, CSV the same as the table."""

import csv
import datetime
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from forum.models import Category, Post, Thread
from mylife4me.accounts.roles import Role
from mylife4me.figures import registry
from mylife4me.figures.models import HourDay, PageDay, SearchMissDay, VisitorsDay
from mylife4me.figures.registry import Section, Table
from mylife4me.moderation.models import ModerationItem
from tests.factories import UserFactory, make_staff
from tests.services_directory.directory_factories import make_service

pytestmark = pytest.mark.django_db

URL = "/staff/figures/"


@pytest.fixture
def editor_client(browser_client):
    browser_client.force_login(make_staff(Role.CONTENT_EDITOR))
    return browser_client


@pytest.fixture
def codes_only_section():
    """A section only code administrators may read, as the access-codes app registers."""
    section = Section(
        name="test-codes-only",
        heading="Codes only",
        tables=lambda start, end: [Table("Codes issued", ["Month", "Codes"], [["June", 4]], chart="bar")],
        roles=frozenset({Role.CODE_ADMINISTRATOR}),
        order=99,
    )
    registry.register_section(section)
    yield section
    registry._sections.pop(section.name, None)


def seed_visits(today: datetime.date) -> None:
    yesterday = today - timedelta(days=1)
    PageDay.objects.create(date=today, path="/drugs/ketamine/", section="drugs", views=40)
    PageDay.objects.create(date=yesterday, path="/drugs/ketamine/", section="drugs", views=2)
    PageDay.objects.create(date=today, path="/advice/faqs/", section="advice", views=3)
    PageDay.objects.create(date=today, path="/forum/", section="forum", views=17)
    PageDay.objects.create(date=today - timedelta(days=40), path="/advice/old/", section="advice", views=999)
    HourDay.objects.create(date=today, hour=2, weekday=today.weekday(), section="drugs", views=50)
    HourDay.objects.create(date=today, hour=14, weekday=today.weekday(), section="forum", views=10)
    HourDay.objects.create(date=yesterday, hour=2, weekday=yesterday.weekday(), section="drugs", views=2)
    VisitorsDay.objects.create(date=today, estimated_unique=21)
    SearchMissDay.objects.create(date=today, query="spice vape", count=5)
    SearchMissDay.objects.create(date=yesterday, query="spice vape", count=2)
    SearchMissDay.objects.create(date=today, query="=cmd|' /c calc'!A1", count=1)


def table_rows(html: str, title: str) -> list[list[str]]:
    """The rows of the table captioned `title`, as text (header row first)."""
    from html.parser import HTMLParser

    class Rows(HTMLParser):
        def __init__(self):
            super().__init__()
            self.in_table = self.in_caption = self.in_cell = False
            self.caption, self.rows, self.found = "", [], None

        def handle_starttag(self, tag, attrs):
            if tag == "table":
                self.in_table, self.rows, self.caption = True, [], ""
            elif tag == "caption":
                self.in_caption = True
            elif tag == "tr" and self.in_table:
                self.rows.append([])
            elif tag in ("td", "th") and self.in_table:
                self.in_cell = True
                self.rows[-1].append("")

        def handle_endtag(self, tag):
            if tag == "caption":
                self.in_caption = False
            elif tag in ("td", "th"):
                self.in_cell = False
            elif tag == "table":
                self.in_table = False
                if self.caption.strip() == title and self.found is None:
                    self.found = [[cell.strip() for cell in row] for row in self.rows]

        def handle_data(self, data):
            if self.in_caption:
                self.caption += data
            elif self.in_cell:
                self.rows[-1][-1] += data

    parser = Rows()
    parser.feed(html)
    assert parser.found is not None, f"no table {title!r}"
    return parser.found


# Who may read the figures


def test_anonymous_people_are_sent_to_sign_in(browser_client):
    response = browser_client.get(URL)
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_staff_without_two_factor_are_sent_to_set_it_up(browser_client):
    browser_client.force_login(make_staff(Role.CONTENT_EDITOR, mfa=False))
    response = browser_client.get(URL)
    assert response.status_code == 302 and "/2fa/" in response["Location"]


@pytest.mark.parametrize("who", ["member", "moderator", "provider"])
def test_other_people_are_refused(browser_client, who):
    user = {
        "member": lambda: UserFactory(),
        "moderator": lambda: make_staff(Role.MODERATOR),
        "provider": lambda: make_staff(Role.PROVIDER_STAFF),
    }[who]()
    browser_client.force_login(user)
    assert browser_client.get(URL).status_code == 403
    assert browser_client.get(reverse("figures:section", args=["visits"])).status_code == 403
    assert browser_client.get(reverse("figures:csv", args=["visits", 1])).status_code == 403


@pytest.mark.parametrize("role", [Role.CONTENT_EDITOR, Role.CODE_ADMINISTRATOR, None])
def test_editors_code_administrators_and_admins_may_read(browser_client, role):
    browser_client.force_login(make_staff(role, superuser=role is None))
    response = browser_client.get(URL)
    assert response.status_code == 200
    assert not response.cookies.get("csrftoken")
    assert "private" in response["Cache-Control"]


def test_a_section_is_shown_only_to_its_roles(browser_client, codes_only_section):
    codes_admin, editor = make_staff(Role.CODE_ADMINISTRATOR), make_staff(Role.CONTENT_EDITOR)
    section_url = reverse("figures:section", args=[codes_only_section.name])
    csv_url = reverse("figures:csv", args=[codes_only_section.name, 1])

    browser_client.force_login(codes_admin)
    assert "Codes only" in browser_client.get(URL).content.decode()
    assert browser_client.get(section_url).status_code == 200
    assert browser_client.get(csv_url).status_code == 200

    browser_client.force_login(editor)
    page = browser_client.get(URL).content.decode()
    assert "Codes only" not in page and "Visits" in page
    assert browser_client.get(section_url).status_code == 403
    assert browser_client.get(csv_url).status_code == 403


def test_the_staff_page_links_to_the_figures(browser_client):
    browser_client.force_login(make_staff(Role.CONTENT_EDITOR))
    assert URL in browser_client.get("/staff/").content.decode()
    browser_client.force_login(make_staff(Role.MODERATOR))
    assert URL not in browser_client.get("/staff/").content.decode()


# The numbers


def test_visits_show_the_right_numbers_with_charts_and_tables(editor_client):
    today = timezone.localdate()
    seed_visits(today)
    html = editor_client.get(URL).content.decode()

    by_section = table_rows(html, "Page views by section, day by day")
    assert by_section[0] == ["Day", "Drugs A to Z", "Advice", "Forum"]
    assert by_section[-1] == [f"{today:%a %-d %b %Y}", "40", "3", "17"]
    assert by_section[-2][1:] == ["2", "0", "0"]
    assert len(by_section) == 1 + 28  # the last 28 days by default; 40 days ago is not in

    assert table_rows(html, "Page views and visitors")[-1] == [f"{today:%a %-d %b %Y}", "60", "21"]
    hours = table_rows(html, "When people visit: hour of the day")
    assert hours[1 + 2] == ["02:00", "52"] and hours[1 + 14] == ["14:00", "10"] and len(hours) == 25
    least = table_rows(html, "Pages read least")
    assert [row[0] for row in least[1:]] == ["/advice/faqs/", "/forum/", "/drugs/ketamine/"]
    assert least[1] == ["/advice/faqs/", "Advice", "3"]
    assert table_rows(html, "Searches that found nothing")[1] == ["spice vape", "7"]

    # Each chart is a labelled image, with its table right after it.
    assert html.count('<svg class="ml4m-figures__chart"') >= 4
    assert 'role="img" aria-label="Chart: When people visit: hour of the day.' in html
    assert " style=" not in html and "<script>" not in html


def test_any_date_range_can_be_chosen(editor_client):
    today = timezone.localdate()
    seed_visits(today)
    start = today - timedelta(days=45)
    html = editor_client.get(URL, {"from": start.isoformat(), "to": today.isoformat()}).content.decode()
    assert "/advice/old/" in html
    only_yesterday = (today - timedelta(days=1)).isoformat()
    html = editor_client.get(URL, {"from": only_yesterday, "to": only_yesterday}).content.decode()
    assert table_rows(html, "Pages read most")[1:] == [["/drugs/ketamine/", "Drugs A to Z", "2"]]


def test_a_long_range_is_shown_week_by_week(editor_client):
    today = timezone.localdate()
    seed_visits(today)
    start = today - timedelta(days=365)
    html = editor_client.get(URL, {"from": start.isoformat(), "to": today.isoformat()}).content.decode()
    weeks = table_rows(html, "Page views by section, week by week")
    assert 52 <= len(weeks) - 1 <= 54
    monday = today - timedelta(days=today.weekday())
    assert weeks[-1][0] == f"Week of {monday:%-d %b %Y}"


@pytest.mark.parametrize(
    ("query", "message", "field"),
    [
        ({"from": "31/02/2025", "to": ""}, "Enter the from date as a real date", "id_from"),
        ({"from": "2025-03-10", "to": "2025-03-01"}, "The to date must be the same as or after", "id_to"),
        ({"from": "2020-01-01", "to": "2025-01-01"}, "no more than 2 years apart", "id_from"),
    ],
)
def test_a_wrong_date_range_gets_an_error_summary_and_keeps_what_was_typed(
    editor_client, query, message, field
):
    response = editor_client.get(URL, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html and message in html
    assert f'href="#{field}"' in html
    assert f'value="{query["from"]}"' in html
    assert "<title>Error: " in html


def test_csv_matches_the_table_and_cannot_run_formulas(editor_client):
    today = timezone.localdate()
    seed_visits(today)
    html = editor_client.get(URL).content.decode()
    for section, number, title in [
        ("visits", 1, "Page views by section, day by day"),
        ("visits", 3, "When people visit: hour of the day"),
        ("searches", 1, "Searches that found nothing"),
    ]:
        response = editor_client.get(reverse("figures:csv", args=[section, number]))
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        assert "attachment" in response["Content-Disposition"]
        rows = list(csv.reader(io.StringIO(response.content.decode())))
        shown = table_rows(html, title)
        if section == "searches":
            assert rows[2] == ["'=cmd|' /c calc'!A1", "1"]  # a spreadsheet shows it as text
            rows[2][0] = rows[2][0][1:]
        assert rows == shown
    assert editor_client.get(reverse("figures:csv", args=["visits", 99])).status_code == 404
    assert editor_client.get(reverse("figures:csv", args=["nothing-here", 1])).status_code == 404
    bad = editor_client.get(reverse("figures:csv", args=["visits", 1]), {"from": "nonsense"})
    assert bad.status_code == 302


def test_the_csv_follows_the_dates_chosen(editor_client):
    seed_visits(timezone.localdate())
    long_ago = (timezone.localdate() - timedelta(days=40)).isoformat()
    response = editor_client.get(
        reverse("figures:csv", args=["visits", 6]), {"from": long_ago, "to": long_ago}
    )
    assert list(csv.reader(io.StringIO(response.content.decode()))) == [
        ["Page", "Section", "Page views"],
        ["/advice/old/", "Advice", "999"],
    ]


def test_forum_moderation_and_listing_figures(editor_client):
    now = timezone.now()
    at_two = timezone.localtime(now).replace(hour=2, minute=10)
    at_noon = timezone.localtime(now).replace(hour=12, minute=0)
    category = Category.objects.create(name="Talk", slug="talk")
    thread = Thread.objects.create(category=category, title="Hello", slug="hello", visible=True)
    Post.objects.create(thread=thread, body="First", is_first=True, created_at=at_two)
    Post.objects.create(thread=thread, body="Reply", created_at=at_two)
    Post.objects.create(thread=thread, body="Reply", created_at=at_noon)
    post_type = __import__("django.contrib.contenttypes.models", fromlist=["ContentType"]).ContentType
    content_type = post_type.objects.get_for_model(Post)

    def item(created, wait_minutes, crisis=False, escalated=False):
        return ModerationItem.objects.create(
            content_type=content_type,
            object_id=1,
            reason="crisis" if crisis else "held",
            crisis=crisis,
            created_at=created,
            resolved_at=None if wait_minutes is None else created + timedelta(minutes=wait_minutes),
            escalated_at=created + timedelta(minutes=15) if escalated else None,
        )

    for minutes in (10, 20, 30):
        item(at_noon, minutes)
    for minutes in (5, 50):
        item(at_two, minutes)
    item(at_two, None)
    item(at_two, 4, crisis=True)
    item(at_two, 20, crisis=True, escalated=True)
    make_service("Checked Recently")
    make_service("Long Forgotten", last_checked=timezone.localdate() - timedelta(days=200))
    make_service("Never Checked", last_checked=None)

    html = editor_client.get(URL).content.decode()
    hours = table_rows(html, "Forum posts by hour of the day")
    assert hours[0] == ["Hour (UK time)", "Replies", "New threads"]
    assert hours[1 + 2] == ["02:00", "1", "1"] and hours[1 + 12] == ["12:00", "1", "0"]
    waits = table_rows(html, "How long posts waited for a moderator")
    assert waits[1] == ["Day (08:00 to 19:59)", "3", "20.0", "30.0", "0"]
    assert waits[2] == ["Night (20:00 to 07:59)", "4", "12.5", "50.0", "1"]
    assert waits[3] == ["All", "7", "20.0", "50.0", "1"]
    crises = table_rows(html, "Crisis alerts and how fast a moderator acted")
    assert crises[2] == ["Night (20:00 to 07:59)", "2", "2", "12.0", "20.0", "1"]
    assert crises[1][1:] == ["0", "0", "\N{EN DASH}", "\N{EN DASH}", "0"]
    overdue = table_rows(html, "Listings overdue for checking")
    assert [row[0] for row in overdue[1:]] == ["Never Checked", "Long Forgotten"]
    assert overdue[2][3] == "200"


def test_the_figures_page_query_count_does_not_grow_with_the_data(
    editor_client, django_assert_max_num_queries
):
    def count() -> int:
        with django_assert_max_num_queries(20) as context:
            assert editor_client.get(URL).status_code == 200
        return len(context.captured_queries)

    seed_visits(timezone.localdate())
    few = count()
    today = timezone.localdate()
    for number in range(300):
        day = today - timedelta(days=number % 20)
        PageDay.objects.create(date=day, path=f"/drugs/page-{number}/", section="drugs", views=number)
        SearchMissDay.objects.create(date=day, query=f"search {number}", count=1)
    for _ in range(10):
        make_service(last_checked=None)
    assert count() == few


def test_a_section_that_fails_does_not_break_the_page(editor_client):
    def broken(start, end):
        raise RuntimeError("a bug in some app's figures")

    registry.register_section(Section(name="test-broken", heading="Broken figures", tables=broken, order=98))
    try:
        response = editor_client.get(URL)
    finally:
        registry._sections.pop("test-broken", None)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Broken figures" in html and "could not be worked out" in html
    assert "Page views by section" in html
