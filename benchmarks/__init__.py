"""Benchmarks for Event Atlas: a synthetic corpus, the extraction and dashboard benchmarks.

Run them all with ``make bench`` (``python -m benchmarks.run``); they are not part of
``make test``. Outputs go to ``benchmarks/out/`` (git-ignored).
"""
