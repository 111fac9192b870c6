"""Pages the service worker keeps on the phone so they open with no signal.

Domain apps add theirs from AppConfig.ready (the drugs and advice app adds the overdose guide). Only
these pages are kept: the service worker never stores what else someone read, so the phone holds no
record of their browsing beyond these few public pages.
"""

import hashlib
import json

from django.templatetags.static import static

OFFLINE_PAGE = "/offline/"
# The CSS and JS that every page uses, by their hashed names in production.
STATIC_ASSETS = [
    "css/mylife4me.css",
    "js/mylife4me.js",
    "js/offline.js",
    "vendor/govuk-frontend/govuk-frontend.min.js",
    "images/favicon.svg",
]

_pages: dict[str, str] = {}


def register_offline_page(path: str, title: str) -> None:
    """path is the page's address on this site, such as "/advice/overdose/"; title is its link text."""
    _pages[path] = title


def saved_pages() -> list[tuple[str, str]]:
    """(path, title) of each page kept on the phone, apart from the offline page itself."""
    return list(_pages.items())


def offline_pages() -> list[str]:
    return [*_pages, OFFLINE_PAGE]


def is_offline_page(path: str) -> bool:
    return path in offline_pages()


def service_worker_settings() -> dict:
    """What the service worker script needs: the pages, the assets, and a cache name that changes
    whenever either list does (so a new stylesheet replaces the old cache)."""
    pages = offline_pages()
    assets = [static(name) for name in STATIC_ASSETS]
    version = hashlib.sha256(json.dumps([pages, assets]).encode()).hexdigest()[:12]
    return {"pages": pages, "assets": assets, "cache": f"ml4m-offline-{version}", "offline": OFFLINE_PAGE}
