#!/bin/sh
# Installs every Debian 12 package that building, running and testing Epistle need.
# Idempotent: only missing packages are installed. As root it runs apt-get; otherwise it
# prints the exact command to run.
set -eu

PACKAGES="
 build-essential cmake ninja-build ccache pkg-config git lld
 qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
 qt6-svg-dev libqt6svg6 qt6-image-formats-plugins qt6-wayland
 libgsasl-dev qtkeychain-qt6-dev
 clang libclang-rt-14-dev llvm clang-format universal-ctags
 openssl ca-certificates
 postfix dovecot-core python3 python3-aiosmtpd
 dbus dbus-bin dbus-daemon gnome-keyring libsecret-tools python3-dbus python3-gi
 dnsmasq-base
 xvfb xauth imagemagick x11-utils desktop-file-utils
 msmtp swaks libnet-ssleay-perl libauthen-sasl-perl gsasl time procps iproute2
 qt6-networkauth-dev libenchant-2-dev hunspell-en-us hunspell-de-de dovecot-imapd
 appstream lintian bash-completion zsh dpkg-dev fakeroot file mmdebstrap
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "Epistle needs these Debian packages:$missing"
    echo "Run: sudo apt-get install -y --no-install-recommends$missing"
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# Postfix asks how to configure itself; the tests run their own private instance, so
# the system one is left unconfigured and never started by us.
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
# Package scripts must not start system daemons (postfix, dovecot, dnsmasq) in a
# container or CI runner; the tests start their own instances on 127.0.0.1.
policy=/usr/sbin/policy-rc.d
made_policy=0
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy"
    chmod +x "$policy"
    made_policy=1
fi
apt-get update -qq || true
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
if [ "$made_policy" = 1 ]; then
    rm -f "$policy"
fi
