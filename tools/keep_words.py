"""Regenerate the lexicon's list of real words the speller must never "fix".

    .venv/bin/pip install -e ".[dev]"
    .venv/bin/python tools/keep_words.py > /tmp/keep.py
    mv /tmp/keep.py flows/reading/lexicon/en_keep.py

Takes the English words that people really write (``wordfreq``, Zipf frequency 2.8
or more: about one use in 600,000 words) and keeps every one that the speller of
:mod:`flows.reading.normalise` would otherwise turn into a lexicon word ("slapped"
into "slipped"). Rarer strings ("shure", "draging") stay fixable typos.
"""

from __future__ import annotations

import sys

from wordfreq import top_n_list, zipf_frequency

from flows.reading.normalise import _tables


def keep_words(language: str = "en") -> list[str]:
    _, _, speller = _tables(language)
    english = {w for w in top_n_list("en", 80000) if w.isalpha() and zipf_frequency(w, "en") >= 2.8}
    speller.keep = frozenset()
    keep = []
    for word in sorted(english):
        if word in speller.vocabulary:
            continue
        if speller.fix(word) != word:
            keep.append(word)
    return keep


def main() -> None:
    words = keep_words()
    lines = [
        '"""Real English words near a lexicon word: never corrected (tools/keep_words.py)."""',
        "",
        "KEEP = frozenset(",
        '    """',
    ]
    line = "   "
    for word in words:
        if len(line) + len(word) + 1 > 96:
            lines.append(line)
            line = "   "
        line += " " + word
    lines.append(line)
    lines += ['    """.split()', ")", ""]
    sys.stdout.write("\n".join(lines))


if __name__ == "__main__":
    main()
