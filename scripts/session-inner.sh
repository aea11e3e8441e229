#!/usr/bin/env bash
# Inside dbus-run-session (see dev.sh): unlock a fresh gnome-keyring, start a PulseAudio
# null sink, run the command, stop the sink.
set -u
printf 'tallenne-test-keyring' | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
pulseaudio -D --exit-idle-time=-1 -n --load=module-null-sink --load=module-native-protocol-unix \
    2>/dev/null || echo "warning: PulseAudio did not start; playback tests will report no device" >&2
"$@"
rc=$?
pulseaudio --kill 2>/dev/null || true
# gnome-keyring-daemon leaves by itself when the D-Bus session ends.
exit $rc
