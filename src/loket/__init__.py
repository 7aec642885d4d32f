"""Loket: one digital service platform for every Dutch municipality."""

from .celery import app as celery_app

__all__ = ["celery_app"]
