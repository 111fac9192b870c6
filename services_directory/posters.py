"""Printable posters with a QR code (segno, drawn as SVG on the server: no script, no style attribute)."""

import segno
from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def qr_svg(url: str, title: str) -> SafeString:
    """Inline SVG markup of a QR code for url, with title as its accessible name."""
    svg = segno.make(url, error="m").svg_inline(scale=8, border=2, svgclass="ml4m-qr", title=escape(title))
    return mark_safe(svg.replace("<svg ", '<svg role="img" ', 1))  # noqa: S308 (segno's own markup, title escaped)


def absolute(path: str) -> str:
    return settings.SITE_URL + path
