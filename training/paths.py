"""Where training reads shared data and writes caches, each overridable from the environment.

Shared data is never copied into the repository: it is read from TASVEER_SHARED (default `<repo>/../shared`);
expensive intermediate results go to TASVEER_CACHE (default `<repo>/.cache`, gitignored).
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    return Path(os.environ.get("TASVEER_SHARED", REPO.parent / "shared")).resolve()


def cache_dir() -> Path:
    path = Path(os.environ.get("TASVEER_CACHE", REPO / ".cache")).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def teacher_model_path() -> Path:
    return shared_dir() / "models" / "imagenet-mobilenet-v2" / "mobilenet_v2_1.0_224_quant.tflite"


def limit_tf_threads() -> None:
    """Honour TF_NUM_INTRAOP_THREADS / TF_NUM_INTEROP_THREADS (e.g. 1 each when two training jobs share two
    cores): TensorFlow reads neither variable on its own, nor OMP_NUM_THREADS."""
    if os.environ.get("TF_NUM_INTRAOP_THREADS"):
        import tensorflow as tf

        tf.config.threading.set_intra_op_parallelism_threads(int(os.environ["TF_NUM_INTRAOP_THREADS"]))
        tf.config.threading.set_inter_op_parallelism_threads(int(os.environ.get("TF_NUM_INTEROP_THREADS", "1")))
