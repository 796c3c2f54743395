"""Paired bootstrap for corpus chrF: is candidate B better than A on the same sentences, or only by chance?

A shipped model file is replaced only when the new one is clearly better (every version stays in git history),
and dev splits of a few hundred sentences move by a point from noise alone. Resampling the sentences with
replacement and scoring both systems on each resample gives an interval for the difference (Koehn, 2004).
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass
class BootstrapResult:
    a: float  # corpus chrF of A on all the sentences
    b: float
    low: float  # 2.5th / 97.5th percentile of (B − A) over the resamples
    high: float
    b_wins: int  # resamples in which B scored higher
    resamples: int

    def describe(self) -> str:
        return (f"chrF {self.a:.2f} -> {self.b:.2f} ({self.b - self.a:+.2f}; 95% {self.low:+.2f} to "
                f"{self.high:+.2f}; B better in {self.b_wins} of {self.resamples})")


def paired_bootstrap(hyps_a: list[str], hyps_b: list[str], refs: list[str], resamples: int = 300,
                     seed: int = 12345) -> BootstrapResult:
    import sacrebleu

    if not (len(hyps_a) == len(hyps_b) == len(refs)) or not refs:
        raise ValueError("both systems need one hypothesis per reference")
    chrf = lambda hyps, rs: sacrebleu.corpus_chrf(hyps, [rs]).score  # noqa: E731
    rng = random.Random(seed)
    deltas, wins = [], 0
    for _ in range(resamples):
        picks = [rng.randrange(len(refs)) for _ in refs]
        sample_refs = [refs[i] for i in picks]
        delta = chrf([hyps_b[i] for i in picks], sample_refs) - chrf([hyps_a[i] for i in picks], sample_refs)
        deltas.append(delta)
        wins += delta > 0
    deltas.sort()
    return BootstrapResult(
        a=chrf(hyps_a, refs), b=chrf(hyps_b, refs), low=deltas[int(0.025 * resamples)],
        high=deltas[min(resamples - 1, int(0.975 * resamples))], b_wins=wins, resamples=resamples,
    )
