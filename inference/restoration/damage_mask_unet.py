"""DamageMaskUNet: a small U-Net that maps a photo to a per-pixel probability that the pixel is damaged.

Scratches are a pixel or two wide, so the full-resolution level keeps its own features (skip connection);
stains and torn corners are large, so the deepest level sees a wide context to tell a stain from a white wall.
"""

from __future__ import annotations

import keras


@keras.saving.register_keras_serializable(package="tasveer")
class DamageMaskUNet(keras.Model):
    """Input: RGB in [0, 1], any size divisible by 2**(depth-1). Output: damage probability, 1 channel.

    Channels double per level up to `max_filters`; every conv is 3×3 + batch norm + ReLU.
    """

    def __init__(
        self,
        base_filters: int = 12,
        depth: int = 4,
        max_filters: int = 64,
        convs_per_level: int = 2,
        refine_levels: int = 0,
        **kwargs,
    ):
        image = keras.Input(shape=(None, None, 3), name="image")

        def conv_block(x, filters: int, n: int, name: str):
            for i in range(n):
                x = keras.layers.Conv2D(filters, 3, padding="same", use_bias=False, name=f"{name}_conv{i}")(x)
                x = keras.layers.BatchNormalization(name=f"{name}_bn{i}")(x)
                x = keras.layers.ReLU(name=f"{name}_relu{i}")(x)
            return x

        widths = [min(base_filters * 2**i, max_filters) for i in range(depth)]
        skips = []
        x = image
        for level, filters in enumerate(widths):
            x = conv_block(x, filters, convs_per_level, f"down{level}")
            if level < depth - 1:
                skips.append(x)
                x = keras.layers.MaxPooling2D(2, name=f"pool{level}")(x)
        for level in reversed(range(depth - 1)):
            x = keras.layers.UpSampling2D(2, interpolation="bilinear", name=f"up{level}")(x)
            x = keras.layers.Concatenate(name=f"skip{level}")([x, skips[level]])
            x = conv_block(x, widths[level], 1, f"dec{level}")
            if level < refine_levels:
                x = _residual_block(x, f"dec{level}_res")
        logits = keras.layers.Conv2D(1, 1, name="logits")(x)
        probability = keras.layers.Activation("sigmoid", dtype="float32", name="probability")(logits)
        super().__init__(inputs=image, outputs=probability, **kwargs)
        self.base_filters = base_filters
        self.depth = depth
        self.max_filters = max_filters
        self.convs_per_level = convs_per_level
        self.refine_levels = refine_levels

    def get_config(self):
        return {
            "name": self.name,
            "trainable": self.trainable,
            "base_filters": self.base_filters,
            "depth": self.depth,
            "max_filters": self.max_filters,
            "convs_per_level": self.convs_per_level,
            "refine_levels": self.refine_levels,
        }

    @classmethod
    def from_config(cls, config):
        return cls(**config)


def _residual_block(x, name: str):
    """x + bn(conv(relu(bn(conv(x))))) with the last batch-norm scale at zero: the identity when added, so a
    trained network grown by it starts where it was (thin scratches are decided at the finest levels)."""
    filters = x.shape[-1]
    y = keras.layers.Conv2D(filters, 3, padding="same", use_bias=False, name=f"{name}_conv0")(x)
    y = keras.layers.BatchNormalization(name=f"{name}_bn0")(y)
    y = keras.layers.ReLU(name=f"{name}_relu0")(y)
    y = keras.layers.Conv2D(filters, 3, padding="same", use_bias=False, name=f"{name}_conv1")(y)
    y = keras.layers.BatchNormalization(gamma_initializer="zeros", name=f"{name}_bn1")(y)
    return keras.layers.Add(name=name)([x, y])
