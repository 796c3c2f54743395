"""PartialConv2D against a direct NumPy partial convolution, and the restoration models' `.keras` round-trip."""

from __future__ import annotations

import numpy as np
import pytest

keras = pytest.importorskip("keras")

from inference.restoration.damage_mask_unet import DamageMaskUNet  # noqa: E402
from inference.restoration.partial_conv import PartialConv2D  # noqa: E402
from inference.restoration.partial_conv_unet import PartialConvUNet  # noqa: E402


def numpy_partial_conv(x, m, kernel, bias, stride):
    """Liu et al. eq. (1)-(2), written out loop by loop with TensorFlow's 'same' padding (padding = hole)."""
    n, h, w, cin = x.shape
    k = kernel.shape[0]
    m = np.broadcast_to(m, x.shape) if m.shape[-1] == 1 else m
    out_h, out_w = -(-h // stride), -(-w // stride)
    pad_h = max((out_h - 1) * stride + k - h, 0)
    pad_w = max((out_w - 1) * stride + k - w, 0)
    top, left = pad_h // 2, pad_w // 2
    xp = np.zeros((n, h + pad_h, w + pad_w, cin))
    mp = np.zeros_like(xp)
    xp[:, top : top + h, left : left + w] = x
    mp[:, top : top + h, left : left + w] = m
    out = np.zeros((n, out_h, out_w, kernel.shape[-1]))
    new_mask = np.zeros((n, out_h, out_w, 1))
    for b in range(n):
        for i in range(out_h):
            for j in range(out_w):
                xw = xp[b, i * stride : i * stride + k, j * stride : j * stride + k]
                mw = mp[b, i * stride : i * stride + k, j * stride : j * stride + k]
                valid = mw.sum()
                if valid > 0:
                    out[b, i, j] = np.tensordot(xw * mw, kernel, axes=3) * (k * k * cin / valid) + bias
                    new_mask[b, i, j] = 1.0
    return out, new_mask


@pytest.mark.parametrize(
    ("kernel_size", "stride", "mask_channels", "hole_fraction"),
    [(3, 1, 1, 0.5), (5, 2, 1, 0.7), (3, 2, 4, 0.5), (3, 1, 4, 0.95)],
)
def test_partial_conv_matches_numpy(kernel_size, stride, mask_channels, hole_fraction):
    rng = np.random.default_rng(kernel_size * 10 + stride)
    x = rng.normal(size=(2, 9, 11, 4)).astype(np.float32)
    m = (rng.random((2, 9, 11, mask_channels)) > hole_fraction).astype(np.float32)
    m[0, :5, :6] = 0.0  # a hole wider than the kernel: its centre windows see nothing and stay holes
    layer = PartialConv2D(3, kernel_size, strides=stride)
    y, new_mask = layer([x, m])
    kernel, bias = (v.numpy() if hasattr(v, "numpy") else np.asarray(v) for v in (layer.kernel, layer.bias))
    bias = rng.normal(size=bias.shape).astype(np.float32)
    layer.bias.assign(bias)
    y, new_mask = layer([x, m])
    expected, expected_mask = numpy_partial_conv(x, m, kernel, bias, stride)
    np.testing.assert_allclose(np.asarray(new_mask), expected_mask)
    np.testing.assert_allclose(np.asarray(y), expected, rtol=1e-4, atol=1e-4)
    assert (expected_mask == 0).any() and (expected_mask == 1).any()  # both branches exercised


def test_hole_values_do_not_leak():
    """Whatever garbage the hole holds, the output is the same: holes are truly ignored."""
    rng = np.random.default_rng(0)
    x = rng.random((1, 16, 16, 3)).astype(np.float32)
    m = np.ones((1, 16, 16, 1), np.float32)
    m[:, 4:10, 5:12] = 0
    garbage = np.where(m > 0, x, 1000.0 * rng.normal(size=x.shape)).astype(np.float32)
    layer = PartialConv2D(5, 3)
    np.testing.assert_allclose(np.asarray(layer([x, m])[0]), np.asarray(layer([garbage, m])[0]), atol=1e-5)


def test_grown_inpainter_computes_what_it_grew_from_until_trained():
    """Refinement blocks start as the identity, so `inpaint-deep` starts exactly at the shipped model's quality;
    once their weights move they change the fill, and hole values still never leak through them."""
    from training.restore import warm_start

    rng = np.random.default_rng(2)
    image = rng.random((2, 32, 32, 3)).astype(np.float32)
    mask = (rng.random((2, 32, 32, 1)) > 0.3).astype(np.float32)
    mask[:, 8:24, 8:24] = 0  # a hole larger than the first levels' windows: masks still have holes deeper down
    small = PartialConvUNet(base_filters=4, depth=3, max_filters=8)
    for weight in small.get_layer("output").weights:
        weight.assign(rng.normal(size=weight.shape).astype(np.float32) * 0.1)
    grown = PartialConvUNet(base_filters=4, depth=3, max_filters=8, refine_blocks=2)
    assert warm_start(grown, small) == sum(1 for layer in small.layers if layer.weights)
    assert grown.count_params() > small.count_params()
    inputs = {"image": image, "mask": mask}
    np.testing.assert_array_equal(np.asarray(grown(inputs)), np.asarray(small(inputs)))

    for name in ("enc2_res0b", "dec1_res1b", "dec2_res0b"):
        for weight in grown.get_layer(name).weights:
            weight.assign(rng.normal(size=weight.shape).astype(np.float32) * 0.1)
    changed = np.asarray(grown(inputs))
    assert np.abs(changed - np.asarray(small(inputs))).max() > 1e-3
    garbage = np.where(mask > 0, image, 100.0 * rng.normal(size=image.shape)).astype(np.float32)
    np.testing.assert_allclose(np.asarray(grown({"image": garbage, "mask": mask})), changed, atol=1e-4)


def test_grown_mask_model_computes_what_it_grew_from_until_trained():
    """`mask-deep`'s residual blocks (last batch-norm scale zero) add nothing until trained."""
    from training.restore import warm_start

    x = np.random.default_rng(3).random((1, 32, 32, 3)).astype(np.float32)
    small = DamageMaskUNet(base_filters=4, depth=3, max_filters=8)
    grown = DamageMaskUNet(base_filters=4, depth=3, max_filters=8, refine_levels=2)
    assert warm_start(grown, small) == sum(1 for layer in small.layers if layer.weights)
    np.testing.assert_array_equal(np.asarray(grown(x)), np.asarray(small(x)))
    grown.get_layer("dec0_res_bn1").gamma.assign(np.ones(4, np.float32))
    assert np.abs(np.asarray(grown(x)) - np.asarray(small(x))).max() > 1e-4


@pytest.mark.parametrize("model_class", ["mask", "inpaint"])
def test_models_round_trip_keras_file(tmp_path, model_class):
    rng = np.random.default_rng(1)
    image = rng.random((1, 32, 32, 3)).astype(np.float32)
    if model_class == "mask":
        model = DamageMaskUNet(base_filters=4, depth=3, max_filters=8)
        inputs = image
    else:
        model = PartialConvUNet(base_filters=4, depth=3, max_filters=8, refine_blocks=1)
        mask = (rng.random((1, 32, 32, 1)) > 0.3).astype(np.float32)
        inputs = {"image": image, "mask": mask}
        for weight in model.get_layer("output").weights:  # zero-initialised; make the output informative
            weight.assign(rng.normal(size=weight.shape).astype(np.float32) * 0.1)
    expected = np.asarray(model(inputs))
    path = tmp_path / f"{model_class}.keras"
    model.save(path)
    loaded = keras.saving.load_model(path)
    assert type(loaded) is type(model)
    assert loaded.get_config() == model.get_config()
    np.testing.assert_allclose(np.asarray(loaded(inputs)), expected, atol=1e-5)
    if model_class == "mask":
        assert expected.shape == (1, 32, 32, 1) and expected.min() >= 0.0 and expected.max() <= 1.0
    else:
        assert expected.shape == (1, 32, 32, 3)
