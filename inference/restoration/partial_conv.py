"""PartialConv2D: a convolution that only looks at valid (undamaged) pixels, after Liu et al. (ECCV 2018).

Holes must not leak their garbage into the filled result, so each output is computed from the valid pixels of
its window only and rescaled by (window size / valid count) to keep the response level independent of how
much of the window is valid. A window with no valid pixel outputs 0 and stays a hole; any valid pixel makes the
output valid, so holes shrink layer by layer until the decoder has filled them.
"""

from __future__ import annotations

import keras
from keras import ops


@keras.saving.register_keras_serializable(package="tasveer")
class PartialConv2D(keras.layers.Layer):
    """Partial convolution. Call on `[features, mask]`; returns `[output, updated_mask]`.

    `mask` is 1 for valid pixels, 0 for holes, with either 1 channel (shared by every feature channel) or as
    many channels as `features`. The updated mask has 1 channel: 1 wherever the window saw any valid input.
    """

    def __init__(
        self,
        filters: int,
        kernel_size: int = 3,
        strides: int = 1,
        activation: str | None = None,
        use_bias: bool = True,
        kernel_initializer: str = "he_normal",
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.filters = filters
        self.kernel_size = kernel_size
        self.strides = strides
        self.activation = keras.activations.get(activation)
        self.use_bias = use_bias
        self.kernel_initializer = keras.initializers.get(kernel_initializer)

    def build(self, input_shape):
        feature_shape, mask_shape = input_shape
        channels = feature_shape[-1]
        k = self.kernel_size
        self.kernel = self.add_weight(
            name="kernel", shape=(k, k, channels, self.filters), initializer=self.kernel_initializer
        )
        self.bias = (
            self.add_weight(name="bias", shape=(self.filters,), initializer="zeros") if self.use_bias else None
        )
        self.mask_channels = mask_shape[-1]
        # Counting valid inputs per window is itself a convolution with a kernel of ones.
        self.window_size = float(k * k * channels)
        self.mask_scale = float(channels) if self.mask_channels == 1 else 1.0

    def call(self, inputs):
        features, mask = inputs
        mask = ops.cast(mask, features.dtype)
        ones = ops.ones((self.kernel_size, self.kernel_size, self.mask_channels, 1), dtype=features.dtype)
        valid = ops.conv(mask, ones, strides=self.strides, padding="same") * self.mask_scale
        raw = ops.conv(features * mask, self.kernel, strides=self.strides, padding="same")
        new_mask = ops.cast(valid > 0.5, features.dtype)
        ratio = self.window_size / ops.maximum(valid, 1.0) * new_mask
        out = raw * ratio
        if self.bias is not None:
            out = out + self.bias * new_mask
        if self.activation is not None:
            out = self.activation(out)
        return [out, new_mask]

    def compute_output_shape(self, input_shape):
        feature_shape, _ = input_shape
        b, h, w, _ = feature_shape

        def down(n):
            return None if n is None else -(-n // self.strides)

        return [(b, down(h), down(w), self.filters), (b, down(h), down(w), 1)]

    def get_config(self):
        config = super().get_config()
        config.update(
            filters=self.filters,
            kernel_size=self.kernel_size,
            strides=self.strides,
            activation=keras.activations.serialize(self.activation) if self.activation else None,
            use_bias=self.use_bias,
            kernel_initializer=keras.initializers.serialize(self.kernel_initializer),
        )
        return config
