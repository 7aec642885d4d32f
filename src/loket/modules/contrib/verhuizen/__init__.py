"""Verhuizing doorgeven: a Loket service module. Start reading at module.py (the descriptor)."""
