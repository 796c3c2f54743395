"""`python -m training.export_caption`: package the student + decoders as float16 weights for the worker.

Writes `inference/weights/caption/`: student.npz, show_tell.npz, transformer.npz (float16 named arrays),
vocab.json, imagenet_labels.txt (Apache-2.0, from the teacher's folder) and manifest.json with the data used,
every config, the training metrics and the sha256 of each file. The default decoder is the one with the
better validation CIDEr (beam 3) unless --default says otherwise.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import numpy as np

from training import paths
from training.caption_data import file_sha256

OUT_DIR = paths.REPO / "inference" / "weights" / "caption"
LABELS_LICENCE = (
    "imagenet_labels.txt: Apache-2.0, from google-coral/test_data (the teacher's folder in ../shared)"
)
DATA_LICENCE = (
    "Trained on Flickr8k (research use only; Hodosh, Young, Hockenmaier 2013) and Instagram photos "
    "(research/training use only): these weights inherit research-use-only terms."
)


def to_float16(arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    return {k: np.asarray(v, dtype=np.float16) for k, v in arrays.items()}


def export_caption(
    student_dir: Path, decoder_dirs: dict[str, Path], out_dir: Path, labels_path: Path, default: str | None = None
) -> dict:
    from inference.captioning.weights_io import named_weights
    from training.caption_data import load_student

    out_dir.mkdir(parents=True, exist_ok=True)
    student = load_student(student_dir)
    np.savez(out_dir / "student.npz", **to_float16(named_weights(student)))
    student_config = json.loads((student_dir / "student_config.json").read_text())
    student_metrics = json.loads((student_dir / "metrics.json").read_text())

    decoders, vocab_text = {}, None
    for name, run_dir in decoder_dirs.items():
        metrics = json.loads((run_dir / "metrics.json").read_text())
        text = (run_dir / "vocab.json").read_text()
        if vocab_text is not None and text != vocab_text:
            raise ValueError("decoders were trained with different vocabularies")
        vocab_text = text
        weights = dict(np.load(run_dir / "best_decoder.npz"))
        np.savez(out_dir / f"{name}.npz", **to_float16(weights))
        decoders[name] = {
            "file": f"{name}.npz",
            "config": metrics["decoder_config"],
            "image_vector": metrics.get("image_vector", "pooled"),
            "training": {k: metrics[k] for k in ("config", "best_epoch", "train_photos", "train_captions")},
            "val_metrics_float32": {"greedy": metrics["val_greedy"], "beam3": metrics["val_beam3"]},
        }
    (out_dir / "vocab.json").write_text(vocab_text or "[]")
    shutil.copyfile(labels_path, out_dir / "imagenet_labels.txt")
    if default is None:
        default = max(decoders, key=lambda n: decoders[n]["val_metrics_float32"]["beam3"]["CIDEr"])

    files = sorted(p.name for p in out_dir.iterdir() if p.name != "manifest.json")
    manifest = {
        "model": "caption",
        "default_decoder": default,
        "beam_width": 3,
        "max_len": 18,
        "student": {
            "file": "student.npz",
            "config": student_config,
            "distillation": student_metrics.get("config"),
            "teacher_agreement_val": student_metrics.get("validation_agreement"),
            "teacher_agreement_before_distillation": json.loads(
                (student_dir / "agreement_init.json").read_text()
            )
            if (student_dir / "agreement_init.json").exists()
            else None,
        },
        "decoders": decoders,
        "vocab": "vocab.json",
        "labels": "imagenet_labels.txt",
        "data": {
            "student": "Flickr8k train photos minus the 500-photo validation split + 2,472 Instagram photos, "
            "plain and augmented views, teacher = ../shared/models/imagenet-mobilenet-v2 (int8 MobileNetV2)",
            "decoders": "Flickr8k train minus validation: 5 captions per photo; validation = 500 photos "
            "(seed 8) carved from the official train list",
        },
        "licence": {"weights": DATA_LICENCE, "labels": LABELS_LICENCE},
        "dtype": "float16",
        "files": {name: file_sha256(out_dir / name) for name in files},
        "bytes": {name: (out_dir / name).stat().st_size for name in files},
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2))
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    runs = paths.cache_dir() / "runs"
    parser.add_argument("--student-dir", type=Path, default=runs / "distill")
    parser.add_argument("--show-tell-dir", type=Path, default=runs / "caption-show_tell")
    parser.add_argument("--transformer-dir", type=Path, default=runs / "caption-transformer")
    parser.add_argument("--default", choices=["show_tell", "transformer"], default=None)
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    decoder_dirs = {
        name: d
        for name, d in (("show_tell", args.show_tell_dir), ("transformer", args.transformer_dir))
        if (d / "metrics.json").exists()
    }
    if not decoder_dirs:
        print("no trained decoder found; run python -m training.caption first")
        return 1
    labels = paths.shared_dir() / "models" / "imagenet-mobilenet-v2" / "imagenet_labels.txt"
    manifest = export_caption(args.student_dir, decoder_dirs, args.out_dir, labels, args.default)
    total = sum(manifest["bytes"].values())
    print(f"exported {sorted(decoder_dirs)} (default {manifest['default_decoder']}) to {args.out_dir}: "
          f"{total / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
