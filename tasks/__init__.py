"""Prefect tasks: thin, typed wrappers over the plain functions in `newsetl`.

Retries only where I/O can fail transiently (reading inputs, writing the warehouse); parsing and
extraction are deterministic, so retrying them would only repeat the same failure.
"""
