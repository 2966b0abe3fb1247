#include "testpaths.h"

#include <QDir>

namespace TestPaths {

QString sourceDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("EPISTLE_SOURCE_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(EPISTLE_SOURCE_DIR) : fromEnvironment;
}

QString serversDirectory()
{
    return sourceDirectory() + QStringLiteral("/tests/servers");
}

QString certificateDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("EPISTLE_TEST_CERT_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(EPISTLE_TEST_CERT_DIR) : fromEnvironment;
}

QString serverRegistryDirectory()
{
    return QStringLiteral("/tmp/epistle-servers");
}

QString systemPython()
{
    return QStringLiteral("/usr/bin/python3");
}

} // namespace TestPaths
