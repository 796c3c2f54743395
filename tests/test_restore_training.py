"""Smoke training of both restoration models (seconds), resuming, and the LiteRT export they ship as."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

pytest.importorskip("tensorflow")

from training.restore import default_config, train  # noqa: E402
from training.restore_data import SampleConfig, damaged_batch, square_crop  # noqa: E402


@pytest.fixture(scope="module")
def photos(sample_photos):
    return np.stack([square_crop(p, 96) for p in sample_photos.values()])


def test_damaged_batch_shapes_and_clean_fraction(photos):
    rng = np.random.default_rng(0)
    damaged, mask, clean = damaged_batch(photos, 16, rng, SampleConfig(crop=64, clean_fraction=0.5))
    assert damaged.shape == clean.shape == (16, 64, 64, 3) and mask.shape == (16, 64, 64, 1)
    assert damaged.min() >= 0.0 and damaged.max() <= 1.0 and set(np.unique(mask)) <= {0.0, 1.0}
    empty = mask.reshape(16, -1).max(axis=1) == 0
    assert 0 < empty.sum() < 16  # some clean, some damaged


@pytest.mark.slow
@pytest.mark.parametrize("model", ["mask", "inpaint"])
def test_smoke_training_saves_a_loadable_model(tmp_path, photos, model):
    import keras

    import inference.restoration.damage_mask_unet  # noqa: F401
    import inference.restoration.partial_conv_unet  # noqa: F401

    config = default_config(model, smoke=True)
    summary = train(config, tmp_path, photos, log_every=2)
    assert summary["steps"] == config.steps and np.isfinite(summary["final_loss"])
    loaded = keras.saving.load_model(tmp_path / "model.keras")
    x = np.random.default_rng(0).random((1, 32, 32, 3)).astype(np.float32)
    out = loaded(x) if model == "mask" else loaded({"image": x, "mask": np.ones((1, 32, 32, 1), np.float32)})
    assert np.all(np.isfinite(np.asarray(out)))


@pytest.mark.slow
def test_training_resumes_from_checkpoint(tmp_path, photos):
    config = default_config("mask", smoke=True)
    train(replace(config, steps=3), tmp_path, photos, log_every=1)
    assert json.loads((tmp_path / "checkpoint.json").read_text())["step"] == 3
    summary = train(replace(config, steps=5), tmp_path, photos, log_every=1)
    steps = [h["step"] for h in summary["history"]]
    assert steps == [1, 2, 3, 4, 5]  # continued at step 4, did not start over


@pytest.mark.slow
def test_litert_export_matches_keras(tmp_path):
    from inference.restoration.partial_conv_unet import PartialConvUNet
    from training.restore_export import litert_error, to_litert

    model = PartialConvUNet(base_filters=4, depth=3, max_filters=8)
    for weight in model.get_layer("output").weights:
        weight.assign(np.random.default_rng(0).normal(size=weight.shape).astype(np.float32) * 0.1)
    inputs = {"image": (64, 64, 3), "mask": (64, 64, 1)}
    path = tmp_path / "inpaint.tflite"
    path.write_bytes(to_litert(model, inputs))
    assert litert_error(model, path, inputs) < 0.01  # float16 weights; a broken export gives NaN or garbage
