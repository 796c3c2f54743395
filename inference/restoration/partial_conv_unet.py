"""PartialConvUNet: fills the holes of a damaged photo from its valid pixels (Liu et al., ECCV 2018).

Every convolution is a PartialConv2D, so hole pixels never contribute; the encoder halves resolution each
level, shrinking holes until every window sees valid context, and the decoder brings the context back up
with skip connections that carry their own masks. Optional residual refinement blocks (two partial
convolutions, the second zero-initialised) at the bottleneck and after each decoder convolution add depth
without changing what the network computes when they are added: a trained network can grow and train on.
"""

from __future__ import annotations

import keras
from keras import ops

from inference.restoration.partial_conv import PartialConv2D


@keras.saving.register_keras_serializable(package="tasveer")
class PartialConvUNet(keras.Model):
    """Inputs: `image` RGB in [0, 1] (hole values are ignored) and `mask` (1 = valid, 0 = hole), same size,
    divisible by 2**depth. Output: the predicted RGB everywhere; callers keep their valid pixels and take only
    the hole pixels from it.
    """

    def __init__(
        self,
        base_filters: int = 24,
        depth: int = 4,
        max_filters: int = 96,
        first_kernel_size: int = 5,
        refine_blocks: int = 0,
        **kwargs,
    ):
        image = keras.Input(shape=(None, None, 3), name="image")
        mask = keras.Input(shape=(None, None, 1), name="mask")
        widths = [min(base_filters * 2**i, max_filters) for i in range(depth)]

        skips = [(image, mask)]
        x, m = image, mask
        for level, filters in enumerate(widths):
            k = first_kernel_size if level == 0 else 3
            x, m = PartialConv2D(filters, k, strides=2, activation="relu", name=f"enc{level}")([x, m])
            skips.append((x, m))
        skips.pop()  # the deepest level is `x` itself
        x = _refine(x, m, refine_blocks, f"enc{depth - 1}")
        for level in reversed(range(depth)):
            skip_x, skip_m = skips[level]
            x = keras.layers.UpSampling2D(2, name=f"up{level}_x")(x)
            m = keras.layers.UpSampling2D(2, name=f"up{level}_m")(m)
            joined_m = keras.layers.Lambda(
                _joined_mask, arguments={"up_channels": x.shape[-1], "skip_channels": skip_x.shape[-1]},
                name=f"join{level}_m",
            )([m, skip_m])
            x = keras.layers.Concatenate(name=f"join{level}_x")([x, skip_x])
            if level == 0:
                # Zero-initialised so the untrained net starts from a flat guess instead of exploded activations.
                x, m = PartialConv2D(3, 3, kernel_initializer="zeros", name="output")([x, joined_m])
            else:
                x, m = PartialConv2D(widths[level - 1], 3, name=f"dec{level}")([x, joined_m])
                x = keras.layers.LeakyReLU(0.2, name=f"dec{level}_act")(x)
                x = _refine(x, m, refine_blocks, f"dec{level}")
        super().__init__(inputs={"image": image, "mask": mask}, outputs=x, **kwargs)
        self.base_filters = base_filters
        self.depth = depth
        self.max_filters = max_filters
        self.first_kernel_size = first_kernel_size
        self.refine_blocks = refine_blocks

    def get_config(self):
        return {
            "name": self.name,
            "trainable": self.trainable,
            "base_filters": self.base_filters,
            "depth": self.depth,
            "max_filters": self.max_filters,
            "first_kernel_size": self.first_kernel_size,
            "refine_blocks": self.refine_blocks,
        }

    @classmethod
    def from_config(cls, config):
        return cls(**config)


def _refine(x, mask, blocks: int, prefix: str):
    """`blocks` residual blocks x + mask · conv(relu(conv(x))) at x's resolution, keeping x's mask.

    The second convolution starts at zero, so a block is the identity until trained; the sum is masked so
    pixels that were holes stay zero, as every partial convolution downstream expects of invalid pixels.
    """
    for j in range(blocks):
        y, grown = PartialConv2D(x.shape[-1], 3, activation="relu", name=f"{prefix}_res{j}a")([x, mask])
        y, _ = PartialConv2D(x.shape[-1], 3, kernel_initializer="zeros", name=f"{prefix}_res{j}b")([y, grown])
        y = keras.layers.Multiply(name=f"{prefix}_res{j}_m")([y, mask])
        x = keras.layers.Add(name=f"{prefix}_res{j}")([x, y])
    return x


def _joined_mask(masks, up_channels: int, skip_channels: int):
    """The mask of a channel concatenation: each single-channel mask repeated over its features' channels."""
    up, skip = masks
    return ops.concatenate([ops.repeat(up, up_channels, axis=-1), ops.repeat(skip, skip_channels, axis=-1)], -1)
