#!/bin/sh
# Makes the Debian package from a build tree (cpack, as scripts/package does, into a scratch folder) and
# checks it without installing it: its name and fields (version from project(VERSION), dependencies that
# dpkg-shlibdeps computed), exactly the expected files (so no test program or test data, and nothing new
# unnoticed), the packaged program's --version and --help, the launcher, the AppStream metadata and the
# manual page as validators see them, and lintian (no error, no warning).
#   check-deb.sh BUILD_DIR VERSION SOURCE_DIR [SANITIZED]
# SANITIZED (1 for a sanitizer build): its programs are linked without PIE for the suite's start-up time
# (CMakeLists.txt), so lintian's hardening-no-pie is expected there; the release package has PIE and lintian
# checks it.
set -eu
build=$1
version=$2
source=$3
sanitized=${4:-0}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail=0
problem() {
    echo "FAIL: $*"
    fail=1
}

(cd "$build" && cpack -G DEB -B "$scratch/cpack" >"$scratch/cpack.log" 2>&1) || {
    cat "$scratch/cpack.log"
    exit 1
}
arch=$(dpkg --print-architecture)
deb="$scratch/cpack/epistle_${version}_${arch}.deb"
if [ ! -f "$deb" ]; then
    echo "FAIL: no $(basename "$deb"); cpack made: $(ls "$scratch/cpack")"
    exit 1
fi

# ---- Control fields ----
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = epistle ] || problem "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || problem "Version is '$(field Version)', the project's is $version"
[ "$(field Architecture)" = "$arch" ] || problem "Architecture is '$(field Architecture)'"
[ "$(field Section)" = mail ] || problem "Section is '$(field Section)'"
depends=$(field Depends)
echo "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//' >"$scratch/depends"
for lib in libc6 libstdc++6 libqt6core6 libqt6network6 libqt6networkauth6 libqt6gui6 libqt6widgets6 libqt6svg6 \
    libqt6keychain1 libgsasl18; do
    grep -qxF "$lib" "$scratch/depends" || problem "Depends lacks $lib (dpkg-shlibdeps should have found it): $depends"
done

# ---- Exactly these files ----
cat >"$scratch/expected" <<'EOF'
./usr/bin/epistle
./usr/libexec/epistle/epistle-gui
./usr/share/applications/io.github.epistle.Epistle.desktop
./usr/share/bash-completion/completions/epistle
./usr/share/doc/epistle/changelog.gz
./usr/share/doc/epistle/copyright
./usr/share/icons/hicolor/scalable/apps/epistle.svg
./usr/share/man/man1/epistle.1.gz
./usr/share/metainfo/io.github.epistle.Epistle.metainfo.xml
./usr/share/zsh/vendor-completions/_epistle
EOF
dpkg-deb --contents "$deb" | awk '$1 !~ /^d/ { print $6 }' | sort >"$scratch/files"
if ! diff -u "$scratch/expected" "$scratch/files" >"$scratch/files.diff"; then
    problem "the package's files are not the expected ones (- expected, + packaged):"
    sed -n '3,$p' "$scratch/files.diff"
fi
dpkg-deb --contents "$deb" | awk '{ print $2 " " $6 }' | grep -v '^root/root ' \
    && problem "files not owned by root:root"

# ---- What is inside works as installed ----
root="$scratch/root"
dpkg-deb --extract "$deb" "$root"
epistle="$root/usr/bin/epistle"
[ "$("$epistle" --version)" = "epistle $version" ] || problem "the packaged epistle --version says '$("$epistle" --version)'"
"$epistle" send --help | grep -q -- '--password-env' || problem "the packaged epistle send --help lists no --password-env"
for program in "$epistle" "$root/usr/libexec/epistle/epistle-gui"; do
    file "$program" | grep -q 'stripped' && ! file "$program" | grep -q 'not stripped' \
        || problem "the packaged program is not stripped: $(file "$program")"
done
# The command line stays free of the GUI libraries (a send from a script starts as fast as a QtCore program);
# the window program has them.
objdump -p "$epistle" | grep NEEDED | grep -q 'libQt6\(Gui\|Widgets\)' \
    && problem "the packaged epistle (the command line) needs the GUI libraries: $(objdump -p "$epistle" | grep NEEDED)"
objdump -p "$root/usr/libexec/epistle/epistle-gui" | grep NEEDED | grep -q 'libQt6Widgets' \
    || problem "the packaged epistle-gui does not need QtWidgets: is it the window program?"

desktop="$root/usr/share/applications/io.github.epistle.Epistle.desktop"
desktop-file-validate "$desktop" || problem "desktop-file-validate rejects the launcher"
grep -q '^MimeType=.*x-scheme-handler/mailto;' "$desktop" || problem "the launcher is no mailto: handler"
grep -q '^Exec=epistle %u$' "$desktop" || problem "the launcher does not pass the URL (%u)"

metainfo="$root/usr/share/metainfo/io.github.epistle.Epistle.metainfo.xml"
# --no-net: the screenshots' addresses are not fetched here (the tests contact nothing but loopback).
appstreamcli validate --no-net "$metainfo" >"$scratch/appstream.log" 2>&1 \
    || { problem "appstreamcli validate:"; cat "$scratch/appstream.log"; }
/usr/bin/python3 - "$metainfo" "$version" "$source" <<'EOF' || problem "the metainfo does not match the package"
import os, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
problems = []
if root.findtext("id") != "io.github.epistle.Epistle":
    problems.append(f"id {root.findtext('id')}")
if root.findtext("launchable[@type='desktop-id']") != root.findtext("id") + ".desktop":
    problems.append("the launchable is not the .desktop file named after the id")
if root.find("releases/release").get("version") != sys.argv[2]:
    problems.append(f"the release is {root.find('releases/release').get('version')}")
provides = {(e.tag, e.text) for e in root.find("provides")}
for wanted in (("binary", "epistle"), ("mediatype", "x-scheme-handler/mailto")):
    if wanted not in provides:
        problems.append(f"it does not provide {wanted}")
if len(root.findall("screenshots/screenshot")) < 3:
    problems.append("fewer than three screenshots")
for image in root.iter("image"):
    if not os.path.exists(os.path.join(sys.argv[3], "docs", "screenshots", image.text.rsplit("/", 1)[-1])):
        problems.append(f"the screenshot {image.text} is not in docs/screenshots")
if problems:
    print("\n".join(problems))
sys.exit(1 if problems else 0)
EOF

gzip -t "$root/usr/share/man/man1/epistle.1.gz" || problem "the manual page is not a valid gzip file"
man_warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$root/usr/share/man/man1/epistle.1.gz" 2>&1 >/dev/null)
[ -z "$man_warnings" ] || problem "man warns about the page: $man_warnings"

# ---- lintian: no error and no warning (its notes, I:, are left to scripts/package's reader) ----
lintian --fail-on error,warning $([ "$sanitized" = 1 ] && echo --suppress-tags hardening-no-pie) "$deb" >"$scratch/lintian.log" 2>&1 \
    || { problem "lintian:"; grep -v 'running with root privileges' "$scratch/lintian.log"; }

[ $fail = 0 ] && echo "epistle_${version}_${arch}.deb: fields, files, program, launcher, metainfo, manual and lintian ok"
exit $fail
