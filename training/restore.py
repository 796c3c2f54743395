"""`python -m training.restore {mask,...,inpaint-deep} [--smoke]`: train the restoration models.

Each model trains in stages, each started from the one before: the damage-mask U-Net on crops (`mask`), then
on whole photos shaped as served with one more level (`mask-whole`), then with half the damage painted at up
to 4× the photo's size and shrunk as a user's large photo is (`mask-scales`), then grown by residual blocks
that start as the identity and trained on (`mask-deep`), then widened the same way and trained on
(`mask-wide`, what ships; its last legs ran on a lent accelerator, see docs/restoration.md); the partial-conv
inpainter with L1 (`inpaint`), then with squared hole error added (`inpaint-l2`), then grown the same way
(`inpaint-deep`). Damage is synthesised on the fly
(training/damage.py); every run checkpoints every `checkpoint_every` steps and resumes from the last
checkpoint when restarted. `python -m training.restore export` turns the two trained models into the shipped
LiteRT files (the mask model in int8, the inpainter in float16), calibrates the serving thresholds on the
held-back tune photos and writes the manifest (see training/restore_export.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import deque
from dataclasses import asdict, dataclass, field, replace
from itertools import islice
from pathlib import Path

import numpy as np
from tqdm import tqdm

from training.damage import MIXED_NO_FADE
from training.paths import cache_dir, limit_tf_threads
from training.restore_data import (
    SampleConfig,
    cached_photos,
    damaged_batch,
    photo_paths,
    read_photo_pack,
    split,
    write_photo_pack,
)


@dataclass(frozen=True)
class MaskModelConfig:
    base_filters: int = 8
    depth: int = 4
    max_filters: int = 64
    convs_per_level: int = 2
    refine_levels: int = 0  # finest decoder levels followed by a residual block (see DamageMaskUNet)


@dataclass(frozen=True)
class InpaintModelConfig:
    base_filters: int = 24
    depth: int = 4
    max_filters: int = 96
    first_kernel_size: int = 5
    refine_blocks: int = 0  # residual blocks per decoder level and at the bottleneck (see PartialConvUNet)


WHOLE_PHOTO_STEPS = 20000
SCALES_STEPS = 13000
L2_STEPS = 6000
DEEP_STEPS = 14000
MASK_DEEP_STEPS = 11000


@dataclass(frozen=True)
class TrainConfig:
    model: str  # "mask" or "inpaint"
    steps: int
    batch: int = 8
    learning_rate: float = 2e-3
    # A grown network (new layers beside trained ones) diverged at lr 5e-4 within 2,500 steps. Adam's first
    # steps move every weight by about the learning rate, and partial convolutions rescale by up to 9x at hole
    # borders (a 3x3 window with one valid pixel), which the new residual blocks can compound (our guess at
    # the cause). With warm-up and a global gradient-norm clip the same network trained stably.
    warmup_steps: int = 0
    clip_norm: float | None = None
    train_photos: int = 3000
    checkpoint_every: int = 200
    seed: int = 0
    # Inpainting loss weights on the per-region mean L1 (see inpaint_loss).
    hole_weight: float = 1.0
    valid_weight: float = 0.2
    # Squared error on the holes, added to their L1: the bar is PSNR, i.e. mean squared error, which L1 alone
    # (a median-seeking loss) does not minimise. Used by the fine-tuning stage only.
    hole_l2_weight: float = 0.0
    sample: SampleConfig = field(default_factory=SampleConfig)
    mask_model: MaskModelConfig = field(default_factory=MaskModelConfig)
    inpaint_model: InpaintModelConfig = field(default_factory=InpaintModelConfig)


# The mask model trains in four stages: 128-px crops (cheap, most of the learning), then whole photos shaped as
# served with one more U-Net level (a 2× wider view for large torn corners and stains), started from stage 1,
# then damage painted at a user's resolution and shrunk, as most served photos reach the model, then that
# network grown by residual blocks at its two finest levels (identity when added) and trained on.
# The inpainter likewise: L1 on 128-px crops, then a fine-tuning stage that adds squared error on the holes,
# then that network grown by residual refinement blocks (identity when added) and trained on with the same loss.
MASK_STAGES = ("mask", "mask-whole", "mask-scales", "mask-deep", "mask-wide")
INPAINT_STAGES = ("inpaint", "inpaint-l2", "inpaint-deep")
SERVED_RUNS = {"mask": "mask-wide", "inpaint": "inpaint-deep"}  # which run's model ships as which file
INIT_FROM = {  # a later stage starts from the earlier one
    "mask-whole": "mask", "mask-scales": "mask-whole", "mask-deep": "mask-scales", "mask-wide": "mask-deep",
    "inpaint-l2": "inpaint", "inpaint-deep": "inpaint-l2",
}


def default_config(model: str, smoke: bool = False) -> TrainConfig:
    """The run that produced the shipped weights, or (smoke) a seconds-long run on a few dozen photos.

    `model` is a run name: "mask", "mask-whole", "mask-scales", "mask-deep", then "mask-wide" (what ships, after
    an accelerator leg that the defaults do not repeat: docs/restoration.md); "inpaint",
    "inpaint-l2", then "inpaint-deep" (what ships).
    """
    if model == "mask":
        config = TrainConfig(
            model="mask", steps=25000, learning_rate=2e-3, sample=SampleConfig(recipe=MIXED_NO_FADE)
        )
    elif model in ("mask-whole", "mask-scales", "mask-deep", "mask-wide"):
        config = TrainConfig(
            model="mask", steps=WHOLE_PHOTO_STEPS, learning_rate=1e-3,
            sample=SampleConfig(crop=176, whole_photo=True, recipe=MIXED_NO_FADE),
            mask_model=MaskModelConfig(depth=5),
        )
        # stage 3 on: half the damaged photos painted at 1-4x their size, then shrunk
        if model in ("mask-scales", "mask-deep", "mask-wide"):
            config = replace(config, steps=SCALES_STEPS, learning_rate=5e-4,
                             sample=replace(config.sample, max_upscale=4.0, upscale_fraction=0.5))
        if model in ("mask-deep", "mask-wide"):  # the stage-3 model grown by residual blocks at its two finest levels
            config = replace(config, steps=MASK_DEEP_STEPS, learning_rate=3e-4, warmup_steps=300, clip_norm=1.0,
                             mask_model=replace(config.mask_model, refine_levels=2))
        if model == "mask-wide":  # that model widened (see `widen`): the int8 mask model leaves the time for it
            config = replace(config, mask_model=replace(config.mask_model, base_filters=16, max_filters=96))
    else:
        # Inpainting sees only damaged photos: a clean one has no hole to learn from.
        config = TrainConfig(
            model="inpaint", steps=22000, learning_rate=1e-3, sample=SampleConfig(clean_fraction=0.0)
        )
        if model in ("inpaint-l2", "inpaint-deep"):
            config = replace(config, steps=L2_STEPS, learning_rate=3e-4, hole_l2_weight=5.0)
        if model == "inpaint-deep":  # the L2 model grown by residual blocks at each level, trained on
            config = replace(config, steps=DEEP_STEPS, warmup_steps=1000, clip_norm=1.0,
                             inpaint_model=replace(config.inpaint_model, refine_blocks=2))
    if smoke:
        config = replace(
            config,
            steps=6,
            batch=2,
            train_photos=24,
            checkpoint_every=3,
            warmup_steps=min(config.warmup_steps, 2),
            sample=replace(config.sample, crop=64),
            mask_model=MaskModelConfig(base_filters=config.mask_model.base_filters // 2,
                                       depth=config.mask_model.depth - 1,
                                       max_filters=config.mask_model.max_filters // 4,
                                       refine_levels=config.mask_model.refine_levels),
            inpaint_model=InpaintModelConfig(base_filters=4, depth=3, max_filters=16,
                                             refine_blocks=config.inpaint_model.refine_blocks),
        )
    return config


def build_model(config: TrainConfig):
    if config.model == "mask":
        from inference.restoration.damage_mask_unet import DamageMaskUNet

        return DamageMaskUNet(**asdict(config.mask_model))
    from inference.restoration.partial_conv_unet import PartialConvUNet

    return PartialConvUNet(**asdict(config.inpaint_model))


def mask_loss(mask, probability):
    """BCE for every pixel plus soft Dice over the batch, which keeps thin rare scratches from being ignored."""
    import keras
    from keras import ops

    bce = ops.mean(keras.losses.binary_crossentropy(mask, probability))
    intersection = ops.sum(mask * probability)
    dice = 1.0 - (2.0 * intersection + 1.0) / (ops.sum(mask) + ops.sum(probability) + 1.0)
    return bce + dice


def inpaint_loss(clean, predicted, hole, hole_weight: float, valid_weight: float, hole_l2_weight: float = 0.0):
    """L1 averaged over the hole pixels plus a smaller L1 averaged over the valid pixels.

    Liu et al. normalise both terms by the whole image (hole ×6) because their holes cover up to half of it.
    Damage covers ~5% of a photo, so that weighting spent the network on re-drawing valid pixels (which are
    copied from the input anyway); per-region means keep the holes the main objective.
    """
    from keras import ops

    error = ops.mean(ops.abs(predicted - clean), axis=-1, keepdims=True)
    hole_mean = ops.sum(error * hole) / (ops.sum(hole) + 1.0)
    valid_mean = ops.sum(error * (1.0 - hole)) / (ops.sum(1.0 - hole) + 1.0)
    loss = hole_weight * hole_mean + valid_weight * valid_mean
    if hole_l2_weight:
        squared = ops.mean(ops.square(predicted - clean), axis=-1, keepdims=True)
        loss = loss + hole_l2_weight * ops.sum(squared * hole) / (ops.sum(hole) + 1.0)
    return loss


def make_batch(photos: np.ndarray, config: TrainConfig, step: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Step `step`'s batch. Seeded by the step, so a resumed run sees exactly the batches the uninterrupted run
    would have, and worker processes make the same batches as the main one."""
    rng = np.random.default_rng([config.seed, step])
    damaged, mask, clean = damaged_batch(photos, config.batch, rng, config.sample)
    if config.model == "inpaint":
        mask = _dilate_some(mask, rng)
    return damaged, mask, clean


