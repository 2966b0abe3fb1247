#pragma once

#include "smtp/smtptransaction.h"

#include <QCoreApplication>
#include <QString>

class MessageBanner;

// What the composer's banner says once a message went: whom the server took it for (and whom it refused),
// the warning about a login that went unencrypted, and, for the local test server, where the message
// landed, with buttons that open it and its folder.
class SentNotice
{
    Q_DECLARE_TR_FUNCTIONS(SentNotice)

public:
    // Fills 'banner'. 'localFolder': the demo server's folder when the message went to it, else empty.
    static void show(MessageBanner *banner, const SmtpSendResult &result, const QString &insecureWarning,
        const QString &localFolder);
    // The file the demo server saved the message as (its reply ends "Saved as NAME.eml"), when it is in
    // 'folder'; else empty.
    static QString savedFile(const SmtpReply &reply, const QString &folder);
};
