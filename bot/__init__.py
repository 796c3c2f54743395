"""Tasveer's Telegram bot: receives photos, queues caption jobs on Redis, and replies with the finished post.

Importing this package is cheap and never pulls in TensorFlow: the models live in the worker process.
"""
