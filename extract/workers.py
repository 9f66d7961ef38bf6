"""Documents spread over worker processes.

Documents are independent of each other, so a run over many of them splits by document:
each worker reads and extracts whole documents, and the results come back in input
order, so a run with workers returns the very list of events one process would.

Where the platform can fork (Linux), workers are forked from a process that has already
loaded the gazetteer, so they start at once and share its memory page by page; elsewhere
they are spawned and each loads the gazetteer on its first document. ``multiprocessing``
and ``concurrent.futures`` are imported only by a run that uses workers: every start-up
(the CLI's ``--help``, the dashboard) would pay for them otherwise.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

__all__ = ["available_cpus", "map_in_processes"]

_T = TypeVar("_T")
_R = TypeVar("_R")


def available_cpus() -> int:
    """The CPUs this process may run on (a ``taskset`` pin counts), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity call
        return max(1, os.cpu_count() or 1)


def _context() -> BaseContext:
    import multiprocessing  # only a run with workers pays for the import

    # macOS offers fork, but system libraries there are not fork-safe.
    if sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def map_in_processes(func: Callable[[_T], _R], items: Sequence[_T], jobs: int) -> Iterator[_R]:
    """``map(func, items)`` over up to ``jobs`` processes, results in input order.

    ``func`` must be a module-level function (it is pickled by name) and its results
    picklable. An exception in a worker is raised here, as ``map`` would raise it.
    """
    from concurrent.futures import ProcessPoolExecutor

    workers = max(1, min(jobs, len(items)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        # One document per task: documents vary a hundredfold in size, and a task's
        # round trip costs far less than extracting even a short one.
        yield from pool.map(func, items, chunksize=1)
