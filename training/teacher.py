"""The distillation teacher: the shared int8 ImageNet MobileNetV2, read through LiteRT.

Used only while training (its weights never enter the repository). Besides the 1000-way ImageNet
prediction it exposes the pooled 1280-d feature and the 7×7×1280 spatial map, which the student matches.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from inference.captioning.preprocess import resize_square

INPUT_SIZE = 224


@dataclass
class TeacherOutput:
    logits: np.ndarray  # (1000,) float32, ImageNet logits without the background class
    probs: np.ndarray  # (1000,) float32 softmax over `logits`
    pooled: np.ndarray  # (1280,) float32 global-average-pooled last feature map
    spatial: np.ndarray | None = None  # (7, 7, 1280) float32, only when asked for


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    z = x - x.max(axis=axis, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)


class Teacher:
    """Wraps the LiteRT interpreter with every tensor preserved so intermediate features can be read."""

    def __init__(self, model_path: Path, num_threads: int = 1):
        from ai_edge_litert.interpreter import Interpreter

        self.model_path = Path(model_path)
        self.interpreter = Interpreter(
            model_path=str(self.model_path), experimental_preserve_all_tensors=True, num_threads=num_threads
        )
        self.interpreter.allocate_tensors()
        self.input = self.interpreter.get_input_details()[0]
        details = self.interpreter.get_tensor_details()
        self._logits = self._find(details, "MobilenetV2/Logits/Squeeze1", (1, 1001))
        self._pooled = self._find(details, "MobilenetV2/Logits/AvgPool", (1, 1, 1, 1280))
        self._spatial = self._find(details, "MobilenetV2/Conv_1/Relu6", (1, 7, 7, 1280))

    @staticmethod
    def _find(details: list[dict], prefix: str, shape: tuple[int, ...]) -> dict:
        for d in details:
            if d["name"].startswith(prefix) and tuple(d["shape"]) == shape:
                return d
        raise KeyError(f"teacher tensor {prefix} {shape} not found")

    def _read(self, detail: dict) -> np.ndarray:
        scale, zero = detail["quantization"]
        raw = self.interpreter.get_tensor(detail["index"])
        return (raw.astype(np.float32) - zero) * scale

    def run(self, rgb: np.ndarray, spatial: bool = False) -> TeacherOutput:
        """One photo (RGB uint8, any size) → teacher outputs; background (index 0) is dropped."""
        x = resize_square(rgb, INPUT_SIZE)[None]
        self.interpreter.set_tensor(self.input["index"], x)
        self.interpreter.invoke()
        logits = self._read(self._logits)[0, 1:]
        return TeacherOutput(
            logits=logits,
            probs=softmax(logits).astype(np.float32),
            pooled=self._read(self._pooled).reshape(1280),
            spatial=self._read(self._spatial)[0] if spatial else None,
        )

    def weights(self) -> dict[str, np.ndarray]:
        """Dequantized constant tensors (conv kernels in TFLite's OHWI layout, biases) by tensor name.

        Used to initialise a float student from the teacher; activations are skipped (batch-1 4-D maps).
        """
        out: dict[str, np.ndarray] = {}
        for d in self.interpreter.get_tensor_details():
            shape = tuple(d["shape"])
            is_bias = d["dtype"] == np.int32 and len(shape) == 1 and shape[0] > 2
            is_kernel = d["dtype"] == np.uint8 and len(shape) == 4 and (shape[0] != 1 or shape[1] == 3)
            if not (is_bias or is_kernel):
                continue
            scale, zero = d["quantization"]
            raw = self.interpreter.get_tensor(d["index"]).astype(np.float32)
            out[d["name"]] = (raw - zero) * scale
        return out
