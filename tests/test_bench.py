"""The benchmark's smoke run: ``python -m bench --quick`` prints the table and writes the report.

Only that a figure stands in every row is checked, never a target: timings on a
shared test machine mean nothing. The full run is ``make bench`` (docs/performance.md).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.core import percentile
from bench.report import Row, has_number, markdown_table, table

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = {"1", "2a", "2b", "3", "4", "5", "6"}


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """One ``--quick`` run for the module: its standard output and the report it wrote."""
    out = tmp_path_factory.mktemp("bench") / "performance.md"
    env = {**os.environ, "PTB_TIMEDELTA": "true"}
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--output", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return done.stdout, out.read_text(encoding="utf-8")


def result_rows(report: str) -> list[list[str]]:
    """The cells of the Results table of the report."""
    section = report.split("## Results", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    return [[c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]] for line in rows[1:]]


def test_the_quick_run_prints_the_table_with_a_figure_in_every_row(
    quick_run: tuple[str, str],
) -> None:
    stdout, _ = quick_run
    lines = stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("#   measure"))
    assert "target" in lines[header] and "measured" in lines[header]
    body = []
    for line in lines[header + 2 :]:
        if not line.strip():
            break
        body.append(line)
    assert {line.split()[0] for line in body} == SECTIONS
    assert all(re.search(r"\d", line) for line in body)
    assert "ours vs PTB ConversationHandler + PicklePersistence" in stdout


def test_the_report_holds_the_table_machine_and_how_to_reproduce(
    quick_run: tuple[str, str],
) -> None:
    _, report = quick_run
    rows = result_rows(report)
    assert len(rows) >= 15
    assert {row[0] for row in rows} == SECTIONS
    for row in rows:
        assert len(row) == 5, row
        assert re.search(r"\d", row[3]), f"no figure in {row}"
        assert row[4] in ("met", "**missed**", "-")
    for heading in ("## The machine", "## How to reproduce", "## What limits each figure"):
        assert heading in report
    assert "- nproc: " in report and "- Python: " in report and "- CPU: " in report
    assert "make bench" in report
    assert "--quick" in report  # a smoke run says so at the top


def test_table_helpers() -> None:
    rows = [
        Row("1", "updates/s", ">= 5,000", "6,000", True),
        Row("2a", "a | pipe", "-", "12.5x"),
        Row("4", "memory", "< 150 MB", "n/a", False),
    ]
    text = table(rows)
    assert text.splitlines()[0].split() == ["#", "measure", "target", "measured", "verdict"]
    assert "MISSED" in text and "met" in text
    assert "a \\| pipe" in markdown_table(rows)
    assert [has_number(r) for r in rows] == [True, True, False]
    assert percentile([5, 1, 4, 2, 3], 50) == 3
    assert percentile([5, 1, 4, 2, 3], 100) == 5
    assert percentile(list(range(1, 101)), 99) == 99
    assert percentile([], 99) == 0
