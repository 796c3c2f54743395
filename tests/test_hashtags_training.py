"""Smoke training of the hashtag models on real Instagram posts, then loading and serving what it wrote.

The teacher is run on a slice of the real Instagram photos first (seconds), so this needs only ../shared.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from inference.analysis import ImageAnalysis
from inference.hashtags.content import duplicate_key
from inference.hashtags.generator import HashtagGenerator
from inference.hashtags.spam import is_spam
from inference.hashtags.topic_head import TopicTagHead

pytestmark = [pytest.mark.slow, pytest.mark.shared]


@pytest.fixture(scope="module")
def smoke_run(tmp_path_factory, shared_dir: Path):
    from training import cache_teacher, hashtags

    cache = tmp_path_factory.mktemp("cache")
    old = {k: os.environ.get(k) for k in ("TASVEER_CACHE", "TASVEER_SHARED")}
    os.environ["TASVEER_CACHE"] = str(cache)
    os.environ["TASVEER_SHARED"] = str(shared_dir)
    try:
        assert cache_teacher.main(["instagram", "--limit", "200"]) == 0
        out = cache / "weights"
        manifest = hashtags.train(hashtags.smoke_config(), out, smoke=True)
        yield cache, out, manifest
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def test_smoke_training_writes_a_complete_manifest(smoke_run):
    _, out, manifest = smoke_run
    assert manifest["smoke"] is True
    for name, entry in manifest["files"].items():
        assert (out / name).stat().st_size == entry["bytes"]
    rows = manifest["metrics_val_teacher"]
    assert any(name.startswith("multi-label head") for name in rows)
    assert any(name.startswith("co-occurrence") for name in rows)
    assert json.loads((out / "manifest.json").read_text())["config"] == manifest["config"]


def test_training_is_repeatable(smoke_run, tmp_path):
    from training import hashtags

    _, out, _ = smoke_run
    again = tmp_path / "again"
    hashtags.train(hashtags.smoke_config(), again, smoke=True)
    with np.load(out / "topic_head.npz") as a, np.load(again / "topic_head.npz") as b:
        assert np.array_equal(a["weights"], b["weights"])


def test_topic_head_round_trips_and_returns_topic_probabilities(smoke_run):
    _, out, _ = smoke_run
    with np.load(out / "topic_head.npz") as arrays:
        head = TopicTagHead.from_arrays(dict(arrays))
    again = TopicTagHead.from_arrays(head.arrays())
    probs = np.random.default_rng(0).dirichlet(np.full(1000, 0.05)).astype(np.float32)
    np.testing.assert_allclose(head.topic_probs(probs), again.topic_probs(probs), atol=1e-3)
    assert head.topic_probs(probs).sum() == pytest.approx(1.0, abs=1e-5)


def test_served_lists_on_real_posts_are_clean_and_sized(smoke_run, shared_dir: Path):
    cache, out, _ = smoke_run
    generator = HashtagGenerator.load(out)
    with np.load(cache / "teacher" / "instagram.npz") as data:
        probs = data["probs"].astype(np.float32)
    for p in probs[:50]:
        tags = generator.hashtags(ImageAnalysis("", [], p), limit=12)
        assert 8 <= len(tags) <= 12
        keys = [t[1:] for t in tags]
        assert not [k for k in keys if is_spam(k)]
        assert len({duplicate_key(k) for k in keys}) == len(keys)
        assert generator.hashtags(ImageAnalysis("", [], p), limit=5) == tags[:5]


def test_evaluation_cli_prints_the_table(smoke_run, capsys):
    from training.evaluate import main

    _, out, _ = smoke_run
    assert main(["hashtags", "--weights", str(out), "--no-student"]) == 0
    printed = capsys.readouterr().out
    assert "| model" in printed and "P@5" in printed and "A@5" in printed
    assert "baseline" in printed and "topic head" in printed and "multi-label head" in printed
