"""Lexicon patterns, compiled once and matched over a message's words.

The syntax is in :mod:`flows.reading.lexicon.en`'s docstring: literal words,
``{class}``, ``word*`` (a prefix), ``word?`` (optional), ``*`` / ``**`` (a gap of
up to 3 / 6 words inside one sentence), ``$`` (the end of a clause) and
``A & B`` (both in one sentence). A match is a :class:`Span`; its ``parts`` are
the runs of words the pattern itself named (not the words a gap skipped), so
that a negation inside a gap still reaches the words after it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from flows.reading.normalise import BOUNDARIES, QUESTION, SENTENCE

V = TypeVar("V")

_SENTENCE_ENDS = frozenset({SENTENCE, QUESTION})
Parts = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Span(Generic[V]):
    """Where a pattern matched: tokens ``start`` to ``end`` (exclusive), and its value."""

    start: int
    end: int
    value: V
    pattern: str
    parts: Parts = ()


# One element: ("word", w), ("prefix", p), ("class", name), ("gap", n), ("end", None)
# or ("opt", element).
_Element = tuple[str, object]
# A way a sequence can end: the position after it, and the runs it named.
_End = tuple[int, Parts]


def _element(token: str) -> _Element:
    if token == "$":
        return ("end", None)
    if token in ("*", "**"):
        return ("gap", 3 if token == "*" else 6)
    if token.endswith("?") and len(token) > 1:
        return ("opt", _element(token[:-1]))
    if token.startswith("{") and token.endswith("}"):
        return ("class", token[1:-1])
    if token.endswith("*"):
        return ("prefix", token[:-1])
    return ("word", token)


def _compile(pattern: str) -> tuple[_Element, ...]:
    sequence = tuple(_element(t) for t in pattern.split())
    if not sequence or sequence[0][0] in ("gap", "opt", "end"):
        raise ValueError(f"a pattern must start with a word or a class: {pattern!r}")
    return sequence


def _join(parts: Parts, start: int, end: int) -> Parts:
    if end <= start:
        return parts
    if parts and parts[-1][1] == start:
        return (*parts[:-1], (parts[-1][0], end))
    return (*parts, (start, end))


_ClassIndex = dict[
    str, tuple[dict[str, list[tuple[_Element, ...]]], list[tuple[str, tuple[_Element, ...]]]]
]
#: Compiled class tables by the identity of the lexicon's CLASSES they came from: every
#: matcher over one lexicon shares them, read-only. Compiled once a matcher, as before,
#: each copy was megabytes of tuples (170 MB over the cached matchers of a bot process),
#: which the garbage collector walked again and again, pausing replies.
_COMPILED: dict[int, tuple[object, dict[str, list[tuple[_Element, ...]]], _ClassIndex]] = {}


def _compiled_classes(
    classes: Mapping[str, Sequence[str]] | None,
) -> tuple[dict[str, list[tuple[_Element, ...]]], _ClassIndex]:
    if not classes:
        return {}, {}
    known = _COMPILED.get(id(classes))
    if known is not None and known[0] is classes:
        return known[1], known[2]
    compiled = {name: [_compile(p) for p in phrases] for name, phrases in classes.items()}
    # Each class's phrases by first word (and first prefix), so that matching a class at a
    # word tries only the phrases that can start there.
    index: _ClassIndex = {}
    for name, phrases in compiled.items():
        by_word: dict[str, list[tuple[_Element, ...]]] = {}
        by_prefix: list[tuple[str, tuple[_Element, ...]]] = []
        for phrase in phrases:
            kind, arg = phrase[0]
            if kind == "word":
                by_word.setdefault(str(arg), []).append(phrase)
            elif kind == "prefix":
                by_prefix.append((str(arg), phrase))
            else:
                raise ValueError(f"a class phrase starts with a word or a prefix: {name}")
        index[name] = (by_word, by_prefix)
    _COMPILED[id(classes)] = (classes, compiled, index)
    return compiled, index


class Matcher(Generic[V]):
    """Every pattern of one table, ready to match."""

    def __init__(
        self,
        table: Mapping[str, V] | Iterable[tuple[str, V]],
        classes: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.classes, self.class_index = _compiled_classes(classes)
        self.sequences: list[tuple[tuple[_Element, ...], V, str]] = []
        self.together: list[tuple[list[tuple[_Element, ...]], V, str]] = []
        pairs = table.items() if isinstance(table, Mapping) else table
        for pattern, value in pairs:
            if " & " in pattern:
                parts = [_compile(part) for part in pattern.split(" & ")]
                self.together.append((parts, value, pattern))
            else:
                self.sequences.append((_compile(pattern), value, pattern))
        # An index by first word, so that a message is matched only against the
        # patterns that can start at each of its words.
        self.by_word: dict[str, list[int]] = {}
        self.by_prefix: list[tuple[str, int]] = []
        for n, (sequence, _, _) in enumerate(self.sequences):
            words, prefixes = self._starts(sequence[0])
            for word in words:
                self.by_word.setdefault(word, []).append(n)
            self.by_prefix.extend((prefix, n) for prefix in prefixes)
        # For each pattern, the words its later parts must find in the message: a
        # pattern whose "{saddle}" has no word of the class in the message is not tried.
        self.required: list[list[frozenset[str]]] = []
        for sequence, _, _ in self.sequences:
            needs = []
            for element in sequence[1:]:
                if element[0] in ("word", "class"):
                    words, prefixes = self._starts(element)
                    if not prefixes:
                        needs.append(frozenset(words))
            self.required.append(needs)
        self.by_initial: dict[str, list[tuple[str, int]]] = {}
        for prefix, n in self.by_prefix:
            self.by_initial.setdefault(prefix[:1], []).append((prefix, n))
        self.part_starts = [
            [self._starts(part[0]) for part in parts] for parts, _, _ in self.together
        ]

    def _starts(self, element: _Element) -> tuple[set[str], set[str]]:
        """The words and prefixes a match of ``element`` can start with."""
        kind, arg = element
        if kind == "word":
            return {str(arg)}, set()
        if kind == "prefix":
            return set(), {str(arg)}
        words: set[str] = set()
        prefixes: set[str] = set()
        for phrase in self.classes.get(str(arg), ()):
            w, p = self._starts(phrase[0])
            words |= w
            prefixes |= p
        return words, prefixes

    @staticmethod
    def _may_start(starts: tuple[set[str], set[str]], token: str) -> bool:
        words, prefixes = starts
        return token in words or any(token.startswith(p) for p in prefixes)

    def _ends(
        self, element: _Element, tokens: Sequence[str], i: int, parts: Parts
    ) -> Iterable[_End]:
        kind, arg = element
        if kind == "opt":
            yield i, parts
            yield from self._ends(arg, tokens, i, parts)  # type: ignore[arg-type]
            return
        if kind == "end":
            if i >= len(tokens) or tokens[i] in BOUNDARIES or tokens[i].startswith("emoji"):
                yield i, parts
            return
        if kind == "gap":
            for skip in range(int(arg) + 1):  # type: ignore[call-overload]
                j = i + skip
                if j > len(tokens):
                    return
                yield j, parts
                if j < len(tokens) and tokens[j] in _SENTENCE_ENDS:
                    return
            return
        if i >= len(tokens) or tokens[i] in BOUNDARIES:
            return
        if kind == "word":
            if tokens[i] == arg:
                yield i + 1, _join(parts, i, i + 1)
        elif kind == "prefix":
            if tokens[i].startswith(arg):  # type: ignore[arg-type]
                yield i + 1, _join(parts, i, i + 1)
        else:
            by_word, by_prefix = self.class_index[str(arg)]
            token = tokens[i]
            candidates = by_word.get(token, [])
            if by_prefix:
                candidates = [*candidates, *(p for pre, p in by_prefix if token.startswith(pre))]
            for phrase in candidates:
                for end, _ in self._sequence_ends(phrase, tokens, i):
                    yield end, _join(parts, i, end)

    def _sequence_ends(
        self, sequence: tuple[_Element, ...], tokens: Sequence[str], i: int
    ) -> list[_End]:
        states: list[_End] = [(i, ())]
        for element in sequence:
            nxt: dict[int, Parts] = {}
            for position, parts in states:
                for end, new_parts in self._ends(element, tokens, position, parts):
                    # the longest named run wins for each end
                    if end not in nxt or _size(new_parts) > _size(nxt[end]):
                        nxt[end] = new_parts
            if not nxt:
                return []
            states = list(nxt.items())
        return states

    def _longest(
        self, sequence: tuple[_Element, ...], tokens: Sequence[str], i: int
    ) -> _End | None:
        ends = [(e, p) for e, p in self._sequence_ends(sequence, tokens, i) if p]
        if not ends:
            return None
        _, parts = max(ends, key=lambda ep: (ep[1][-1][1], _size(ep[1])))
        return parts[-1][1], parts

    def find(self, tokens: Sequence[str]) -> list[Span[V]]:
        """Every match: at each start, the longest of each pattern."""
        spans: list[Span[V]] = []
        present = frozenset(tokens)
        for i, token in enumerate(tokens):
            if token in BOUNDARIES:
                continue
            candidates = list(self.by_word.get(token, ()))
            for prefix, n in self.by_initial.get(token[0], ()):
                if token.startswith(prefix):
                    candidates.append(n)
            for n in candidates:
                if any(present.isdisjoint(need) for need in self.required[n]):
                    continue
                sequence, value, pattern = self.sequences[n]
                found = self._longest(sequence, tokens, i)
                if found is not None:
                    end, parts = found
                    spans.append(Span(i, end, value, pattern, parts))
        for (pieces, value, pattern), starts in zip(self.together, self.part_starts, strict=True):
            for start, stop in sentences(tokens):
                hits: list[tuple[int, int]] = []
                for piece, piece_start in zip(pieces, starts, strict=True):
                    hit = None
                    for i in range(start, stop):
                        if any(a <= i < b for a, b in hits):
                            continue  # the parts of "A & B" are different words
                        if self._may_start(piece_start, tokens[i]):
                            found = self._longest(piece, tokens[:stop], i)
                            if found is not None and not any(
                                i < b and a < found[0] for a, b in hits
                            ):
                                hit = (i, found[0])
                                break
                    if hit is None:
                        break
                    hits.append(hit)
                else:
                    parts = tuple(sorted(set(hits)))
                    spans.append(Span(parts[0][0], max(e for _, e in parts), value, pattern, parts))
        return spans


def _size(parts: Parts) -> int:
    return sum(b - a for a, b in parts)


def sentences(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """The (start, stop) of each sentence of ``tokens``."""
    result: list[tuple[int, int]] = []
    start = 0
    for i, token in enumerate(tokens):
        if token in _SENTENCE_ENDS:
            if i > start:
                result.append((start, i))
            start = i + 1
    if start < len(tokens):
        result.append((start, len(tokens)))
    return result


def best(spans: Iterable[Span[V]]) -> list[Span[V]]:
    """Matches whose named words do not overlap, longer ones preferred (then earlier ones)."""
    chosen: list[Span[V]] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-_size(s.parts or ((s.start, s.end),)), s.start)):
        cells = {i for a, b in (span.parts or ((span.start, span.end),)) for i in range(a, b)}
        if cells & taken:
            continue
        chosen.append(span)
        taken |= cells
    return sorted(chosen, key=lambda s: s.start)