_WORKER_STATE: dict = {}


def _worker_init(photos: np.ndarray, config: TrainConfig) -> None:
    # No cv2.setNumThreads here: in a child forked after the parent ran OpenCV's thread pool it never returns.
    _WORKER_STATE.update(photos=photos, config=config)


def _worker_batch(step: int) -> tuple[np.ndarray, ...]:
    """The batch as bytes: every value is k/255, and a quarter of the float32 size crosses the pipe."""
    batch = make_batch(_WORKER_STATE["photos"], _WORKER_STATE["config"], step)
    return tuple(np.rint(x * 255.0).astype(np.uint8) for x in batch)


def _from_bytes(batch: tuple[np.ndarray, ...]) -> tuple[np.ndarray, ...]:
    return tuple((x / 255.0).astype(np.float32) for x in batch)  # as make_batch divides: the same float32s


class BatchSource:
    """Batches in step order: made inline (this CPU, where the model is the bottleneck) or by `workers` processes
    ahead of the model (an accelerator machine, where synthesising damage in one Python process would leave
    the accelerator waiting). The same steps give the same batches either way.

    The pool forks when entered, so enter it before the model touches an accelerator (a forked copy of a
    running CUDA or JAX runtime can deadlock). At most two batches per worker wait ahead: memory stays
    bounded, and the step rate a budgeted run measures is the steady one, not a backlog's.
    """

    def __init__(self, photos: np.ndarray, config: TrainConfig, workers: int = 0):
        self.photos, self.config, self.workers, self.pool = photos, config, workers, None

    def __enter__(self) -> BatchSource:
        if self.workers > 0:
            import multiprocessing

            context = multiprocessing.get_context("fork")
            self.pool = context.Pool(self.workers, _worker_init, (self.photos, self.config))
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.terminate()

    def from_step(self, start: int):
        steps = iter(range(start, self.config.steps))
        if self.pool is None:
            yield from (make_batch(self.photos, self.config, step) for step in steps)
            return
        ahead = deque(self.pool.apply_async(_worker_batch, (step,)) for step in islice(steps, 2 * self.workers))
        while ahead:
            batch = ahead.popleft().get()
            if (step := next(steps, None)) is not None:
                ahead.append(self.pool.apply_async(_worker_batch, (step,)))
            yield _from_bytes(batch)


