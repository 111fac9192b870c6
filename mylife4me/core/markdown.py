"""The site's one way to turn markdown into HTML, for staff-written pages and user-written posts alike.

markdown-it-py parses with raw HTML turned off, then the nh3 sanitiser keeps only the tags, attributes
and link schemes listed here. Images and embeds never get through: an image becomes its alt text.
"""

from functools import lru_cache

import nh3
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

BLOCK_TAGS = {"p", "br", "ul", "ol", "li", "blockquote", "hr", "pre", "code", "h2", "h3", "h4"}
INLINE_TAGS = {"strong", "em", "s", "code"}
TABLE_TAGS = {"table", "thead", "tbody", "tr", "th", "td"}
LINK_SCHEMES = {"http", "https", "mailto", "tel"}

# GOV.UK Frontend classes, set by the sanitiser (markdown cannot carry a class of its own).
GOVUK_CLASSES = {
    "p": "govuk-body",
    "ul": "govuk-list govuk-list--bullet",
    "ol": "govuk-list govuk-list--number",
    "h2": "govuk-heading-m",
    "h3": "govuk-heading-s",
    "h4": "govuk-heading-s",
    "blockquote": "govuk-inset-text",
    "hr": "govuk-section-break govuk-section-break--m govuk-section-break--visible",
    "a": "govuk-link",
    "table": "govuk-table",
    "thead": "govuk-table__head",
    "tbody": "govuk-table__body",
    "tr": "govuk-table__row",
    "th": "govuk-table__header",
    "td": "govuk-table__cell",
}

EXTERNAL_REL = "nofollow noopener noreferrer"


def _is_external(href: str) -> bool:
    lowered = href.strip().lower()
    return lowered.startswith(("http:", "https:", "//"))


def _parser(top_heading: int) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])

    def image(renderer, tokens, idx, options, env):
        # No images: the reader sees the words the writer gave instead.
        return escape(tokens[idx].content)

    def link_open(renderer, tokens, idx, options, env):
        token = tokens[idx]
        if _is_external(str(token.attrGet("href") or "")):
            token.attrSet("rel", EXTERNAL_REL)
        return renderer.renderToken(tokens, idx, options, env)

    def heading(renderer, tokens, idx, options, env):
        token = tokens[idx]
        level = min(max(int(token.tag[1]), top_heading), 4)
        token.tag = f"h{level}"
        return renderer.renderToken(tokens, idx, options, env)

    md.add_render_rule("image", image)
    md.add_render_rule("link_open", link_open)
    md.add_render_rule("heading_open", heading)
    md.add_render_rule("heading_close", heading)
    return md


_parsers = {level: _parser(level) for level in (2, 3, 4)}


@lru_cache(maxsize=1024)
def _render(text: str, allow_links: bool, top_heading: int) -> str:
    html = _parsers[top_heading].render(text)
    tags = BLOCK_TAGS | INLINE_TAGS | TABLE_TAGS | ({"a"} if allow_links else set())
    attributes = {"a": {"href", "title", "rel"}} if allow_links else {}
    return nh3.clean(
        html,
        tags=tags,
        clean_content_tags={"script", "style"},
        attributes=attributes,
        link_rel=None,
        url_schemes=LINK_SCHEMES,
        set_tag_attribute_values={
            tag: {"class": value} for tag, value in GOVUK_CLASSES.items() if tag in tags
        },
        strip_comments=True,
    ).strip()


def render_markdown(text: str | None, *, allow_links: bool = True, top_heading: int = 2) -> SafeString:
    """Safe HTML from markdown.

    allow_links=False keeps a link's words but drops the link (for new forum members, say).
    top_heading is the biggest heading the text may use (2 = <h2>): bigger ones are made that size,
    so that text placed under a page's own <h2> can use top_heading=3.
    """
    if not text:
        return mark_safe("")
    level = min(max(top_heading, 2), 4)
    return mark_safe(_render(str(text), allow_links, level))  # noqa: S308 (sanitised by nh3 above)
