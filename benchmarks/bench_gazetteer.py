"""Gazetteer start-up: import + load + matcher build, cold (empty cache) and warm.

Each measurement runs in a fresh interpreter, since the point is what a new process
pays. Cold uses an empty temporary cache folder; warm reuses it::

    python -m benchmarks.bench_gazetteer
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

CODE = "from extract.places import default_matcher; default_matcher()"


def run_once(cache: str) -> float:
    env = {**os.environ, "EVENT_ATLAS_CACHE": cache}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", CODE], check=True, env=env)
    return time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        cold = run_once(cache)
        warm = [run_once(cache) for _ in range(3)]
    print(
        f"gazetteer + matcher start-up: cold {cold:.2f} s, warm median "
        f"{statistics.median(warm):.2f} s (runs {', '.join(f'{w:.2f}' for w in warm)})"
    )


if __name__ == "__main__":
    main()
