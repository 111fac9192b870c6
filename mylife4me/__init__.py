from mylife4me.celery import app as celery_app

__all__ = ("celery_app",)
