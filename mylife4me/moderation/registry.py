"""Content types that use the shared moderation, registered by their app's AppConfig.ready()."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Model, QuerySet


@dataclass(frozen=True)
class Moderatable:
    model: type[Model]
    label: str  # "Forum post"
    text: Callable[[Model], str]  # the markdown moderators read
    author: Callable[[Model], object]  # a User or None
    context: Callable[[Model], str]  # e.g. the thread's title
    url: Callable[[Model], str]  # where the content lives on the site
    approve: Callable[[Model], None]  # make it visible
    reject: Callable[[Model], None]
    hide: Callable[[Model], None]
    edit: Callable[[Model, str], None]  # replace its text
    approved_kind: str  # alert kinds sent to the writer
    rejected_kind: str
    queryset: Callable[[], QuerySet] | None = None  # how to load many at once (select_related...)
    manage_url: Callable[[Model], str] | None = None  # the app's own moderator page (lock, move...)
    # Optional "ask for changes": sends the content back to its writer with the moderator's note.
    # Content types without it are never offered the action.
    request_changes: Callable[[Model, str], None] | None = None
    changes_kind: str = ""  # the alert kind sent to the writer when changes are asked for
    # Optional: keeps the note or reason that goes to the writer (edit, reject, ask for changes).
    note_to_writer: Callable[[Model, str], None] | None = None

    @property
    def supports_changes(self) -> bool:
        return self.request_changes is not None


_registry: dict[type[Model], Moderatable] = {}


def register_moderatable(spec: Moderatable) -> None:
    _registry[spec.model] = spec


def spec_for(obj_or_model) -> Moderatable:
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    return _registry[model._meta.concrete_model]


def registered() -> list[Moderatable]:
    return list(_registry.values())
