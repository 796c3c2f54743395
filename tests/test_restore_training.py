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


def test_damage_painted_large_is_shrunk_with_the_pixels_it_covers_labelled(photos):
    """Upscaled damage: same size out, and a pixel is damaged when a quarter of it was, so thin lines survive."""
    import cv2

    from training.damage import MIXED_NO_FADE, synthesize_damage
    from training.restore_data import damage_at_scale

    photo = np.ascontiguousarray(photos[0][:80])  # a non-square rectangle
    out, mask = damage_at_scale(photo, np.random.default_rng(4), MIXED_NO_FADE, 3.0)
    assert out.shape == photo.shape and out.dtype == np.uint8 and mask.shape == photo.shape[:2]
    big = cv2.resize(photo, (288, 240), interpolation=cv2.INTER_CUBIC)
    _, big_mask = synthesize_damage(big, np.random.default_rng(4), MIXED_NO_FADE, scale=3.0)
    covered = cv2.resize(big_mask / 255.0, (96, 80), interpolation=cv2.INTER_AREA)
    np.testing.assert_array_equal(mask > 0, covered >= 0.25)
    assert 0.0 < (mask > 0).mean() < 1.0 and (mask > 0).sum() > (covered >= 0.5).sum()
    config = replace(default_config("mask-scales").sample, crop=64)
    _, masks, _ = damaged_batch(photos, 8, np.random.default_rng(1), config)
    assert masks.shape == (8, 64, 64, 1) and set(np.unique(masks)) <= {0.0, 1.0}


@pytest.mark.slow
@pytest.mark.parametrize(
    "model", ["mask", "mask-whole", "mask-scales", "mask-deep", "mask-wide", "inpaint", "inpaint-l2", "inpaint-deep"]
)
def test_smoke_training_saves_a_loadable_model(tmp_path, photos, model):
    import keras

    import inference.restoration.damage_mask_unet  # noqa: F401
    import inference.restoration.partial_conv_unet  # noqa: F401

    config = default_config(model, smoke=True)
    summary = train(config, tmp_path, photos, log_every=2)
    assert summary["steps"] == config.steps and np.isfinite(summary["final_loss"])
    loaded = keras.saving.load_model(tmp_path / "model.keras")
    x = np.random.default_rng(0).random((1, 32, 32, 3)).astype(np.float32)
    out = loaded(x) if config.model == "mask" else loaded({"image": x, "mask": np.ones((1, 32, 32, 1), np.float32)})
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


@pytest.mark.slow
def test_int8_mask_export_is_integer_and_tracks_keras(tmp_path, photos):
    from ai_edge_litert.interpreter import Interpreter

    from inference.restoration.damage_mask_unet import DamageMaskUNet
    from training.restore_export import int8_mask_error, to_litert

    model = DamageMaskUNet(base_filters=4, depth=3, max_filters=16)
    rng = np.random.default_rng(0)
    for weight in model.weights:  # He-scaled kernels: Keras's own initialisation gives a near-constant output
        if weight.path.endswith("kernel"):
            fan_in = int(np.prod(weight.shape[:-1]))
            weight.assign(rng.normal(size=weight.shape).astype(np.float32) * np.sqrt(2.0 / fan_in))
    inputs = [p[None].astype(np.float32) / 255.0 for p in photos]
    path = tmp_path / "mask.tflite"
    path.write_bytes(to_litert(model, {"image": (96, 96, 3)}, lambda: ([x] for x in inputs)))
    interpreter = Interpreter(model_path=str(path))
    kinds = {d["dtype"] for d in interpreter.get_tensor_details()}
    assert np.int8 in kinds  # weights and activations in int8 (the input and output stay float32)
    probabilities = np.concatenate([np.asarray(model(x)) for x in inputs])
    assert probabilities.std() > 0.05  # a model whose output varies, so the comparison below means something
    assert int8_mask_error(model, path, inputs) < 0.02


