"""The lexicon's required tables and the reading code stay in step (docs/reading.md,
"Adding a language"): a table the code reads but ``REQUIRED`` omits would let a second
language load and then fail at the first patient who needs it."""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path

import pytest

from flows.reading import lexicon

READING = Path(lexicon.__file__).parent.parent
#: ``lex.NAME`` and ``getattr(lex, "NAME", ...)``: how the reading code reads a table.
_READS = re.compile(r"\blex\.([A-Z][A-Z_]+)\b|getattr\(lex, \"([A-Z][A-Z_]+)\"")


def _tables_read() -> set[str]:
    found: set[str] = set()
    for source in READING.rglob("*.py"):
        for plain, looked_up in _READS.findall(source.read_text(encoding="utf-8")):
            found.add(plain or looked_up)
    return found


def test_every_table_the_code_reads_is_required() -> None:
    read = _tables_read()
    assert len(read) > 40  # the pattern still finds the code's reads
    assert sorted(read - set(lexicon.REQUIRED)) == []


def test_every_required_table_is_read_somewhere() -> None:
    assert sorted(set(lexicon.REQUIRED) - _tables_read()) == []


def test_english_defines_every_required_table() -> None:
    en = lexicon.load("en")
    assert [name for name in lexicon.REQUIRED if not hasattr(en, name)] == []


def test_a_language_missing_a_table_fails_at_load(monkeypatch: pytest.MonkeyPatch) -> None:
    partial = types.ModuleType("flows.reading.lexicon.xx")
    for name in lexicon.REQUIRED[1:]:
        setattr(partial, name, ())
    monkeypatch.setitem(sys.modules, "flows.reading.lexicon.xx", partial)
    monkeypatch.setattr(lexicon, "LANGUAGES", (*lexicon.LANGUAGES, "xx"))
    lexicon.load.cache_clear()
    try:
        with pytest.raises(LookupError, match=lexicon.REQUIRED[0]):
            lexicon.load("xx")
    finally:
        lexicon.load.cache_clear()
