#pragma once

#include "smtp/smtp.h"
#include "smtp/smtpconnectionsettings.h"

#include <QCoreApplication>
#include <QString>

// Words the windows share for the engine's settings, so that the account editor, the server test and the
// composer's error panel call the same thing by the same name.
class UiText
{
    Q_DECLARE_TR_FUNCTIONS(UiText)

public:
    // "SSL/TLS", "STARTTLS", "None (unencrypted)".
    static QString securityTitle(Smtp::Security security);
    // "smtp.example.org:587 (STARTTLS)".
    static QString serverTitle(const SmtpConnectionSettings &settings);
    // What changes between two settings, in words ("SSL/TLS on port 465"), for "Apply suggested settings".
    static QString describeChange(const SmtpConnectionSettings &from, const SmtpConnectionSettings &to);
    // The button that applies such a change to a message that did not go: "Use SSL/TLS on port 465 and send
    // again".
    static QString applyFixAndSend(const QString &change);
};
