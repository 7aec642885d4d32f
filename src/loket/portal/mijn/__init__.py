"""Mijn Loket: the resident's overview, cases, messages and documents, across municipalities."""
