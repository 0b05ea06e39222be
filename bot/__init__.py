"""Front ends of sciatica-bot: the CLI, the terminal chat, simulate and the Telegram bots.

They translate between a channel and :mod:`bot.service`; they never decide anything
clinical (that is :mod:`flows`).
"""
