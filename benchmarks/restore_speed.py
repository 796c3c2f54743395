"""Restoration speed: the mask stage (runs on every photo) and a full restoration of a damaged 1280-px photo.

Usage: .venv/bin/python benchmarks/restore_speed.py [--repeats 20] [--threads 1]
Bars (issue #5): mask stage ≤ 30 ms per photo; damaged 1280-px photo restored ≤ 400 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(fn, repeats: int) -> dict:
    fn()  # warm-up: first invocation allocates
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000.0)
    return {"median_ms": round(float(np.median(samples)), 1), "p90_ms": round(float(np.percentile(samples, 90)), 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--threads", type=int, default=1, help="LiteRT threads (TASVEER_INFERENCE_THREADS)")
    parser.add_argument("--weights-dir", type=Path, default=ROOT / "inference" / "weights" / "restore")
    args = parser.parse_args()
    os.environ["TASVEER_INFERENCE_THREADS"] = str(args.threads)
    from skimage import data

    from inference.restoration.restorer import Restorer
    from training.damage import SCRATCHES_AND_BLOTCHES, synthesize_damage

    restorer = Restorer.load(args.weights_dir)
    photo = cv2.resize(data.astronaut(), (1280, 1280), interpolation=cv2.INTER_CUBIC)
    photo = np.ascontiguousarray(photo[160:1120])  # 1280×960, a typical phone aspect
    damaged, truth = synthesize_damage(photo, np.random.default_rng(0), SCRATCHES_AND_BLOTCHES)
    result = restorer.restore(damaged)

    def detect_and_inpaint():
        """The restoring path whatever the model decides: detection, then inpainting the true damage."""
        restorer.detect(damaged)
        return restorer.inpaint(damaged, truth > 0)

    report = {
        "photo": list(photo.shape),
        "threads": args.threads,
        "cpu_count": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "mask_stage_clean_photo": timed(lambda: restorer.restore(photo), args.repeats),
        "mask_model_only_256": timed(
            lambda: restorer.mask_model(image=np.zeros((1, 256, 256, 3), np.float32)), args.repeats
        ),
        "restore_damaged_photo": timed(lambda: restorer.restore(damaged), args.repeats),
        "detect_and_inpaint_damaged_photo": timed(detect_and_inpaint, args.repeats),
        "damaged_photo_restored": result.restored,
        "clean_photo_restored": restorer.restore(photo).restored,
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
