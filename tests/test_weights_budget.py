"""Everything the repository ships as model weights fits the project's budget (60 MB in all)."""

from __future__ import annotations

from pathlib import Path

WEIGHTS = Path(__file__).resolve().parent.parent / "inference" / "weights"


def test_all_shipped_weights_fit_60_mb() -> None:
    sizes: dict[str, int] = {}
    for path in WEIGHTS.rglob("*"):
        if path.is_file():
            model = path.relative_to(WEIGHTS).parts[0]
            sizes[model] = sizes.get(model, 0) + path.stat().st_size
    assert {"caption", "translate", "restore", "hashtags"} <= set(sizes)
    assert sum(sizes.values()) <= 60_000_000, sizes
