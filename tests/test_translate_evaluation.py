"""The caption-style references the translation evaluation scores every language against (`captions` split)."""

from __future__ import annotations

import unicodedata

import pytest

from training.evaluation.translate import caption_pairs, splits_for


def letters(text: str) -> list[str]:
    return [ch for ch in text if unicodedata.category(ch).startswith("L")]


def normalised(text: str) -> str:
    return text.casefold().rstrip(" .!?").strip()


def test_every_caption_has_a_reference_in_each_language_and_script() -> None:
    scripts = {"hi": "DEVANAGARI", "bn": "BENGALI", "ml": "MALAYALAM", "ta": "TAMIL", "te": "TELUGU"}
    for lang, script in scripts.items():
        pairs = caption_pairs(lang)
        assert len(pairs) == 100, lang
        assert len({normalised(p.en) for p in pairs}) == len(pairs)  # no caption counted twice
        for pair in pairs:
            assert all("LATIN" in unicodedata.name(ch) for ch in letters(pair.en)), pair.en
            assert all(unicodedata.name(ch).startswith(script) for ch in letters(pair.xx)), pair.xx
            assert unicodedata.normalize("NFC", pair.xx) == pair.xx
            assert not any(ch in pair.xx for ch in "\u200b\u200c\u200d\ufeff"), pair.xx  # as the corpora are cleaned


def test_no_caption_english_is_trained_on(shared_dir) -> None:
    """A reference set only measures what was not learned: none of its English may be among the training
    pairs or the English captions the synthetic ta/te pairs are made from."""
    from training.translation_data import caption_english, training_pairs

    captions = {normalised(p.en) for p in caption_pairs("ta")}
    assert not captions & {normalised(en) for en in caption_english(shared_dir)}
    for lang in ("hi", "bn", "ml", "ta", "te"):
        assert not captions & {normalised(p.en) for p in training_pairs(shared_dir, lang)}, lang


def test_every_trained_language_is_scored_on_the_captions(shared_dir, monkeypatch) -> None:
    monkeypatch.setenv("TASVEER_SHARED", str(shared_dir))
    for lang in ("hi", "bn", "ml", "ta", "te"):
        assert [p.en for p in splits_for(lang)["captions"]] == [p.en for p in caption_pairs("ta")], lang


def test_paired_bootstrap_separates_a_real_gain_from_none() -> None:
    from training.evaluation.bootstrap import paired_bootstrap

    refs = [f"ஒரு நாய் {word} ஓடுகிறது." for word in ("கடற்கரையில்", "புல்லில்", "தெருவில்", "பூங்காவில்")] * 10
    words = [" ".join(r.split()[:2]) for r in refs]  # a word list: what round 11 found
    same = paired_bootstrap(words, words, refs, resamples=50)
    assert same.a == same.b and same.low == same.high == 0 and same.b_wins == 0
    better = paired_bootstrap(words, refs, refs, resamples=50)
    assert better.b == pytest.approx(100.0) and better.low > 0 and better.b_wins == 50
    with pytest.raises(ValueError):
        paired_bootstrap(words, refs[:-1], refs)


def test_caption_english_by_source_splits_it_without_overlap(shared_dir) -> None:
    """`--rules-coverage` counts Flickr8k apart from Visual Genome; together they must be the training English."""
    from training.translation_data import caption_english, caption_english_by_source

    sources = caption_english_by_source(shared_dir)
    assert [text for texts in sources.values() for text in texts] == caption_english(shared_dir)
    assert sources["flickr8k"] and sources["visual-genome"]
    keys = [{t.casefold().rstrip(" .") for t in texts} for texts in sources.values()]
    assert not keys[0] & keys[1]


def test_skipped_review_prints_both_weights_on_captions_the_rules_skip(
    shared_dir, built_lexicons, monkeypatch, capsys
) -> None:
    """`--compare B --skipped-review N`: N Flickr8k captions the served rules do not write, each with both
    weights' translations; the same weights twice must differ nowhere."""
    from inference.translation.offline import caption_grammars, rule_translation
    from training.evaluation.translate import EXPORT_DIR, skipped_review
    from training.translation_data import caption_english_by_source

    monkeypatch.setenv("TASVEER_SHARED", str(shared_dir))
    monkeypatch.setenv("TRANSLATION_LEXICON_DIR", str(built_lexicons))
    skipped_review(EXPORT_DIR, EXPORT_DIR, ("ta",), 3, beam=1)
    lines = capsys.readouterr().out.splitlines()
    assert lines[2] == "## ta: 3 Flickr8k captions the rules skip, 0 differ"
    flickr = set(caption_english_by_source(shared_dir)["flickr8k"])
    grammar = caption_grammars()["ta"]()
    captions = [line[2:] for line in lines[3:] if line.startswith("= ")]
    assert len(captions) == 3 and len(lines) == 3 + 3 * 3
    for caption in captions:
        assert caption in flickr and rule_translation(grammar, caption) is None
    for line in lines[3:]:
        if line.startswith("    "):
            found = letters(line[6:])
            assert found and sum(unicodedata.name(ch).startswith("TAMIL") for ch in found) > 0.9 * len(found), line


def test_two_rules_dumps_compare_line_by_line(tmp_path) -> None:
    """`--rules-dump --against`: the lines the rules newly write, write differently or no longer write, counted
    over the same captions in the same order (round 29 read its changes this way)."""
    from training.evaluation.translate import compare_dumps, read_dump

    old = tmp_path / "old.tsv"
    old.write_text("flickr8k\ta dog runs\tநாய் ஓடுகிறது\tకుక్క\n"
                   "flickr8k\ta cat sits\t\t\n"
                   "visual-genome\tred car\tசிவப்பு கார்\tఎరుపు కారు\n"
                   "visual-genome\tblue sky\tநீல வானம்\tనీలం ఆకాశం\n", encoding="utf-8")
    new = [["flickr8k", "a dog runs", "நாய் ஓடுகிறது", "కుక్క"],  # the same
           ["flickr8k", "a cat sits", "பூனை அமர்ந்திருக்கிறது", "పిల్లి"],  # new
           ["visual-genome", "red car", "சிவப்பு நிற கார்", "ఎరుపు కారు"],  # rewritten (one language)
           ["visual-genome", "blue sky", "", ""]]  # lost
    assert compare_dumps(read_dump(old), new) == {"new": 1, "rewritten": 1, "lost": 1}
    with pytest.raises(ValueError, match="different captions"):
        compare_dumps(read_dump(old), new[:3] + [["visual-genome", "grey sky", "", ""]])
