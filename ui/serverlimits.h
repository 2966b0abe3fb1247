#pragma once

#include <QString>

// What the composer knows about an account's server between sessions: the SIZE limit it announced in its
// last EHLO (RFC 1870), so a message too large for it is caught before sending rather than after the
// upload. Learnt from every send and every server test; kept in QSettings beside RecentAddresses, keyed by
// account id (a cache: forgetting it only means the check waits for the next session).
class ServerLimits
{
public:
    explicit ServerLimits(const QString &settingsPath = {});

    // -1 when unknown; 0 when the server announced SIZE without a limit.
    qint64 sizeLimit(const QString &accountId) const;
    void setSizeLimit(const QString &accountId, qint64 bytes);

private:
    QString m_path;
};
