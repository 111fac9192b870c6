"""The append-only action log of each request."""

from access_codes.models import CodeRequest, RequestEvent

AUTOMATIC = "Automatic issuing"
PERSON = "The person (request form)"


def record(
    request: CodeRequest, action: str, actor=None, detail: str = "", actor_name: str = ""
) -> RequestEvent:
    name = actor.get_username() if actor is not None else (actor_name or AUTOMATIC)
    return RequestEvent.objects.create(
        request=request, actor=actor, actor_name=name, action=action, detail=detail[:300]
    )
