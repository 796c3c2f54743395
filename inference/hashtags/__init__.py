"""Hashtags for a photo: content tags from the caption and ImageNet labels, plus learned social tags."""
