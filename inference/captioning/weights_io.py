"""Named weight arrays ↔ Keras models, so shipped weights are plain float16 .npz files read without h5."""

from __future__ import annotations

import numpy as np


def weight_name(path: str) -> str:
    """'show_tell_decoder/lstm/lstm_cell/kernel' → 'lstm/kernel': model name and cell wrappers dropped."""
    parts = path.split("/")[1:]
    return "/".join(p for p in parts if p != "lstm_cell")


def named_weights(model) -> dict[str, np.ndarray]:
    out = {weight_name(v.path): np.asarray(v.numpy()) for v in model.weights}
    if len(out) != len(model.weights):
        raise ValueError("weight names collide")
    return out


def assign_weights(model, arrays: dict[str, np.ndarray]) -> None:
    for v in model.weights:
        name = weight_name(v.path)
        if name not in arrays:
            raise KeyError(f"no array for weight {name}")
        v.assign(np.asarray(arrays[name], dtype=v.dtype))
