# syntax=docker/dockerfile:1
# Two images from one file:
#   docker build --target bot    -t tasveer-bot .     # python-telegram-bot, no TensorFlow
#   docker build --target worker -t tasveer-worker .  # TensorFlow + the shipped weights
# The bot needs only inference.contract / inference.queue (TensorFlow-free) from the inference package.

ARG PYTHON_VERSION=3.11

FROM python:${PYTHON_VERSION}-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN useradd --create-home --uid 10001 tasveer
WORKDIR /app
COPY pyproject.toml README.md ./

# ---- bot: no TensorFlow, no model weights ----------------------------------------------------------
FROM base AS bot
COPY bot/ bot/
COPY inference/ inference/
# The bot image carries no model weights; the check below fails the build if the bot's imports ever
# pull in TensorFlow (or numpy, which the bot image doesn't install).
RUN rm -rf inference/weights inference/data \
 && pip install ".[bot]" \
 && python -c "import sys, bot.__main__, inference.queue; assert not {'tensorflow', 'numpy'} & set(sys.modules)" \
 && ! pip show tensorflow tensorflow-cpu >/dev/null 2>&1
USER tasveer
EXPOSE 8443 9101
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('BOT_METRICS_PORT', '9101'), timeout=4)"
CMD ["python", "-m", "bot"]

# ---- worker: TensorFlow + weights ------------------------------------------------------------------
FROM base AS worker
# Heavy, rarely changing dependencies first so code edits don't reinstall TensorFlow.
RUN pip install "tensorflow-cpu>=2.16" "keras>=3.0" "numpy>=1.26"
COPY bot/ bot/
COPY inference/ inference/
COPY training/ training/
RUN pip install ".[worker]"
USER tasveer
EXPOSE 9100
# Ready (200) only once the models are loaded; loading can take a while on a cold start.
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s --retries=3 \
  CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('METRICS_PORT', '9100'), timeout=4)"
# SIGTERM: the worker finishes its current job, publishes it, then exits (see stop_grace_period).
STOPSIGNAL SIGTERM
CMD ["python", "-m", "inference", "worker"]
