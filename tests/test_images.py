"""Decoding/validation of user photos: real encodings of real photos, and hostile inputs."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from inference.images import MAX_FILE_BYTES, BadImageError, decode_photo


def encode(rgb: np.ndarray, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format=fmt, **kw)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_real_photo_decodes_in_each_format(sample_photos, fmt):
    rgb = sample_photos["coffee"]
    out = decode_photo(encode(rgb, fmt))
    assert out.shape == rgb.shape and out.dtype == np.uint8
    assert np.abs(out.astype(int) - rgb.astype(int)).mean() < 8


def test_exif_orientation_is_applied(sample_photos):
    rgb = sample_photos["rocket"]  # portrait 427x640
    img = Image.fromarray(rgb)
    exif = img.getexif()
    exif[0x0112] = 6  # rotate 90° clockwise on display
    buf = io.BytesIO()
    img.save(buf, format="JPEG", exif=exif)
    out = decode_photo(buf.getvalue())
    assert out.shape[:2] == (rgb.shape[1], rgb.shape[0])


def test_grayscale_and_rgba_become_rgb(sample_photos):
    gray = sample_photos["astronaut"].mean(axis=2).astype(np.uint8)
    assert decode_photo(encode(gray, "PNG")).shape[2] == 3
    rgba = np.dstack([sample_photos["coffee"], np.full(sample_photos["coffee"].shape[:2], 128, np.uint8)])
    assert decode_photo(encode(rgba, "PNG")).shape[2] == 3


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"", "empty"),
        (b"%PDF-1.4 not an image at all", "undecodable"),
        (b"\x00" * 10, "undecodable"),
    ],
)
def test_non_images_are_refused_politely(payload, reason):
    with pytest.raises(BadImageError) as err:
        decode_photo(payload)
    assert err.value.reason.startswith(reason)
    assert err.value.user_message


def test_truncated_jpeg_is_refused(sample_photos):
    data = encode(sample_photos["chelsea"], "JPEG")
    with pytest.raises(BadImageError) as err:
        decode_photo(data[: len(data) // 3])
    assert err.value.reason.startswith("undecodable")


def test_decompression_bomb_refused_from_header_alone():
    # A 10000x10000 PNG of one colour compresses to a few hundred KB but would need 300 MB to decode.
    big = Image.new("L", (10_000, 10_000))
    buf = io.BytesIO()
    big.save(buf, format="PNG", optimize=True)
    with pytest.raises(BadImageError) as err:
        decode_photo(buf.getvalue())
    assert err.value.reason == "too_many_pixels"


def test_oversized_file_refused_before_decoding():
    with pytest.raises(BadImageError) as err:
        decode_photo(b"\xff" * (MAX_FILE_BYTES + 1))
    assert err.value.reason == "too_large_bytes"


def test_tiny_image_refused():
    with pytest.raises(BadImageError) as err:
        decode_photo(encode(np.zeros((16, 200, 3), np.uint8), "PNG"))
    assert err.value.reason == "too_small"


def test_animated_gif_refused(sample_photos):
    frames = [Image.fromarray(sample_photos["coffee"]), Image.fromarray(sample_photos["chelsea"][:400, :600])]
    buf = io.BytesIO()
    frames[0].save(buf, format="GIF", save_all=True, append_images=frames[1:], duration=100)
    with pytest.raises(BadImageError) as err:
        decode_photo(buf.getvalue())
    assert err.value.reason == "animated"
