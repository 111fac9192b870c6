from celery import shared_task

from mylife4me.figures import folding


@shared_task(name="figures.fold_counts")
def fold_counts() -> int:
    """Every few minutes (CELERY_BEAT_SCHEDULE): live counters into daily rows."""
    return folding.fold()
