"""Each module binds a top-level name once. The extractor keeps hundreds of module-level
patterns (``_GLOSS``, ``_NAME_AFTER``, ...); a second one of the same name silently
replaces the first for every rule that used it, and no linter reports it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(
    path
    for package in ("extract", "dashboard", "benchmarks")
    for path in (ROOT / package).glob("*.py")
)


def _rebound(source: str) -> list[str]:
    """Top-level names bound a second time, with both lines."""
    seen: dict[str, int] = {}
    again: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            if name in seen:
                again.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    return again


def test_the_check_finds_a_rebound_pattern() -> None:
    source = "import re\n_GLOSS = re.compile('a')\nx = 1\n_GLOSS = re.compile('b')\n"
    assert _rebound(source) == ["_GLOSS (lines 2 and 4)"]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_module_binds_a_top_level_name_twice(path: Path) -> None:
    assert _rebound(path.read_text(encoding="utf-8")) == []