def test_whole_photo_samples_are_padded_like_the_served_input(photos):
    """Non-square whole-photo samples must be reflect-padded at the bottom/right, as Restorer pads a photo."""
    import cv2

    config = SampleConfig(crop=64, whole_photo=True, clean_fraction=0.0, jpeg_fraction=0.0)
    damaged, mask, _ = damaged_batch(photos, 24, np.random.default_rng(3), config)
    padded = 0
    for image, m in zip(damaged, mask, strict=True):
        for h in range(round(config.min_aspect * 64), 64):
            for axes in ((0, 1, 2), (1, 0, 2)):
                rows, label = image.transpose(axes), m.transpose(axes)
                if np.array_equal(rows, cv2.copyMakeBorder(rows[:h], 0, 64 - h, 0, 0, cv2.BORDER_REFLECT_101)):
                    padded += 1
                    # The label is padded the same way: a mirrored defect is never called clean.
                    expected = cv2.copyMakeBorder(label[:h], 0, 64 - h, 0, 0, cv2.BORDER_REFLECT_101)
                    np.testing.assert_array_equal(label, expected.reshape(label.shape))
    assert 0 < padded < 24  # about half the samples are cut to a rectangle and padded back to a square


def test_warm_start_copies_the_layers_both_networks_share():
    from inference.restoration.damage_mask_unet import DamageMaskUNet
    from training.restore import warm_start

    shallow = DamageMaskUNet(base_filters=4, depth=3, max_filters=16)
    deep = DamageMaskUNet(base_filters=4, depth=4, max_filters=16)
    copied = warm_start(deep, shallow)
    assert copied == sum(1 for layer in shallow.layers if layer.weights)
    for name in ("down0_conv0", "down2_conv1", "dec0_conv0", "logits"):
        for a, b in zip(deep.get_layer(name).get_weights(), shallow.get_layer(name).get_weights(), strict=True):
            np.testing.assert_array_equal(a, b)


def test_inpaint_loss_adds_the_squared_hole_error_only_when_asked():
    from training.restore import inpaint_loss

    rng = np.random.default_rng(0)
    clean, predicted = rng.random((2, 1, 8, 8, 3)).astype(np.float32)
    hole = (rng.random((1, 8, 8, 1)) < 0.3).astype(np.float32)
    plain = float(inpaint_loss(clean, predicted, hole, 1.0, 0.2))
    with_l2 = float(inpaint_loss(clean, predicted, hole, 1.0, 0.2, hole_l2_weight=5.0))
    squared = np.mean((predicted - clean) ** 2, axis=-1, keepdims=True)
    expected = 5.0 * float((squared * hole).sum() / (hole.sum() + 1.0))
    assert with_l2 - plain == pytest.approx(expected, rel=1e-5)


def test_widen_keeps_the_trained_function_and_adds_channels():
    from inference.restoration.damage_mask_unet import DamageMaskUNet
    from training.restore import widen

    rng = np.random.default_rng(1)
    narrow = DamageMaskUNet(base_filters=4, depth=4, max_filters=16, refine_levels=2)
    for weight in narrow.weights:  # trained-looking weights and batch-norm statistics, not the initial ones
        weight.assign((rng.normal(size=weight.shape) * 0.3 + (1.0 if "variance" in weight.path else 0.0)
                       ).astype(np.float32))
    wide = DamageMaskUNet(base_filters=6, depth=4, max_filters=24, refine_levels=2)
    assert widen(wide, narrow) == sum(1 for layer in narrow.layers if layer.weights)
    x = rng.random((2, 32, 48, 3)).astype(np.float32)
    np.testing.assert_allclose(np.asarray(wide(x)), np.asarray(narrow(x)), atol=1e-5)
    assert wide.count_params() > narrow.count_params()
    # The added channels are live (fresh, non-zero weights), so training can use them.
    added = wide.get_layer("down0_conv0").get_weights()[0][..., 4:]
    assert np.abs(added).max() > 0
    with pytest.raises(ValueError):
        widen(DamageMaskUNet(base_filters=6, depth=3, max_filters=24, refine_levels=2), narrow)


def test_worker_processes_make_the_same_batches_as_the_main_process(photos):
    import cv2

    from training.restore import BatchSource, default_config

    # The parent has run OpenCV's thread pool before forking, as in a test run or a training process: a worker
    # that reconfigured that pool after the fork hung here.
    cv2.GaussianBlur(np.zeros((1024, 1024, 3), np.float32), (15, 15), 3)
    config = replace(default_config("mask-scales", smoke=True), steps=12)
    with BatchSource(photos, config) as inline, BatchSource(photos, config, workers=2) as pooled:
        made = list(zip(inline.from_step(2), pooled.from_step(2), strict=True))
    assert len(made) == 10  # steps 2..11 (more than the 4 the workers keep ahead): resumed where it stopped
    for mine, theirs in made:
        for a, b in zip(mine, theirs, strict=True):
            assert a.dtype == b.dtype == np.float32  # the bytes that crossed the pipe are the same float32s
            np.testing.assert_array_equal(a, b)
    assert not np.array_equal(made[0][0][0], made[1][0][0])  # each step its own batch


