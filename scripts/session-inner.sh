#!/usr/bin/env bash
# Inside dbus-run-session (see dev.sh): unlock a fresh gnome-keyring, start a PulseAudio
# null sink and, where no system journal runs, a private systemd-journald; run the command;
# stop them.
set -u

# The audit trail's journal witness is tested against a real journald. Where none runs
# (containers, CI) and we may (root, mount namespaces), this script re-runs itself in a
# private mount namespace and starts one there: /run/systemd, /run/log and /var/log/journal
# are fresh tmpfs mounts that only this session sees, so the machine's own journal and sockets
# are never touched, and everything is gone when the session ends.
journald=/lib/systemd/systemd-journald
if [ -z "${TALLENNE_PRIVATE_JOURNAL:-}" ] && [ ! -S /run/systemd/journal/socket ] &&
    [ -x "$journald" ] && [ -d /run/systemd ] && [ -d /run/log ] && [ "$(id -u)" -eq 0 ] &&
    unshare --mount --propagation private true 2>/dev/null; then
    exec env TALLENNE_PRIVATE_JOURNAL=1 unshare --mount --propagation private bash "$0" "$@"
fi
journald_pid=
if [ "${TALLENNE_PRIVATE_JOURNAL:-}" = 1 ]; then
    if mount -t tmpfs -o mode=755 tallenne-journal /run/systemd &&
        mount -t tmpfs -o mode=755 tallenne-journal /run/log &&
        { [ ! -d /var/log/journal ] || mount -t tmpfs -o mode=2755 tallenne-journal /var/log/journal; } &&
        mkdir -p /run/systemd/journal; then
        "$journald" </dev/null >/dev/null 2>&1 &
        journald_pid=$!
        for _ in $(seq 100); do
            [ -S /run/systemd/journal/socket ] && break
            sleep 0.05
        done
    fi
    if [ ! -S /run/systemd/journal/socket ]; then
        echo "warning: systemd-journald did not start; the audit journal witness will report" \
            "that it could not be checked" >&2
    fi
elif [ ! -S /run/systemd/journal/socket ]; then
    echo "warning: no systemd-journald runs and none can be started here (needs root and" \
        "mount namespaces); the audit journal witness will report that it could not be checked" >&2
fi

# The audit tests then insist on checking the journal witness instead of skipping it.
[ -S /run/systemd/journal/socket ] && export TALLENNE_REQUIRE_JOURNAL=1

printf 'tallenne-test-keyring' | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
pulseaudio -D --exit-idle-time=-1 -n --load=module-null-sink --load=module-native-protocol-unix \
    2>/dev/null || echo "warning: PulseAudio did not start; playback tests will report no device" >&2
"$@"
rc=$?
pulseaudio --kill 2>/dev/null || true
if [ -n "$journald_pid" ]; then
    kill "$journald_pid" 2>/dev/null || true
    wait "$journald_pid" 2>/dev/null || true
fi
# gnome-keyring-daemon leaves by itself when the D-Bus session ends.
exit $rc
