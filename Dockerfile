# captionist: the watch daemon (`watch`, the default) or the HTTP API with the daemon in the same
# process (`serve --config ...`, as docker-compose.yml runs it). Build: docker build -t captionist .
# Volume: /data, one mount holding inbox/ (drop files here), records/ (caption records),
# out/ (done/ failed/ unmatched/ review/) and storage/ (files for API jobs). Keep the inbox and
# out/ in one mount: files are routed with link(2), which fails across mounts. The daemon's
# state (working folder, journal, status) lives in /data/inbox/.captionist; keep it on a local
# disk or set CAPTIONIST_JOURNAL to a local path (SQLite WAL needs shared memory). The same
# image runs the cluster parts (docker compose --profile cluster): `watch` with
# CAPTIONIST_BROKER set, and `worker` (docs/cluster.md).
#
# BASE: any Debian-based image with Python 3.11+ and its venv module. The default is the
# official slim image; where no registry can be reached, deploy/docker-check.sh builds a
# Debian base with debootstrap and passes it here.
ARG BASE=python:3.11-slim
FROM ${BASE}

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/captionist/bin:$PATH \
    CAPTIONIST_INBOX=/data/inbox \
    CAPTIONIST_RECORDS=/data/records \
    CAPTIONIST_DONE=/data/out/done \
    CAPTIONIST_FAILED=/data/out/failed \
    CAPTIONIST_UNMATCHED=/data/out/unmatched \
    CAPTIONIST_REVIEW=/data/out/review \
    CAPTIONIST_LOG_FORMAT=json

# EXTRA_CA_CERT: PEM text of a CA that a TLS-inspecting proxy between the build and the package
# index signs with (corporate networks); trusted by apt and pip during the build when given.
ARG EXTRA_CA_CERT=""
RUN if [ -n "$EXTRA_CA_CERT" ]; then \
      printf '%s\n' "$EXTRA_CA_CERT" > /usr/local/share/ca-certificates/build-extra.crt && update-ca-certificates; \
    fi
ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt

# ExifTool: `docker compose exec captionist exiftool ...` checks what a file carries with an
# independent reader, as the tests do.
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libimage-exiftool-perl \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
COPY deploy/entrypoint.sh /usr/local/bin/captionist-entrypoint
RUN python3 -m venv /opt/captionist \
 && /opt/captionist/bin/pip install --no-cache-dir -q --upgrade pip \
 && /opt/captionist/bin/pip install --no-cache-dir -q '.[api,cluster]' \
 && useradd --uid 1000 --create-home captionist \
 && mkdir -p /data/inbox /data/records /data/out /data/storage \
 && chown -R captionist /data
# the place index (GeoNames cities500) built into the image, so no request pays its build
ENV XDG_CACHE_HOME=/opt/captionist/cache
RUN /opt/captionist/bin/python -m captionist.places
# The entry point starts as root only to own the mounted /data, then runs as `captionist`.
VOLUME ["/data"]
EXPOSE 8750

# healthy while a daemon on /data/inbox updates its status file
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 \
    CMD ["captionist", "status", "/data/inbox", "--check"]

ENTRYPOINT ["captionist-entrypoint"]
CMD ["watch"]
