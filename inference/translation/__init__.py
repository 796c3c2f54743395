"""English → Indian-language translation: offline Transformer models, caption rules for Tamil and Telugu,
lexicons for hashtags, remote backends.

Nothing here imports TensorFlow at import time: the shipped model runs on NumPy (`runtime.py`); Keras is
only needed to train (`transformer.py`).
"""
