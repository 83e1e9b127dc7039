# Accord's container: the bot and its web endpoints on $PORT, migrations applied at start, run as a non-root user.
#   docker build -t accord . && docker run -p 3978:3978 --env-file .env accord
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PORT=3978 \
    LOG_FORMAT=json

WORKDIR /app
COPY pyproject.toml app.py ./
COPY bot ./bot
COPY cards ./cards
COPY storage ./storage
COPY board ./board
COPY deploy/entrypoint.sh /usr/local/bin/accord-entrypoint
# The package without its dev extras; ./data is where the default SQLite file would go (production: DATABASE_URL).
RUN pip install . \
    && rm -rf build ./*.egg-info \
    && chmod 0755 /usr/local/bin/accord-entrypoint \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin accord \
    && mkdir -p /app/data && chown accord /app/data

USER accord
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '3978'), timeout=4)"
ENTRYPOINT ["accord-entrypoint"]
