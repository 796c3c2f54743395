"""End-to-end smoke training of every captioning model on real shared photos, then export and load.

teacher cache → distillation → both decoders → float16 export → Captioner; each step in seconds.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

pytestmark = [pytest.mark.slow, pytest.mark.shared]


@pytest.fixture(scope="module")
def smoke_cache(tmp_path_factory, shared_dir: Path):
    import os

    cache = tmp_path_factory.mktemp("cache")
    old = {k: os.environ.get(k) for k in ("TASVEER_CACHE", "TASVEER_SHARED")}
    os.environ["TASVEER_CACHE"] = str(cache)
    os.environ["TASVEER_SHARED"] = str(shared_dir)
    yield cache
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def test_student_starts_from_the_teacher(shared_dir: Path, sample_photos):
    from inference.captioning.preprocess import student_input
    from inference.captioning.student_encoder import StudentEncoder
    from training.student_init import init_from_teacher
    from training.teacher import Teacher

    teacher = Teacher(shared_dir / "models" / "imagenet-mobilenet-v2" / "mobilenet_v2_1.0_224_quant.tflite")
    student = StudentEncoder(input_size=224)
    init_from_teacher(student, teacher.weights())
    photos = [sample_photos["chelsea"], sample_photos["coffee"]]
    logits = np.asarray(student(student_input(photos, 224))["logits"])
    assert [int(np.argmax(teacher.run(p).probs)) for p in photos] == list(np.argmax(logits, 1))
    rebuilt = StudentEncoder.from_config(student.get_config())
    assert rebuilt.input_size == 224 and rebuilt.drop_blocks == ()
    with pytest.raises(ValueError):
        StudentEncoder(drop_blocks=(1,))  # a stride-2 block cannot be skipped


def test_smoke_training_end_to_end(smoke_cache: Path, shared_dir: Path, sample_photos, tmp_path: Path):
    from training import cache_teacher, caption, distill, export_caption

    assert cache_teacher.main(["flickr8k", "--views", "2", "--limit", "24"]) == 0
    assert cache_teacher.main(["instagram", "--views", "2", "--limit", "8"]) == 0
    teacher = np.load(smoke_cache / "teacher" / "instagram.npz")
    assert teacher["probs"].shape == (8, 1000) and teacher["pooled"].shape == (8, 1280)

    assert distill.main(["--smoke"]) == 0
    metrics = json.loads((smoke_cache / "runs" / "distill-smoke" / "metrics.json").read_text())
    assert metrics["validation_agreement"]["photos"] > 0
    # Resuming a finished run is a no-op that still reports.
    assert distill.main(["--smoke"]) == 0

    for decoder in ("show_tell", "transformer"):
        assert caption.main(["--smoke", "--decoder", decoder]) == 0
        report = json.loads((smoke_cache / "runs" / f"caption-{decoder}-smoke" / "metrics.json").read_text())
        assert report["val_photos"] > 0 and report["val_beam3"]["CIDEr"] >= 0.0

    runs = smoke_cache / "runs"
    out = tmp_path / "caption"
    manifest = export_caption.export_caption(
        runs / "distill-smoke",
        {"show_tell": runs / "caption-show_tell-smoke", "transformer": runs / "caption-transformer-smoke"},
        out,
        shared_dir / "models" / "imagenet-mobilenet-v2" / "imagenet_labels.txt",
    )
    assert set(manifest["files"]) >= {"student.npz", "show_tell.npz", "transformer.npz", "vocab.json"}

    from inference.captioning.captioner import Captioner

    for decoder in ("show_tell", "transformer"):
        result = Captioner.load(out, decoder=decoder).analyse([sample_photos["rocket"]])[0]
        assert result.class_probs.shape == (1000,) and len(result.labels) == 5
