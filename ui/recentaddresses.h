#pragma once

#include "mime/mailaddress.h"

#include <QString>
#include <QStringList>
#include <QStringListModel>

// The addresses the person has sent to, most recent first, for completing To / Cc / Bcc. Kept in
// QSettings under QStandardPaths::AppConfigLocation (ui.conf, key "recentAddresses"): it is a convenience
// list of what was typed, not account or message state, and losing it costs nothing.
class RecentAddresses : public QStringListModel
{
    Q_OBJECT
public:
    // 'settingsPath' empty: AppConfigLocation/ui.conf.
    explicit RecentAddresses(const QString &settingsPath = {}, QObject *parent = nullptr);

    static QString defaultSettingsPath();
    QString settingsPath() const { return m_path; }

    // Puts these addresses first ("Name <address>"), dropping older entries for the same mailbox, and saves.
    void remember(const QList<MailAddress> &addresses);
    // The entries, most recent first.
    QStringList addresses() const { return stringList(); }

    static constexpr int MaxEntries = 500;

private:
    void save();
    QString m_path;
};
