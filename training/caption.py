"""`python -m training.caption --decoder {show_tell|transformer}`: train a caption decoder on student features.

Flickr8k train photos minus the fixed 500-photo validation split, 5 captions each, teacher forcing.
After every epoch the NumPy step decoder (the one that ships) captions the validation photos greedily and
the epoch with the best CIDEr is kept; training stops after `patience` epochs without improvement.
Checkpoints (model, optimizer, epoch) every epoch; rerunning the same command resumes.
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

from inference.captioning.vocabulary import Vocabulary
from training import paths
from training.caption_data import caption_split, student_features, token_table
from training.caption_metrics import score_captions

DECODERS = ("show_tell", "transformer")
# Sized for the budget: one contended CPU thread, ~20 minutes per decoder (see docs/captioning.md).
MODEL_DEFAULTS = {
    "show_tell": {"embed_dim": 256, "units": 384, "dropout": 0.3},
    "transformer": {"dim": 256, "heads": 4, "layers": 2, "ff_dim": 512, "dropout": 0.2},
}
SMOKE_MODEL = {
    "show_tell": {"embed_dim": 16, "units": 32, "dropout": 0.1},
    "transformer": {"dim": 32, "heads": 2, "layers": 1, "ff_dim": 64, "dropout": 0.1},
}


@dataclass
class CaptionConfig:
    decoder: str = "show_tell"
    model: dict = field(default_factory=dict)
    min_count: int = 5
    max_len: int = 18
    batch_size: int = 64
    epochs: int = 8
    patience: int = 3
    learning_rate: float = 1e-3
    warmup_steps: int = 300
    clip_norm: float = 5.0
    label_smoothing: float = 0.1
    seed: int = 0
    limit_photos: int = 0
    # What the Show-and-Tell LSTM sees of the photo: the pooled feature alone, or with the student's ImageNet
    # probabilities appended — ImageNet knows cats and espresso that 5,500 Flickr8k photos barely show.
    image_vector: str = "pooled"

    @classmethod
    def for_decoder(cls, decoder: str, smoke: bool = False) -> CaptionConfig:
        if smoke:
            return cls(decoder, dict(SMOKE_MODEL[decoder]), min_count=1, batch_size=16, epochs=2, limit_photos=32,
                       warmup_steps=2, image_vector="pooled+probs" if decoder == "show_tell" else "pooled")
        if decoder == "show_tell":
            return cls(decoder, dict(MODEL_DEFAULTS[decoder]), learning_rate=1e-3, epochs=8,
                       image_vector="pooled+probs")
        return cls(decoder, dict(MODEL_DEFAULTS[decoder]), learning_rate=7e-4, epochs=8)


def build_decoder(decoder: str, vocab_size: int, model: dict, feature_dim: int, regions: int, max_len: int):
    if decoder == "show_tell":
        from inference.captioning.show_tell_decoder import ShowTellDecoder

        return ShowTellDecoder(vocab_size, feature_dim=feature_dim, **model)
    from inference.captioning.transformer_decoder import TransformerCaptionDecoder

    return TransformerCaptionDecoder(vocab_size, feature_dim=feature_dim, regions=regions, max_len=max_len + 2,
                                     **model)


def step_decoder(decoder: str, weights: dict[str, np.ndarray], model: dict):
    if decoder == "show_tell":
        from inference.captioning.show_tell_step import ShowTellStep

        return ShowTellStep(weights)
    from inference.captioning.transformer_step import TransformerStep

    return TransformerStep(weights, heads=model["heads"], layers=model["layers"])


def caption_features(stepper, vocab: Vocabulary, features: dict[str, np.ndarray], width: int, max_len: int,
                     batch_size: int = 100) -> list[list[str]]:
    from inference.captioning.beam_search import beam_search, greedy_search

    banned = [vocab.pad, vocab.start, vocab.unk]
    out: list[list[str]] = []
    n = len(features["pooled"])
    for start in range(0, n, batch_size):
        chunk = {k: v[start : start + batch_size] for k, v in features.items()}
        if width == 1:
            ids = greedy_search(stepper, chunk, vocab.start, vocab.end, banned, max_len=max_len)
        else:
            ids = beam_search(stepper, chunk, vocab.start, vocab.end, banned, width=width, max_len=max_len)
        out += [vocab.decode(row) for row in ids]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--decoder", choices=DECODERS, default="show_tell")
    parser.add_argument("--smoke", action="store_true", help="tiny run on a few dozen photos (seconds)")
    parser.add_argument("--student-dir", type=Path, default=None, help="training.distill run directory")
    parser.add_argument("--run-dir", type=Path, default=None)
    parser.add_argument("--epochs", type=int, default=None)
    args = parser.parse_args(argv)

    paths.limit_tf_threads()
    import keras
    import tensorflow as tf

    from inference.captioning.caption_text import tidy_caption
    from inference.captioning.captioner import image_vector
    from inference.captioning.weights_io import assign_weights, named_weights
    from training.caption_data import load_student

    config = CaptionConfig.for_decoder(args.decoder, smoke=args.smoke)
    if args.epochs:
        config.epochs = args.epochs
    cache, shared = paths.cache_dir(), paths.shared_dir()
    tag = "-smoke" if args.smoke else ""
    student_dir = args.student_dir or cache / "runs" / f"distill{tag}"
    run_dir = args.run_dir or cache / "runs" / f"caption-{args.decoder}{tag}"
    run_dir.mkdir(parents=True, exist_ok=True)
    keras.utils.set_random_seed(config.seed)

    split = caption_split(shared, config.limit_photos)
    vocab = Vocabulary.build((c for n in split.train for c in split.captions[n]), config.min_count)
    rows, tokens = token_table(split, vocab, config.max_len)
    feats = student_features(student_dir, shared, cache, split.train + split.val)
    n_train = len(split.train)
    if config.image_vector == "pooled+probs":
        # The student's classifier is linear on the pooled feature, so its probabilities follow from the cache.
        classifier = named_weights(load_student(student_dir))
        logits = feats["pooled"].astype(np.float32) @ classifier["Logits/kernel"] + classifier["Logits/bias"]
        feats = {**feats, "pooled": image_vector(feats["pooled"], logits, config.image_vector)}
    train_feats = {"spatial": feats["spatial"][:n_train], "pooled": feats["pooled"][:n_train]}
    val_feats = {"spatial": feats["spatial"][n_train:], "pooled": feats["pooled"][n_train:]}
    regions, feature_dim = feats["spatial"].shape[1], feats["pooled"].shape[1]
    print(f"{len(vocab)} words, {len(tokens)} training captions of {n_train} photos, {len(split.val)} val photos")

    model = build_decoder(args.decoder, len(vocab), config.model, feature_dim, regions, config.max_len)
    dummy_tokens = np.zeros((1, config.max_len + 1), np.int32)
    if args.decoder == "show_tell":
        model((np.zeros((1, feature_dim), np.float32), dummy_tokens))
    else:
        model((np.zeros((1, regions, feature_dim), np.float32), np.zeros((1, feature_dim), np.float32), dummy_tokens))

    steps_per_epoch = len(tokens) // config.batch_size + 50
    total_steps = steps_per_epoch * config.epochs
    warm = config.warmup_steps
    decay = keras.optimizers.schedules.CosineDecay(
        0.0, max(1, total_steps - warm), alpha=0.05, warmup_target=config.learning_rate, warmup_steps=warm
    )
    optimizer = keras.optimizers.Adam(decay, global_clipnorm=config.clip_norm)
    epoch = tf.Variable(0, dtype=tf.int64)
    checkpoint = tf.train.Checkpoint(model=model, optimizer=optimizer, epoch=epoch)
    manager = tf.train.CheckpointManager(checkpoint, run_dir / "ckpt", max_to_keep=1)
    if manager.latest_checkpoint:
        checkpoint.restore(manager.latest_checkpoint)
        print(f"resumed from {manager.latest_checkpoint} after epoch {int(epoch)}")
    history_path = run_dir / "history.json"
    history = json.loads(history_path.read_text()) if history_path.exists() and int(epoch) else []
    smoothing = config.label_smoothing
    vocab_size = len(vocab)

    # Batches hold captions of similar length and are cut to their longest one: Flickr8k captions average
    # 11 words, so padding every batch to max_len would waste ~40 % of the compute.
    lengths = (tokens != vocab.pad).sum(1)

    def epoch_batches(e: int) -> list[np.ndarray]:
        rng = np.random.default_rng([config.seed, e])
        order = rng.permutation(len(tokens))
        chunk = config.batch_size * 50
        batches = []
        for start in range(0, len(order), chunk):
            part = order[start : start + chunk]
            part = part[np.argsort(lengths[part], kind="stable")]
            batches += [part[i : i + config.batch_size] for i in range(0, len(part), config.batch_size)]
        return [batches[i] for i in rng.permutation(len(batches))]

    signature = [
        tf.TensorSpec([None, None, None], tf.float32),
        tf.TensorSpec([None, None], tf.float32),
        tf.TensorSpec([None, None], tf.int32),
    ]

    @tf.function(input_signature=signature)
    def train_step(spatial, pooled, seq):
        inputs, targets = seq[:, :-1], seq[:, 1:]
        with tf.GradientTape() as tape:
            if args.decoder == "show_tell":
                logits = model((pooled, inputs), training=True)
            else:
                logits = model((spatial, pooled, inputs), training=True)
            onehot = tf.one_hot(targets, vocab_size) * (1 - smoothing) + smoothing / vocab_size
            loss = tf.nn.softmax_cross_entropy_with_logits(onehot, logits)
            mask = tf.cast(targets != 0, loss.dtype)
            loss = tf.reduce_sum(loss * mask) / tf.reduce_sum(mask)
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables, strict=True))
        return loss

    def validate() -> dict[str, float]:
        stepper = step_decoder(args.decoder, named_weights(model), config.model)
        words = caption_features(stepper, vocab, val_feats, width=1, max_len=config.max_len)
        generated = {n: tidy_caption(w) for n, w in zip(split.val, words, strict=True)}
        return score_captions({n: split.captions[n] for n in split.val}, generated)

    started = time.time()
    while int(epoch) < config.epochs:
        e = int(epoch)
        batches = epoch_batches(e)
        bar = tqdm(batches, desc=f"{args.decoder} epoch {e + 1}/{config.epochs}", mininterval=15)
        losses = []
        for b, idx in enumerate(bar):
            photo = rows[idx]
            seq = tokens[idx][:, : int(lengths[idx].max())]
            spatial = train_feats["spatial"][photo].astype(np.float32) if args.decoder != "show_tell" else np.zeros(
                (len(idx), 1, 1), np.float32)
            loss = train_step(tf.constant(spatial), tf.constant(train_feats["pooled"][photo].astype(np.float32)),
                              tf.constant(seq))
            losses.append(float(loss))
            if b % 50 == 0:
                bar.set_postfix(loss=f"{np.mean(losses[-50:]):.3f}")
        scores = validate()
        history.append({"epoch": e + 1, "train_loss": float(np.mean(losses)), **scores})
        print(json.dumps(history[-1]))
        best = max(h["CIDEr"] for h in history)
        if scores["CIDEr"] >= best:
            np.savez(run_dir / "best_decoder.npz", **named_weights(model))
        epoch.assign_add(1)
        manager.save()
        history_path.write_text(json.dumps(history, indent=2))
        best_epoch = max(history, key=lambda h: h["CIDEr"])["epoch"]
        if int(epoch) - best_epoch >= config.patience:
            print(f"no CIDEr gain for {config.patience} epochs: stopping")
            break

    # Final artefacts: the best epoch's weights, its config and vocabulary, and beam-3 validation scores.
    best_weights = dict(np.load(run_dir / "best_decoder.npz"))
    assign_weights(model, best_weights)
    stepper = step_decoder(args.decoder, best_weights, config.model)
    words = caption_features(stepper, vocab, val_feats, width=3, max_len=config.max_len)
    generated = {n: tidy_caption(w) for n, w in zip(split.val, words, strict=True)}
    beam_scores = score_captions({n: split.captions[n] for n in split.val}, generated)
    vocab.save(run_dir / "vocab.json")
    constructor = {k: v for k, v in model.get_config().items() if k not in ("name", "trainable", "dtype")}
    report = {
        "config": asdict(config),
        "decoder_config": constructor,
        "image_vector": config.image_vector,
        "student_dir": str(student_dir),
        "vocab_size": len(vocab),
        "train_photos": n_train,
        "train_captions": len(tokens),
        "val_photos": len(split.val),
        "best_epoch": max(history, key=lambda h: h["CIDEr"])["epoch"],
        "val_greedy": max(history, key=lambda h: h["CIDEr"]),
        "val_beam3": beam_scores,
        "seconds_this_run": round(time.time() - started, 1),
    }
    (run_dir / "metrics.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(beam_scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
