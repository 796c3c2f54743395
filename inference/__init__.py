"""Tasveer inference: the worker process, its pipeline, and the job/result contract the bot imports.

Importing this package must stay cheap and TensorFlow-free: the bot imports `inference.contract`
and `inference.queue`. Model code is imported lazily by the pipeline.
"""
