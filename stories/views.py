from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from mylife4me.core.clients import client_key
from mylife4me.core.page_cache import public_page
from mylife4me.moderation.help import crisis_help
from services_directory.models import Substance
from stories import helped, reading, subscriptions, writing
from stories.forms import AddressAlertsForm, FilterForm, StoryForm, UserAlertsForm
from stories.models import Stage, Story

SUBMITTED_MESSAGE = "Thank you. Your story is waiting for a moderator. We will tell you when it is published."
DRAFT_MESSAGE = "Your draft is saved. Only you can see it."
# Per client (keyed hash) and per address: how many confirmation messages may be asked for.


# The drug names and support links on these pages come from the directory.
@public_page("stories", "services_directory", query=("stage", "substance", "page"))
def index(request: HttpRequest) -> HttpResponse:
    substances = list(Substance.objects.only("name", "slug").order_by("name"))
    form = FilterForm(request.GET, substances=substances)
    filters = form.filters()
    page = reading.story_list(**filters, page=request.GET.get("page"))
    query = "&".join(f"{name}={value}" for name, value in filters.items())
    context = {
        "form": form,
        "page": page,
        "stories": page.object_list,
        "filters": filters,
        "stage_label": Stage(filters["stage"]).label if "stage" in filters else "",
        "substance_name": next((s.name for s in substances if s.slug == filters.get("substance")), ""),
        "query": query,
    }
    return render(request, "stories/index.html", context)


@public_page("stories", "services_directory", query=("helped",), form=True)
def story(request: HttpRequest, slug: str) -> HttpResponse:
    found = reading.published_story(slug)
    if found is None:
        raise Http404
    context = {
        "story": found,
        "support": reading.related_support(found),
        "helped": request.GET.get("helped", ""),
    }
    return render(request, "stories/story.html", context)


@require_POST
def say_helped(request: HttpRequest, slug: str) -> HttpResponse:
    found = reading.published_story(slug)
    if found is None:
        raise Http404
    counted = helped.say_helped(found, client_key(request, "stories-helped"))
    return HttpResponseRedirect(
        f"{found.get_absolute_url()}?helped={'1' if counted else '0'}#helped", status=303
    )


def _initial(story: Story) -> dict:
    return {
        "title": story.title,
        "body": story.body,
        "stage": story.stage,
        "substances": list(story.substances.all()),
        "credit": story.credit,
        "credit_name": story.credit_name,
    }


def _story_form(request: HttpRequest, story: Story | None) -> HttpResponse:
    form = StoryForm(
        request.POST if request.method == "POST" else None, initial=_initial(story) if story else None
    )
    if request.method == "POST" and form.is_valid():
        submit = "submit" in request.POST
        try:
            outcome = writing.save(request.user, form.cleaned_data, story=story, submit=submit)
        except writing.Refused as refusal:
            form.add_error("body", str(refusal))
        else:
            if outcome.crisis:
                return crisis_help(request, reverse("stories:yours"))
            messages.success(request, SUBMITTED_MESSAGE if submit else DRAFT_MESSAGE)
            return redirect("stories:yours")
    context = {"form": form, "story": story, "page_title": "Edit your story" if story else "Share your story"}
    return render(request, "stories/share.html", context)


@login_required
def share(request: HttpRequest) -> HttpResponse:
    return _story_form(request, None)


def _own_story(request: HttpRequest, story_id: int) -> Story:
    return get_object_or_404(Story.objects.prefetch_related("substances"), pk=story_id, author=request.user)


@login_required
def edit(request: HttpRequest, story_id: int) -> HttpResponse:
    story = _own_story(request, story_id)
    if not story.can_edit:
        messages.info(request, "You can only change a draft, or a story a moderator sent back for changes.")
        return redirect("stories:yours")
    return _story_form(request, story)


@login_required
def yours(request: HttpRequest) -> HttpResponse:
    return render(request, "stories/yours.html", {"stories": reading.own_stories(request.user)})


@login_required
def own_story(request: HttpRequest, story_id: int) -> HttpResponse:
    return render(request, "stories/own_story.html", {"story": _own_story(request, story_id)})


@login_required
def unpublish(request: HttpRequest, story_id: int) -> HttpResponse:
    story = _own_story(request, story_id)
    if story.state != Story.State.PUBLISHED:
        return redirect("stories:yours")
    if request.method == "POST":
        writing.unpublish(story)
        messages.success(request, f"“{story.title}” is no longer on the site.")
        return redirect("stories:yours")
    return render(request, "stories/unpublish.html", {"story": story})


def alerts(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return _user_alerts(request)
    form = AddressAlertsForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        address, stages = form.cleaned_data["address"], form.cleaned_data["stages"]
        if subscriptions.too_many_requests(client_key(request, "stories-subscribe"), address):
            form.add_error(None, "You have asked for a lot of links. Please wait an hour and try again.")
        else:
            subscriptions.ask_to_confirm(address, stages)
            where = "text message" if address.startswith("+") else "email"
            return render(request, "stories/alerts_check.html", {"where": where})
    return render(request, "stories/alerts.html", {"form": form})


def _user_alerts(request: HttpRequest) -> HttpResponse:
    form = UserAlertsForm(
        request.POST if request.method == "POST" else None,
        initial={"stages": subscriptions.user_stages(request.user)},
    )
    if request.method == "POST" and form.is_valid():
        subscriptions.set_user_stages(request.user, form.cleaned_data["stages"])
        messages.success(request, "Your choices are saved")
        return redirect("stories:alerts")
    return render(request, "stories/alerts.html", {"form": form, "signed_in": True})


def confirm_alerts(request: HttpRequest, token: str) -> HttpResponse:
    """A GET only shows what is being confirmed: mail scanners that open links must not subscribe anyone."""
    found = subscriptions.read_confirmation(token)
    if found is None:
        return render(request, "stories/alerts_confirm.html", {"expired": True}, status=404)
    address, stages = found
    labels = [Stage(stage).label for stage in stages]
    if request.method == "POST":
        subscriptions.confirm(address, stages)
        return render(request, "stories/alerts_confirm.html", {"done": True, "labels": labels})
    return render(request, "stories/alerts_confirm.html", {"labels": labels})
