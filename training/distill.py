"""`python -m training.distill`: distil the teacher MobileNetV2 into the StudentEncoder.

The student starts from the teacher's dequantized weights and learns, at its lower resolution, to reproduce
the teacher's cached outputs on plain and augmented views of Flickr8k-train and Instagram photos:
Hinton KD (soft targets at temperature T, scaled by T²) plus MSE on the pooled 1280-d feature, which is
what the caption decoders consume. Flickr8k validation photos are never trained on; agreement is measured
there. Checkpoints every `checkpoint_every` steps; rerunning the same command resumes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from tqdm import tqdm

from inference.captioning.preprocess import resize_square
from training import paths
from training.augment import photo_view
from training.datasets import flickr8k_captions, flickr8k_dir, flickr8k_split, instagram_dir, load_rgb


@dataclass
class DistillConfig:
    input_size: int = 160
    drop_blocks: tuple[int, ...] = ()
    temperature: float = 2.0
    feature_weight: float = 1.0
    batch_size: int = 32
    steps: int = 900
    learning_rate: float = 2e-4
    checkpoint_every: int = 50
    seed: int = 0
    limit_photos: int = 0  # 0 = all
    datasets: tuple[str, ...] = field(default=("flickr8k", "instagram"))

    @classmethod
    def smoke(cls) -> DistillConfig:
        return cls(input_size=64, batch_size=4, steps=4, checkpoint_every=2, limit_photos=24)


@dataclass
class TeacherTargets:
    folders: list[Path]
    names: list[str]
    views: np.ndarray
    logits: np.ndarray
    pooled: np.ndarray


def load_targets(
    cache: Path, shared: Path, datasets: tuple[str, ...], exclude: set[str], limit: int
) -> TeacherTargets:
    folders, names, views, logits, pooled = [], [], [], [], []
    for dataset in datasets:
        folder = flickr8k_dir(shared) / "images" if dataset == "flickr8k" else instagram_dir(shared)
        for suffix in ("", "_aug"):
            path = cache / "teacher" / f"{dataset}{suffix}.npz"
            if not path.exists():
                continue
            data = np.load(path)
            keep = np.array([n not in exclude for n in data["names"]])
            if limit:
                keep &= np.isin(data["names"], np.unique(data["names"])[:limit])
            names += [str(n) for n in data["names"][keep]]
            folders += [folder] * int(keep.sum())
            views.append(data["view"][keep])
            logits.append(data["logits"][keep])
            pooled.append(data["pooled"][keep])
    if not names:
        raise FileNotFoundError(f"no teacher cache under {cache / 'teacher'}; run python -m training.cache_teacher")
    return TeacherTargets(folders, names, np.concatenate(views), np.concatenate(logits), np.concatenate(pooled))


def student_batch(targets: TeacherTargets, idx: np.ndarray, size: int) -> np.ndarray:
    images = []
    for i in idx:
        rgb = photo_view(load_rgb(targets.folders[i] / targets.names[i]), targets.names[i], int(targets.views[i]))
        images.append(resize_square(rgb, size))
    return np.stack(images).astype(np.float32) / 127.5 - 1.0


def agreement(student_logits: np.ndarray, teacher_probs: np.ndarray) -> dict[str, float]:
    """top-1: same arg-max class; top-5: the teacher's top class is among the student's five best."""
    teacher_top = teacher_probs.argmax(1)
    top5 = np.argsort(-student_logits, axis=1)[:, :5]
    return {
        "top1_agreement": float((student_logits.argmax(1) == teacher_top).mean()),
        "top5_agreement": float((top5 == teacher_top[:, None]).any(1).mean()),
        "photos": len(teacher_top),
    }


def evaluate_agreement(student, cache: Path, shared: Path, val: list[str], size: int) -> dict[str, float]:
    data = np.load(cache / "teacher" / "flickr8k.npz")
    index = {str(n): i for i, n in enumerate(data["names"])}
    rows = [index[n] for n in val if n in index]
    if not rows:
        return {"top1_agreement": float("nan"), "top5_agreement": float("nan"), "photos": 0}
    folder = flickr8k_dir(shared) / "images"
    logits = []
    for start in range(0, len(rows), 50):
        chunk = rows[start : start + 50]
        x = np.stack([resize_square(load_rgb(folder / str(data["names"][r])), size) for r in chunk])
        logits.append(np.asarray(student(x.astype(np.float32) / 127.5 - 1.0)["logits"]))
    return agreement(np.concatenate(logits), data["probs"][rows].astype(np.float32))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny run on a few dozen photos (seconds)")
    parser.add_argument("--run-dir", type=Path, default=None)
    parser.add_argument("--steps", type=int, default=None)
    parser.add_argument("--input-size", type=int, default=None)
    args = parser.parse_args(argv)

    paths.limit_tf_threads()
    import tensorflow as tf

    from inference.captioning.student_encoder import StudentEncoder
    from training.student_init import init_from_teacher
    from training.teacher import Teacher

    config = DistillConfig.smoke() if args.smoke else DistillConfig()
    if args.steps:
        config.steps = args.steps
    if args.input_size:
        config.input_size = args.input_size
    cache, shared = paths.cache_dir(), paths.shared_dir()
    run_dir = args.run_dir or cache / "runs" / ("distill-smoke" if args.smoke else "distill")
    run_dir.mkdir(parents=True, exist_ok=True)
    tf.random.set_seed(config.seed)

    _, val = flickr8k_split(list(flickr8k_captions(shared)))
    targets = load_targets(cache, shared, config.datasets, set(val), config.limit_photos)
    print(f"distilling on {len(targets.names)} teacher targets ({len(set(targets.names))} photos)")

    student = StudentEncoder(input_size=config.input_size, drop_blocks=config.drop_blocks)
    init_from_teacher(student, Teacher(paths.teacher_model_path()).weights())
    schedule = tf.keras.optimizers.schedules.CosineDecay(config.learning_rate, config.steps, alpha=0.05)
    optimizer = tf.keras.optimizers.Adam(schedule)
    step = tf.Variable(0, dtype=tf.int64)
    checkpoint = tf.train.Checkpoint(student=student, optimizer=optimizer, step=step)
    manager = tf.train.CheckpointManager(checkpoint, run_dir / "ckpt", max_to_keep=2)
    if manager.latest_checkpoint:
        checkpoint.restore(manager.latest_checkpoint)
        print(f"resumed from {manager.latest_checkpoint} at step {int(step)}")
    T = config.temperature

    @tf.function(reduce_retracing=True)
    def train_step(x, t_logits, t_pooled):
        with tf.GradientTape() as tape:
            out = student(x, training=True)
            soft = tf.nn.softmax(t_logits / T)
            kd = tf.reduce_mean(
                tf.reduce_sum(soft * (tf.math.log(soft + 1e-8) - tf.nn.log_softmax(out["logits"] / T)), -1)
            ) * (T * T)
            feat = tf.reduce_mean(tf.square(out["pooled"] - t_pooled))
            loss = kd + config.feature_weight * feat
        grads = tape.gradient(loss, student.trainable_variables)
        optimizer.apply_gradients(zip(grads, student.trainable_variables, strict=True))
        return loss, kd, feat

    if int(step) == 0:
        metrics_before = evaluate_agreement(student, cache, shared, val, config.input_size) if not args.smoke else {}
        (run_dir / "agreement_init.json").write_text(json.dumps(metrics_before, indent=2))
        print("agreement before distillation:", metrics_before)
    # Per-step RNG keyed by step index, so a resumed run draws exactly the batches it would have drawn.
    bar = tqdm(total=config.steps, initial=int(step), desc="distill", mininterval=15)
    started = time.time()
    while int(step) < config.steps:
        batch_rng = np.random.default_rng([config.seed, int(step)])
        idx = batch_rng.choice(len(targets.names), size=config.batch_size, replace=False)
        x = student_batch(targets, idx, config.input_size)
        loss, kd, feat = train_step(
            tf.constant(x),
            tf.constant(targets.logits[idx].astype(np.float32)),
            tf.constant(targets.pooled[idx].astype(np.float32)),
        )
        step.assign_add(1)
        bar.update(1)
        bar.set_postfix(loss=f"{float(loss):.3f}", kd=f"{float(kd):.3f}", feat=f"{float(feat):.4f}")
        if int(step) % config.checkpoint_every == 0 or int(step) == config.steps:
            manager.save()
    bar.close()

    student.save_weights(run_dir / "student.weights.h5")
    constructor = {k: student.get_config()[k] for k in ("input_size", "drop_blocks", "feature_dim", "num_classes")}
    (run_dir / "student_config.json").write_text(json.dumps(constructor))
    metrics = (
        evaluate_agreement(student, cache, shared, val, config.input_size)
        if not args.smoke
        else evaluate_agreement(student, cache, shared, val[:8], config.input_size)
    )
    report = {
        "config": asdict(config),
        "validation_agreement": metrics,
        "train_targets": len(targets.names),
        "train_photos": len(set(targets.names)),
        "seconds_this_run": round(time.time() - started, 1),
    }
    (run_dir / "metrics.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report["validation_agreement"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
