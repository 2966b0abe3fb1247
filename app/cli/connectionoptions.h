#pragma once

#include "smtp/smtpconnectionsettings.h"

#include <QCommandLineParser>
#include <QString>

// The connection part of the command line (--account, or --server/--security/--user/...), turned into
// SmtpConnectionSettings. Passwords come from an environment variable, a file, the keychain or a prompt,
// never from the command line itself.
class ConnectionOptions
{
public:
    static void add(QCommandLineParser &parser);

    // Fills 'settings' (and the account's From address and name, when an account is used). Returns
    // ExitCode::Ok, or an exit code with 'error' set.
    static int resolve(const QCommandLineParser &parser, SmtpConnectionSettings *settings, QString *error,
                       QString *accountFrom = nullptr, QString *accountName = nullptr);

    // "host", "host:port", "[v6]:port" -> host and port (0 when absent). False when malformed.
    static bool splitHostPort(const QString &text, QString *host, quint16 *port);
};
