"""Demo: "Melding openbare ruimte", the reference module and living documentation.

Read this folder top to bottom to see a complete module: apps.py (registration), module.py (the
descriptor), zaaktype.py (the zaaktype as data), forms.py (the resident form and the options),
views.py and urls.py (the resident flow), staff_views.py and staff_urls.py (the staff tasks).
"""
