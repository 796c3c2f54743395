"""A fixed-shape LiteRT model with named float32 inputs: how the worker runs the restoration networks.

LiteRT keeps TensorFlow out of the serving path (it loads in milliseconds and is faster on small CPUs);
the networks are exported at one shape so the interpreter is allocated once.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np


class LiteRTModel:
    def __init__(self, path: Path, num_threads: int | None = None):
        from ai_edge_litert.interpreter import Interpreter

        threads = num_threads or int(os.environ.get("TASVEER_INFERENCE_THREADS", "1"))
        self.interpreter = Interpreter(model_path=str(path), num_threads=threads)
        self.interpreter.allocate_tensors()
        self.inputs = {d["name"].split(":")[0]: d for d in self.interpreter.get_input_details()}
        self.output = self.interpreter.get_output_details()[0]
        # One interpreter is not re-entrant; the pipeline may call from several worker threads.
        self.lock = threading.Lock()

    def input_shape(self, name: str) -> tuple[int, ...]:
        return tuple(int(n) for n in self._input(name)["shape"])

    def _input(self, name: str) -> dict:
        for key, detail in self.inputs.items():
            if key == name or key.endswith(name):
                return detail
        if len(self.inputs) == 1:
            return next(iter(self.inputs.values()))
        raise KeyError(f"no input named {name!r} in {list(self.inputs)}")

    def __call__(self, **arrays: np.ndarray) -> np.ndarray:
        with self.lock:
            for name, array in arrays.items():
                self.interpreter.set_tensor(self._input(name)["index"], np.asarray(array, np.float32))
            self.interpreter.invoke()
            return self.interpreter.get_tensor(self.output["index"]).copy()
