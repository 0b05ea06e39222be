"""The staff review: a read-only web app over the bot's database, and its accounts.

Staff (nurses, support-group coordinators, researchers) log in with accounts made
by ``sciatica-bot staff add`` and see pseudonymous, redacted sessions: a filtered
list with counts, one session's transcript, charts and CSV/JSON exports. Groups
of fewer than five sessions are shown as "<5". See docs/review.md.
"""
