"""The staff back office at /medewerker/: the work queue, the case page, staff accounts, figures."""
