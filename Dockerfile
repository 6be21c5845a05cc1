# captionist: the watch daemon (`watch`, the default) or the HTTP API with the daemon in the same
# process (`serve --config ...`, as docker-compose.yml runs it). Build: docker build -t captionist .
# Volume: /data, one mount holding inbox/ (drop files here), records/ (caption records),
# out/ (done/ failed/ unmatched/ review/) and storage/ (files for API jobs). Keep the inbox and
# out/ in one mount: files are routed with link(2), which fails across mounts. The daemon's
# state (working folder, journal, status) lives in /data/inbox/.captionist; keep it on a local
# disk or set CAPTIONIST_JOURNAL to a local path (SQLite WAL needs shared memory). The same
# image runs the cluster parts (docker compose --profile cluster): `watch` with
# CAPTIONIST_BROKER set, and `worker` (docs/cluster.md).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    CAPTIONIST_INBOX=/data/inbox \
    CAPTIONIST_RECORDS=/data/records \
    CAPTIONIST_DONE=/data/out/done \
    CAPTIONIST_FAILED=/data/out/failed \
    CAPTIONIST_UNMATCHED=/data/out/unmatched \
    CAPTIONIST_REVIEW=/data/out/review \
    CAPTIONIST_LOG_FORMAT=json

WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install --no-cache-dir '.[api,cluster]' \
 && useradd --uid 1000 --create-home captionist \
 && mkdir -p /data/inbox /data/records /data/out /data/storage \
 && chown -R captionist /data
USER captionist
VOLUME ["/data"]
EXPOSE 8750

# healthy while a daemon on /data/inbox updates its status file
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 \
    CMD ["captionist", "status", "/data/inbox", "--check"]

ENTRYPOINT ["captionist"]
CMD ["watch"]
