#!/bin/sh
# A 100 MB attachment: `epistle send --dry-run --output /dev/null` and `epistle send` to the local Postfix
# (STARTTLS, through the outbox as every send goes), beside `base64 -w 76` of the same file; wall time and
# peak RSS from /usr/bin/time -v, best of RUNS. Also the engine alone (epistle-large-send), which reports the
# largest gap between 1 ms timer ticks while it sends: how long the event loop was ever blocked. And, for a
# peer's floor on the same server, the composed message (written once with --dry-run) sent as a prepared .eml
# by `epistle send --eml` and by msmtp: what the server's TLS and queue writing cost any client.
# Targets: dry run at most 1.5x base64's time; peak RSS at most 48 MB either way; event-loop gap under 50 ms.
# Usage: tests/bench/large/run.sh [BUILD_DIR] [RUNS]
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
build=${1:-$root/build}
runs=${2:-3}
epistle="$build/app/epistle"
engine="$build/tests/bench/epistle-large-send"

work=$(mktemp -d /tmp/epistle-large-XXXXXX)
chmod 755 "$work"
cleanup() {
    "$root/tests/servers/postfix-instance" destroy "$work/postfix" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
out=$("$root/tests/servers/postfix-instance" start "$work/postfix" --owner $$ --size 0 \
      --set 'transport_maps = static:discard:benchmark')
port=$(echo "$out" | sed -n 's/^SUBMISSION=//p')
plain=$(echo "$out" | sed -n 's/^PLAIN=//p')
ca="$work/postfix/certs/ca.pem"
input="$work/attachment.bin"
head -c 104857600 /dev/urandom > "$input"
cat "$input" > /dev/null

export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" SMTP_PW='correct horse'

measure() {
    name=$1
    shift
    best=""
    rss=0
    i=0
    while [ "$i" -lt "$runs" ]; do
        /usr/bin/time -v -o "$work/time" "$@" > "$work/stdout" 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
        wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time" \
               | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
        kib=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
        if [ -z "$best" ] || awk "BEGIN { exit !($wall < $best) }"; then best=$wall; fi
        if [ "$kib" -gt "$rss" ]; then rss=$kib; fi
        i=$((i + 1))
        rm -rf "$XDG_DATA_HOME"
    done
    last_wall=$best
    printf '%-46s %7.2f s %7.1f MB' "$name" "$best" "$(awk "BEGIN { print $rss / 1024 }")"
}

echo "100 MiB of random bytes; best of $runs runs; RSS is the peak resident set size"
printf '%-46s %9s %10s %s\n' "command" "wall" "peak RSS" "  vs base64"
measure "base64 -w 76 FILE > /dev/null" base64 -w 76 "$input"
base=$last_wall
echo
measure "epistle send --dry-run --output /dev/null" "$epistle" send --dry-run --output /dev/null \
    --from alice@example.test --to bob@example.test --subject big --body 'see attached' --attach "$input"
printf '  %.2fx\n' "$(awk "BEGIN { print $last_wall / $base }")"
measure "epistle send (STARTTLS, AUTH PLAIN, Postfix)" "$epistle" send --server "localhost:$port" \
    --security starttls --ca-file "$ca" --user alice@example.test --password-env SMTP_PW --auth plain \
    --from alice@example.test --to bob@example.test --subject big --body 'see attached' --attach "$input"
printf '  %.2fx\n' "$(awk "BEGIN { print $last_wall / $base }")"
measure "engine alone (epistle-large-send, STARTTLS)" "$engine" localhost "$plain" "$ca" "$input"
printf '  %.2fx\n' "$(awk "BEGIN { print $last_wall / $base }")"
sed 's/^/    /' "$work/stdout"
"$epistle" send --dry-run --output "$work/big.eml" --from alice@example.test --to bob@example.test \
    --subject big --body 'see attached' --attach "$input"
echo "the same message prepared: $(($(stat -c %s "$work/big.eml") / 1048576)) MiB"
measure "epistle send --eml (prepared message)" "$epistle" send --server "localhost:$port" \
    --security starttls --ca-file "$ca" --user alice@example.test --password-env SMTP_PW --auth plain \
    --eml "$work/big.eml"
printf '  %.2fx\n' "$(awk "BEGIN { print $last_wall / $base }")"
if command -v msmtp >/dev/null; then
    measure "msmtp (prepared message)" sh -c "exec msmtp --host=127.0.0.1 --port=$port --tls=on \
        --tls-starttls=on --tls-trust-file='$ca' --auth=plain --user=alice@example.test \
        --passwordeval='echo \"\$SMTP_PW\"' --from=alice@example.test bob@example.test < '$work/big.eml'"
    printf '  %.2fx\n' "$(awk "BEGIN { print $last_wall / $base }")"
fi
