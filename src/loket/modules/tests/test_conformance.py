"""The conformance kit on every in-tree module (modules/contrib/*), as `make test` runs it."""

import pytest

from loket.modules.conformance.suite import *  # noqa: F403  (the kit's tests and fixtures)
from loket.modules.registry import register

IN_TREE = [m.identifier for m in register if type(m).__module__.startswith("loket.modules.contrib.")]


@pytest.fixture(params=IN_TREE)
def conformance_identifier(request):
    return request.param


def test_every_in_tree_module_is_registered():
    assert "demo" in IN_TREE
