"""Photo captioning: the distilled student encoder, two caption decoders, beam search and the Captioner."""
