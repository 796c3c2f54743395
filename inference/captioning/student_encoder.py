"""StudentEncoder: a MobileNetV2-shaped CNN, batch-norm folded, run at a lower resolution than its teacher.

Its layers mirror the teacher's (TF-slim MobileNetV2 1.0) so they can start from the teacher's dequantized
weights and then be distilled at the student's own resolution; residual blocks may be dropped for speed.
Outputs the spatial map (for attention), its global average (the photo embedding) and 1000 ImageNet logits.
"""

from __future__ import annotations

import keras

# (expansion, output channels, stride) for expanded_conv, expanded_conv_1 .. expanded_conv_16.
MOBILENET_V2_BLOCKS: tuple[tuple[int, int, int], ...] = (
    (1, 16, 1),
    (6, 24, 2), (6, 24, 1),
    (6, 32, 2), (6, 32, 1), (6, 32, 1),
    (6, 64, 2), (6, 64, 1), (6, 64, 1), (6, 64, 1),
    (6, 96, 1), (6, 96, 1), (6, 96, 1),
    (6, 160, 2), (6, 160, 1), (6, 160, 1),
    (6, 320, 1),
)  # fmt: skip


def block_name(index: int) -> str:
    return "expanded_conv" if index == 0 else f"expanded_conv_{index}"


def residual_blocks() -> list[int]:
    """Blocks whose input and output shapes agree, the only ones that can be dropped."""
    out, channels = [], 32
    for i, (_, c, s) in enumerate(MOBILENET_V2_BLOCKS):
        if s == 1 and c == channels:
            out.append(i)
        channels = c
    return out


@keras.saving.register_keras_serializable(package="tasveer")
class StudentEncoder(keras.Model):
    """Image (float32 in [-1, 1], size×size×3) → {"spatial", "pooled", "logits"}."""

    def __init__(
        self,
        input_size: int = 160,
        drop_blocks: tuple[int, ...] | list[int] = (),
        feature_dim: int = 1280,
        num_classes: int = 1000,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.input_size = input_size
        self.drop_blocks = tuple(int(b) for b in drop_blocks)
        self.feature_dim = feature_dim
        self.num_classes = num_classes
        bad = set(self.drop_blocks) - set(residual_blocks())
        if bad:
            raise ValueError(f"only residual blocks can be dropped, not {sorted(bad)}")

        def conv(filters, kernel, stride, name, act=True):
            return keras.layers.Conv2D(
                filters, kernel, strides=stride, padding="same", activation="relu6" if act else None, name=name
            )

        def depthwise(stride, name):
            return keras.layers.DepthwiseConv2D(3, strides=stride, padding="same", activation="relu6", name=name)

        self.stem = conv(32, 3, 2, "Conv")
        self.blocks: list[tuple[int, list[keras.layers.Layer], bool]] = []
        channels = 32
        for i, (expansion, out_c, stride) in enumerate(MOBILENET_V2_BLOCKS):
            residual = stride == 1 and out_c == channels
            if i in self.drop_blocks:
                channels = out_c
                continue
            name = block_name(i)
            layers = []
            if expansion != 1:
                layers.append(conv(channels * expansion, 1, 1, f"{name}_expand"))
            layers.append(depthwise(stride, f"{name}_depthwise"))
            layers.append(conv(out_c, 1, 1, f"{name}_project", act=False))
            self.blocks.append((i, layers, residual))
            channels = out_c
        # Keras tracks layers assigned as attributes; a flat list makes every block's weights visible.
        self.block_layers = [layer for _, layers, _ in self.blocks for layer in layers]
        self.head = conv(feature_dim, 1, 1, "Conv_1")
        self.classifier = keras.layers.Dense(num_classes, name="Logits")

    def call(self, images):
        x = self.stem(images)
        for _, layers, residual in self.blocks:
            y = x
            for layer in layers:
                y = layer(y)
            x = x + y if residual else y
        spatial = self.head(x)
        pooled = keras.ops.mean(spatial, axis=(1, 2))
        return {"spatial": spatial, "pooled": pooled, "logits": self.classifier(pooled)}

    def get_config(self):
        config = super().get_config()
        config.update(
            input_size=self.input_size,
            drop_blocks=list(self.drop_blocks),
            feature_dim=self.feature_dim,
            num_classes=self.num_classes,
        )
        return config
