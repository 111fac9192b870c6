from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from mylife4me.core.offline import is_offline_page
from mylife4me.core.page_cache import public_page
from services_directory.a_to_z import a_to_z_substances, chosen_type, group_by_letter
from services_directory.models import AdvicePage, Substance, SubstanceType
from services_directory.review import review_due, review_overdue
from services_directory.substance_page import substance_page


def _review_context(item) -> dict:
    return {
        "review_overdue": review_overdue(item.last_reviewed),
        "review_due": review_due(item.last_reviewed),
    }


@public_page("services_directory", query=("type",))
def substances(request: HttpRequest) -> HttpResponse:
    substance_type = chosen_type(request.GET.get("type"))
    letters = group_by_letter(a_to_z_substances(substance_type))
    return render(
        request,
        "services_directory/substances.html",
        {
            "letters": letters,
            "substance_type": substance_type,
            "types": SubstanceType.choices,
            "count": sum(len(letter.substances) for letter in letters),
        },
    )


@public_page("services_directory")
def substance(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(Substance.objects.prefetch_related("related_categories"), slug=slug)
    page = substance_page(item)
    return render(
        request,
        "services_directory/substance.html",
        {"substance": item, "page": page, **_review_context(item)},
    )


@public_page("services_directory")
def advice(request: HttpRequest) -> HttpResponse:
    pages = AdvicePage.objects.only("slug", "title", "summary", "order")
    return render(request, "services_directory/advice.html", {"pages": pages})


@public_page("services_directory")
def advice_page(request: HttpRequest, slug: str) -> HttpResponse:
    page = get_object_or_404(AdvicePage, slug=slug)
    return render(
        request,
        "services_directory/advice_page.html",
        {"page": page, "saved_offline": is_offline_page(request.path), **_review_context(page)},
    )
