"""The staff review: a read-only web app over the bot's database, and its accounts.

Staff log in with accounts made by ``sciatica-bot staff add`` and see what their
role allows (review/roles.py): clinicians the safety queue, pseudonymous, redacted
check-ins and their transcripts, follow-ups, charts, exports and the audit log;
coordinators the charts of their own referral groups; researchers charts and
de-identified exports. In charts and exports groups of fewer than five sessions
are shown as "<5". See docs/review.md.
"""
