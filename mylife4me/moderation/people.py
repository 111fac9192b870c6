"""Private moderator notes on a person, and the person-level actions the queue offers."""

from collections import defaultdict

from mylife4me.moderation import log, standing
from mylife4me.moderation.models import PersonNote


def add_note(moderator, person, text: str) -> PersonNote:
    note = PersonNote.objects.create(
        person=person, written_by=moderator, written_by_name=moderator.get_username(), text=text
    )
    log.record(moderator, "added a note", person=person)
    return note


def notes_by_person(person_ids) -> dict[int, list[PersonNote]]:
    found: dict[int, list[PersonNote]] = defaultdict(list)
    for note in PersonNote.objects.filter(person_id__in={pk for pk in person_ids if pk}):
        found[note.person_id].append(note)
    return found


def act(
    moderator, person, action: str, *, hours: int | None = None, days: int | None = None, text: str = ""
) -> str:
    """Carries out one action from the person page; returns what to tell the moderator."""
    name = person.get_username()
    if action == "note":
        add_note(moderator, person, text)
        return f"Note added for {name}."
    if action == "silence":
        standing.silence(moderator, person, hours or 24, text)
        return f"{name} is silenced for {hours} hours."
    if action == "unsilence":
        standing.unsilence(moderator, person, text)
        return f"{name} can post again."
    if action == "suspend":
        standing.suspend(moderator, person, days or 7, text)
        return f"{name} is suspended for {days} days and cannot sign in."
    if action == "unsuspend":
        standing.unsuspend(moderator, person, text)
        return f"{name} can sign in again."
    level = 1 if action == "trust1" else 0
    standing.set_trust_level(moderator, person, level, text)
    return f"{name} is now at trust level {level}."
