"""Quantized translation weights: what is stored comes back within half a step, and a language with a model
of its own is translated by that model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from inference.translation.quantized import META_KEY, dequantize_arrays, load_arrays, quantize_arrays


def random_arrays(seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {
        "embedding": (rng.normal(size=(40, 64)) * 0.3).astype(np.float16),
        "encoder.0.ff.inner.kernel": (rng.normal(size=(64, 96)) * 0.05).astype(np.float16),
        "encoder.0.ff.inner.bias": rng.normal(size=96).astype(np.float16),
        "encoder.0.norm.gamma": np.ones(64, np.float16),
    }


@pytest.mark.parametrize(("bits", "group"), [(8, None), (4, 32), (4, 16)])
def test_every_value_comes_back_within_half_a_step_of_its_group(bits: int, group: int | None) -> None:
    arrays = random_arrays()
    stored = quantize_arrays(arrays, bits, group, min_size=1000)
    assert "encoder.0.ff.inner.bias" in stored and "encoder.0.ff.inner.kernel" not in stored  # small ones as they were
    restored = dequantize_arrays(stored)
    assert set(restored) == set(arrays)
    qmax = 2 ** (bits - 1) - 1
    for name in ("embedding", "encoder.0.ff.inner.kernel"):
        original = arrays[name].astype(np.float32)
        # groups run along the axis a dot product sums over: the kernel's inputs, the embedding's model axis
        rows = original.T if name.endswith("kernel") else original
        size = group or rows.shape[1]
        step = np.abs(rows.reshape(rows.shape[0], -1, size)).max(-1, keepdims=True) / qmax
        error = np.abs((restored[name].T if name.endswith("kernel") else restored[name]) - rows)
        assert restored[name].dtype == np.float32 and restored[name].shape == original.shape
        assert np.all(error.reshape(step.shape[0], -1, size) <= step * 0.5 * 1.002 + 1e-7), name
    np.testing.assert_array_equal(restored["encoder.0.ff.inner.bias"], arrays["encoder.0.ff.inner.bias"])


def test_values_on_the_grid_are_exact_and_files_round_trip(tmp_path: Path) -> None:
    """Every level −7…7 in every position of a 4-bit byte comes back where it came from."""
    rng = np.random.default_rng(1)
    group = np.append(np.arange(-7, 8), 7)  # 16 values; the largest magnitude, 7 steps, sets the scale to 0.125
    units = np.stack([np.concatenate([rng.permutation(group) for _ in range(4)]) for _ in range(64)]).astype(np.float32)
    arrays = {"decoder.0.self.query.kernel": (units * 0.125).T.astype(np.float16)}
    np.savez_compressed(tmp_path / "m.npz", **quantize_arrays(arrays, 4, 16, min_size=0))
    with np.load(tmp_path / "m.npz") as saved:
        assert saved["decoder.0.self.query.kernel::q"].dtype == np.uint8
        assert saved["decoder.0.self.query.kernel::q"].shape == (64, 32)
        assert json.loads(saved[META_KEY].tobytes())["decoder.0.self.query.kernel"]["bits"] == 4
    restored = load_arrays(tmp_path / "m.npz")
    np.testing.assert_array_equal(restored["decoder.0.self.query.kernel"], arrays["decoder.0.self.query.kernel"].astype(np.float32))


def test_float16_files_load_unchanged(tmp_path: Path) -> None:
    arrays = random_arrays()
    np.savez(tmp_path / "m.npz", **arrays)
    restored = load_arrays(tmp_path / "m.npz")
    for name, array in arrays.items():
        np.testing.assert_array_equal(restored[name], array)


def test_eight_bit_runtime_logits_stay_close_to_float16(tmp_path: Path) -> None:
    from inference.translation.config import TranslationModelConfig
    from inference.translation.runtime import NumpyTranslatorModel
    from tests.support.translation import build_tiny_weights

    weights = build_tiny_weights(tmp_path / "w")
    config = TranslationModelConfig.from_dict(json.loads((weights / "config.json").read_text())["model"])
    arrays = load_arrays(weights / "model.npz")
    exact = NumpyTranslatorModel(arrays, config)
    rounded = NumpyTranslatorModel(dequantize_arrays(quantize_arrays(arrays, 8, min_size=0)), config)
    source = np.array([[5, 9, 11, 7, 3, 0], [6, 12, 13, 20, 21, 3]])
    target = np.array([[2, 30, 31, 0], [2, 40, 41, 42]])
    a, b = exact.teacher_forced_logits(source, target), rounded.teacher_forced_logits(source, target)
    assert np.abs(a - b).max() < 0.02 * np.abs(a).max()
    assert not np.array_equal(a, b)  # the weights really were rounded


@pytest.mark.parametrize("bits", [16, 4])
def test_a_language_with_its_own_model_is_translated_by_it(tmp_path: Path, bits: int) -> None:
    from inference.translation.offline import OfflineTranslator
    from tests.support.translation import build_tiny_weights
    from training.translate import add_language_model, write_manifest

    base = build_tiny_weights(tmp_path / "base", seed=7)
    other = reseeded_copy(base, tmp_path / "other", seed=8)
    (other / "training.json").write_text(json.dumps({"config": {"seed": 8}, "training": [{"steps": 1}]}))
    write_manifest(base, {})
    served = tmp_path / "served"
    shutil.copytree(base, served)
    assert add_language_model(served, "ta", other, bits, 16 if bits == 4 else None, "a test") == "model-ta.npz"

    lines = ["a dog runs on the grass", "a red car near a house"]
    translator = OfflineTranslator.load(served, beam_size=2)
    own = OfflineTranslator.load(other, beam_size=2)
    own.model = runtime_model(served / "model-ta.npz", served)
    assert translator.translate(lines, "ta") == own.translate(lines, "ta")
    assert translator.translate(lines, "ta") != OfflineTranslator.load(base, beam_size=2).translate(lines, "ta")
    assert translator.translate(lines, "hi") == OfflineTranslator.load(base, beam_size=2).translate(lines, "hi")
    if bits == 16:
        np.testing.assert_array_equal(translator.language_models["ta"].w["embedding"], load_arrays(other / "model.npz")["embedding"])
    manifest = json.loads((served / "manifest.json").read_text())
    assert manifest["language_models"]["ta"]["training_notes"] == "a test" and "model-ta.npz" in manifest["files"]
    assert json.loads((served / "config.json").read_text())["models"] == {"ta": "model-ta.npz"}


def reseeded_copy(export: Path, out: Path, seed: int) -> Path:
    """The same vocabulary and shape with other weights: what a fine-tune of one language produces."""
    import keras

    from inference.translation.config import TranslationModelConfig
    from inference.translation.transformer import TranslationTransformer

    shutil.copytree(export, out)
    keras.utils.set_random_seed(seed)
    model = TranslationTransformer.from_config_data(
        TranslationModelConfig.from_dict(json.loads((export / "config.json").read_text())["model"])
    )
    model.build()
    np.savez(out / "model.npz", **{k: v.astype(np.float16) for k, v in model.export_arrays().items()})
    return out


def runtime_model(path: Path, export: Path):
    from inference.translation.config import TranslationModelConfig
    from inference.translation.runtime import NumpyTranslatorModel

    config = TranslationModelConfig.from_dict(json.loads((export / "config.json").read_text())["model"])
    return NumpyTranslatorModel(load_arrays(path), config)


def test_a_model_with_another_vocabulary_is_refused(tmp_path: Path) -> None:
    from tests.support.translation import build_tiny_weights
    from training.translate import add_language_model

    base = build_tiny_weights(tmp_path / "base")
    other = build_tiny_weights(tmp_path / "other", languages=("hi", "ta", "te"))
    with pytest.raises(SystemExit, match="vocabulary|shape"):
        add_language_model(base, "ta", other, 4, 32)
