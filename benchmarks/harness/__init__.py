"""`make bench`: one run that builds the data set, starts Loket in production mode on loopback and
measures every scenario at a few concurrency levels, each against its raw-SQL limit.

Entry point: `python -m benchmarks` (or `loket bench SCENARIO …`); see `run.py`.
"""
