"""Photo restoration: find damage (scratches, stains, tears) and fill it in before the photo is captioned."""
