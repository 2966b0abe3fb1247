#!/bin/sh
# Installs the build into a scratch prefix and checks what the desktop needs: the program, the launcher
# declaring the mailto: handler (valid by desktop-file-validate) and the scalable icon, in the XDG places.
#   check-install.sh BUILD_DIR
set -eu
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
fail=0
for f in bin/epistle share/applications/io.github.epistle.Epistle.desktop share/icons/hicolor/scalable/apps/epistle.svg; do
    if [ ! -f "$prefix/$f" ]; then
        echo "missing after install: $f"
        fail=1
    fi
done
desktop="$prefix/share/applications/io.github.epistle.Epistle.desktop"
if [ -f "$desktop" ]; then
    grep -q '^MimeType=.*x-scheme-handler/mailto;' "$desktop" || { echo "the .desktop file does not declare x-scheme-handler/mailto"; fail=1; }
    grep -q '^Exec=epistle %u$' "$desktop" || { echo "the .desktop file does not pass the URL (%u)"; fail=1; }
    grep -q '^Icon=epistle$' "$desktop" || { echo "the .desktop file does not name the installed icon"; fail=1; }
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$desktop" || fail=1
    fi
fi
icon="$prefix/share/icons/hicolor/scalable/apps/epistle.svg"
if [ -f "$icon" ]; then
    /usr/bin/python3 -c 'import sys, xml.etree.ElementTree as ET; r = ET.parse(sys.argv[1]).getroot(); sys.exit(0 if r.tag.endswith("svg") else 1)' "$icon" \
        || { echo "the icon is not an SVG document"; fail=1; }
fi
[ $fail = 0 ] && echo "install layout ok"
exit $fail
