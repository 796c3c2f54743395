"""The damage synthesiser: deterministic, the mask is exactly what changed, every defect kind shows up."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from training.damage import MIXED, SCRATCHES_AND_BLOTCHES, DamageRecipe, add_benign_overlay, synthesize_damage

KINDS = ["scratches", "cracks", "dust", "blotches", "torn_corners", "folds", "faded_patches"]


def only(kind: str) -> DamageRecipe:
    zero = {k: (0, 0) for k in KINDS}
    zero[kind] = getattr(MIXED, kind)
    return dataclasses.replace(MIXED, **zero, kinds_per_photo=(1, 1))


def test_same_seed_same_damage(sample_photos):
    photo = sample_photos["astronaut"]
    a = synthesize_damage(photo, np.random.default_rng(7))
    b = synthesize_damage(photo, np.random.default_rng(7))
    c = synthesize_damage(photo, np.random.default_rng(8))
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
    assert not np.array_equal(a[1], c[1])


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_marks_what_it_changed(sample_photos, kind):
    photo = sample_photos["coffee"]
    damaged, mask = synthesize_damage(photo, np.random.default_rng(3), only(kind))
    assert damaged.shape == photo.shape and damaged.dtype == np.uint8
    assert mask.shape == photo.shape[:2] and set(np.unique(mask)) <= {0, 255}
    hole = mask > 0
    assert 0 < hole.mean() < 0.6
    change = np.abs(damaged.astype(int) - photo.astype(int)).max(axis=2)
    # Inside the mask the photo really changed (on average), outside it only faint halos remain.
    assert change[hole].mean() > 20
    assert np.mean(change[~hole] > 40) < 0.01


def test_scratches_and_blotches_recipe(sample_photos):
    damaged, mask = synthesize_damage(sample_photos["chelsea"], np.random.default_rng(0), SCRATCHES_AND_BLOTCHES)
    assert (mask > 0).mean() > 0.002


def test_scale_keeps_defects_the_same_size_on_crops(sample_photos):
    crop = sample_photos["astronaut"][:128, :128]
    small = [(synthesize_damage(crop, np.random.default_rng(s), only("blotches"))[1] > 0).mean() for s in range(8)]
    fixed = [
        (synthesize_damage(crop, np.random.default_rng(s), only("blotches"), scale=1.0)[1] > 0).mean()
        for s in range(8)
    ]
    assert np.mean(fixed) > 1.5 * np.mean(small)


def test_benign_overlay_changes_pixels_but_is_not_damage(sample_photos):
    photo = sample_photos["rocket"]
    out = add_benign_overlay(photo, np.random.default_rng(1))
    assert out.shape == photo.shape and not np.array_equal(out, photo)


def test_command_line_writes_a_damaged_copy_of_a_real_photo(tmp_path, capsys):
    """`python -m training.damage` (used by `make demo`): same size, visibly damaged, the same for a seed."""
    from PIL import Image

    from inference.samples import write_samples
    from training.damage import main

    (photo,) = write_samples(tmp_path, ("chelsea",))
    outputs = []
    for name in ("a.png", "b.png"):
        assert main(["--seed", "1", "--out", str(tmp_path / name), str(photo)]) == 0
        assert capsys.readouterr().out.strip() == str(tmp_path / name)
        outputs.append(np.asarray(Image.open(tmp_path / name)))
    original = np.asarray(Image.open(photo).convert("RGB"))
    assert outputs[0].shape == original.shape and np.array_equal(outputs[0], outputs[1])
    changed = np.abs(outputs[0].astype(int) - original).max(axis=-1) > 30
    assert 0.005 < changed.mean() < 0.5
