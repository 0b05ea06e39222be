"""The performance benchmark: ``python -m bench`` (``make bench``), see docs/performance.md.

One run measures, on this machine: the conversation service on one core with
1 thousand to 1 million stored sessions (:mod:`bench.core`), two baselines
(:mod:`bench.core`, :mod:`bench.pickle_baseline`), the real bot end to end
against the fake Bot API for both Telegram backends, its memory and its start-up
(:mod:`bench.endtoend`), and a surge of patients at Telegram's ceiling with the fake
enforcing Telegram's limits (:mod:`bench.surge`). ``--quick`` runs the same code on tiny
sizes; ``--only surge`` runs the surge alone.
"""

import os

# python-telegram-bot 22 warns on every int time period unless this is set; it must be
# set before anything imports telegram.
os.environ.setdefault("PTB_TIMEDELTA", "true")
