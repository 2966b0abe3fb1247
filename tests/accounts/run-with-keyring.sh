#!/bin/sh
# Runs a test program inside a private D-Bus session with its own gnome-keyring (Secret Service), the way a
# desktop session has one, but headless and throw-away: a fresh HOME, a "login" keyring created on the spot
# and unlocked with a test password, nothing shared with the person's own keyring or session.
# Usage: run-with-keyring.sh [--hung-service] PROGRAM [ARGS...]   (exit status: the program's)
# The program sees EPISTLE_TEST_KEYRING=1 (=hung with --hung-service: a Secret Service that never answers)
# and EPISTLE_TEST_HOME (the throw-away HOME).
set -eu

hung=0
if [ "${1:-}" = "--hung-service" ]; then
    # Instead of gnome-keyring: a Secret Service that takes every call and never answers.
    hung=1
    shift
fi
if [ $# -lt 1 ]; then
    echo "usage: $0 [--hung-service] PROGRAM [ARGS...]" >&2
    exit 64
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$0: $tool is missing (scripts/deps.sh installs it)" >&2; exit 1; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/epistle-keyring.XXXXXX")
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT INT TERM

HOME="$tmp/home"
XDG_CONFIG_HOME="$HOME/.config"
XDG_DATA_HOME="$HOME/.local/share"
XDG_CACHE_HOME="$HOME/.cache"
XDG_RUNTIME_DIR="$tmp/run"
EPISTLE_TEST_HOME="$HOME"
EPISTLE_TEST_KEYRING=1
export HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR EPISTLE_TEST_HOME EPISTLE_TEST_KEYRING
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 0700 "$XDG_RUNTIME_DIR"
# No display: a keyring prompt must fail at once rather than wait for a window nobody sees.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK || true

# Inside the session: start the daemon with only the Secret Service component, and let it create and unlock
# the login keyring from the password on stdin (it prints environment lines we do not need). The daemon
# ends with the session bus when dbus-run-session ends.
status=0
if [ $hung = 1 ]; then
    EPISTLE_TEST_KEYRING=hung
    here=$(cd "$(dirname "$0")" && pwd)
    dbus-run-session -- sh -c '
        /usr/bin/python3 "$0" > "$HOME/hung.out" 2>&1 &
        service=$!
        i=0
        until grep -q ready "$HOME/hung.out" 2>/dev/null; do
            i=$((i + 1)); [ $i -gt 100 ] && { cat "$HOME/hung.out" >&2; kill $service; exit 1; }
            sleep 0.05
        done
        rc=0
        "$@" || rc=$?
        kill $service 2>/dev/null || true
        exit $rc
    ' "$here/hung-secret-service.py" "$@" || status=$?
    exit $status
fi
dbus-run-session -- sh -c '
    printf %s "epistle-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    exec "$@"
' epistle-keyring "$@" || status=$?
exit $status
