"""The restoration evaluation: its hole metrics by hand, and a real run on a few held-back photos."""

from __future__ import annotations

import json

import numpy as np
import pytest

from training.evaluation.restore import f1_iou, hole_psnr, main, mask_counts


def test_hole_psnr_counts_only_the_hole_pixels():
    clean = np.full((8, 8, 3), 100, np.uint8)
    restored = clean.copy()
    hole = np.zeros((8, 8), bool)
    hole[2:4, 2:6] = True
    restored[hole] = 110  # error 10 on every hole value
    restored[7, 7] = 0  # a wrong valid pixel must not count
    assert hole_psnr(restored, clean, hole) == pytest.approx(10 * np.log10(255.0**2 / 100.0))
    assert hole_psnr(clean, clean, hole) == 99.0


def test_mask_f1_and_iou_from_counts():
    truth = np.zeros((4, 4), bool)
    truth[0, :] = True  # 4 damaged pixels
    predicted = np.zeros((4, 4), bool)
    predicted[0, :2] = True  # 2 hits
    predicted[3, 3] = True  # 1 false alarm
    counts = mask_counts(predicted, truth)
    assert counts.tolist() == [2, 1, 2]
    f1, iou = f1_iou(counts)
    assert f1 == pytest.approx(4 / 7) and iou == pytest.approx(2 / 5)


def test_evaluation_on_tune_photos_writes_a_report_and_grid(shared_dir, tmp_path, monkeypatch):
    """The shipped models on two real calibration photos: the report a candidate is compared by."""
    monkeypatch.setenv("TASVEER_SHARED", str(shared_dir))
    out = tmp_path / "eval.json"
    assert main(["--split", "tune", "--limit", "2", "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["split"] == "tune" and report["photos"] == 2
    for metrics in report["mask"].values():
        assert 0.0 <= metrics["f1"] <= 1.0 and 0.0 <= metrics["photos_detected"] <= 1.0
    inpaint = report["inpaint_scratches_blotches_true_mask"]
    assert 10.0 < inpaint["telea"]["psnr_db"] < 40.0 and 10.0 < inpaint["ours"]["psnr_db"] < 40.0
    assert out.with_suffix(".grid.png").stat().st_size > 0


def test_mask_diagnostics_agree_with_the_evaluation(shared_dir, tmp_path, monkeypatch):
    """Same photos, same damage: the diagnostics' best F1 with the views the worker averages is at least the
    evaluation's F1 at the serving threshold (which is on their grid), and the other views are reported beside it."""
    from training.evaluation.restore import mask_diagnostics
    from training.restore_export import WEIGHTS_DIR

    monkeypatch.setenv("TASVEER_SHARED", str(shared_dir))
    out = tmp_path / "eval.json"
    assert main(["--split", "tune", "--limit", "3", "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    served = {1: "none", 2: "horizontal", 4: "all four"}[report["serving"]["mask_views"]]
    diagnostics = mask_diagnostics(WEIGHTS_DIR, 3, "tune")
    assert diagnostics["photos"] == 3
    for name in ("mixed_no_fade", "scratches_blotches"):
        assert diagnostics[f"{name} / flips: {served}"]["best_f1"] >= report["mask"][name]["f1"] - 1e-4
        for flip in ("none", "horizontal", "all four"):
            assert 0.0 < diagnostics[f"{name} / flips: {flip}"]["best_f1"] <= 1.0
