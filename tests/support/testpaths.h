#pragma once

#include <QString>

// Where the test helpers find their scripts and keep generated files; one place, so a
// relocated build (EPISTLE_SOURCE_DIR set by CTest) and a hand run agree.
namespace TestPaths {

// The source tree: $EPISTLE_SOURCE_DIR when set (CTest sets it), else the configure-time path.
QString sourceDirectory();
// tests/servers in the source tree: make-certs.sh, postfix-instance, aiosmtpd_server.py...
QString serversDirectory();
// Where TestCertificates generates the certificates: $EPISTLE_TEST_CERT_DIR when set, else
// tests/certs in the build tree (so they are made once per build, not once per test process).
QString certificateDirectory();
// Parent of every running test-server instance (/tmp/epistle-servers): short, because Unix
// socket paths inside it must stay under 108 bytes; fixed, so a later run can find and stop
// instances that a killed test process left behind.
QString serverRegistryDirectory();
// Debian's interpreter, which has python3-aiosmtpd (the `python3` on PATH may not).
QString systemPython();

} // namespace TestPaths
