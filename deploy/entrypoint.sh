#!/bin/sh
# Container entry point. Docker creates a bind-mounted ./data as root on the host, while
# captionist runs as the unprivileged user `captionist` (uid 1000): as root, make the folders
# the daemon and the API write to and hand them to that user, then drop root for good and run
# captionist with the container's arguments. PID 1 is `init` (compose `init: true`), which
# passes SIGTERM on: captionist finishes the files in flight and exits 0.
set -eu
if [ "$(id -u)" = 0 ]; then
    for d in /data /data/inbox /data/records /data/out /data/storage; do
        mkdir -p "$d"
        [ "$(stat -c %u "$d")" = 1000 ] || chown 1000:1000 "$d"
    done
    exec setpriv --reuid=1000 --regid=1000 --init-groups captionist "$@"
fi
exec captionist "$@"
