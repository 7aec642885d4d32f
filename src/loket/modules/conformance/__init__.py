"""The conformance kit: the checks every service module must pass before it goes on the menu.

Run it on any registered module with `pytest --loket-conformance <identifier>` (the pytest
plugin, src/loket_conformance, is installed with Loket). In Loket's own suite it runs on every in-tree
module (modules/tests/test_conformance.py). The checks are plain functions in checks.py, so a
test can also call one directly; each fails with a sentence that says what to fix.
"""
