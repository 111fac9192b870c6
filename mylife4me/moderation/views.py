from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from mylife4me.accounts.access import role_required
from mylife4me.accounts.roles import Role
from mylife4me.moderation import log, people, queue
from mylife4me.moderation.forms import DecisionForm, LogSearchForm, PersonActionForm, WatchedWordForm
from mylife4me.moderation.models import ActionLog, Flag, ModerationItem, Standing, WatchedWord

QUEUE_SIZE = 50
LOG_SIZE = 100


@role_required(Role.MODERATOR)
def queue_page(request: HttpRequest) -> HttpResponse:
    items = list(queue.open_queue()[:QUEUE_SIZE])
    queue.load_contents(items)
    notes = people.notes_by_person(item.author_id for item in items)
    for item in items:
        item.notes = notes.get(item.author_id, [])
    return render(request, "moderation/queue.html", {"items": items, "waiting": queue.open_queue().count()})


@role_required(Role.MODERATOR)
def item_page(request: HttpRequest, item_id: int) -> HttpResponse:
    item = get_object_or_404(ModerationItem.objects.select_related("content_type", "author"), pk=item_id)
    queue.load_contents([item])
    initial = {"edited_text": item.spec.text(item.loaded)} if item.loaded is not None else {}
    supports_changes = item.spec.supports_changes if item.loaded is not None else False
    form = DecisionForm(
        request.POST if request.method == "POST" else None, initial=initial, supports_changes=supports_changes
    )
    if request.method == "POST" and item.state == ModerationItem.State.OPEN and form.is_valid():
        try:
            queue.decide(
                item.pk,
                request.user,
                form.cleaned_data["decision"],
                reason=form.cleaned_data["reason"],
                edited_text=form.cleaned_data["edited_text"],
            )
        except queue.AlreadyDealtWith as taken:
            messages.warning(request, str(taken))
        else:
            messages.success(request, "Done. The decision is in the moderator log.")
        return HttpResponseRedirect(reverse("moderation:queue"))
    if item.state != ModerationItem.State.OPEN:
        form = None
    item.notes = people.notes_by_person([item.author_id]).get(item.author_id, [])
    reasons = Flag.objects.filter(content_type=item.content_type_id, object_id=item.object_id).order_by(
        "created_at"
    )
    return render(request, "moderation/item.html", {"item": item, "form": form, "flags": list(reasons)})


@role_required(Role.MODERATOR)
def person_page(request: HttpRequest, user_id: int) -> HttpResponse:
    person = get_object_or_404(get_user_model(), pk=user_id)
    form = PersonActionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        done = people.act(
            request.user, person, data["action"], hours=data["hours"], days=data["days"], text=data["text"]
        )
        messages.success(request, done)
        return HttpResponseRedirect(reverse("moderation:person", args=[person.pk]))
    context = {
        "person": person,
        "standing": Standing.objects.filter(user=person).first(),
        "notes": people.notes_by_person([person.pk]).get(person.pk, []),
        "entries": list(ActionLog.objects.filter(person=person)[:LOG_SIZE]),
        "form": form,
    }
    return render(request, "moderation/person.html", context)


@role_required(Role.MODERATOR)
def log_page(request: HttpRequest) -> HttpResponse:
    form = LogSearchForm(request.GET or None)
    entries = ActionLog.objects.all()
    if form.is_valid():
        if form.cleaned_data["moderator"]:
            entries = entries.filter(actor_name__iexact=form.cleaned_data["moderator"].strip())
        if form.cleaned_data["person"]:
            entries = entries.filter(person_name__iexact=form.cleaned_data["person"].strip())
    return render(request, "moderation/log.html", {"form": form, "entries": list(entries[:LOG_SIZE])})


@role_required(Role.MODERATOR)
def words_page(request: HttpRequest) -> HttpResponse:
    return render(request, "moderation/words.html", {"words": list(WatchedWord.objects.all())})


@role_required(Role.MODERATOR)
def word_edit(request: HttpRequest, word_id: int | None = None) -> HttpResponse:
    word = get_object_or_404(WatchedWord, pk=word_id) if word_id else None
    form = WatchedWordForm(request.POST if request.method == "POST" else None, instance=word)
    result = ""
    if request.method == "POST" and form.is_valid():
        if "test" in request.POST:
            result = form.test_result() or "Paste some sample text to test the word."
        else:
            saved = form.save()
            log.record(request.user, "changed watched word", target=str(saved))
            messages.success(request, f"Saved “{saved.pattern}”.")
            return HttpResponseRedirect(reverse("moderation:words"))
    return render(request, "moderation/word_edit.html", {"form": form, "word": word, "result": result})


@role_required(Role.MODERATOR)
def word_delete(request: HttpRequest, word_id: int) -> HttpResponse:
    word = get_object_or_404(WatchedWord, pk=word_id)
    if request.method == "POST":
        log.record(request.user, "removed watched word", target=str(word))
        word.delete()
        messages.success(request, f"Removed “{word.pattern}”.")
        return HttpResponseRedirect(reverse("moderation:words"))
    return render(request, "moderation/word_delete.html", {"word": word})
