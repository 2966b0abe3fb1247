#!/bin/sh
# Runs a test program inside a private D-Bus session with its own gnome-keyring (Secret Service), the way a
# desktop session has one, but headless and throw-away: a fresh HOME, a "login" keyring created on the spot
# and unlocked with a test password, nothing shared with the person's own keyring or session.
# Usage: run-with-keyring.sh PROGRAM [ARGS...]   (exit status: the program's)
# The program sees EPISTLE_TEST_KEYRING=1 and EPISTLE_TEST_HOME (the throw-away HOME).
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 PROGRAM [ARGS...]" >&2
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
dbus-run-session -- sh -c '
    printf %s "epistle-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    exec "$@"
' epistle-keyring "$@" || status=$?
exit $status
