#pragma once

#include "accounts/account.h"
#include "accounts/secretstore.h"
#include "smtp/smtpconnectionsettings.h"

#include <QCommandLineParser>
#include <QString>
#include <functional>

// The connection part of the command line (--account, or --server/--security/--user/...), turned into
// SmtpConnectionSettings. Passwords come from an environment variable, a file, the keychain or a prompt,
// never from the command line itself.
class ConnectionOptions
{
public:
    // How long the command line waits for the keychain: D-Bus's own default call timeout, long enough for an
    // unlock prompt on the desktop, short enough that a hung keyring daemon does not hang a script.
    static constexpr int KeychainTimeoutMs = 25000;

    // The options this part registers; add() puts them on a parser.
    static QList<QCommandLineOption> options();
    static void add(QCommandLineParser &parser);

    // Fills 'settings' (and the account's From address and name, when an account is used). Returns
    // ExitCode::Ok, or an exit code with 'error' set.
    //
    // With --account NAME (a name or an id), or with no --server when a default account exists: the saved
    // account, its secret from the keychain (asked on the terminal when the keychain has none or cannot be
    // reached; without a terminal that is an error, exit 78), and any connection option given on the command
    // line overriding the account's field. An unknown account is exit 78. Then 'accountFrom' is the account's
    // address, 'accountName' the account's name (what --account takes, which the outbox keeps to resolve the
    // account again at send time), and 'account' the whole profile (display name, reply-to, signature, DSN).
    static int resolve(const QCommandLineParser &parser, SmtpConnectionSettings *settings, QString *error,
        QString *accountFrom = nullptr, QString *accountName = nullptr, Account *account = nullptr);

    // The connection options given on the command line, written into an account's fields (for --account
    // overrides and `epistle accounts add/edit`): --server, --security, --user, --auth, --ca-file,
    // --fingerprint, --helo, --timeout. Options not given leave the field alone.
    static int applyToAccount(const QCommandLineParser &parser, Account *account, QString *error);
    // The password or token from --password-env / --password-file; false (with 'error') when the variable is
    // unset or the file unreadable; true with an empty 'secret' when neither option is given.
    static bool secretFromOptions(const QCommandLineParser &parser, QString *secret, QString *error);
    // Runs a local event loop until the SecretStore call started by 'start' answers (the keychain is
    // asynchronous); SecretStore's own deadline bounds the wait.
    static SecretStore::Result waitForSecret(
        const std::function<void(QObject *context, SecretStore::Callback done)> &start);

    // "host", "host:port", "[v6]:port" -> host and port (0 when absent). False when malformed.
    static bool splitHostPort(const QString &text, QString *host, quint16 *port);
};
