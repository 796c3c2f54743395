#!/bin/bash
# Run on a lent accelerator machine (see docs/restoration.md, "Reproduce"): trains mask-wide from
# .gpu/restore/init.keras on the packed photos with Keras's JAX backend (the torch step if JAX fails early),
# into $OUT/run. Carry .gpu/restore (photos.npz, init.keras) and .whl (keras, namex, optree wheels).
# BUDGET: minutes of training (--max-minutes); LR: peak learning rate.
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site \
  .whl/keras-*.whl .whl/namex-*.whl .whl/optree-*.whl || exit 3
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1 OMP_NUM_THREADS=1 TF_CPP_MIN_LOG_LEVEL=2 TQDM_MININTERVAL=15
export TASVEER_SHARED=/nonexistent TASVEER_CACHE=/tmp/cache
nvidia-smi -L; nproc; python3 -c "import jax; print(jax.__version__, jax.devices())"
BUDGET=${BUDGET:-7.0}
go() {
  KERAS_BACKEND=$1 python3 -m training.restore mask-wide --photo-pack .gpu/restore/photos.npz \
    --init-from .gpu/restore/init.keras --out-dir $OUT/run --batch 32 --learning-rate ${LR:-0.0005} --workers 14 \
    --max-minutes $2 > $OUT/train-$1.log 2>&1
}
go jax $BUDGET; rc=$?
echo "jax exit $rc after ${SECONDS}s"
if [ $rc -ne 0 ] && [ $SECONDS -lt 150 ]; then
  rm -rf $OUT/run
  left=$(python3 -c "print(round($BUDGET - $SECONDS / 60 - 0.3, 1))")
  go torch $left; echo "torch exit $? after ${SECONDS}s"
fi
grep -v "it/s\]\|s/it\]" $OUT/train-*.log | tail -n 30
ls -la $OUT $OUT/run
