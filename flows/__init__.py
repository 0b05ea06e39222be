"""The check-in itself: facts, questions, rules, outcome texts and the engine. Pure, no I/O.

Start with :mod:`flows.engine`; docs/architecture.md shows how the pieces fit.
"""
