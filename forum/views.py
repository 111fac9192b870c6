from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from forum import posting, reading, subscriptions, threads
from forum.forms import FlagForm, ManageThreadForm, NewThreadForm, ReplyForm
from forum.models import Category, Post, Thread
from mylife4me.accounts.access import role_required
from mylife4me.accounts.roles import Role, has_role
from mylife4me.core.page_cache import public_page
from mylife4me.moderation import flags, standing
from mylife4me.moderation.help import crisis_help

HELD_MESSAGE = "Thank you. Your post is waiting for a moderator. Only you can see it until it is approved."


@public_page("forum")
def index(request: HttpRequest) -> HttpResponse:
    return render(request, "forum/index.html", {"categories": list(Category.objects.all())})


@public_page()
def rules(request: HttpRequest) -> HttpResponse:
    return render(request, "forum/rules.html")


# "Last post 5 minutes ago": remade every minute.
@public_page("forum", query=("page",), per_minute=True)
def category(request: HttpRequest, slug: str) -> HttpResponse:
    current = get_object_or_404(Category, slug=slug)
    thread_list, page = reading.threads_page(current, request.GET.get("page"))
    return render(
        request,
        "forum/category.html",
        {
            "category": current,
            "threads": thread_list,
            "page": page,
            "waiting": reading.own_waiting_threads(request.user, current),
        },
    )


def _visible_thread(request: HttpRequest, thread_id: int) -> Thread:
    found = get_object_or_404(Thread.objects.select_related("category"), pk=thread_id)
    if not found.visible and not (request.user.is_authenticated and found.author_id == request.user.pk):
        raise Http404
    return found


@public_page("forum", query=("page",))
def thread(request: HttpRequest, thread_id: int, slug: str) -> HttpResponse:
    current = _visible_thread(request, thread_id)
    if slug != current.slug:
        return redirect(current.get_absolute_url(), permanent=True)
    posts, page = reading.posts_page(current, request.GET.get("page"))
    context = {"thread": current, "posts": posts, "page": page}
    if request.user.is_authenticated:
        context |= {
            "waiting": reading.own_waiting_posts(request.user, current) if not page.has_next else [],
            "following": subscriptions.is_following(request.user, current),
            "form": ReplyForm(needs_agreement=not standing.has_agreed_to_rules(request.user)),
            "can_moderate": has_role(request.user, Role.MODERATOR),
        }
    return render(request, "forum/thread.html", context)


def _after_posting(request: HttpRequest, outcome: posting.Outcome) -> HttpResponse:
    if outcome.crisis:
        return crisis_help(request, outcome.post.get_absolute_url())
    if outcome.held:
        messages.success(request, HELD_MESSAGE)
    return HttpResponseRedirect(outcome.post.get_absolute_url())


def _agree_if_asked(request: HttpRequest, form) -> None:
    if form.cleaned_data.get("agree_rules"):
        standing.agree_to_rules(request.user)


@login_required
def reply(request: HttpRequest, thread_id: int, slug: str) -> HttpResponse:
    current = _visible_thread(request, thread_id)
    needs_agreement = not standing.has_agreed_to_rules(request.user)
    form = ReplyForm(request.POST if request.method == "POST" else None, needs_agreement=needs_agreement)
    if request.method == "POST" and form.is_valid():
        try:
            outcome = posting.reply(request.user, current, form.cleaned_data["body"])
        except posting.Refused as refusal:
            form.add_error("body", str(refusal))
        else:
            _agree_if_asked(request, form)
            return _after_posting(request, outcome)
    return render(
        request,
        "forum/reply.html",
        {
            "thread": current,
            "category": current.category,
            "form": form,
            "page_title": "Reply",
            "button": "Post reply",
        },
    )


@login_required
def new_thread(request: HttpRequest, slug: str) -> HttpResponse:
    current = get_object_or_404(Category, slug=slug)
    needs_agreement = not standing.has_agreed_to_rules(request.user)
    form = NewThreadForm(request.POST if request.method == "POST" else None, needs_agreement=needs_agreement)
    if request.method == "POST" and form.is_valid():
        try:
            outcome = posting.start_thread(
                request.user, current, form.cleaned_data["title"], form.cleaned_data["body"]
            )
        except posting.Refused as refusal:
            form.add_error("body", str(refusal))
        else:
            _agree_if_asked(request, form)
            return _after_posting(request, outcome)
    return render(
        request,
        "forum/new_thread.html",
        {"category": current, "form": form, "page_title": "Start a new thread", "button": "Post"},
    )


def post(request: HttpRequest, post_id: int) -> HttpResponse:
    found = get_object_or_404(Post.objects.select_related("thread"), pk=post_id)
    if found.state == Post.State.VISIBLE and found.thread.visible:
        number = reading.page_for_post(found)
        suffix = f"?page={number}" if number > 1 else ""
        return HttpResponseRedirect(f"{found.thread.get_absolute_url()}{suffix}#post-{found.pk}")
    if request.user.is_authenticated and found.author_id == request.user.pk:
        return render(request, "forum/own_post.html", {"post": found})
    raise Http404


@login_required
def flag(request: HttpRequest, post_id: int) -> HttpResponse:
    found = get_object_or_404(Post.objects.select_related("thread"), pk=post_id, state=Post.State.VISIBLE)
    if found.author_id == request.user.pk:
        raise Http404
    form = FlagForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            flags.flag(found, request.user, form.cleaned_data["why"], form.cleaned_data["note"])
        except flags.AlreadyFlagged:
            messages.info(request, "You have already flagged this post. A moderator will look at it.")
        else:
            messages.success(
                request,
                "Thank you. A moderator will look at the post. The writer is never told who flagged it.",
            )
        return HttpResponseRedirect(found.thread.get_absolute_url())
    return render(
        request,
        "forum/flag.html",
        {"post": found, "form": form, "page_title": "Flag this post", "button": "Send to a moderator"},
    )


@login_required
@require_POST
def follow(request: HttpRequest, thread_id: int) -> HttpResponse:
    current = _visible_thread(request, thread_id)
    if request.POST.get("follow") == "yes":
        subscriptions.follow(request.user, current)
        messages.success(request, "You are following this thread. We will tell you about new replies.")
    else:
        subscriptions.unfollow(request.user, current)
        messages.success(request, "You are no longer following this thread.")
    return HttpResponseRedirect(current.get_absolute_url())


@role_required(Role.MODERATOR)
def manage(request: HttpRequest, thread_id: int) -> HttpResponse:
    current = get_object_or_404(Thread.objects.select_related("category"), pk=thread_id)
    form = ManageThreadForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        threads.apply(
            request.user,
            current,
            form.cleaned_data["action"],
            form.cleaned_data["category"],
            form.cleaned_data["reason"],
        )
        messages.success(request, "Done. The action is in the moderator log.")
        return HttpResponseRedirect(reverse("forum:manage", args=[current.pk]))
    return render(request, "forum/manage.html", {"thread": current, "form": form})
