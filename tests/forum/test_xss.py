"""Hostile markdown and HTML in posts reaches the page as harmless text."""

import re
from html.parser import HTMLParser

import pytest

from forum.models import Post
from tests.forum.helpers import make_thread

pytestmark = pytest.mark.django_db

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    '<a href="javascript:alert(1)">x</a>',
    '<div onmouseover="alert(1)">hover</div>',
    "<svg><script>alert(1)</script></svg>",
    '<iframe src="https://evil.test"></iframe>',
    "![x](https://evil.test/track.png)",
    "<style>body{display:none}</style>",
    "**<b onclick=alert(1)>bold</b>**",
    "<<script>script>alert(1)<</script>/script>",
    "[a](<javascript:alert(1)>)",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "[x](&#106;avascript:alert(1))",
    "<form action=https://evil.test><input name=a></form>",
    '<object data="x.swf"></object><embed src=x>',
    '> <p style="position:fixed">quote</p>',
]

SAFE_TAGS = {
    "p",
    "br",
    "ul",
    "ol",
    "li",
    "blockquote",
    "hr",
    "pre",
    "code",
    "h3",
    "h4",
    "strong",
    "em",
    "s",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
SAFE_ATTRIBUTES = {"class", "href", "title", "rel"}


class Elements(HTMLParser):
    """Every tag and attribute the browser would build from the HTML (text and entities are inert)."""

    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, attrs))


def elements(html: str):
    parser = Elements()
    parser.feed(html)
    return parser.found


@pytest.mark.parametrize("links_allowed", [True, False])
def test_hostile_posts_render_inert(client, settings, links_allowed):
    settings.FORUM_POSTS_PER_PAGE = 50
    thread = make_thread()
    for body in HOSTILE:
        Post.objects.create(thread=thread, author=thread.author, body=body, links_allowed=links_allowed)
    thread.post_count = len(HOSTILE) + 1
    thread.save()
    html = client.get(thread.get_absolute_url()).content.decode()
    bodies = re.findall(r'<div class="ml4m-post__body">(.*?)</div>\s*(?:<p|</article>)', html, re.DOTALL)
    assert len(bodies) == len(HOSTILE) + 1
    for body in bodies:
        for tag, attributes in elements(body):
            assert tag in SAFE_TAGS, body
            for name, value in attributes:
                assert name in SAFE_ATTRIBUTES, body
                if name == "href":
                    assert links_allowed
                    assert value.startswith(("https://", "http://", "mailto:", "tel:")), body
                    assert "evil.test" not in value
