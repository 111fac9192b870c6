"""Cross-site request forgery protection that works with `Referrer-Policy: no-referrer` and sets no cookie.

Django's own check compares the Origin (or, failing that, the Referer) header with the site. Under
`no-referrer` a browser sends `Origin: null` and no Referer even for a form on the same site, so every
post would be refused. Modern browsers also send Fetch Metadata (`Sec-Fetch-Site`), which says where a
request came from and cannot be set by a page: that is the check used first. A browser that sends no
Fetch Metadata falls back to Django's token, carried in a `__Host-` cookie (so no other host can plant
one) and a hidden form field; only such a browser is ever given the CSRF cookie.
"""

from django.http import HttpRequest, HttpResponse
from django.middleware import csrf

SAME_SITE_VALUES = {"same-origin", "none"}  # "none": the person typed the address or used a bookmark


class CsrfViewMiddleware(csrf.CsrfViewMiddleware):
    def process_view(self, request: HttpRequest, callback, callback_args, callback_kwargs):
        if getattr(request, "csrf_processing_done", False) or getattr(callback, "csrf_exempt", False):
            return None
        if request.method in ("GET", "HEAD", "OPTIONS", "TRACE"):
            return self._accept(request)
        if getattr(request, "_dont_enforce_csrf_checks", False):
            return self._accept(request)

        fetch_site = request.headers.get("Sec-Fetch-Site")
        if fetch_site is not None:
            if fetch_site in SAME_SITE_VALUES:
                return self._accept(request)
            return self._reject(request, f"Sec-Fetch-Site is {fetch_site!r}.")

        origin = request.headers.get("Origin")
        if origin not in (None, "null") and not self._origin_verified(request):
            return self._reject(request, csrf.REASON_BAD_ORIGIN % origin)
        try:
            self._check_token(request)
        except csrf.RejectRequest as exc:
            return self._reject(request, exc.reason)
        return self._accept(request)

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if "Sec-Fetch-Site" in request.headers:
            # This browser is checked by Fetch Metadata; it needs no token cookie.
            request.META.pop("CSRF_COOKIE_NEEDS_UPDATE", None)
        return super().process_response(request, response)
