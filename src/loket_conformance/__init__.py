"""pytest plugin: `pytest --loket-conformance <identifier>` runs Loket's module conformance kit.

Installed with Loket (entry point `pytest11`), so any module's package can run the kit against
its own module once Loket and the module are installed in the same environment. The option may
be given more than once; the kit (loket/modules/conformance/suite.py) replaces the usual test
selection.

This is a top-level module on purpose: pytest loads plugins before pytest-django picks the
settings, and importing the `loket` package would choose the development settings too early.
"""

from importlib.util import find_spec
from pathlib import Path


def _suite() -> Path:
    spec = find_spec("loket")  # finds the package without importing it
    return Path(next(iter(spec.submodule_search_locations))) / "modules" / "conformance" / "suite.py"


def pytest_addoption(parser):
    group = parser.getgroup("loket")
    group.addoption(
        "--loket-conformance",
        action="append",
        default=[],
        metavar="IDENTIFIER",
        help="run the Loket module conformance kit on the module with this identifier",
    )


def pytest_configure(config):
    if config.getoption("loket_conformance", default=None):
        config.args[:] = [str(_suite())]


def pytest_generate_tests(metafunc):
    identifiers = metafunc.config.getoption("loket_conformance", default=None)
    if identifiers and "conformance_identifier" in metafunc.fixturenames:
        metafunc.parametrize("conformance_identifier", identifiers, ids=identifiers)