def _torch_step(model, optimizer, loss_of):
    """One optimiser step on Keras's torch backend (accelerator machines have PyTorch, not TensorFlow)."""
    import torch
    from keras import ops

    torch.backends.cudnn.allow_tf32 = True  # float32 weights, TF32 convolutions on the accelerator
    variables = model.trainable_variables

    def step_fn(damaged, mask, clean):
        loss = loss_of(*(ops.convert_to_tensor(x) for x in (damaged, mask, clean)))
        model.zero_grad()
        loss.backward()
        with torch.no_grad():
            optimizer.apply([v.value.grad for v in variables], variables)
        return loss.detach()

    return step_fn, lambda: None


def _jax_step(model, optimizer, loss_of):
    """One compiled optimiser step on Keras's JAX backend (accelerator machines have JAX with CUDA, and a
    compiled step keeps a small network's many kernels from waiting on Python).

    JAX steps are pure functions, so the weights live outside the Keras variables while training; the
    returned `sync` writes them back (before a checkpoint and at the end).
    """
    import jax
    import keras

    trainable, other = model.trainable_variables, model.non_trainable_variables
    state = {"values": ([v.value for v in trainable], [v.value for v in other],
                        [v.value for v in optimizer.variables])}

    def loss_and_updates(trainable_values, other_values, damaged, mask, clean):
        mapping = list(zip(trainable, trainable_values, strict=True)) + list(zip(other, other_values, strict=True))
        with keras.StatelessScope(state_mapping=mapping) as scope:
            loss = loss_of(damaged, mask, clean)
        return loss, [scope.get_current_value(v) for v in other]  # batch-norm statistics

    gradient = jax.value_and_grad(loss_and_updates, has_aux=True)

    @jax.jit
    def pure_step(values, damaged, mask, clean):
        trainable_values, other_values, optimizer_values = values
        (loss, other_values), grads = gradient(trainable_values, other_values, damaged, mask, clean)
        trainable_values, optimizer_values = optimizer.stateless_apply(optimizer_values, grads, trainable_values)
        return loss, (trainable_values, other_values, optimizer_values)

    def step_fn(damaged, mask, clean):
        loss, state["values"] = pure_step(state["values"], damaged, mask, clean)
        return loss

    def sync() -> None:
        for variables, values in zip((trainable, other, optimizer.variables), state["values"], strict=True):
            for variable, value in zip(variables, values, strict=True):
                variable.assign(value)

    return step_fn, sync


