import json
import re

import pytest
from django.templatetags.static import static
from django.test import Client

from mylife4me.core.offline import offline_pages, service_worker_settings
from tests.conftest import BROWSER_NAVIGATION

pytestmark = pytest.mark.django_db


def _settings_in(script: str) -> dict:
    return json.loads(re.search(r"const SETTINGS = (\{.*?\});", script).group(1))


def test_the_service_worker_is_served_from_the_site_root():
    response = Client().get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "max-age=300" in response["Cache-Control"]
    assert not response.cookies


def test_it_keeps_the_overdose_guide_the_offline_page_and_the_hashed_css_and_js():
    kept = _settings_in(Client().get("/sw.js").content.decode())
    assert "/advice/overdose/" in kept["pages"] and "/offline/" in kept["pages"]
    assert static("css/mylife4me.css") in kept["assets"]
    assert static("js/mylife4me.js") in kept["assets"]
    # The cache name changes when a kept file's hashed name does, so phones pick up the new one.
    assert kept["cache"].startswith("ml4m-offline-")
    assert kept == service_worker_settings()


def test_every_page_registers_it_from_a_static_file():
    html = Client().get("/", **BROWSER_NAVIGATION).content.decode()
    assert f'<script type="module" src="{static("js/offline.js")}"></script>' in html


def test_the_offline_page_points_to_the_saved_pages():
    response = Client().get("/offline/", **BROWSER_NAVIGATION)
    html = response.content.decode()
    assert response.status_code == 200 and not response.cookies
    assert 'href="tel:999"' in html
    assert 'href="/advice/overdose/">What to do in an overdose</a>' in html
    assert offline_pages()[-1] == "/offline/"


def test_the_safety_page_says_saved_pages_stay_until_site_data_is_cleared():
    html = Client().get("/using-this-site-safely/", **BROWSER_NAVIGATION).content.decode()
    assert "until you clear this site" in html
