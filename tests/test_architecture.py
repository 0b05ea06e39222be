"""The layers of docs/architecture.md, as the import statements show them (issue 12).

flows/ is pure (it imports none of bot/, storage/ or review/); storage/ does not import
the engine; review/ does not import bot/; and no module imports, however lazily or for
types only, a module that imports it back.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("flows", "storage", "bot", "review")


def _name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


def _imported(module: str, path: Path) -> Iterator[str]:
    """Every first-party module ``module`` imports, at the top, in a function or for types."""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package[: len(package) - node.level + 1], *filter(None, [base])])
            # "from flows.reading import alarms" imports the submodule, not the package
            subs = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in MODULES]
            yield from subs
            if len(subs) < len(node.names):
                yield base


@cache
def graph() -> dict[str, frozenset[str]]:
    return {
        m: frozenset(d for d in _imported(m, p) if d in MODULES and d != m)
        for m, p in MODULES.items()
    }


def _cycles() -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    edges, index, low, stack, on, found = graph(), {}, {}, [], set(), []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while (w := stack.pop()) != v:
                on.discard(w)
                group.append(w)
            on.discard(v)
            if group:
                found.append(sorted([v, *group]))

    for v in edges:
        if v not in index:
            visit(v)
    return found


def test_the_graph_sees_the_imports_it_checks() -> None:
    # a parser that saw nothing would pass every rule below
    assert "flows.engine" in graph()["bot.service"]
    assert "flows.reading.model" in graph()["flows.reading.alarms"]


def test_no_module_imports_one_that_imports_it_back() -> None:
    assert _cycles() == []


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("flows", ("bot", "storage", "review")),
        ("storage", ("bot", "review", "flows.engine", "flows.machine")),
        ("review", ("bot",)),
    ],
)
def test_a_layer_imports_nothing_above_it(layer: str, forbidden: tuple[str, ...]) -> None:
    wrong = sorted(
        f"{m} -> {d}"
        for m, deps in graph().items()
        if m.split(".")[0] == layer
        for d in deps
        if any(d == f or d.startswith(f + ".") for f in forbidden)
    )
    assert wrong == []
