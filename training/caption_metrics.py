"""BLEU-1..4, ROUGE-L and CIDEr with pycocoevalcap's scorers called directly (its PTB tokenizer needs Java)."""

from __future__ import annotations

from inference.captioning.vocabulary import words


def _tokens(text: str) -> str:
    return " ".join(words(text))


def score_captions(references: dict[str, list[str]], generated: dict[str, str]) -> dict[str, float]:
    from pycocoevalcap.bleu.bleu import Bleu
    from pycocoevalcap.cider.cider import Cider
    from pycocoevalcap.rouge.rouge import Rouge

    keys = sorted(generated)
    gts = {k: [_tokens(r) for r in references[k]] for k in keys}
    res = {k: [_tokens(generated[k]) or "empty"] for k in keys}
    bleu, _ = Bleu(4).compute_score(gts, res, verbose=0)
    rouge, _ = Rouge().compute_score(gts, res)
    cider, _ = Cider().compute_score(gts, res)
    out = {f"BLEU-{i + 1}": float(b) for i, b in enumerate(bleu)}
    out.update({"ROUGE-L": float(rouge), "CIDEr": float(cider), "photos": len(keys)})
    return out
