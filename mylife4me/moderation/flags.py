"""Flags: any signed-in person can say a post needs a moderator. Who flagged is never shown to the writer."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import F, Model

from mylife4me.moderation import queue, standing
from mylife4me.moderation.models import Flag, ModerationItem, Reason
from mylife4me.moderation.registry import spec_for


class AlreadyFlagged(Exception):
    pass


def flag(obj: Model, flagger, why: str, note: str = "") -> bool:
    """Records the flag and queues the content. Returns True when the content is now hidden.

    A trusted (level 1) person's flag on a new (level 0) person's post hides it pending review, and so
    do FLAGS_TO_HIDE flags on any post."""
    spec = spec_for(obj)
    content_type = ContentType.objects.get_for_model(obj)
    try:
        with transaction.atomic():
            Flag.objects.create(
                content_type=content_type, object_id=obj.pk, flagger=flagger, why=why, note=note
            )
    except IntegrityError as error:
        raise AlreadyFlagged from error
    # "I'm worried about this person" is treated like crisis words: top of the queue, on-call alerted.
    item = queue.submit(obj, reason=Reason.FLAGGED, crisis=why == Flag.Why.WORRIED)
    ModerationItem.objects.filter(pk=item.pk).update(flag_count=F("flag_count") + 1)
    count = Flag.objects.filter(content_type=content_type, object_id=obj.pk).count()
    author = spec.author(obj)
    trusted_on_new = (
        author is not None and standing.trust_level(flagger) >= 1 and standing.trust_level(author) == 0
    )
    if trusted_on_new or count >= settings.FLAGS_TO_HIDE:
        spec.hide(obj)
        return True
    return False
