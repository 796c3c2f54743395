"""Captioner: the worker's vision stage — student encoder + caption decoder + ImageNet labels, loaded once.

Everything comes from `inference/weights/caption/` (float16 .npz + manifest); nothing from ../shared.
The encoder runs in one `tf.function` with a fixed input signature; the decoder step runs in NumPy
(faster than a graph call per token at this size) under batched beam search with a cached state.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from inference.analysis import ImageAnalysis
from inference.captioning.beam_search import beam_search, greedy_search
from inference.captioning.caption_text import tidy_caption
from inference.captioning.preprocess import student_input
from inference.captioning.vocabulary import Vocabulary

DECODER_ENV = "TASVEER_CAPTION_DECODER"
DECODERS = ("show_tell", "transformer")


def _softmax(x: np.ndarray) -> np.ndarray:
    z = np.exp(x - x.max(-1, keepdims=True))
    return z / z.sum(-1, keepdims=True)


class StudentFeatures:
    """The student encoder behind a fixed-signature tf.function: photos → spatial, pooled, logits."""

    def __init__(self, config: dict, weights: dict[str, np.ndarray]):
        import tensorflow as tf

        from inference.captioning.student_encoder import StudentEncoder
        from inference.captioning.weights_io import assign_weights

        self.input_size = int(config["input_size"])
        self.model = StudentEncoder(**config)
        self.model(np.zeros((1, self.input_size, self.input_size, 3), np.float32))
        assign_weights(self.model, weights)
        spec = tf.TensorSpec([None, self.input_size, self.input_size, 3], tf.float32)
        model = self.model

        @tf.function(input_signature=[spec])
        def encode(x):
            out = model(x, training=False)
            return out["spatial"], out["pooled"], out["logits"]

        self._encode = encode
        # Trace now, at worker start, so the first user's photo does not pay for graph building (~0.3 s).
        encode(np.zeros((1, self.input_size, self.input_size, 3), np.float32))

    def __call__(self, images: list[np.ndarray]) -> dict[str, np.ndarray]:
        spatial, pooled, logits = self._encode(student_input(images, self.input_size))
        spatial = spatial.numpy()
        return {
            "spatial": spatial.reshape(spatial.shape[0], -1, spatial.shape[-1]),
            "pooled": pooled.numpy(),
            "logits": logits.numpy(),
        }


def image_vector(pooled: np.ndarray, logits: np.ndarray, recipe: str) -> np.ndarray:
    """The photo vector a decoder was trained on: 'pooled', or 'pooled+probs' (ImageNet softmax appended)."""
    if recipe == "pooled":
        return pooled
    if recipe == "pooled+probs":
        probs = _softmax(logits.astype(np.float32))
        return np.concatenate([pooled.astype(np.float32), probs], axis=-1).astype(pooled.dtype)
    raise ValueError(f"unknown image vector {recipe!r}")


def make_step_decoder(name: str, config: dict, weights: dict[str, np.ndarray]):
    if name == "show_tell":
        from inference.captioning.show_tell_step import ShowTellStep

        return ShowTellStep(weights)
    from inference.captioning.transformer_step import TransformerStep

    return TransformerStep(weights, heads=int(config["heads"]), layers=int(config["layers"]))


class Captioner:
    def __init__(
        self,
        encoder: StudentFeatures,
        decoder,
        decoder_name: str,
        vocab: Vocabulary,
        labels: list[str],
        beam_width: int = 3,
        max_len: int = 18,
        batch_size: int = 16,
        image_vector: str = "pooled",
    ):
        self.encoder = encoder
        self.decoder = decoder
        self.decoder_name = decoder_name
        self.vocab = vocab
        self.labels = labels
        self.beam_width = beam_width
        self.max_len = max_len
        self.batch_size = batch_size
        self.banned = [vocab.pad, vocab.start, vocab.unk]
        self.image_vector = image_vector

    @classmethod
    def load(cls, weights_dir: Path, decoder: str | None = None) -> Captioner:
        """decoder: 'show_tell' | 'transformer'; None = $TASVEER_CAPTION_DECODER, else the manifest's default."""
        weights_dir = Path(weights_dir)
        manifest = json.loads((weights_dir / "manifest.json").read_text())
        name = decoder or os.environ.get(DECODER_ENV) or manifest["default_decoder"]
        if name not in manifest["decoders"]:
            raise ValueError(f"unknown caption decoder {name!r}; shipped: {sorted(manifest['decoders'])}")
        student = manifest["student"]
        encoder = StudentFeatures(student["config"], dict(np.load(weights_dir / student["file"])))
        spec = manifest["decoders"][name]
        step = make_step_decoder(name, spec["config"], dict(np.load(weights_dir / spec["file"])))
        labels = (weights_dir / manifest["labels"]).read_text(encoding="utf-8").splitlines()
        labels = [label for label in labels if label and label != "background"]
        return cls(
            encoder,
            step,
            name,
            Vocabulary.load(weights_dir / manifest["vocab"]),
            labels,
            beam_width=int(manifest.get("beam_width", 3)),
            max_len=int(manifest.get("max_len", 18)),
            image_vector=spec.get("image_vector", "pooled"),
        )

    def features(self, images: list[np.ndarray]) -> dict[str, np.ndarray]:
        return self.encoder(images)

    def decoder_features(self, features: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Encoder outputs → what this decoder consumes ({'spatial', 'pooled'} with its photo vector)."""
        pooled = image_vector(features["pooled"], features["logits"], self.image_vector)
        return {"spatial": features["spatial"], "pooled": pooled}

    def caption_ids(self, features: dict[str, np.ndarray], width: int | None = None) -> list[list[int]]:
        """features: the encoder's outputs (spatial, pooled, logits) for a batch of photos."""
        width = self.beam_width if width is None else width
        feats = self.decoder_features(features)
        v = self.vocab
        if width == 1:
            return greedy_search(self.decoder, feats, v.start, v.end, self.banned, max_len=self.max_len)
        return beam_search(self.decoder, feats, v.start, v.end, self.banned, width=width, max_len=self.max_len)

    def captions(self, images: list[np.ndarray], width: int | None = None) -> list[str]:
        return [tidy_caption(self.vocab.decode(ids)) for ids in self.caption_ids(self.features(images), width)]

    def analyse(self, images: list[np.ndarray]) -> list[ImageAnalysis]:
        """RGB uint8 photos of any size → caption, top-5 ImageNet labels, class probabilities, embedding."""
        out: list[ImageAnalysis] = []
        for start in range(0, len(images), self.batch_size):
            chunk = images[start : start + self.batch_size]
            feats = self.features(chunk)
            probs = _softmax(feats["logits"].astype(np.float32)).astype(np.float32)
            for i, ids in enumerate(self.caption_ids(feats)):
                top = np.argsort(-probs[i])[:5]
                out.append(
                    ImageAnalysis(
                        caption_en=tidy_caption(self.vocab.decode(ids)),
                        labels=[(self.labels[j], float(probs[i, j])) for j in top],
                        class_probs=probs[i],
                        embedding=feats["pooled"][i].astype(np.float32),
                    )
                )
        return out
