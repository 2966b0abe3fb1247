#include "serverlimits.h"

#include "recentaddresses.h"

#include <QSettings>

ServerLimits::ServerLimits(const QString &settingsPath)
    : m_path(settingsPath.isEmpty() ? RecentAddresses::defaultSettingsPath() : settingsPath)
{ }

qint64 ServerLimits::sizeLimit(const QString &accountId) const
{
    if (accountId.isEmpty()) {
        return -1;
    }
    const QSettings settings(m_path, QSettings::IniFormat);
    return settings.value(QStringLiteral("sizeLimit/") + accountId, -1).toLongLong();
}

void ServerLimits::setSizeLimit(const QString &accountId, qint64 bytes)
{
    if (accountId.isEmpty()) {
        return;
    }
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(QStringLiteral("sizeLimit/") + accountId, bytes);
}
