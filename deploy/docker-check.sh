#!/usr/bin/env bash
# Build the image and run the one-container compose stack from this checkout, as a newcomer's
# `docker compose up -d` would, then prove it works: healthy, a dropped picture captioned,
# SIGTERM ends it with exit status 0. Needs a Docker engine and docker compose (v2 plugin or
# docker-compose v1). Where no registry image can be pulled, BASE_FROM=debootstrap makes a
# Debian base with debootstrap (`apt-get install debootstrap`) and builds on that instead.
#
#   deploy/docker-check.sh                       # on python:3.11-slim from a registry
#   BASE_FROM=debootstrap deploy/docker-check.sh # on a local Debian bookworm base
set -euo pipefail
cd "$(dirname "$0")/.."
compose() { if docker compose version >/dev/null 2>&1; then docker compose "$@"; else docker-compose "$@"; fi; }
say() { printf '\n== %s\n' "$*"; }

if [ "${BASE_FROM:-registry}" = debootstrap ]; then
    base=captionist-base:bookworm
    if ! docker image inspect "$base" >/dev/null 2>&1; then
        root=$(mktemp -d)
        say "debootstrap a Debian bookworm base into $root"
        debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates bookworm "$root" >/dev/null
        tar -C "$root" -c . | docker import - "$base"
        rm -rf "$root"
    fi
    export CAPTIONIST_BASE_IMAGE=$base
fi

# Behind a TLS-inspecting proxy, the build trusts the CAs this machine added to its own store.
if [ -z "${CAPTIONIST_EXTRA_CA_CERT:-}" ] && ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
    CAPTIONIST_EXTRA_CA_CERT=$(cat /usr/local/share/ca-certificates/*.crt)
    export CAPTIONIST_EXTRA_CA_CERT
fi

export CAPTIONIST_API_TOKENS=${CAPTIONIST_API_TOKENS:-docker-check-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')}
export CAPTIONIST_HEALTH_INTERVAL=5s
work=$(mktemp -d)
trap 'compose down -v >/dev/null 2>&1 || true; rm -rf data.docker-check-backup' EXIT
[ ! -e data ] || mv data data.docker-check-backup   # a fresh checkout has no ./data: start like one

say "build"
time compose build
say "up"
compose up -d
cid=$(compose ps -q captionist)
for _ in $(seq 60); do
    state=$(docker inspect -f '{{.State.Health.Status}}' "$cid")
    [ "$state" = healthy ] && break
    [ "$(docker inspect -f '{{.State.Status}}' "$cid")" = running ] || { compose logs; exit 1; }
    sleep 2
done
echo "health: $state"; [ "$state" = healthy ] || { compose logs; exit 1; }
ls -ln data

say "drop a picture and its record"
cp samples/records.json data/records/records.json
cp samples/images/kyiv-metro-shelter.jpg "$work/"
cp "$work/kyiv-metro-shelter.jpg" data/inbox/
for _ in $(seq 60); do [ -e data/out/done/kyiv-metro-shelter.jpg ] && break; sleep 1; done
ls -l data/out/done
docker exec "$cid" exiftool -s -XMP-photoshop:City -IPTC:By-line -XMP-dc:Creator /data/out/done/kyiv-metro-shelter.jpg

say "SIGTERM"
compose stop
docker inspect -f 'exit status {{.State.ExitCode}}' "$cid"
test "$(docker inspect -f '{{.State.ExitCode}}' "$cid")" = 0
rm -rf data
say "ok"
