"""Regenerate the lexicon's list of real words the speller must never "fix".

    .venv/bin/python tools/keep_words.py > flows/reading/lexicon/en_keep.py

Reads the British and American word lists of the ``english-words`` package (a
test dependency) and keeps every real word that the speller of
:mod:`flows.reading.normalise` would otherwise turn into a lexicon word
("slapped" into "slipped"). ``tests/test_reading.py`` checks the file is current.
"""

from __future__ import annotations

import sys

from english_words import get_english_words_set

from flows.reading.normalise import _tables


def keep_words(language: str = "en") -> list[str]:
    _, _, speller = _tables(language)
    english = set(get_english_words_set(["web2", "gcide"], lower=True, alpha=True))
    english |= {form for word in list(english) for form in _inflections(word)}
    speller.keep = frozenset()
    keep = []
    for word in sorted(english):
        if word in speller.vocabulary:
            continue
        if speller.fix(word) != word:
            keep.append(word)
    return keep


def _inflections(word: str) -> list[str]:
    """The word lists hold base forms: add plurals and tenses ("slap" -> "slapped")."""
    forms = [word + "s", word + "es", word + "ed", word + "d", word + "ing", word + "er"]
    if len(word) >= 3 and word[-1] not in "aeiouwy" and word[-2] in "aeiou":
        forms += [word + word[-1] + "ed", word + word[-1] + "ing", word + word[-1] + "er"]
    if word.endswith("e"):
        forms += [word[:-1] + "ing"]
    if word.endswith("y"):
        forms += [word[:-1] + "ied", word[:-1] + "ies"]
    return forms


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
