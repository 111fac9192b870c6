"""/staff/figures/: every section the person's roles open, for a date range, with charts and CSV."""

import logging
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from mylife4me.accounts.access import role_required
from mylife4me.accounts.roles import has_role
from mylife4me.figures import folding
from mylife4me.figures.charts import Chart, build_chart
from mylife4me.figures.counters import LocalCounters, get_counters
from mylife4me.figures.csv_export import table_csv as make_csv
from mylife4me.figures.forms import DateRangeForm
from mylife4me.figures.registry import FIGURES_ROLES, Section, Table, get_section, sections_for

logger = logging.getLogger(__name__)


@dataclass
class ShownTable:
    table: Table
    number: int
    anchor: str
    chart: Chart | None
    csv_url: str


@dataclass
class ShownSection:
    section: Section
    tables: list[ShownTable]
    failed: bool = False


def date_form(request: HttpRequest) -> DateRangeForm:
    return DateRangeForm(request.GET if ("from" in request.GET or "to" in request.GET) else None)


def usable(form: DateRangeForm) -> bool:
    """No dates given (the default range) or valid ones; otherwise the page shows the errors only."""
    return not form.is_bound or form.is_valid()


def range_query(form: DateRangeForm) -> str:
    start, end = form.dates()
    return urlencode({"from": start.isoformat(), "to": end.isoformat()})


def show(section: Section, form: DateRangeForm) -> ShownSection:
    """One section's tables with their charts; a section that fails is reported, not a broken page."""
    start, end = form.dates()
    query = range_query(form)
    try:
        tables = section.tables(start, end)
    except Exception:
        logger.exception("The figures section %r failed", section.name)
        return ShownSection(section, [], failed=True)
    shown = [
        ShownTable(
            table=table,
            number=number,
            anchor=f"{section.name}-{number}",
            chart=build_chart(table),
            csv_url=reverse("figures:csv", args=[section.name, number]) + "?" + query,
        )
        for number, table in enumerate(tables, start=1)
    ]
    return ShownSection(section, shown)


def _readable_section(request: HttpRequest, name: str) -> Section:
    section = get_section(name)
    if section is None:
        raise Http404
    if not has_role(request.user, *section.roles):
        raise PermissionDenied
    return section


def _page(request, form, shown, title, **extra) -> HttpResponse:
    start, end = form.dates()
    return render(
        request,
        "figures/figures.html",
        {"form": form, "shown": shown, "title": title, "start": start, "end": end, **extra},
    )


def fold_if_in_memory() -> None:
    """`make run` (DEBUG, no Redis) has no beat process and counts in the web process's memory: fold
    here so the figures are up to date. In production the beat task does it every five minutes."""
    if settings.DEBUG and isinstance(get_counters(), LocalCounters):
        folding.fold()


@role_required(*FIGURES_ROLES)
def index(request: HttpRequest) -> HttpResponse:
    fold_if_in_memory()
    form = date_form(request)
    shown = [show(section, form) for section in sections_for(request.user)] if usable(form) else []
    return _page(request, form, shown, "Figures", sections=sections_for(request.user))


@role_required(*FIGURES_ROLES)
def section(request: HttpRequest, name: str) -> HttpResponse:
    readable = _readable_section(request, name)
    fold_if_in_memory()
    form = date_form(request)
    shown = [show(readable, form)] if usable(form) else []
    return _page(request, form, shown, f"Figures: {readable.heading}", section=readable)


@role_required(*FIGURES_ROLES)
def table_csv(request: HttpRequest, name: str, number: int) -> HttpResponse:
    readable = _readable_section(request, name)
    form = date_form(request)
    if not usable(form):
        return redirect(reverse("figures:section", args=[name]) + "?" + request.GET.urlencode())
    start, end = form.dates()
    tables = readable.tables(start, end)
    if not 1 <= number <= len(tables):
        raise Http404
    response = HttpResponse(make_csv(tables[number - 1]), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}-{number}-{start}-to-{end}.csv"'
    return response
