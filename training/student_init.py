"""Copy the teacher's dequantized int8 weights into a StudentEncoder's matching layers (DistilBERT-style)."""

from __future__ import annotations

import numpy as np

from inference.captioning.student_encoder import StudentEncoder


def _pick(weights: dict[str, np.ndarray], prefix: str, ndim: int) -> np.ndarray:
    hits = [v for k, v in weights.items() if k.startswith(prefix) and v.ndim == ndim]
    if len(hits) != 1:
        raise KeyError(f"{len(hits)} teacher tensors match {prefix!r} (ndim {ndim})")
    return hits[0]


def teacher_layer_weights(weights: dict[str, np.ndarray], layer_name: str) -> tuple[np.ndarray, np.ndarray]:
    """(kernel in Keras layout, bias) for one student layer named like the teacher's scope."""
    if layer_name == "Logits":
        kernel = _pick(weights, "MobilenetV2/Logits/Conv2d_1c_1x1/Conv2D", 4)  # (1001, 1, 1, 1280)
        bias = _pick(weights, "MobilenetV2/Logits/Conv2d_1c_1x1/BiasAdd", 1)
        return kernel[1:, 0, 0, :].T, bias[1:]  # drop the background class
    scope = "MobilenetV2/" + layer_name.replace("_expand", "/expand").replace("_depthwise", "/depthwise")
    scope = scope.replace("_project", "/project")
    if scope.endswith("/project"):
        kernel = _pick(weights, scope + "/Conv2D_Fold", 4)
        bias = _pick(weights, scope + "/add_fold", 1)
    elif scope.endswith("/depthwise"):
        kernel = _pick(weights, scope + "/depthwise_Fold", 4)
        bias = _pick(weights, scope + "/BatchNorm_Fold/bias", 1)
    else:
        kernel = _pick(weights, scope + "/Conv2D_Fold", 4)
        bias = _pick(weights, scope + "/BatchNorm_Fold/bias", 1)
    # TFLite stores Conv2D as (out, kh, kw, in) and depthwise as (1, kh, kw, channels).
    return np.transpose(kernel, (1, 2, 3, 0)), bias


def init_from_teacher(student: StudentEncoder, weights: dict[str, np.ndarray]) -> int:
    """Returns how many layers were initialised (all of them, or it raises)."""
    student(np.zeros((1, student.input_size, student.input_size, 3), np.float32))
    layers = [student.stem, *student.block_layers, student.head, student.classifier]
    for layer in layers:
        kernel, bias = teacher_layer_weights(weights, layer.name)
        layer.set_weights([kernel.astype(np.float32), bias.astype(np.float32)])
    return len(layers)