def train(
    config: TrainConfig, out_dir: Path, photos: np.ndarray, log_every: int = 50, init_from: Path | None = None,
    workers: int = 0, max_minutes: float | None = None,
) -> dict:
    """Train (resuming from `out_dir` when it holds a checkpoint) and save `out_dir/model.keras`.

    `init_from` (a trained `model.keras`) starts a new run from another model's weights wherever a layer of
    the same name and shape exists, so a deeper network keeps what the shallower one already learned.
    `workers` > 0 makes the batches in that many processes. `max_minutes` fits the run to a lease of unknown
    speed (an accelerator): the step rate is measured during the warm-up, which no later step count changes,
    and `config.steps` is cut to what fits, so the learning rate still decays to its end.
    """
    with BatchSource(photos, config, workers) as batches:  # forks before the model exists
        return _train(config, out_dir, batches, len(photos), log_every, init_from, max_minutes)


def _train(
    config: TrainConfig, out_dir: Path, batches: BatchSource, photo_count: int, log_every: int,
    init_from: Path | None, max_minutes: float | None,
) -> dict:
    import keras

    if keras.backend.backend() == "tensorflow":
        limit_tf_threads()
    keras.utils.set_random_seed(config.seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    model = build_model(config)
    optimizer = keras.optimizers.Adam(_schedule(config), global_clipnorm=config.clip_norm)
    optimizer.build(model.trainable_variables)

    weights_path, state_path = out_dir / "checkpoint.weights.h5", out_dir / "checkpoint.json"
    opt_path = out_dir / "checkpoint.optimizer.npz"
    start, history = 0, []
    if state_path.exists():
        state = json.loads(state_path.read_text())
        model.load_weights(weights_path)
        saved = np.load(opt_path)
        for i, variable in enumerate(optimizer.variables):
            variable.assign(saved[f"v{i}"])
        start, history = state["step"], state["history"]
        print(f"resumed from step {start}", file=sys.stderr)
    elif init_from is not None:
        source = keras.saving.load_model(init_from)
        grow = config.model == "mask" and source.depth == model.depth and (
            source.base_filters, source.max_filters) != (model.base_filters, model.max_filters)
        copied = widen(model, source) if grow else warm_start(model, source)
        weighted = sum(1 for layer in model.layers if layer.weights)
        print(f"started from {init_from}: {copied} of {weighted} layers with weights copied", file=sys.stderr)

    def loss_of(damaged, mask, clean):
        if config.model == "mask":
            return mask_loss(mask, model(damaged, training=True))
        valid = 1.0 - mask
        predicted = model({"image": damaged * valid, "mask": valid}, training=True)
        return inpaint_loss(clean, predicted, mask, config.hole_weight, config.valid_weight, config.hole_l2_weight)

    def make_step():
        if keras.backend.backend() == "torch":
            return _torch_step(model, optimizer, loss_of)
        if keras.backend.backend() == "jax":
            return _jax_step(model, optimizer, loss_of)
        import tensorflow as tf

        @tf.function
        def step_fn(damaged, mask, clean):
            with tf.GradientTape() as tape:
                loss = loss_of(damaged, mask, clean)
            grads = tape.gradient(loss, model.trainable_variables)
            optimizer.apply_gradients(zip(grads, model.trainable_variables, strict=True))
            return loss

        return step_fn, lambda: None

    step_fn, sync = make_step()
    probe = _BudgetProbe(config, start, max_minutes) if max_minutes else None

    def save(step: int) -> None:
        sync()
        model.save_weights(weights_path)
        np.savez(opt_path, **{f"v{i}": keras.ops.convert_to_numpy(v) for i, v in enumerate(optimizer.variables)})
        state_path.write_text(json.dumps({"step": step, "history": history, "config": asdict(config)}))

    running, started = [], time.perf_counter()
    bar = tqdm(range(start, config.steps), initial=start, total=config.steps, desc=f"train {config.model}")
    for step, (damaged, mask, clean) in zip(bar, batches.from_step(start), strict=False):
        if step >= config.steps:  # cut short by the budget
            break
        running.append(float(keras.ops.convert_to_numpy(step_fn(damaged, mask, clean))))
        if probe is not None and (steps := probe.fitted_steps(step + 1)) is not None:
            print(f"budget {max_minutes} min: {probe.rate:.2f} steps/s, so {steps} steps", file=sys.stderr)
            sync()
            config = replace(config, steps=steps)
            optimizer.learning_rate = _schedule(config)
            step_fn, sync = make_step()  # a compiled step holds the old schedule
            bar.total, probe = steps, None
        if (step + 1) % log_every == 0 or step + 1 == config.steps:
            history.append({"step": step + 1, "loss": float(np.mean(running))})
            bar.set_postfix(loss=f"{np.mean(running):.4f}")
            running = []
        if (step + 1) % config.checkpoint_every == 0 or step + 1 == config.steps:
            save(step + 1)
    seconds = time.perf_counter() - started
    sync()
    model.save(out_dir / "model.keras")
    summary = {
        "config": asdict(config),
        "steps": config.steps,
        "seconds_this_run": round(seconds, 1),
        "final_loss": history[-1]["loss"] if history else None,
        "history": history,
        "train_photos": photo_count,
    }
    (out_dir / "training.json").write_text(json.dumps(summary, indent=2))
    return summary


def _schedule(config: TrainConfig):
    import keras

    if config.warmup_steps:
        return keras.optimizers.schedules.CosineDecay(
            0.0, max(1, config.steps - config.warmup_steps), alpha=0.05,
            warmup_target=config.learning_rate, warmup_steps=config.warmup_steps,
        )
    return keras.optimizers.schedules.CosineDecay(config.learning_rate, config.steps, alpha=0.05)


class _BudgetProbe:
    """Measures the step rate between two points of the warm-up (after compilation and the first batches) and
    gives the step count that ends the run `max_minutes` after it started."""

    def __init__(self, config: TrainConfig, start: int, max_minutes: float):
        if config.warmup_steps < 40 or start > 0:
            raise ValueError("a time budget needs a fresh run with a warm-up of at least 40 steps to measure in")
        self.began, self.budget_s, self.config = time.perf_counter(), max_minutes * 60.0, config
        self.first = config.warmup_steps // 4  # past compilation and the batches made while it ran
        self.last = config.warmup_steps
        self.t_first, self.rate = None, 0.0

    def fitted_steps(self, done: int) -> int | None:
        if done == self.first:
            self.t_first = time.perf_counter()
        if done != self.last:
            return None
        now = time.perf_counter()
        self.rate = (self.last - self.first) / (now - self.t_first)
        left = self.budget_s - (now - self.began)
        return max(done + 1, min(self.config.steps, done + int(left * self.rate)))


def _same_named_layers(model, source):
    """(layer, source's layer of the same name) for every layer of `model` that has weights."""
    by_name = {layer.name: layer for layer in source.layers}
    return [(layer, by_name[layer.name]) for layer in model.layers if layer.weights and layer.name in by_name]


def warm_start(model, source) -> int:
    """Copy weights layer by layer (matched by name, every weight's shape equal); returns how many were copied."""
    copied = 0
    for layer, other in _same_named_layers(model, source):
        weights = other.get_weights()
        if [w.shape for w in weights] == [tuple(w.shape) for w in layer.weights]:
            layer.set_weights(weights)
            copied += 1
    return copied


def widen(model, source) -> int:
    """Copy a trained DamageMaskUNet into a wider one of the same depth so that it computes the same function.

    Each old channel keeps its weights and reads only old channels (its weights from the added channels are
    zero). The added channels keep the wide model's fresh initialisation and reach the output only through
    those zero weights, so training starts at the trained model's quality and the added channels join as the
    weights grow: the reason the residual blocks start as the identity, applied to width. The int8 mask model
    leaves time for a wider network (docs/restoration.md). Returns how many layers were copied.
    """
    import keras

    def widths(unet) -> list[int]:
        return [min(unet.base_filters * 2**i, unet.max_filters) for i in range(unet.depth)]

    shape = ("depth", "convs_per_level", "refine_levels")
    if any(getattr(model, k) != getattr(source, k) for k in shape):
        raise ValueError("widen keeps the depth, convs per level and residual blocks; only the widths may grow")
    old, new = widths(source), widths(model)
    if any(o > n for o, n in zip(old, new, strict=True)):
        raise ValueError(f"widths {new} are not all at least {old}")

    def level_of(name: str) -> int:
        return int(name.split("_")[0].removeprefix("down").removeprefix("dec"))

    def old_inputs(name: str) -> np.ndarray:
        """Indices of the wide layer's input channels that carry the trained model's channels."""
        if name == "logits":
            return np.arange(old[0])
        level = level_of(name)
        if name.startswith("down") and name.endswith("_conv0"):
            return np.arange(3) if level == 0 else np.arange(old[level - 1])
        if name.startswith("dec") and name.endswith("_conv0") and "_res" not in name:
            # Concatenate([upsampled level below, skip]): the level below's channels come first.
            return np.concatenate([np.arange(old[level + 1]), new[level + 1] + np.arange(old[level])])
        return np.arange(old[level])

    copied = 0
    for layer, other in _same_named_layers(model, source):
        weights = [np.array(w) for w in layer.get_weights()]
        trained = other.get_weights()
        if isinstance(layer, keras.layers.Conv2D):
            kernel, outputs = weights[0], np.arange(trained[0].shape[-1])
            kernel[..., outputs] = 0.0  # old channels read nothing from the added ones…
            kernel[:, :, old_inputs(layer.name)[:, None], outputs] = trained[0]  # …and what they read before
            for w, t in zip(weights[1:], trained[1:], strict=True):  # the logits' bias
                w[outputs] = t
        else:  # batch norm: per channel
            for w, t in zip(weights, trained, strict=True):
                w[: len(t)] = t
        layer.set_weights(weights)
        copied += 1
    return copied


def _dilate_some(mask: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Grow half of the holes by a pixel: served masks are dilated, and halos of damage must be filled too."""
    import cv2

    out = mask.copy()
    for i in range(len(mask)):
        if rng.random() < 0.5:
            out[i, ..., 0] = cv2.dilate(mask[i, ..., 0], np.ones((3, 3), np.uint8))
    return out


def model_from_checkpoint(out_dir: Path) -> dict:
    """Write `model.keras` from the last checkpoint of a run that was stopped early; returns its summary."""
    state = json.loads((out_dir / "checkpoint.json").read_text())
    saved = state["config"]
    config = TrainConfig(
        **{k: v for k, v in saved.items() if k not in {"sample", "mask_model", "inpaint_model"}},
        sample=SampleConfig(**{k: v for k, v in saved["sample"].items() if k != "recipe"}),
        mask_model=MaskModelConfig(**saved["mask_model"]),
        inpaint_model=InpaintModelConfig(**saved["inpaint_model"]),
    )
    model = build_model(config)
    model.load_weights(out_dir / "checkpoint.weights.h5")
    model.save(out_dir / "model.keras")
    summary = {"config": saved, "steps": state["step"], "stopped_early_at_step": state["step"],
               "final_loss": state["history"][-1]["loss"] if state["history"] else None}
    (out_dir / "training.json").write_text(json.dumps({**summary, "history": state["history"]}, indent=2))
    return summary


def run_dir(model: str, smoke: bool) -> Path:
    return cache_dir() / "restore" / (f"smoke-{model}" if smoke else model)


def main(argv: list[str] | None = None) -> int:
    from training.restore_export import MASK_VIEWS

    parser = argparse.ArgumentParser(prog="python -m training.restore", description=__doc__)
    parser.add_argument("model", choices=[*MASK_STAGES, *INPAINT_STAGES, "export", "pack"],
                        help="a training stage; export (the shipped files); pack (the training photos into "
                             "--photo-pack, to train where ../shared is not)")
    parser.add_argument("--smoke", action="store_true", help="tiny model, a few dozen photos, seconds")
    parser.add_argument("--steps", type=int, help="override the number of training steps")
    parser.add_argument("--out-dir", type=Path, help="checkpoint/model directory (default under the cache)")
    parser.add_argument("--init-from", type=Path,
                        help="a trained model.keras whose same-named layers start a new run (ignored on resume)")
    parser.add_argument("--weights-dir", type=Path, help="export: where to write the shipped files")
    parser.add_argument("--notes", help="export: how the runs went (interruptions, changed settings), kept in the manifest")
    parser.add_argument("--only", choices=["mask", "inpaint"],
                        help="export: re-export this model alone, keeping the other shipped file and its entries")
    parser.add_argument("--run", choices=[*MASK_STAGES, *INPAINT_STAGES],
                        help="export: with --only, export this run instead of the served one (a candidate)")
    parser.add_argument("--mask-format", choices=["int8", "float16"], default="int8",
                        help="export: how the mask model is stored (int8: a third of float16's time, same F1)")
    parser.add_argument("--mask-views", type=int, choices=[1, 2, 3, 4],
                        help=f"export: mirrored views the served damage probability averages (default: {MASK_VIEWS};"
                             " as shipped with --only inpaint); the thresholds are calibrated with it")
    parser.add_argument("--photo-pack", type=Path,
                        help="train on the photos packed in this file (written by `pack`) instead of ../shared")
    parser.add_argument("--batch", type=int, help="override the batch size (an accelerator takes larger ones)")
    parser.add_argument("--learning-rate", type=float,
                        help="override the peak learning rate (larger batches take a larger one)")
    parser.add_argument("--workers", type=int, default=0,
                        help="processes that make the batches ahead of the model (0: inline, right for this CPU)")
    parser.add_argument("--max-minutes", type=float,
                        help="fit a fresh run with a warm-up into this many minutes (rate measured in the warm-up)")
    parser.add_argument("--from-checkpoint", action="store_true",
                        help="export: use each run's last checkpoint (a run stopped before its last step)")
    args = parser.parse_args(argv)
    if args.model == "export":
        from training.restore_export import export

        if args.from_checkpoint:
            for model, name in SERVED_RUNS.items():
                if args.only not in (None, model):
                    continue
                print(name, model_from_checkpoint(run_dir(name, args.smoke))["steps"], file=sys.stderr)

        if args.run and args.run not in {"mask": MASK_STAGES, "inpaint": INPAINT_STAGES}.get(args.only, ()):
            parser.error("--run needs --only naming the model that run trains (mask-* → mask, inpaint-* → inpaint)")
        export(smoke=args.smoke, weights_dir=args.weights_dir, notes=args.notes, only=args.only, run=args.run,
               mask_int8=args.mask_format == "int8", mask_views=args.mask_views)
        return 0
    config = default_config("mask-whole" if args.model == "pack" else args.model, smoke=args.smoke)
    if args.steps:
        config = replace(config, steps=args.steps)
    if args.batch:
        config = replace(config, batch=args.batch)
    if args.learning_rate:
        config = replace(config, learning_rate=args.learning_rate)
    if args.photo_pack and args.model != "pack":
        photos = read_photo_pack(args.photo_pack)
    else:
        parts = split(photo_paths())
        if not parts["train"]:
            print("no photos found under the shared data directory (set TASVEER_SHARED)", file=sys.stderr)
            return 1
        train_paths = parts["train"][: config.train_photos]
        photos = cached_photos(train_paths, "train", side=max(config.sample.crop, 176 if not args.smoke else 96))
    if args.model == "pack":
        if not args.photo_pack:
            parser.error("pack needs --photo-pack FILE")
        write_photo_pack(photos, args.photo_pack)
        print(f"{len(photos)} photos → {args.photo_pack} ({args.photo_pack.stat().st_size / 1e6:.1f} MB)")
        return 0
    out_dir = args.out_dir or run_dir(args.model, args.smoke)
    init_from = args.init_from
    if init_from is None and args.model in INIT_FROM:
        init_from = run_dir(INIT_FROM[args.model], args.smoke) / "model.keras"
    summary = train(config, out_dir, photos, init_from=init_from, workers=args.workers, max_minutes=args.max_minutes)
    print(json.dumps({k: v for k, v in summary.items() if k != "history"}, indent=2))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    sys.exit(main(sys.argv[1:]))
