"""What is counted, and how: the one place that decides which page views count, which section a page is
in, and which pages are counted without the visitor estimate.

A page view counts when it is a GET that returned a whole HTML page (200) on a public path, from something
that is not an obvious robot. Nothing about the person is kept: not their account, address or browser.
"""

import re

# Not public, or not pages: never counted.
NOT_COUNTED_PREFIXES: tuple[str, ...] = (
    "/staff/",
    "/admin/",
    "/moderation/",
    "/provider/",
    "/account/",
    "/alerts/",  # stop links carry a token
    "/api/",
    "/static/",
    "/sw.js",
    "/healthz",
    "/exit/",
)

# Pages about getting treatment, and the Breaking Free Online request. A view of these adds to the page,
# section and hour counts but never to the estimate of different visitors: nothing, not even a hash under
# a daily key, is made from the address of someone looking at treatment.
NOT_HASHED_PREFIXES: tuple[str, ...] = (
    "/breaking-free/",
    "/services/",
    "/advice/what-treatment-is-like/",
    "/drugs/methadone/",
    "/drugs/buprenorphine/",
)

# The first part of the path names the section; anything else is "other".
SECTIONS: dict[str, str] = {
    "": "home",
    "drugs": "drugs",
    "advice": "advice",
    "services": "services",
    "forum": "forum",
    "stories": "stories",
    "breaking-free": "breaking-free",
    "search": "search",
    "using-this-site-safely": "about the site",
    "privacy": "about the site",
    "accessibility": "about the site",
    "offline": "about the site",
}

SECTION_NAMES: dict[str, str] = {
    "home": "Home page",
    "drugs": "Drugs A to Z",
    "advice": "Advice",
    "services": "Find support",
    "forum": "Forum",
    "stories": "Stories",
    "breaking-free": "Breaking Free Online",
    "search": "Search",
    "about the site": "About the site",
    "other": "Other pages",
}

MAX_PATH_LENGTH = 200

_BOTS = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|lighthouse|"
    r"pingdom|uptime|monitor|curl/|wget/|python-|httpx|go-http-client|java/|okhttp|libwww|scrapy|axios",
    re.IGNORECASE,
)


def is_counted_path(path: str) -> bool:
    return not path.startswith(NOT_COUNTED_PREFIXES)


def is_hashed_path(path: str) -> bool:
    return not path.startswith(NOT_HASHED_PREFIXES)


def section_for(path: str) -> str:
    first = path.strip("/").split("/", 1)[0]
    return SECTIONS.get(first, "other")


def section_name(section: str) -> str:
    return SECTION_NAMES.get(section, section)


def is_robot(user_agent: str) -> bool:
    """No user agent at all, or one that says it is a robot, a link previewer or a script."""
    return not user_agent.strip() or bool(_BOTS.search(user_agent))


def counted_path(path: str) -> str:
    """The path as kept: never the query string (the request's path has none), at most 200 characters."""
    return path[:MAX_PATH_LENGTH]


_LONG_NUMBER = re.compile(r"\d{4,}")
_POSTCODE = re.compile(r"\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b")


def normalise_search(text: str) -> str:
    """A search that found nothing, as kept: lower case, single spaces, at most 60 characters, without any
    word that could be a phone number, an email address or a full postcode (so a person who types their
    own details into the box does not have them kept)."""
    text = _POSTCODE.sub(" ", text.lower())
    words = [word for word in text.split() if "@" not in word and not _LONG_NUMBER.search(word)]
    return " ".join(words)[:60].strip()
