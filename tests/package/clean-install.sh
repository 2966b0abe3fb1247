#!/bin/sh
# The package on a clean Debian 12: a minimal bookworm system is made with mmdebstrap from Debian's archive,
# apt-get installs the .deb there with the dependencies it declares (Depends only: --no-install-recommends),
# and the installed files are used: --version, man epistle, send --help, Tab completion, the window under Xvfb
# (its screenshot is copied out). Then apt-get remove must leave none of the package's files, and purge none of
# its state. Needs root and Debian's archive; slow (downloads a system), so it is not part of ctest.
#   tests/package/clean-install.sh epistle_VERSION_ARCH.deb [SCREENSHOT.png]
set -eu
deb=$(realpath "$1")
shot=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/epistle-clean.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp "$deb" "$work/epistle.deb"
cp "$here/clean-install-inside.sh" "$work/"

# Only the tools this check uses are added to the minimal system (the variant "apt": essential packages and
# apt): man-db to read the page, bash-completion, desktop-file-utils (whose trigger registers the mailto:
# handler, as on every desktop), Xvfb and xwininfo/xwd to see the window.
mmdebstrap --variant=apt --include=man-db,bash-completion,desktop-file-utils,xvfb,xauth,x11-utils,x11-apps \
    --customize-hook="copy-in $work/epistle.deb $work/clean-install-inside.sh /tmp" \
    --customize-hook='chroot "$1" sh /tmp/clean-install-inside.sh' \
    --customize-hook="copy-out /tmp/window.xwd $work" \
    bookworm /dev/null
if [ -n "$shot" ]; then
    convert "xwd:$work/window.xwd" "$shot"
    echo "the window: $shot"
fi
echo "clean install ok"
