"""Translation weights stored as 8- or 4-bit integers with float16 scales, float32 again at load.

Why: one multilingual model and one fine-tuned model each for Tamil and Telugu only fit the 30 MB translation
budget below float16 (3 × 25 MB). Measured on the dev splits (docs/translation.md): 8 bits with one scale per
output unit left hi/bn/ml chrF unchanged (±0.1); 4 bits with one scale per 32 inputs cost about half a chrF
point, which the Tamil and Telugu models, far behind the others, can pay for a model of their own.

Each large matrix is quantized along the axis that is summed over when it is used (the input axis of a
kernel, the model axis of the embedding, which is also the output projection), so every dot product the
runtime takes sees one scale per group of its terms. Small arrays (biases, norms) stay as they were.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

META_KEY = "__quantized__"
MIN_SIZE = 100_000  # arrays smaller than this stay float16: their bytes do not matter, their precision might


def _contracted_axis(name: str) -> int:
    return 1 if name == "embedding" else 0


def quantize_arrays(
    arrays: dict[str, np.ndarray], bits: int, group: int | None = None, min_size: int = MIN_SIZE
) -> dict[str, np.ndarray]:
    """`arrays` with every 2-D array of `min_size` values or more replaced by integers and scales;
    `group=None`: one scale per output unit."""
    if bits not in (4, 8):
        raise ValueError("bits must be 4 or 8")
    qmax = 2 ** (bits - 1) - 1
    out: dict[str, np.ndarray] = {}
    meta: dict[str, dict] = {}
    for name, array in arrays.items():
        if array.ndim != 2 or array.size < min_size:
            out[name] = array
            continue
        axis = _contracted_axis(name)
        rows = np.moveaxis(array.astype(np.float32), axis, -1)  # (units, inputs)
        size = group or rows.shape[1]
        if rows.shape[1] % size or (bits == 4 and size % 2):
            raise ValueError(f"{name}: {rows.shape[1]} inputs do not split into groups of {size}")
        groups = rows.reshape(rows.shape[0], -1, size)
        scale = (np.abs(groups).max(-1, keepdims=True) / qmax).astype(np.float16)
        scale[scale == 0] = 1
        q = np.clip(np.round(groups / scale.astype(np.float32)), -qmax - 1, qmax).astype(np.int8)
        if bits == 4:
            nibbles = (q.reshape(rows.shape[0], -1) + 8).astype(np.uint8)
            q = nibbles[:, 0::2] | (nibbles[:, 1::2] << 4)
        out[f"{name}::q"] = q.reshape(rows.shape[0], -1)
        out[f"{name}::scale"] = scale[..., 0]
        meta[name] = {"bits": bits, "group": size, "axis": axis, "shape": list(array.shape)}
    out[META_KEY] = np.frombuffer(json.dumps(meta).encode(), np.uint8)
    return out


def dequantize_arrays(stored: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The inverse of `quantize_arrays` (up to rounding); plain float16 files pass through unchanged."""
    if META_KEY not in stored:
        return dict(stored)
    meta = json.loads(stored[META_KEY].tobytes().decode())
    out = {name: array for name, array in stored.items() if "::" not in name and name != META_KEY}
    for name, info in meta.items():
        q, scale = stored[f"{name}::q"], stored[f"{name}::scale"].astype(np.float32)
        if info["bits"] == 4:
            values = np.empty((q.shape[0], q.shape[1] * 2), np.int8)
            values[:, 0::2] = (q & 0x0F).astype(np.int8) - 8
            values[:, 1::2] = (q >> 4).astype(np.int8) - 8
        else:
            values = q
        units = values.shape[0]
        rows = (values.reshape(units, -1, info["group"]) * scale[..., None]).reshape(units, -1)
        out[name] = np.ascontiguousarray(np.moveaxis(rows, -1, info["axis"]), dtype=np.float32)
        assert list(out[name].shape) == info["shape"], name
    return out


def load_arrays(path: Path) -> dict[str, np.ndarray]:
    """A model file's arrays, float16 or quantized alike."""
    with np.load(path) as saved:
        return dequantize_arrays({name: saved[name] for name in saved.files})
