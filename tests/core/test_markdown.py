"""The one markdown-to-HTML path: whatever goes in, only allowed tags, attributes and links come out."""

from html.parser import HTMLParser

import pytest
from django.template import Context, Template
from hypothesis import given, settings
from hypothesis import strategies as st

from mylife4me.core.markdown import BLOCK_TAGS, INLINE_TAGS, TABLE_TAGS, render_markdown

ALLOWED_TAGS = BLOCK_TAGS | INLINE_TAGS | TABLE_TAGS | {"a"}
ALLOWED_ATTRIBUTES = {"class", "href", "title", "rel"}
SAFE_HREF = ("http://", "https://", "mailto:", "tel:", "/", "#")


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parsed(html: str) -> list[tuple[str, dict]]:
    collector = _Collect()
    collector.feed(html)
    return collector.tags


def assert_safe(html: str) -> None:
    for tag, attributes in parsed(html):
        assert tag in ALLOWED_TAGS, (tag, html)
        assert set(attributes) <= ALLOWED_ATTRIBUTES, (attributes, html)
        for value in attributes.values():
            squashed = "".join((value or "").lower().split())
            assert not any(scheme in squashed for scheme in ("javascript:", "vbscript:", "data:")), (
                value,
                html,
            )
        href = attributes.get("href")
        if href is not None:
            # A link is to this site (no scheme) or uses one of the allowed schemes.
            assert href.lower().startswith(SAFE_HREF) or ":" not in href.split("/")[0], href
    lowered = html.lower()
    # Text that looks like markup is escaped, so these never appear as tags.
    for bad in [
        "<script",
        "<svg",
        "<img",
        "<iframe",
        "<object",
        "<embed",
        "<style",
        "<form",
        "<meta",
        "<base",
    ]:
        assert bad not in lowered, (bad, html)


XSS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](jav&#x61;script:alert(1))",
    "[click](jav&#97;script&colon;alert(1))",
    "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1))",
    "[click](java\tscript:alert(1))",
    "[click]( javascript:alert(1))",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](data:image/png;base64,AAAA)",
    "<javascript:alert(1)>",
    "[ref]\n\n[ref]: javascript:alert(1)",
    "![x](javascript:alert(1))",
    '![x" onerror="alert(1)](https://evil.example/a.png)',
    "![pixel](https://tracker.example/p.gif)",
    '<svg onload="alert(1)"><circle r=1></svg>',
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<iframe src="https://evil.example"></iframe>',
    "<p onclick=alert(1)>hi</p>",
    '[x](https://ok.example "title" onmouseover="alert(1)")',
    '[x](https://ok.example"onmouseover="alert(1))',
    "**<b onmouseover=alert(1)>bold</b>**",
    "<<script>script>alert(1)<</script>/script>",
    "<!-- <script>alert(1)</script> -->",
    "<details open ontoggle=alert(1)>",
    "`<script>alert(1)</script>`",
    "```html\n<script>alert(1)</script>\n```",
    "> <script>alert(1)</script>\n> - [a](javascript:alert(1))",
    "- <em>unclosed\n- <strong>broken</em></strong>\n<table><tr><td>",
    "<form action=https://evil.example><input name=x></form>",
    "<meta http-equiv=refresh content='0;url=https://evil.example'>",
    "<base href=https://evil.example/>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
]


@pytest.mark.parametrize("payload", XSS)
def test_xss_payloads_come_out_harmless(payload):
    assert_safe(render_markdown(payload))
    assert_safe(render_markdown(payload, allow_links=False))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>\"'=/&#;:[]()!*_`-#\n abcjsvgonerrorscriptjavadatahref1"))))
def test_any_text_comes_out_with_only_allowed_markup(text):
    assert_safe(render_markdown(text))


def test_ordinary_markdown_becomes_govuk_html():
    html = render_markdown("## Call 999\n\nStay **with** them.\n\n- one\n- two\n\n1. first\n\n> quoted")
    assert '<h2 class="govuk-heading-m">Call 999</h2>' in html
    assert '<p class="govuk-body">Stay <strong>with</strong> them.</p>' in html
    assert '<ul class="govuk-list govuk-list--bullet">' in html
    assert '<ol class="govuk-list govuk-list--number">' in html
    assert '<blockquote class="govuk-inset-text">' in html


def test_outside_links_get_nofollow_and_site_links_do_not():
    html = render_markdown("[FRANK](https://www.talktofrank.com) and [advice](/advice/) and <tel:999>")
    tags = {attributes["href"]: attributes for tag, attributes in parsed(html) if tag == "a"}
    assert tags["https://www.talktofrank.com"]["rel"] == "nofollow noopener noreferrer"
    assert "rel" not in tags["/advice/"]


def test_links_can_be_turned_off_keeping_their_words():
    html = render_markdown("Read [this page](https://example.org/x) now", allow_links=False)
    assert "<a" not in html and "this page" in html and "example.org" not in html


def test_images_become_their_words():
    html = render_markdown("![a syringe](https://example.org/s.png)")
    assert html == '<p class="govuk-body">a syringe</p>'


def test_headings_are_never_bigger_than_the_page_allows():
    assert "<h3" in render_markdown("# Big", top_heading=3)
    assert "<h1" not in render_markdown("# Big")
    assert "<h4" in render_markdown("###### Small")


def test_the_template_filter():
    template = Template('{% load markdown %}{{ text|markdown }}|{{ text|markdown:"h3,nolinks" }}')
    html = template.render(Context({"text": "# Hi [x](https://a.example)"}))
    first, second = html.split("|")
    assert "<h2" in first and "<a " in first
    assert "<h3" in second and "<a " not in second


def test_nothing_gives_nothing():
    assert render_markdown("") == "" and render_markdown(None) == ""
