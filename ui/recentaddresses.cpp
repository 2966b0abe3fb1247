#include "recentaddresses.h"

#include "mime/addressparser.h"

#include <QSettings>
#include <QStandardPaths>

namespace {
const auto Key = QStringLiteral("recentAddresses");

QString keyOf(const QString &entry)
{
    const AddressParser::Result parsed = AddressParser::parseMailbox(entry);
    const QList<MailAddress> boxes = parsed.addresses.mailboxes();
    return boxes.isEmpty() ? entry.toLower() : boxes.first().mailboxKey();
}
} // namespace

RecentAddresses::RecentAddresses(const QString &settingsPath, QObject *parent)
    : QStringListModel(parent), m_path(settingsPath.isEmpty() ? defaultSettingsPath() : settingsPath)
{
    const QSettings settings(m_path, QSettings::IniFormat);
    setStringList(settings.value(Key).toStringList().mid(0, MaxEntries));
}

QString RecentAddresses::defaultSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/ui.conf");
}

void RecentAddresses::remember(const QList<MailAddress> &addresses)
{
    if (addresses.isEmpty()) {
        return;
    }
    QStringList list = stringList();
    QStringList added;
    for (const MailAddress &address : addresses) {
        if (address.isEmpty()) {
            continue;
        }
        const QString key = address.mailboxKey();
        // Keep a name learnt earlier when this time the address came bare.
        QString display = address.toDisplayString();
        for (int i = int(list.size()) - 1; i >= 0; --i) {
            if (keyOf(list.at(i)) == key) {
                if (address.name().isEmpty()) {
                    display = list.at(i);
                }
                list.removeAt(i);
            }
        }
        added << display;
    }
    list = added + list;
    setStringList(list.mid(0, MaxEntries));
    save();
}

void RecentAddresses::save()
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(Key, stringList());
}
