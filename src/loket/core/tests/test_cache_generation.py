"""Cached entries expire together when their data changes, also for a reader before the commit."""

import pytest

from loket.core.cache_generation import CacheGeneration

pytestmark = pytest.mark.django_db


def test_a_write_starts_a_new_generation_at_once_and_again_on_commit(django_capture_on_commit_callbacks):
    generation = CacheGeneration("test:things")
    first = generation.key("a")
    assert generation.key("a") == first  # stable while nothing changes
    with django_capture_on_commit_callbacks(execute=True):
        generation.forget_all(sender=object)
        during = generation.key("a")  # what a reader saw before the commit
        assert during != first
    assert generation.key("a") not in (first, during)


def test_generations_of_different_prefixes_are_independent():
    search, steps = CacheGeneration("test:search"), CacheGeneration("test:steps")
    before = steps.key("x")
    search.forget_all()
    assert steps.key("x") == before
