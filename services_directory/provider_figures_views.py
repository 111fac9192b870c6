"""/provider/figures/: views and call-back requests for the provider's own services only."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from mylife4me.accounts.access import role_required
from mylife4me.accounts.roles import Role
from mylife4me.figures.charts import build_chart
from mylife4me.figures.views import ShownTable, date_form, usable
from services_directory import figures
from services_directory.provider_access import services_for


@role_required(Role.PROVIDER_STAFF)
def provider_figures(request: HttpRequest) -> HttpResponse:
    form = date_form(request)
    start, end = form.dates()
    services = list(services_for(request.user).order_by("name"))  # membership checked on every view
    tables = []
    if usable(form):
        tables = [
            ShownTable(
                table=table, number=number, anchor=f"figures-{number}", chart=build_chart(table), csv_url=""
            )
            for number, table in enumerate(figures.provider_tables(services, start, end), start=1)
        ]
    return render(
        request,
        "services_directory/provider/figures.html",
        {
            "form": form,
            "tables": tables,
            "start": start,
            "end": end,
            "services": services,
            "action": reverse("services_directory:provider_figures"),
        },
    )
