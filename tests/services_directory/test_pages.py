import datetime
import re

import pytest
from django.test import Client

from services_directory.mixing import set_mixing_risk
from services_directory.models import AdvicePage
from services_directory.substance_page import SECTIONS
from tests.conftest import BROWSER_NAVIGATION
from tests.services_directory.factories import TEXT_FIELDS, make_advice, make_substance

pytestmark = pytest.mark.django_db


def test_a_substance_page_shows_every_section_with_a_contents_list(browser_client):
    make_substance("Ketamine", other_names="K\nKet\nSpecial K", categories=("detox", "naloxone"))
    html = browser_client.get("/drugs/ketamine/").content.decode()
    for _field, heading, anchor in SECTIONS:
        assert f'<h2 class="govuk-heading-l" id="{anchor}">{heading}</h2>' in html, heading
        assert f'href="#{anchor}"' in html, f"contents list has no link to {heading}"
    for field in TEXT_FIELDS:
        assert f"Section {field} of Ketamine." in html
    assert "Also called:</strong> K, Ket, Special K" in html
    assert "Class B" in html and "The law about Ketamine." in html
    assert 'href="/services/?category=detox"' in html and 'href="/services/?category=naloxone"' in html


def test_empty_sections_are_left_out_but_mixing_and_the_law_always_show(browser_client):
    make_substance("Plain", cut_with="", detection="  ")
    html = browser_client.get("/drugs/plain/").content.decode()
    assert 'id="cut-with"' not in html and 'id="detection"' not in html
    assert 'id="support"' not in html  # no categories chosen
    assert 'id="mixing"' in html and "We have no mixing information for Plain yet" in html
    assert 'id="the-law"' in html


def test_the_mixing_table_shows_on_both_pages_of_a_pair(browser_client):
    alcohol = make_substance("Alcohol", substance_type="depressants")
    heroin = make_substance("Heroin", substance_type="opioids")
    set_mixing_risk(heroin, alcohol, "dangerous", "Both slow your breathing.")
    for slug, other in [("alcohol", "Heroin"), ("heroin", "Alcohol")]:
        html = browser_client.get(f"/drugs/{slug}/").content.decode()
        table = html[html.index('<table class="govuk-table ml4m-mixing">') : html.index("</table>")]
        assert f">{other}</a>" in table
        assert "Dangerous" in table and "Both slow your breathing." in table


def test_the_mixing_table_lists_the_most_dangerous_first(browser_client):
    base = make_substance("Base")
    for name, level in [("Aaa", "caution"), ("Bbb", "dangerous"), ("Ccc", "high_risk")]:
        set_mixing_risk(base, make_substance(name), level, f"{name} note")
    html = browser_client.get("/drugs/base/").content.decode()
    assert html.index("Bbb note") < html.index("Ccc note") < html.index("Aaa note")


def test_unreviewed_content_says_it_is_demo_content_until_a_clinician_reviews_it(browser_client):
    make_substance("Draft")
    make_substance("Checked", clinically_reviewed=True)
    notice = "Demo content: to be reviewed by a clinician before publication."
    assert notice in browser_client.get("/drugs/draft/").content.decode()
    assert notice not in browser_client.get("/drugs/checked/").content.decode()


def test_the_page_says_when_it_was_last_reviewed_and_flags_an_overdue_review(browser_client):
    recent = datetime.date.today() - datetime.timedelta(days=10)
    make_substance("Fresh", last_reviewed=recent, reviewed_by="Dr Test")
    make_substance("Stale", last_reviewed=datetime.date.today() - datetime.timedelta(days=400))
    fresh = browser_client.get("/drugs/fresh/").content.decode()
    assert f"Last reviewed {recent.day} {recent:%B %Y} by Dr Test." in fresh
    assert "due for review" not in fresh
    stale = browser_client.get("/drugs/stale/").content.decode()
    assert "This page is due for review" in stale


