"""Plain data passed between pipeline stages; TensorFlow-free so any stage (or the bot) can import it."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class ImageAnalysis:
    """What the vision stage knows about one photo; hashtags and translation build on it."""

    caption_en: str
    # ImageNet classes predicted by the student encoder: (label as in imagenet_labels.txt, probability),
    # most probable first. Hashtags map these to friendly words.
    labels: list[tuple[str, float]] = field(default_factory=list)
    # Full 1000-way ImageNet probability vector (no background), for learned hashtag heads.
    class_probs: np.ndarray | None = None
    # Pooled image embedding from the student encoder.
    embedding: np.ndarray | None = None


@dataclass
class Restoration:
    """Outcome of the damage/inpaint stage: `image` is the photo to caption and, when restored, to send back."""

    image: np.ndarray  # RGB uint8, same size as the input
    mask: np.ndarray  # uint8 0/255 predicted damage mask, same height/width as the input
    restored: bool
