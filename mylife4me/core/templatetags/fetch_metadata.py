"""`{% csrf_fallback %}`: the CSRF token, only for a browser that sends no Fetch Metadata.

Modern browsers are checked by their `Sec-Fetch-Site` header (mylife4me/core/csrf.py) and need no token,
so a public page with a form can be the same for all of them and be cached (`@public_page(form=True)`).
An old browser gets Django's token (and, from the middleware, its cookie) as before.
"""

from django import template
from django.middleware.csrf import get_token
from django.utils.html import format_html

register = template.Library()


@register.simple_tag(takes_context=True)
def csrf_fallback(context: template.Context) -> str:
    request = context.get("request")
    if request is None or "Sec-Fetch-Site" in request.headers:
        return ""
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request))