def test_photo_pack_round_trip(tmp_path, photos):
    from training.restore_data import read_photo_pack, write_photo_pack

    path = tmp_path / "photos.npz"
    write_photo_pack(photos, path)
    unpacked = read_photo_pack(path)
    assert unpacked.shape == photos.shape and unpacked.dtype == np.uint8
    assert path.stat().st_size < photos.nbytes / 3  # JPEG: small enough to carry
    assert np.abs(unpacked.astype(int) - photos.astype(int)).mean() < 3.0


def test_a_time_budget_fits_a_fresh_run_and_never_lengthens_it(tmp_path, photos):
    """The rate is measured in the warm-up; a spent budget ends the run at once, with its model saved and the
    checkpoint recording the fitted length (so a resume does not run on to the old one)."""
    config = replace(default_config("mask", smoke=True), steps=100_000, warmup_steps=40, checkpoint_every=1000)
    spent = train(config, tmp_path / "spent", photos, log_every=10, max_minutes=1e-4)
    assert spent["steps"] == 41 and spent["history"][-1]["step"] == 41
    assert json.loads((tmp_path / "spent" / "checkpoint.json").read_text())["config"]["steps"] == 41
    assert (tmp_path / "spent" / "model.keras").exists()

    generous = train(replace(config, steps=50), tmp_path / "generous", photos, log_every=10, max_minutes=60)
    assert generous["steps"] == 50


def test_a_time_budget_needs_a_fresh_run_with_a_warm_up(tmp_path, photos):
    config = replace(default_config("mask", smoke=True), steps=50, warmup_steps=0)
    with pytest.raises(ValueError, match="warm-up"):
        train(config, tmp_path / "run", photos, max_minutes=1)


_JAX_RUN = """
import json, sys
from dataclasses import replace
from pathlib import Path
import numpy as np
from training.restore import default_config, train
config = replace(default_config("mask-deep", smoke=True), steps=3, warmup_steps=0, checkpoint_every=100)
out = Path(sys.argv[1])
summary = train(config, out / "jax", np.load(out / "photos.npy"), log_every=1, init_from=out / "start.keras")
print(json.dumps([h["loss"] for h in summary["history"]]))
"""


@pytest.mark.slow
def test_jax_training_steps_match_tensorflow(tmp_path, photos):
    """The accelerator's compiled JAX step (what trained the shipped mask's last legs) takes the same steps as
    TensorFlow's from the same weights and batches: same losses, same trained model."""
    import os
    import subprocess
    import sys

    pytest.importorskip("jax")
    import keras

    from training.restore import build_model

    config = replace(default_config("mask-deep", smoke=True), steps=3, warmup_steps=0, checkpoint_every=100)
    start = build_model(config)
    start(np.zeros((1, 64, 64, 3), np.float32))
    start.save(tmp_path / "start.keras")
    np.save(tmp_path / "photos.npy", photos)
    tf_losses = [h["loss"] for h in train(config, tmp_path / "tf", photos, log_every=1,
                                          init_from=tmp_path / "start.keras")["history"]]

    env = {**os.environ, "KERAS_BACKEND": "jax", "JAX_PLATFORMS": "cpu"}
    done = subprocess.run([sys.executable, "-c", _JAX_RUN, str(tmp_path)], env=env, capture_output=True,
                          text=True, timeout=240, check=True)
    jax_losses = json.loads(done.stdout.strip().splitlines()[-1])
    np.testing.assert_allclose(jax_losses, tf_losses, rtol=1e-3)

    x = damaged_batch(photos, 4, np.random.default_rng(7), config.sample)[0]
    trained = [keras.saving.load_model(tmp_path / run / "model.keras")(x) for run in ("tf", "jax")]
    untrained = keras.saving.load_model(tmp_path / "start.keras")(x)
    assert np.abs(np.asarray(trained[0]) - np.asarray(untrained)).max() > 1e-3  # three steps changed the model…
    np.testing.assert_allclose(np.asarray(trained[1]), np.asarray(trained[0]), atol=1e-4)  # …the same way
