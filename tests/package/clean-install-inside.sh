#!/bin/sh
# Runs inside the clean system clean-install.sh makes (as root, in its chroot); see there.
set -eu
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

apt-get install -y --no-install-recommends /tmp/epistle.deb
version=$(dpkg-query -W -f '${Version}' epistle)
dpkg -L epistle >/tmp/files

[ "$(epistle --version)" = "epistle $version" ] || fail "epistle --version says '$(epistle --version)'"
MANWIDTH=80 man epistle | grep -q 'epistle - write and send mail' || fail "man epistle does not show the page"
man -k epistle | grep -q '^epistle (1)' || fail "the manual page is not in man-db's index"
epistle send --help | grep -q -- '--password-env' || fail "epistle send --help lists no --password-env"
bash -c '. /usr/share/bash-completion/bash_completion; _completion_loader epistle; complete -p epistle' \
    | grep -q '_epistle' || fail "bash-completion does not load the completion"
grep -q 'x-scheme-handler/mailto=io.github.epistle.Epistle.desktop' /usr/share/applications/mimeinfo.cache \
    || fail "the desktop database does not know the mailto: handler"

# The window, as a person without any settings meets it (a fresh home, no keychain, no account).
useradd --create-home person
su person -c 'cd && xvfb-run -a -s "-screen 0 1024x768x24" sh -c "
    epistle mailto:bob@example.org?subject=Clean%20install >epistle.log 2>&1 & sleep 10
    xwininfo -root -tree >tree.txt; xwd -root -silent >/tmp/window.xwd; kill \$!"'
grep -q 'Clean install — Epistle' /home/person/tree.txt || {
    cat /home/person/epistle.log
    fail "no composer window appeared"
}

apt-get remove -y epistle
# A folder may stay when another package owns it too (/usr/share/man/man1); nothing else may.
while read -r f; do
    if [ "$f" = /. ] || ! [ -e "$f" ]; then
        continue
    fi
    if ! [ -d "$f" ]; then
        fail "apt-get remove left $f"
    fi
    dpkg-query -S "$f" >/dev/null 2>&1 || fail "apt-get remove left the folder $f, which no package owns"
done </tmp/files
# Nothing is left to purge: the package has no configuration files (dpkg forgets it at remove).
dpkg --purge epistle
if dpkg-query -W epistle 2>/dev/null; then
    fail "dpkg still knows epistle after purge"
fi
ls /var/lib/dpkg/info/epistle.* 2>/dev/null && fail "dpkg keeps files of epistle after purge"
echo "inside: installed $version with its dependencies, used it, removed it without a trace"
