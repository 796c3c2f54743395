"""Restorer: the pipeline's damage stage — find damage on a downscaled copy, inpaint only if there is enough.

Detection runs on every photo, so it is one fixed 256-px pass of the mask model. Inpainting runs at a working
resolution on the tiles that hold damage, and only the filled hole pixels are blended back into the
full-resolution photo: undamaged pixels come back bit-for-bit, and clean photos are passed through untouched.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import cv2
import numpy as np

from inference.analysis import Restoration

# (upside down, left-right) views of a photo, in the order `RestorerConfig.mask_views` takes them.
MIRRORS = ((False, False), (False, True), (True, False), (True, True))


@dataclass(frozen=True)
class RestorerConfig:
    """Serving settings; the thresholds are calibrated on held-back photos and stored in the manifest."""

    mask_side: int = 256  # the mask model's fixed input size
    pixel_threshold: float = 0.5  # damage probability above which a pixel is in the (inpainted) mask
    # The restore/leave-alone decision counts only confident damage: a stricter threshold and a minimum
    # component area keep bright walls and white fur from adding up to a false alarm on clean photos.
    decision_threshold: float = 0.5
    min_component_area: int = 3  # at mask resolution: smaller specks are noise, not damage
    damaged_fraction: float = 0.002  # restore only when more of the photo than this is confidently damaged
    dilate_px: int = 1  # grow holes (at mask resolution) so the halos of scratches are filled too
    work_side: int = 256  # inpainting resolution (long side; one tile at 256), never above the photo's own
    tile: int = 256  # the inpainting model's fixed input size
    tile_overlap: int = 32
    # Average the fill with the fill of the mirrored tile: the network's errors are not mirror-symmetric, so
    # the mean is closer to the truth (measured on held-back photos, docs/restoration.md), at twice the cost.
    flip_average: bool = False
    # Average the damage probability over the photo and its first mirror images in `MIRRORS` (2: + left-right,
    # 3: + upside down, 4: + both): fewer missed and invented defects (measured on held-back photos,
    # docs/restoration.md). Affordable because the int8 mask model runs in a third of the float16 one's time.
    mask_views: int = 1

    def __post_init__(self):
        if not 1 <= self.mask_views <= len(MIRRORS):
            raise ValueError(f"mask_views must be 1 to {len(MIRRORS)}, not {self.mask_views}")

    @classmethod
    def from_dict(cls, data: dict) -> RestorerConfig:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Detection:
    probability: np.ndarray  # float32 (h, w) at mask resolution, the photo's content only (no padding)
    mask: np.ndarray  # bool, same shape: cleaned-up damage mask
    damaged_fraction: float


class Restorer:
    """`mask_model(image=...)` → probabilities; `inpaint_model(image=..., mask=...)` → RGB; both 0..1 NHWC."""

    def __init__(self, mask_model, inpaint_model, config: RestorerConfig = RestorerConfig()):
        self.mask_model = mask_model
        self.inpaint_model = inpaint_model
        self.config = config

    @classmethod
    def load(cls, weights_dir: Path) -> Restorer:
        from inference.restoration.litert_model import LiteRTModel

        manifest = json.loads((Path(weights_dir) / "manifest.json").read_text())
        files = manifest["files"]
        return cls(
            LiteRTModel(Path(weights_dir) / files["mask"]["path"]),
            LiteRTModel(Path(weights_dir) / files["inpaint"]["path"]),
            RestorerConfig.from_dict(manifest["serving"]),
        )

    # --- detection -------------------------------------------------------------------------------------

    def damage_probability(self, rgb: np.ndarray) -> np.ndarray:
        """Damage probability at mask resolution (long side = mask_side), padding removed."""
        views = self.view_probabilities(rgb, self.config.mask_views)
        return sum(views) / len(views)

    def view_probabilities(self, rgb: np.ndarray, views: int) -> list[np.ndarray]:
        """The mask model's probability for each of the first `views` mirror images in `MIRRORS`, each mapped
        back onto the photo: what `damage_probability` averages, and what the evaluation compares."""
        side = self.config.mask_side
        small = resize_long_side(rgb, side)
        h, w = small.shape[:2]
        out = []
        for vertical, horizontal in MIRRORS[:views]:
            view = small[::-1] if vertical else small
            view = view[:, ::-1] if horizontal else view
            padded = pad_bottom_right(np.ascontiguousarray(view), side, side)
            probability = self.mask_model(image=padded[None].astype(np.float32) / 255.0)[0, :h, :w, 0]
            probability = probability[::-1] if vertical else probability
            out.append(probability[:, ::-1] if horizontal else probability)
        return out

    def detect(self, rgb: np.ndarray | None, probability: np.ndarray | None = None) -> Detection:
        """Damage at mask resolution; pass `probability` to re-threshold without running the model again."""
        probability = self.damage_probability(rgb) if probability is None else probability
        area = self.config.min_component_area
        mask = clean_mask(probability > self.config.pixel_threshold, area)
        confident = clean_mask(probability > self.config.decision_threshold, area)
        return Detection(probability, mask, float(confident.mean()))

    # --- restoration -----------------------------------------------------------------------------------

    def restore(self, rgb: np.ndarray) -> Restoration:
        h, w = rgb.shape[:2]
        detection = self.detect(rgb)
        if detection.damaged_fraction <= self.config.damaged_fraction:
            full = cv2.resize(detection.mask.astype(np.uint8), (w, h), interpolation=cv2.INTER_NEAREST)
            return Restoration(image=rgb, mask=full * 255, restored=False)
        holes = detection.mask
        if self.config.dilate_px > 0:
            kernel = np.ones((2 * self.config.dilate_px + 1,) * 2, np.uint8)
            holes = cv2.dilate(holes.astype(np.uint8), kernel).astype(bool)
        return self.inpaint(rgb, holes)

    def inpaint(self, rgb: np.ndarray, holes: np.ndarray) -> Restoration:
        """Fill `holes` (bool, any resolution; resized to the photo) and blend the fill into `rgb`."""
        h, w = rgb.shape[:2]
        full_holes = cv2.resize(holes.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR) > 0.0
        work = resize_long_side(rgb, min(self.config.work_side, max(h, w)))
        wh, ww = work.shape[:2]
        work_holes = cv2.resize(holes.astype(np.float32), (ww, wh), interpolation=cv2.INTER_LINEAR) > 0.0
        filled = self.inpaint_tiles(work, work_holes)
        if (wh, ww) != (h, w):
            filled = cv2.resize(filled, (w, h), interpolation=cv2.INTER_CUBIC)
        out = rgb.copy()
        out[full_holes] = np.clip(np.rint(filled[full_holes]), 0, 255).astype(np.uint8)
        return Restoration(image=out, mask=full_holes.astype(np.uint8) * 255, restored=True)

    def inpaint_tiles(self, rgb: np.ndarray, holes: np.ndarray) -> np.ndarray:
        """Float32 RGB (0..255) with holes filled; only tiles that contain holes are run, blended by weight."""
        tile, overlap = self.config.tile, self.config.tile_overlap
        h, w = rgb.shape[:2]
        ph, pw = max(h, tile), max(w, tile)
        image = pad_bottom_right(rgb, ph, pw).astype(np.float32) / 255.0
        valid = np.pad(~holes, ((0, ph - h), (0, pw - w)), constant_values=True).astype(np.float32)
        total = np.zeros((ph, pw, 3), np.float32)
        weight = np.zeros((ph, pw, 1), np.float32)
        ramp = _tile_weight(tile, overlap)
        for y in _tile_starts(ph, tile, overlap):
            for x in _tile_starts(pw, tile, overlap):
                v = valid[y : y + tile, x : x + tile]
                if v.min() > 0.5:
                    continue
                predicted = self._fill(image[y : y + tile, x : x + tile] * v[..., None], v)
                total[y : y + tile, x : x + tile] += predicted * ramp
                weight[y : y + tile, x : x + tile] += ramp
        filled = np.where(weight > 0, total / np.maximum(weight, 1e-6), image)
        filled = np.where(valid[..., None] > 0.5, image, filled)
        return np.clip(filled[:h, :w] * 255.0, 0, 255)

    def _fill(self, tile: np.ndarray, valid: np.ndarray) -> np.ndarray:
        predicted = self.inpaint_model(image=tile[None], mask=valid[None, ..., None])[0]
        if self.config.flip_average:
            mirrored = self.inpaint_model(image=tile[None, :, ::-1], mask=valid[None, :, ::-1, None])[0]
            predicted = 0.5 * (predicted + mirrored[:, ::-1])
        return predicted

    def describe(self) -> dict:
        return asdict(self.config)


def pad_bottom_right(image: np.ndarray, height: int, width: int) -> np.ndarray:
    """Mirror the photo into the bottom/right margin of a fixed model input. Training pads its samples with
    this same function, so the mask model is taught on exactly the borders it is served."""
    h, w = image.shape[:2]
    if (h, w) == (height, width):
        return image
    return cv2.copyMakeBorder(image, 0, height - h, 0, width - w, cv2.BORDER_REFLECT_101)


def resize_long_side(rgb: np.ndarray, side: int) -> np.ndarray:
    h, w = rgb.shape[:2]
    if max(h, w) == side:
        return rgb
    f = side / max(h, w)
    size = (max(1, round(w * f)), max(1, round(h * f)))
    return cv2.resize(rgb, size, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_LINEAR)


def clean_mask(mask: np.ndarray, min_area: int) -> np.ndarray:
    """Drop connected components smaller than `min_area` pixels: isolated specks are texture, not damage."""
    if min_area <= 1 or not mask.any():
        return mask
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    keep = stats[:, cv2.CC_STAT_AREA] >= min_area
    keep[0] = False
    return keep[labels]


def _tile_starts(length: int, tile: int, overlap: int) -> list[int]:
    if length <= tile:
        return [0]
    stride = tile - overlap
    starts = list(range(0, length - tile, stride))
    return [*starts, length - tile]


def _tile_weight(tile: int, overlap: int) -> np.ndarray:
    """Weights that fall off over the overlap, so neighbouring tiles fade into each other without seams."""
    ramp = np.ones(tile, np.float32)
    if overlap > 0:
        edge = (np.arange(overlap, dtype=np.float32) + 1) / (overlap + 1)
        ramp[:overlap] = edge
        ramp[-overlap:] = edge[::-1]
    return (ramp[:, None] * ramp[None, :])[..., None]
