"""docs/conversation.md is what the bot says: regenerated from simulate, never hand-edited."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from tools import conversation_doc

DOC = Path(__file__).parent.parent / "docs" / "conversation.md"


def test_docs_conversation_md_is_current() -> None:
    written = io.StringIO()
    with contextlib.redirect_stdout(written):
        conversation_doc.main()
    assert DOC.read_text(encoding="utf-8") == written.getvalue(), (
        "docs/conversation.md is stale: run "
        "`.venv/bin/python tools/conversation_doc.py > docs/conversation.md`"
    )
