"""The shipped hashtag weights (inference/weights/hashtags): integrity, budget, and the generator contract.

Inputs are real: Instagram posts' cached teacher probabilities and Flickr8k captions; the pipeline hands
the generator caption-only, labels-only and full analyses, and each must give a clean ranked list.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from inference.analysis import ImageAnalysis
from inference.hashtags.content import STOPWORDS, duplicate_key
from inference.hashtags.spam import is_spam

WEIGHTS = Path(__file__).resolve().parent.parent / "inference" / "weights" / "hashtags"

pytestmark = pytest.mark.skipif(
    not (WEIGHTS / "manifest.json").exists(), reason="hashtag weights not shipped yet (python -m training.hashtags)"
)


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads((WEIGHTS / "manifest.json").read_text())


@pytest.fixture(scope="module")
def generator():
    from inference.hashtags.generator import HashtagGenerator

    return HashtagGenerator.load(WEIGHTS)


def clean(tags: list[str]) -> bool:
    keys = [t[1:] for t in tags]
    return (
        all(t.startswith("#") and t[1:].isascii() and t == t.lower() for t in tags)
        and not any(k in STOPWORDS or is_spam(k) for k in keys)
        and len({duplicate_key(k) for k in keys}) == len(keys)
    )


def test_files_match_the_manifest_and_fit_the_budget(manifest):
    total = 0
    for name, entry in manifest["files"].items():
        data = (WEIGHTS / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], name
        total += len(data)
    assert total <= 3 * 1024 * 1024
    assert manifest["smoke"] is False


def test_shipped_head_beats_the_constant_baseline_on_validation(manifest):
    rows = manifest["metrics_val_teacher"]
    baseline = next(m for name, m in rows.items() if name.startswith("baseline"))
    shipped = next(m for name, m in rows.items() if name.startswith("shipped generator"))
    assert shipped["P@5"] > baseline["P@5"] and shipped["A@5"] > baseline["A@5"]


@pytest.fixture(scope="module")
def real_inputs(shared_dir: Path):
    from training.hashtags import imagenet_labels, top_labels
    from training.paths import cache_dir

    teacher = cache_dir() / "teacher" / "instagram.npz"
    if not teacher.exists():
        pytest.skip("needs the teacher cache (python -m training.cache_teacher instagram)")
    with np.load(teacher) as data:
        probs = data["probs"][:40].astype(np.float32)
    labels = imagenet_labels(shared_dir)
    lines = (shared_dir / "data" / "flickr8k" / "Flickr8k.token.txt").read_text().splitlines()[::500][:40]
    captions = [line.split("\t", 1)[1] for line in lines]
    return [(c, top_labels(p, labels), p) for c, p in zip(captions, probs, strict=True)]


def test_every_kind_of_analysis_gets_a_clean_list(generator, real_inputs):
    for caption, labels, probs in real_inputs:
        full = generator.hashtags(ImageAnalysis(caption, labels, probs), limit=12)
        caption_only = generator.hashtags(ImageAnalysis(caption), limit=12)
        labels_only = generator.hashtags(ImageAnalysis("", labels, probs), limit=12)
        for tags in (full, caption_only, labels_only):
            assert clean(tags), tags
            assert 0 < len(tags) <= 12
        assert len(full) >= 8
        assert len(generator.hashtags(ImageAnalysis(caption, labels, probs), limit=15)) <= 15


def test_caption_words_reach_the_list(generator):
    tags = generator.hashtags(ImageAnalysis("A brown dog is running along the beach ."), limit=12)
    assert {"#dog", "#beach", "#running"} <= set(tags)
    assert "#is" not in tags and "#a" not in tags


@pytest.mark.slow
def test_pipeline_loads_the_stage():
    from inference.pipeline import load_pipeline

    pipeline = load_pipeline()
    assert pipeline.tagger is not None
