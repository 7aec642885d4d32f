"""Synthetic residents for load tests and demos: `loket populate --residents N`.

`plan` splits N over the municipalities, `generator` turns one chunk into table rows (pure Python,
deterministic for a seed), `writers` stream those rows into PostgreSQL (COPY) or SQLite, and
`runner` ties it together (id ranges, index handling, parallel loading).
"""