def test_markdown_in_content_is_rendered_and_sanitised(browser_client):
    make_substance(
        "Marked",
        staying_safer="- **Start low**\n- [FRANK](https://www.talktofrank.com)\n\n<script>alert(1)</script>",
    )
    html = browser_client.get("/drugs/marked/").content.decode()
    assert "<strong>Start low</strong>" in html
    assert 'rel="nofollow noopener noreferrer"' in html
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_the_a_to_z_groups_by_letter_and_filters_by_type_without_javascript(browser_client):
    make_substance("Alcohol", substance_type="depressants", other_names="Booze")
    make_substance("Amphetamine", substance_type="stimulants")
    make_substance("Cocaine", substance_type="stimulants")
    make_substance("2C-B", substance_type="psychedelics")
    html = browser_client.get("/drugs/").content.decode()
    letters = re.findall(r'<h2 class="govuk-heading-l ml4m-letter" id="letter-([^"]+)">', html)
    assert letters == ["A", "C", "0-9"]
    assert html.index("Alcohol") < html.index("Amphetamine") < html.index("Cocaine")
    assert "Also called: Booze" in html
    # The filter is a plain GET form: its address is the permalink.
    assert '<form class="ml4m-filter" action="/drugs/" method="get">' in html
    filtered = browser_client.get("/drugs/?type=stimulants").content.decode()
    assert "Amphetamine" in filtered and "Cocaine" in filtered
    assert "Alcohol" not in filtered.split("<main", 1)[1]
    assert '<option value="stimulants" selected>' in filtered
    assert "Showing 2 stimulants" in filtered


@pytest.mark.parametrize("value", ["nonsense", "", "<script>", "stimulants'--"])
def test_an_unknown_type_shows_every_drug(browser_client, value):
    make_substance("Alcohol", substance_type="depressants")
    response = browser_client.get("/drugs/", {"type": value})
    assert response.status_code == 200
    assert "Alcohol" in response.content.decode()


def test_a_missing_page_is_a_friendly_404(browser_client):
    assert browser_client.get("/drugs/no-such-drug/").status_code == 404
    assert browser_client.get("/advice/no-such-advice/").status_code == 404


def test_advice_pages_list_in_order_and_show_their_review(browser_client):
    make_advice("faqs", "FAQs", order=60)
    make_advice("overdose", "What to do in an overdose", order=10, body="## Call 999\n\nStay with them.")
    index = browser_client.get("/advice/").content.decode()
    assert index.index("What to do in an overdose") < index.index("FAQs")
    page = browser_client.get("/advice/overdose/").content.decode()
    assert '<h2 class="govuk-heading-m">Call 999</h2>' in page
    assert "Demo content: to be reviewed by a clinician" in page
    assert "Last reviewed" in page
    assert "opens with no signal" in page  # the overdose guide is kept for offline use
    assert "opens with no signal" not in browser_client.get("/advice/faqs/").content.decode()


def test_information_pages_set_no_cookie():
    make_substance("Alcohol")
    make_advice("overdose")
    for path in ["/drugs/", "/drugs/alcohol/", "/drugs/?type=opioids", "/advice/", "/advice/overdose/"]:
        response = Client().get(path, **BROWSER_NAVIGATION)
        assert response.status_code == 200
        assert not response.cookies, path


def _grow(hub, times: int) -> None:
    """times more substances, each mixing with hub and filed under two categories, and more advice."""
    for _ in range(times):
        other = make_substance(categories=("detox", "young-people"))
        set_mixing_risk(hub, other, "caution", "Take care.")
    for number in range(times):
        make_advice(f"extra-{number}-{times}")


@pytest.mark.parametrize(
    ("path", "queries"),
    [("/drugs/", 1), ("/drugs/?type=stimulants", 1), ("/drugs/hub/", 3), ("/advice/", 1)],
)
def test_query_counts_are_pinned_and_do_not_grow_with_ten_times_the_content(
    browser_client, django_assert_max_num_queries, path, queries
):
    hub = make_substance("Hub", categories=("naloxone",))
    _grow(hub, 3)
    with django_assert_max_num_queries(queries):
        assert browser_client.get(path).status_code == 200
    _grow(hub, 30)
    with django_assert_max_num_queries(queries):
        assert browser_client.get(path).status_code == 200


def test_an_advice_page_takes_one_query(browser_client, django_assert_max_num_queries):
    make_advice("overdose")
    for number in range(20):
        make_advice(f"more-{number}")
    with django_assert_max_num_queries(1):
        assert browser_client.get("/advice/overdose/").status_code == 200
    assert AdvicePage.objects.count() == 21
