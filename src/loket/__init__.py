"""Loket: one digital service platform for every Dutch municipality."""

from .celery_app import app as celery_app

__all__ = ["celery_app"]
