# The Debian package, made by CPack's DEB generator from this very build (scripts/package; README says why
# CPack rather than debian/ and dpkg-buildpackage). Included at the end of the top CMakeLists.txt, so every
# install() rule is known. `cpack -G DEB` in a build tree writes epistle_VERSION_ARCH.deb.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME epistle)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Epistle developers")
set(CPACK_PACKAGE_CONTACT "${EPISTLE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "mail composer with a dependable SMTP engine")
# Debian's extended description, at most 80 columns a line; CPack indents it and marks the blank lines.
set(CPACK_PACKAGE_DESCRIPTION
"Epistle writes and sends mail through your own SMTP accounts: plain or rich
text, inline images, attachments streamed from disk, drafts that save
themselves, checks before sending, and an outbox that keeps what could not be
sent. It reports exactly what the server replied and never sends a message
twice because it misread a reply.

Accounts are found from the address and checked step by step by a server test
that names the cause of a failure. Certificates are verified, STARTTLS is
never silently dropped, and passwords go to the system keychain.

The same engine works from the command line, like msmtp and swaks: epistle
send, epistle test, and the accounts and outbox, with JSON output and sysexits
exit codes.")
# Installed into /usr with DESTDIR, so that install(CODE) sees the real prefix and puts the zsh completion
# where Debian's zsh looks.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # epistle_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${EPISTLE_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${EPISTLE_PACKAGE_MAINTAINER}")
# The libraries the program links are computed by dpkg-shlibdeps. What it loads at run time cannot be seen
# that way, and is recommended: Wayland, more image formats for pictures in messages, a keychain for
# passwords (without one they are kept for the session only).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-wayland, qt6-image-formats-plugins, gnome-keyring | libkf5wallet-bin | keepassxc")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
