"""ShowTellDecoder: the Show-and-Tell captioner (Vinyals et al. 2015) on the student's pooled embedding.

The photo embedding sets the LSTM's initial state and is also fed beside every word ("init + inject"),
which trains faster on Flickr8k's 30k captions than conditioning the first step alone.
"""

from __future__ import annotations

import keras
from keras import ops


@keras.saving.register_keras_serializable(package="tasveer")
class ShowTellDecoder(keras.Model):
    """(pooled (B, feature_dim), tokens (B, L)) → next-word logits (B, L, vocab_size)."""

    def __init__(
        self,
        vocab_size: int,
        feature_dim: int = 1280,
        embed_dim: int = 256,
        units: int = 512,
        dropout: float = 0.3,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.vocab_size = vocab_size
        self.feature_dim = feature_dim
        self.embed_dim = embed_dim
        self.units = units
        self.dropout = dropout
        self.image_embedding = keras.layers.Dense(embed_dim, activation="relu", name="image_embedding")
        self.init_h = keras.layers.Dense(units, activation="tanh", name="init_h")
        self.init_c = keras.layers.Dense(units, activation="tanh", name="init_c")
        self.word_embedding = keras.layers.Embedding(vocab_size, embed_dim, name="word_embedding")
        self.lstm = keras.layers.LSTM(units, return_sequences=True, name="lstm")
        self.feature_dropout = keras.layers.Dropout(dropout)
        self.output_dropout = keras.layers.Dropout(dropout)
        self.logits = keras.layers.Dense(vocab_size, name="logits")

    def call(self, inputs, training=False):
        pooled, tokens = inputs
        pooled = self.feature_dropout(pooled, training=training)
        image = self.image_embedding(pooled)
        words = self.word_embedding(tokens)
        steps = ops.shape(tokens)[1]
        x = ops.concatenate([words, ops.repeat(image[:, None, :], steps, axis=1)], axis=-1)
        h = self.lstm(x, initial_state=[self.init_h(pooled), self.init_c(pooled)], training=training)
        return self.logits(self.output_dropout(h, training=training))

    def get_config(self):
        config = super().get_config()
        config.update(
            vocab_size=self.vocab_size,
            feature_dim=self.feature_dim,
            embed_dim=self.embed_dim,
            units=self.units,
            dropout=self.dropout,
        )
        return config
