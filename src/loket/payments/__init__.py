"""Payments: orders, a plug-in registry of payment providers, and the paid order's fulfilment.

Start with facade.py (what modules use), then services.py (status changes) and fulfilment.py
(a paid order always leads to its document, exactly once).
"""
