"""TransformerCaptionDecoder: a small pre-norm Transformer decoder cross-attending to the student's spatial map.

The memory is the projected spatial grid plus the pooled vector as one extra token. Layers are written with
plain Dense projections so the NumPy step decoder (with a key/value cache) can mirror them exactly.
"""

from __future__ import annotations

import keras
from keras import ops


@keras.saving.register_keras_serializable(package="tasveer")
class Attention(keras.layers.Layer):
    """Multi-head attention with separate q/k/v/o Dense projections (weights easy to read back)."""

    def __init__(self, dim: int, heads: int, **kwargs):
        super().__init__(**kwargs)
        self.dim = dim
        self.heads = heads
        self.q = keras.layers.Dense(dim, name="q")
        self.k = keras.layers.Dense(dim, name="k")
        self.v = keras.layers.Dense(dim, name="v")
        self.o = keras.layers.Dense(dim, name="o")

    def _split(self, x):
        b, n = ops.shape(x)[0], ops.shape(x)[1]
        return ops.transpose(ops.reshape(x, (b, n, self.heads, self.dim // self.heads)), (0, 2, 1, 3))

    def call(self, x, memory, causal=False):
        q, k, v = self._split(self.q(x)), self._split(self.k(memory)), self._split(self.v(memory))
        scores = ops.matmul(q, ops.transpose(k, (0, 1, 3, 2))) / float((self.dim // self.heads) ** 0.5)
        if causal:
            n = ops.shape(x)[1]
            mask = ops.tril(ops.ones((n, n), dtype="bool"))
            scores = ops.where(mask[None, None], scores, -1e9)
        out = ops.matmul(ops.softmax(scores, axis=-1), v)
        b, n = ops.shape(x)[0], ops.shape(x)[1]
        return self.o(ops.reshape(ops.transpose(out, (0, 2, 1, 3)), (b, n, self.dim)))

    def get_config(self):
        return {**super().get_config(), "dim": self.dim, "heads": self.heads}


@keras.saving.register_keras_serializable(package="tasveer")
class DecoderBlock(keras.layers.Layer):
    def __init__(self, dim: int, heads: int, ff_dim: int, dropout: float, **kwargs):
        super().__init__(**kwargs)
        self.dim, self.heads, self.ff_dim, self.dropout = dim, heads, ff_dim, dropout
        self.norm1 = keras.layers.LayerNormalization(epsilon=1e-5, name="norm1")
        self.self_attention = Attention(dim, heads, name="self_attention")
        self.norm2 = keras.layers.LayerNormalization(epsilon=1e-5, name="norm2")
        self.cross_attention = Attention(dim, heads, name="cross_attention")
        self.norm3 = keras.layers.LayerNormalization(epsilon=1e-5, name="norm3")
        self.ff1 = keras.layers.Dense(ff_dim, activation="gelu", name="ff1")
        self.ff2 = keras.layers.Dense(dim, name="ff2")
        self.drop = keras.layers.Dropout(dropout)

    def call(self, x, memory, training=False):
        h = self.norm1(x)
        x = x + self.drop(self.self_attention(h, h, causal=True), training=training)
        x = x + self.drop(self.cross_attention(self.norm2(x), memory), training=training)
        return x + self.drop(self.ff2(self.ff1(self.norm3(x))), training=training)

    def get_config(self):
        return {
            **super().get_config(),
            "dim": self.dim,
            "heads": self.heads,
            "ff_dim": self.ff_dim,
            "dropout": self.dropout,
        }


@keras.saving.register_keras_serializable(package="tasveer")
class TransformerCaptionDecoder(keras.Model):
    """(spatial (B, regions, feature_dim), pooled (B, feature_dim), tokens (B, L)) → logits (B, L, vocab)."""

    def __init__(
        self,
        vocab_size: int,
        feature_dim: int = 1280,
        regions: int = 25,
        dim: int = 256,
        heads: int = 4,
        layers: int = 2,
        ff_dim: int = 1024,
        max_len: int = 24,
        dropout: float = 0.2,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.vocab_size = vocab_size
        self.feature_dim = feature_dim
        self.regions = regions
        self.dim = dim
        self.heads = heads
        self.num_layers = layers
        self.ff_dim = ff_dim
        self.max_len = max_len
        self.dropout = dropout
        self.memory_projection = keras.layers.Dense(dim, name="memory_projection")
        self.memory_norm = keras.layers.LayerNormalization(epsilon=1e-5, name="memory_norm")
        self.region_embedding = keras.layers.Embedding(regions + 1, dim, name="region_embedding")
        self.word_embedding = keras.layers.Embedding(vocab_size, dim, name="word_embedding")
        self.position_embedding = keras.layers.Embedding(max_len, dim, name="position_embedding")
        self.blocks = [DecoderBlock(dim, heads, ff_dim, dropout, name=f"block_{i}") for i in range(layers)]
        self.final_norm = keras.layers.LayerNormalization(epsilon=1e-5, name="final_norm")
        self.feature_dropout = keras.layers.Dropout(dropout)
        self.logits = keras.layers.Dense(vocab_size, name="logits")

    def encode_memory(self, spatial, pooled, training=False):
        tokens = ops.concatenate([spatial, pooled[:, None, :]], axis=1)
        tokens = self.feature_dropout(tokens, training=training)
        memory = self.memory_projection(tokens) + self.region_embedding(ops.arange(self.regions + 1))[None]
        return self.memory_norm(memory)

    def call(self, inputs, training=False):
        spatial, pooled, tokens = inputs
        memory = self.encode_memory(spatial, pooled, training=training)
        positions = ops.arange(ops.shape(tokens)[1])
        x = self.word_embedding(tokens) + self.position_embedding(positions)[None]
        for block in self.blocks:
            x = block(x, memory, training=training)
        return self.logits(self.final_norm(x))

    def get_config(self):
        config = super().get_config()
        config.update(
            vocab_size=self.vocab_size,
            feature_dim=self.feature_dim,
            regions=self.regions,
            dim=self.dim,
            heads=self.heads,
            layers=self.num_layers,
            ff_dim=self.ff_dim,
            max_len=self.max_len,
            dropout=self.dropout,
        )
        return config
