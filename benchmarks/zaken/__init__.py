"""Helpers of bench_zaken: the bulk load, the gunicorn server, the HTTP and raw SQL load drivers."""
