#include "undosendsetting.h"

#include "recentaddresses.h"

#include <QSettings>

namespace {

const QString key = QStringLiteral("composer/undoSendSeconds");

} // namespace

UndoSendSetting::UndoSendSetting(const QString &settingsPath)
    : m_path(settingsPath.isEmpty() ? RecentAddresses::defaultSettingsPath() : settingsPath)
{ }

QList<int> UndoSendSetting::choices()
{
    return { 0, 5, 10, 20, 30 };
}

int UndoSendSetting::seconds() const
{
    const QSettings settings(m_path, QSettings::IniFormat);
    bool ok = false;
    const int value = settings.value(key, DefaultSeconds).toInt(&ok);
    // A hand-edited file with another value falls back to the default rather than to a surprise.
    return ok && choices().contains(value) ? value : DefaultSeconds;
}

void UndoSendSetting::setSeconds(int seconds)
{
    if (!choices().contains(seconds)) {
        return;
    }
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(key, seconds);
}
