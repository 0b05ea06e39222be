"""The table (targets beside measurements), the machine, and docs/performance.md."""

from __future__ import annotations

import contextlib
import os
import platform
import re
import sqlite3
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path


@dataclass(frozen=True)
class Row:
    """One line of the table: what was measured, the target, the figure, and the verdict."""

    section: str
    what: str
    target: str
    measured: str
    #: True met, False missed, None: no target (context or a baseline).
    met: bool | None = None

    @property
    def verdict(self) -> str:
        return {True: "met", False: "MISSED", None: "-"}[self.met]


NUMBER = re.compile(r"\d")


def fmt(value: float, digits: int = 0) -> str:
    """1234.5 -> '1,234' (or with ``digits`` decimals)."""
    return f"{value:,.{digits}f}"


def table(rows: list[Row]) -> str:
    """A plain-text table for the terminal."""
    headers = ("#", "measure", "target", "measured", "verdict")
    cells = [headers, *((r.section, r.what, r.target, r.measured, r.verdict) for r in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if n == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def markdown_table(rows: list[Row]) -> str:
    lines = ["| # | measure | target | measured | verdict |", "|---|---|---|---|---|"]
    for r in rows:
        verdict = {"met": "met", "MISSED": "**missed**", "-": "-"}[r.verdict]
        cells = (r.section, r.what, r.target, r.measured, verdict)
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_total() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    return "unknown"


def machine() -> list[tuple[str, str]]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = []
    for name in ("python-telegram-bot", "aiogram", "transitions", "sqlite-utils"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions.append(f"{name} {metadata.version(name)}")
    return [
        ("nproc", str(usable)),
        ("CPU", cpu_model()),
        ("memory", memory_total()),
        ("Python", sys.version.split()[0] + f" ({platform.python_implementation()})"),
        ("SQLite", sqlite3.sqlite_version),
        ("OS", platform.platform()),
        ("libraries", ", ".join(versions)),
    ]


def has_number(row: Row) -> bool:
    return bool(NUMBER.search(row.measured))
